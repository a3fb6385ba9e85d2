#include "mail/OutboxPage.h"

#include "Format.h"
#include "Session.h"
#include "mail/MailSettingsDialog.h"
#include "mail/OutboxCountsBar.h"
#include "mail/OutboxDetailPane.h"
#include "mail/OutboxSendTask.h"
#include "mail/SuppressionsDialog.h"
#include "models/PagedTableModel.h"
#include "storage/ConsentRepository.h"
#include "storage/OutboxRepository.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

using core::mail::OutboxStatus;

constexpr int kRetryIntervalMs = 60 * 1000; // "Rapport tries again every minute"
const QString kStatusColumn = QStringLiteral("status");

} // namespace

OutboxPage::OutboxPage(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PagedTableModel(context.session->connection(), core::OutboxRepository::tableDef(),
                                  context.session->hub(), this))
    , m_view(new QTableView(this))
    , m_countsBar(new OutboxCountsBar(this))
    , m_detail(new OutboxDetailPane(this))
    , m_task(new OutboxSendTask(context.session, this))
    , m_backgroundTimer(new QTimer(this))
    , m_background(new QCheckBox(tr("Send in the &background"), this))
    , m_statusLine(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressCancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("outboxPage"));
    m_view->setObjectName(QStringLiteral("outboxTableView"));
    m_background->setObjectName(QStringLiteral("backgroundSendCheckBox"));
    m_background->setToolTip(tr("While mail is due, try to send it every minute; offline it "
                                "just waits for the connection."));
    m_statusLine->setObjectName(QStringLiteral("outboxStatusLabel"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("backgroundSendProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_progressCancel->setObjectName(QStringLiteral("backgroundSendCancel"));
    m_progressCancel->setText(tr("Cancel"));
    m_progressCancel->setToolTip(tr("Stop after the message being sent now"));
    m_progressCancel->hide();

    const QList<QPair<QString, QString>> titles = {
        {QStringLiteral("queued"), tr("Queued")},
        {QStringLiteral("campaign"), tr("Campaign")},
        {QStringLiteral("to"), tr("To")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("subject"), tr("Subject")},
        {kStatusColumn, tr("Status")},
        {QStringLiteral("attempts"), tr("Attempts")},
        {QStringLiteral("next"), tr("Next attempt")},
        {QStringLiteral("error"), tr("Server reply")},
        {QStringLiteral("sent"), tr("Sent")},
    };
    for (const auto& [key, title] : titles)
        m_model->setHeaderTitle(key, title);
    m_model->setFormatter(kStatusColumn, [](const QVariant& cell) -> QVariant {
        const auto status = core::mail::outboxStatusFromKey(cell.toString());
        return status ? core::mail::outboxStatusName(*status) : cell.toString();
    });
    for (const QString& key :
         {QStringLiteral("queued"), QStringLiteral("next"), QStringLiteral("sent")}) {
        m_model->setFormatter(key, [](const QVariant& cell) -> QVariant {
            return cell.isNull() ? QVariant()
                                 : QVariant(OutboxDetailPane::localTime(cell.toString()));
        });
    }
    m_model->setAlignment(QStringLiteral("attempts"), Qt::AlignRight | Qt::AlignVCenter);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    createActions();
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("outboxToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_sendNow);
    toolbar->addSeparator();
    toolbar->addAction(m_markDelivered);
    toolbar->addAction(m_sendAgain);
    toolbar->addAction(m_retry);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addAction(m_optOut);
    if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(m_optOut)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addAction(m_suppressions);
    toolbar->addSeparator();
    toolbar->addAction(m_settings);
    toolbar->addWidget(m_background);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLine, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_progressCancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_countsBar);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    m_backgroundTimer->setInterval(kRetryIntervalMs);
    connect(m_countsBar, &OutboxCountsBar::statusClicked, this, [this](int status) {
        setStatusFilter(status < 0 ? std::nullopt
                                   : std::optional<OutboxStatus>(OutboxStatus(status)));
    });
    connect(m_backgroundTimer, &QTimer::timeout, this, &OutboxPage::backgroundTick);
    connect(m_background, &QCheckBox::toggled, this, &OutboxPage::setBackgroundSending);
    connect(m_task, &OutboxSendTask::finished, this, &OutboxPage::sendFinished);
    connect(m_task, &OutboxSendTask::progressed, this, &OutboxPage::showProgress);
    connect(m_task, &OutboxSendTask::runningChanged, this, &OutboxPage::updateActions);
    connect(m_progressCancel, &QToolButton::clicked, m_task, &OutboxSendTask::cancel);
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutboxPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, &OutboxPage::showError);
    connect(m_context.session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity) {
        if (entity == core::Entity::Outbox)
            reload();
    });
    updateCounts();
    updateDetail();
    updateActions();
}

