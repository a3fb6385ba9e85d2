// Export throughput: a table of the bench database (its 1,000,000 customers by
// default) to CSV with core::exporting::Exporter, as the GUI and `rapport-cli
// export` write it, with the peak memory. run.sh times the sqlite3 shell writing
// the same rows with `-csv` next to it: the floor for reading and printing them.
//   bench_export DB OUT [KIND]
// The database is only read (it must be at the current schema version).
// Prints "RESULT key value" lines (BenchSupport.h).
#include "BenchSupport.h"

#include "export/Exporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using rapport::bench::ms;
using rapport::bench::result;
namespace core = rapport::core;
namespace exporting = rapport::core::exporting;

namespace {

// Samples the resident memory at each progress report: flat is what we want.
class MemoryProgress final : public core::Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override
    {
        const double rss = rapport::bench::rssMiB();
        if (rss > maxRss)
            maxRss = rss;
        if (minRss < 0 || rss < minRss)
            minRss = rss;
    }
    double minRss = -1;
    double maxRss = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_export DB OUT [customers|companies|products|orders|"
                             "order-lines]\n");
        return 2;
    }
    auto kind = exporting::parseKindKey(args.value(3, QStringLiteral("customers")));
    if (!kind) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(kind.error().message));
        return 2;
    }
    core::Database::Options options;
    options.migrate = false; // never change the bench database
    auto db = core::Database::open(args[1], options);
    if (!db) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(db.error().message));
        return 1;
    }

    MemoryProgress progress;
    QElapsedTimer timer;
    timer.start();
    auto report = exporting::Exporter(db->connection()).exportTable(*kind, args[2], {}, progress);
    const double elapsed = ms(timer);
    if (!report) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(report.error().message));
        return 1;
    }
    std::fprintf(stderr, "bench_export: %lld %s, %.0f MiB, in %.0f ms; RSS %.0f to %.0f MiB\n",
                 static_cast<long long>(report->rows), qPrintable(exporting::kindKey(*kind)),
                 static_cast<double>(QFileInfo(args[2]).size()) / 1048576.0, elapsed,
                 progress.minRss, progress.maxRss);
    result("export_ms", elapsed);
    result("export_rows", static_cast<double>(report->rows));
    result("export_mib", static_cast<double>(QFileInfo(args[2]).size()) / 1048576.0);
    result("export_rss_growth_mib", progress.maxRss - progress.minRss);
    result("export_peak_rss_mib", rapport::bench::peakRssMiB());
    return 0;
}
