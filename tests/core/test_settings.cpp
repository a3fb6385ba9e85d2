#include "common/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using rapport::core::Settings;
using Key = rapport::core::Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("language follows the system") << int(Key::Language) << QVariant(QString());
        QTest::addRow("no database yet") << int(Key::LastDatabasePath) << QVariant(QString());
        QTest::addRow("first run not done") << int(Key::FirstRunDone) << QVariant(false);
    }

    void defaults()
    {
        QFETCH(int, key);
        QFETCH(QVariant, expected);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("rapport.ini")));
        QCOMPARE(settings.value(Key(key)).toString(), expected.toString());
    }

    void valuesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rapport.ini"));
        {
            Settings settings(file);
            settings.setValue(Key::Language, QStringLiteral("zh_CN"));
            settings.setValue(Key::WindowGeometry, QByteArray("\x01\x02\x00\x03", 4));
            settings.setHeaderState(QStringLiteral("customers"), QByteArray("widths"));
        }
        Settings again(file);
        QCOMPARE(again.string(Key::Language), QStringLiteral("zh_CN"));
        QCOMPARE(again.bytes(Key::WindowGeometry), QByteArray("\x01\x02\x00\x03", 4));
        QCOMPARE(again.headerState(QStringLiteral("customers")), QByteArray("widths"));
        QVERIFY(again.headerState(QStringLiteral("orders")).isEmpty());
        again.reset(Key::Language);
        QCOMPARE(again.string(Key::Language), QString());
    }

    void stampsTheVersion()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rapport.ini"));
        {
            Settings settings(file);
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), Settings::kSettingsVersion);
    }

    void keysHaveDistinctPaths()
    {
        QStringList paths;
        for (Key key : {Key::WindowGeometry, Key::WindowState, Key::Language, Key::LastDatabasePath,
                        Key::FirstRunDone})
            paths << Settings::path(key);
        paths.removeDuplicates();
        QCOMPARE(paths.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
