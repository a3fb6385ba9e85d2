#include "privacy/CustomerDataExport.h"

#include "domain/Money.h"
#include "storage/AuditLog.h"
#include "storage/PrivacyRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomerDataExport)
};

// Bumped when keys change meaning, so a program reading exports can tell.
constexpr int kFormatVersion = 1;

// `custom` JSON text as {label: value}; keys without a definition keep their key.
QJsonObject labelled(const QString& customJson, const QHash<QString, QString>& labels)
{
    const QJsonObject custom = QJsonDocument::fromJson(customJson.toUtf8()).object();
    QJsonObject out;
    for (auto it = custom.begin(); it != custom.end(); ++it)
        out.insert(labels.value(it.key(), it.key()), it.value());
    return out;
}

// An audit value (JSON text) as the JSON value it stands for.
QJsonValue auditValue(const QJsonValue& stored)
{
    if (!stored.isString())
        return QJsonValue();
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + stored.toString().toUtf8() + ']');
    return doc.isArray() ? doc.array().at(0) : stored;
}

// Makes a row readable: money columns ("total_minor") become decimal text
// ("total": "12.50"), `custom` becomes labelled fields, 0/1 flags stay numbers.
QJsonObject readable(QJsonObject row, const QHash<QString, QString>& labels)
{
    const QStringList keys = row.keys();
    for (const QString& key : keys) {
        if (key.endsWith(QLatin1String("_minor"))) {
            const QJsonValue value = row.take(key);
            if (!value.isNull())
                row.insert(key.chopped(6), Money{value.toInteger(), {}}.toPlainString());
        } else if (key == QLatin1String("custom")) {
            row.insert(QStringLiteral("custom_fields"), labelled(row.take(key).toString(), labels));
        } else if (key == QLatin1String("old_value") || key == QLatin1String("new_value")) {
            row.insert(key, auditValue(row.value(key)));
        }
    }
    return row;
}

QJsonArray readable(const QJsonArray& rows, const QHash<QString, QString>& labels = {})
{
    QJsonArray out;
    for (const QJsonValue& row : rows) {
        QJsonObject object = readable(row.toObject(), labels);
        if (object.contains(QLatin1String("lines")))
            object.insert(QStringLiteral("lines"),
                          readable(object.value(QLatin1String("lines")).toArray()));
        out.append(object);
    }
    return out;
}

template<typename... Results>
std::optional<Error> firstError(const Results&... results)
{
    std::optional<Error> error;
    const auto check = [&error](const auto& result) {
        if (!error && !result)
            error = result.error();
    };
    (check(results), ...);
    return error;
}

} // namespace

Result<QJsonDocument> CustomerDataExport::build(const QSqlDatabase& db, RowId customerId,
                                                const Clock& clock)
{
    const PrivacyRepository repo(db);
    auto customer = repo.customer(customerId);
    if (!customer)
        return customer.error();
    auto customerLabels = repo.customFieldLabels(QStringLiteral("customers"));
    auto orderLabels = repo.customFieldLabels(QStringLiteral("orders"));
    auto dealLabels = repo.customFieldLabels(QStringLiteral("deals"));
    auto tags = repo.tags(customerId);
    auto company = repo.company(customerId);
    auto orders = repo.orders(customerId);
    auto activities = repo.activities(customerId);
    auto deals = repo.deals(customerId);
    auto emails = repo.emails(customerId);
    auto consent = repo.consentEvents(customerId);
    auto scores = repo.scores(customerId);
    auto journal = repo.importJournal(customerId);
    auto audit = repo.auditEntries(customerId);
    if (auto error = firstError(customerLabels, orderLabels, dealLabels, tags, company, orders,
                                activities, deals, emails, consent, scores, journal, audit))
        return *error;

    QJsonObject person = readable(*customer, *customerLabels);
    person.insert(QStringLiteral("opted_out"),
                  person.value(QLatin1String("opted_out")).toInt() != 0);
    QJsonArray tagNames;
    for (const QJsonValue& tag : std::as_const(*tags))
        tagNames.append(tag[QLatin1String("name")]);
    person.insert(QStringLiteral("tags"), tagNames);

    QJsonArray history;
    for (const QJsonValue& row : std::as_const(*journal)) {
        QJsonObject entry = row.toObject();
        QJsonObject before =
            QJsonDocument::fromJson(entry.take(QLatin1String("before")).toString().toUtf8())
                .object();
        if (before.contains(QLatin1String("custom")))
            before.insert(
                QStringLiteral("custom"),
                labelled(before.value(QLatin1String("custom")).toString(), *customerLabels));
        entry.insert(QStringLiteral("before"), before);
        history.append(entry);
    }

    QJsonObject root;
    root.insert(QStringLiteral("title"), Text::tr("Rapport personal data export"));
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("generated_at"), toTimestamp(clock.nowUtc()));
    root.insert(QStringLiteral("customer"), person);
    root.insert(QStringLiteral("company"),
                company->isEmpty() ? QJsonValue() : QJsonValue(*company));
    root.insert(QStringLiteral("orders"), readable(*orders, *orderLabels));
    root.insert(QStringLiteral("activities"), readable(*activities));
    root.insert(QStringLiteral("deals"), readable(*deals, *dealLabels));
    root.insert(QStringLiteral("emails"), readable(*emails));
    root.insert(QStringLiteral("consent_events"), readable(*consent));
    root.insert(QStringLiteral("scores"), readable(*scores));
    root.insert(QStringLiteral("import_history"), history);
    root.insert(QStringLiteral("audit_log"), readable(*audit));
    return QJsonDocument(root);
}

Result<qint64> CustomerDataExport::writeFile(const QSqlDatabase& db, RowId customerId,
                                             const QString& filePath, const Clock& clock)
{
    auto doc = build(db, customerId, clock);
    if (!doc)
        return doc.error();
    // The audit row commits only once the file is in place, so the log never
    // claims an export that did not happen.
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QJsonObject note{{QStringLiteral("file"), QFileInfo(filePath).fileName()}};
    if (Status s = AuditLog::record(
            db, QStringLiteral("customers"), customerId, AuditLog::Action::Export, {}, {},
            QString::fromUtf8(QJsonDocument(note).toJson(QJsonDocument::Compact)),
            toTimestamp(clock.nowUtc()));
        !s)
        return s.error();

    const QByteArray bytes = doc->toJson(QJsonDocument::Indented);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io,
                           Text::tr("Could not write “%1”: %2")
                               .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (Status s = tx.commit(); !s)
        return s.error();
    return static_cast<qint64>(bytes.size());
}

QString CustomerDataExport::suggestedFileName(const QString& customerName, const QDate& date)
{
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = customerName.simplified();
    name.replace(refused, QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("customer");
    return QStringLiteral("personal-data-%1-%2.json").arg(name, date.toString(Qt::ISODate));
}

} // namespace rapport::core
