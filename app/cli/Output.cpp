#include "Output.h"

#include "Command.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace rapport::cli {

namespace output {

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
}

bool isWide(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
           || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
           || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
           || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

void line(const QString& text)
{
    write(stdout, text + QLatin1Char('\n'));
}

void json(const QJsonDocument& document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

int error(const QString& message, int status)
{
    std::fflush(stdout);
    // One line: a message with line breaks would confuse scripts reading stderr.
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    write(stderr, QStringLiteral("rapport-cli: ") + oneLine.trimmed() + QLatin1Char('\n'));
    return status;
}

int failure(const core::Error& e)
{
    return error(e.message, kExitFailure);
}

int usage(const QString& message)
{
    return error(message + QStringLiteral(" (see rapport-cli --help)"), kExitUsage);
}

void warning(const QString& message)
{
    write(stderr, QStringLiteral("rapport-cli: warning: ") + message + QLatin1Char('\n'));
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t cp : text.toUcs4())
        width += isWide(cp) ? 2 : 1;
    return width;
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& header : headers)
        widths << displayWidth(header);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto format = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += i + 1 < widths.size() ? padded(cell, widths[i]) + QStringLiteral("  ") : cell;
        }
        return text + QLatin1Char('\n');
    };
    QString text = format(headers);
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));
    text += format(rules);
    for (const QStringList& row : rows)
        text += format(row);
    return text;
}

} // namespace output

core::Result<core::Database> openDatabase(const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = core::Database::defaultPath();
        // The default database's folder is the one folder we create: a folder
        // the user named must exist (a typo should not make a new tree).
        const QString folder = QFileInfo(file).absolutePath();
        if (!QDir().mkpath(folder))
            return core::Error::make(core::Error::Code::Io,
                                     QStringLiteral("Cannot create the folder “%1”.")
                                         .arg(QDir::toNativeSeparators(folder)));
    }
    auto db = core::Database::open(file);
    if (db) {
        for (const QString& warning : db->warnings())
            output::warning(warning);
    }
    return db;
}

} // namespace rapport::cli
