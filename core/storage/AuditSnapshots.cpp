#include "storage/AuditSnapshots.h"

#include "common/Clock.h"
#include "domain/Money.h"

#include <QJsonArray>

namespace rapport::core::audit {

namespace {

QJsonValue idOrNull(const std::optional<RowId>& id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toTimestamp(time)) : QJsonValue();
}

QString money(std::int64_t minor, const QString& currency)
{
    return Money{minor, currency}.toPlainString();
}

} // namespace

AuditLog::Snapshot snapshot(const Customer& c)
{
    AuditLog::Snapshot s;
    s.add("name", c.name)
        .add("code", c.code)
        .add("email", c.email)
        .add("phone", c.phone)
        .add("city", c.city)
        .add("address", c.address)
        .add("company", c.companyName)
        .add("owner", c.owner)
        .add(QStringLiteral("opted_out"), QJsonValue(c.optedOut))
        .add("notes", c.notes)
        .addCustom(c.custom);
    return s;
}

AuditLog::Snapshot snapshot(const Company& c)
{
    AuditLog::Snapshot s;
    s.add("name", c.name)
        .add("phone", c.phone)
        .add("website", c.website)
        .add("address", c.address)
        .add("notes", c.notes)
        .addCustom(c.custom);
    return s;
}

AuditLog::Snapshot snapshot(const Product& p)
{
    AuditLog::Snapshot s;
    s.add("sku", p.sku)
        .add("name", p.name)
        .add("category", p.category)
        .add("price", money(p.price.minor, p.price.currency))
        .add("currency", p.price.currency)
        .addCustom(p.custom);
    return s;
}

QString linesSummary(const Order& order)
{
    QStringList parts;
    for (const OrderLine& line : order.lines) {
        const QString product = line.productName.isEmpty()
                                    ? QStringLiteral("#%1").arg(line.productId)
                                    : line.productName;
        parts << QStringLiteral("%1 × %2 @ %3")
                     .arg(line.quantity)
                     .arg(product, money(line.unitPriceMinor, order.currency));
    }
    return parts.join(QStringLiteral("; "));
}

AuditLog::Snapshot snapshot(const Order& o)
{
    AuditLog::Snapshot s;
    s.add("number", o.number)
        .add(QStringLiteral("customer"), QJsonValue(double(o.customerId)))
        .add("ordered_on", o.orderedOn.toString(Qt::ISODate))
        .add("status", orderStatusKey(o.status))
        .add("currency", o.currency)
        .add("total", money(o.linesTotalMinor(), o.currency))
        .add("lines", linesSummary(o))
        .add("notes", o.notes)
        .addCustom(o.custom);
    return s;
}

AuditLog::Snapshot snapshot(const Deal& d)
{
    AuditLog::Snapshot s;
    s.add("title", d.title)
        .add(QStringLiteral("customer"), idOrNull(d.customerId))
        .add(QStringLiteral("company"), idOrNull(d.companyId))
        .add("amount", money(d.amountMinor, d.currency))
        .add("currency", d.currency)
        .add("expected_close_on", d.expectedCloseOn.toString(Qt::ISODate))
        .add("owner", d.owner)
        .add(QStringLiteral("probability"),
             d.probability ? QJsonValue(*d.probability) : QJsonValue())
        .add("notes", d.notes)
        .addCustom(d.custom);
    return s;
}

AuditLog::Snapshot snapshot(const Activity& a)
{
    AuditLog::Snapshot s;
    s.add("kind", activityKindKey(a.kind))
        .add(QStringLiteral("customer"), idOrNull(a.customerId))
        .add(QStringLiteral("deal"), idOrNull(a.dealId))
        .add("subject", a.subject)
        .add("body", a.body)
        .add(QStringLiteral("due_at"), timeOrNull(a.dueAt))
        .add(QStringLiteral("remind_at"), timeOrNull(a.remindAt))
        .add(QStringLiteral("done_at"), timeOrNull(a.doneAt));
    return s;
}

AuditLog::Snapshot snapshot(const CustomFieldDef& def)
{
    AuditLog::Snapshot s;
    s.add("entity", fieldEntityKey(def.entity))
        .add("key", def.key)
        .add("label", def.label)
        .add("type", customFieldTypeKey(def.type))
        .add(QStringLiteral("required"), QJsonValue(def.required))
        .add(QStringLiteral("default"), def.defaultValue)
        .add(QStringLiteral("choices"), QJsonValue(QJsonArray::fromStringList(def.choices)))
        .add("help", def.help)
        .add(QStringLiteral("position"), QJsonValue(def.position))
        .add(QStringLiteral("indexed"), QJsonValue(def.indexed));
    return s;
}

} // namespace rapport::core::audit
