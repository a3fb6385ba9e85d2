#include "mail/MailPanel.h"

#include "common/Settings.h"
#include "mail/CampaignPage.h"
#include "mail/OutboxPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace rapport::ui {

MailPanel::MailPanel(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_campaigns(new CampaignPage(context, this))
    , m_outbox(new OutboxPage(context, this))
{
    setObjectName(QStringLiteral("mailPanel"));
    m_tabs->setObjectName(QStringLiteral("mailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    m_tabs->addTab(m_outbox, tr("Outbox"));
    // A queued campaign is next seen in the outbox, where it is sent.
    connect(m_campaigns, &CampaignPage::campaignQueued, this, &MailPanel::showOutbox);
    // Queued mail goes out by itself, as in any mail program, unless the user
    // turned that off; the choice is remembered.
    if (core::Settings* settings = context.settings) {
        m_outbox->setBackgroundSending(settings->flag(core::Settings::Key::MailBackgroundSending));
        connect(m_outbox, &OutboxPage::backgroundSendingChanged, this, [settings](bool on) {
            settings->setValue(core::Settings::Key::MailBackgroundSending, on);
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QString MailPanel::title() const
{
    return tr("E-mail");
}

void MailPanel::showCampaigns()
{
    m_tabs->setCurrentWidget(m_campaigns);
}

void MailPanel::showOutbox()
{
    m_tabs->setCurrentWidget(m_outbox);
}

void MailPanel::openSettings()
{
    m_outbox->openMailSettings();
}

} // namespace rapport::ui
