#pragma once

#include "common/Progress.h"
#include "mining/MiningRun.h"

#include <QSqlDatabase>

namespace rapport::core {
class ChangeHub;
}

namespace rapport::core::mining {

// The whole run the GUI's "Mine rules…" and `rapport-cli --db FILE mine` make:
// baskets from the database, frequent itemsets, rules, and the run stored with
// its parameters. Safe to call on a worker thread with that thread's connection.
// Progress stages: loading baskets, mining, rules, saving. Cancel leaves the
// database as it was.
Result<MiningRun> runMining(QSqlDatabase db, const BasketQuery& baskets,
                            const MiningOptions& mining, const RuleOptions& rules,
                            Progress& progress, ChangeHub* hub = nullptr);

} // namespace rapport::core::mining
