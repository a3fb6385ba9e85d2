#pragma once

#include "mail/MailTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace rapport::ui {

// The outbox page's side pane: one message as the user needs it to decide —
// the recipient, the subject, its status, the attempts so far, when the next
// one is due, the server's last reply and the plain text; for an uncertain
// message, what happened and what to do about it.
class OutboxDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxDetailPane(QWidget* parent = nullptr);

    // Shows `row`, or nothing.
    void showRow(const std::optional<core::mail::OutboxRow>& row);

    // A stored UTC timestamp in the user's time zone and locale, short.
    static QString localTime(const QString& timestamp);

private:
    QLabel* m_to;
    QLabel* m_subject;
    QLabel* m_status;
    QLabel* m_attempts;
    QLabel* m_next;
    QLabel* m_reply;
    QLabel* m_uncertainNote;
    QPlainTextEdit* m_text;
};

} // namespace rapport::ui
