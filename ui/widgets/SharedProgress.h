#pragma once

#include "common/Progress.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <cstdint>

namespace rapport::ui {

// Progress written by a worker thread and read by a GUI-thread timer: the
// widgets showing it are only ever touched on the GUI thread.
class SharedProgress final : public core::Progress
{
public:
    void report(std::int64_t done, std::int64_t total, const QString& stage) override
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        QMutexLocker lock(&m_mutex);
        m_stage = stage;
    }
    std::int64_t done() const { return m_done.load(std::memory_order_relaxed); }
    std::int64_t total() const { return m_total.load(std::memory_order_relaxed); }
    QString stage() const
    {
        QMutexLocker lock(&m_mutex);
        return m_stage;
    }

private:
    std::atomic<std::int64_t> m_done{0};
    std::atomic<std::int64_t> m_total{0};
    mutable QMutex m_mutex;
    QString m_stage;
};

} // namespace rapport::ui
