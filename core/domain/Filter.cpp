#include "domain/Filter.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace rapport::core {

namespace {

using Op = FilterCondition::Op;

// The keys are stored in saved views: never rename one, only add.
constexpr std::array<std::pair<Op, const char*>, 12> kOpKeys{{
    {Op::Equals, "equals"},
    {Op::NotEquals, "not_equals"},
    {Op::Contains, "contains"},
    {Op::StartsWith, "starts_with"},
    {Op::Less, "less"},
    {Op::LessOrEqual, "less_or_equal"},
    {Op::Greater, "greater"},
    {Op::GreaterOrEqual, "greater_or_equal"},
    {Op::IsEmpty, "is_empty"},
    {Op::IsNotEmpty, "is_not_empty"},
    {Op::HasTag, "has_tag"},
    {Op::LacksTag, "lacks_tag"},
}};

const QString kAll = QStringLiteral("all");
const QString kConditions = QStringLiteral("conditions");
const QString kGroups = QStringLiteral("groups");
const QString kField = QStringLiteral("field");
const QString kOp = QStringLiteral("op");
const QString kValue = QStringLiteral("value");

// Deeper nesting than anyone builds by hand: a file claiming more is not ours
// (and must not run the parser out of stack).
constexpr int kMaxDepth = 32;

QJsonValue valueToJson(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toDouble();
    default:
        break;
    }
    return value.isValid() ? QJsonValue(value.toString()) : QJsonValue();
}

std::optional<FilterCondition> conditionFromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject object = json.toObject();
    const QJsonValue field = object.value(kField);
    if (!field.isString() || field.toString().isEmpty())
        return std::nullopt;
    const auto op = filterOpFromKey(object.value(kOp).toString());
    if (!op)
        return std::nullopt;
    FilterCondition condition{field.toString(), *op, {}};
    const QJsonValue value = object.value(kValue);
    switch (value.type()) {
    case QJsonValue::String:
        condition.value = value.toString();
        break;
    case QJsonValue::Double:
        condition.value = value.toDouble();
        break;
    case QJsonValue::Bool:
        condition.value = value.toBool();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return std::nullopt;
    }
    return condition;
}

std::optional<FilterGroup> groupFromJson(const QJsonObject& json, int depth)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    FilterGroup group;
    if (json.contains(kAll)) {
        if (!json.value(kAll).isBool())
            return std::nullopt;
        group.matchAll = json.value(kAll).toBool();
    }
    for (const QString& key : {kConditions, kGroups}) {
        if (json.contains(key) && !json.value(key).isArray())
            return std::nullopt;
    }
    for (const QJsonValue& item : json.value(kConditions).toArray()) {
        auto condition = conditionFromJson(item);
        if (!condition)
            return std::nullopt;
        group.conditions << *condition;
    }
    for (const QJsonValue& item : json.value(kGroups).toArray()) {
        if (!item.isObject())
            return std::nullopt;
        auto nested = groupFromJson(item.toObject(), depth + 1);
        if (!nested)
            return std::nullopt;
        group.groups << *nested;
    }
    return group;
}

} // namespace

QString filterOpKey(FilterCondition::Op op)
{
    for (const auto& [known, key] : kOpKeys) {
        if (known == op)
            return QLatin1String(key);
    }
    return QString();
}

std::optional<FilterCondition::Op> filterOpFromKey(const QString& key)
{
    for (const auto& [op, known] : kOpKeys) {
        if (key == QLatin1String(known))
            return op;
    }
    return std::nullopt;
}

QJsonObject filterToJson(const FilterGroup& group)
{
    QJsonArray conditions;
    for (const FilterCondition& condition : group.conditions) {
        QJsonObject object{{kField, condition.field}, {kOp, filterOpKey(condition.op)}};
        // No value (is_empty, is_not_empty) is left out rather than written as null.
        if (condition.value.isValid())
            object.insert(kValue, valueToJson(condition.value));
        conditions << object;
    }
    QJsonArray groups;
    for (const FilterGroup& nested : group.groups)
        groups << filterToJson(nested);
    return {{kAll, group.matchAll}, {kConditions, conditions}, {kGroups, groups}};
}

std::optional<FilterGroup> filterFromJson(const QJsonObject& json)
{
    return groupFromJson(json, 0);
}

bool operator==(const FilterGroup& a, const FilterGroup& b)
{
    if (a.matchAll != b.matchAll || a.conditions != b.conditions
        || a.groups.size() != b.groups.size())
        return false;
    for (qsizetype i = 0; i < a.groups.size(); ++i) {
        if (!(a.groups[i] == b.groups[i]))
            return false;
    }
    return true;
}

} // namespace rapport::core
