// FP-Growth: the transactions as a prefix tree (most frequent items nearest the
// root) and, for each item, the conditional database of the paths above its
// nodes, rebuilt as a smaller tree. Trees are flat arrays per search depth,
// reused across siblings; a tree is built from lexicographically sorted paths,
// so each path shares exactly its common prefix with the one before and no
// child lookup is ever needed.
#include "mining/Miners.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace rapport::core::mining::detail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::FpGrowth)
};

constexpr std::uint32_t kNone = UINT32_MAX;

struct Tree
{
    // Node n: its item, count, parent and the next node of the same item.
    std::vector<Code> item;
    std::vector<Support> count;
    std::vector<std::uint32_t> parent;
    std::vector<std::uint32_t> next;
    // Per item present: the first node of its chain and its support.
    std::vector<std::uint32_t> head; // by code, kNone when absent
    std::vector<Support> support;    // by code
    std::vector<Code> items;         // the codes present, ascending

    void clear()
    {
        for (Code c : items) {
            head[c] = kNone;
            support[c] = 0;
        }
        items.clear();
        item.clear();
        count.clear();
        parent.clear();
        next.clear();
    }
};

struct Path
{
    std::uint32_t begin;
    std::uint32_t length;
    Support weight;
};

struct Level
{
    Tree tree;
    std::vector<Support> counts; // by code, zero between uses
    std::vector<Code> touched;
    std::vector<std::uint8_t> keep; // by code
    std::vector<Code> arena;        // the conditional paths, ascending codes each
    std::vector<Path> paths;
    std::vector<std::uint32_t> stack; // build: the nodes of the previous path
    std::vector<Code> walk;
};

class FpGrowth
{
public:
    FpGrowth(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress)
        : m_prepared(prepared)
        , m_reporter(reporter)
        , m_progress(progress)
    {}

    bool run()
    {
        Level& root = level(0);
        for (std::size_t t = 0; t < m_prepared.size(); ++t) {
            const auto tx = m_prepared.transaction(t);
            root.paths.push_back({std::uint32_t(root.arena.size()), std::uint32_t(tx.size()),
                                  m_prepared.weights[t]});
            root.arena.insert(root.arena.end(), tx.begin(), tx.end());
        }
        // Prepared transactions are sorted already.
        build(root);
        if (!m_reporter.report(m_prepared.transactions))
            return false;
        if (!m_reporter.canGrow())
            return true;
        return mineTree(0, true);
    }

private:
    Level& level(std::size_t depth)
    {
        while (m_levels.size() <= depth) {
            auto lv = std::make_unique<Level>();
            const std::size_t k = m_prepared.codeCount();
            lv->tree.head.assign(k, kNone);
            lv->tree.support.assign(k, 0);
            lv->counts.assign(k, 0);
            lv->keep.assign(k, 0);
            m_levels.push_back(std::move(lv));
        }
        return *m_levels[depth];
    }

    // Builds lv.tree from lv.paths (sorted, over lv.arena).
    static void build(Level& lv)
    {
        Tree& tree = lv.tree;
        tree.clear();
        lv.stack.clear();
        const Path* previous = nullptr;
        for (const Path& path : lv.paths) {
            const Code* codes = lv.arena.data() + path.begin;
            std::uint32_t common = 0;
            if (previous) {
                const Code* before = lv.arena.data() + previous->begin;
                const std::uint32_t limit = std::min(previous->length, path.length);
                while (common < limit && before[common] == codes[common])
                    ++common;
            }
            lv.stack.resize(common);
            for (std::uint32_t i = 0; i < path.length; ++i) {
                if (i >= common) {
                    const Code c = codes[i];
                    const auto node = std::uint32_t(tree.item.size());
                    tree.item.push_back(c);
                    tree.count.push_back(0);
                    tree.parent.push_back(i == 0 ? kNone : lv.stack[i - 1]);
                    if (tree.head[c] == kNone)
                        tree.items.push_back(c);
                    tree.next.push_back(tree.head[c]);
                    tree.head[c] = node;
                    lv.stack.push_back(node);
                }
                tree.count[lv.stack[i]] += path.weight;
                tree.support[codes[i]] += path.weight;
            }
            previous = &path;
        }
        std::sort(tree.items.begin(), tree.items.end());
    }