OutboxPage::~OutboxPage() = default;

QString OutboxPage::title() const
{
    return tr("Outbox");
}

void OutboxPage::createActions()
{
    m_sendNow = new QAction(tr("Send &Now"), this);
    m_sendNow->setObjectName(QStringLiteral("sendNowAction"));
    m_sendNow->setToolTip(tr("Send the mail that is due now"));
    m_markDelivered = new QAction(tr("Mark &Delivered"), this);
    m_markDelivered->setObjectName(QStringLiteral("markDeliveredAction"));
    m_markDelivered->setToolTip(tr("The uncertain message did arrive: record it as sent"));
    m_sendAgain = new QAction(tr("Send &Again"), this);
    m_sendAgain->setObjectName(QStringLiteral("sendAgainAction"));
    m_sendAgain->setToolTip(tr("The uncertain message did not arrive: queue it again"));
    m_cancel = new QAction(tr("&Cancel Sending"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setToolTip(tr("Withdraw queued or failed messages"));
    m_retry = new QAction(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryAction"));
    m_retry->setToolTip(tr("Queue failed messages again"));
    m_optOut = new QAction(tr("&Opt Out Recipient"), this);
    m_optOut->setObjectName(QStringLiteral("optOutAction"));
    m_optOut->setToolTip(tr("The recipient asked to unsubscribe, or the mail bounced: never "
                            "mail this address again"));
    m_optOutMenu = new QMenu(this);
    QAction* asked = m_optOutMenu->addAction(tr("Asked to &Unsubscribe"));
    asked->setObjectName(QStringLiteral("optOutUnsubscribeAction"));
    QAction* bounced = m_optOutMenu->addAction(tr("Mail &Bounced"));
    bounced->setObjectName(QStringLiteral("optOutBounceAction"));
    m_optOut->setMenu(m_optOutMenu);
    m_suppressions = new QAction(tr("Suppression &List…"), this);
    m_suppressions->setObjectName(QStringLiteral("suppressionsAction"));
    m_settings = new QAction(tr("E-mail &Settings…"), this);
    m_settings->setObjectName(QStringLiteral("mailSettingsAction"));

    connect(m_sendNow, &QAction::triggered, this, &OutboxPage::sendNow);
    connect(m_markDelivered, &QAction::triggered, this, &OutboxPage::markDelivered);
    connect(m_sendAgain, &QAction::triggered, this, &OutboxPage::sendAgain);
    connect(m_cancel, &QAction::triggered, this, &OutboxPage::cancelSelected);
    connect(m_retry, &QAction::triggered, this, &OutboxPage::retrySelected);
    connect(asked, &QAction::triggered, this,
            [this] { optOutRecipient(QStringLiteral("opt_out")); });
    connect(bounced, &QAction::triggered, this,
            [this] { optOutRecipient(QStringLiteral("bounce")); });
    connect(m_suppressions, &QAction::triggered, this, &OutboxPage::showSuppressions);
    connect(m_settings, &QAction::triggered, this, &OutboxPage::openMailSettings);
}

QString OutboxPage::statusText() const
{
    return m_statusLine->text();
}

bool OutboxPage::isBackgroundSending() const
{
    return m_background->isChecked();
}

void OutboxPage::setRetryInterval(int milliseconds)
{
    m_backgroundTimer->setInterval(milliseconds);
}

core::RowId OutboxPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<core::RowId> OutboxPage::selectedIds() const
{
    return selectedRowIds(m_view, m_model);
}

bool OutboxPage::selectId(core::RowId id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->idAt(row) == id) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void OutboxPage::setStatusFilter(std::optional<OutboxStatus> status)
{
    m_filter = status;
    core::QuerySpec spec = m_model->querySpec();
    spec.filters.clear();
    if (status)
        spec.filters.append({kStatusColumn, core::mail::outboxStatusKey(*status)});
    m_model->setQuerySpec(spec);
    updateCounts();
}

void OutboxPage::reload()
{
    updateCounts();
    updateDetail();
    updateActions();
}

int OutboxPage::queuedCount() const
{
    return m_counts.value(OutboxStatus::Queued);
}

void OutboxPage::updateCounts()
{
    const auto counts = core::OutboxRepository(m_context.session->connection()).counts();
    if (counts)
        m_counts = *counts;
    m_countsBar->setCounts(m_counts, m_filter);
    Q_EMIT countsChanged();
}

QList<OutboxStatus> OutboxPage::selectedStatuses() const
{
    QList<OutboxStatus> statuses;
    const int column = m_model->columnIndex(kStatusColumn);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    for (const QModelIndex& index : rows) {
        if (auto status = core::mail::outboxStatusFromKey(
                m_model->data(index, PagedTableModel::SortRole).toString()))
            statuses.append(*status);
    }
    return statuses;
}

QList<core::RowId> OutboxPage::selectedWith(OutboxStatus status) const
{
    QList<core::RowId> ids;
    const int column = m_model->columnIndex(kStatusColumn);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    for (const QModelIndex& index : rows) {
        const auto rowStatus = core::mail::outboxStatusFromKey(
            m_model->data(index, PagedTableModel::SortRole).toString());
        if (rowStatus == status)
            ids.append(m_model->idAt(index.row()));
    }
    return ids;
}

void OutboxPage::updateActions()
{
    const QList<OutboxStatus> statuses = selectedStatuses();
    m_sendNow->setEnabled(!m_task->isRunning());
    m_markDelivered->setEnabled(statuses.contains(OutboxStatus::Uncertain));
    m_sendAgain->setEnabled(statuses.contains(OutboxStatus::Uncertain));
    m_cancel->setEnabled(statuses.contains(OutboxStatus::Queued)
                         || statuses.contains(OutboxStatus::Failed));
    m_retry->setEnabled(statuses.contains(OutboxStatus::Failed));
    m_optOut->setEnabled(!statuses.isEmpty());
    for (QAction* action : m_optOutMenu->actions())
        action->setEnabled(!statuses.isEmpty());
}

void OutboxPage::updateDetail()
{
    const core::RowId id = currentId();
    std::optional<core::mail::OutboxRow> row;
    if (id) {
        if (auto found = core::OutboxRepository(m_context.session->connection()).get(id))
            row = std::move(found).value();
    }
    m_detail->showRow(row);
}

void OutboxPage::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(m_sendNow);
    menu.addSeparator();
    menu.addAction(m_markDelivered);
    menu.addAction(m_sendAgain);
    menu.addAction(m_retry);
    menu.addAction(m_cancel);
    menu.addSeparator();
    menu.addMenu(m_optOutMenu)->setText(m_optOut->text());
    menu.addAction(m_suppressions);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void OutboxPage::setStatusLine(const QString& text)
{
    m_statusLine->setText(text);
}

void OutboxPage::showError(const core::Error& error)
{
    setStatusLine(error.message);
    MessageBox::warning(this, title(), error.message);
}

void OutboxPage::sendNow()
{
    if (m_task->isRunning()) {
        setStatusLine(tr("Mail is being sent already; see the progress below."));
        return;
    }
    (void)m_task->runModal(this); // sendFinished() shows the outcome
}

void OutboxPage::sendFinished()
{
    m_progress->hide();
    m_progressCancel->hide();
    updateCounts();
    const auto& result = m_task->lastResult();
    if (!result)
        return;
    setStatusLine(OutboxSendTask::describe(*result, queuedCount(), isBackgroundSending()));
}

void OutboxPage::showProgress(qint64 done, qint64 total, const QString& stage)
{
    m_progress->setVisible(true);
    m_progressCancel->setVisible(true);
    m_progress->setRange(0, total > 0 ? 1000 : 0); // busy until the sender knows how many
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    m_progress->setToolTip(stage);
    // The worker commits each message as it goes: let the counts follow.
    if (done != m_shownDone) {
        m_shownDone = done;
        updateCounts();
    }
}

void OutboxPage::setBackgroundSending(bool on)
{
    if (m_background->isChecked() != on) {
        m_background->setChecked(on); // toggled() comes back here
        return;
    }
    if (on) {
        m_backgroundTimer->start();
        backgroundTick(); // what is due goes now, not in a minute
    } else {
        m_backgroundTimer->stop();
    }
    Q_EMIT backgroundSendingChanged(on);
}

void OutboxPage::backgroundTick()
{
    if (m_task->isRunning())
        return;
    const auto due = core::OutboxRepository(m_context.session->connection()).nextDue();
    if (!due || !due->has_value())
        return;
    if (!m_task->start()) {
        // Not started: settings or password missing; say why, quietly.
        if (const auto& result = m_task->lastResult(); result && !result->ok())
            setStatusLine(result->error().message);
        return;
    }
    m_shownDone = -1;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressCancel->show();
    setStatusLine(tr("Sending in the background…"));
}

void OutboxPage::markDelivered()
{
    resolveUncertain(true);
}

void OutboxPage::sendAgain()
{
    resolveUncertain(false);
}

void OutboxPage::resolveUncertain(bool delivered)
{
    core::OutboxRepository repository(m_context.session->connection(), m_context.session->hub());
    int done = 0;
    for (core::RowId id : selectedWith(OutboxStatus::Uncertain)) {
        if (const core::Status s = repository.resolveUncertain(id, delivered); !s) {
            showError(s.error());
            break;
        }
        ++done;
    }
    if (done == 0)
        return;
    setStatusLine(delivered ? tr("%n message(s) recorded as delivered.", nullptr, done)
                            : tr("%n message(s) queued to be sent again.", nullptr, done));
}

void OutboxPage::cancelSelected()
{
    QList<core::RowId> ids = selectedWith(OutboxStatus::Queued);
    ids += selectedWith(OutboxStatus::Failed);
    if (ids.isEmpty())
        return;
    const int n = int(ids.size());
    if (MessageBox::question(this, tr("Cancel Sending"),
                             tr("Withdraw %n message(s)? They will not be sent, and this cannot "
                                "be undone.",
                                nullptr, n))
        != QMessageBox::Yes)
        return;
    core::OutboxRepository repository(m_context.session->connection(), m_context.session->hub());
    const auto cancelled = repository.cancel(ids);
    if (!cancelled) {
        showError(cancelled.error());
        return;
    }
    setStatusLine(tr("%n message(s) withdrawn.", nullptr, *cancelled));
}

void OutboxPage::retrySelected()
{
    const QList<core::RowId> ids = selectedWith(OutboxStatus::Failed);
    if (ids.isEmpty())
        return;
    core::OutboxRepository repository(m_context.session->connection(), m_context.session->hub());
    const auto queued = repository.retry(ids);
    if (!queued) {
        showError(queued.error());
        return;
    }
    setStatusLine(tr("%n message(s) queued again.", nullptr, *queued));
}

void OutboxPage::optOutRecipient(const QString& reason)
{
    const QList<core::RowId> ids = selectedIds();
    core::OutboxRepository outbox(m_context.session->connection());
    core::ConsentRepository consent(m_context.session->connection(), m_context.session->hub());
    QStringList addresses;
    for (core::RowId id : ids) {
        const auto row = outbox.get(id);
        if (!row) {
            showError(row.error());
            return;
        }
        if (const auto done = consent.optOutByToken(row->unsubscribeToken, reason); !done) {
            showError(done.error());
            return;
        }
        if (!addresses.contains(row->toAddress, Qt::CaseInsensitive))
            addresses << row->toAddress;
    }
    if (addresses.isEmpty())
        return;
    setStatusLine(
        addresses.size() == 1
            ? tr("%1 is opted out and will never get marketing mail again.").arg(addresses.first())
            : tr("%n recipient(s) opted out; they will never get marketing mail again.", nullptr,
                 int(addresses.size())));
}

void OutboxPage::showSuppressions()
{
    SuppressionsDialog dialog(m_context.session, this);
    dialog.exec();
}

void OutboxPage::openMailSettings()
{
    MailSettingsDialog dialog(m_context.session, this);
    dialog.exec();
}

} // namespace rapport::ui
