#include "DatabaseOpener.h"

#include "Session.h"
#include "common/Settings.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"
#include "widgets/ProgressRunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapport::ui {

namespace {

constexpr std::int64_t kDemoCustomers = 2000;
constexpr std::uint64_t kDemoSeed = 7;
} // namespace

std::unique_ptr<Session> DatabaseOpener::open(QWidget* parent, const QString& path)
{
    auto opened = Session::open(path);
    if (!opened) {
        MessageBox::critical(parent, tr("Cannot Open Database"),
                             tr("Rapport could not open %1.").arg(QDir::toNativeSeparators(path))
                                 + QStringLiteral("\n\n") + opened.error().message,
                             opened.error().sql);
        return nullptr;
    }
    std::unique_ptr<Session> session = std::move(opened).value();
    const QStringList warnings = session->database().warnings();
    if (!warnings.isEmpty())
        MessageBox::warning(parent, tr("Database Warning"), warnings.join(QLatin1Char('\n')));
    return session;
}

std::unique_ptr<Session> DatabaseOpener::openDemo(QWidget* parent)
{
    const QString path = demoPath();
    const bool existed = QFileInfo::exists(path);
    if (!ensureFolderOf(parent, path))
        return nullptr;
    std::unique_ptr<Session> session = open(parent, path);
    if (!session || existed)
        return session;

    // The demo company is written by a worker on its own connection, behind a
    // progress dialog with Cancel; a cancelled demo leaves no file behind.
    core::DemoOptions options;
    options.customers = kDemoCustomers;
    options.seed = kDemoSeed;
    const core::Status written = ProgressRunner::run(
        parent, tr("Creating the demo database…"), [path, options](core::Progress& progress) {
            core::Database::Options workerOptions;
            workerOptions.migrate = false; // the session above migrated it
            auto db = core::Database::open(path, workerOptions);
            if (!db)
                return core::Status(db.error());
            auto report = core::DemoGenerator::generate(db->connection(), options, progress);
            return report ? core::Status() : core::Status(report.error());
        });
    if (written)
        return session;
    session.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (written.error().code != core::Error::Code::Cancelled) {
        MessageBox::critical(parent, tr("Demo Database"),
                             tr("The demo data could not be written.") + QStringLiteral("\n\n")
                                 + written.error().message,
                             written.error().sql);
    }
    return nullptr;
}

QString DatabaseOpener::demoPath()
{
    return QFileInfo(core::Database::defaultPath()).dir().filePath(QStringLiteral("demo.db"));
}

bool DatabaseOpener::isDemoPath(const QString& path)
{
    return QFileInfo(path) == QFileInfo(demoPath());
}

QString DatabaseOpener::startupPath(QWidget* parent, core::Settings& settings,
                                    const QString& argument, bool* startsEmpty)
{
    using Key = core::Settings::Key;
    if (!argument.isEmpty())
        return argument;
    const QString last = settings.string(Key::LastDatabasePath);
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    const QString defaultPath = core::Database::defaultPath();
    if (QFileInfo::exists(defaultPath) || settings.flag(Key::FirstRunDone)) {
        ensureFolderOf(parent, defaultPath);
        return defaultPath;
    }
    const int answer = MessageBox::choice(
        parent, tr("Welcome to Rapport"),
        tr("Rapport keeps your customers, companies, products and orders in one file on this "
           "computer.\n\nWould you like to look around in a demo database with sample data "
           "first, or start with an empty database?"),
        tr("Open Demo Database"), tr("Start Empty"));
    settings.setValue(Key::FirstRunDone, true);
    if (answer == 0)
        return demoPath();
    if (startsEmpty)
        *startsEmpty = !QFileInfo::exists(defaultPath);
    ensureFolderOf(parent, defaultPath);
    return defaultPath;
}

bool DatabaseOpener::ensureFolderOf(QWidget* parent, const QString& path)
{
    const QDir folder = QFileInfo(path).dir();
    if (folder.exists() || QDir().mkpath(folder.path()))
        return true;
    MessageBox::critical(
        parent, tr("Cannot Open Database"),
        tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder.path())));
    return false;
}

} // namespace rapport::ui
