// The GUI entry point: command line, translations, settings, then the window.
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "common/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

// Loads Rapport's own translation and Qt's (standard buttons, dialogs) for the
// language the user chose in View › Language, else the system's.
void installTranslators(QApplication& app, const QString& override)
{
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (!override.isEmpty())
        QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("rapport"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    rapport::core::Settings settings;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Rapport, a desktop CRM for small businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The database to open (created if it does not exist)."),
        QStringLiteral("[file]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the main window to <png> and quit."),
        QStringLiteral("png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1280x800."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use this language for this run (en, zh_CN)."),
        QStringLiteral("code"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo database (created the first time)."));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(languageOption);
    parser.process(app);
    installTranslators(app, parser.isSet(languageOption)
                                ? parser.value(languageOption)
                                : settings.string(rapport::core::Settings::Key::Language));

    rapport::ui::MainWindow window(settings);
    const QString argument = parser.positionalArguments().value(0);
    bool startsEmpty = false;
    const QString path =
        parser.isSet(demoOption)
            ? rapport::ui::DatabaseOpener::demoPath()
            : rapport::ui::DatabaseOpener::startupPath(&window, settings, argument, &startsEmpty);
    if (rapport::ui::DatabaseOpener::isDemoPath(path))
        window.openDemoDatabase();
    else if (window.openDatabase(path) && startsEmpty)
        window.offerStarterTemplate();

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
    }
    window.show();
    if (!screenshot.isEmpty()) {
        // Grab once the window has been laid out and painted, then quit
        // without saving the screenshot's window size as the user's.
        QTimer::singleShot(500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            QCoreApplication::exit(saved ? 0 : 1);
        });
        return QApplication::exec();
    }
    return QApplication::exec();
}
