// CSV throughput: writes a customer file (1,000,000 rows, about 100 MB, by default)
// with CsvWriter, then reads it back with CsvReader from a warm page cache, next to a
// floor that only reads and decodes the same bytes.
//   bench_csv [FILE] [ROWS] [ENCODING: utf-8 | gb18030]
// ROWS 0 only reads an existing FILE (for profiling the reader alone).
// Prints "RESULT key value" lines (BenchSupport.h).
#include "BenchSupport.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <cstdio>
#include <ctime>
#include <vector>

namespace csv = rapport::core::csv;
using rapport::bench::ms;
using rapport::bench::result;

namespace {

// Process CPU time: on a shared machine it says more than the wall clock.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

QString pick(QRandomGenerator& random, const QStringList& from)
{
    return from.at(random.bounded(int(from.size())));
}

// Rows shaped like a CRM export: Chinese names, addresses with commas (quoted), a
// note with a line break and quotes in one row out of ten.
QStringList customerRow(QRandomGenerator& random, int id)
{
    static const QStringList surnames =
        QString::fromUtf8("张 王 李 赵 刘 陈 杨 黄 周 吴").split(u' ');
    static const QStringList given =
        QString::fromUtf8("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超").split(u' ');
    static const QStringList cities =
        QString::fromUtf8("北京 上海 广州 深圳 杭州 成都").split(u' ');
    static const QStringList companies = {QStringLiteral("Acme, Inc."),
                                          QString::fromUtf8("华东贸易有限公司"),
                                          QStringLiteral("Northwind"), QString()};
    const QString name = pick(random, surnames) + pick(random, given);
    QString notes;
    if (id % 10 == 0)
        notes = QString::fromUtf8("回访：客户说 \"下月再订\"\n第二行备注");
    return {QString::number(id),
            name,
            QStringLiteral("user%1@example.com").arg(id),
            QStringLiteral("+86 138 %1 %2")
                .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                .arg(random.bounded(10000), 4, 10, QLatin1Char('0')),
            pick(random, companies),
            pick(random, cities),
            QString::fromUtf8("建国路 %1 号, %2 单元")
                .arg(random.bounded(1, 300))
                .arg(random.bounded(1, 9)),
            notes};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QDir::temp().filePath(QStringLiteral("rapport-bench.csv")));
    const int rows = args.value(2, QStringLiteral("1000000")).toInt();
    const bool gb18030 = args.value(3) == QLatin1String("gb18030");

    QElapsedTimer timer;
    if (rows > 0) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_csv: cannot write %s\n", qPrintable(path));
            return 1;
        }
        csv::WriterOptions options;
        options.encoding = gb18030 ? csv::OutputEncoding::Gb18030 : csv::OutputEncoding::Utf8;
        csv::CsvWriter writer(&file, options);
        QRandomGenerator random(1);
        (void)writer.writeRecord({QStringLiteral("id"), QStringLiteral("name"),
                                  QStringLiteral("email"), QStringLiteral("phone"),
                                  QStringLiteral("company"), QStringLiteral("city"),
                                  QStringLiteral("address"), QStringLiteral("notes")});
        std::vector<QStringList> batch;
        for (int i = 1; i <= rows; ++i)
            batch.push_back(customerRow(random, i));
        timer.start();
        for (const QStringList& row : batch) {
            if (const auto status = writer.writeRecord(row); !status) {
                std::fprintf(stderr, "bench_csv: %s\n", qPrintable(status.error().message));
                return 1;
            }
        }
        if (const auto status = writer.flush(); !status) {
            std::fprintf(stderr, "bench_csv: %s\n", qPrintable(status.error().message));
            return 1;
        }
        result("write_ms", ms(timer));
    }
    const double mb = double(QFileInfo(path).size()) / 1e6;
    result("file_mb", mb);

    // Warm the page cache, then the floor: read and decode the bytes, no parsing.
    for (int pass = 0; pass < 2; ++pass) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QStringDecoder decoder(gb18030 ? "GB18030" : "UTF-8");
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        QString text(chunk.size() + 1, Qt::Uninitialized);
        qint64 chars = 0;
        const double cpuStart = cpuMs();
        timer.start();
        for (qint64 n; (n = file.read(chunk.data(), chunk.size())) > 0;) {
            const QChar* end = decoder.appendToBuffer(text.data(), QByteArrayView(chunk).first(n));
            chars += end - text.constData();
        }
        if (pass == 1) {
            result("decode_only_ms", ms(timer));
            result("decode_only_mb_per_s", mb / (ms(timer) / 1000));
            result("decode_only_cpu_ms", cpuMs() - cpuStart);
        }
        if (chars == 0)
            return 1;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const double cpuStart = cpuMs();
    timer.start();
    csv::CsvReader reader(&file);
    csv::Record record;
    qint64 records = 0;
    qint64 fields = 0;
    for (;;) {
        const auto more = reader.next(record);
        if (!more) {
            std::fprintf(stderr, "bench_csv: %s\n", qPrintable(more.error().message));
            return 1;
        }
        if (!*more)
            break;
        ++records;
        fields += record.fields.size();
    }
    const double readMs = ms(timer);
    const double readCpuMs = cpuMs() - cpuStart;
    result("read_ms", readMs);
    result("read_mb_per_s", mb / (readMs / 1000));
    result("read_cpu_ms", readCpuMs);
    result("read_cpu_mb_per_s", mb / (readCpuMs / 1000));
    result("records", double(records));
    result("fields", double(fields));
    result("peak_rss_mib", rapport::bench::peakRssMiB());
    return rows == 0 || records == rows + 1 ? 0 : 1;
}
