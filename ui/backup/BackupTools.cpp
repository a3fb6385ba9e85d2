#include "backup/BackupTools.h"

#include "Session.h"
#include "backup/BackupArchive.h"
#include "backup/BackupService.h"
#include "backup/BackupSettingsDialog.h"
#include "backup/PasswordDialog.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/ProgressRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace rapport::ui {

namespace {

using core::backup::BackupArchive;
using core::backup::BackupCatalog;
using core::backup::BackupService;

constexpr int kFirstRotationMs = 60 * 1000;
constexpr int kRotationEveryMs = 60 * 60 * 1000;

// Workers open their own connection: connections belong to one thread.
core::Result<core::Database> openForWorker(const QString& path)
{
    core::Database::Options options;
    options.migrate = false;
    return core::Database::open(path, options);
}

} // namespace

BackupTools::BackupTools(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setInterval(kRotationEveryMs);
        rotateInBackground();
    });
}

BackupTools::~BackupTools()
{
    waitForRotation();
}

void BackupTools::setSession(Session* session)
{
    waitForRotation();
    m_session = session;
    m_timer->stop();
    if (m_session && m_session->path() != QStringLiteral(":memory:")) {
        m_timer->setInterval(kFirstRotationMs);
        m_timer->start();
    }
}

void BackupTools::waitForRotation()
{
    if (m_rotation)
        m_rotation->wait();
}

