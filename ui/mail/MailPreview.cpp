#include "mail/MailPreview.h"

#include "mail/CampaignQueue.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

// A preview must not fetch anything: a remote image would tell the sender's
// server that the preview was opened, and a local path would show a file from
// this machine that the recipient will never see.
class OfflineBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl&) override { return QVariant(); }
};

QString recipientText(const core::Recipient& recipient)
{
    if (recipient.address.isEmpty())
        return recipient.name;
    return QStringLiteral("%1 <%2>").arg(recipient.name, recipient.address);
}

} // namespace

MailPreview::MailPreview(QWidget* parent)
    : QWidget(parent)
    , m_recipient(new QComboBox(this))
    , m_subject(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_html(new OfflineBrowser(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mailPreview"));
    m_recipient->setObjectName(QStringLiteral("previewRecipientCombo"));
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recipient->setMinimumContentsLength(16);
    m_subject->setObjectName(QStringLiteral("previewSubjectLabel"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_html->setObjectName(QStringLiteral("previewHtmlBrowser"));
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    m_text->setObjectName(QStringLiteral("previewTextView"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(m_html, tr("HTML"));
    m_tabs->addTab(m_text, tr("Plain text"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Subject:"), m_subject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    connect(m_recipient, &QComboBox::currentIndexChanged, this, &MailPreview::refresh);
    refresh();
}

QString MailPreview::previewToken()
{
    return QStringLiteral("PREVIEW");
}

void MailPreview::setRecipients(const QList<core::Recipient>& recipients, const QString& emptyText)
{
    const auto previous = currentRecipient();
    {
        const QSignalBlocker blocker(m_recipient);
        // The preview picks among the first recipients; a combo box of a
        // million entries would take minutes to fill on the GUI thread.
        constexpr qsizetype kShownRecipients = 500;
        m_recipients = recipients.mid(0, kShownRecipients);
        m_recipient->clear();
        int select = recipients.isEmpty() ? -1 : 0;
        for (qsizetype i = 0; i < m_recipients.size(); ++i) {
            m_recipient->addItem(recipientText(m_recipients.at(i)));
            if (previous && m_recipients.at(i).customerId == previous->customerId)
                select = int(i);
        }
        if (recipients.isEmpty())
            m_recipient->setPlaceholderText(emptyText);
        m_recipient->setCurrentIndex(select);
        m_recipient->setEnabled(!recipients.isEmpty());
    }
    refresh();
}

void MailPreview::setTemplate(std::optional<core::mail::CompiledTemplate> compiled,
                              const QString& problem)
{
    m_compiled = std::move(compiled);
    m_problem = problem;
    refresh();
}

void MailPreview::setSender(const core::mail::MailIdentity& sender)
{
    m_sender = sender;
    refresh();
}

int MailPreview::recipientCount() const
{
    return int(m_recipients.size());
}

void MailPreview::setCurrentRecipient(int index)
{
    m_recipient->setCurrentIndex(index);
}

std::optional<core::Recipient> MailPreview::currentRecipient() const
{
    const int index = m_recipient->currentIndex();
    if (index < 0 || index >= m_recipients.size())
        return std::nullopt;
    return m_recipients.at(index);
}

void MailPreview::refresh()
{
    const auto recipient = currentRecipient();
    if (!m_compiled || !recipient) {
        m_rendered.reset();
        const QString why = !m_compiled ? m_problem : m_recipient->placeholderText();
        m_subject->setText(why);
        m_html->setPlainText(why);
        m_text->setPlainText(why);
        return;
    }
    m_rendered = core::mail::renderFor(*m_compiled, *recipient, m_sender, previewToken());
    m_subject->setText(m_rendered->subject);
    m_html->setHtml(m_rendered->html);
    m_text->setPlainText(m_rendered->text);
}

} // namespace rapport::ui
