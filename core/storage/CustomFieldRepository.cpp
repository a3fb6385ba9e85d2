#include "storage/CustomFieldRepository.h"

#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DealRepository.h"
#include "storage/OrderRepository.h"
#include "storage/ProductRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::CustomFieldRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomFieldRepository)
};

const QString kSelectDef = QStringLiteral(
    "SELECT id, uuid, entity, key, label, type, required, default_value, choices, help, position, "
    "indexed, deleted_at IS NOT NULL FROM custom_field_defs ");

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

QString jsonText(const QJsonValue& value)
{
    // QJsonDocument holds only arrays and objects: wrap the value and cut the wrapper.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue jsonValue(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson((u'[' + text + u']').toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

QString choicesText(const QStringList& choices)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

CustomFieldDef defFrom(const QSqlQuery& q)
{
    CustomFieldDef d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.entity = fieldEntityFromKey(q.value(2).toString()).value_or(FieldEntity::Customers);
    d.key = q.value(3).toString();
    d.label = q.value(4).toString();
    d.type = customFieldTypeFromKey(q.value(5).toString()).value_or(CustomFieldType::Text);
    d.required = q.value(6).toBool();
    d.defaultValue = jsonValue(q.value(7).toString());
    for (const QJsonValue& choice : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        d.choices << choice.toString();
    d.help = q.value(9).toString();
    d.position = q.value(10).toInt();
    d.indexed = q.value(11).toBool();
    d.deleted = q.value(12).toBool();
    return d;
}

// The entity's table: its key is the table's name (a whitelist, never user input).
QString tableOf(FieldEntity entity)
{
    return fieldEntityKey(entity);
}

QString indexName(const CustomFieldDef& def)
{
    return QStringLiteral("cf_%1_%2").arg(tableOf(def.entity), def.key);
}

// Creates the index, or drops it. The key was validated when the field was
// stored (and by the table's CHECK), so it is safe as an identifier and a path.
Status applyIndex(const QSqlDatabase& db, const CustomFieldDef& def, bool indexed)
{
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    if (!indexed)
        return sql::execOnce(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(indexName(def)));
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    if (Status s = sql::execOnce(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3, id) "
                                                    "WHERE deleted_at IS NULL")
                                         .arg(indexName(def), tableOf(def.entity),
                                              CustomFieldRepository::sortExpr(def, QString())));
        !s)
        return s;
    // Once the database has statistics (ANALYZE ran), an index without any
    // looks worse to the planner than the analysed ones, and the sort would
    // not use it. Analysing just this index reads it once; a database
    // without statistics is left without (creating them would move other plans).
    auto analysed = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                   "type = 'table' AND name = 'sqlite_stat1'"));
    if (!analysed)
        return analysed.error();
    if (analysed->toInt() == 0)
        return {};
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    return sql::execOnce(db, QStringLiteral("ANALYZE %1").arg(indexName(def)));
}

// Rewrites the search text of customers whose value of `def` changed.
Status refreshCustomerSearch(const QSqlDatabase& db, const CustomFieldDef& def,
                             const QList<RowId>& ids)
{
    if (def.entity != FieldEntity::Customers || !customfields::isSearchable(def.type))
        return {};
    return CustomerRepository::refreshDerivedColumns(db, ids);
}

Result<QList<RowId>> rowsWithValue(const QSqlDatabase& db, const CustomFieldDef& def)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM %1 WHERE custom <> '{}' AND "
                                               "json_type(custom, '$.%2') IS NOT NULL")
                                    .arg(tableOf(def.entity), def.key));
        !s)
        return s.error();
    QList<RowId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = sql::finished(q); !s)
        return s.error();
    return ids;
}

FilterField::Kind filterKindOf(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Number:
    case CustomFieldType::Money:
        return FilterField::Kind::Number;
    case CustomFieldType::Date:
        return FilterField::Kind::Date;
    case CustomFieldType::Bool:
        return FilterField::Kind::Bool;
    case CustomFieldType::Choice:
        return FilterField::Kind::Choice;
    case CustomFieldType::MultiChoice:
        return FilterField::Kind::MultiChoice;
    default:
        return FilterField::Kind::Text;
    }
}