void BackupTools::rotateInBackground()
{
    if (!m_session || (m_rotation && m_rotation->isRunning()))
        return;
    const QString path = m_session->path();
    QThread* thread = QThread::create([this, path] {
        QString text;
        if (auto db = openForWorker(path)) {
            core::SilentProgress progress;
            auto result = BackupService(db->connection(), path)
                              .rotate(QDateTime::currentDateTimeUtc(), progress);
            if (!result)
                text = tr("Automatic backup failed: %1").arg(result.error().message);
            else if (!result->taken.isEmpty())
                text = tr("Backed up automatically to %1")
                           .arg(QDir::toNativeSeparators(QFileInfo(result->taken.first()).path()));
        } else {
            text = tr("Automatic backup failed: %1").arg(db.error().message);
        }
        if (!text.isEmpty())
            QMetaObject::invokeMethod(this, [this, text] { Q_EMIT message(text); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_rotation = thread;
    thread->start(QThread::LowPriority);
}

void BackupTools::backUpNow()
{
    if (!m_session)
        return;
    const QString path = m_session->path();
    BackupService service(m_session->connection(), path);
    auto settings = service.settings();
    const QString folder = settings ? settings->folder : QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    const QString suggested = QDir(folder).filePath(
        BackupCatalog::fileName(BackupCatalog::stemOf(path), core::backup::BackupKind::Manual,
                                QDateTime::currentDateTimeUtc(), false));
    QString target =
        FileDialog::saveFileName(m_window, tr("Back Up Now"), suggested,
                                 tr("Rapport backup (*.sqlite);;Encrypted Rapport backup (*%1)")
                                     .arg(BackupArchive::kSuffix));
    if (target.isEmpty())
        return;
    QString password;
    if (target.endsWith(BackupArchive::kSuffix)) {
        password = PasswordDialog::ask(m_window, PasswordDialog::Purpose::NewArchive, target);
        if (password.isEmpty())
            return;
    }
    QString written;
    const core::Status status =
        ProgressRunner::run(m_window, tr("Backing Up"), [&](core::Progress& progress) {
            auto db = openForWorker(path);
            if (!db)
                return core::Status(db.error());
            auto result =
                BackupService(db->connection(), path).backUpNow(target, password, progress);
            if (!result)
                return core::Status(result.error());
            written = *result;
            return core::Status();
        });
    if (!status) {
        if (status.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(m_window, tr("Back Up Now"), status.error().message);
        return;
    }
    Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(written)));
}

void BackupTools::restore()
{
    if (!m_session)
        return;
    const QString path = m_session->path();
    auto settings = BackupService(m_session->connection(), path).settings();
    const QString file = FileDialog::existingFileName(
        m_window, tr("Restore from Backup"), settings ? settings->folder : QString(),
        tr("Rapport backups (*.sqlite *%1);;All files (*)").arg(BackupArchive::kSuffix));
    if (file.isEmpty())
        return;
    QString password;
    if (BackupArchive::isArchive(file)) {
        password = PasswordDialog::ask(m_window, PasswordDialog::Purpose::OpenArchive, file);
        if (password.isEmpty())
            return;
    }
    // The checked copy (an archive's decrypted one) is what gets restored below:
    // no second key derivation and decryption.
    core::backup::CheckedBackup checked;
    core::Status status =
        ProgressRunner::run(m_window, tr("Checking the Backup"), [&](core::Progress& progress) {
            auto result = BackupService::check(file, password, progress);
            if (!result)
                return core::Status(result.error());
            checked = std::move(*result);
            return core::Status();
        });
    if (!status) {
        if (status.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(m_window, tr("Restore from Backup"), status.error().message);
        return;
    }
    const QLocale locale;
    const auto entry = BackupCatalog::parse(file, BackupCatalog::stemOf(path));
    const QString taken =
        entry ? locale.toString(entry->takenAt.toLocalTime(), QLocale::LongFormat)
              : locale.toString(QFileInfo(file).lastModified(), QLocale::LongFormat);
    const QString question =
        tr("“%1” (%2) is a whole Rapport backup with %n customer(s)", nullptr,
           int(qMin<qint64>(checked.contents.customers, INT_MAX)))
            .arg(QFileInfo(file).fileName(), taken)
        + QLatin1Char(' ')
        + tr("and %n order(s).", nullptr, int(qMin<qint64>(checked.contents.orders, INT_MAX)))
        + QStringLiteral("\n\n")
        + tr("Replace everything in “%1” with it? The database as it is now is kept as a "
             "backup first, so this can be reversed by restoring that one.")
              .arg(QFileInfo(path).fileName());
    if (MessageBox::question(m_window, tr("Restore from Backup"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    waitForRotation();
    Q_EMIT aboutToReplace();
    core::backup::RestoreResult result;
    status = ProgressRunner::run(m_window, tr("Restoring"), [&](core::Progress& progress) {
        auto db = openForWorker(path);
        if (!db)
            return core::Status(db.error());
        auto restored = BackupService(db->connection(), path).restore(checked, progress);
        if (!restored)
            return core::Status(restored.error());
        result = *restored;
        return core::Status();
    });
    if (!status) {
        if (status.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(m_window, tr("Restore from Backup"), status.error().message);
        return;
    }
    Q_EMIT reopenRequested(path);
    Q_EMIT message(tr("Restored from %1; the previous database is kept as %2")
                       .arg(QFileInfo(file).fileName(), QDir::toNativeSeparators(result.keptAs)));
}

void BackupTools::showSettings()
{
    if (!m_session)
        return;
    BackupSettingsDialog dialog(BackupService(m_session->connection(), m_session->path()),
                                m_window);
    dialog.exec();
}

void BackupTools::reportErasure(const QString& uuid, const QDateTime& erasedAtUtc)
{
    if (!m_session)
        return;
    waitForRotation();
    auto holding =
        BackupService(m_session->connection(), m_session->path()).backupsHolding(uuid, erasedAtUtc);
    if (!holding) {
        MessageBox::warning(m_window, tr("Erase Personal Data"), holding.error().message);
        return;
    }
    if (holding->isEmpty())
        return;
    QStringList lines;
    for (const auto& h : *holding)
        lines << (h.certain ? QStringLiteral("• %1") : tr("• %1 (encrypted: may hold them)"))
                     .arg(QDir::toNativeSeparators(h.entry.path));
    const QString text =
        tr("%n backup(s) still hold this customer's personal data:", nullptr, int(holding->size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + tr("Delete them? Copies elsewhere (other disks, sent files) must be deleted by hand.");
    if (MessageBox::question(m_window, tr("Erase Personal Data"), text,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    int removed = 0;
    for (const auto& h : *holding)
        removed += QFile::remove(h.entry.path) ? 1 : 0;
    Q_EMIT message(tr("%n backup(s) deleted.", nullptr, removed));
}

} // namespace rapport::ui
