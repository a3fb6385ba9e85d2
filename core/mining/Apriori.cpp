// Apriori: breadth-first, one level of itemset sizes per pass over the data.
// Candidates of size k+1 join two frequent k-sets sharing their first k-1
// items and are kept only when all their k-subsets are frequent (downward
// closure); the frequent sets live in a prefix tree whose nodes' children are
// contiguous and sorted, so counting walks each transaction down the tree.
// Pairs are counted in a triangular array instead (no candidates to build),
// block by block so its memory stays bounded.
//
// Perfect extensions: when a candidate P ∪ {i} has P's support, i is in every
// transaction holding P; the candidate is not kept as a node but recorded as a
// perfect extension of P, inherited by every node below P, and the reporter
// adds it to each set reported there. A set's subsets are then found by a walk
// that steps over the perfect extensions of the nodes on its way (mining notes,
// technique 4: chess and mushroom shrink by an order of magnitude).
#include "mining/Miners.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace rapport::core::mining::detail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::Apriori)
};

constexpr std::uint32_t kNone = UINT32_MAX;
// Counters of the pair pass held at once (64 MiB of 4-byte counters).
constexpr std::size_t kPairBlock = std::size_t(1) << 24;

struct Node
{
    Code item;
    std::uint32_t parent;
    std::uint32_t firstChild = kNone;
    std::uint32_t childCount = 0;
    Support support = 0;
    std::uint32_t perfectBegin = 0; // perfect extensions: m_perfect[begin, begin+count)
    std::uint32_t perfectCount = 0;
};

class Apriori
{
public:
    Apriori(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress)
        : m_prepared(prepared)
        , m_reporter(reporter)
        , m_progress(progress)
    {}

    bool run()
    {
        if (!m_reporter.report(m_prepared.transactions))
            return false;
        const std::size_t k = m_prepared.codeCount();
        // Root and the frequent items (node 1 + code).
        m_nodes.push_back({0, kNone, k ? 1u : kNone, std::uint32_t(k), m_prepared.transactions});
        for (Code c = 0; c < k; ++c)
            m_nodes.push_back({c, 0, kNone, 0, m_prepared.supports[c]});
        m_levelBegin = 1;
        m_levelEnd = m_nodes.size();
        m_inPerfect.assign(k, 0);
        m_codes = m_prepared.codes;
        m_starts = m_prepared.starts;
        m_weights = m_prepared.weights;
        // A level is reported once the next one is counted: only then are its
        // nodes' perfect extensions known.
        for (int size = 1; m_levelEnd > m_levelBegin; ++size) {
            if (m_progress.isCancelled())
                return false;
            const std::size_t begin = m_levelBegin;
            const std::size_t end = m_levelEnd;
            if (canGrow(size)) {
                m_progress.report(0, 0, Text::tr("Mining itemsets of size %1").arg(size + 1));
                if (!(size == 1 ? countPairs() : nextLevel(size)))
                    return false;
            } else {
                m_levelBegin = m_levelEnd;
            }
            if (!reportLevel(begin, end))
                return false;
        }
        return true;
    }

private:
    // Whether sets of size+1 may still be reported.
    bool canGrow(int size) const
    {
        return m_reporter.maxSize() == 0 || size < m_reporter.maxSize();
    }

