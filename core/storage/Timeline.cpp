#include "storage/Timeline.h"

#include "domain/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible texts, translated in the "rapport::core::Timeline" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::Timeline)
};

// The rank breaks ties between items of one moment: activities above deal
// moves above deals above orders above field changes.
enum Rank { ChangeRank = 0, OrderRank = 1, DealRank = 2, StageRank = 3, ActivityRank = 4 };

// One UNION over the five sources, each narrowed by the customer id first (so
// each branch uses its by-customer index), with columns c1..c6 meaning what the
// branch says. The keyset condition and LIMIT apply to the union.
const QString kStatement = QStringLiteral(
    "SELECT at, krank, ref_id, c1, c2, c3, c4, c5, c6 FROM ("
    " SELECT a.created_at AS at, 4 AS krank, a.id AS ref_id, a.kind AS c1, a.subject AS c2,"
    "  a.body AS c3, a.due_at AS c4, a.done_at AS c5, NULL AS c6"
    "  FROM activities a WHERE a.customer_id = ? AND a.deleted_at IS NULL"
    " UNION ALL"
    " SELECT o.ordered_on || 'T00:00:00.000Z', 1, o.id, o.number, o.status, o.currency,"
    "  o.total_minor, NULL, NULL"
    "  FROM orders o WHERE o.customer_id = ? AND o.deleted_at IS NULL"
    " UNION ALL"
    " SELECT d.created_at, 2, d.id, d.title, coalesce(s.name, ''), d.currency, d.amount_minor,"
    "  NULL, NULL"
    "  FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id"
    "  WHERE d.customer_id = ? AND d.deleted_at IS NULL"
    " UNION ALL"
    " SELECT d.stage_changed_at, 3, d.id, d.title, coalesce(s.name, ''), d.currency,"
    "  d.amount_minor, NULL, NULL"
    "  FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id"
    "  WHERE d.customer_id = ? AND d.deleted_at IS NULL AND d.stage_changed_at > d.created_at"
    " UNION ALL"
    " SELECT l.at, 0, l.id, l.action, l.field, l.old_value, l.new_value,"
    "  coalesce(f.label, ''), l.actor"
    "  FROM audit_log l LEFT JOIN custom_field_defs f"
    "   ON f.entity = 'customers' AND l.field = 'custom.' || f.key"
    "  WHERE l.entity = 'customers' AND l.entity_id = ?"
    ") WHERE ? = '' OR (at, krank, ref_id) < (?, ?, ?)"
    " ORDER BY at DESC, krank DESC, ref_id DESC LIMIT ?");

// A JSON value from the audit log as a person reads it ("—" for none).
QString readable(const QString& json)
{
    if (json.isEmpty() || json == QLatin1String("null"))
        return Text::tr("(empty)");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]");
    const QJsonValue value = doc.array().at(0);
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << v.toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    return json;
}

QString amountText(std::int64_t minor, const QString& currency)
{
    Money money;
    money.minor = minor;
    money.currency = currency;
    return currency + QLatin1Char(' ') + money.toPlainString();
}

void describeActivity(TimelineItem& item, const QSqlQuery& q)
{
    item.kind = TimelineItem::Kind::Activity;
    item.activityKind = activityKindFromKey(q.value(3).toString()).value_or(ActivityKind::Note);
    Activity a;
    a.subject = q.value(4).toString();
    a.body = q.value(5).toString();
    item.title = a.headline();
    item.detail = a.subject.trimmed().isEmpty()
                      ? a.body.trimmed().section(QLatin1Char('\n'), 1).trimmed()
                      : a.body;
    item.dueAt = fromTimestamp(q.value(6).toString());
    item.done = !q.value(7).isNull();
}

void describeOrder(TimelineItem& item, const QSqlQuery& q)
{
    item.kind = TimelineItem::Kind::Order;
    item.dateOnly = true;
    item.title = Text::tr("Order %1").arg(q.value(3).toString());
    item.status = q.value(4).toString();
    item.currency = q.value(5).toString();
    item.amountMinor = q.value(6).toLongLong();
    item.detail = amountText(item.amountMinor, item.currency);
}

