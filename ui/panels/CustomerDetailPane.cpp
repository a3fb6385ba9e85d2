#include "panels/CustomerDetailPane.h"

#include "Format.h"
#include "Session.h"
#include "activities/TimelineView.h"
#include "insights/AlsoBuysBox.h"
#include "insights/CustomerValueBox.h"
#include "mail/ConsentBox.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
enum OrderColumn { NumberColumn, DateColumn, StatusColumn, TotalColumn, OrderColumnCount };

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CustomerDetailPane::CustomerDetailPane(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_nameLabel(makeLabel(this, QStringLiteral("detailNameLabel")))
    , m_companyLabel(makeLabel(this, QStringLiteral("detailCompanyLabel")))
    , m_contactLabel(makeLabel(this, QStringLiteral("detailContactLabel")))
    , m_tagsLabel(makeLabel(this, QStringLiteral("detailTagsLabel")))
    , m_notesLabel(makeLabel(this, QStringLiteral("detailNotesLabel")))
    , m_ordersSummaryLabel(makeLabel(this, QStringLiteral("detailOrdersLabel")))
    , m_ordersTree(new QTreeWidget(this))
    , m_alsoBuys(new AlsoBuysBox(session, this))
    , m_value(new CustomerValueBox(session, this))
    , m_consent(new ConsentBox(session, this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelineView(session, core::Clock::system(), this))
{
    setObjectName(QStringLiteral("customerDetailPane"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_contactLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_ordersTree->setObjectName(QStringLiteral("detailOrdersTree"));
    m_ordersTree->setRootIsDecorated(false);
    m_ordersTree->setColumnCount(OrderColumnCount);
    m_ordersTree->setHeaderLabels({tr("Number"), tr("Date"), tr("Status"), tr("Total")});
    m_ordersTree->header()->setStretchLastSection(false);
    m_ordersTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The name stays above the tabs, so the timeline always says whose it is.
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addWidget(m_companyLabel);
    detailsLayout->addWidget(m_contactLabel);
    detailsLayout->addWidget(m_tagsLabel);
    detailsLayout->addWidget(m_notesLabel);
    detailsLayout->addWidget(m_value);
    detailsLayout->addWidget(m_consent);
    detailsLayout->addWidget(m_alsoBuys);
    detailsLayout->addWidget(m_ordersSummaryLabel);
    detailsLayout->addWidget(m_ordersTree, 1);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_timeline, tr("Timeline"));

    m_historyLink =
        new QLabel(QStringLiteral("<a href=\"history\">%1</a>").arg(tr("History")), this);
    m_historyLink->setObjectName(QStringLiteral("detailHistoryLink"));
    m_historyLink->setToolTip(tr("Who changed this customer, and when"));
    connect(m_historyLink, &QLabel::linkActivated, this, [this] {
        if (m_id != 0)
            Q_EMIT historyRequested(m_id);
    });
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel, 1);
    nameRow->addWidget(m_historyLink, 0, Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(m_tabs, 1);

    connect(session->hub(), &core::ChangeHub::changed, this, &CustomerDetailPane::refresh);
    clear();
}

QString CustomerDetailPane::nameText() const
{
    return m_nameLabel->text();
}

int CustomerDetailPane::orderCount() const
{
    return m_ordersTree->topLevelItemCount();
}

void CustomerDetailPane::setUndoStack(QUndoStack* stack)
{
    m_timeline->setUndoStack(stack);
}

void CustomerDetailPane::showCustomer(qint64 id)
{
    m_id = id;
    refresh();
    m_timeline->setCustomer(id);
}

void CustomerDetailPane::refresh()
{
    if (m_id == 0) {
        clear();
        return;
    }
    core::CustomerRepository customers(m_session->connection());
    const auto customer = customers.get(m_id);
    if (!customer) {
        clear();
        m_timeline->setCustomer(0);
        return;
    }
    const core::Customer& c = *customer;
    m_historyLink->show();
    m_nameLabel->setText(c.name);
    m_tabs->setEnabled(true);
    m_timeline->setCustomer(m_id);
    m_companyLabel->setText(c.companyName);
    m_companyLabel->setVisible(!c.companyName.isEmpty());
    QStringList contact;
    if (!c.email.isEmpty())
        contact << tr("E-mail: %1").arg(c.email);
    if (!c.phone.isEmpty())
        contact << tr("Phone: %1").arg(c.phone);
    QStringList placeParts;
    for (const QString& part : {c.address, c.city}) {
        if (!part.trimmed().isEmpty())
            placeParts << part.trimmed();
    }
    const QString place = placeParts.join(QStringLiteral(", "));
    if (!place.isEmpty())
        contact << tr("Address: %1").arg(place);
    if (!c.owner.isEmpty())
        contact << tr("Owner: %1").arg(c.owner);
    // The owner's own fields, in their order, where this customer has a value.
    const auto parsed = core::customfields::parseObject(c.custom);
    const QJsonObject custom = parsed ? *parsed : QJsonObject();
    if (auto fields = core::CustomFieldRepository(m_session->connection())
                          .fields(core::FieldEntity::Customers)) {
        for (const core::CustomFieldDef& field : *fields) {
            const QString text = core::customfields::displayText(field, custom.value(field.key));
            if (!text.isEmpty())
                contact << tr("%1: %2", "a custom field's label and value").arg(field.label, text);
        }
    }
    m_contactLabel->setText(contact.join(QLatin1Char('\n')));
    m_contactLabel->setVisible(!contact.isEmpty());

    QStringList tagNames;
    if (const auto tags = customers.tags(m_id)) {
        for (const core::Tag& tag : *tags)
            tagNames << tag.name;
    }
    m_tagsLabel->setText(
        tagNames.isEmpty() ? QString() : tr("Tags: %1").arg(tagNames.join(QStringLiteral(", "))));
    m_tagsLabel->setVisible(!tagNames.isEmpty());
    m_notesLabel->setText(c.notes);
    m_notesLabel->setVisible(!c.notes.isEmpty());

    m_ordersTree->clear();
    const auto orders = core::OrderRepository(m_session->connection()).forCustomer(m_id);
    std::int64_t sum = 0;
    if (orders) {
        for (const core::Order& order : *orders) {
            auto* item = new QTreeWidgetItem(m_ordersTree);
            item->setText(NumberColumn, order.number);
            item->setText(DateColumn, Format::date(order.orderedOn));
            item->setText(StatusColumn, Format::status(order.status));
            item->setText(TotalColumn, Format::money(order.totalMinor, order.currency));
            item->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
            if (order.status != core::OrderStatus::Cancelled)
                sum += order.totalMinor;
        }
    }
    const int count = orders ? int(orders->size()) : 0;
    m_ordersSummaryLabel->setText(
        tr("%n order(s), total %1", nullptr, count).arg(Format::money(sum)));
    m_ordersSummaryLabel->show();
    m_ordersTree->setVisible(count > 0);
    // Also after a new mining run (Entity::MiningRun): refresh() follows every change.
    m_alsoBuys->setCustomer(m_id);
    m_value->setCustomer(m_id);
    m_consent->setCustomer(m_id);
}

void CustomerDetailPane::clear()
{
    m_nameLabel->setText(tr("No customer selected"));
    m_historyLink->hide();
    for (QLabel* label :
         {m_companyLabel, m_contactLabel, m_tagsLabel, m_notesLabel, m_ordersSummaryLabel}) {
        label->clear();
        label->hide();
    }
    m_ordersTree->clear();
    m_ordersTree->hide();
    m_alsoBuys->setCustomer(0);
    m_value->setCustomer(0);
    m_consent->setCustomer(0);
    m_tabs->setEnabled(false);
}

} // namespace rapport::ui
