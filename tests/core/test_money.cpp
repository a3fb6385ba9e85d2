#include "domain/Money.h"

#include <QTest>

using rapport::core::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<bool>("valid");
        QTest::addRow("whole") << "12" << 1200LL << true;
        QTest::addRow("one decimal") << "12.5" << 1250LL << true;
        QTest::addRow("two decimals") << "12.05" << 1205LL << true;
        QTest::addRow("negative") << "-3.07" << -307LL << true;
        QTest::addRow("spaces") << " 7.10 " << 710LL << true;
        QTest::addRow("three decimals") << "1.234" << 0LL << false;
        QTest::addRow("comma") << "1,5" << 0LL << false;
        QTest::addRow("text") << "abc" << 0LL << false;
        QTest::addRow("empty") << "" << 0LL << false;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, minor);
        QFETCH(bool, valid);
        const auto parsed = Money::parseMinor(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, minor);
    }

    void prints_data()
    {
        QTest::addColumn<qlonglong>("minor");
        QTest::addColumn<QString>("text");
        QTest::addRow("zero") << 0LL << "0.00";
        QTest::addRow("cents") << 5LL << "0.05";
        QTest::addRow("negative cents") << -5LL << "-0.05";
        QTest::addRow("negative") << -1234LL << "-12.34";
        QTest::addRow("large") << 123456789LL << "1234567.89";
    }

    void prints()
    {
        QFETCH(qlonglong, minor);
        QFETCH(QString, text);
        QCOMPARE((Money{minor, QStringLiteral("CNY")}.toPlainString()), text);
        QCOMPARE(Money::parseMinor(text), std::optional<std::int64_t>(minor));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
