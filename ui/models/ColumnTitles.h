#pragma once

#include "domain/CustomField.h"

#include <QList>
#include <QString>

namespace rapport::ui {

// The translated header title of a table column, by the column's stable key
// (core::ColumnDef::key). One table for every panel, so "Name" is translated once.
class ColumnTitles
{
public:
    static QString title(const QString& key);
    // The same, and for a custom field's column ("custom.KEY") its label.
    static QString title(const QString& key, const QList<core::CustomFieldDef>& fields);
    // The custom field a column key names ("custom.vip_level"), or null.
    static const core::CustomFieldDef* customField(const QString& key,
                                                   const QList<core::CustomFieldDef>& fields);
};

} // namespace rapport::ui
