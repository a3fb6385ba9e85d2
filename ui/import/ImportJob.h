#pragma once

#include "import/ImportOptions.h"
#include "import/ImportReport.h"
#include "import/ImportSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::ui {

// A record of the file as written (before cleaning), with the line it starts on.
struct RawRow
{
    qint64 line = 0;
    QStringList fields;
};

// What the import wizard has gathered so far, shared by its pages: each page
// reads what the earlier ones decided and writes its own part. Plain data; the
// pages own the widgets and the wizard owns this.
struct ImportJob
{
    core::import::Entity entity = core::import::Entity::Customers;
    QString path;
    // The user's choices. `options.mapping` is set by the mapping page.
    core::import::Options options;
    // How the file reads with the file page's choices: what was detected, the
    // automatic mapping and the day/month order of each date column.
    core::import::FileLayout layout;
    // The first data rows as written in the file, for the mapping page's samples.
    QList<RawRow> sampleRows;
    // Bumped whenever the file page reads a file anew, so the mapping page
    // knows that its table (built for an older file) must be rebuilt.
    int generation = 0;
    std::optional<core::import::Report> report;
};

// Whether an import wrote anything (a run whose rows were all skipped or
// rejected leaves nothing to undo).
inline bool changedData(const core::import::Report& report)
{
    return report.applied
           && report.inserted + report.updated + report.companiesCreated + report.customersCreated
                      + report.productsCreated + report.ordersCreated
                  > 0;
}

} // namespace rapport::ui
