#include "panels/CustomersPanel.h"

#include "Format.h"
#include "Session.h"
#include "commands/Commands.h"
#include "dialogs/CustomerDialog.h"
#include "models/PagedTableModel.h"
#include "panels/CustomerDetailPane.h"
#include "privacy/PrivacyActions.h"
#include "storage/CompanyRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/ScoreRepository.h"
#include "value/Rfm.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace rapport::ui {

CustomersPanel::CustomersPanel(const PanelContext& context, QWidget* parent)
    : TablePanel(
        context,
        definitionOf(context, core::FieldEntity::Customers, core::CustomerRepository::tableDef()),
        QStringLiteral("customers"), parent)
    , m_detail(new CustomerDetailPane(context.session, this))
    , m_privacy(new PrivacyActions(context, this))
{
    enableSearch(tr("Search names, e-mail, phone, company, notes (Ctrl+F)"));
    m_detail->setUndoStack(context.undoStack); // timeline edits undo from the Edit menu
    addSidePane(m_detail);
    enableCustomFields(core::FieldEntity::Customers);
    // Stored as a UTC timestamp; people want their local day.
    model()->setFormatter(QStringLiteral("created"), [](const QVariant& cell) -> QVariant {
        const QDateTime utc = QDateTime::fromString(cell.toString(), Qt::ISODateWithMs);
        return utc.isValid() ? QVariant(Format::date(utc.toLocalTime().date())) : cell;
    });
    // The scores (customer_scores), as the customer card shows them.
    model()->setFormatter(QStringLiteral("segment"), [](const QVariant& cell) -> QVariant {
        core::value::RfmSegment segment{};
        return core::value::rfmSegmentFromKey(cell.toString(), &segment)
                   ? QVariant(core::value::rfmSegmentName(segment))
                   : cell;
    });
    model()->setFormatter(QStringLiteral("clv"), [](const QVariant& cell) -> QVariant {
        return cell.isNull() ? cell : QVariant(Format::money(cell.toLongLong()));
    });
    for (const QString& key : {QStringLiteral("churn_risk"), QStringLiteral("p_alive")}) {
        model()->setFormatter(key, [](const QVariant& cell) -> QVariant {
            return cell.isNull() ? cell : QVariant(Format::percent(cell.toDouble()));
        });
    }
    for (const QString& key :
         {QStringLiteral("clv"), QStringLiteral("churn_risk"), QStringLiteral("p_alive")})
        model()->setAlignment(key, Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &TablePanel::currentIdChanged, m_detail, &CustomerDetailPane::showCustomer);
    // Personal data export and erasure: on the rows' context menu and on the card.
    connect(this, &TablePanel::currentIdChanged, m_privacy, &PrivacyActions::setCustomer);
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    view()->addActions({m_privacy->exportAction(), m_privacy->eraseAction()});
    auto* privacyButton = new QToolButton(m_detail);
    privacyButton->setObjectName(QStringLiteral("privacyButton"));
    privacyButton->setText(tr("Privacy"));
    privacyButton->setPopupMode(QToolButton::InstantPopup);
    auto* privacyMenu = new QMenu(privacyButton);
    privacyMenu->addActions({m_privacy->exportAction(), m_privacy->eraseAction()});
    privacyButton->setMenu(privacyMenu);
    m_detail->tabs()->setCornerWidget(privacyButton, Qt::TopRightCorner);
    const auto scored = core::ScoreRepository(session()->connection()).latestRun();
    if (!scored || !*scored)
        setScoreColumnsShown(false);
    connect(session()->hub(), &core::ChangeHub::changed, this, [this](core::Entity changed) {
        if (changed == core::Entity::CustomerScores)
            setScoreColumnsShown(true);
    });
}

void CustomersPanel::setScoreColumnsShown(bool shown)
{
    for (const QString& key : {QStringLiteral("segment"), QStringLiteral("clv"),
                               QStringLiteral("churn_risk"), QStringLiteral("p_alive")}) {
        const int column = model()->columnIndex(key);
        if (column >= 0)
            view()->horizontalHeader()->setSectionHidden(column, !shown);
    }
}

QString CustomersPanel::title() const
{
    return tr("Customers");
}

QString CustomersPanel::countText(qint64 count) const
{
    return tr("%Ln customer(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
}

void CustomersPanel::createItem()
{
    const auto companies = core::CompanyRepository(session()->connection()).all();
    CustomerDialog dialog(companies ? *companies : QList<core::Company>(), this);
    dialog.setCustomFields(customFields());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = CommandFactory::create(session(), dialog.customer(), errorHandler());
    push(command);
}

void CustomersPanel::editItem(core::RowId id)
{
    const auto before = core::CustomerRepository(session()->connection()).get(id);
    if (!before) {
        showError(before.error());
        return;
    }
    const auto companies = core::CompanyRepository(session()->connection()).all();
    CustomerDialog dialog(companies ? *companies : QList<core::Company>(), this);
    dialog.setCustomFields(customFields());
    dialog.setCustomer(*before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(CommandFactory::edit(session(), *before, dialog.customer(), errorHandler()));
}

void CustomersPanel::deleteItems(const QList<core::RowId>& ids)
{
    core::CustomerRepository repository(session()->connection());
    for (core::RowId id : ids) {
        if (const auto customer = repository.get(id))
            push(CommandFactory::remove(session(), *customer, errorHandler()));
    }
}

} // namespace rapport::ui
