#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace rapport::core {

// A user's filter on a table: conditions joined by all/any, nested groups
// allowed ("city is 上海 AND (tag is VIP OR total > 10,000)"). Fields are keys
// of the table's FilterFields (built-in columns, "custom.KEY", "tags"); the
// SQL is always ours and the values are always bound (see TableQuery).
struct FilterCondition
{
    enum class Op {
        Equals,
        NotEquals,
        Contains,
        StartsWith,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        IsEmpty,
        IsNotEmpty,
        HasTag,  // field "tags": the row has the tag named `value`
        LacksTag // the row does not have it
    };
    QString field;
    Op op = Op::Equals;
    QVariant value;

    friend bool operator==(const FilterCondition&, const FilterCondition&) = default;
};

struct FilterGroup
{
    bool matchAll = true; // AND; false: OR
    QList<FilterCondition> conditions;
    QList<FilterGroup> groups;

    bool isEmpty() const { return conditions.isEmpty() && groups.isEmpty(); }
    // Written out: a defaulted == would ask QList<FilterGroup> for its == while
    // FilterGroup is still incomplete, which some instantiation orders reject.
    friend bool operator==(const FilterGroup& a, const FilterGroup& b);
};

QString filterOpKey(FilterCondition::Op op); // "equals", "contains", "has_tag"...
std::optional<FilterCondition::Op> filterOpFromKey(const QString& key);
QJsonObject filterToJson(const FilterGroup& group);
// Unknown operators or malformed JSON give std::nullopt (a saved view written
// by a newer version is then shown unfiltered, with a warning, by the caller).
std::optional<FilterGroup> filterFromJson(const QJsonObject& json);

} // namespace rapport::core
