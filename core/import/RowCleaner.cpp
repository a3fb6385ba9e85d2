#include "import/RowCleaner.h"

#include "io/FormulaGuard.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::RowCleaner)
};

bool isCurrencyCode(const QString& text)
{
    if (text.size() != 3)
        return false;
    for (const QChar c : text) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Result<QString> parseCurrency(const QString& text)
{
    const QString upper = text.trimmed().toUpper();
    if (isCurrencyCode(upper))
        return upper;
    // A symbol alone ("¥", "$"): money() knows them.
    auto asMoney = parse::money(text + QStringLiteral(" 0"), parse::NumberStyle::DotDecimal);
    if (asMoney && !asMoney->currency.isEmpty())
        return asMoney->currency;
    return Error::validation(QString(), Text::tr("“%1” is not a currency code such as CNY, USD "
                                                 "or EUR.")
                                            .arg(text));
}

// "2024-03-05": QDate::toString(Qt::ISODate) goes through a printf-style
// formatter, a measurable share of an order-lines import; this writes the digits.
QString isoDate(QDate date)
{
    const int y = date.year(), m = date.month(), d = date.day();
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

} // namespace

int fractionDigitsOf(const QString& currency)
{
    return currency == QLatin1String("JPY") || currency == QLatin1String("KRW") ? 0 : 2;
}

Result<OrderStatus> parseStatus(const QString& text)
{
    static const QHash<QString, OrderStatus> words = {
        {QStringLiteral("open"), OrderStatus::Open},
        {QStringLiteral("new"), OrderStatus::Open},
        {QStringLiteral("pending"), OrderStatus::Open},
        {QStringLiteral("unpaid"), OrderStatus::Open},
        {QStringLiteral("待付款"), OrderStatus::Open},
        {QStringLiteral("未付款"), OrderStatus::Open},
        {QStringLiteral("待处理"), OrderStatus::Open},
        {QStringLiteral("进行中"), OrderStatus::Open},
        {QStringLiteral("paid"), OrderStatus::Paid},
        {QStringLiteral("已付款"), OrderStatus::Paid},
        {QStringLiteral("已支付"), OrderStatus::Paid},
        {QStringLiteral("shipped"), OrderStatus::Shipped},
        {QStringLiteral("delivered"), OrderStatus::Shipped},
        {QStringLiteral("completed"), OrderStatus::Shipped},
        {QStringLiteral("已发货"), OrderStatus::Shipped},
        {QStringLiteral("已完成"), OrderStatus::Shipped},
        {QStringLiteral("已收货"), OrderStatus::Shipped},
        {QStringLiteral("cancelled"), OrderStatus::Cancelled},
        {QStringLiteral("canceled"), OrderStatus::Cancelled},
        {QStringLiteral("void"), OrderStatus::Cancelled},
        {QStringLiteral("returned"), OrderStatus::Cancelled},
        {QStringLiteral("已取消"), OrderStatus::Cancelled},
        {QStringLiteral("取消"), OrderStatus::Cancelled},
        {QStringLiteral("已退货"), OrderStatus::Cancelled},
    };
    const auto found = words.constFind(text.trimmed().toLower());
    if (found != words.constEnd())
        return *found;
    return Error::validation(QString(), Text::tr("“%1” is not an order status (open, paid, "
                                                 "shipped or cancelled).")
                                            .arg(text));
}

RowCleaner::RowCleaner(Entity entity, const FileLayout& layout, const Options& options)
    : m_entity(entity)
    , m_options(options)
    , m_customFields(layout.customFields)
{
    const QList<FieldSpec>& fields = fieldsOf(entity);
    m_fieldCount = static_cast<int>(fields.size());
    for (int c = 0; c < layout.mapping.columnCount(); ++c) {
        const QString key = layout.mapping.fieldAt(c);
        if (key.isEmpty())
            continue;
        Column column;
        column.file = c;
        column.key = key;
        column.header = c < layout.headers.size() ? layout.headers[c] : QString();
        column.field = indexOf(key);
        if (column.field >= 0)
            column.type = fields[column.field].type;
        for (int i = 0; column.field < 0 && i < m_customFields.size(); ++i) {
            if (key.mid(7) == m_customFields[i].key)
                column.custom = i;
        }
        if (layout.dateOrders.contains(key))
            column.dateOrder = layout.dateOrders.value(key).order;
        if (options.dateOrder != parse::DateOrder::Auto)
            column.dateOrder = options.dateOrder;
        if (layout.numberStyles.contains(key))
            column.numberStyle = layout.numberStyles.value(key).style;
        if (options.numberStyle)
            column.numberStyle = *options.numberStyle;
        if (column.type == FieldType::Currency)
            m_currencyField = column.field;
        m_columns.push_back(column);
    }
    // Money last: its minor unit depends on the row's currency.
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const Column& a, const Column& b) {
        return (a.type != FieldType::Money) && (b.type == FieldType::Money);
    });
}

