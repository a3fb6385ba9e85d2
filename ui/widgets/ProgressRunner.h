#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace rapport::ui {

// Runs long work (demo data now; import, mining and scoring later) on a worker
// thread while a modal progress dialog with Cancel keeps the window painting.
// The work receives a core::Progress to report to and to poll for Cancel; it
// must open its own database connection (connections belong to one thread).
class ProgressRunner
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRunner)

public:
    using Work = std::function<core::Status(core::Progress& progress)>;

    // Returns the work's status: Error::Code::Cancelled if the user cancelled
    // and the work honoured it.
    static core::Status run(QWidget* parent, const QString& title, const Work& work);
};

} // namespace rapport::ui
