// `rapport-cli value fit` and `rapport-cli score` as scripts meet them: the
// BG/NBD paper's figures from the CDNOW file, the UCI Online Retail file with
// what it leaves out, every bad input with its message and exit status, and a
// demo database scored and stored.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using rapport::testing::CliRun;
using rapport::testing::runCli;

class TestCliValue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cdnow; // the CDNOW sample as CSV: customer,date,cds,amount; empty without it
    QString m_small; // three purchases from 1997-01-01 on

    QString write(const QString& name, const QByteArray& bytes)
    {
        return rapport::testing::writeFile(m_dir.filePath(name), bytes);
    }

    static QStringList fitArguments(const QString& input, const QString& end)
    {
        return {QStringLiteral("value"),
                QStringLiteral("fit"),
                QStringLiteral("--input"),
                input,
                QStringLiteral("--customer-column"),
                QStringLiteral("customer"),
                QStringLiteral("--date-column"),
                QStringLiteral("date"),
                QStringLiteral("--amount-column"),
                QStringLiteral("amount"),
                QStringLiteral("--calibration-end"),
                end};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A small file of our own for the bad-input cases: they need no real data.
        m_small = write(QStringLiteral("small.csv"),
                        "customer,date,amount\na,1997-01-01,5\na,1997-02-01,6\nb,1997-01-03,7\n");
        // The sample file is fixed-width text; scripts would meet it as CSV.
        QFile in(QStringLiteral(RAPPORT_SHARED_DATA_DIR "/cdnow/CDNOW_sample.txt"));
        if (!in.open(QIODevice::ReadOnly))
            return; // the shared data sets are not here: those tests skip
        QByteArray csv = "customer,date,cds,amount\n";
        QTextStream text(&in);
        while (!text.atEnd()) {
            const QStringList f = text.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.size() == 5)
                csv += QStringList{f[1], f[2], f[3], f[4]}.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        m_cdnow = write(QStringLiteral("cdnow.csv"), csv);
    }

    void fitsTheCdnowSampleAsThePaperDid()
    {
        if (m_cdnow.isEmpty())
            QSKIP("the shared data sets are not here");
        QStringList arguments = fitArguments(m_cdnow, QStringLiteral("1997-09-30"));
        arguments << QStringLiteral("--json");
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("customers")).toInt(), 2357);
        QCOMPARE(o.value(QStringLiteral("time_unit")).toString(), QStringLiteral("week"));
        const QJsonObject bg = o.value(QStringLiteral("bgnbd")).toObject();
        QCOMPARE(qRound(bg.value(QStringLiteral("r")).toDouble() * 1000), 243);
        QCOMPARE(qRound(bg.value(QStringLiteral("alpha")).toDouble() * 1000), 4414);
        QCOMPARE(qRound(bg.value(QStringLiteral("a")).toDouble() * 1000), 793);
        QCOMPARE(qRound(bg.value(QStringLiteral("b")).toDouble() * 1000), 2426);
        QCOMPARE(qRound(bg.value(QStringLiteral("log_likelihood")).toDouble()), -9582);
        const QJsonObject gg = o.value(QStringLiteral("gamma_gamma")).toObject();
        QCOMPARE(qRound(gg.value(QStringLiteral("p")).toDouble() * 100), 625);
        QCOMPARE(qRound(gg.value(QStringLiteral("q")).toDouble() * 100), 374);
        QCOMPARE(qRound(gg.value(QStringLiteral("gamma")).toDouble() * 100), 1544);
        QVERIFY(gg.contains(QStringLiteral("log_likelihood")));
        const QJsonObject holdout = o.value(QStringLiteral("holdout")).toObject();
        QCOMPARE(holdout.value(QStringLiteral("holdout_end")).toString(),
                 QStringLiteral("1998-06-30"));
        QCOMPARE(qRound(holdout.value(QStringLiteral("length")).toDouble()), 39);
        QCOMPARE(holdout.value(QStringLiteral("actual_purchases")).toInt(), 1882);
        QCOMPARE(holdout.value(QStringLiteral("bins")).toArray().size(), 8);
        QVERIFY(run.err.isEmpty());

        // The same in days: the same customers, rates scaled by 7.
        arguments << QStringLiteral("--time-unit") << QStringLiteral("day");
        const CliRun days = runCli(arguments);
        QVERIFY2(days.exitCode == 0, days.err.constData());
        const QJsonObject dayBg = days.json().object().value(QStringLiteral("bgnbd")).toObject();
        QCOMPARE(qRound(dayBg.value(QStringLiteral("r")).toDouble() * 1000), 243);
        QCOMPARE(qRound(dayBg.value(QStringLiteral("alpha")).toDouble() / 7 * 100), 441);

        // Without --json: a readable summary with the holdout table.
        const CliRun text = runCli(fitArguments(m_cdnow, QStringLiteral("1997-09-30")));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.outText().contains(QLatin1String("r = 0.2426")));
        QVERIFY(text.outText().contains(QLatin1String("7+")));
    }

    // A real, messy file: unit price × quantity, rows without a customer and
    // returns left out with a warning that counts them.
    void fitsOnlineRetailAndSaysWhatItLeftOut()
    {
        if (!QFile::exists(
                QStringLiteral(RAPPORT_SHARED_DATA_DIR "/online_retail/online_retail.csv")))
            QSKIP("the shared data sets are not here");
        const CliRun run =
            runCli({QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--input"),
                    QStringLiteral(RAPPORT_SHARED_DATA_DIR "/online_retail/online_retail.csv"),
                    QStringLiteral("--customer-column"), QStringLiteral("CustomerID"),
                    QStringLiteral("--date-column"), QStringLiteral("InvoiceDate"),
                    QStringLiteral("--amount-column"), QStringLiteral("UnitPrice"),
                    QStringLiteral("--quantity-column"), QStringLiteral("Quantity"),
                    QStringLiteral("--calibration-end"), QStringLiteral("2011-09-09"),
                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 541909);
        QCOMPARE(o.value(QStringLiteral("rows_without_customer")).toInt(), 135080);
        QCOMPARE(o.value(QStringLiteral("returns")).toInt(), 8905);
        QVERIFY(run.errText().contains(QLatin1String("135080 rows without a customer")));
        QVERIFY(o.value(QStringLiteral("customers")).toInt() > 3000);
        QVERIFY(o.value(QStringLiteral("bgnbd")).toObject().value(QStringLiteral("r")).toDouble()
                > 0);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString tx = QStringLiteral("TX");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("value")} << 2
                                       << QStringLiteral("value needs a subcommand");
        QStringList noEnd = fitArguments(tx, {});
        noEnd.removeLast();
        noEnd.removeLast();
        QTest::newRow("no calibration end") << noEnd << 2 << QStringLiteral("--calibration-end");
        QTest::newRow("bad calibration end") << fitArguments(tx, QStringLiteral("30/09/1997")) << 2
                                             << QStringLiteral("not “30/09/1997”");
        QTest::newRow("unknown unit")
            << (fitArguments(tx, QStringLiteral("1997-09-30"))
                << QStringLiteral("--time-unit") << QStringLiteral("year"))
            << 2 << QStringLiteral("unknown time unit “year”");
        QTest::newRow("missing file")
            << fitArguments(QStringLiteral("/nonexistent/tx.csv"), QStringLiteral("1997-09-30"))
            << 1 << QStringLiteral("Cannot read");
        QTest::newRow("before the data")
            << fitArguments(tx, QStringLiteral("1990-01-01")) << 1
            << QStringLiteral("before the first purchase (1997-01-01)");
        QTest::newRow("too few repeat customers")
            << fitArguments(QStringLiteral("FEW"), QStringLiteral("2024-06-30")) << 1
            << QStringLiteral("need at least 10");
        QTest::newRow("bad date in file")
            << fitArguments(QStringLiteral("BADDATE"), QStringLiteral("2024-06-30")) << 1
            << QStringLiteral("line 3, column “date”: “yesterday” is not a date");
        QTest::newRow("score with arguments")
            << QStringList{QStringLiteral("score"), QStringLiteral("now")} << 2
            << QStringLiteral("score takes no arguments");
        QTest::newRow("score bad period")
            << QStringList{QStringLiteral("score"), QStringLiteral("--period-days"),
                           QStringLiteral("-3")}
            << 2 << QStringLiteral("--period-days must be a number from 7");
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // Placeholders for files written here.
        QByteArray few = "customer,date,amount\n";
        for (int i = 0; i < 30; ++i)
            few += QByteArray::number(i) + ",2024-01-0" + QByteArray::number(1 + i % 5) + ",5\n";
        few += "1,2024-03-01,5\n"; // one repeat customer only
        const QString fewPath = write(QStringLiteral("few.csv"), few);
        const QString badDate = write(QStringLiteral("baddate.csv"),
                                      "customer,date,amount\na,2024-01-01,5\na,yesterday,5\n");
        for (QString& argument : arguments) {
            if (argument == QLatin1String("TX"))
                argument = m_small;
            else if (argument == QLatin1String("FEW"))
                argument = fewPath;
            else if (argument == QLatin1String("BADDATE"))
                argument = badDate;
        }
        arguments.prepend(m_dir.filePath(QStringLiteral("unused.db")));
        arguments.prepend(QStringLiteral("--db"));
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY2(run.err.startsWith("rapport-cli: "), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // The database: scored, stored, reported in the shape scripts rely on.
    void scoresADemoDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        const CliRun demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                    QStringLiteral("--customers"), QStringLiteral("1500")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun run =
            runCli({QStringLiteral("--db"), db, QStringLiteral("score"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.json().object();
        const int customers = o.value(QStringLiteral("customers")).toInt();
        QVERIFY(customers > 1000);
        int inSegments = 0;
        const QJsonObject segments = o.value(QStringLiteral("segments")).toObject();
        QCOMPARE(segments.size(), 11);
        for (const QJsonValue& n : segments)
            inSegments += n.toInt();
        QCOMPARE(inSegments, customers);
        for (const char* key : {"bgnbd", "gamma_gamma", "holdout"})
            QVERIFY2(o.value(QLatin1String(key)).isObject(), key);
        QVERIFY(o.value(QStringLiteral("seconds")).toDouble() > 0);
        const QJsonArray models = o.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject churn = models.at(0).toObject();
        QCOMPARE(churn.value(QStringLiteral("name")).toString(), QStringLiteral("churn"));
        QVERIFY(churn.value(QStringLiteral("auc")).toDouble() > 0.5);
        QVERIFY(churn.value(QStringLiteral("baseline_auc")).isDouble());
        QVERIFY(!churn.value(QStringLiteral("importance")).toArray().isEmpty());

        // The human summary names the segments and the models.
        const CliRun text = runCli({QStringLiteral("--db"), db, QStringLiteral("score"),
                                    QStringLiteral("--no-propensity")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.outText().contains(QLatin1String("Champions")));
        QVERIFY(text.errText().contains(QLatin1String("switched off")));
    }
};

QTEST_GUILESS_MAIN(TestCliValue)
#include "test_cli_value.moc"
