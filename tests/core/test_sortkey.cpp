#include "domain/SortKey.h"

#include <QTest>

#include <algorithm>

using rapport::core::sortKeyFor;

class TestSortKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("chinese") << QStringLiteral("张伟明") << QStringLiteral("zhang wei ming");
        QTest::addRow("two characters") << QStringLiteral("李娜") << QStringLiteral("li na");
        QTest::addRow("latin case")
            << QStringLiteral("Alice MARTIN") << QStringLiteral("alice martin");
        QTest::addRow("accents") << QStringLiteral("Zoë Ångström")
                                 << QStringLiteral("zoe angstrom");
        QTest::addRow("decomposed accent") << QStringLiteral("Zoe\u0308") << QStringLiteral("zoe");
        QTest::addRow("mixed") << QStringLiteral("欧阳Smith") << QStringLiteral("ou yang smith");
        QTest::addRow("punctuation")
            << QStringLiteral("O'Brien, Pat") << QStringLiteral("o brien pat");
        QTest::addRow("spaces") << QStringLiteral("  Bob \t Lee ") << QStringLiteral("bob lee");
        QTest::addRow("full-width space")
            << QStringLiteral("王\u3000芳") << QStringLiteral("wang fang");
        QTest::addRow("digits") << QStringLiteral("Shop 24") << QStringLiteral("shop 24");
        QTest::addRow("empty") << QString() << QString();
    }

    void keys()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(sortKeyFor(name), key);
    }

    void personNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("zeng, not ceng")
            << QStringLiteral("曾国藩") << QStringLiteral("zeng guo fan");
        QTest::addRow("shan, not dan")
            << QStringLiteral("单田芳") << QStringLiteral("shan tian fang");
        QTest::addRow("xie, not jie") << QStringLiteral("解缙") << QStringLiteral("xie jin");
        QTest::addRow("surname alone") << QStringLiteral("仇") << QStringLiteral("qiu");
        QTest::addRow("common surname")
            << QStringLiteral("张伟明") << QStringLiteral("zhang wei ming");
        QTest::addRow("latin") << QStringLiteral("Zeng Li") << QStringLiteral("zeng li");
        QTest::addRow("only the first character")
            << QStringLiteral("王单") << QStringLiteral("wang dan");
    }

    void personNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(rapport::core::personSortKeyFor(name), key);
    }

    void productsKeepTheEverydayReading()
    {
        QCOMPARE(sortKeyFor(QStringLiteral("单品咖啡")), QStringLiteral("dan pin ka fei"));
    }

    // Chinese by pinyin and Latin alphabetically, in one order.
    void ordersMixedNames()
    {
        QStringList names{QStringLiteral("张伟"),  QStringLiteral("Bob"),  QStringLiteral("阿明"),
                          QStringLiteral("Émile"), QStringLiteral("李娜"), QStringLiteral("Lily"),
                          QStringLiteral("zoe")};
        std::sort(names.begin(), names.end(),
                  [](const QString& a, const QString& b) { return sortKeyFor(a) < sortKeyFor(b); });
        const QStringList expected{QStringLiteral("阿明"),  QStringLiteral("Bob"),
                                   QStringLiteral("Émile"), QStringLiteral("李娜"),
                                   QStringLiteral("Lily"),  QStringLiteral("张伟"),
                                   QStringLiteral("zoe")};
        QCOMPARE(names, expected);
    }
};

QTEST_GUILESS_MAIN(TestSortKey)
#include "test_sortkey.moc"
