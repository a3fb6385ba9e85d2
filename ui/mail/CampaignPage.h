#pragma once

#include "mail/CampaignQueue.h"
#include "mail/MailTypes.h"
#include "panels/PanelContext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace rapport::core {
enum class Entity;
}

namespace rapport::ui {

class MailPreview;
class PlanSummary;
class SegmentChooser;
class TemplateEditor;

// The e-mail campaign page: the saved templates (left), the editor (middle),
// and on the right who the campaign goes to, what "Check Recipients" found and
// a preview per recipient, with "Send Test…" and "Queue Campaign…". Template
// writes go through undo commands on the window's stack; planning, queueing
// and the test send run on workers (CampaignTasks). When a campaign is queued
// it says so with campaignQueued(), so the window can show the outbox.
class CampaignPage : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignPage(const PanelContext& context, QWidget* parent = nullptr);
    ~CampaignPage() override;

    TemplateEditor* editor() const { return m_editor; }
    SegmentChooser* segmentChooser() const { return m_segment; }
    PlanSummary* planSummary() const { return m_summary; }
    MailPreview* preview() const { return m_preview; }
    QListWidget* templateList() const { return m_list; }

    // The template in the editor (0: a new one, not saved yet).
    core::RowId currentTemplateId() const { return m_loaded.id; }
    // The editor holds changes not saved yet.
    bool isModified() const;
    // What "Check Recipients" found last (none before, or after a failure).
    const std::optional<core::mail::CampaignPlan>& plan() const { return m_plan; }
    bool isPlanStale() const;

    // Sends the test message to `address` (no question asked); true if the
    // server accepted it. The outcome is shown in a message box.
    bool sendTestTo(const QString& address);
    // Queues the campaign under `name` (no dialog); the new campaign's id.
    std::optional<qint64> queueCampaignAs(const QString& name, bool allowEmptyFields);

public Q_SLOTS:
    // An empty template in the editor (asks before dropping unsaved changes).
    void newTemplate();
    // Shows a saved template (asks before dropping unsaved changes).
    bool selectTemplate(core::RowId id);
    // Saves the editor's template (Ctrl+S): a parse error shows under the editor.
    bool saveTemplate();
    // Deletes the template shown (undoable).
    void deleteTemplate();
    // Plans the campaign on a worker and shows the result; false on failure.
    bool checkRecipients();
    // Asks for the address (the sender's own by default) and sends a test.
    void sendTest();
    // Checks the recipients if needed, asks for the campaign's name and queues.
    void queueCampaign();

Q_SIGNALS:
    void campaignQueued(qint64 campaignId);

private:
    void buildLayout();
    void onDatabaseChanged(core::Entity entity, qint64 id);
    void reloadTemplates();
    void reloadKnownFields();
    core::mail::MailIdentity loadIdentity() const;
    void showTemplate(const core::mail::EmailTemplate& emailTemplate);
    bool confirmDiscard();
    void onTemplateEdited();
    void onSegmentChanged();
    void updatePreview();
    void updateActions();
    core::mail::QueueRequest request() const;
    void showPlan(const core::mail::CampaignPlan& plan);

    PanelContext m_context;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    TemplateEditor* m_editor;
    QPushButton* m_save;
    SegmentChooser* m_segment;
    QPushButton* m_check;
    PlanSummary* m_summary;
    MailPreview* m_preview;
    QPushButton* m_sendTest;
    QPushButton* m_queue;
    QLabel* m_status;
    QTimer* m_previewTimer;

    QList<core::mail::EmailTemplate> m_templates;
    core::mail::EmailTemplate m_loaded; // as stored (id 0: a new template)
    std::optional<core::mail::CampaignPlan> m_plan;
    std::optional<core::mail::SegmentRef> m_planSegment; // what m_plan was made for
    QString m_testAddress;                               // the last test address, this session
    bool m_writing = false; // our own command is writing: the hub's echo is handled after
};

} // namespace rapport::ui