    // Each item of the depth's tree: report it with the current set, then mine
    // its conditional tree.
    bool mineTree(std::size_t depth, bool top)
    {
        Tree& tree = level(depth).tree;
        const std::size_t itemCount = tree.items.size();
        // Least frequent first, as FP-Growth's header table is walked; the
        // order does not change the result.
        for (std::size_t k = itemCount; k-- > 0;) {
            if (top)
                m_progress.report(std::int64_t(itemCount - k), std::int64_t(itemCount),
                                  Text::tr("Mining"));
            if ((++m_calls & 0x3FF) == 0 && m_progress.isCancelled())
                return false;
            const Code c = level(depth).tree.items[k];
            const Support support = level(depth).tree.support[c];
            m_reporter.push(c);
            const bool ok = mineItem(depth, c, support);
            m_reporter.pop();
            if (!ok)
                return false;
        }
        return true;
    }

    bool mineItem(std::size_t depth, Code c, Support support)
    {
        const std::size_t mark = m_reporter.perfectMark();
        if (!m_reporter.canGrow())
            return m_reporter.report(support);
        Level& parent = level(depth);
        Level& child = level(depth + 1);
        Tree& tree = parent.tree;

        // Collect the path above each node of c and count its items.
        child.arena.clear();
        child.paths.clear();
        child.touched.clear();
        for (std::uint32_t node = tree.head[c]; node != kNone; node = tree.next[node]) {
            const Support weight = tree.count[node];
            const auto begin = std::uint32_t(child.arena.size());
            for (std::uint32_t up = tree.parent[node]; up != kNone; up = tree.parent[up]) {
                const Code item = tree.item[up];
                child.arena.push_back(item);
                if (child.counts[item] == 0)
                    child.touched.push_back(item);
                child.counts[item] += weight;
            }
            const auto length = std::uint32_t(child.arena.size() - begin);
            if (length > 0) {
                // Collected leaf to root; trees take paths root first.
                std::reverse(child.arena.begin() + begin, child.arena.end());
                child.paths.push_back({begin, length, weight});
            }
        }
        bool any = false;
        for (Code item : child.touched) {
            if (child.counts[item] == support) {
                m_reporter.addPerfect(item);
            } else if (child.counts[item] >= m_prepared.minCount) {
                child.keep[item] = 1;
                any = true;
            }
        }
        bool ok = m_reporter.report(support);
        if (ok && any && m_reporter.canGrow()) {
            // Filter each path to the kept items in place (the write position
            // never passes the read position), drop empty ones, sort, build.
            std::uint32_t write = 0;
            std::size_t kept = 0;
            for (const Path& path : child.paths) {
                const auto begin = write;
                for (std::uint32_t i = 0; i < path.length; ++i) {
                    const Code item = child.arena[path.begin + i];
                    if (child.keep[item])
                        child.arena[write++] = item;
                }
                if (write > begin)
                    child.paths[kept++] = {begin, write - begin, path.weight};
            }
            child.paths.resize(kept);
            const Code* arena = child.arena.data();
            std::sort(
                child.paths.begin(), child.paths.end(), [arena](const Path& a, const Path& b) {
                    return std::lexicographical_compare(arena + a.begin, arena + a.begin + a.length,
                                                        arena + b.begin,
                                                        arena + b.begin + b.length);
                });
            for (Code item : child.touched) {
                child.counts[item] = 0;
                child.keep[item] = 0;
            }
            build(child);
            ok = mineTree(depth + 1, false);
        } else {
            for (Code item : child.touched) {
                child.counts[item] = 0;
                child.keep[item] = 0;
            }
        }
        m_reporter.dropPerfect(mark);
        return ok;
    }

    const PreparedBaskets& m_prepared;
    Reporter& m_reporter;
    Progress& m_progress;
    std::vector<std::unique_ptr<Level>> m_levels;
    std::uint64_t m_calls = 0;
};

} // namespace

bool mineFpGrowth(const PreparedBaskets& prepared, Reporter& reporter, Progress& progress)
{
    return FpGrowth(prepared, reporter, progress).run();
}

} // namespace rapport::core::mining::detail
