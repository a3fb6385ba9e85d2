#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::core {

// The tables a user may add fields to (their keys are the table names).
enum class FieldEntity { Customers, Companies, Products, Orders, Deals };
QString fieldEntityKey(FieldEntity entity);
std::optional<FieldEntity> fieldEntityFromKey(const QString& key);

enum class CustomFieldType {
    Text,
    LongText,
    Number,
    Money, // integer minor units in the database's default currency
    Date,  // 'YYYY-MM-DD'
    Bool,
    Choice,      // one of `choices`
    MultiChoice, // a JSON array of `choices`
    Url,
    Email,
    Phone,
};
QString customFieldTypeKey(CustomFieldType type); // "text", "long_text", "multi_choice"...
std::optional<CustomFieldType> customFieldTypeFromKey(const QString& key);

// A field the owner defined at run time. `key` names the value in the row's
// `custom` JSON object and never changes; `label` is what users see.
struct CustomFieldDef
{
    RowId id = 0;
    QString uuid;
    FieldEntity entity = FieldEntity::Customers;
    QString key; // [a-z][a-z0-9_]{0,39}
    QString label;
    CustomFieldType type = CustomFieldType::Text;
    bool required = false;
    QJsonValue defaultValue; // Null: none; otherwise a stored value of `type`
    QStringList choices;     // for Choice and MultiChoice, in the order shown
    QString help;
    int position = 0;
    bool indexed = false; // has an expression index (fast sort/filter on big tables)
    bool deleted = false; // read side: soft-deleted (values kept until purged)

    friend bool operator==(const CustomFieldDef&, const CustomFieldDef&) = default;
};

// Stored values (the JSON in `custom`), by type: Text/LongText/Url/Email/Phone
// and Choice a string, Number a double (an integer when whole), Money an
// integer of minor units, Date a 'YYYY-MM-DD' string, Bool true/false,
// MultiChoice an array of strings. An empty value is absent from the object.
namespace customfields {

// A key made from a label ("VIP level" -> "vip_level", "会员等级" -> "f_" + a
// short hash), unique among `taken`.
QString suggestKey(const QString& label, const QStringList& taken);
// The definition is well-formed (key pattern, label, choices for choice types,
// default of the right type). The Error's `field` names the bad part.
Status validateDefinition(const CustomFieldDef& def);
// Parses what a user typed or a file held (numbers and dates in the formats the
// importer accepts; yes/no/true/false/1/0/是/否; multiple choices separated by
// ';' or ','; a choice matched case-insensitively to its spelling in the list).
// Empty text gives Null. The Error names the field's label and why.
Result<QJsonValue> parseText(const CustomFieldDef& def, const QString& text);
// Checks a stored-form value against the definition (type, choices).
Status checkValue(const CustomFieldDef& def, const QJsonValue& value);
// The value as a person reads it (choices joined with "; ", money with two
// decimals, yes/no translated), the inverse of parseText for round trips.
QString displayText(const CustomFieldDef& def, const QJsonValue& value);
// Checks a whole `custom` object against the live definitions of its entity:
// each known value checked, required fields present. Keys of unknown or
// deleted fields are kept untouched (never dropped silently).
Status validateObject(const QList<CustomFieldDef>& defs, const QJsonObject& custom);
// Fills defaults of fields absent from `custom` (for new rows).
QJsonObject withDefaults(const QList<CustomFieldDef>& defs, QJsonObject custom);

// The `custom` column's text as an object ("" counts as "{}"); anything that is
// not a JSON object is a Validation error on field "custom".
Result<QJsonObject> parseObject(const QString& json);
// The object as stored (compact JSON).
QString toJson(const QJsonObject& custom);
// Whether a person would search for values of this type by their words (text,
// long text, choices, e-mail, phone, web address).
bool isSearchable(CustomFieldType type);
// The searchable values of the live fields in `custom`, space separated: what the
// full-text index holds for them besides the row's own columns.
QString searchText(const QList<CustomFieldDef>& defs, const QJsonObject& custom);

} // namespace customfields

} // namespace rapport::core
