#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace rapport::core {
class Settings;
}

namespace rapport::ui {

class Session;

// Opens databases for the window and tells the user what went wrong: the core
// Error message for an open that fails (corrupt, newer version, read-only,
// locked, missing folder) and the Database warnings (network file system).
// Also owns the first-start choice between the demo database and an empty one.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // Opens `path` (created and migrated if new); nullptr after showing the error.
    static std::unique_ptr<Session> open(QWidget* parent, const QString& path);
    // Opens the demo database in the data location, generating it (2,000
    // customers) the first time.
    static std::unique_ptr<Session> openDemo(QWidget* parent);
    static QString demoPath();

    // Which file to open at start: `argument` if given; else the last database;
    // else, on the very first start, asks "demo or empty" (the default database).
    // `startsEmpty` is set when the user chose to start with an empty database
    // (the caller then offers the starter templates).
    static QString startupPath(QWidget* parent, core::Settings& settings, const QString& argument,
                               bool* startsEmpty = nullptr);
    static bool isDemoPath(const QString& path);

private:
    static bool ensureFolderOf(QWidget* parent, const QString& path);
};

} // namespace rapport::ui
