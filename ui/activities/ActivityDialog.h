#pragma once

#include "domain/Activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rapport::ui {

class FormValidation;

// Creates or edits one activity: kind, subject, text, an optional due time, a
// reminder (none, at the due time, 15 minutes, an hour or a day before, or a
// custom time) and "done". Problems show inline under the field.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    // The reminder choices, in the order of the combo box.
    enum class Reminder { None, AtDue, Minutes15, Hour1, Day1, Custom };

    explicit ActivityDialog(QWidget* parent = nullptr);

    // Fills the form; an activity with id 0 is a new one (its kind and
    // customer are kept).
    void setActivity(const core::Activity& activity);
    core::Activity activity() const;
    void setReminder(Reminder reminder);
    // Turns the due time on (tomorrow 09:00 unless one is set) or off.
    void setDueChecked(bool checked);

    bool validate();
    void accept() override;

private:
    void updateEnabled();

    core::Activity m_activity;
    QComboBox* m_kindCombo;
    QLineEdit* m_subjectEdit;
    QPlainTextEdit* m_bodyEdit;
    QCheckBox* m_dueCheck;
    QDateTimeEdit* m_dueEdit;
    QComboBox* m_reminderCombo;
    QDateTimeEdit* m_reminderEdit;
    QCheckBox* m_doneCheck;
    FormValidation* m_validation;
};

} // namespace rapport::ui
