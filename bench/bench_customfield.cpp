// Custom fields at scale: on the demo database, define a choice field `tier`
// and a number field `score` (reused when they exist), give every customer a
// value with one UPDATE, then time the first page of 256 customers sorted on
// custom.score and filtered on custom.tier = gold, without and with the
// field's expression index.
//   bench_customfield FILE
// The database is changed (fields, values, index): run it on the bench copy.

#include "BenchSupport.h"

#include "storage/CustomFieldRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TableQuery.h"

#include <QCoreApplication>

#include <cstdio>

using namespace rapport;
using bench::ms;
using bench::result;

namespace {

constexpr int kPage = 256;
constexpr int kRuns = 5; // first-page timings: the median of these

core::Result<core::RowId> ensureField(core::CustomFieldRepository& repo, core::CustomFieldDef def)
{
    auto existing = repo.byKey(def.entity, def.key);
    if (existing) {
        if (existing->deleted) {
            if (core::Status s = repo.restore(existing->id); !s)
                return s.error();
        }
        return existing->id;
    }
    return repo.create(def);
}

// The median time of the first page, sorted on score (ascending) and
// filtered on tier = gold, through TableQuery as a table panel asks for it.
double firstPageMs(const QSqlDatabase& db, std::size_t* rows)
{
    auto def = core::tableDefWithCustomFields(db, core::FieldEntity::Customers);
    if (!def) {
        std::fprintf(stderr, "%s\n", qPrintable(def.error().message));
        return -1;
    }
    core::TableQuery query(db, *def);
    core::QuerySpec spec;
    spec.sortKey = QStringLiteral("custom.score");
    spec.where.conditions << core::FilterCondition{
        QStringLiteral("custom.tier"), core::FilterCondition::Op::Equals, QStringLiteral("gold")};
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto page = query.page(spec, 0, kPage);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(page.error().message));
            return -1;
        }
        times.push_back(ms(timer));
        *rows = page->size();
    }
    return bench::percentile(times, 0.5);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_customfield FILE\n");
        return 2;
    }
    auto db = core::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QSqlDatabase connection = db->connection();
    core::CustomFieldRepository repo(connection);

    core::CustomFieldDef tier;
    tier.key = QStringLiteral("tier");
    tier.label = QStringLiteral("Tier");
    tier.type = core::CustomFieldType::Choice;
    tier.choices = {QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold"),
                    QStringLiteral("platinum")};
    core::CustomFieldDef score;
    score.key = QStringLiteral("score");
    score.label = QStringLiteral("Score");
    score.type = core::CustomFieldType::Number;
    auto tierId = ensureField(repo, tier);
    auto scoreId = ensureField(repo, score);
    if (!tierId || !scoreId) {
        std::fprintf(stderr, "%s\n",
                     qPrintable((!tierId ? tierId.error() : scoreId.error()).message));
        return 1;
    }

    // Deterministic values: a quarter of the customers each tier, scores 0..999
    // spread over the ids, and every 10th customer without a score (empties
    // sort last). Neither field is searchable text, so search_text stays.
    // Without the score index (a second run finds it): the fill is timed as the
    // first one, and the unindexed page is measured first.
    if (core::Status s = repo.setIndexed(*scoreId, false); !s)
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (core::Status s = core::sql::execOnce(
            connection,
            QStringLiteral("UPDATE customers SET custom = json_set(CASE WHEN id % 10 = 9 THEN "
                           "json_remove(custom, '$.score') ELSE json_set(custom, '$.score', "
                           "(id * 7919) % 1000) END, '$.tier', CASE id % 4 WHEN 0 THEN 'bronze' "
                           "WHEN 1 THEN 'silver' WHEN 2 THEN 'gold' ELSE 'platinum' END)"));
        !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    result("fill_values_ms", ms(timer));
    auto customers =
        core::sql::scalar(connection, QStringLiteral("SELECT count(*) FROM customers"));
    result("customers", customers ? customers->toDouble() : -1);

    std::size_t rows = 0;
    result("first_page_unindexed_ms", firstPageMs(connection, &rows));
    result("first_page_rows", static_cast<double>(rows));

    timer.restart();
    if (core::Status s = repo.setIndexed(*scoreId, true); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    result("create_index_ms", ms(timer));
    result("first_page_indexed_ms", firstPageMs(connection, &rows));
    result("peak_rss_mib", bench::peakRssMiB());
    return 0;
}
