#include "import/ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::ColumnMapping)
};

// Folded alias -> field key, per entity; built once.
const QHash<QString, QString>& aliasIndex(Entity entity)
{
    static QHash<QString, QString> indexes[4];
    static const bool built = [] {
        for (Entity e : {Entity::Customers, Entity::Companies, Entity::Products, Entity::Orders}) {
            QHash<QString, QString>& index = indexes[static_cast<int>(e)];
            for (const FieldSpec& f : fieldsOf(e)) {
                index.insert(foldedHeader(f.key), f.key);
                for (const QString& alias : f.aliases) {
                    if (!index.contains(foldedHeader(alias)))
                        index.insert(foldedHeader(alias), f.key);
                }
            }
        }
        return true;
    }();
    Q_UNUSED(built);
    return indexes[static_cast<int>(entity)];
}

} // namespace

ColumnMapping ColumnMapping::autoMatch(Entity entity, const QStringList& headers)
{
    ColumnMapping mapping;
    const QHash<QString, QString>& index = aliasIndex(entity);
    for (const QString& header : headers) {
        QString key;
        if (isCustomFieldKey(header.trimmed()))
            key = header.trimmed();
        else
            key = index.value(foldedHeader(header));
        if (!key.isEmpty() && mapping.m_fields.contains(key))
            key.clear();
        mapping.m_fields << key;
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJson(Entity entity, const QStringList& headers,
                                              const QJsonObject& object)
{
    ColumnMapping mapping;
    mapping.m_fields = QStringList(QList<QString>(headers.size()));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int column = static_cast<int>(headers.indexOf(it.key()));
        if (column < 0)
            return Error::validation(
                it.key(), Text::tr("The mapping names a column “%1” that the file does not have "
                                   "(its columns: %2).")
                              .arg(it.key(), headers.join(QStringLiteral(", "))));
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            return Error::validation(it.key(),
                                     Text::tr("The mapping for column “%1” must be a field key "
                                              "(a string).")
                                         .arg(it.key()));
        const QString key = it.value().toString().trimmed();
        if (key.isEmpty())
            continue;
        if (!findField(entity, key) && !isCustomFieldKey(key)) {
            QStringList known;
            for (const FieldSpec& f : fieldsOf(entity))
                known << f.key;
            return Error::validation(it.key(),
                                     Text::tr("Unknown field “%1” for column “%2” (fields: %3, or "
                                              "custom.KEY).")
                                         .arg(key, it.key(), known.join(QStringLiteral(", "))));
        }
        if (mapping.m_fields.contains(key))
            return Error::validation(
                it.key(), Text::tr("The field “%1” is mapped from two columns.").arg(key));
        mapping.m_fields[column] = key;
    }
    return mapping;
}

QJsonObject ColumnMapping::toJson(const QStringList& headers) const
{
    QJsonObject object;
    for (int c = 0; c < m_fields.size() && c < headers.size(); ++c) {
        if (!m_fields[c].isEmpty())
            object.insert(headers[c], m_fields[c]);
    }
    return object;
}

QString ColumnMapping::fieldAt(int column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields[column] : QString();
}

void ColumnMapping::setField(int column, const QString& key)
{
    if (column < 0)
        return;
    while (m_fields.size() <= column)
        m_fields << QString();
    if (!key.isEmpty()) {
        for (QString& other : m_fields) {
            if (other == key)
                other.clear();
        }
    }
    m_fields[column] = key;
}

int ColumnMapping::columnOf(const QString& key) const
{
    return static_cast<int>(m_fields.indexOf(key));
}

QStringList ColumnMapping::missingRequired(Entity entity) const
{
    QStringList missing;
    for (const FieldSpec& f : fieldsOf(entity)) {
        if (f.required && !m_fields.contains(f.key))
            missing << f.key;
    }
    return missing;
}

} // namespace rapport::core::import
