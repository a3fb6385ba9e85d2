#pragma once

#include "common/Clock.h"

namespace rapport::testing {

// A clock that says what the test tells it.
class FixedClock : public core::Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace rapport::testing
