#pragma once

#include "domain/CustomField.h"
#include "domain/Filter.h"
#include "storage/TableQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport::ui {

// The words of filters as users read them: field names (built-in columns
// translated, custom fields by label), operators ("is", "contains", "≥") and a
// whole filter in one line ("City is 上海 and has tag VIP") for the filter bar.
class FilterText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::FilterText)
public:
    static QString fieldTitle(const QString& key, const QList<core::CustomFieldDef>& fields);
    static QString opTitle(core::FilterCondition::Op op);
    // The operators a field of `kind` offers, in the order a menu shows them.
    static QList<core::FilterCondition::Op> opsFor(core::FilterField::Kind kind);
    static bool takesValue(core::FilterCondition::Op op);
    static QString describe(const core::FilterGroup& group,
                            const QList<core::CustomFieldDef>& fields);

private:
    static QString describeCondition(const core::FilterCondition& condition,
                                     const QList<core::CustomFieldDef>& fields);
};

} // namespace rapport::ui
