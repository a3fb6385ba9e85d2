#pragma once

#include "common/Result.h"
#include "domain/CustomField.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// What a repository stores for a row's `custom` column: the validated JSON and
// the words of its searchable fields. Shared by every repository whose table
// has custom fields, so that they check values the same way.
struct PreparedCustom
{
    QString json;       // compact JSON object, as stored
    QString searchText; // customfields::searchText of the live fields
};

namespace customvalues {

// Loads the live definitions of `entity` and checks `json` against them
// (customfields::validateObject; errors name "custom.KEY"). A new row
// (`creating`) gets the defaults of the fields it leaves empty. Keys of unknown
// or deleted fields are kept as they are.
Result<PreparedCustom> prepare(const QSqlDatabase& db, FieldEntity entity, const QString& json,
                               bool creating);

} // namespace customvalues

} // namespace rapport::core
