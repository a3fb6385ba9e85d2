#include "value/TransactionFile.h"

#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::TransactionFile)
};

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDate parseTransactionDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 8) {
        const int y = digitsAt(text, 0, 4), m = digitsAt(text, 4, 2), d = digitsAt(text, 6, 2);
        return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
    }
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    if (text.size() > 10 && text[10] != u' ' && text[10] != u'T')
        return {};
    const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

Result<PurchaseHistory> readTransactionFile(const QString& path, const TransactionColumns& columns,
                                            TransactionFileStats* stats, Progress& progress)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read %1: %2").arg(name, file.errorString()));
    }
    const qint64 size = std::max<qint64>(1, file.size());
    csv::CsvReader reader(&file);
    csv::Record record;
    auto first = reader.next(record);
    if (!first)
        return first.error();
    if (!*first)
        return Error::validation(QStringLiteral("input"), Text::tr("%1 is empty.").arg(name));
    const QStringList header = record.fields;
    auto find = [&](const QString& wanted, const char* option) -> Result<qsizetype> {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        }
        return Error::validation(QString::fromLatin1(option),
                                 Text::tr("%1 has no column “%2”; its columns are: %3")
                                     .arg(name, wanted, header.join(QStringLiteral(", "))));
    };
    auto customerColumn = find(columns.customer, "customer_column");
    if (!customerColumn)
        return customerColumn.error();
    auto dateColumn = find(columns.date, "date_column");
    if (!dateColumn)
        return dateColumn.error();
    auto amountColumn = find(columns.amount, "amount_column");
    if (!amountColumn)
        return amountColumn.error();
    std::optional<qsizetype> quantityColumn;
    if (!columns.quantity.isEmpty()) {
        auto found = find(columns.quantity, "quantity_column");
        if (!found)
            return found.error();
        quantityColumn = *found;
    }

    TransactionFileStats local;
    TransactionFileStats& counts = stats ? *stats : local;
    counts = {};
    PurchaseHistoryBuilder builder;
    QHash<QString, std::int64_t> customerIndex;
    QStringList labels;
    const QString stage = Text::tr("Reading %1").arg(QFileInfo(path).fileName());
    auto cell = [&](qsizetype column) {
        return column < record.fields.size() ? QStringView(record.fields[column]).trimmed()
                                             : QStringView();
    };
    auto badValue = [&](qsizetype column, const QString& why) {
        return Error::validation(header[column], Text::tr("%1, line %2, column “%3”: %4")
                                                     .arg(name)
                                                     .arg(record.line)
                                                     .arg(header[column], why));
    };
    auto number = [&](qsizetype column) -> Result<double> {
        bool ok = false;
        const QStringView text = cell(column);
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            return badValue(column, Text::tr("“%1” is not a number").arg(text.toString()));
        }
        return value;
    };
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (record.fields.size() == 1 && record.fields.front().isEmpty())
            continue; // a blank line
        ++counts.rows;
        if ((counts.rows & 0xffff) == 0) {
            progress.report(reader.bytesRead(), size, stage);
            if (progress.isCancelled())
                return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
        }
        const QStringView customer = cell(*customerColumn);
        if (customer.isEmpty()) {
            ++counts.withoutCustomer;
            continue;
        }
        const QDate date = parseTransactionDate(cell(*dateColumn));
        if (!date.isValid()) {
            return badValue(*dateColumn,
                            Text::tr("“%1” is not a date (use 2024-03-05, optionally with a "
                                     "time, or 20240305)")
                                .arg(cell(*dateColumn).toString()));
        }
        auto amount = number(*amountColumn);
        if (!amount)
            return amount.error();
        double value = *amount;
        if (quantityColumn) {
            auto quantity = number(*quantityColumn);
            if (!quantity)
                return quantity.error();
            value *= *quantity;
        }
        if (value < 0) {
            ++counts.returns;
            continue;
        }
        const QString key = customer.toString();
        auto index = customerIndex.constFind(key);
        if (index == customerIndex.constEnd()) {
            index = customerIndex.insert(key, labels.size());
            labels << key;
        }
        builder.add(*index, dayNumber(date), value);
    }
    if (builder.transactionCount() == 0) {
        return Error::validation(QStringLiteral("input"),
                                 Text::tr("%1 holds no transactions with a customer, a date and "
                                          "an amount of at least 0.")
                                     .arg(name));
    }
    progress.report(size, size, stage);
    builder.setCustomerLabels(labels);
    return builder.build(false);
}

} // namespace rapport::core::value