const QString kDefs = QStringLiteral("custom_field_defs");

// The 'update' audit rows of a definition: `before` as read in the write's
// transaction, against the row as stored now.
Status auditUpdate(const CustomFieldRepository& repo, const QSqlDatabase& db,
                   const CustomFieldDef& before, const QString& at)
{
    auto after = repo.get(before.id);
    if (!after)
        return after.error();
    return AuditLog::recordUpdate(db, kDefs, before.id, audit::snapshot(before),
                                  audit::snapshot(*after), at);
}

} // namespace

Result<QList<CustomFieldDef>> CustomFieldRepository::fields(FieldEntity entity,
                                                            bool withDeleted) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             kSelectDef
                                 + (withDeleted ? QStringLiteral("WHERE entity = ? ")
                                                : QStringLiteral("WHERE entity = ? AND "
                                                                 "deleted_at IS NULL "))
                                 + QStringLiteral("ORDER BY position, id"),
                             {fieldEntityKey(entity)});
        !s)
        return s.error();
    QList<CustomFieldDef> result;
    while (q.next())
        result << defFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Result<CustomFieldDef> CustomFieldRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelectDef + QStringLiteral("WHERE id = ?"), {idValue(id)}); !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This field does not exist."));
    return defFrom(q);
}

Result<CustomFieldDef> CustomFieldRepository::byKey(FieldEntity entity, const QString& key) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, kSelectDef + QStringLiteral("WHERE entity = ? AND key = ?"),
                             {fieldEntityKey(entity), key});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("There is no field with the key “%1”.").arg(key));
    return defFrom(q);
}

