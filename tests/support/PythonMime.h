#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace rapport::testing {

// Parses the message in `emlPath` with Python's email package
// (tests/support/parse_mime.py): an independent, real MIME parser, so our
// writer is never checked by our own reader. Empty when parsing failed.
inline QJsonObject parseMimeFile(const QString& emlPath)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(RAPPORT_SOURCE_DIR "/tests/support/parse_mime.py"), emlPath});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("parse_mime.py failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The same for bytes in memory.
inline QJsonObject parseMime(const QByteArray& mime)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    QFile file(dir.filePath(QStringLiteral("message.eml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(mime) != mime.size())
        return {};
    file.close();
    return parseMimeFile(file.fileName());
}

} // namespace rapport::testing
