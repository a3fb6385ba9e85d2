#include "value/ScoringService.h"

#include "storage/ScoreRepository.h"

#include <QElapsedTimer>

namespace rapport::core::value {

Result<ScoringOutcome> runScoring(QSqlDatabase db, const ValueOptions& options, Progress& progress,
                                  ChangeHub* hub)
{
    QElapsedTimer timer;
    timer.start();
    ScoreRepository repository(db, hub);
    auto history = repository.loadPurchases(progress);
    if (!history)
        return history.error();
    auto result = scoreCustomers(*history, options, progress);
    if (!result)
        return result.error();
    ScoringOutcome outcome;
    // The time stored with the run counts everything but the final commit.
    auto runId = repository.saveRun(*result, *history,
                                    static_cast<double>(timer.elapsed()) / 1000.0, progress);
    if (!runId)
        return runId.error();
    outcome.runId = *runId;
    outcome.report = std::move(result->report);
    outcome.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return outcome;
}

} // namespace rapport::core::value
