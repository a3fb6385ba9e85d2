#include "mining/Reporter.h"

#include <algorithm>

namespace rapport::core::mining::detail {

Reporter::Reporter(const PreparedBaskets& prepared, ItemsetSink& sink, int maxSize)
    : m_prepared(prepared)
    , m_sink(sink)
    , m_maxSize(maxSize)
    , m_perfect(prepared.rootPerfect)
{}

bool Reporter::report(Support support)
{
    if (m_stopped)
        return false;
    const std::size_t perfect = m_perfect.size();
    const std::size_t room =
        m_maxSize == 0 ? perfect : std::min(perfect, std::size_t(m_maxSize) - m_prefix.size());
    if (m_sink.countsOnly()) {
        // Sum of C(perfect, j) for j = 0..room; without a size limit that is 2^perfect.
        std::uint64_t sets = 0;
        std::uint64_t binomial = 1;
        for (std::size_t j = 0; j <= room; ++j) {
            sets += binomial;
            binomial = binomial * (perfect - j) / (j + 1);
        }
        if (m_prefix.empty())
            --sets; // the empty set is not an itemset
        m_sink.addCount(sets);
        m_reported += sets;
        return true;
    }
    m_buffer.assign(m_prefix.begin(), m_prefix.end());
    if (!m_prefix.empty()) {
        ++m_reported;
        if (!m_sink.add(m_buffer, support)) {
            m_stopped = true;
            return false;
        }
    }
    if (room > 0 && !expand(0, support)) {
        m_stopped = true;
        return false;
    }
    return true;
}

// Every non-empty subset of m_perfect[from..] added to the buffer, within the
// size limit.
bool Reporter::expand(std::size_t from, Support support)
{
    for (std::size_t i = from; i < m_perfect.size(); ++i) {
        m_buffer.push_back(m_perfect[i]);
        ++m_reported;
        if (!m_sink.add(m_buffer, support))
            return false;
        if ((m_maxSize == 0 || int(m_buffer.size()) < m_maxSize) && !expand(i + 1, support))
            return false;
        m_buffer.pop_back();
    }
    return true;
}

} // namespace rapport::core::mining::detail
