#include "TempDatabase.h"
#include "security/AppPassword.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTest>

using namespace rapport;
using core::AppPassword;

// The application password: an Argon2id hash in the file, never the password;
// changing or removing it needs the current one.
class TestAppPassword : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    AppPassword password() { return AppPassword(m_temp->connection()); }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }

    void noPasswordByDefault()
    {
        QCOMPARE(*password().isSet(), false);
        QCOMPARE(*password().matches(QString()), false);
        QCOMPARE(*password().lockAfterMinutes(), AppPassword::kDefaultLockMinutes);
    }

    void setMatchChangeRemove()
    {
        QVERIFY(password().set({}, QStringLiteral("店铺密码2026")));
        QCOMPARE(*password().isSet(), true);
        QCOMPARE(*password().matches(QStringLiteral("店铺密码2026")), true);
        QCOMPARE(*password().matches(QStringLiteral("店铺密码2025")), false);
        QCOMPARE(*password().matches(QString()), false);

        const QString stored =
            core::sql::scalar(m_temp->connection(),
                              QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
                              {QStringLiteral("lock.password_hash")})
                ->toString();
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
        QVERIFY(!stored.contains(QStringLiteral("店铺密码")));
        QVERIFY(core::sql::execOnce(m_temp->connection(),
                                    QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QFile file(m_temp->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(QStringLiteral("店铺密码2026").toUtf8()));

        auto wrong = password().set(QStringLiteral("guess"), QStringLiteral("another one"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().field, QStringLiteral("current"));
        QVERIFY(password().set(QStringLiteral("店铺密码2026"), QStringLiteral("another one")));
        QCOMPARE(*password().matches(QStringLiteral("another one")), true);

        QVERIFY(!password().remove(QStringLiteral("店铺密码2026")));
        QVERIFY(password().remove(QStringLiteral("another one")));
        QCOMPARE(*password().isSet(), false);
    }

    void shortPasswordIsRefused()
    {
        auto refused = password().set({}, QStringLiteral("12345"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        QCOMPARE(*password().isSet(), false);
    }

    void lockMinutes_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("never") << 0 << true;
        QTest::newRow("five") << 5 << true;
        QTest::newRow("a day") << 1440 << true;
        QTest::newRow("negative") << -1 << false;
        QTest::newRow("more than a day") << 1441 << false;
    }
    void lockMinutes()
    {
        QFETCH(int, minutes);
        QFETCH(bool, accepted);
        QCOMPARE(bool(password().setLockAfterMinutes(minutes)), accepted);
        QCOMPARE(*password().lockAfterMinutes(),
                 accepted ? minutes : AppPassword::kDefaultLockMinutes);
    }
};

QTEST_GUILESS_MAIN(TestAppPassword)
#include "test_apppassword.moc"
