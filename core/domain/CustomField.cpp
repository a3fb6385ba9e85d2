#include "domain/CustomField.h"

#include "domain/SortKey.h"

#include "domain/ContactRules.h"
#include "import/ValueParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::CustomField" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomField)
};

constexpr int kMaxKeyLength = 40;

struct TypeName
{
    CustomFieldType type;
    const char* key;
};

constexpr TypeName kTypeNames[] = {
    {CustomFieldType::Text, "text"},     {CustomFieldType::LongText, "long_text"},
    {CustomFieldType::Number, "number"}, {CustomFieldType::Money, "money"},
    {CustomFieldType::Date, "date"},     {CustomFieldType::Bool, "bool"},
    {CustomFieldType::Choice, "choice"}, {CustomFieldType::MultiChoice, "multi_choice"},
    {CustomFieldType::Url, "url"},       {CustomFieldType::Email, "email"},
    {CustomFieldType::Phone, "phone"},
};

QString fieldKeyOf(const CustomFieldDef& def)
{
    return QStringLiteral("custom.") + def.key;
}

Error invalid(const CustomFieldDef& def, const QString& why)
{
    return Error::validation(fieldKeyOf(def), Text::tr("%1: %2").arg(def.label, why));
}

bool isChoiceType(CustomFieldType type)
{
    return type == CustomFieldType::Choice || type == CustomFieldType::MultiChoice;
}

bool isKeyChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isValidKey(const QString& key)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength || key[0] < u'a' || key[0] > u'z')
        return false;
    for (QChar c : key) {
        if (!isKeyChar(c))
            return false;
    }
    return true;
}

