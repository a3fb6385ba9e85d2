#include "activities/ActivityDialog.h"

#include "activities/ActivityFormat.h"
#include "storage/ActivityRepository.h"
#include "widgets/FormValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kSubject = QStringLiteral("subject");
const QString kDue = QStringLiteral("due_at");
const QString kRemind = QStringLiteral("remind_at");

constexpr core::ActivityKind kKinds[] = {core::ActivityKind::Note, core::ActivityKind::Call,
                                         core::ActivityKind::Meeting, core::ActivityKind::Task,
                                         core::ActivityKind::Email};

// Seconds before the due time for the preset reminders (-1: not a preset).
qint64 leadOf(ActivityDialog::Reminder reminder)
{
    switch (reminder) {
    case ActivityDialog::Reminder::AtDue:
        return 0;
    case ActivityDialog::Reminder::Minutes15:
        return 15 * 60;
    case ActivityDialog::Reminder::Hour1:
        return 3600;
    case ActivityDialog::Reminder::Day1:
        return 86400;
    default:
        return -1;
    }
}

// Tomorrow at 09:00 local time: a sensible first due time for a new task.
QDateTime defaultDue()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
}
} // namespace

ActivityDialog::ActivityDialog(QWidget* parent)
    : QDialog(parent)
    , m_kindCombo(new QComboBox(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_dueCheck(new QCheckBox(tr("Due"), this))
    , m_dueEdit(new QDateTimeEdit(this))
    , m_reminderCombo(new QComboBox(this))
    , m_reminderEdit(new QDateTimeEdit(this))
    , m_doneCheck(new QCheckBox(tr("&Done"), this))
{
    setWindowTitle(tr("New Activity"));
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_subjectEdit->setObjectName(QStringLiteral("subjectLineEdit"));
    m_bodyEdit->setObjectName(QStringLiteral("bodyTextEdit"));
    m_dueCheck->setObjectName(QStringLiteral("dueCheckBox"));
    m_dueEdit->setObjectName(QStringLiteral("dueDateTimeEdit"));
    m_reminderCombo->setObjectName(QStringLiteral("reminderComboBox"));
    m_reminderEdit->setObjectName(QStringLiteral("reminderDateTimeEdit"));
    m_doneCheck->setObjectName(QStringLiteral("doneCheckBox"));

    for (core::ActivityKind kind : kKinds)
        m_kindCombo->addItem(ActivityFormat::kindName(kind), int(kind));
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setMinimumHeight(90);
    for (QDateTimeEdit* edit : {m_dueEdit, m_reminderEdit}) {
        edit->setCalendarPopup(true);
        edit->setDateTime(defaultDue());
    }
    m_reminderCombo->addItems({tr("None"), tr("At the due time"), tr("15 minutes before"),
                               tr("1 hour before"), tr("1 day before"), tr("At a chosen time")});

    auto* dueRow = new QWidget(this);
    auto* dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_dueCheck);
    dueLayout->addWidget(m_dueEdit, 1);
    auto* remindRow = new QWidget(this);
    auto* remindLayout = new QHBoxLayout(remindRow);
    remindLayout->setContentsMargins(0, 0, 0, 0);
    remindLayout->addWidget(m_reminderCombo);
    remindLayout->addWidget(m_reminderEdit, 1);

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addPlainRow(tr("&Kind:"), m_kindCombo);
    m_validation->addRow(kSubject, tr("&Subject:"), m_subjectEdit);
    m_validation->addPlainRow(tr("&Text:"), m_bodyEdit);
    m_validation->addRow(kDue, tr("D&ue:"), dueRow);
    m_validation->addRow(kRemind, tr("&Reminder:"), remindRow);
    m_validation->addPlainRow(QString(), m_doneCheck);
    m_subjectEdit->setFocus();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    connect(m_dueCheck, &QCheckBox::toggled, this, &ActivityDialog::updateEnabled);
    connect(m_reminderCombo, &QComboBox::currentIndexChanged, this, &ActivityDialog::updateEnabled);
    updateEnabled();
    resize(460, sizeHint().height());
}

void ActivityDialog::setActivity(const core::Activity& activity)
{
    m_activity = activity;
    setWindowTitle(activity.id ? tr("Edit %1").arg(ActivityFormat::kindName(activity.kind))
                               : tr("New %1").arg(ActivityFormat::kindName(activity.kind)));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(activity.kind)));
    m_subjectEdit->setText(activity.subject);
    m_bodyEdit->setPlainText(activity.body);
    m_dueCheck->setChecked(activity.dueAt.isValid());
    m_dueEdit->setDateTime(activity.dueAt.isValid() ? activity.dueAt.toLocalTime() : defaultDue());
    Reminder reminder = Reminder::None;
    if (activity.remindAt.isValid()) {
        reminder = Reminder::Custom;
        if (activity.dueAt.isValid()) {
            const qint64 lead = activity.remindAt.secsTo(activity.dueAt);
            for (Reminder r :
                 {Reminder::AtDue, Reminder::Minutes15, Reminder::Hour1, Reminder::Day1}) {
                if (leadOf(r) == lead)
                    reminder = r;
            }
        }
        m_reminderEdit->setDateTime(activity.remindAt.toLocalTime());
    }
    setReminder(reminder);
    m_doneCheck->setChecked(activity.isDone());
    updateEnabled();
}

