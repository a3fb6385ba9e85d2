#pragma once

#include "import/ImportOptions.h"
#include "import/ImportSchema.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::ui {

// The translated words the import wizard's pages share: kinds of data,
// encodings, delimiters, day/month orders and duplicate rules. Kept in one
// place so the file page, the mapping page and the result page say the same.
class ImportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ImportLabels)

public:
    static QString entityName(core::import::Entity entity);     // "Customers"
    static QString encodingName(core::csv::Encoding encoding);  // "GB18030", "Automatic"
    static QString delimiterName(QChar delimiter);              // "semicolon", "tab"
    static QString dateOrderName(core::parse::DateOrder order); // "Day first (31/12/2024)"
    static QString duplicateRuleName(const QString& rule);      // "email" -> "e-mail"

    // Delimiters as settings keep them: "auto", ",", ";", "tab", "|".
    static QString delimiterKey(QChar delimiter);
    static QChar delimiterFromKey(const QString& key);
};

} // namespace rapport::ui
