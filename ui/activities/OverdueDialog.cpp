#include "activities/OverdueDialog.h"

#include "Session.h"
#include "activities/ActivityCommands.h"
#include "activities/ActivityFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
enum Column { CustomerColumn, SubjectColumn, DueColumn, ColumnCount };
constexpr int kIndexRole = Qt::UserRole;
} // namespace

OverdueDialog::OverdueDialog(Session* session, QUndoStack* undoStack, const core::Clock& clock,
                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_clock(&clock)
    , m_tree(new QTreeWidget(this))
    , m_openButton(new QPushButton(tr("&Open Customer"), this))
    , m_doneButton(new QPushButton(tr("Mark &Done"), this))
    , m_snoozeButton(new QPushButton(tr("&Snooze 1 Day"), this))
{
    setObjectName(QStringLiteral("overdueDialog"));
    setWindowTitle(tr("Overdue Activities"));
    m_tree->setObjectName(QStringLiteral("overdueTree"));
    m_openButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_doneButton->setObjectName(QStringLiteral("markDoneButton"));
    m_snoozeButton->setObjectName(QStringLiteral("snoozeButton"));
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Customer"), tr("Subject"), tr("Due")});
    m_tree->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CustomerColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_doneButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_snoozeButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &OverdueDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &OverdueDialog::openSelectedCustomer);
    connect(m_doneButton, &QPushButton::clicked, this, &OverdueDialog::markSelectedDone);
    connect(m_snoozeButton, &QPushButton::clicked, this, &OverdueDialog::snoozeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OverdueDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &OverdueDialog::openSelectedCustomer);
    connect(session->hub(), &core::ChangeHub::changed, this, [this](core::Entity entity, qint64) {
        if (entity == core::Entity::Activity || entity == core::Entity::Customer)
            refresh();
    });
    refresh();
    resize(620, 360);
}

bool OverdueDialog::hasOverdue(Session* session, const core::Clock& clock)
{
    const auto list = core::ActivityRepository(session->connection()).overdue(clock.nowUtc());
    return list && !list->isEmpty();
}

int OverdueDialog::count() const
{
    return int(m_activities.size());
}

void OverdueDialog::refresh()
{
    const auto list = core::ActivityRepository(m_session->connection()).overdue(m_clock->nowUtc());
    m_activities = list ? *list : QList<core::Activity>();
    m_tree->clear();
    const QDateTime now = m_clock->nowUtc();
    for (int i = 0; i < m_activities.size(); ++i) {
        const core::Activity& a = m_activities[i];
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(CustomerColumn, a.customerName);
        item->setText(SubjectColumn,
                      ActivityFormat::glyph(a.kind) + QLatin1Char(' ') + a.headline());
        item->setText(DueColumn, ActivityFormat::moment(a.dueAt, now));
        item->setData(CustomerColumn, kIndexRole, i);
        item->setForeground(DueColumn, QColor(0xc0, 0x25, 0x1d));
    }
    updateButtons();
}

QList<core::Activity> OverdueDialog::selectedActivities() const
{
    QList<core::Activity> result;
    for (QTreeWidgetItem* item : m_tree->selectedItems()) {
        const int i = item->data(CustomerColumn, kIndexRole).toInt();
        if (i >= 0 && i < m_activities.size())
            result << m_activities[i];
    }
    return result;
}

void OverdueDialog::markSelectedDone()
{
    const QList<core::Activity> selected = selectedActivities();
    if (selected.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Mark %n activity(s) done", nullptr, int(selected.size())));
    for (const core::Activity& a : selected)
        m_undoStack->push(ActivityCommands::markDone(m_session, a, true));
    m_undoStack->endMacro();
}

void OverdueDialog::snoozeSelected()
{
    const QList<core::Activity> selected = selectedActivities();
    if (selected.isEmpty())
        return;
    const QDateTime now = m_clock->nowUtc();
    m_undoStack->beginMacro(tr("Snooze %n activity(s)", nullptr, int(selected.size())));
    for (const core::Activity& a : selected)
        m_undoStack->push(ActivityCommands::snooze(m_session, a, now));
    m_undoStack->endMacro();
}

void OverdueDialog::openSelectedCustomer()
{
    const QList<core::Activity> selected = selectedActivities();
    if (!selected.isEmpty() && selected.first().customerId)
        Q_EMIT openCustomer(*selected.first().customerId);
}

void OverdueDialog::updateButtons()
{
    const bool any = !m_tree->selectedItems().isEmpty();
    m_openButton->setEnabled(any);
    m_doneButton->setEnabled(any);
    m_snoozeButton->setEnabled(any);
}

} // namespace rapport::ui
