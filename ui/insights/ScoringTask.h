#pragma once

#include "common/Result.h"
#include "value/ScoringService.h"

#include <QCoreApplication>

class QWidget;

namespace rapport::ui {

class Session;

// Runs core::value::runScoring on a worker thread (ProgressRunner: progress
// bar with the core's stage text, and Cancel) with the worker's own connection
// to the session's file, then announces Entity::CustomerScores on the
// session's ChangeHub from the GUI thread, so the Insights page, the customer
// table and every customer card show the new scores. Default ValueOptions: a
// re-score after an import is one click, with no dialog in between.
class ScoringTask
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ScoringTask)
public:
    // Error::Code::Cancelled when the user cancelled (nothing was stored).
    static core::Result<core::value::ScoringOutcome>
    run(QWidget* parent, Session* session,
        const core::value::ValueOptions& options = core::value::ValueOptions());
};

} // namespace rapport::ui
