#include "storage/FilterSql.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::FilterSql" context
// (a saved view may name a field that was deleted since: the user reads these).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::FilterSql)
};

using Kind = FilterField::Kind;
using Op = FilterCondition::Op;

Error invalid(const QString& field, const QString& message)
{
    Error e = Error::make(Error::Code::InvalidArgument, message);
    e.field = field;
    return e;
}

// User text as a LIKE pattern that matches it literally (with ESCAPE '\').
QString likeLiteral(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == u'\\' || ch == u'%' || ch == u'_')
            escaped += u'\\';
        escaped += ch;
    }
    return escaped;
}

// Numbers are bound as numbers: json_extract gives numbers, and SQLite orders
// a number below every text, so a bound "10" would compare wrongly.
Result<double> numberValue(const FilterCondition& c)
{
    bool ok = false;
    const double number = c.value.typeId() == QMetaType::QString
                              ? c.value.toString().trimmed().toDouble(&ok)
                              : c.value.toDouble(&ok);
    if (!ok || c.value.typeId() == QMetaType::Bool)
        return invalid(c.field, Text::tr("The filter on “%1” needs a number, not “%2”.")
                                    .arg(c.field, c.value.toString()));
    return number;
}

Result<QString> dateValue(const FilterCondition& c)
{
    QDate date = c.value.typeId() == QMetaType::QDate
                     ? c.value.toDate()
                     : QDate::fromString(c.value.toString().trimmed(), Qt::ISODate);
    if (!date.isValid())
        return invalid(c.field, Text::tr("The filter on “%1” needs a date (YYYY-MM-DD), not “%2”.")
                                    .arg(c.field, c.value.toString()));
    return date.toString(Qt::ISODate);
}

QString comparison(Op op)
{
    switch (op) {
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    default:
        break;
    }
    return QStringLiteral("=");
}

// sql-scan(function): identifier: field.expr / field.tagSql come from the TableDef FilterField
// whitelist; values are bound
QString emptySql(const FilterField& field, bool empty)
{
    const QString& e = field.expr;
    if (field.kind == Kind::Tags)
        return empty ? QStringLiteral("NOT (%1)").arg(e) : QStringLiteral("(%1)").arg(e);
    // NULL: a custom field without a value (json_extract of a missing key).
    if (field.kind == Kind::MultiChoice)
        return empty ? QStringLiteral("(%1 IS NULL OR %1 = '' OR %1 = '[]')").arg(e)
                     : QStringLiteral("(%1 IS NOT NULL AND %1 <> '' AND %1 <> '[]')").arg(e);
    return empty ? QStringLiteral("(%1 IS NULL OR %1 = '')").arg(e)
                 : QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(e);
}