void describeDeal(TimelineItem& item, const QSqlQuery& q, bool stageMove)
{
    item.kind = stageMove ? TimelineItem::Kind::DealStage : TimelineItem::Kind::Deal;
    const QString title = q.value(3).toString();
    const QString stage = q.value(4).toString();
    item.status = stage;
    item.currency = q.value(5).toString();
    item.amountMinor = q.value(6).toLongLong();
    item.title = stageMove ? Text::tr("Deal “%1” moved to %2").arg(title, stage)
                           : Text::tr("New deal “%1”").arg(title);
    item.detail = amountText(item.amountMinor, item.currency);
}

void describeChange(TimelineItem& item, const QSqlQuery& q)
{
    item.kind = TimelineItem::Kind::FieldChange;
    item.action = q.value(3).toString();
    item.field = q.value(4).toString();
    const QString actor = q.value(8).toString();
    if (item.action == QLatin1String("update")) {
        item.title = Timeline::fieldLabel(item.field, q.value(7).toString());
        item.detail = Text::tr("%1 → %2").arg(readable(q.value(5).toString()),
                                              readable(q.value(6).toString()));
    } else if (item.action == QLatin1String("create")) {
        item.title = Text::tr("Customer created");
    } else if (item.action == QLatin1String("delete")) {
        item.title = Text::tr("Customer deleted");
    } else if (item.action == QLatin1String("restore")) {
        item.title = Text::tr("Customer restored");
    } else if (item.action == QLatin1String("merge")) {
        item.title = Text::tr("Customers merged");
    } else if (item.action == QLatin1String("export")) {
        item.title = Text::tr("Customer data exported");
    } else {
        item.title = Text::tr("Customer data erased");
    }
    if (!actor.isEmpty()) {
        const QString by = Text::tr("by %1").arg(actor);
        item.detail = item.detail.isEmpty() ? by : item.detail + QLatin1Char('\n') + by;
    }
}

} // namespace

Timeline::Timeline(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString Timeline::fieldLabel(const QString& field, const QString& customLabel)
{
    if (field.startsWith(QLatin1String("custom."))) {
        return customLabel.isEmpty() ? field.mid(7) : customLabel;
    }
    if (field == QLatin1String("name"))
        return Text::tr("Name");
    if (field == QLatin1String("code"))
        return Text::tr("Customer number");
    if (field == QLatin1String("email"))
        return Text::tr("E-mail");
    if (field == QLatin1String("phone"))
        return Text::tr("Phone");
    if (field == QLatin1String("city"))
        return Text::tr("City");
    if (field == QLatin1String("address"))
        return Text::tr("Address");
    if (field == QLatin1String("company"))
        return Text::tr("Company");
    if (field == QLatin1String("owner"))
        return Text::tr("Owner");
    if (field == QLatin1String("opted_out"))
        return Text::tr("No marketing e-mail");
    if (field == QLatin1String("notes"))
        return Text::tr("Notes");
    return field;
}

Result<QList<TimelineItem>> Timeline::page(RowId customerId, int limit,
                                           const TimelineCursor& before) const
{
    QList<TimelineItem> items;
    if (limit <= 0)
        return items;
    const QVariant id = QVariant::fromValue<qlonglong>(customerId);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, kStatement,
                             {id, id, id, id, id, before.at, before.at, before.rank,
                              QVariant::fromValue<qlonglong>(before.id), limit});
        !s)
        return s.error();
    while (q.next()) {
        TimelineItem item;
        item.cursor.at = q.value(0).toString();
        item.cursor.rank = q.value(1).toInt();
        item.cursor.id = q.value(2).toLongLong();
        item.at = fromTimestamp(item.cursor.at);
        item.refId = item.cursor.id;
        switch (item.cursor.rank) {
        case ActivityRank:
            describeActivity(item, q);
            break;
        case OrderRank:
            describeOrder(item, q);
            break;
        case DealRank:
            describeDeal(item, q, false);
            break;
        case StageRank:
            describeDeal(item, q, true);
            break;
        default:
            describeChange(item, q);
            break;
        }
        items << item;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return items;
}

} // namespace rapport::core