    // Level 2: every pair of frequent items counted in a triangular array.
    bool countPairs()
    {
        const std::size_t k = m_prepared.codeCount();
        auto rowStart = [k](std::size_t a) {
            return a * (2 * k - a - 1) / 2;
        };
        std::vector<std::uint32_t> counts;
        m_pairBits.assign((rowStart(k) + 63) / 64, 0);
        std::size_t first = 0;
        while (first + 1 < k) {
            // Rows first..last-1 fit in one block.
            std::size_t last = first + 1;
            while (last + 1 < k && rowStart(last + 1) - rowStart(first) <= kPairBlock)
                ++last;
            const std::size_t base = rowStart(first);
            counts.assign(rowStart(last) - base, 0);
            for (std::size_t t = 0; t + 1 < m_starts.size(); ++t) {
                if (m_progress.isCancelled())
                    return false;
                const Code* codes = m_codes.data() + m_starts[t];
                const std::size_t length = m_starts[t + 1] - m_starts[t];
                const auto weight = std::uint32_t(m_weights[t]);
                for (std::size_t i = 0; i + 1 < length && codes[i] < last; ++i) {
                    if (codes[i] < first)
                        continue;
                    const std::size_t row = rowStart(codes[i]) - base - codes[i] - 1;
                    for (std::size_t j = i + 1; j < length; ++j)
                        counts[row + codes[j]] += weight;
                }
            }
            for (std::size_t a = first; a < last; ++a) {
                const std::size_t parent = 1 + a;
                const std::size_t row = rowStart(a) - base - a - 1;
                m_nodes[parent].perfectBegin = std::uint32_t(m_perfect.size());
                for (std::size_t b = a + 1; b < k; ++b) {
                    if (counts[row + b] < m_prepared.minCount)
                        continue;
                    const std::size_t bit = row + base + b;
                    m_pairBits[bit / 64] |= std::uint64_t(1) << (bit % 64);
                    if (counts[row + b] == m_nodes[parent].support) {
                        m_perfect.push_back(Code(b));
                        ++m_nodes[parent].perfectCount;
                        continue;
                    }
                    if (m_nodes[parent].firstChild == kNone)
                        m_nodes[parent].firstChild = std::uint32_t(m_nodes.size());
                    ++m_nodes[parent].childCount;
                    m_nodes.push_back(
                        {Code(b), std::uint32_t(1 + a), kNone, 0, Support(counts[row + b])});
                }
            }
            first = last;
        }
        m_levelBegin = m_levelEnd;
        m_levelEnd = m_nodes.size();
        return true;
    }

    // Whether a sorted itemset is frequent: a walk down the tree that steps
    // over the perfect extensions of the nodes passed. The set's first
    // `depth` items are the path to ancestors[depth] (ancestors[0] is the
    // root), the others are `rest`: candidates share their prefix with the
    // node they grow from, so most of the walk is known already.
    bool frequent(const std::uint32_t* ancestors, std::size_t depth, const Code* rest,
                  std::size_t size)
    {
        m_marked.clear();
        for (std::size_t d = 0; d < depth; ++d)
            markPerfect(ancestors[d]);
        std::uint32_t node = ancestors[depth];
        bool found = true;
        const Code* items = rest;
        for (std::size_t i = 0; i < size && found; ++i) {
            markPerfect(node);
            if (m_inPerfect[items[i]])
                continue;
            node = child(node, items[i]);
            found = node != kNone;
        }
        for (Code c : m_marked)
            m_inPerfect[c] = 0;
        return found;
    }

    void markPerfect(std::uint32_t node)
    {
        const Node& n = m_nodes[node];
        for (std::uint32_t p = 0; p < n.perfectCount; ++p) {
            const Code c = m_perfect[n.perfectBegin + p];
            if (!m_inPerfect[c]) {
                m_inPerfect[c] = 1;
                m_marked.push_back(c);
            }
        }
    }

    // Whether the pair {a, b} (a < b) is frequent, from the pair pass.
    bool pairFrequent(Code a, Code b) const
    {
        const std::size_t k = m_prepared.codeCount();
        const std::size_t bit = std::size_t(a) * (2 * k - a - 1) / 2 + (b - a - 1);
        return (m_pairBits[bit / 64] >> (bit % 64)) & 1u;
    }

    // The child of `node` holding item c, or kNone.
    std::uint32_t child(std::uint32_t node, Code c) const
    {
        if (node == 0)
            return 1 + c; // the root's children are the items by code
        {
            const Node& n = m_nodes[node];
            if (n.childCount == 0)
                return kNone;
            const Node* begin = m_nodes.data() + n.firstChild;
            const Node* end = begin + n.childCount;
            const Node* hit = std::lower_bound(
                begin, end, c, [](const Node& x, Code item) { return x.item < item; });
            if (hit == end || hit->item != c)
                return kNone;
            return std::uint32_t(hit - m_nodes.data());
        }
    }

