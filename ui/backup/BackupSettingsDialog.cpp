#include "backup/BackupSettingsDialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QString kindName(core::backup::BackupKind kind)
{
    using core::backup::BackupKind;
    switch (kind) {
    case BackupKind::Daily:
        return BackupSettingsDialog::tr("Daily");
    case BackupKind::Weekly:
        return BackupSettingsDialog::tr("Weekly");
    case BackupKind::Manual:
        return BackupSettingsDialog::tr("Manual");
    case BackupKind::BeforeRestore:
        return BackupSettingsDialog::tr("Before a restore");
    }
    return {};
}

} // namespace

BackupSettingsDialog::BackupSettingsDialog(core::backup::BackupService service, QWidget* parent)
    : QDialog(parent)
    , m_service(std::move(service))
    , m_enabled(new QCheckBox(tr("Back up &automatically (while Rapport is open)"), this))
    , m_folder(new QLineEdit(this))
    , m_daily(new QSpinBox(this))
    , m_weekly(new QSpinBox(this))
    , m_list(new QTreeWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Backup Settings"));
    auto settings = m_service.settings();
    const core::backup::BackupSettings current =
        settings ? *settings : core::backup::BackupSettings{};
    m_enabled->setChecked(current.policy.enabled);
    m_folder->setText(QDir::toNativeSeparators(current.folder));
    m_daily->setRange(1, 365);
    m_daily->setValue(current.policy.keepDaily);
    m_weekly->setRange(1, 520);
    m_weekly->setValue(current.policy.keepWeekly);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(m_enabled);
    // A row holding a layout gets no buddy by itself: the mnemonic needs one.
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Keep &daily backups:"), m_daily);
    form->addRow(tr("Keep &weekly backups:"), m_weekly);
    auto* note = new QLabel(tr("A backup on the same disk guards against mistakes and damaged "
                               "files, not against losing the disk: choose a folder on another "
                               "drive, or copy an encrypted backup (File › Back Up Now…) "
                               "elsewhere from time to time."),
                            this);
    note->setWordWrap(true);

    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Encrypted"), tr("Size"), tr("File")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fillList();
    auto* openFolder = new QPushButton(tr("&Open Folder"), this);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QDir::fromNativeSeparators(m_folder->text())));
    });

    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(new QLabel(tr("Backups in this folder:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(openFolder, 0, Qt::AlignLeft);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 520);
}

void BackupSettingsDialog::fillList()
{
    m_list->clear();
    auto settings = m_service.settings();
    if (!settings)
        return;
    const QLocale locale;
    const auto entries = core::backup::BackupCatalog::list(
        settings->folder, core::backup::BackupCatalog::stemOf(m_service.databasePath()));
    for (const auto& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(entry.takenAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, kindName(entry.kind));
        item->setText(2, entry.encrypted ? tr("Yes") : tr("No"));
        item->setText(3, locale.formattedDataSize(entry.bytes));
        item->setText(4, QFileInfo(entry.path).fileName());
        item->setToolTip(4, QDir::toNativeSeparators(entry.path));
    }
}

void BackupSettingsDialog::accept()
{
    core::backup::BackupSettings settings;
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.policy.enabled = m_enabled->isChecked();
    settings.policy.keepDaily = m_daily->value();
    settings.policy.keepWeekly = m_weekly->value();
    if (settings.folder.isEmpty() || !QDir::isAbsolutePath(settings.folder)) {
        m_problem->setText(tr("Choose a folder (a full path) for the backups."));
        m_folder->setFocus();
        return;
    }
    if (auto saved = m_service.saveSettings(settings); !saved) {
        m_problem->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
