#pragma once

#include "domain/CustomField.h"
#include "domain/Filter.h"

#include <QStringList>

namespace rapport::core {

// A table view a user saved under a name: which columns in which order, the
// sort, the search text and the filter. Listed in the sidebar under its table.
struct SavedView
{
    RowId id = 0;
    QString uuid;
    FieldEntity entity = FieldEntity::Customers;
    QString name;
    QStringList columns; // column keys in display order; empty: the table's default
    QString sortKey;     // empty: the table's default
    bool descending = false;
    QString search;
    FilterGroup filter;
    int position = 0;

    friend bool operator==(const SavedView&, const SavedView&) = default;
};

QJsonObject savedViewSpecToJson(const SavedView& view); // all but id/uuid/entity/name/position
// Fills the spec fields of `view` from JSON; false if it is not a spec.
bool savedViewSpecFromJson(const QJsonObject& json, SavedView& view);

} // namespace rapport::core
