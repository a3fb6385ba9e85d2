#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rapport::testing {

// The result of one run of the real rapport-cli binary.
struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs rapport-cli (its path comes from the build) with `arguments`; `environment`
// adds or replaces variables (e.g. XDG_DATA_HOME for the default database).
// Writes `bytes` to `path` (replacing it) and returns the path: input files for the CLI.
inline QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

inline CliRun runCli(const QStringList& arguments, int timeoutMs = 120000,
                     const QProcessEnvironment& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys())
        env.insert(key, environment.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RAPPORT_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace rapport::testing