// sql-scan(function): identifier: field.expr / field.tagSql come from the TableDef FilterField
// whitelist; values are bound
Result<QString> conditionSql(const FilterField& field, const FilterCondition& c,
                             QVariantList& values)
{
    if (!filterOpApplies(field.kind, c.op))
        return invalid(c.field, Text::tr("The filter on “%1” cannot use “%2”: it does not apply to "
                                         "this kind of field.")
                                    .arg(c.field, filterOpKey(c.op)));
    // A table's definition that forgot the SQL of its tags field is our bug.
    const bool empties = c.op == Op::IsEmpty || c.op == Op::IsNotEmpty;
    if (field.kind == Kind::Tags && (empties ? field.expr : field.tagSql).isEmpty())
        return invalid(
            c.field,
            QStringLiteral("Filter field %1 has no SQL for %2").arg(c.field, filterOpKey(c.op)));
    if (empties)
        return emptySql(field, c.op == Op::IsEmpty);

    const QString& e = field.expr;
    switch (field.kind) {
    case Kind::Tags:
        values << c.value.toString();
        return (c.op == Op::HasTag ? QStringLiteral("(%1)") : QStringLiteral("NOT (%1)"))
            .arg(field.tagSql);
    case Kind::Number:
    case Kind::Date: {
        if (field.kind == Kind::Number) {
            auto number = numberValue(c);
            if (!number)
                return number.error();
            values << *number;
        } else {
            auto date = dateValue(c);
            if (!date)
                return date.error();
            values << *date;
        }
        if (c.op == Op::NotEquals)
            return QStringLiteral("(%1 IS NULL OR %1 <> ?)").arg(e);
        return QStringLiteral("(%1 %2 ?)").arg(e, comparison(c.op));
    }
    case Kind::Bool:
        values << (c.value.toBool() ? 1 : 0);
        return c.op == Op::Equals ? QStringLiteral("(%1 = ?)").arg(e)
                                  : QStringLiteral("(%1 IS NULL OR %1 <> ?)").arg(e);
    case Kind::MultiChoice: {
        // Only a JSON array (or scalar) is walked: a stray non-JSON text must
        // not make json_each fail the whole query.
        const QString elements =
            QStringLiteral("json_each(CASE WHEN json_valid(%1) THEN %1 END) AS je").arg(e);
        if (c.op == Op::StartsWith) {
            values << likeLiteral(c.value.toString()) + u'%';
            return QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE je.value LIKE ? ESCAPE '\\')")
                .arg(elements);
        }
        values << c.value.toString();
        const QString holds =
            QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE je.value = ? COLLATE NOCASE)")
                .arg(elements);
        return c.op == Op::NotEquals ? QStringLiteral("NOT ") + holds : holds;
    }
    case Kind::Text:
    case Kind::Choice:
        break;
    }
    switch (c.op) {
    case Op::Contains:
        values << u'%' + likeLiteral(c.value.toString()) + u'%';
        return QStringLiteral("(%1 LIKE ? ESCAPE '\\')").arg(e);
    case Op::StartsWith:
        values << likeLiteral(c.value.toString()) + u'%';
        return QStringLiteral("(%1 LIKE ? ESCAPE '\\')").arg(e);
    case Op::NotEquals:
        values << c.value.toString();
        return QStringLiteral("(%1 IS NULL OR %1 <> ? COLLATE NOCASE)").arg(e);
    default:
        break;
    }
    values << c.value.toString();
    return QStringLiteral("(%1 = ? COLLATE NOCASE)").arg(e);
}

} // namespace

bool filterOpApplies(FilterField::Kind kind, FilterCondition::Op op)
{
    if (op == Op::IsEmpty || op == Op::IsNotEmpty)
        return true;
    switch (kind) {
    case Kind::Text:
    case Kind::Choice:
    case Kind::MultiChoice:
        return op == Op::Equals || op == Op::NotEquals || op == Op::Contains
               || op == Op::StartsWith;
    case Kind::Number:
    case Kind::Date:
        return op == Op::Equals || op == Op::NotEquals || op == Op::Less || op == Op::LessOrEqual
               || op == Op::Greater || op == Op::GreaterOrEqual;
    case Kind::Bool:
        return op == Op::Equals || op == Op::NotEquals;
    case Kind::Tags:
        return op == Op::HasTag || op == Op::LacksTag;
    }
    return false;
}

Result<QString> filterSql(const QList<FilterField>& fields, const FilterGroup& group,
                          QVariantList& values)
{
    QStringList parts;
    for (const FilterCondition& condition : group.conditions) {
        const auto field = std::find_if(fields.cbegin(), fields.cend(), [&](const FilterField& f) {
            return f.key == condition.field;
        });
        if (field == fields.cend())
            return invalid(
                condition.field,
                Text::tr("This table has no field “%1” to filter on.").arg(condition.field));
        auto sql = conditionSql(*field, condition, values);
        if (!sql)
            return sql.error();
        parts << *sql;
    }
    for (const FilterGroup& nested : group.groups) {
        auto sql = filterSql(fields, nested, values);
        if (!sql)
            return sql.error();
        if (!sql->isEmpty())
            parts << *sql;
    }
    if (parts.isEmpty())
        return QString();
    return QLatin1Char('(')
           + parts.join(group.matchAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
           + QLatin1Char(')');
}

} // namespace rapport::core
