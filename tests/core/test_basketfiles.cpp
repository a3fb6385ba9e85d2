// Basket files as the miners get them: FIMI and CSV, blank lines, CRLF,
// duplicates, every error with its line, and the public data sets' counts.
#include "common/Progress.h"
#include "mining/BasketFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport::core;
using namespace rapport::core::mining;

Q_DECLARE_METATYPE(rapport::core::mining::BasketFormat)

namespace {

// The baskets as the user wrote them: each basket's item labels, in file order.
QList<QStringList> labelled(const BasketSet& baskets)
{
    QList<QStringList> result;
    for (std::size_t b = 0; b < baskets.basketCount(); ++b) {
        QStringList basket;
        for (Item item : baskets.basket(b))
            basket << baskets.labels.at(qsizetype(item));
        result << basket;
    }
    return result;
}

// "1 2|3||4": baskets separated by '|', items by ' ' (the expected values below).
QList<QStringList> baskets(const QString& text)
{
    QList<QStringList> result;
    for (const QString& basket : text.split(QLatin1Char('|')))
        result << basket.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return result;
}

QList<QStringList> basketsCsv(const QString& text)
{
    QList<QStringList> result;
    for (const QString& basket : text.split(QLatin1Char('|')))
        result << basket.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return result;
}

class CancelAtOnce final : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override { cancel(); }
};

} // namespace