Result<RowId> CustomFieldRepository::create(CustomFieldDef def)
{
    def.label = def.label.trimmed();
    if (Status s = customfields::validateDefinition(def); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto taken = sql::scalar(
        m_db, QStringLiteral("SELECT count(*) FROM custom_field_defs WHERE entity = ? AND key = ?"),
        {fieldEntityKey(def.entity), def.key});
    if (!taken)
        return taken.error();
    if (taken->toLongLong() > 0)
        return Error{Error::Code::Conflict,
                     Text::tr("The key “%1” is taken by another field (perhaps a deleted one).")
                         .arg(def.key),
                     {},
                     {},
                     QStringLiteral("key")};
    if (def.position <= 0) {
        auto last =
            sql::scalar(m_db,
                        QStringLiteral("SELECT coalesce(max(position), 0) FROM custom_field_defs "
                                       "WHERE entity = ?"),
                        {fieldEntityKey(def.entity)});
        if (!last)
            return last.error();
        def.position = last->toInt() + 1;
    }
    if (def.uuid.isEmpty())
        def.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO custom_field_defs (uuid, entity, key, label, type, "
                "required, default_value, choices, help, position, indexed, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {def.uuid, fieldEntityKey(def.entity), def.key, def.label, customFieldTypeKey(def.type),
             def.required ? 1 : 0, jsonText(def.defaultValue), choicesText(def.choices), def.help,
             def.position, def.indexed ? 1 : 0, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (def.indexed) {
        if (Status s = applyIndex(m_db, def, true); !s)
            return s.error();
    }
    if (Status s = AuditLog::record(m_db, kDefs, id, AuditLog::Action::Create, {}, {},
                                    AuditLog::json(def.key), stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::CustomField, id);
    return id;
}

Status CustomFieldRepository::update(const CustomFieldDef& changed)
{
    CustomFieldDef def = changed;
    def.label = def.label.trimmed();
    if (Status s = customfields::validateDefinition(def); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto current = get(def.id);
    if (!current)
        return current.error();
    if (current->key != def.key || current->entity != def.entity || current->type != def.type)
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("The key, table and type of a field cannot change."));
    if (def.position <= 0)
        def.position = current->position;
    if (Status s = sql::execOnce(
            m_db,
            QStringLiteral("UPDATE custom_field_defs SET label = ?, required = ?, "
                           "default_value = ?, choices = ?, help = ?, position = ?, indexed = ?, "
                           "updated_at = ? WHERE id = ?"),
            {def.label, def.required ? 1 : 0, jsonText(def.defaultValue), choicesText(def.choices),
             def.help, def.position, def.indexed ? 1 : 0, now(), idValue(def.id)});
        !s)
        return s;
    if (current->indexed != def.indexed) {
        if (Status s = applyIndex(m_db, def, def.indexed); !s)
            return s;
    }
    if (Status s = auditUpdate(*this, m_db, *current, now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::CustomField, def.id);
    return {};
}

Status CustomFieldRepository::remove(RowId id)
{
    // One UPDATE, atomic on its own. The index stays until purge: an undo
    // (restore) must be cheap on big tables.
    return softDelete(QStringLiteral("custom_field_defs"), Entity::CustomField, id,
                      Text::tr("This field does not exist."));
}

Status CustomFieldRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("custom_field_defs"), Entity::CustomField, id,
                          Text::tr("There is no deleted field to restore."));
}

Status CustomFieldRepository::purge(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto def = get(id);
    if (!def)
        return def.error();
    if (!def->deleted)
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("Only a deleted field can be purged."));
    auto affected = rowsWithValue(m_db, *def);
    if (!affected)
        return affected.error();
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    if (Status s = sql::execOnce(m_db, QStringLiteral("UPDATE %1 SET custom = json_remove(custom, "
                                                      "'$.%2') WHERE custom <> '{}' AND "
                                                      "json_type(custom, '$.%2') IS NOT NULL")
                                           .arg(tableOf(def->entity), def->key));
        !s)
        return s;
    if (Status s = applyIndex(m_db, *def, false); !s)
        return s;
    if (Status s = sql::execOnce(m_db, QStringLiteral("DELETE FROM custom_field_defs WHERE id = ?"),
                                 {idValue(id)});
        !s)
        return s;
    // A deleted field's values were not searchable anyway, but rows written
    // while it was live still hold them in their search text.
    if (Status s = refreshCustomerSearch(m_db, *def, *affected); !s)
        return s;
    // Logged as a delete of field "purge": what went is how many rows held a value.
    if (Status s =
            AuditLog::record(m_db, kDefs, id, AuditLog::Action::Delete, QStringLiteral("purge"),
                             AuditLog::json(QJsonValue(double(affected->size()))), {}, now());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::CustomField, id);
    return {};
}

Status CustomFieldRepository::renameChoice(RowId id, const QString& from, const QString& to)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto def = get(id);
    if (!def)
        return def.error();
    const qsizetype at = def->choices.indexOf(from);
    if (at < 0)
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("“%1” is not one of the choices.").arg(from));
    CustomFieldDef renamed = *def;
    renamed.choices[at] = to.trimmed();
    if (renamed.defaultValue.isString() && renamed.defaultValue.toString() == from)
        renamed.defaultValue = renamed.choices[at];
    if (renamed.defaultValue.isArray()) {
        QJsonArray items = renamed.defaultValue.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].toString() == from)
                items[i] = renamed.choices[at];
        }
        renamed.defaultValue = items;
    }
    if (Status s = customfields::validateDefinition(renamed); !s)
        return s;
    if (Status s = sql::execOnce(
            m_db,
            QStringLiteral("UPDATE custom_field_defs SET choices = ?, default_value = ?, "
                           "updated_at = ? WHERE id = ?"),
            {choicesText(renamed.choices), jsonText(renamed.defaultValue), now(), idValue(id)});
        !s)
        return s;
    auto affected = rowsWithValue(m_db, *def);
    if (!affected)
        return affected.error();
    const QString table = tableOf(def->entity);
    const QString path = QStringLiteral("'$.%1'").arg(def->key);
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    const QString statement =
        def->type == CustomFieldType::MultiChoice
            // Each element equal to `from` becomes `to`, in place.
            ? QStringLiteral("UPDATE %1 SET custom = json_set(custom, %2, (SELECT json_group_array("
                             "CASE WHEN j.value = ? THEN ? ELSE j.value END) FROM "
                             "(SELECT value FROM json_each(custom, %2) ORDER BY key) j)) "
                             "WHERE custom <> '{}' AND json_type(custom, %2) = 'array' AND "
                             "EXISTS (SELECT 1 FROM json_each(custom, %2) WHERE value = ?)")
                  .arg(table, path)
            : QStringLiteral("UPDATE %1 SET custom = json_set(custom, %2, ?) WHERE custom <> '{}' "
                             "AND json_extract(custom, %2) = ?")
                  .arg(table, path);
    const QString newName = renamed.choices[at];
    const Status renamedRows = def->type == CustomFieldType::MultiChoice
                                   ? sql::execOnce(m_db, statement, {from, newName, from})
                                   : sql::execOnce(m_db, statement, {newName, from});
    if (!renamedRows)
        return renamedRows;
    if (Status s = refreshCustomerSearch(m_db, *def, *affected); !s)
        return s;
    if (Status s = auditUpdate(*this, m_db, *def, now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::CustomField, id);
    return {};
}

