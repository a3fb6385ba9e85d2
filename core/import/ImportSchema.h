#pragma once

#include "common/Result.h"
#include "domain/CustomField.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core::import {

// What an import file holds, one row per...
enum class Entity {
    Customers,
    Companies,
    Products,
    Orders, // ...order line: the order's number, date and customer repeat on each line
};

QString entityKey(Entity entity); // "customers", "companies", "products", "orders"
Result<Entity> parseEntityKey(const QString& key);

// How a column's cells are cleaned and checked before anything is written.
enum class FieldType {
    Text,     // one line: trimmed, inner runs of white space collapsed
    LongText, // notes: line breaks kept
    Email,    // normalised, checked
    Phone,    // one canonical form, checked
    Integer,  // a whole number (quantities)
    Money,    // an exact amount in minor units
    Date,     // a calendar day; the day/month order is decided per column
    YesNo,    // yes/no, true/false, 1/0, 是/否
    Currency, // an ISO 4217 code
    Status,   // an order status, in English or Chinese
};

// A field an import can fill. `key` is what --mapping files and export headers
// use; `aliases` are header spellings matched automatically (English and
// Chinese, compared after folding case, spaces and punctuation away).
struct FieldSpec
{
    QString key;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList aliases;
};

// The fields of each kind of import, in the order the wizard shows them.
const QList<FieldSpec>& fieldsOf(Entity entity);
const FieldSpec* findField(Entity entity, const QString& key);
// The translated label of a field ("E-mail", "电子邮件").
QString fieldLabel(const QString& key);

// A field a column can be mapped to, as the wizard lists it.
struct ImportTarget
{
    QString key;   // "email", "custom.vip_level"
    QString label; // translated, or the custom field's label as its owner wrote it
    bool required = false;
};
// The kind's own fields, then its live custom fields (by position).
QList<ImportTarget> importTargets(Entity entity, const QList<CustomFieldDef>& customFields);

// Keys of user-defined fields ("custom.vip_level"): letters, digits and
// underscores after the prefix.
bool isCustomFieldKey(const QString& key);

// The form header spellings are compared in: case folded, full-width letters
// made half-width, and spaces, punctuation and underscores removed
// ("E-Mail Address" -> "emailaddress", "客户 名称" -> "客户名称").
QString foldedHeader(const QString& header);

} // namespace rapport::core::import
