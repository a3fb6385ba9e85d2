// `rapport-cli mine` as scripts meet it: itemsets written line by line and
// checked by hand, the three algorithms writing the same file, CSV baskets,
// rules to CSV, every bad input with its message and exit status, and a run on
// a demo database.

#include "CliRunner.h"
#include "CsvRows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using rapport::testing::CliRun;
using rapport::testing::parseCsv;
using rapport::testing::runCli;

namespace {

// Six transactions over the items 1, 2, 10 and 7 (7 in one only). Supports:
// {1} {2} {10}: 4 each; {1 2} {1 10} {2 10}: 3 each; {1 2 10}: 2; {7}: 1.
// "10" comes first on some lines so label order ("2 10", not "10 2") is checked.
const QByteArray kSmall = "10 2 1\n2 1\n10 2\n1 10\n1 2 10\n7\n";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sortedLines(const QString& path)
{
    QStringList lines =
        QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::sort(lines.begin(), lines.end());
    return lines;
}

void verifyOneLineError(const CliRun& run)
{
    QVERIFY2(run.err.startsWith("rapport-cli: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

} // namespace

class TestCliMine : public QObject
{
    Q_OBJECT

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        return rapport::testing::writeFile(m_dir.filePath(name), bytes);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesTheItemsetsByHand_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        const QStringList pairs = {QStringLiteral("1 (4)"),   QStringLiteral("1 10 (3)"),
                                   QStringLiteral("1 2 (3)"), QStringLiteral("10 (4)"),
                                   QStringLiteral("2 (4)"),   QStringLiteral("2 10 (3)")};
        QStringList all = pairs;
        all << QStringLiteral("1 2 10 (2)");
        std::sort(all.begin(), all.end());
        QTest::addRow("fraction") << QStringList{QStringLiteral("--min-support"),
                                                 QStringLiteral("0.5")}
                                  << pairs;
        QTest::addRow("count") << QStringList{QStringLiteral("--min-count"), QStringLiteral("3")}
                               << pairs;
        QTest::addRow("a third is 2 of 6")
            << QStringList{QStringLiteral("--min-support"), QStringLiteral("0.3333333333")} << all;
        QTest::addRow("max size") << QStringList{QStringLiteral("--min-count"), QStringLiteral("2"),
                                                 QStringLiteral("--max-size"), QStringLiteral("2")}
                                  << pairs;
        QTest::addRow("every item")
            << QStringList{QStringLiteral("--min-count"), QStringLiteral("1")}
            << (QStringList(all) << QStringLiteral("7 (1)"));
        QTest::addRow("closed") << QStringList{QStringLiteral("--min-count"), QStringLiteral("2"),
                                               QStringLiteral("--itemsets"),
                                               QStringLiteral("closed")}
                                << all;
        QTest::addRow("maximal") << QStringList{QStringLiteral("--min-count"), QStringLiteral("2"),
                                                QStringLiteral("--itemsets"),
                                                QStringLiteral("maximal")}
                                 << QStringList{QStringLiteral("1 2 10 (2)")};
        QTest::addRow("maximal pairs")
            << QStringList{QStringLiteral("--min-count"), QStringLiteral("3"),
                           QStringLiteral("--itemsets"), QStringLiteral("maximal")}
            << QStringList{QStringLiteral("1 10 (3)"), QStringLiteral("1 2 (3)"),
                           QStringLiteral("2 10 (3)")};
        QTest::addRow("nothing frequent")
            << QStringList{QStringLiteral("--min-count"), QStringLiteral("5")} << QStringList{};
    }

    void writesTheItemsetsByHand()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        const QString input = write(QStringLiteral("small.dat"), kSmall);
        for (const char* algorithm : {"apriori", "eclat", "fpgrowth"}) {
            const QString out = path(QStringLiteral("small-%1.txt").arg(QLatin1String(algorithm)));
            const CliRun run =
                runCli(QStringList{QStringLiteral("mine"), QStringLiteral("--input"), input,
                                   QStringLiteral("--algorithm"), QLatin1String(algorithm),
                                   QStringLiteral("--itemsets-out"), out, QStringLiteral("--json")}
                       + options);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(sortedLines(out), expected);
            const QJsonObject json = run.json().object();
            QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QLatin1String(algorithm));
            QCOMPARE(json.value(QStringLiteral("transactions")).toInt(), 6);
            QCOMPARE(json.value(QStringLiteral("items")).toInt(), 4);
            QCOMPARE(json.value(QStringLiteral("itemsets")).toInt(), expected.size());
            QCOMPARE(json.value(QStringLiteral("rules")).toInt(), 0);
            QVERIFY(json.value(QStringLiteral("seconds")).toDouble() >= 0);
            QVERIFY(json.contains(QStringLiteral("min_support")));
        }
    }