    // Builds the candidates of size+1 under the nodes of the last level,
    // counts them and keeps the frequent ones.
    bool nextLevel(int size)
    {
        const std::size_t levelBegin = m_levelBegin;
        const std::size_t levelEnd = m_levelEnd;
        std::vector<Code> items(std::size_t(size) + 1);
        std::vector<std::uint8_t> used(m_prepared.codeCount(), 0);
        std::vector<std::uint32_t> ancestors(std::size_t(size) + 1);
        for (std::size_t a = levelBegin; a < levelEnd; ++a) {
            // The set of node a and the nodes on its path, root to leaf.
            std::uint32_t n = std::uint32_t(a);
            for (int i = size - 1; i >= 0; --i, n = m_nodes[n].parent) {
                items[std::size_t(i)] = m_nodes[n].item;
                ancestors[std::size_t(i) + 1] = n;
            }
            ancestors[0] = 0;
            const Node& parent = m_nodes[m_nodes[a].parent];
            const std::size_t siblingsEnd = parent.firstChild + parent.childCount;
            for (std::size_t b = a + 1; b < siblingsEnd; ++b) {
                items[std::size_t(size)] = m_nodes[b].item;
                // Subsets without items[j], j < size-1 (the two without the
                // last two items are a and b themselves). For a triple that
                // is one pair, looked up in the pair pass's bit set rather
                // than walked in the tree.
                bool frequent = size != 2 || pairFrequent(items[1], items[2]);
                for (int j = 0; size != 2 && j + 1 < size && frequent; ++j) {
                    const auto skip = std::size_t(j);
                    frequent = this->frequent(ancestors.data(), skip, items.data() + skip + 1,
                                              std::size_t(size) - skip);
                }
                if (!frequent)
                    continue;
                Node& owner = m_nodes[a];
                if (owner.firstChild == kNone)
                    owner.firstChild = std::uint32_t(m_nodes.size());
                ++owner.childCount;
                m_nodes.push_back({items[std::size_t(size)], std::uint32_t(a), kNone, 0, 0});
                for (Code c : items)
                    used[c] = 1;
            }
        }
        const std::size_t candidatesBegin = levelEnd;
        const std::size_t candidatesEnd = m_nodes.size();
        if (candidatesEnd == candidatesBegin) {
            m_levelBegin = m_levelEnd = candidatesEnd;
            return true;
        }
        shrinkTransactions(used, std::size_t(size) + 1);
        markLive(levelBegin, levelEnd);

        for (std::size_t t = 0; t + 1 < m_starts.size(); ++t) {
            if ((t & 0xFFF) == 0 && m_progress.isCancelled())
                return false;
            countIn(0, 0, size, m_codes.data() + m_starts[t], m_codes.data() + m_starts[t + 1],
                    m_weights[t]);
        }
        compact(levelBegin, levelEnd, candidatesBegin);
        return true;
    }

    // Drops the items no candidate holds and the transactions too short to
    // hold a candidate: later passes read less.
    void shrinkTransactions(const std::vector<std::uint8_t>& used, std::size_t minLength)
    {
        std::size_t write = 0;
        std::size_t kept = 0;
        std::size_t begin = 0;
        for (std::size_t t = 0; t + 1 < m_starts.size(); ++t) {
            const std::size_t start = write;
            for (std::size_t i = m_starts[t]; i < m_starts[t + 1]; ++i) {
                if (used[m_codes[i]])
                    m_codes[write++] = m_codes[i];
            }
            if (write - start < minLength) {
                write = start;
                continue;
            }
            m_starts[kept] = begin;
            m_weights[kept] = m_weights[t];
            begin = write;
            ++kept;
        }
        m_starts[kept] = begin;
        m_starts.resize(kept + 1);
        m_weights.resize(kept);
        m_codes.resize(write);
    }

    // Flags the nodes on the way to a candidate, so counting skips dead ends.
    void markLive(std::size_t levelBegin, std::size_t levelEnd)
    {
        m_live.assign(m_nodes.size(), 0);
        for (std::size_t a = levelBegin; a < levelEnd; ++a) {
            if (m_nodes[a].childCount == 0)
                continue;
            for (std::uint32_t n = std::uint32_t(a); n != kNone && !m_live[n];
                 n = m_nodes[n].parent)
                m_live[n] = 1;
        }
    }

