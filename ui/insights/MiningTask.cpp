#include "insights/MiningTask.h"

#include "Session.h"
#include "mining/MiningService.h"
#include "storage/Database.h"
#include "widgets/ProgressRunner.h"

#include <optional>

namespace rapport::ui {

core::Result<core::mining::MiningRun> MiningTask::run(QWidget* parent, Session* session,
                                                      const MiningRequest& request)
{
    const QString path = session->path();
    std::optional<core::mining::MiningRun> done;
    const core::Status status =
        ProgressRunner::run(parent, tr("Mining purchase rules…"), [&](core::Progress& progress) {
            core::Database::Options options;
            options.migrate = false; // the GUI's session migrated the file when it opened it
            auto db = core::Database::open(path, options);
            if (!db)
                return core::Status(db.error());
            // No hub here: the hub lives on the GUI thread and is told below.
            auto run = core::mining::runMining(db->connection(), request.baskets, request.mining,
                                               request.rules, progress, nullptr);
            if (!run)
                return core::Status(run.error());
            done = std::move(run).value();
            return core::Status();
        });
    if (!status)
        return status.error();
    session->hub()->notify(core::Entity::MiningRun, done->id);
    return std::move(*done);
}

} // namespace rapport::ui
