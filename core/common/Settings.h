#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace rapport::core {

// The user's preferences, typed. Every key is an enum value with one {path,
// default} entry in Settings.cpp, so no caller spells a QSettings path and a
// renamed key is a migration, not a silent loss (house style H14). Tests point
// it at a temporary INI file; the app uses the platform's default location.
// Qt Core only: window geometry and header states are opaque QByteArrays.
class Settings
{
public:
    enum class Key {
        WindowGeometry,   // QByteArray from QWidget::saveGeometry()
        WindowState,      // QByteArray from QMainWindow::saveState()
        Language,         // "" = follow the system; else "en", "zh_CN", ...
        LastDatabasePath, // the database opened last ("" = none yet)
        FirstRunDone,     // the first-start choice (demo or empty) was made
        ImportFolder,     // the folder the last imported file came from
        ImportFormats,    // QVariantMap: entity key -> {"encoding", "delimiter"} last used
        ExportChoices,    // QVariantMap: "folder", "encoding", "delimiter", "headers" last used
        MailBackgroundSending, // the outbox sends by itself while mail is due (default on)
    };

    // Written into the file; migrate() brings older files up to it.
    static constexpr int kSettingsVersion = 1;

    // The user's settings in the platform's default place (uses the
    // application's organization and name).
    Settings();
    // Settings kept in an INI file at `iniPath` (tests use a temporary file).
    explicit Settings(const QString& iniPath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key); // back to the default

    // Typed conveniences for the common keys.
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    QString string(Key key) const { return value(key).toString(); }
    bool flag(Key key) const { return value(key).toBool(); }

    // The header state (column widths, order, sort indicator) of one table,
    // keyed by a stable table name such as "customers".
    QByteArray headerState(const QString& table) const;
    void setHeaderState(const QString& table, const QByteArray& state);

    // The settings path of a key, for diagnostics.
    static QString path(Key key);
    static QVariant defaultValue(Key key);

    // Writes pending changes to storage (also done on destruction).
    void sync();
    QString fileName() const;

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rapport::core
