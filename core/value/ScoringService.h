#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "value/ValueModel.h"

#include <QSqlDatabase>

namespace rapport::core {
class ChangeHub;
}

namespace rapport::core::value {

struct ScoringOutcome
{
    std::int64_t runId = 0;
    ValueReport report;
    double seconds = 0; // end to end: loading, fitting, training, saving
};

// The whole run the GUI's "Score customers" and `rapport-cli --db FILE score`
// make: purchases from the database, RFM, the lifetime and propensity models,
// and every score stored in one transaction. Safe on a worker thread with that
// thread's connection. Cancel, or any error, leaves the stored scores as they were.
Result<ScoringOutcome> runScoring(QSqlDatabase db, const ValueOptions& options, Progress& progress,
                                  ChangeHub* hub = nullptr);

} // namespace rapport::core::value
