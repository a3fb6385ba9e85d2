#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::cli {

// Printing for the commands: stdout for results, stderr for one-line errors.
namespace output {

void line(const QString& text = {});
void json(const QJsonDocument& document);
// "rapport-cli: <message>" on stderr; returns the exit status to use.
int error(const QString& message, int status);
int failure(const core::Error& error); // exit status 1
int usage(const QString& message);     // exit status 2
void warning(const QString& message);

// A plain text table whose columns line up in a terminal, counting East Asian
// wide characters (汉字) as two columns.
QString table(const QStringList& headers, const QList<QStringList>& rows);
int displayWidth(const QString& text);

} // namespace output

// Opens `path` (or the default database, creating its folder), printing the
// database's warnings on stderr.
core::Result<core::Database> openDatabase(const QString& path);

} // namespace rapport::cli