void ActivityDialog::setReminder(Reminder reminder)
{
    m_reminderCombo->setCurrentIndex(int(reminder));
}

void ActivityDialog::setDueChecked(bool checked)
{
    m_dueCheck->setChecked(checked);
}

core::Activity ActivityDialog::activity() const
{
    core::Activity a = m_activity;
    a.kind = core::ActivityKind(m_kindCombo->currentData().toInt());
    a.subject = m_subjectEdit->text().simplified();
    a.body = m_bodyEdit->toPlainText().trimmed();
    a.dueAt = m_dueCheck->isChecked() ? m_dueEdit->dateTime().toUTC() : QDateTime();
    const auto reminder = Reminder(m_reminderCombo->currentIndex());
    const qint64 lead = leadOf(reminder);
    if (reminder == Reminder::None)
        a.remindAt = {};
    else if (reminder == Reminder::Custom)
        a.remindAt = m_reminderEdit->dateTime().toUTC();
    else
        a.remindAt = a.dueAt.isValid() ? a.dueAt.addSecs(-lead) : QDateTime();
    // Ticking "done" keeps the first done time; unticking clears it.
    if (!m_doneCheck->isChecked())
        a.doneAt = {};
    else if (!a.doneAt.isValid())
        a.doneAt = QDateTime::currentDateTimeUtc();
    return a;
}

bool ActivityDialog::validate()
{
    m_validation->clear();
    const core::Activity a = activity();
    const auto reminder = Reminder(m_reminderCombo->currentIndex());
    if (a.subject.isEmpty() && a.body.isEmpty())
        m_validation->setError(kSubject, tr("Write a subject or a text."));
    if (leadOf(reminder) >= 0 && !a.dueAt.isValid())
        m_validation->setError(kRemind, tr("This reminder needs a due time."));
    if (!m_validation->hasErrors()) {
        const core::Status status = core::ActivityRepository::validate(a);
        if (!status) {
            const QString field =
                status.error().field == kSubject || status.error().field == kRemind
                    ? status.error().field
                    : kSubject;
            m_validation->setError(field, status.error().message);
        }
    }
    return !m_validation->hasErrors();
}

void ActivityDialog::accept()
{
    if (!validate()) {
        m_validation->focusFirstError();
        return;
    }
    QDialog::accept();
}

void ActivityDialog::updateEnabled()
{
    m_dueEdit->setEnabled(m_dueCheck->isChecked());
    m_reminderEdit->setVisible(Reminder(m_reminderCombo->currentIndex()) == Reminder::Custom);
}

} // namespace rapport::ui
