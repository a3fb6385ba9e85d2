#pragma once

#include "mail/MailTemplate.h"
#include "mail/MailTypes.h"
#include "storage/RecipientRepository.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace rapport::ui {

// One recipient's message as it will be sent: the subject, the HTML body in a
// browser that loads nothing and follows no link, and the plain text, all made
// by core::mail::renderFor, so the unsubscribe line shows too (with a
// placeholder token instead of the real one each outbox row gets).
class MailPreview : public QWidget
{
    Q_OBJECT

public:
    explicit MailPreview(QWidget* parent = nullptr);

    // The token the preview's unsubscribe line carries.
    static QString previewToken();

    // The recipients to choose from; the choice is kept when the same customer
    // is still there. `emptyText` is what the combo says when there is none.
    void setRecipients(const QList<core::Recipient>& recipients, const QString& emptyText);
    // The template to render, or why there is none (a parse error).
    void setTemplate(std::optional<core::mail::CompiledTemplate> compiled,
                     const QString& problem = QString());
    void setSender(const core::mail::MailIdentity& sender);

    int recipientCount() const;
    void setCurrentRecipient(int index);
    std::optional<core::Recipient> currentRecipient() const;
    // What is shown (nothing when there is no recipient or no template).
    const std::optional<core::mail::RenderedMail>& rendered() const { return m_rendered; }

    QLabel* subjectLabel() const { return m_subject; }
    QTextBrowser* htmlView() const { return m_html; }
    QPlainTextEdit* textView() const { return m_text; }

public Q_SLOTS:
    void refresh();

private:
    QComboBox* m_recipient;
    QLabel* m_subject;
    QTabWidget* m_tabs;
    QTextBrowser* m_html;
    QPlainTextEdit* m_text;
    QList<core::Recipient> m_recipients;
    std::optional<core::mail::CompiledTemplate> m_compiled;
    QString m_problem;
    core::mail::MailIdentity m_sender;
    std::optional<core::mail::RenderedMail> m_rendered;
};

} // namespace rapport::ui
