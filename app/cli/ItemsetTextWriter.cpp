#include "ItemsetTextWriter.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <numeric>

namespace rapport::cli {

namespace {

using core::mining::Item;
using core::mining::Support;

constexpr std::size_t kChunk = std::size_t(1) << 20;

// A label that is a plain number ("39").
bool isNumber(const QString& text)
{
    return !text.isEmpty() && text.size() < 19
           && std::all_of(text.begin(), text.end(),
                          [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Numbers by value, before other labels; other labels by their text.
bool labelLess(const QString& a, const QString& b)
{
    const bool na = isNumber(a), nb = isNumber(b);
    if (na && nb)
        return a.toULongLong() < b.toULongLong();
    if (na != nb)
        return na;
    return a < b;
}

} // namespace

ItemsetTextWriter::ItemsetTextWriter(QIODevice* device, const QStringList& labels)
    : m_device(device)
    , m_rankOf(std::size_t(labels.size()))
    , m_buffer(kChunk + 4096)
{
    std::vector<std::uint32_t> order(std::size_t(labels.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return labelLess(labels[qsizetype(a)], labels[qsizetype(b)]);
    });
    m_labelStarts.reserve(order.size() + 1);
    m_labelStarts.push_back(0);
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        m_rankOf[order[rank]] = std::uint32_t(rank);
        const QByteArray utf8 = labels[qsizetype(order[rank])].toUtf8();
        m_labels.insert(m_labels.end(), utf8.begin(), utf8.end());
        m_labelStarts.push_back(m_labels.size());
        m_longestLabel = std::max(m_longestLabel, std::size_t(utf8.size()));
    }
}

bool ItemsetTextWriter::add(std::span<const Item> items, Support support)
{
    // The longest line this itemset can make: labels, spaces, " (", 20 digits, ")\n".
    const std::size_t room = items.size() * (m_longestLabel + 1) + 32;
    if (m_used + room > m_buffer.size()) {
        if (!flush())
            return false;
        if (room > m_buffer.size())
            m_buffer.resize(room);
    }
    m_ranks.assign(items.size(), 0);
    for (std::size_t i = 0; i < items.size(); ++i)
        m_ranks[i] = m_rankOf[items[i]];
    std::sort(m_ranks.begin(), m_ranks.end());

    char* out = m_buffer.data() + m_used;
    for (std::size_t i = 0; i < m_ranks.size(); ++i) {
        if (i > 0)
            *out++ = ' ';
        const std::size_t begin = m_labelStarts[m_ranks[i]];
        const std::size_t length = m_labelStarts[m_ranks[i] + 1] - begin;
        std::memcpy(out, m_labels.data() + begin, length);
        out += length;
    }
    *out++ = ' ';
    *out++ = '(';
    out = std::to_chars(out, out + 20, support).ptr;
    *out++ = ')';
    *out++ = '\n';
    m_used = std::size_t(out - m_buffer.data());
    ++m_written;
    return m_used < kChunk || flush();
}

bool ItemsetTextWriter::flush()
{
    if (m_used == 0)
        return true;
    if (m_device->write(m_buffer.data(), qint64(m_used)) != qint64(m_used)) {
        m_error = core::Error::make(
            core::Error::Code::Io,
            QStringLiteral("Cannot write the itemsets: %1").arg(m_device->errorString()));
        return false;
    }
    m_used = 0;
    return true;
}

core::Status ItemsetTextWriter::finish()
{
    if (!flush())
        return m_error;
    return {};
}

} // namespace rapport::cli
