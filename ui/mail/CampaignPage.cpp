#include "mail/CampaignPage.h"

#include "Session.h"
#include "mail/CampaignTasks.h"
#include "mail/MailPreview.h"
#include "mail/PlanSummary.h"
#include "mail/QueueCampaignDialog.h"
#include "mail/SegmentChooser.h"
#include "mail/TemplateCommands.h"
#include "mail/TemplateEditor.h"
#include "mail/TestSend.h"
#include "storage/EmailTemplateRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/RecipientRepository.h"
#include "widgets/MessageBox.h"

#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace rapport::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
// Enough recipients to look through before the segment was checked, few
// enough to load on the GUI thread.
constexpr int kSampleSize = 50;
// Rendering waits until typing pauses.
constexpr int kPreviewDelayMs = 250;

bool sameSegment(const std::optional<core::mail::SegmentRef>& a,
                 const std::optional<core::mail::SegmentRef>& b)
{
    return a && b && a->kind == b->kind && a->name == b->name;
}
} // namespace

CampaignPage::CampaignPage(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_editor(new TemplateEditor(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_segment(new SegmentChooser(context.session, this))
    , m_check(new QPushButton(tr("Check Recipients"), this))
    , m_summary(new PlanSummary(this))
    , m_preview(new MailPreview(this))
    , m_sendTest(new QPushButton(tr("Send Test…"), this))
    , m_queue(new QPushButton(tr("Queue Campaign…"), this))
    , m_status(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("campaignPage"));
    m_list->setObjectName(QStringLiteral("templateListWidget"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setToolTip(tr("Save the template (Ctrl+S)"));
    m_check->setObjectName(QStringLiteral("checkRecipientsButton"));
    m_sendTest->setObjectName(QStringLiteral("sendTestButton"));
    m_queue->setObjectName(QStringLiteral("queueCampaignButton"));
    m_status->setObjectName(QStringLiteral("campaignStatusLabel"));
    m_status->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    buildLayout();

    // Only while the focus is on this page: other pages may save differently.
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &CampaignPage::saveTemplate);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { selectTemplate(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { selectTemplate(item->data(kIdRole).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &CampaignPage::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &CampaignPage::deleteTemplate);
    connect(m_save, &QPushButton::clicked, this, &CampaignPage::saveTemplate);
    connect(m_check, &QPushButton::clicked, this, &CampaignPage::checkRecipients);
    connect(m_sendTest, &QPushButton::clicked, this, &CampaignPage::sendTest);
    connect(m_queue, &QPushButton::clicked, this, &CampaignPage::queueCampaign);
    connect(m_editor, &TemplateEditor::edited, this, &CampaignPage::onTemplateEdited);
    connect(m_segment, &SegmentChooser::changed, this, &CampaignPage::onSegmentChanged);
    connect(m_previewTimer, &QTimer::timeout, this, &CampaignPage::updatePreview);
    connect(m_context.session->hub(), &core::ChangeHub::changed, this,
            &CampaignPage::onDatabaseChanged);

    reloadKnownFields();
    reloadTemplates();
    if (!m_templates.isEmpty())
        showTemplate(m_templates.first());
    else
        showTemplate({});
    onSegmentChanged();
    updatePreview();
}

CampaignPage::~CampaignPage() = default;

void CampaignPage::buildLayout()
{
    auto* templatesBox = new QWidget(this);
    auto* templateButtons = new QHBoxLayout;
    templateButtons->addWidget(m_new);
    templateButtons->addWidget(m_delete);
    templateButtons->addStretch(1);
    auto* left = new QVBoxLayout(templatesBox);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(new QLabel(tr("Templates"), templatesBox));
    left->addWidget(m_list, 1);
    left->addLayout(templateButtons);

    auto* editorBox = new QWidget(this);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* middle = new QVBoxLayout(editorBox);
    middle->setContentsMargins(0, 0, 0, 0);
    middle->addWidget(m_editor, 1);
    middle->addLayout(saveRow);

    auto* recipientsBox = new QGroupBox(tr("Recipients"), this);
    auto* checkRow = new QHBoxLayout;
    checkRow->addStretch(1);
    checkRow->addWidget(m_check);
    auto* recipients = new QVBoxLayout(recipientsBox);
    recipients->addWidget(m_segment);
    recipients->addLayout(checkRow);
    recipients->addWidget(m_summary, 1);

    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_sendTest);
    actions->addWidget(m_queue);
    auto* preview = new QVBoxLayout(previewBox);
    preview->addWidget(m_preview, 1);
    preview->addLayout(actions);

    // Who and what are read together: stacked on the right so a 1280-pixel
    // window keeps the editor wide enough for HTML.
    auto* rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->addWidget(recipientsBox);
    rightSplitter->addWidget(previewBox);
    rightSplitter->setStretchFactor(0, 2);
    rightSplitter->setStretchFactor(1, 3);
    // Room for a few problem lines even while the list is still hidden.
    rightSplitter->setSizes({300, 480});
    rightSplitter->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("campaignSplitter"));
    splitter->addWidget(templatesBox);
    splitter->addWidget(editorBox);
    splitter->addWidget(rightSplitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 540, 540});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

// --- templates ---

void CampaignPage::reloadTemplates()
{
    const auto all = core::EmailTemplateRepository(m_context.session->connection()).all();
    m_templates = all ? *all : QList<core::mail::EmailTemplate>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const core::mail::EmailTemplate& t : std::as_const(m_templates)) {
        auto* item = new QListWidgetItem(t.name, m_list);
        item->setData(kIdRole, qint64(t.id));
        if (t.id == m_loaded.id)
            m_list->setCurrentItem(item);
    }
    if (!all)
        m_status->setText(all.error().message);
    updateActions();
}

void CampaignPage::reloadKnownFields()
{
    const auto fields = core::RecipientRepository(m_context.session->connection()).knownFields();
    m_editor->setKnownFields(fields ? *fields : core::mail::standardMergeFields());
}

core::mail::MailIdentity CampaignPage::loadIdentity() const
{
    const auto identity = core::MailSettingsRepository(m_context.session->connection()).identity();
    return identity ? *identity : core::mail::MailIdentity();
}

void CampaignPage::showTemplate(const core::mail::EmailTemplate& emailTemplate)
{
    m_loaded = emailTemplate;
    m_editor->setTemplate(emailTemplate);
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    for (int i = 0; i < m_list->count(); ++i) {
        if (emailTemplate.id != 0
            && m_list->item(i)->data(kIdRole).toLongLong() == emailTemplate.id)
            m_list->setCurrentRow(i);
    }
    onTemplateEdited();
}

bool CampaignPage::isModified() const
{
    const core::mail::EmailTemplate shown = m_editor->currentTemplate();
    return shown.name != m_loaded.name || !(shown.body == m_loaded.body);
}

bool CampaignPage::confirmDiscard()
{
    if (!isModified())
        return true;
    return MessageBox::question(this, tr("Unsaved Template"),
                                tr("The template has changes that are not saved. Discard them?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void CampaignPage::newTemplate()
{
    if (!confirmDiscard())
        return;
    showTemplate({});
    m_editor->nameEdit()->setFocus();
}

bool CampaignPage::selectTemplate(core::RowId id)
{
    if (id == m_loaded.id)
        return true;
    if (!confirmDiscard()) {
        showTemplate(m_loaded.id == 0 ? m_editor->currentTemplate() : m_loaded);
        return false;
    }
    const auto found = core::EmailTemplateRepository(m_context.session->connection()).get(id);
    if (!found) {
        MessageBox::critical(this, tr("Open Template"), found.error().message, found.error().sql);
        return false;
    }
    showTemplate(*found);
    return true;
}

bool CampaignPage::saveTemplate()
{
    const core::mail::EmailTemplate after = m_editor->currentTemplate();
    if (after.name.isEmpty()) {
        m_editor->showError(tr("Give the template a name."));
        m_editor->nameEdit()->setFocus();
        return false;
    }
    const auto compiled = core::mail::CompiledTemplate::compile(after.body);
    if (!compiled) {
        m_editor->showError(compiled.error().message);
        return false;
    }
    // A refusal the user can fix (a name taken) shows under the editor; anything
    // else is a real failure worth a box.
    QPointer<CampaignPage> page(this);
    auto failed = std::make_shared<bool>(false);
    auto onError = [page, failed](const core::Error& e) {
        *failed = true;
        if (!page)
            return;
        if (e.code == core::Error::Code::Validation || e.code == core::Error::Code::Conflict)
            page->m_editor->showError(e.message);
        else
            MessageBox::critical(page, tr("Save Template"), e.message, e.sql);
    };
    core::RowId id = m_loaded.id;
    m_writing = true;
    if (id == 0) {
        auto* command = new CreateTemplateCommand(m_context.session, after, onError);
        m_context.undoStack->push(command);
        // A failed command is obsolete and deleted by the stack: ask it nothing then.
        if (!*failed)
            id = command->templateId();
    } else {
        m_context.undoStack->push(
            new EditTemplateCommand(m_context.session, m_loaded, after, onError));
    }
    m_writing = false;
    if (*failed)
        return false;
    reloadTemplates();
    const auto stored = core::EmailTemplateRepository(m_context.session->connection()).get(id);
    showTemplate(stored ? *stored : after);
    m_status->setText(tr("Template “%1” saved.").arg(after.name));
    return true;
}

void CampaignPage::deleteTemplate()
{
    if (m_loaded.id == 0) {
        showTemplate({});
        return;
    }
    const core::mail::EmailTemplate doomed = m_loaded;
    QPointer<CampaignPage> page(this);
    m_writing = true;
    m_context.undoStack->push(
        new DeleteTemplateCommand(m_context.session, doomed, [page](const core::Error& e) {
            if (page)
                MessageBox::critical(page, tr("Delete Template"), e.message, e.sql);
        }));
    m_writing = false;
    reloadTemplates();
    const bool gone =
        std::none_of(m_templates.cbegin(), m_templates.cend(),
                     [&doomed](const core::mail::EmailTemplate& t) { return t.id == doomed.id; });
    if (gone) {
        showTemplate(m_templates.isEmpty() ? core::mail::EmailTemplate() : m_templates.first());
        m_status->setText(
            tr("Template “%1” deleted (Edit › Undo brings it back).").arg(doomed.name));
    }
}

void CampaignPage::onTemplateEdited()
{
    m_summary->setStale(m_plan.has_value());
    m_previewTimer->start();
    updateActions();
}

// --- the database ---

void CampaignPage::onDatabaseChanged(core::Entity entity, qint64)
{
    switch (entity) {
    case core::Entity::EmailTemplate: {
        if (m_writing)
            return; // saveTemplate()/deleteTemplate() update the page themselves
        // Undo and redo land here: show the stored state unless the user is
        // in the middle of an edit.
        const bool modified = isModified();
        reloadTemplates();
        if (m_loaded.id == 0)
            return;
        const auto stored =
            core::EmailTemplateRepository(m_context.session->connection()).get(m_loaded.id);
        if (!stored) {
            // Deleted under us: what the editor holds becomes a new draft.
            core::mail::EmailTemplate draft = m_editor->currentTemplate();
            draft.id = 0;
            draft.updatedAt.clear();
            m_loaded = core::mail::EmailTemplate();
            m_editor->setTemplate(draft);
            updateActions();
        } else if (!modified) {
            showTemplate(*stored);
        } else {
            m_loaded = *stored;
        }
        return;
    }
    case core::Entity::CustomField:
        reloadKnownFields();
        m_summary->setStale(m_plan.has_value());
        return;
    case core::Entity::Customer:
    case core::Entity::Tag:
    case core::Entity::Outbox:
        // Consent, addresses, fields or membership may have changed.
        m_summary->setStale(m_plan.has_value());
        return;
    default:
        return;
    }
}

// --- recipients and preview ---

core::mail::QueueRequest CampaignPage::request() const
{
    core::mail::QueueRequest request;
    if (m_loaded.id != 0)
        request.templateId = m_loaded.id;
    request.body = m_editor->body();
    if (const auto segment = m_segment->segment())
        request.segment = *segment;
    request.requireOptIn = m_segment->requireOptIn();
    return request;
}

void CampaignPage::onSegmentChanged()
{
    const auto segment = m_segment->segment();
    m_summary->setStale(m_plan.has_value());
    if (m_plan && sameSegment(segment, m_planSegment)) {
        m_preview->setRecipients(m_plan->recipients, tr("Nobody would get this message"));
        updateActions();
        return;
    }
    // Before a check, the first customers of the segment, as they are stored.
    if (!segment) {
        m_preview->setRecipients({}, tr("Choose a segment first"));
        updateActions();
        return;
    }
    // A rule's target list is a query over every order line: it runs in the
    // check (on a worker), not here on the GUI thread.
    if (segment->kind == core::mail::SegmentRef::Kind::Rule) {
        m_preview->setRecipients({}, tr("Check the recipients to preview their messages"));
        updateActions();
        return;
    }
    const core::RecipientRepository recipients(m_context.session->connection());
    auto ids = recipients.resolve(*segment, kSampleSize);
    if (!ids) {
        m_preview->setRecipients({}, ids.error().message);
        updateActions();
        return;
    }
    const auto sample = recipients.load(*ids);
    m_preview->setRecipients(sample ? *sample : QList<core::Recipient>(),
                             sample ? tr("Nobody is in this segment") : sample.error().message);
    updateActions();
}

void CampaignPage::updatePreview()
{
    m_preview->setSender(loadIdentity());
    auto compiled = core::mail::CompiledTemplate::compile(m_editor->body());
    if (compiled) {
        m_editor->clearError();
        m_preview->setTemplate(std::move(compiled).value());
    } else {
        m_editor->showError(compiled.error().message);
        m_preview->setTemplate(std::nullopt, compiled.error().message);
    }
}

void CampaignPage::showPlan(const core::mail::CampaignPlan& plan)
{
    m_plan = plan;
    m_planSegment = m_segment->segment();
    m_summary->showPlan(plan);
    m_preview->setRecipients(plan.recipients, tr("Nobody would get this message"));
    updateActions();
}

bool CampaignPage::isPlanStale() const
{
    return m_plan.has_value() && m_summary->isStale();
}

bool CampaignPage::checkRecipients()
{
    if (!m_segment->segment()) {
        m_summary->showMessage(tr("Choose a segment first."));
        return false;
    }
    updatePreview(); // the editor shows a parse error now rather than later
    auto plan = CampaignTasks::plan(this, m_context.session, request());
    if (!plan) {
        if (plan.error().code != core::Error::Code::Cancelled) {
            m_plan.reset();
            m_planSegment.reset();
            m_summary->showMessage(plan.error().message);
            onSegmentChanged();
        }
        return false;
    }
    showPlan(*plan);
    return true;
}

// --- sending ---

void CampaignPage::sendTest()
{
    QString address = m_testAddress;
    if (address.isEmpty())
        address = loadIdentity().fromAddress;
    bool ok = false;
    address = QInputDialog::getText(this, tr("Send Test"),
                                    tr("Send the message as %1 would get it to:")
                                        .arg(m_preview->currentRecipient()
                                                 ? m_preview->currentRecipient()->name
                                                 : tr("the recipient")),
                                    QLineEdit::Normal, address, &ok)
                  .trimmed();
    if (ok && !address.isEmpty())
        sendTestTo(address);
}

bool CampaignPage::sendTestTo(const QString& address)
{
    m_testAddress = address;
    const auto compiled = core::mail::CompiledTemplate::compile(m_editor->body());
    if (!compiled) {
        m_editor->showError(compiled.error().message);
        return false;
    }
    const auto recipient = m_preview->currentRecipient();
    if (!recipient) {
        MessageBox::information(this, tr("Send Test"),
                                tr("Choose a segment with customers first: the test message is "
                                   "the one the recipient chosen in the preview would get."));
        return false;
    }
    const bool sent = TestSend::run(this, m_context.session, *compiled, *recipient, address);
    m_status->setText(sent ? tr("Test message sent to %1.").arg(address)
                           : tr("The test message was not sent."));
    return sent;
}

void CampaignPage::queueCampaign()
{
    if ((!m_plan || isPlanStale() || !sameSegment(m_planSegment, m_segment->segment()))
        && !checkRecipients())
        return;
    if (m_plan->recipients.isEmpty()) {
        MessageBox::information(this, tr("Queue Campaign"),
                                tr("Nobody in the segment can get this message."));
        return;
    }
    const QString base = m_loaded.name.isEmpty() ? m_editor->currentTemplate().name : m_loaded.name;
    const QString name = tr("%1 %2").arg(base.isEmpty() ? tr("Campaign") : base,
                                         QDate::currentDate().toString(Qt::ISODate));
    QueueCampaignDialog dialog(name, m_segment->segmentText(), *m_plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    queueCampaignAs(dialog.campaignName(), dialog.allowEmptyFields());
}

std::optional<qint64> CampaignPage::queueCampaignAs(const QString& name, bool allowEmptyFields)
{
    if (!m_segment->segment()) {
        m_summary->showMessage(tr("Choose a segment first."));
        return std::nullopt;
    }
    core::mail::QueueRequest queued = request();
    queued.campaignName = name;
    queued.allowEmptyFields = allowEmptyFields;
    const auto report = CampaignTasks::queue(this, m_context.session, queued);
    if (!report) {
        if (report.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(this, tr("Queue Campaign"), report.error().message,
                                 report.error().sql);
        return std::nullopt;
    }
    m_status->setText(tr("%n message(s) queued as “%1”.", nullptr, report->queued).arg(name));
    Q_EMIT campaignQueued(report->campaignId);
    return report->campaignId;
}

void CampaignPage::updateActions()
{
    m_delete->setEnabled(m_loaded.id != 0);
    const bool hasSegment = m_segment->segment().has_value();
    m_check->setEnabled(hasSegment);
    m_queue->setEnabled(hasSegment);
    m_sendTest->setEnabled(m_preview->currentRecipient().has_value());
}

} // namespace rapport::ui