int RowCleaner::indexOf(const QString& key) const
{
    const QList<FieldSpec>& fields = fieldsOf(m_entity);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key)
            return i;
    }
    return -1;
}

QString RowCleaner::columnLabel(const QString& key) const
{
    for (const Column& column : m_columns) {
        if (column.key == key && !column.header.isEmpty())
            return column.header;
    }
    return fieldLabel(key);
}

bool RowCleaner::maps(const QString& key) const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [&key](const Column& column) { return column.key == key; });
}

void RowCleaner::clean(const QStringList& fields, CleanRow& row) const
{
    row.cells.assign(static_cast<std::size_t>(m_fieldCount), Cell());
    row.custom = QJsonObject();
    row.errorColumns.clear();
    row.errorReasons.clear();
    auto fail = [&](const Column& column, const QString& reason) {
        row.errorColumns << column.header;
        row.errorReasons << reason;
    };
    for (const Column& column : m_columns) {
        const QString raw =
            column.file < fields.size() ? formula::restore(fields[column.file]) : QString();
        if (column.field < 0) { // custom.KEY: parsed by the field's type
            if (column.custom < 0) {
                // Not a live field (Importer::run checks the mapping; a caller
                // that skipped that gets the text as it is).
                const QString value = parse::singleLine(raw);
                if (!value.isEmpty())
                    row.custom.insert(column.key.mid(7), value);
                continue;
            }
            const CustomFieldDef& def = m_customFields[column.custom];
            auto value = customfields::parseText(def, raw);
            if (!value)
                fail(column, value.error().message);
            else if (!value->isNull())
                row.custom.insert(def.key, *value);
            continue;
        }
        Cell& cell = row.cells[static_cast<std::size_t>(column.field)];
        const QString text =
            column.type == FieldType::LongText ? parse::multiLine(raw) : parse::singleLine(raw);
        if (text.isEmpty())
            continue;
        cell.present = true;
        switch (column.type) {
        case FieldType::Text:
        case FieldType::LongText:
            cell.text = text;
            break;
        case FieldType::Email: {
            auto email = parse::email(text);
            if (!email)
                fail(column, email.error().message);
            else
                cell.text = *email;
            break;
        }
        case FieldType::Phone: {
            auto phone = parse::checkedPhone(text, m_options.phoneRegion);
            if (!phone)
                fail(column, phone.error().message);
            else
                cell.text = *phone;
            break;
        }
        case FieldType::Integer: {
            auto number = parse::integer(text, column.numberStyle);
            if (!number) {
                fail(column, number.error().message);
            } else {
                cell.integer = *number;
                cell.text = QString::number(*number);
            }
            break;
        }
        case FieldType::Money: {
            QString currency = m_options.defaultCurrency;
            if (m_currencyField >= 0 && row[m_currencyField].present
                && !row[m_currencyField].text.isEmpty())
                currency = row[m_currencyField].text;
            auto money = parse::money(text, column.numberStyle, fractionDigitsOf(currency));
            if (!money) {
                fail(column, money.error().message);
            } else if (!money->currency.isEmpty() && money->currency != currency) {
                fail(column, Text::tr("The amount is in %1 but the row is in %2.")
                                 .arg(money->currency, currency));
            } else {
                cell.integer = money->minor;
                cell.currency = currency;
                Money m;
                m.minor = money->minor;
                m.currency = currency;
                cell.text = m.toPlainString();
            }
            break;
        }
        case FieldType::Date: {
            auto date = parse::date(text, column.dateOrder);
            if (!date) {
                fail(column, date.error().message);
            } else {
                cell.date = *date;
                cell.text = isoDate(*date);
            }
            break;
        }
        case FieldType::YesNo: {
            auto yes = parse::yesNo(text);
            if (!yes) {
                fail(column, yes.error().message);
            } else {
                cell.yes = *yes;
                cell.text = *yes ? QStringLiteral("yes") : QStringLiteral("no");
            }
            break;
        }
        case FieldType::Currency: {
            auto currency = parseCurrency(text);
            if (!currency)
                fail(column, currency.error().message);
            else
                cell.text = *currency;
            break;
        }
        case FieldType::Status: {
            auto status = parseStatus(text);
            if (!status)
                fail(column, status.error().message);
            else
                cell.text = orderStatusKey(*status);
            break;
        }
        }
    }
}

} // namespace rapport::core::import
