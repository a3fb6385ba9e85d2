#include "TerminalProgress.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace rapport::cli {

TerminalProgress::TerminalProgress(bool lines)
    : m_visible(isatty(STDERR_FILENO) == 1 || lines)
    , m_lines(lines && isatty(STDERR_FILENO) != 1)
{
    s_current = this;
    std::signal(SIGINT, [](int) {
        if (s_current)
            s_current->cancel(); // an atomic store: safe in a signal handler
    });
}

TerminalProgress::~TerminalProgress()
{
    std::signal(SIGINT, SIG_DFL);
    s_current = nullptr;
    if (m_visible && m_drawn && !m_lines)
        std::fputs("\n", stderr);
}

void TerminalProgress::report(std::int64_t done, std::int64_t total, const QString& stage)
{
    if (!m_visible || total <= 0)
        return;
    const int percent = static_cast<int>(100 * done / total);
    if (percent == m_lastPercent && stage == m_lastStage)
        return;
    m_lastPercent = percent;
    m_lastStage = stage;
    m_drawn = true;
    const QByteArray text = (m_lines ? QStringLiteral("%1: %2% (%3 of %4)\n")
                                     : QStringLiteral("\r%1: %2% (%3 of %4)   "))
                                .arg(stage)
                                .arg(percent)
                                .arg(done)
                                .arg(total)
                                .toUtf8();
    std::fputs(text.constData(), stderr);
    std::fflush(stderr);
}

} // namespace rapport::cli
