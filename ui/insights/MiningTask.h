#pragma once

#include "common/Result.h"
#include "insights/MiningRequest.h"

#include <QCoreApplication>

class QWidget;

namespace rapport::ui {

class Session;

// Runs core::mining::runMining on a worker thread (ProgressRunner: progress
// bar and Cancel) with the worker's own connection to the session's file, then
// announces the stored run on the session's ChangeHub from the GUI thread, so
// the Insights panel and every customer card pick it up.
class MiningTask
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::MiningTask)
public:
    // Error::Code::Cancelled when the user cancelled (nothing was stored).
    static core::Result<core::mining::MiningRun> run(QWidget* parent, Session* session,
                                                     const MiningRequest& request);
};

} // namespace rapport::ui
