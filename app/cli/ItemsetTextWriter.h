#pragma once

#include "mining/ItemsetMiner.h"

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

class QIODevice;

namespace rapport::cli {

// Streams frequent itemsets to a text file as the miner finds them, one per
// line: the items' labels separated by spaces, then the absolute support in
// parentheses ("39 48 (7366)"), the form of Borgelt's and the FIMI tools.
//
// Why hand-made: at low supports output, not mining, is the bottleneck (retail
// at 0.01% is 240,852 lines, chess at 40% millions). Each label is encoded to
// UTF-8 once, up front; a line is a few memcpy()s and one std::to_chars into a
// 1 MiB buffer that is written in one call when full. No QString or allocation
// per itemset.
//
// The items of a line are in label order (numbers by value, "2 10 39"), so the
// three algorithms, which find the items of a set in different orders, write
// the same lines.
class ItemsetTextWriter final : public core::mining::ItemsetSink
{
public:
    // `device` is open for writing and outlives the writer.
    ItemsetTextWriter(QIODevice* device, const QStringList& labels);

    bool add(std::span<const core::mining::Item> items, core::mining::Support support) override;
    core::Error error() const override { return m_error; }

    // Writes what is buffered; call at the end and check it.
    core::Status finish();
    std::uint64_t written() const { return m_written; }

private:
    bool flush();

    QIODevice* m_device;
    std::vector<char> m_labels;             // every label's UTF-8, in label order
    std::vector<std::size_t> m_labelStarts; // label of rank r: [m_labelStarts[r], [r+1])
    std::vector<std::uint32_t> m_rankOf;    // m_rankOf[item]: the item's place in label order
    std::size_t m_longestLabel = 0;
    std::vector<std::uint32_t> m_ranks; // scratch: the ranks of one itemset
    std::vector<char> m_buffer;
    std::size_t m_used = 0;
    std::uint64_t m_written = 0;
    core::Error m_error;
};

} // namespace rapport::cli