Result<std::int64_t> CustomFieldRepository::countValues(RowId id) const
{
    auto def = get(id);
    if (!def)
        return def.error();
    // sql-scan: identifier: table from tableOf(FieldEntity); key validated by
    // customfields::validateDefinition() and the custom_field_defs CHECK
    auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS "
                                                  "NULL AND custom <> '{}' AND "
                                                  "json_type(custom, '$.%2') IS NOT NULL")
                                       .arg(tableOf(def->entity), def->key));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status CustomFieldRepository::setIndexed(RowId id, bool indexed)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto def = get(id);
    if (!def)
        return def.error();
    if (Status s = sql::execOnce(
            m_db,
            QStringLiteral("UPDATE custom_field_defs SET indexed = ?, updated_at = ? WHERE id = ?"),
            {indexed ? 1 : 0, now(), idValue(id)});
        !s)
        return s;
    if (Status s = applyIndex(m_db, *def, indexed); !s)
        return s;
    if (Status s = auditUpdate(*this, m_db, *def, now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::CustomField, id);
    return {};
}

QString CustomFieldRepository::valueExpr(const CustomFieldDef& def, const QString& alias)
{
    const QString column =
        alias.isEmpty() ? QStringLiteral("custom") : alias + QStringLiteral(".custom");
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, def.key);
}

QString CustomFieldRepository::sortExpr(const CustomFieldDef& def, const QString& alias)
{
    // NOT NULL for keyset paging. SQLite orders numbers before text, so in an
    // ascending sort the '' of rows without a value comes after every number
    // (and before every text, which sorts by its raw value: the byte order of
    // its UTF-8, not the collation of names).
    return QStringLiteral("coalesce(%1, '')").arg(valueExpr(def, alias));
}

void CustomFieldRepository::addColumns(TableDef& def, const QList<CustomFieldDef>& fields,
                                       const QString& alias)
{
    for (const CustomFieldDef& field : fields) {
        if (field.deleted)
            continue;
        const QString key = QStringLiteral("custom.") + field.key;
        def.columns << ColumnDef{key, valueExpr(field, alias), sortExpr(field, alias)};
        def.filterFields << FilterField{key, valueExpr(field, alias), filterKindOf(field.type), {}};
    }
}

Result<TableDef> tableDefWithCustomFields(const QSqlDatabase& db, FieldEntity entity)
{
    TableDef def;
    switch (entity) {
    case FieldEntity::Customers:
        def = CustomerRepository::tableDef();
        break;
    case FieldEntity::Companies:
        def = CompanyRepository::tableDef();
        break;
    case FieldEntity::Products:
        def = ProductRepository::tableDef();
        break;
    case FieldEntity::Orders:
        def = OrderRepository::tableDef();
        break;
    case FieldEntity::Deals:
        def = DealRepository::tableDef();
        break;
    }
    auto fields = CustomFieldRepository(db).fields(entity);
    if (!fields)
        return fields.error();
    const QString alias = def.idExpr.section(u'.', 0, 0);
    CustomFieldRepository::addColumns(def, *fields, alias);
    return def;
}

} // namespace rapport::core
