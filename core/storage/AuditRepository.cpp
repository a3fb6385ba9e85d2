#include "storage/AuditRepository.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible labels, translated in the "rapport::core::AuditRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::AuditRepository)
};

struct Label
{
    const char* key;
    const char* text;
};

constexpr Label kEntities[] = {
    {"customers", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Customer")},
    {"companies", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Company")},
    {"products", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Product")},
    {"orders", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Order")},
    {"order-lines", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Order lines")},
    {"deals", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Deal")},
    {"activities", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Activity")},
    {"tags", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Tag")},
    {"custom_field_defs", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Custom field")},
    {"pipelines", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Pipeline")},
    {"pipeline_stages", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Pipeline stage")},
    {"saved_views", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Saved view")},
    {"email_templates", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "E-mail template")},
};

constexpr Label kActions[] = {
    {"create", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Created")},
    {"update", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Deleted")},
    {"restore", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Restored")},
    {"merge", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Merged")},
    {"export", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Exported")},
    {"erase", QT_TRANSLATE_NOOP("rapport::core::AuditRepository", "Erased")},
};

template<std::size_t N>
QString labelOf(const Label (&labels)[N], const QString& key)
{
    for (const Label& label : labels) {
        if (key == QLatin1String(label.key))
            return Text::tr(label.text);
    }
    return key;
}

} // namespace

TableDef AuditRepository::tableDef()
{
    TableDef def;
    // One LEFT JOIN per kind of record with a name, each matching only the
    // rows of its entity, so a row costs one primary-key lookup at most.
    def.from = QStringLiteral(
        "audit_log a "
        "LEFT JOIN customers cu ON a.entity = 'customers' AND cu.id = a.entity_id "
        "LEFT JOIN companies co ON a.entity = 'companies' AND co.id = a.entity_id "
        "LEFT JOIN products p ON a.entity = 'products' AND p.id = a.entity_id "
        "LEFT JOIN orders o ON a.entity = 'orders' AND o.id = a.entity_id "
        "LEFT JOIN deals d ON a.entity = 'deals' AND d.id = a.entity_id "
        "LEFT JOIN activities ac ON a.entity = 'activities' AND ac.id = a.entity_id "
        "LEFT JOIN tags t ON a.entity = 'tags' AND t.id = a.entity_id "
        "LEFT JOIN custom_field_defs f ON a.entity = 'custom_field_defs' AND f.id = a.entity_id "
        "LEFT JOIN pipelines pl ON a.entity = 'pipelines' AND pl.id = a.entity_id");
    def.idExpr = QStringLiteral("a.id");
    def.baseWhere = QStringLiteral("1 = 1");
    def.columns = {
        // Sorting on the time uses audit_log_by_time (at, id).
        {QStringLiteral("at"), QStringLiteral("a.at"), QStringLiteral("a.at")},
        {QStringLiteral("actor"), QStringLiteral("a.actor"), QStringLiteral("a.actor")},
        {QStringLiteral("entity"), QStringLiteral("a.entity"), QStringLiteral("a.entity")},
        {QStringLiteral("record"),
         QStringLiteral("CASE WHEN a.entity_id = 0 THEN '' ELSE coalesce(cu.name, co.name, "
                        "p.name, o.number, d.title, nullif(ac.subject, ''), t.name, f.label, "
                        "pl.name, '#' || a.entity_id) END"),
         QString()},
        {QStringLiteral("action"), QStringLiteral("a.action"), QStringLiteral("a.action")},
        {QStringLiteral("field"), QStringLiteral("a.field"), QStringLiteral("a.field")},
        {QStringLiteral("old"), QStringLiteral("a.old_value"), QString()},
        {QStringLiteral("new"), QStringLiteral("a.new_value"), QString()},
    };
    def.filters = {
        {QStringLiteral("entity"), QStringLiteral("a.entity = ?")},
        {QStringLiteral("entity_id"), QStringLiteral("a.entity_id = ?")},
        {QStringLiteral("action"), QStringLiteral("a.action = ?")},
        {QStringLiteral("actor"), QStringLiteral("a.actor = ?")},
        {QStringLiteral("field"), QStringLiteral("a.field = ?")},
        {QStringLiteral("from"), QStringLiteral("a.at >= ?")},
        {QStringLiteral("to"), QStringLiteral("a.at < ?")},
        // lower() folds ASCII only, which is what case means for most
        // values; Chinese text has no case to fold.
        {QStringLiteral("text"),
         QStringLiteral("instr(lower(a.field || char(31) || coalesce(a.old_value, '') || "
                        "char(31) || coalesce(a.new_value, '')), lower(?)) > 0")},
    };
    return def;
}

QuerySpec AuditRepository::querySpec(const AuditFilter& filter)
{
    QuerySpec spec;
    spec.sortKey = QStringLiteral("at");
    spec.descending = true;
    const auto add = [&spec](const char* key, const QVariant& value) {
        spec.filters.append({QLatin1String(key), value});
    };
    if (!filter.entity.isEmpty())
        add("entity", filter.entity);
    if (filter.entityId)
        add("entity_id", QVariant::fromValue<qlonglong>(*filter.entityId));
    if (!filter.action.isEmpty())
        add("action", filter.action);
    if (!filter.actor.isEmpty())
        add("actor", filter.actor);
    if (!filter.field.isEmpty())
        add("field", filter.field);
    if (filter.from.isValid())
        add("from", toTimestamp(filter.from.toUTC()));
    if (filter.to.isValid())
        add("to", toTimestamp(filter.to.toUTC()));
    if (!filter.text.trimmed().isEmpty())
        add("text", filter.text.trimmed());
    return spec;
}

QStringList AuditRepository::entityKeys()
{
    QStringList keys;
    for (const Label& label : kEntities)
        keys << QLatin1String(label.key);
    return keys;
}

QString AuditRepository::entityLabel(const QString& entity)
{
    return labelOf(kEntities, entity);
}

QString AuditRepository::actionLabel(const QString& action)
{
    return labelOf(kActions, action);
}

Result<QStringList> AuditRepository::actors() const
{
    return sql::strings(m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log "
                                             "WHERE actor <> '' ORDER BY actor"));
}

} // namespace rapport::core
