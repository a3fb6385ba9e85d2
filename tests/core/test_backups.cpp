#include "TempDatabase.h"
#include "backup/BackupArchive.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupService.h"
#include "storage/CustomerRepository.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace rapport;
using core::backup::BackupArchive;
using core::backup::BackupCatalog;
using core::backup::BackupEntry;
using core::backup::BackupKind;
using core::backup::BackupService;
using core::backup::RotationPolicy;

Q_DECLARE_METATYPE(QList<BackupEntry>)

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QDateTime utc(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 11, 1).addDays(day), QTime(hour, 0), Qt::UTC);
}

BackupEntry entry(BackupKind kind, const QDateTime& at)
{
    BackupEntry e;
    e.kind = kind;
    e.takenAt = at;
    e.path = BackupCatalog::fileName(QStringLiteral("rapport"), kind, at, false);
    return e;
}

// Raw writes for the fixtures; the repositories are not under test here.
void exec(const QString& path, const char* statement)
{
    sqlite3* handle = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &handle), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, statement, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(handle);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    file.write(bytes);
}

} // namespace

// Backups through SQLite's online backup API, their verification, restore,
// encryption and rotation, on real files.
class TestBackups : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_temp;
    core::SilentProgress m_progress;

    BackupService service() { return BackupService(m_temp->connection(), m_temp->path()); }
    core::RowId addCustomer(const QString& name, const QString& email = {})
    {
        core::Customer c;
        c.name = name;
        c.email = email;
        auto id = core::CustomerRepository(m_temp->connection()).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    int liveCustomers()
    {
        return core::sql::scalar(m_temp->connection(),
                                 QStringLiteral("SELECT count(*) FROM customers"))
            ->toInt();
    }
    QStringList liveNames()
    {
        QStringList names;
        QSqlQuery q(m_temp->connection());
        q.exec(QStringLiteral("SELECT name FROM customers ORDER BY id"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<testing::TempDatabase>();
        QVERIFY2(m_temp->isValid(), qPrintable(m_temp->errorMessage()));
    }
    void cleanup() { m_temp.reset(); }

    void backupAndRestoreRoundTrip()
    {
        addCustomer(QStringLiteral("张伟"), QStringLiteral("zhang@example.com"));
        addCustomer(QStringLiteral("Alice Martin"));
        auto path = service().backUpNow({}, {}, m_progress);
        QVERIFY2(path, qPrintable(path.error().message));
        QVERIFY(path->startsWith(BackupCatalog::defaultFolderFor(m_temp->path())));
        auto parsed = BackupCatalog::parse(*path, QStringLiteral("rapport"));
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, BackupKind::Manual);

        auto contents = BackupService::verify(*path, {}, m_progress);
        QVERIFY2(contents, qPrintable(contents.error().message));
        QCOMPARE(contents->customers, 2);
        QCOMPARE(contents->schemaVersion, core::Migrator::kLatestVersion);

        // Later work, then a restore brings back exactly the backup.
        addCustomer(QStringLiteral("Later customer"));
        QVERIFY(core::sql::execOnce(m_temp->connection(),
                                    QStringLiteral("DELETE FROM customers WHERE name = ?"),
                                    {QStringLiteral("张伟")}));
        auto restored = service().restore(*path, {}, m_progress);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(liveNames(),
                 (QStringList{QStringLiteral("张伟"), QStringLiteral("Alice Martin")}));
        QCOMPARE(restored->contents.customers, 2);

        // The replaced database was kept, whole, as a before-restore backup.
        auto kept = BackupService::verify(restored->keptAs, {}, m_progress);
        QVERIFY2(kept, qPrintable(kept.error().message));
        QCOMPARE(kept->customers, 2); // Alice + the later customer
        QCOMPARE(BackupCatalog::parse(restored->keptAs, QStringLiteral("rapport"))->kind,
                 BackupKind::BeforeRestore);

        auto check =
            core::sql::scalar(m_temp->connection(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(check->toString(), QStringLiteral("ok"));
        // The file opens again as a Rapport database (what the GUI does next).
        const QString livePath = m_temp->path();
        auto reopened = core::Database::open(livePath);
        QVERIFY2(reopened, qPrintable(reopened.error().message));
    }

    // The copy is one consistent snapshot: it has what is committed (even if
    // only in the WAL so far) and nothing of a transaction still open elsewhere;
    // it is a single self-contained file.
    void backupIsASnapshotWhileAnotherConnectionWrites()
    {
        addCustomer(QStringLiteral("Committed"));
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_temp->path()).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other,
                              "BEGIN IMMEDIATE; INSERT INTO customers (uuid, name, sort_key, "
                              "created_at, updated_at) VALUES ('u-open', 'Uncommitted', 'u', "
                              "'2026-01-01', '2026-01-01')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFile::exists(m_temp->path() + QStringLiteral("-wal")));
        const QString target = QDir(m_temp->dir()).filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(core::OnlineBackup::copy(m_temp->connection(), target, m_progress));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);

        auto contents = core::OnlineBackup::inspect(target);
        QVERIFY2(contents, qPrintable(contents.error().message));
        QCOMPARE(contents->customers, 1);
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header[18]), 1); // rollback journal, not WAL
        QCOMPARE(int(header[19]), 1);
    }

    void restoreRefusesABadFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty file")
            << "empty" << int(core::Error::Code::NotADatabase) << "not an SQLite file";
        QTest::newRow("text file")
            << "text" << int(core::Error::Code::NotADatabase) << "not an SQLite file";
        QTest::newRow("truncated") << "truncate" << int(core::Error::Code::NotADatabase) << "";
        QTest::newRow("damaged page") << "garble" << int(core::Error::Code::NotADatabase) << "";
        QTest::newRow("newer version")
            << "newer" << int(core::Error::Code::TooNew) << "newer version";
        QTest::newRow("another program")
            << "foreign" << int(core::Error::Code::NotADatabase) << "another program";
        QTest::newRow("missing") << "missing" << int(core::Error::Code::NotFound)
                                 << "does not exist";
    }
    void restoreRefusesABadFile()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QFETCH(QString, says);
        for (int i = 0; i < 300; ++i)
            addCustomer(QStringLiteral("Customer %1").arg(i),
                        QStringLiteral("c%1@example.com").arg(i));
        const QString bad = QDir(m_temp->dir()).filePath(QStringLiteral("bad.sqlite"));
        QVERIFY(core::OnlineBackup::copy(m_temp->connection(), bad, m_progress));
        if (damage == QStringLiteral("empty")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        } else if (damage == QStringLiteral("text")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("name,email\nAlice,alice@example.com\n");
        } else if (damage == QStringLiteral("truncate")) {
            QFile f(bad);
            QVERIFY(f.resize(f.size() / 2));
        } else if (damage == QStringLiteral("garble")) {
            // The last page holds table or index content: integrity_check finds it.
            QFile f(bad);
            const qint64 size = f.size();
            overwrite(bad, size - 4096 + 8, QByteArray(4000, '\x5a'));
        } else if (damage == QStringLiteral("newer")) {
            exec(bad, "PRAGMA user_version = 99");
        } else if (damage == QStringLiteral("foreign")) {
            exec(bad, "PRAGMA application_id = 42");
        } else if (damage == QStringLiteral("missing")) {
            QFile::remove(bad);
        }
        const int before = liveCustomers();
        auto restored = service().restore(bad, {}, m_progress);
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().code), code);
        QVERIFY2(restored.error().message.contains(says), qPrintable(restored.error().message));
        if (damage != QStringLiteral("missing"))
            QVERIFY2(restored.error().message.contains(QStringLiteral("bad.sqlite")),
                     qPrintable(restored.error().message));
        // Nothing was replaced, nor kept: the refusal came first.
        QCOMPARE(liveCustomers(), before);
        QVERIFY(BackupCatalog::list(BackupCatalog::defaultFolderFor(m_temp->path()),
                                    QStringLiteral("rapport"))
                    .isEmpty());
    }

    void encryptedBackupRoundTrip()
    {
        addCustomer(QStringLiteral("Secret Customer"), QStringLiteral("secret@example.com"));
        auto path = service().backUpNow({}, kPassword, m_progress);
        QVERIFY2(path, qPrintable(path.error().message));
        QVERIFY(path->endsWith(BackupArchive::kSuffix));
        QVERIFY(BackupArchive::isArchive(*path));
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("secret@example.com"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        // No decrypted copy is left behind.
        QCOMPARE(QDir(QFileInfo(*path).absolutePath())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .size(),
                 1);

        auto noPassword = BackupService::verify(*path, {}, m_progress);
        QVERIFY(!noPassword);
        QVERIFY(noPassword.error().message.contains(QStringLiteral("encrypted")));
        auto wrong = BackupService::verify(*path, QStringLiteral("wrong password"), m_progress);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("password does not open")),
                 qPrintable(wrong.error().message));

        addCustomer(QStringLiteral("Added later"));
        auto restored = service().restore(*path, kPassword, m_progress);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(liveNames(), QStringList{QStringLiteral("Secret Customer")});
    }

    // The GUI checks first and asks; the restore then uses the copy it checked,
    // so the archive is neither needed nor decrypted again.
    void checkedArchiveRestoresWithoutDecryptingAgain()
    {
        addCustomer(QStringLiteral("Secret Customer"));
        auto path = service().backUpNow({}, kPassword, m_progress);
        QVERIFY2(path, qPrintable(path.error().message));
        auto checked = std::make_unique<core::backup::CheckedBackup>();
        {
            auto result = BackupService::check(*path, kPassword, m_progress);
            QVERIFY2(result, qPrintable(result.error().message));
            *checked = std::move(*result);
        }
        QCOMPARE(checked->contents.customers, 1);
        const QString decrypted = checked->checkedFile;
        QVERIFY(decrypted != *path);
        QVERIFY(QFile::exists(decrypted));
        QVERIFY(QFile::remove(*path));

        addCustomer(QStringLiteral("Added later"));
        auto restored = service().restore(*checked, m_progress);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(liveNames(), QStringList{QStringLiteral("Secret Customer")});
        checked.reset();
        QVERIFY(!QFile::exists(decrypted)); // the plain copy goes with the object
    }

    // A plain backup changed between the check and the restore is checked again.
    void plainBackupChangedAfterCheckIsCheckedAgain()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        auto path = service().backUpNow({}, {}, m_progress);
        QVERIFY2(path, qPrintable(path.error().message));
        auto checked = BackupService::check(*path, {}, m_progress);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QCOMPARE(checked->checkedFile, *path);
        {
            QFile file(*path);
            QVERIFY(file.resize(file.size() / 2));
        }
        addCustomer(QStringLiteral("Kept"));
        auto restored = service().restore(*checked, m_progress);
        QVERIFY(!restored);
        QCOMPARE(liveNames(),
                 (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Kept")}));
    }

    void damagedArchiveIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("flipped byte") << "flip";
        QTest::newRow("weaker key parameters") << "params";
        QTest::newRow("appended bytes") << "append";
    }
    void damagedArchiveIsRefused()
    {
        QFETCH(QString, damage);
        for (int i = 0; i < 200; ++i)
            addCustomer(QStringLiteral("Customer %1").arg(i));
        const QString archive = QDir(m_temp->dir()).filePath(QStringLiteral("x.rapport-backup"));
        QVERIFY(service().backUpNow(archive, kPassword, m_progress));
        QFile f(archive);
        const qint64 size = f.size();
        if (damage == QStringLiteral("truncate"))
            QVERIFY(f.resize(size - 70000));
        else if (damage == QStringLiteral("flip"))
            overwrite(archive, size / 2, QByteArray("\x01\x02\x03", 3));
        else if (damage == QStringLiteral("params"))
            overwrite(archive, 8, QByteArray("\x02\0\0\0\0\0\0\0", 8)); // opslimit 2
        else {
            QVERIFY(f.open(QIODevice::Append));
            f.write("trailing");
            f.close();
        }
        const int before = liveCustomers();
        auto restored = service().restore(archive, kPassword, m_progress);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(QStringLiteral("x.rapport-backup")),
                 qPrintable(restored.error().message));
        QCOMPARE(liveCustomers(), before);
    }

    void shortPasswordIsRefused()
    {
        auto path = service().backUpNow({}, QStringLiteral("short"), m_progress);
        QVERIFY(!path);
        QCOMPARE(path.error().field, QStringLiteral("password"));
    }

    void rotationPlan_data()
    {
        QTest::addColumn<QList<BackupEntry>>("existing");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("takeDaily");
        QTest::addColumn<bool>("takeWeekly");
        QTest::addColumn<int>("removed");

        QTest::newRow("first run") << QList<BackupEntry>{} << utc(0) << true << true << 0;
        QTest::newRow("same day") << QList<BackupEntry>{entry(BackupKind::Daily, utc(0)),
                                                        entry(BackupKind::Weekly, utc(0))}
                                  << utc(0, 15) << false << false << 0;
        QTest::newRow("next day a bit earlier")
            << QList<BackupEntry>{entry(BackupKind::Daily, utc(0, 9)),
                                  entry(BackupKind::Weekly, utc(0, 9))}
            << utc(1, 8) << true << false << 0;
        QTest::newRow("a week later") << QList<BackupEntry>{entry(BackupKind::Daily, utc(6)),
                                                            entry(BackupKind::Weekly, utc(0))}
                                      << utc(7) << true << true << 0;
        QList<BackupEntry> full;
        for (int day = 0; day < 7; ++day)
            full << entry(BackupKind::Daily, utc(day));
        full << entry(BackupKind::Weekly, utc(6)) << entry(BackupKind::Manual, utc(-100));
        QTest::newRow("eighth daily drops the oldest") << full << utc(7) << true << false << 1;
        QTest::newRow("manual backups stay")
            << QList<BackupEntry>{entry(BackupKind::Manual, utc(-300)),
                                  entry(BackupKind::BeforeRestore, utc(-200)),
                                  entry(BackupKind::Daily, utc(0)),
                                  entry(BackupKind::Weekly, utc(0))}
            << utc(0, 10) << false << false << 0;
    }
    void rotationPlan()
    {
        QFETCH(QList<BackupEntry>, existing);
        QFETCH(QDateTime, now);
        QFETCH(bool, takeDaily);
        QFETCH(bool, takeWeekly);
        QFETCH(int, removed);
        const auto plan = BackupCatalog::plan(existing, now, RotationPolicy{});
        QCOMPARE(plan.takeDaily, takeDaily);
        QCOMPARE(plan.takeWeekly, takeWeekly);
        QCOMPARE(plan.remove.size(), removed);
        if (removed == 1)
            QCOMPARE(plan.remove.first(), existing.first().path); // the oldest daily
        const auto off = BackupCatalog::plan(existing, now, RotationPolicy{false, 7, 4});
        QVERIFY(!off.takeDaily && !off.takeWeekly && off.remove.isEmpty());
    }

    // Forty days of opening Rapport every morning with 3 dailies and 2 weeklies
    // kept: the folder ends with exactly those, the newest ones, and the manual
    // backup made on the first day.
    void rotationOverFortyDays()
    {
        addCustomer(QStringLiteral("Alice Martin"));
        core::backup::BackupSettings settings = *service().settings();
        settings.policy.keepDaily = 3;
        settings.policy.keepWeekly = 2;
        settings.folder = QDir(m_temp->dir()).filePath(QStringLiteral("elsewhere"));
        QVERIFY(service().saveSettings(settings));
        QVERIFY(service().backUpNow({}, {}, m_progress));
        for (int day = 0; day < 40; ++day) {
            auto result = service().rotate(utc(day, 8 + day % 2), m_progress);
            QVERIFY2(result, qPrintable(result.error().message));
            QVERIFY(!result->taken.isEmpty());
            // A second start on the same day changes nothing.
            auto again = service().rotate(utc(day, 12), m_progress);
            QVERIFY(again->taken.isEmpty() && again->removed.isEmpty());
        }
        const auto entries = BackupCatalog::list(settings.folder, QStringLiteral("rapport"));
        QStringList kinds;
        for (const BackupEntry& e : entries)
            kinds << BackupCatalog::kindKey(e.kind);
        QCOMPARE(kinds.count(QStringLiteral("daily")), 3);
        QCOMPARE(kinds.count(QStringLiteral("weekly")), 2);
        QCOMPARE(kinds.count(QStringLiteral("manual")), 1);
        QCOMPARE(entries.first().takenAt.date(), utc(39).date());
        for (const BackupEntry& e : entries)
            QVERIFY2(BackupService::verify(e.path, {}, m_progress), qPrintable(e.path));
    }

    void settingsAreValidated()
    {
        auto settings = *service().settings();
        QCOMPARE(settings.folder, BackupCatalog::defaultFolderFor(m_temp->path()));
        QVERIFY(settings.policy.enabled);
        QCOMPARE(settings.policy.keepDaily, 7);
        QCOMPARE(settings.policy.keepWeekly, 4);
        settings.policy.keepDaily = 0;
        auto refused = service().saveSettings(settings);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("keep_daily"));
        settings.policy.keepDaily = 10;
        settings.policy.enabled = false;
        QVERIFY(service().saveSettings(settings));
        QCOMPARE(service().settings()->policy.keepDaily, 10);
        QVERIFY(!service().settings()->policy.enabled);
        QVERIFY(service().rotate(utc(0), m_progress)->taken.isEmpty());
    }

    // After an erasure: plain backups that still have the customer's real name
    // hold them (certain); encrypted ones made before may (uncertain); a backup
    // made after the erasure does not.
    void findsBackupsStillHoldingAnErasedCustomer()
    {
        const core::RowId id = addCustomer(QStringLiteral("Alice Martin"));
        const QString uuid =
            core::sql::scalar(m_temp->connection(),
                              QStringLiteral("SELECT uuid FROM customers WHERE id = ?"),
                              {qlonglong(id)})
                ->toString();
        auto before = service().rotate(utc(0), m_progress);
        auto encrypted = service().backUpNow({}, kPassword, m_progress);
        QVERIFY(before && encrypted);
        const QString placeholder = QStringLiteral("Erased customer #%1").arg(id);
        QVERIFY(core::sql::execOnce(m_temp->connection(),
                                    QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"),
                                    {placeholder, qlonglong(id)}));
        const QDateTime erasedAt = QDateTime::currentDateTimeUtc().addSecs(1);
        auto after = service().rotate(utc(30), m_progress);
        QVERIFY(after);
        auto holding = service().backupsHolding(uuid, erasedAt);
        QVERIFY2(holding, qPrintable(holding.error().message));
        QStringList certain, maybe;
        for (const auto& h : *holding)
            (h.certain ? certain : maybe) << h.entry.path;
        certain.sort();
        QStringList taken = before->taken;
        taken.sort();
        QCOMPARE(certain, taken); // the daily and the weekly of day 0
        QCOMPARE(maybe, QStringList{*encrypted});
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
