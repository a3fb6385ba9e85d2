#include "insights/TargetListPane.h"

#include "Session.h"
#include "insights/TargetListExport.h"
#include "storage/CustomerRepository.h"
#include "storage/MiningRepository.h"
#include "tags/TagActions.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
enum TargetColumn { NameColumn, EmailColumn, PhoneColumn, TargetColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

TargetListPane::TargetListPane(const PanelContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_summaryLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_tagButton(new QPushButton(tr("Tag These Customers…"), this))
    , m_tagMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("targetListPane"));
    m_summaryLabel->setObjectName(QStringLiteral("targetSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(TargetColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Phone")});
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_exportButton->setObjectName(QStringLiteral("exportTargetsButton"));
    m_exportButton->setToolTip(tr("Save these customers' names, e-mail addresses and phone "
                                  "numbers as a CSV file"));
    m_tagButton->setObjectName(QStringLiteral("tagTargetsButton"));
    m_tagMenu->setObjectName(QStringLiteral("tagTargetsMenu"));
    m_tagButton->setMenu(m_tagMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_tagButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &TargetListPane::exportCsv);
    connect(m_tagMenu, &QMenu::aboutToShow, this, &TargetListPane::fillTagMenu);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openCustomerRequested(item->data(NameColumn, kIdRole).toLongLong());
    });
    setRule(std::nullopt);
}

void TargetListPane::setRule(const std::optional<core::mining::StoredRule>& rule)
{
    m_rule = rule;
    reload();
}

void TargetListPane::reload()
{
    m_customers.clear();
    m_list->clear();
    if (!m_rule) {
        m_summaryLabel->setText(tr("Choose a rule to see the customers it suggests."));
        m_exportButton->setEnabled(false);
        m_tagButton->setEnabled(false);
        return;
    }
    const auto ids =
        core::MiningRepository(m_context.session->connection()).ruleTargets(m_rule->id);
    if (!ids) {
        m_summaryLabel->setText(ids.error().message);
        m_exportButton->setEnabled(false);
        m_tagButton->setEnabled(false);
        return;
    }
    // A run's target lists are customers of one shop: at most a few thousand,
    // read one by one through the repository like the customer card does.
    const core::CustomerRepository repository(m_context.session->connection());
    QList<QTreeWidgetItem*> items;
    for (core::RowId id : *ids) {
        const auto customer = repository.get(id);
        if (!customer)
            continue;
        m_customers.append(*customer);
        auto* item = new QTreeWidgetItem;
        item->setText(NameColumn, customer->name);
        item->setData(NameColumn, kIdRole, qint64(id));
        item->setText(EmailColumn, customer->email);
        item->setText(PhoneColumn, customer->phone);
        items.append(item);
    }
    m_list->setSortingEnabled(false);
    m_list->addTopLevelItems(items);
    m_list->setSortingEnabled(true);
    m_list->resizeColumnToContents(NameColumn);
    const int count = int(m_customers.size());
    m_summaryLabel->setText(tr("%n customer(s) bought %1 but not yet %2.", nullptr, count)
                                .arg(m_rule->antecedentLabels.join(QStringLiteral(", ")),
                                     m_rule->consequentLabels.join(QStringLiteral(", "))));
    m_exportButton->setEnabled(count > 0);
    m_tagButton->setEnabled(count > 0);
}

QList<core::RowId> TargetListPane::customerIds() const
{
    QList<core::RowId> ids;
    ids.reserve(m_customers.size());
    for (const core::Customer& customer : m_customers)
        ids.append(customer.id);
    return ids;
}

QString TargetListPane::summaryText() const
{
    return m_summaryLabel->text();
}

void TargetListPane::exportCsv()
{
    if (m_customers.isEmpty() || !m_rule)
        return;
    const QString suggested =
        QDir::home().filePath(tr("targets-%1.csv").arg(m_rule->consequentLabels.join(u'-')));
    const QString path = FileDialog::saveFileName(this, tr("Export Target List"), suggested,
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const core::Status status = TargetListExport::write(path, m_customers);
    if (!status)
        MessageBox::critical(this, tr("Export Target List"), status.error().message);
}

void TargetListPane::fillTagMenu()
{
    m_tagMenu->clear();
    TagActions::populate(m_tagMenu, m_context, customerIds(), this);
}

} // namespace rapport::ui
