#pragma once

#include "common/Result.h"
#include "import/ImportSchema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::core::import {

// Which field each column of a file fills: one entry per column, "" for a column
// left out. Built automatically from the headers, edited in the wizard, or read
// from a --mapping file (an object from header to field key).
class ColumnMapping
{
public:
    ColumnMapping() = default;

    // Matches each header against the fields' aliases (folded: case, width,
    // spaces and punctuation do not matter). A field goes to the first column
    // that names it; a later column with the same meaning is left out.
    static ColumnMapping autoMatch(Entity entity, const QStringList& headers);
    // A mapping file: {"Header in file": "field key", ...}. Headers missing from
    // the file, unknown field keys and a field given twice are errors naming
    // them; columns the object does not mention are left out; a null or empty
    // key leaves a column out explicitly.
    static Result<ColumnMapping> fromJson(Entity entity, const QStringList& headers,
                                          const QJsonObject& object);
    QJsonObject toJson(const QStringList& headers) const;

    int columnCount() const { return static_cast<int>(m_fields.size()); }
    QString fieldAt(int column) const;
    void setField(int column, const QString& key); // also clears the key from other columns
    // The column a field comes from, or -1.
    int columnOf(const QString& key) const;
    // Required fields of `entity` that no column fills.
    QStringList missingRequired(Entity entity) const;

private:
    QStringList m_fields;
};

} // namespace rapport::core::import
