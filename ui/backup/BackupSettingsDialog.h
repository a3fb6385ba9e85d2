#pragma once

#include "backup/BackupService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace rapport::ui {

// File › Backup Settings…: whether automatic backups run, where they go and how
// many daily and weekly ones are kept, with the backups already there.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupSettingsDialog(core::backup::BackupService service, QWidget* parent = nullptr);

    QCheckBox* enabledBox() const { return m_enabled; }
    QLineEdit* folderEdit() const { return m_folder; }
    QSpinBox* dailySpin() const { return m_daily; }
    QSpinBox* weeklySpin() const { return m_weekly; }
    QTreeWidget* backupList() const { return m_list; }

    void accept() override;

private:
    void fillList();

    core::backup::BackupService m_service;
    QCheckBox* m_enabled;
    QLineEdit* m_folder;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QTreeWidget* m_list;
    QLabel* m_problem;
};

} // namespace rapport::ui
