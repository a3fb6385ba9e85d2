#include "insights/ScoringTask.h"

#include "Session.h"
#include "storage/Database.h"
#include "widgets/ProgressRunner.h"

#include <optional>

namespace rapport::ui {

core::Result<core::value::ScoringOutcome> ScoringTask::run(QWidget* parent, Session* session,
                                                           const core::value::ValueOptions& options)
{
    const QString path = session->path();
    std::optional<core::value::ScoringOutcome> done;
    const core::Status status =
        ProgressRunner::run(parent, tr("Scoring customers…"), [&](core::Progress& progress) {
            core::Database::Options dbOptions;
            dbOptions.migrate = false; // the GUI's session migrated the file when it opened it
            auto db = core::Database::open(path, dbOptions);
            if (!db)
                return core::Status(db.error());
            // No hub here: the hub lives on the GUI thread and is told below.
            auto outcome = core::value::runScoring(db->connection(), options, progress, nullptr);
            if (!outcome)
                return core::Status(outcome.error());
            done = std::move(outcome).value();
            return core::Status();
        });
    if (!status)
        return status.error();
    session->hub()->notify(core::Entity::CustomerScores, done->runId);
    return std::move(*done);
}

} // namespace rapport::ui