class TestBasketFiles : public QObject
{
    Q_OBJECT

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsFimi_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("items");
        QTest::addRow("two lines")
            << QByteArray("1 2 3\n2 3\n") << QStringLiteral("1 2 3|2 3") << 3;
        QTest::addRow("no final line break")
            << QByteArray("1 2\n3") << QStringLiteral("1 2|3") << 3;
        QTest::addRow("trailing blanks, as retail.dat has")
            << QByteArray("0 1 2 \n3 \n") << QStringLiteral("0 1 2|3") << 4;
        QTest::addRow("blank lines are transactions")
            << QByteArray("1\n\n2\n") << QStringLiteral("1||2") << 2;
        QTest::addRow("blank first and last lines")
            << QByteArray("\n1 2\n\n") << QStringLiteral("|1 2|") << 2;
        QTest::addRow("a line of blanks is an empty transaction")
            << QByteArray("5\n  \t \n6\n") << QStringLiteral("5||6") << 2;
        QTest::addRow("crlf") << QByteArray("1 2\r\n3\r\n\r\n4\r\n") << QStringLiteral("1 2|3||4")
                              << 4;
        QTest::addRow("duplicates are kept")
            << QByteArray("5 5 6\n6 5 6\n") << QStringLiteral("5 5 6|6 5 6") << 2;
        QTest::addRow("tabs and runs of spaces")
            << QByteArray("  1\t 2   9\t\n") << QStringLiteral("1 2 9") << 3;
        QTest::addRow("leading zeros name the same number")
            << QByteArray("007 7 0\n") << QStringLiteral("7 7 0") << 2;
        QTest::addRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF"
                                                 "10 20\n")
                                   << QStringLiteral("10 20") << 2;
        QTest::addRow("numbers past the flat table")
            << QByteArray("4000000000 1\n999999999999999999 4000000000\n")
            << QStringLiteral("4000000000 1|999999999999999999 4000000000") << 3;
    }

    void readsFimi()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, items);
        const QString path = write(QStringLiteral("good.dat"), bytes);
        SilentProgress progress;
        auto read = readBasketFile(path, BasketFormat::Fimi, progress);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(labelled(*read), baskets(expected));
        QCOMPARE(int(read->itemCount()), items);
        QVERIFY(read->keys.empty());
    }

    void numbersItemsInOrderOfFirstAppearance()
    {
        const QString path = write(QStringLiteral("order.dat"), "30 10\n10 20\n");
        SilentProgress progress;
        auto read = readBasketFile(path, BasketFormat::Fimi, progress);
        QVERIFY(read);
        QCOMPARE(read->labels,
                 (QStringList{QStringLiteral("30"), QStringLiteral("10"), QStringLiteral("20")}));
        QCOMPARE(read->items, (std::vector<Item>{0, 1, 1, 2}));
        QCOMPARE(read->starts, (std::vector<std::size_t>{0, 2, 4}));
    }

    void rejectsBadFimi_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("a word") << QByteArray("1 2\n3 abc 4\n")
                                << QStringLiteral("bad.dat line 2: item \"abc\" is not a "
                                                  "non-negative integer.");
        QTest::addRow("negative") << QByteArray("1 -2\n")
                                  << QStringLiteral("bad.dat line 1: item \"-2\" is not a "
                                                    "non-negative integer.");
        QTest::addRow("fraction") << QByteArray("\n\n1.5\n")
                                  << QStringLiteral("bad.dat line 3: item \"1.5\" is not a "
                                                    "non-negative integer.");
        QTest::addRow("digits then letters")
            << QByteArray("12x\n")
            << QStringLiteral("bad.dat line 1: item \"12x\" is not a "
                              "non-negative integer.");
        QTest::addRow("comma separated") << QByteArray("1,2\n")
                                         << QStringLiteral("bad.dat line 1: item \"1,2\" is not a "
                                                           "non-negative integer.");
        QTest::addRow("crlf line count")
            << QByteArray("1\r\n2\r\nx\r\n")
            << QStringLiteral("bad.dat line 3: item \"x\" is not a non-negative integer.");
        QTest::addRow("last line without line break")
            << QByteArray("1\n2\n3 y")
            << QStringLiteral("bad.dat line 3: item \"y\" is not a "
                              "non-negative integer.");
        QTest::addRow("chinese") << QByteArray("1 啤酒\n")
                                 << QStringLiteral("bad.dat line 1: item \"啤酒\" is not a "
                                                   "non-negative integer.");
        QTest::addRow("too many digits")
            << QByteArray("1\n1234567890123456789\n")
            << QStringLiteral("bad.dat line 2: item \"1234567890123456789\" is too large (at "
                              "most 18 digits).");
        QTest::addRow("empty file") << QByteArray()
                                    << QStringLiteral("bad.dat holds no transactions: the file is "
                                                      "empty or has only blank lines.");
        QTest::addRow("only blank lines")
            << QByteArray("\n \r\n\n")
            << QStringLiteral("bad.dat holds no transactions: the "
                              "file is empty or has only blank lines.");
    }

    void rejectsBadFimi()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(QStringLiteral("bad.dat"), bytes);
        SilentProgress progress;
        auto read = readBasketFile(path, BasketFormat::Fimi, progress);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Validation);
        QCOMPARE(read.error().message, message);
    }

    void anUnreadableFileIsAnIoError_data()
    {
        QTest::addColumn<BasketFormat>("format");
        QTest::addRow("fimi") << BasketFormat::Fimi;
        QTest::addRow("csv") << BasketFormat::Csv;
    }

    void anUnreadableFileIsAnIoError()
    {
        QFETCH(BasketFormat, format);
        SilentProgress progress;
        const QString missing = m_dir.filePath(QStringLiteral("missing.dat"));
        auto read = readBasketFile(missing, format, progress);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Io);
        QVERIFY2(read.error().message.contains(missing), qPrintable(read.error().message));
        // A folder opens but cannot be read as a file.
        auto folder = readBasketFile(m_dir.path(), format, progress);
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, Error::Code::Io);
    }

    void cancelStops()
    {
        const QString path = write(QStringLiteral("cancel.dat"), "1 2\n3\n");
        CancelAtOnce progress;
        auto read = readBasketFile(path, BasketFormat::Fimi, progress);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Cancelled);
    }

    void readsCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("items");
        QTest::addRow("plain") << QByteArray("milk,bread\nbeer\n")
                               << QStringLiteral("milk;bread|beer") << 3;
        QTest::addRow("quoted, as groceries_basket.csv")
            << QByteArray("\"citrus fruit\",\"semi-finished bread\"\n\"whole milk\"\n")
            << QStringLiteral("citrus fruit;semi-finished bread|whole milk") << 3;
        QTest::addRow("a delimiter inside quotes") << QByteArray("\"nuts, salted\",beer\nbeer\n")
                                                   << QStringLiteral("nuts, salted;beer|beer") << 2;
        QTest::addRow("fields are trimmed, empty ones dropped")
            << QByteArray(" milk , ,bread,\nmilk\n") << QStringLiteral("milk;bread|milk") << 2;
        QTest::addRow("blank lines are transactions")
            << QByteArray("a\n\nb\n") << QStringLiteral("a||b") << 2;
        QTest::addRow("crlf") << QByteArray("a,b\r\nb\r\n") << QStringLiteral("a;b|b") << 2;
        QTest::addRow("duplicates are kept")
            << QByteArray("a,a,b\n") << QStringLiteral("a;a;b") << 2;
        QTest::addRow("chinese, utf-8")
            << QByteArray("啤酒,尿布\n尿布,薯片\n") << QStringLiteral("啤酒;尿布|尿布;薯片") << 3;
        QTest::addRow("chinese, gb18030")
            << QByteArray("\xC6\xA1\xBE\xC6,\xC4\xF2\xB2\xBC\n\xC4\xF2\xB2\xBC\n")
            << QStringLiteral("啤酒;尿布|尿布") << 2;
    }

    void readsCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, items);
        const QString path = write(QStringLiteral("good.csv"), bytes);
        SilentProgress progress;
        auto read = readBasketFile(path, BasketFormat::Csv, progress);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(labelled(*read), basketsCsv(expected));
        QCOMPARE(int(read->itemCount()), items);
    }

    void rejectsBadCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("start");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("bad.csv holds no transactions");
        QTest::addRow("only empty fields")
            << QByteArray(",\n , \n") << QStringLiteral("bad.csv holds no transactions");
        QTest::addRow("quote left open")
            << QByteArray("a,b\n\"c,d\n") << QStringLiteral("bad.csv: ");
    }

    void rejectsBadCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, start);
        const QString path = write(QStringLiteral("bad.csv"), bytes);
        SilentProgress progress;
        auto read = readBasketFile(path, BasketFormat::Csv, progress);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::Validation);
        QVERIFY2(read.error().message.startsWith(start), qPrintable(read.error().message));
    }

    void readsThePublicDataSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<BasketFormat>("format");
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("firstBasketSize");
        QTest::addRow("retail") << QStringLiteral("fimi/retail.dat") << BasketFormat::Fimi << 88162
                                << 16470 << 30;
        QTest::addRow("T10I4D100K")
            << QStringLiteral("fimi/T10I4D100K.dat") << BasketFormat::Fimi << 100000 << 870 << 16;
        QTest::addRow("chess") << QStringLiteral("fimi/chess.dat") << BasketFormat::Fimi << 3196
                               << 75 << 37;
        QTest::addRow("mushroom") << QStringLiteral("fimi/mushroom.dat") << BasketFormat::Fimi
                                  << 8124 << 119 << 23;
        QTest::addRow("groceries (fimi)")
            << QStringLiteral("groceries/groceries.dat") << BasketFormat::Fimi << 9835 << 169 << 4;
        QTest::addRow("groceries (csv)") << QStringLiteral("groceries/groceries_basket.csv")
                                         << BasketFormat::Csv << 9835 << 169 << 4;
    }

    void readsThePublicDataSets()
    {
        QFETCH(QString, file);
        QFETCH(BasketFormat, format);
        QFETCH(int, transactions);
        QFETCH(int, items);
        QFETCH(int, firstBasketSize);
        const QString path = QStringLiteral(RAPPORT_SHARED_DATA_DIR "/") + file;
        if (!QFileInfo::exists(path))
            QSKIP("the shared data sets are not here");
        SilentProgress progress;
        QElapsedTimer timer;
        timer.start();
        auto read = readBasketFile(path, format, progress);
        const qint64 ms = timer.elapsed();
        QVERIFY2(read, qPrintable(read.error().message));
        qInfo("%s: %lld ms", qPrintable(file), ms);
        QCOMPARE(int(read->basketCount()), transactions);
        QCOMPARE(int(read->itemCount()), items);
        QCOMPARE(int(read->basket(0).size()), firstBasketSize);
        // Every item index is a label's.
        for (Item item : read->items)
            QVERIFY(item < read->itemCount());
    }
};

QTEST_GUILESS_MAIN(TestBasketFiles)
#include "test_basketfiles.moc"
