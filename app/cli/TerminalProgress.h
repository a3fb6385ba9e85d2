#pragma once

#include "common/Progress.h"

#include <QString>

namespace rapport::cli {

// Progress on stderr, on one refreshed line, only when a person is watching;
// Ctrl+C cancels (the work rolls back, leaving the database as it was).
class TerminalProgress final : public core::Progress
{
public:
    // `lines`: also when stderr is not a terminal, one "stage: N%" line per step
    // (for scripts and tests that watch long work).
    explicit TerminalProgress(bool lines = false);
    ~TerminalProgress() override;
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    void report(std::int64_t done, std::int64_t total, const QString& stage) override;

private:
    static inline TerminalProgress* s_current = nullptr;
    bool m_visible;
    bool m_lines;
    bool m_drawn = false;
    int m_lastPercent = -1;
    QString m_lastStage;
};

} // namespace rapport::cli
