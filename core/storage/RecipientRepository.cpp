#include "storage/RecipientRepository.h"

#include "storage/CustomFieldRepository.h"
#include "storage/MiningRepository.h"
#include "storage/SavedViewRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/Sql.h"
#include "storage/TableQuery.h"
#include "storage/TagRepository.h"
#include "value/Rfm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <limits>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::RecipientRepository)
};

// "champions", "Champions" or its translation: the segment's key.
std::optional<QString> rfmKeyOf(const QString& name)
{
    for (int i = 0; i < value::kRfmSegmentCount; ++i) {
        const auto segment = static_cast<value::RfmSegment>(i);
        const QString key = value::rfmSegmentKey(segment);
        const QString english =
            key.at(0).toUpper() + key.mid(1).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (name.compare(key, Qt::CaseInsensitive) == 0
            || name.compare(english, Qt::CaseInsensitive) == 0
            || name.compare(value::rfmSegmentName(segment), Qt::CaseInsensitive) == 0)
            return key;
    }
    return std::nullopt;
}

QString displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << displayText(item);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

Result<QList<RowId>> viewMembers(const QSqlDatabase& db, const QString& name, int limit)
{
    auto view = SavedViewRepository(db).byName(FieldEntity::Customers, name);
    if (!view)
        return view.error();
    auto def = tableDefWithCustomFields(db, FieldEntity::Customers);
    if (!def)
        return def.error();
    // Only the ids matter: one cheap column, in name order.
    def->columns = {def->columns.first()};
    QuerySpec spec;
    spec.sortKey = def->columns.first().key;
    spec.search = view->search;
    spec.where = view->filter;
    auto rows =
        TableQuery(db, *def).page(spec, 0, limit >= 0 ? limit : std::numeric_limits<int>::max());
    if (!rows)
        return rows.error();
    QList<RowId> ids;
    ids.reserve(qsizetype(rows->size()));
    for (const PageRow& row : *rows)
        ids << row.id;
    return ids;
}

} // namespace

Result<QList<RowId>> RecipientRepository::resolve(const mail::SegmentRef& segment, int limit) const
{
    auto ids = resolveAll(segment, limit);
    if (ids && limit >= 0 && ids->size() > limit)
        ids->resize(limit);
    return ids;
}

Result<QList<RowId>> RecipientRepository::resolveAll(const mail::SegmentRef& segment,
                                                     int limit) const
{
    using Kind = mail::SegmentRef::Kind;
    switch (segment.kind) {
    case Kind::Tag: {
        TagRepository tags(m_db);
        auto tag = tags.byName(segment.name);
        if (!tag)
            return Error::make(Error::Code::NotFound,
                               Text::tr("There is no tag named “%1”.").arg(segment.name));
        return tags.customersWith(tag->id);
    }
    case Kind::View:
        return viewMembers(m_db, segment.name, limit);
    case Kind::Rfm: {
        const std::optional<QString> key = rfmKeyOf(segment.name);
        if (!key)
            return Error::make(Error::Code::NotFound,
                               Text::tr("“%1” is not an RFM segment (try champions, loyal, "
                                        "at_risk, …).")
                                   .arg(segment.name));
        auto members = ScoreRepository(m_db).segmentMembers(*key);
        if (members && members->isEmpty())
            return Error::make(Error::Code::NotFound,
                               Text::tr("No customer is in the segment “%1”: score the "
                                        "customers first (Tools › Score Customers).")
                                   .arg(segment.name));
        return members;
    }
    case Kind::Rule: {
        bool ok = false;
        const RowId ruleId = segment.name.toLongLong(&ok);
        if (!ok)
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("A rule is named by its number, as the rules table "
                                        "shows it, not “%1”.")
                                   .arg(segment.name));
        return MiningRepository(m_db).ruleTargets(ruleId);
    }
    }
    return QList<RowId>{};
}

Result<QList<Recipient>> RecipientRepository::load(const QList<RowId>& customerIds) const
{
    auto customFields = CustomFieldRepository(m_db).fields(FieldEntity::Customers);
    if (!customFields)
        return customFields.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT c.name, c.email, c.opted_out, "
            "coalesce((SELECT name FROM companies WHERE id = c.company_id "
            "          AND deleted_at IS NULL), ''), "
            "c.city, c.phone, c.owner, c.code, c.custom, "
            "EXISTS (SELECT 1 FROM suppressions s WHERE s.address = lower(trim(c.email))), "
            "coalesce((SELECT kind FROM consent_events e WHERE e.customer_id = c.id "
            "          ORDER BY e.id DESC LIMIT 1), '') "
            "FROM customers c WHERE c.id = ? AND c.deleted_at IS NULL")))
        return sql::errorFrom(q);
    QList<Recipient> out;
    out.reserve(customerIds.size());
    for (RowId id : customerIds) {
        sql::bind(q, 0, QVariant::fromValue<qlonglong>(id));
        if (Status s = sql::exec(q); !s)
            return s.error();
        if (!q.next()) {
            if (Status s = sql::finished(q); !s)
                return s.error();
            continue;
        }
        Recipient r;
        r.customerId = id;
        r.name = q.value(0).toString();
        r.address = q.value(1).toString().trimmed();
        r.optedOut = q.value(2).toBool();
        r.suppressed = q.value(9).toBool();
        r.hasOptIn = q.value(10).toString() == QLatin1String("opt_in");
        r.fields.insert(QStringLiteral("name"), r.name);
        r.fields.insert(QStringLiteral("email"), r.address);
        r.fields.insert(QStringLiteral("company"), q.value(3).toString());
        r.fields.insert(QStringLiteral("city"), q.value(4).toString());
        r.fields.insert(QStringLiteral("phone"), q.value(5).toString());
        r.fields.insert(QStringLiteral("owner"), q.value(6).toString());
        r.fields.insert(QStringLiteral("code"), q.value(7).toString());
        const QJsonObject custom = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        for (const CustomFieldDef& field : *customFields)
            r.fields.insert(QStringLiteral("custom.") + field.key,
                            displayText(custom.value(field.key)));
        out << r;
        q.finish();
    }
    return out;
}

Result<QStringList> RecipientRepository::knownFields() const
{
    auto customFields = CustomFieldRepository(m_db).fields(FieldEntity::Customers);
    if (!customFields)
        return customFields.error();
    QStringList names = mail::standardMergeFields();
    for (const CustomFieldDef& field : *customFields)
        names << QStringLiteral("custom.") + field.key;
    return names;
}

} // namespace rapport::core