// The choice as spelled in the list, matched without regard to case.
std::optional<QString> matchChoice(const QStringList& choices, const QString& text)
{
    for (const QString& choice : choices) {
        if (choice.compare(text, Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

QJsonValue numberValue(double number)
{
    // Whole numbers are stored as integers so that they print without ".0" and
    // compare equal to what other programs write into the JSON.
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
        return QJsonValue(static_cast<qint64>(number));
    return QJsonValue(number);
}

Result<QJsonValue> parseNumber(const CustomFieldDef& def, const QString& text)
{
    auto decimal = parse::decimal(text, parse::NumberStyle::DotDecimal);
    if (!decimal)
        decimal = parse::decimal(text, parse::NumberStyle::CommaDecimal);
    if (!decimal)
        return invalid(def, Text::tr("“%1” is not a number.").arg(text));
    bool ok = false;
    const double number = decimal->toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return invalid(def, Text::tr("“%1” is not a number.").arg(text));
    return numberValue(number);
}

Result<QJsonValue> parseMoney(const CustomFieldDef& def, const QString& text)
{
    auto money = parse::money(text, parse::NumberStyle::DotDecimal, 2);
    if (!money)
        money = parse::money(text, parse::NumberStyle::CommaDecimal, 2);
    if (!money)
        return invalid(def, Text::tr("“%1” is not an amount of money.").arg(text));
    return QJsonValue(money->minor);
}

Result<QJsonValue> parseMultiChoice(const CustomFieldDef& def, const QString& text)
{
    QString unified = text;
    unified.replace(u'；', u';').replace(u'，', u';').replace(u',', u';');
    QJsonArray values;
    QSet<QString> seen;
    for (const QString& part : unified.split(u';')) {
        const QString item = parse::singleLine(part);
        if (item.isEmpty())
            continue;
        const auto choice = matchChoice(def.choices, item);
        if (!choice)
            return invalid(def, Text::tr("“%1” is not one of the choices (%2).")
                                    .arg(item, def.choices.join(QStringLiteral(", "))));
        if (seen.contains(*choice))
            continue;
        seen.insert(*choice);
        values.append(*choice);
    }
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(values);
}

bool isWholeNumber(const QJsonValue& value)
{
    const double d = value.toDouble();
    return value.isDouble() && std::floor(d) == d && std::fabs(d) < 9.0e15;
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
           || (value.isArray() && value.toArray().isEmpty());
}

} // namespace

QString fieldEntityKey(FieldEntity entity)
{
    switch (entity) {
    case FieldEntity::Customers:
        return QStringLiteral("customers");
    case FieldEntity::Companies:
        return QStringLiteral("companies");
    case FieldEntity::Products:
        return QStringLiteral("products");
    case FieldEntity::Orders:
        return QStringLiteral("orders");
    case FieldEntity::Deals:
        return QStringLiteral("deals");
    }
    return QString();
}

std::optional<FieldEntity> fieldEntityFromKey(const QString& key)
{
    for (FieldEntity e : {FieldEntity::Customers, FieldEntity::Companies, FieldEntity::Products,
                          FieldEntity::Orders, FieldEntity::Deals}) {
        if (fieldEntityKey(e) == key)
            return e;
    }
    return std::nullopt;
}

QString customFieldTypeKey(CustomFieldType type)
{
    for (const TypeName& t : kTypeNames) {
        if (t.type == type)
            return QLatin1String(t.key);
    }
    return QString();
}

std::optional<CustomFieldType> customFieldTypeFromKey(const QString& key)
{
    for (const TypeName& t : kTypeNames) {
        if (key == QLatin1String(t.key))
            return t.type;
    }
    return std::nullopt;
}

namespace customfields {

QString suggestKey(const QString& label, const QStringList& taken)
{
    QString key;
    bool underscore = false;
    // Pinyin for Chinese labels ("会员等级" -> hui_yuan_deng_ji), so a key read in
    // a CSV header, a mapping file or the CLI still says what the field is.
    for (QChar c : latinize(label).normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (underscore && !key.isEmpty())
                key += u'_';
            underscore = false;
            key += c;
        } else if (!c.isMark()) {
            underscore = true;
        }
    }
    // A label with nothing to spell in Latin letters (only symbols) gets a short,
    // stable hash: the key only has to be valid and the same for the same label.
    if (key.isEmpty() || key[0] < u'a' || key[0] > u'z') {
        const QByteArray hash =
            QCryptographicHash::hash(label.trimmed().toUtf8(), QCryptographicHash::Sha1).toHex();
        key = key.isEmpty() ? QStringLiteral("f_") + QString::fromLatin1(hash.left(8))
                            : QStringLiteral("f_") + key;
    }
    key.truncate(kMaxKeyLength - 4); // room for a "_999" suffix
    if (!taken.contains(key))
        return key;
    for (int n = 2;; ++n) {
        const QString candidate = key + u'_' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

Status validateDefinition(const CustomFieldDef& def)
{
    if (!isValidKey(def.key))
        return Error::validation(
            QStringLiteral("key"),
            Text::tr("“%1” is not a valid field key: use 1 to 40 lower-case letters, digits and "
                     "underscores, starting with a letter.")
                .arg(def.key));
    if (def.label.trimmed().isEmpty())
        return Error::validation(QStringLiteral("label"), Text::tr("A field needs a label."));
    if (isChoiceType(def.type)) {
        if (def.choices.isEmpty())
            return Error::validation(
                QStringLiteral("choices"),
                Text::tr("%1: a choice field needs at least one choice.").arg(def.label));
        QSet<QString> seen;
        for (const QString& choice : def.choices) {
            const QString folded = choice.trimmed().toCaseFolded();
            if (folded.isEmpty())
                return Error::validation(QStringLiteral("choices"),
                                         Text::tr("%1: a choice cannot be empty.").arg(def.label));
            if (seen.contains(folded))
                return Error::validation(
                    QStringLiteral("choices"),
                    Text::tr("%1: the choice “%2” is listed twice.").arg(def.label, choice));
            seen.insert(folded);
        }
    }
    if (!def.defaultValue.isNull() && !def.defaultValue.isUndefined()) {
        if (Status s = checkValue(def, def.defaultValue); !s) {
            Error e = s.error();
            e.field = QStringLiteral("default");
            return e;
        }
    }
    return {};
}

Result<QJsonValue> parseText(const CustomFieldDef& def, const QString& text)
{
    const QString line = parse::singleLine(text);
    if (line.isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (def.type) {
    case CustomFieldType::Text:
        return QJsonValue(line);
    case CustomFieldType::LongText:
        return QJsonValue(parse::multiLine(text));
    case CustomFieldType::Number:
        return parseNumber(def, line);
    case CustomFieldType::Money:
        return parseMoney(def, line);
    case CustomFieldType::Date: {
        auto date = parse::date(line, parse::DateOrder::Auto);
        if (!date)
            return invalid(def, Text::tr("“%1” is not a date.").arg(line));
        return QJsonValue(date->toString(Qt::ISODate));
    }
    case CustomFieldType::Bool: {
        auto yes = parse::yesNo(line);
        if (!yes)
            return invalid(def, Text::tr("“%1” is neither yes nor no.").arg(line));
        return QJsonValue(*yes);
    }
    case CustomFieldType::Choice: {
        const auto choice = matchChoice(def.choices, line);
        if (!choice)
            return invalid(def, Text::tr("“%1” is not one of the choices (%2).")
                                    .arg(line, def.choices.join(QStringLiteral(", "))));
        return QJsonValue(*choice);
    }
    case CustomFieldType::MultiChoice:
        return parseMultiChoice(def, line);
    case CustomFieldType::Url: {
        const QUrl url = QUrl::fromUserInput(line);
        if (!url.isValid() || line.contains(u' '))
            return invalid(def, Text::tr("“%1” is not a web address.").arg(line));
        return QJsonValue(line);
    }
    case CustomFieldType::Email: {
        auto email = parse::email(line);
        if (!email)
            return invalid(def, Text::tr("“%1” is not a valid e-mail address.").arg(line));
        return QJsonValue(*email);
    }
    case CustomFieldType::Phone:
        if (!contact::isValidPhone(line))
            return invalid(def, Text::tr("“%1” is not a valid phone number.").arg(line));
        return QJsonValue(line);
    }
    return QJsonValue(line);
}

Status checkValue(const CustomFieldDef& def, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const Error wrongType = invalid(def, Text::tr("the stored value has the wrong type."));
    switch (def.type) {
    case CustomFieldType::Text:
    case CustomFieldType::LongText:
    case CustomFieldType::Url:
    case CustomFieldType::Email:
    case CustomFieldType::Phone:
        if (!value.isString())
            return wrongType;
        return {};
    case CustomFieldType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return wrongType;
        return {};
    case CustomFieldType::Money:
        if (!isWholeNumber(value))
            return wrongType;
        return {};
    case CustomFieldType::Date:
        if (!value.isString()
            || !QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
            return invalid(def, Text::tr("“%1” is not a date.").arg(value.toString()));
        return {};
    case CustomFieldType::Bool:
        if (!value.isBool())
            return wrongType;
        return {};
    case CustomFieldType::Choice:
        if (!value.isString())
            return wrongType;
        if (!def.choices.contains(value.toString()))
            return invalid(def, Text::tr("“%1” is not one of the choices (%2).")
                                    .arg(value.toString(), def.choices.join(QStringLiteral(", "))));
        return {};
    case CustomFieldType::MultiChoice:
        if (!value.isArray())
            return wrongType;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return wrongType;
            if (!def.choices.contains(item.toString()))
                return invalid(def,
                               Text::tr("“%1” is not one of the choices (%2).")
                                   .arg(item.toString(), def.choices.join(QStringLiteral(", "))));
        }
        return {};
    }
    return {};
}

QString displayText(const CustomFieldDef& def, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    switch (def.type) {
    case CustomFieldType::Number:
        if (isWholeNumber(value))
            return QString::number(static_cast<qint64>(value.toDouble()));
        return QString::number(value.toDouble(), 'g', 15);
    case CustomFieldType::Money: {
        const qint64 minor = static_cast<qint64>(value.toDouble());
        const qint64 magnitude = minor < 0 ? -minor : minor;
        return QStringLiteral("%1%2.%3")
            .arg(minor < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 100)
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case CustomFieldType::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case CustomFieldType::MultiChoice: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral("; "));
    }
    default:
        break;
    }
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString();
}

Status validateObject(const QList<CustomFieldDef>& defs, const QJsonObject& custom)
{
    for (const CustomFieldDef& def : defs) {
        if (def.deleted)
            continue;
        const QJsonValue value = custom.value(def.key);
        if (isEmptyValue(value)) {
            if (def.required)
                return Error::validation(fieldKeyOf(def),
                                         Text::tr("%1 is required.").arg(def.label));
            continue;
        }
        if (Status s = checkValue(def, value); !s)
            return s;
    }
    return {};
}

QJsonObject withDefaults(const QList<CustomFieldDef>& defs, QJsonObject custom)
{
    for (const CustomFieldDef& def : defs) {
        if (def.deleted || isEmptyValue(def.defaultValue))
            continue;
        if (isEmptyValue(custom.value(def.key)))
            custom.insert(def.key, def.defaultValue);
    }
    return custom;
}

Result<QJsonObject> parseObject(const QString& json)
{
    if (json.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::validation(QStringLiteral("custom"),
                                 Text::tr("The custom fields are not a JSON object."));
    return doc.object();
}

QString toJson(const QJsonObject& custom)
{
    return QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact));
}

bool isSearchable(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
    case CustomFieldType::LongText:
    case CustomFieldType::Choice:
    case CustomFieldType::MultiChoice:
    case CustomFieldType::Email:
    case CustomFieldType::Phone:
    case CustomFieldType::Url:
        return true;
    default:
        return false;
    }
}

QString searchText(const QList<CustomFieldDef>& defs, const QJsonObject& custom)
{
    QStringList parts;
    for (const CustomFieldDef& def : defs) {
        if (def.deleted || !isSearchable(def.type))
            continue;
        const QString text = displayText(def, custom.value(def.key));
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(u' ');
}

} // namespace customfields

} // namespace rapport::core
