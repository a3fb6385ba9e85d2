#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport::ui {

// Tools › Application Password…: set, change or remove the database's
// application password and the idle minutes before the window locks, with the
// honest note that it guards the window, not the file.
class AppPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AppPasswordDialog(QSqlDatabase db, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QCheckBox* removeBox() const { return m_remove; }
    QSpinBox* minutesSpin() const { return m_minutes; }
    QLabel* problemLabel() const { return m_problem; }

    void accept() override;

private:
    QSqlDatabase m_db;
    bool m_isSet = false;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QCheckBox* m_remove;
    QSpinBox* m_minutes;
    QLabel* m_problem;
};

} // namespace rapport::ui
