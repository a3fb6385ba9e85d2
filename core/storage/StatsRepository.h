#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

#include <cstdint>

namespace rapport::core {

struct Stats
{
    std::int64_t customers = 0;
    std::int64_t companies = 0;
    std::int64_t products = 0;
    std::int64_t orders = 0;
    std::int64_t orderLines = 0;
};

// Live (not deleted) row counts, for `rapport-cli stats` and the status bar.
class StatsRepository
{
public:
    explicit StatsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Result<Stats> counts() const;

private:
    QSqlDatabase m_db;
};

} // namespace rapport::core
