#pragma once

#include "common/Progress.h"

#include <QStringList>

namespace rapport::testing {

// Progress that cancels the work when a stage with the given name starts (an
// empty name: never), and remembers the stages it saw, in order.
class StageCanceller final : public core::Progress
{
public:
    explicit StageCanceller(QString stage)
        : m_stage(std::move(stage))
    {}
    void report(std::int64_t, std::int64_t, const QString& stage) override
    {
        if (!m_stage.isEmpty() && stage == m_stage)
            cancel();
        if (m_stages.isEmpty() || m_stages.constLast() != stage)
            m_stages << stage;
    }
    QStringList stages() const { return m_stages; }

private:
    QString m_stage;
    QStringList m_stages;
};

} // namespace rapport::testing
