#pragma once

#include <QString>

namespace rapport::ui {

// The translated header title of a table column, by the column's stable key
// (core::ColumnDef::key). One table for every panel, so "Name" is translated once.
class ColumnTitles
{
public:
    static QString title(const QString& key);
};

} // namespace rapport::ui
