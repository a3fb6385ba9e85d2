#include "contacts/VCardActions.h"

#include "Session.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "export/TransferTasks.h"
#include "import/ImportJob.h"
#include "import/ImportUndoCommand.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>
#include <climits>

namespace rapport::ui {

namespace {

using Key = core::Settings::Key;

// The export folder lives in Settings::Key::ExportChoices, shared with File → Export….
const QString kFolderKey = QStringLiteral("folder");

QString folderOr(const QString& folder)
{
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void showError(QWidget* parent, const QString& title, const QString& what, const core::Error& error)
{
    MessageBox::critical(parent, title, what + QStringLiteral("\n\n") + error.message, error.sql);
}

} // namespace

bool VCardActions::importFile(QWidget* parent, const PanelContext& context)
{
    if (!context.session)
        return false;
    const QString start =
        folderOr(context.settings ? context.settings->string(Key::ImportFolder) : QString());
    const QString path = FileDialog::existingFileName(
        parent, tr("Import vCards"), start, tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (context.settings)
        context.settings->setValue(Key::ImportFolder, QFileInfo(path).absolutePath());

    // The import's defaults: a card that matches a customer (by e-mail, phone
    // or name) is skipped, never merged silently.
    const auto report =
        TransferTasks::importVCards(parent, context.session->path(), path, core::import::Options());
    if (!report) {
        const core::Error& error = report.error();
        if (error.code == core::Error::Code::Cancelled)
            MessageBox::information(parent, tr("Import Cancelled"),
                                    tr("The import was cancelled; nothing was changed."));
        else
            showError(parent, tr("Import Failed"), tr("Nothing was imported."), error);
        return false;
    }
    const bool changed = changedData(*report);
    if (changed && context.undoStack) {
        QPointer<QWidget> window = parent;
        context.undoStack->push(new ImportUndoCommand(
            context.session, core::import::Entity::Customers, *report,
            [window](const core::Error& e) {
                MessageBox::critical(window, tr("Undo Import"), e.message, e.sql);
            }));
    }

    QString text =
        tr("“%1”: %Ln card(s) read.", nullptr, int(std::min<qint64>(report->rows, INT_MAX)))
            .arg(QFileInfo(path).fileName());
    text += QStringLiteral("\n\n")
            + tr("Added: %1\nUpdated: %2\nSkipped (already there): %3\nRejected: %4")
                  .arg(report->inserted)
                  .arg(report->updated)
                  .arg(report->skipped)
                  .arg(report->rejected);
    if (report->rejected > 0 && !report->errorsFile.isEmpty())
        text += QStringLiteral("\n\n")
                + tr("The rejected cards, with the reasons, are in “%1”.")
                      .arg(QDir::toNativeSeparators(report->errorsFile));
    if (changed)
        text += QStringLiteral("\n\n") + tr("Edit › Undo takes the import back.");
    MessageBox::information(parent, tr("vCards Imported"), text);
    return changed;
}

QString VCardActions::exportFile(QWidget* parent, const PanelContext& context)
{
    if (!context.session)
        return QString();
    QVariantMap choices =
        context.settings ? context.settings->value(Key::ExportChoices).toMap() : QVariantMap();
    const QDate today = core::Clock::system().nowUtc().toLocalTime().date();
    const QString suggested = QDir(folderOr(choices.value(kFolderKey).toString()))
                                  .filePath(QStringLiteral("customers-")
                                            + today.toString(Qt::ISODate) + QStringLiteral(".vcf"));
    const QString path =
        FileDialog::saveFileName(parent, tr("Export Customers as vCards"), suggested,
                                 tr("vCard files (*.vcf);;All files (*)"));
    if (path.isEmpty())
        return QString();
    if (context.settings) {
        choices.insert(kFolderKey, QFileInfo(path).absolutePath());
        context.settings->setValue(Key::ExportChoices, choices);
    }
    const auto report = TransferTasks::exportVCards(parent, context.session->path(), path);
    if (!report) {
        const core::Error& error = report.error();
        if (error.code == core::Error::Code::Cancelled)
            MessageBox::information(parent, tr("Export Cancelled"),
                                    tr("The export was cancelled; no file was written."));
        else
            showError(parent, tr("Export Failed"), tr("No file was written."), error);
        return QString();
    }
    return tr("Exported %Ln customer(s) to “%1”.", nullptr, report->contacts)
        .arg(QDir::toNativeSeparators(report->path));
}

} // namespace rapport::ui
