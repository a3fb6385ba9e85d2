#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>

namespace rapport::ui {

// A rule's target list as a CSV file a spreadsheet or a mailing tool opens:
// name, e-mail and phone under the importer's field keys (the file imports
// back), text formula-guarded like every export (core::formula), UTF-8 with a
// BOM so Excel shows Chinese names when the file is double-clicked. Written
// through a QSaveFile: a failed write leaves what was at `path`.
class TargetListExport
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::TargetListExport)
public:
    static core::Status write(const QString& path, const QList<core::Customer>& customers);
};

} // namespace rapport::ui
