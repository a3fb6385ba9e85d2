#pragma once

#include "common/Result.h"
#include "domain/Filter.h"
#include "storage/TableQuery.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace rapport::core {

// Turns a user's filter into a condition for a WHERE clause, for TableQuery and
// the export. Only the fields' SQL (written by core) goes into the text; every
// value typed by a user is appended to `values`, in the order of the `?`s.
//
// What each operator means (the same for every table):
//  - text and choices compare case-insensitively for ASCII (Chinese has no
//    case); contains/starts_with take the text literally ('%', '_' and '\' are
//    no wildcards);
//  - numbers compare as numbers, dates as 'YYYY-MM-DD';
//  - a multiple choice "equals"/"contains" a value when its list holds it;
//  - not_equals and lacks_tag are the exact complement of equals and has_tag:
//    a row with no value is "not equal" to anything;
//  - empty: no value, '' or (multiple choice) an empty list; for tags, no tag;
//  - less/greater never match a row without a value.
// An unknown field, an operator that does not fit the field's kind or a value
// that is not a number/date where one is needed is InvalidArgument, with the
// Error's `field` naming the filter field. An empty group gives an empty string
// (no condition); empty nested groups are left out.
Result<QString> filterSql(const QList<FilterField>& fields, const FilterGroup& group,
                          QVariantList& values);

// Whether `op` applies to a field of `kind` (what a filter editor may offer).
bool filterOpApplies(FilterField::Kind kind, FilterCondition::Op op);

} // namespace rapport::core
