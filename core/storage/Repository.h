#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/ChangeHub.h"

#include <QSqlDatabase>
#include <QUuid>

#include <cstdint>

namespace rapport::core {

// What every repository holds: the connection of the calling thread, the hub
// it announces writes on (optional: the CLI and workers have none) and a clock.
class Repository
{
public:
    explicit Repository(QSqlDatabase db, ChangeHub* hub = nullptr,
                        const Clock& clock = Clock::system())
        : m_db(std::move(db))
        , m_hub(hub)
        , m_clock(&clock)
    {}

    // A random UUID for a new row (kept across export and import).
    static QString newUuid();

protected:
    QString now() const { return toTimestamp(m_clock->nowUtc()); }
    void notify(Entity entity, qint64 id) const
    {
        if (m_hub)
            m_hub->notify(entity, id);
    }

    // Soft delete and its undo for `table` (one of ours, never user input),
    // each with its 'delete' / 'restore' audit row (entity = the table).
    // `auditOld` is the delete row's old value (JSON; an order's lines).
    Status softDelete(const QString& table, Entity entity, std::int64_t id, const QString& notFound,
                      const QString& auditOld = {}) const;
    Status restoreDeleted(const QString& table, Entity entity, std::int64_t id,
                          const QString& notFound) const;

    QSqlDatabase m_db;
    ChangeHub* m_hub;
    const Clock* m_clock;
};

} // namespace rapport::core