    // Walks transaction [t, end) below `node` (at `depth`): at the last level's
    // nodes, each child that is in the transaction gains its weight.
    void countIn(std::uint32_t node, int depth, int size, const Code* t, const Code* end,
                 Support weight)
    {
        const Node& n = m_nodes[node];
        Node* children = m_nodes.data() + n.firstChild;
        Node* childrenEnd = children + n.childCount;
        // Items still to match: one per depth down to the last level, and the
        // candidate's own.
        const int needed = size - depth + 1;
        if (end - t < needed)
            return;
        if (depth == size) {
            // Few transaction items against many candidates: look each up
            // (a node's candidates can number thousands on sparse data).
            if (std::size_t(childrenEnd - children) > 8 * std::size_t(end - t)) {
                for (; t != end && children != childrenEnd; ++t) {
                    children = std::lower_bound(children, childrenEnd, *t,
                                                [](const Node& x, Code c) { return x.item < c; });
                    if (children != childrenEnd && children->item == *t)
                        (children++)->support += weight;
                }
                return;
            }
            // Otherwise merge the sorted transaction rest with the sorted
            // candidates.
            Node* c = children;
            while (c != childrenEnd && t != end) {
                if (c->item < *t)
                    ++c;
                else if (*t < c->item)
                    ++t;
                else {
                    c->support += weight;
                    ++c;
                    ++t;
                }
            }
            return;
        }
        for (; end - t >= needed; ++t) {
            std::uint32_t child;
            if (node == 0) {
                child = 1 + *t; // the root's children are the items by code
            } else {
                Node* hit = std::lower_bound(children, childrenEnd, *t,
                                             [](const Node& x, Code c) { return x.item < c; });
                if (hit == childrenEnd)
                    return;
                children = hit;
                if (hit->item != *t)
                    continue;
                child = std::uint32_t(hit - m_nodes.data());
            }
            if (m_live[child])
                countIn(child, depth + 1, size, t + 1, end, weight);
        }
    }

    // Removes the infrequent candidates, keeping each parent's children
    // contiguous.
    void compact(std::size_t levelBegin, std::size_t levelEnd, std::size_t begin)
    {
        std::size_t write = begin;
        for (std::size_t a = levelBegin; a < levelEnd; ++a) {
            Node& owner = m_nodes[a];
            if (owner.childCount == 0)
                continue;
            const std::size_t from = owner.firstChild;
            const std::size_t to = from + owner.childCount;
            owner.firstChild = std::uint32_t(write);
            owner.childCount = 0;
            owner.perfectBegin = std::uint32_t(m_perfect.size());
            for (std::size_t c = from; c < to; ++c) {
                if (m_nodes[c].support == owner.support) {
                    m_perfect.push_back(m_nodes[c].item);
                    ++owner.perfectCount;
                } else if (m_nodes[c].support >= m_prepared.minCount) {
                    m_nodes[write++] = m_nodes[c];
                    ++owner.childCount;
                }
            }
            if (owner.childCount == 0)
                owner.firstChild = kNone;
        }
        m_nodes.resize(write);
        m_levelBegin = begin;
        m_levelEnd = write;
    }

    bool reportLevel(std::size_t begin, std::size_t end)
    {
        std::vector<Code> path;
        const std::size_t mark = m_reporter.perfectMark();
        for (std::size_t n = begin; n < end; ++n) {
            path.clear();
            for (std::uint32_t up = std::uint32_t(n); up != 0; up = m_nodes[up].parent) {
                path.push_back(m_nodes[up].item);
                const Node& node = m_nodes[up];
                for (std::uint32_t p = 0; p < node.perfectCount; ++p)
                    m_reporter.addPerfect(m_perfect[node.perfectBegin + p]);
            }
            for (auto it = path.rbegin(); it != path.rend(); ++it)
                m_reporter.push(*it);
            const bool ok = m_reporter.report(m_nodes[n].support);
            for (std::size_t i = 0; i < path.size(); ++i)
                m_reporter.pop();
            m_reporter.dropPerfect(mark);
            if (!ok)
                return false;
        }
        return true;
    }

    const PreparedBaskets& m_prepared;
    Reporter& m_reporter;
    Progress& m_progress;
    std::vector<Node> m_nodes;
    std::vector<Code> m_perfect;
    std::vector<std::uint8_t> m_inPerfect; // by code, during frequent()
    std::vector<Code> m_marked;
    std::vector<std::uint8_t> m_live;
    std::vector<std::uint64_t> m_pairBits; // frequent pairs, triangular order
    std::size_t m_levelBegin = 0;
    std::size_t m_levelEnd = 0;
    std::vector<Code> m_codes;
    std::vector<std::size_t> m_starts;
    std::vector<Support> m_weights;
};

} // namespace

bool mineApriori(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress)
{
    return Apriori(prepared, reporter, progress).run();
}

} // namespace rapport::core::mining::detail