    void countsWithoutWriting()
    {
        const QString input = write(QStringLiteral("count.dat"), kSmall);
        const CliRun run =
            runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                    QStringLiteral("--min-count"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("itemsets")).toInt(), 7);
        QCOMPARE(run.json().object().value(QStringLiteral("min_count")).toInt(), 2);
        QCOMPARE(run.json().object().value(QStringLiteral("min_support")).toDouble(), 2.0 / 6);
        // Without --json: a short summary.
        const CliRun text = runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                                    QStringLiteral("--min-count"), QStringLiteral("2")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.outText().contains(QStringLiteral("6 transactions, 4 items")),
                 text.out.constData());
        QVERIFY2(text.outText().contains(QStringLiteral("7 itemsets")), text.out.constData());
    }

    // The three algorithms write the same file on real data (groceries at 1%:
    // hundreds of itemsets of up to three items).
    void algorithmsAgreeOnRealData()
    {
        const QString input = QStringLiteral(RAPPORT_SHARED_DATA_DIR "/groceries/groceries.dat");
        if (!QFileInfo::exists(input))
            QSKIP("the shared data sets are not here");
        QList<QStringList> outputs;
        for (const char* algorithm : {"apriori", "eclat", "fpgrowth"}) {
            const QString out =
                path(QStringLiteral("groceries-%1.txt").arg(QLatin1String(algorithm)));
            const CliRun run = runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                                       QStringLiteral("--algorithm"), QLatin1String(algorithm),
                                       QStringLiteral("--min-support"), QStringLiteral("0.01"),
                                       QStringLiteral("--itemsets-out"), out});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            outputs << sortedLines(out);
        }
        QVERIFY(outputs[0].size() > 100);
        QCOMPARE(outputs[1], outputs[0]);
        QCOMPARE(outputs[2], outputs[0]);
    }

    void readsCsvBaskets()
    {
        const QString input =
            write(QStringLiteral("baskets.csv"),
                  "\"啤酒\",\"尿布\",\"薯片\"\n尿布,啤酒\n\"whole milk\", yogurt\n啤酒\n");
        const QString out = path(QStringLiteral("baskets.txt"));
        const CliRun run = runCli(
            {QStringLiteral("mine"), QStringLiteral("--input"), input, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--min-count"), QStringLiteral("2"),
             QStringLiteral("--itemsets-out"), out, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("transactions")).toInt(), 4);
        QCOMPARE(run.json().object().value(QStringLiteral("items")).toInt(), 5);
        // Labels in text order within a line: 啤酒 (U+5564) before 尿布 (U+5C3F).
        QCOMPARE(sortedLines(out),
                 (QStringList{QStringLiteral("啤酒 (3)"), QStringLiteral("啤酒 尿布 (2)"),
                              QStringLiteral("尿布 (2)")}));
    }

    void writesRules()
    {
        const QString input = write(QStringLiteral("rules.dat"), kSmall);
        const QString out = path(QStringLiteral("rules.csv"));
        const CliRun run = runCli(
            {QStringLiteral("mine"), QStringLiteral("--input"), input,
             QStringLiteral("--min-count"), QStringLiteral("3"), QStringLiteral("--rules-out"), out,
             QStringLiteral("--min-confidence"), QStringLiteral("0.7"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(QStringLiteral("rules")).toInt(), 6);
        QCOMPARE(run.json().object().value(QStringLiteral("itemsets")).toInt(), 6);
        QList<QStringList> rows = parseCsv(readAll(out));
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.takeFirst(),
                 (QStringList{QStringLiteral("antecedent"), QStringLiteral("consequent"),
                              QStringLiteral("support"), QStringLiteral("confidence"),
                              QStringLiteral("lift"), QStringLiteral("leverage"),
                              QStringLiteral("conviction"), QStringLiteral("count")}));
        QStringList pairs;
        for (const QStringList& row : std::as_const(rows)) {
            QCOMPARE(row.size(), 8);
            pairs << row[0] + QStringLiteral("=>") + row[1];
            // Each side 4 of 6, both 3 of 6: confidence 3/4, lift 0.75 / (4/6),
            // leverage 1/2 - (2/3)², conviction (1 - 2/3) / (1 - 3/4).
            QCOMPARE(row[2].toDouble(), 0.5);
            QCOMPARE(row[3].toDouble(), 0.75);
            QCOMPARE(row[4].toDouble(), 1.125);
            QVERIFY(qAbs(row[5].toDouble() - (0.5 - 4.0 / 9)) < 1e-5);
            QVERIFY(qAbs(row[6].toDouble() - 4.0 / 3) < 1e-5);
            QCOMPARE(row[7], QStringLiteral("3"));
        }
        std::sort(pairs.begin(), pairs.end());
        QCOMPARE(pairs, (QStringList{QStringLiteral("10=>1"), QStringLiteral("10=>2"),
                                     QStringLiteral("1=>10"), QStringLiteral("1=>2"),
                                     QStringLiteral("2=>1"), QStringLiteral("2=>10")}));

        // A confidence above 3/4 leaves none; lift 1.2 too.
        const CliRun strict = runCli(
            {QStringLiteral("mine"), QStringLiteral("--input"), input,
             QStringLiteral("--min-count"), QStringLiteral("3"), QStringLiteral("--rules-out"), out,
             QStringLiteral("--min-confidence"), QStringLiteral("0.5"),
             QStringLiteral("--min-lift"), QStringLiteral("1.2"), QStringLiteral("--json")});
        QVERIFY2(strict.exitCode == 0, strict.err.constData());
        QCOMPARE(strict.json().object().value(QStringLiteral("rules")).toInt(), 0);
        QCOMPARE(parseCsv(readAll(out)).size(), 1);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString support = QStringLiteral("--min-support");
        const QString count = QStringLiteral("--min-count");
        QTest::addRow("support 0") << QStringList{support, QStringLiteral("0")} << 2
                                   << QStringLiteral("minimum support must be a fraction above 0");
        QTest::addRow("support above 1")
            << QStringList{support, QStringLiteral("1.5")} << 2
            << QStringLiteral("minimum support must be a fraction above 0");
        QTest::addRow("negative support")
            << QStringList{support, QStringLiteral("-0.1")} << 2
            << QStringLiteral("minimum support must be a fraction above 0");
        QTest::addRow("support not a number")
            << QStringList{support, QStringLiteral("1%")} << 2
            << QStringLiteral("--min-support must be a fraction above 0 and at most 1");
        QTest::addRow("count 0") << QStringList{count, QStringLiteral("0")} << 2
                                 << QStringLiteral("--min-count must be a whole number of at "
                                                   "least 1, not “0”");
        QTest::addRow("count negative")
            << QStringList{count, QStringLiteral("-3")} << 2
            << QStringLiteral("--min-count must be a whole number of at least 1");
        QTest::addRow("count fraction")
            << QStringList{count, QStringLiteral("2.5")} << 2
            << QStringLiteral("--min-count must be a whole number of at least 1");
        QTest::addRow("both") << QStringList{support, QStringLiteral("0.1"), count,
                                             QStringLiteral("2")}
                              << 2 << QStringLiteral("either --min-support or --min-count");
        QTest::addRow("neither") << QStringList{} << 2
                                 << QStringLiteral("mine needs --min-support S");
        QTest::addRow("unknown algorithm")
            << QStringList{support, QStringLiteral("0.1"), QStringLiteral("--algorithm"),
                           QStringLiteral("lcm")}
            << 2 << QStringLiteral("Unknown algorithm \"lcm\"");
        QTest::addRow("unknown format")
            << QStringList{support, QStringLiteral("0.1"), QStringLiteral("--format"),
                           QStringLiteral("arff")}
            << 2 << QStringLiteral("unknown basket file format “arff”");
        QTest::addRow("unknown kind")
            << QStringList{support, QStringLiteral("0.1"), QStringLiteral("--itemsets"),
                           QStringLiteral("frequent")}
            << 2 << QStringLiteral("use all, closed or maximal");
        QTest::addRow("negative max size")
            << QStringList{support, QStringLiteral("0.1"), QStringLiteral("--max-size"),
                           QStringLiteral("-1")}
            << 2 << QStringLiteral("--max-size must be a whole number of at least 0");
        QTest::addRow("confidence above 1")
            << QStringList{support,
                           QStringLiteral("0.1"),
                           QStringLiteral("--rules-out"),
                           QStringLiteral("r.csv"),
                           QStringLiteral("--min-confidence"),
                           QStringLiteral("2")}
            << 2 << QStringLiteral("--min-confidence must be between 0 and 1");
        QTest::addRow("confidence without rules-out")
            << QStringList{support, QStringLiteral("0.1"), QStringLiteral("--min-confidence"),
                           QStringLiteral("0.5")}
            << 2 << QStringLiteral("the rule options go with --rules-out FILE");
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString input = write(QStringLiteral("ok.dat"), kSmall);
        const CliRun run =
            runCli(QStringList{QStringLiteral("mine"), QStringLiteral("--input"), input} + options);
        QCOMPARE(run.exitCode, status);
        verifyOneLineError(run);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("a word") << QByteArray("1 2\n3 x4\n")
                                << QStringLiteral("bad.dat line 2: item \"x4\" is not a "
                                                  "non-negative integer");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("bad.dat holds no transactions");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString input = write(QStringLiteral("bad.dat"), bytes);
        const CliRun run = runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                                   QStringLiteral("--min-support"), QStringLiteral("0.1")});
        QCOMPARE(run.exitCode, 1);
        verifyOneLineError(run);
        QVERIFY2(run.errText().contains(message), run.err.constData());

        const CliRun missing = runCli({QStringLiteral("mine"), QStringLiteral("--input"),
                                       path(QStringLiteral("missing.dat")),
                                       QStringLiteral("--min-count"), QStringLiteral("1")});
        QCOMPARE(missing.exitCode, 1);
        verifyOneLineError(missing);
        QVERIFY2(missing.errText().contains(QStringLiteral("missing.dat")),
                 missing.err.constData());
    }

    // 16 items in every transaction: 65,535 frequent itemsets. Counting them
    // holds nothing; keeping them (closed, or for rules) beyond --max-itemsets
    // (5,000,000 by default) must stop with a message that says what to do.
    void refusesTooManyItemsets()
    {
        QByteArray line;
        for (int i = 1; i <= 16; ++i)
            line += QByteArray::number(i) + ' ';
        const QString input = write(QStringLiteral("dense.dat"), line + '\n' + line + '\n');
        const CliRun count = runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                                     QStringLiteral("--min-count"), QStringLiteral("1"),
                                     QStringLiteral("--max-itemsets"), QStringLiteral("1000"),
                                     QStringLiteral("--json")});
        QVERIFY2(count.exitCode == 0, count.err.constData());
        QCOMPARE(count.json().object().value(QStringLiteral("itemsets")).toInt(), 65535);
        for (const QStringList& keep :
             {QStringList{QStringLiteral("--itemsets"), QStringLiteral("closed")},
              QStringList{QStringLiteral("--rules-out"), path(QStringLiteral("dense.csv"))}}) {
            const CliRun run =
                runCli(QStringList{QStringLiteral("mine"), QStringLiteral("--input"), input,
                                   QStringLiteral("--min-count"), QStringLiteral("1"),
                                   QStringLiteral("--max-itemsets"), QStringLiteral("1000")}
                       + keep);
            QCOMPARE(run.exitCode, 1);
            verifyOneLineError(run);
            QVERIFY2(run.errText().contains(QStringLiteral("too many to keep in memory")),
                     run.err.constData());
            QVERIFY2(run.errText().contains(QStringLiteral("Raise the minimum support")),
                     run.err.constData());
        }
        const CliRun zero = runCli({QStringLiteral("mine"), QStringLiteral("--input"), input,
                                    QStringLiteral("--min-count"), QStringLiteral("1"),
                                    QStringLiteral("--max-itemsets"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 2);
    }

    void minesADemoDatabase()
    {
        const QString db = path(QStringLiteral("demo.db"));
        const CliRun demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                    QStringLiteral("--customers"), QStringLiteral("200")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("mine"),
                                   QStringLiteral("--min-support"), QStringLiteral("0.01"),
                                   QStringLiteral("--min-confidence"), QStringLiteral("0.2"),
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json().object();
        QVERIFY(json.value(QStringLiteral("run_id")).toInt() > 0);
        QVERIFY(json.value(QStringLiteral("transactions")).toInt() > 0);
        QVERIFY(json.value(QStringLiteral("items")).toInt() > 0);
        QVERIFY(json.value(QStringLiteral("itemsets")).toInt() > 0);
        QCOMPARE(json.value(QStringLiteral("algorithm")).toString(), QStringLiteral("fpgrowth"));

        // Per customer, by category: another run, stored next to the first.
        const CliRun second = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("mine"), QStringLiteral("--baskets"),
             QStringLiteral("customer"), QStringLiteral("--items"), QStringLiteral("category"),
             QStringLiteral("--algorithm"), QStringLiteral("eclat"),
             QStringLiteral("--min-support"), QStringLiteral("0.05"), QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(second.json().object().value(QStringLiteral("run_id")).toInt()
                > json.value(QStringLiteral("run_id")).toInt());
        QVERIFY(second.json().object().value(QStringLiteral("transactions")).toInt() <= 200);

        const CliRun bad = runCli({QStringLiteral("--db"), db, QStringLiteral("mine"),
                                   QStringLiteral("--min-support"), QStringLiteral("0.01"),
                                   QStringLiteral("--baskets"), QStringLiteral("invoice")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(QStringLiteral("use order or customer")),
                 bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMine)
#include "test_cli_mine.moc"
