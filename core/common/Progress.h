#pragma once

#include <QString>

#include <atomic>
#include <cstdint>

namespace rapport::core {

// How long work (import, mining, scoring, demo generation) reports progress and
// learns it was cancelled, without knowing about any GUI. The UI adapts this to
// a progress bar with a Cancel button; the CLI to stderr; tests to nothing.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void report(std::int64_t done, std::int64_t total, const QString& stage) = 0;
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

// For callers that do not care about progress.
class SilentProgress final : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override {}
};

} // namespace rapport::core
