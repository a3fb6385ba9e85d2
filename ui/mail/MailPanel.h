#pragma once

#include "panels/PanelContext.h"

#include <QWidget>

class QTabWidget;

namespace rapport::ui {

class CampaignPage;
class OutboxPage;

// The E-mail section of the main window: writing campaigns (templates,
// segments, preview, test send, queueing) and the outbox that sends them.
class MailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MailPanel(const PanelContext& context, QWidget* parent = nullptr);

    QString title() const;
    QTabWidget* pages() const { return m_tabs; }
    CampaignPage* campaignPage() const { return m_campaigns; }
    OutboxPage* outboxPage() const { return m_outbox; }

public Q_SLOTS:
    void showCampaigns();
    void showOutbox();
    // Tools › E-mail Settings…
    void openSettings();

private:
    QTabWidget* m_tabs;
    CampaignPage* m_campaigns;
    OutboxPage* m_outbox;
};

} // namespace rapport::ui
