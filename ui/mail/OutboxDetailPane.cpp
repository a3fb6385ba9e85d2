#include "mail/OutboxDetailPane.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rapport::ui {

OutboxDetailPane::OutboxDetailPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outboxDetailPane"));
    auto label = [this](const QString& objectName) {
        auto* l = new QLabel(this);
        l->setObjectName(objectName);
        l->setWordWrap(true);
        // Subjects and server replies are data, never markup.
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_to = label(QStringLiteral("detailToLabel"));
    m_subject = label(QStringLiteral("detailSubjectLabel"));
    m_status = label(QStringLiteral("detailStatusLabel"));
    m_attempts = label(QStringLiteral("detailAttemptsLabel"));
    m_next = label(QStringLiteral("detailNextLabel"));
    m_reply = label(QStringLiteral("detailReplyLabel"));
    m_uncertainNote = label(QStringLiteral("uncertainNoteLabel"));
    m_uncertainNote->setText(tr("Rapport stopped while this message was with the server; check "
                                "your Sent folder or ask the customer, then choose Mark "
                                "Delivered or Send Again."));
    m_uncertainNote->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("detailTextEdit"));
    m_text->setReadOnly(true);

    auto* form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Attempts:"), m_attempts);
    form->addRow(tr("Next attempt:"), m_next);
    form->addRow(tr("Server reply:"), m_reply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_uncertainNote);
    layout->addWidget(new QLabel(tr("Plain text as sent:"), this));
    layout->addWidget(m_text, 1);
    showRow(std::nullopt);
}

QString OutboxDetailPane::localTime(const QString& timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!when.isValid())
        return timestamp;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

void OutboxDetailPane::showRow(const std::optional<core::mail::OutboxRow>& row)
{
    using core::mail::OutboxStatus;
    setEnabled(row.has_value());
    if (!row) {
        for (QLabel* l : {m_to, m_subject, m_status, m_attempts, m_next, m_reply})
            l->clear();
        m_text->clear();
        m_uncertainNote->hide();
        return;
    }
    m_to->setText(row->toName.isEmpty()
                      ? row->toAddress
                      : QStringLiteral("%1 <%2>").arg(row->toName, row->toAddress));
    m_subject->setText(row->subject);
    m_status->setText(core::mail::outboxStatusName(row->status));
    m_attempts->setText(QLocale().toString(row->attempts));
    // Only a queued message has a next attempt; for the others the stored
    // time is history and would mislead.
    m_next->setText(row->status == OutboxStatus::Queued ? localTime(row->nextAttemptAt)
                                                        : QString());
    QString reply = row->lastError;
    if (row->smtpCode > 0 && !reply.startsWith(QString::number(row->smtpCode)))
        reply = QStringLiteral("%1 %2").arg(row->smtpCode).arg(reply);
    m_reply->setText(reply);
    m_uncertainNote->setVisible(row->status == OutboxStatus::Uncertain);
    m_text->setPlainText(row->text);
}

} // namespace rapport::ui
