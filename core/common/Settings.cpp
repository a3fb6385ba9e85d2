#include "common/Settings.h"

#include <QSettings>

namespace rapport::core {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* path;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    // One entry per key, in enum order.
    static const KeyInfo table[] = {
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::Language, "general/language", QString()},
        {Settings::Key::LastDatabasePath, "general/lastDatabasePath", QString()},
        {Settings::Key::FirstRunDone, "general/firstRunDone", false},
        {Settings::Key::ImportFolder, "import/folder", QString()},
        {Settings::Key::ImportFormats, "import/formats", QVariantMap()},
        {Settings::Key::ExportChoices, "export/choices", QVariantMap()},
        {Settings::Key::MailBackgroundSending, "mail/backgroundSending", true},
    };
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(index < std::size(table) && table[index].key == key);
    return table[index];
}

const QString kVersionPath = QStringLiteral("settingsVersion");
const QString kHeaderGroup = QStringLiteral("headers/");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings()
{
    m_settings->sync();
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_settings->value(QLatin1String(entry.path), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(info(key).path), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(info(key).path));
}

QByteArray Settings::headerState(const QString& table) const
{
    return m_settings->value(kHeaderGroup + table).toByteArray();
}

void Settings::setHeaderState(const QString& table, const QByteArray& state)
{
    m_settings->setValue(kHeaderGroup + table, state);
}

QString Settings::path(Key key)
{
    return QLatin1String(info(key).path);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

// Version 1 is the first layout. A later version that renames or reshapes a key
// adds a step here: read the old path, write the new one, remove the old.
void Settings::migrate()
{
    const int version = m_settings->value(kVersionPath, 0).toInt();
    if (version >= kSettingsVersion)
        return;
    // 0 -> 1: nothing to convert (a new or empty file).
    m_settings->setValue(kVersionPath, kSettingsVersion);
}

} // namespace rapport::core
