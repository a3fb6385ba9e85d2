#include "views/FilterText.h"

#include "value/Rfm.h"

#include "models/ColumnTitles.h"
#include "storage/FilterSql.h"

namespace rapport::ui {

using Op = core::FilterCondition::Op;

QString FilterText::fieldTitle(const QString& key, const QList<core::CustomFieldDef>& fields)
{
    // Keys ColumnTitles has no title for (they are filter fields, not columns).
    if (key == QLatin1String("tags"))
        return tr("Tags");
    if (key == QLatin1String("code"))
        return tr("Code");
    return ColumnTitles::title(key, fields);
}

QString FilterText::opTitle(Op op)
{
    switch (op) {
    case Op::Equals:
        return tr("is");
    case Op::NotEquals:
        return tr("is not");
    case Op::Contains:
        return tr("contains");
    case Op::StartsWith:
        return tr("starts with");
    case Op::Less:
        return tr("<");
    case Op::LessOrEqual:
        return tr("≤");
    case Op::Greater:
        return tr(">");
    case Op::GreaterOrEqual:
        return tr("≥");
    case Op::IsEmpty:
        return tr("is empty");
    case Op::IsNotEmpty:
        return tr("is not empty");
    case Op::HasTag:
        return tr("has tag");
    case Op::LacksTag:
        return tr("lacks tag");
    }
    return {};
}

QList<Op> FilterText::opsFor(core::FilterField::Kind kind)
{
    static const QList<Op> order = {Op::Equals, Op::NotEquals,   Op::Contains, Op::StartsWith,
                                    Op::Less,   Op::LessOrEqual, Op::Greater,  Op::GreaterOrEqual,
                                    Op::HasTag, Op::LacksTag,    Op::IsEmpty,  Op::IsNotEmpty};
    QList<Op> ops;
    for (Op op : order) {
        if (core::filterOpApplies(kind, op))
            ops << op;
    }
    return ops;
}

bool FilterText::takesValue(Op op)
{
    return op != Op::IsEmpty && op != Op::IsNotEmpty;
}

QString FilterText::describeCondition(const core::FilterCondition& c,
                                      const QList<core::CustomFieldDef>& fields)
{
    if (c.op == Op::HasTag || c.op == Op::LacksTag)
        return QStringLiteral("%1 %2").arg(opTitle(c.op), c.value.toString());
    const QString field = fieldTitle(c.field, fields);
    if (!takesValue(c.op))
        return QStringLiteral("%1 %2").arg(field, opTitle(c.op));
    QString value = c.value.toString();
    if (c.value.typeId() == QMetaType::Bool)
        value = c.value.toBool() ? tr("yes") : tr("no");
    core::value::RfmSegment segment{};
    if (c.field == QLatin1String("segment") && core::value::rfmSegmentFromKey(value, &segment))
        value = core::value::rfmSegmentName(segment);
    return QStringLiteral("%1 %2 %3").arg(field, opTitle(c.op), value);
}

QString FilterText::describe(const core::FilterGroup& group,
                             const QList<core::CustomFieldDef>& fields)
{
    QStringList parts;
    for (const core::FilterCondition& c : group.conditions)
        parts << describeCondition(c, fields);
    for (const core::FilterGroup& nested : group.groups) {
        if (!nested.isEmpty())
            parts << QStringLiteral("(%1)").arg(describe(nested, fields));
    }
    const QString joint = group.matchAll ? tr(" and ") : tr(" or ");
    return parts.join(joint);
}

} // namespace rapport::ui
