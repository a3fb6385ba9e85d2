#include "dialogs/OrderEditorDialog.h"

#include "Format.h"
#include "customize/CustomFieldsSection.h"
#include "storage/OrderRepository.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FormValidation.h"
#include "widgets/OrderLinesEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kCustomer = QStringLiteral("customer");
const QString kLines = QStringLiteral("lines");
} // namespace

OrderEditorDialog::OrderEditorDialog(QSqlDatabase db, const QList<core::Product>& products,
                                     QWidget* parent)
    : QDialog(parent)
    , m_customerPicker(new CustomerPicker(std::move(db), this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_statusCombo(new QComboBox(this))
    , m_notesEdit(new QLineEdit(this))
    , m_lines(new OrderLinesEditor(products, this))
    , m_totalLabel(new QLabel(this))
{
    setWindowTitle(tr("New Order"));
    m_customerPicker->setObjectName(QStringLiteral("customerPicker"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (auto status : {core::OrderStatus::Open, core::OrderStatus::Paid,
                        core::OrderStatus::Shipped, core::OrderStatus::Cancelled})
        m_statusCombo->addItem(Format::status(status), static_cast<int>(status));
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    m_totalLabel->setFont(bold);
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kCustomer, tr("C&ustomer:"), m_customerPicker);
    m_customerPicker->setFocus(); // typing starts in the first field
    m_validation->addPlainRow(tr("&Date:"), m_dateEdit);
    m_validation->addPlainRow(tr("&Status:"), m_statusCombo);
    m_validation->addPlainRow(tr("&Notes:"), m_notesEdit);
    m_validation->addRow(kLines, tr("Lines:"), m_lines);
    m_validation->addPlainRow(tr("Total:"), m_totalLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_customSection = new CustomFieldsSection(this);
    layout->addWidget(m_customSection);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OrderEditorDialog::reject);
    connect(m_lines, &OrderLinesEditor::totalChanged, this, &OrderEditorDialog::updateTotal);
    updateTotal();
    resize(640, 480);
}

void OrderEditorDialog::setOrder(const core::Order& order)
{
    m_order = order;
    m_customSection->setJson(order.custom, order.id == 0);
    setWindowTitle(order.id ? tr("Edit Order %1").arg(order.number) : tr("New Order"));
    if (order.customerId)
        m_customerPicker->setCustomer(order.customerId, order.customerName);
    if (order.orderedOn.isValid())
        m_dateEdit->setDate(order.orderedOn);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(order.status)));
    m_notesEdit->setText(order.notes);
    m_lines->setLines(order.lines);
    updateTotal();
}

void OrderEditorDialog::setCustomer(core::RowId id, const QString& name)
{
    m_customerPicker->setCustomer(id, name);
}

core::Order OrderEditorDialog::order() const
{
    core::Order o = m_order;
    o.customerId = m_customerPicker->customerId();
    o.customerName = m_customerPicker->customerName();
    o.orderedOn = m_dateEdit->date();
    o.status = static_cast<core::OrderStatus>(m_statusCombo->currentData().toInt());
    o.notes = m_notesEdit->text().trimmed();
    o.lines = m_lines->lines();
    o.totalMinor = o.linesTotalMinor();
    o.custom = m_customSection->json();
    return o;
}

QString OrderEditorDialog::totalText() const
{
    return m_totalLabel->text();
}

bool OrderEditorDialog::validate()
{
    m_validation->clear();
    const core::Order o = order();
    if (o.customerId == 0)
        m_validation->setError(kCustomer, tr("Choose a customer from the list."));
    if (m_lines->lineCount() == 0)
        m_validation->setError(kLines, tr("Add at least one line."));
    else if (const int bad = m_lines->firstInvalidLine(); bad >= 0)
        m_validation->setError(kLines, tr("Line %1: enter a price such as 12.50.").arg(bad + 1));
    if (!m_validation->hasErrors()) {
        const core::Status status = core::OrderRepository::validate(o);
        if (!status)
            m_validation->setError(status.error().field, status.error().message);
    }
    const bool customOk = m_customSection->validate(m_validation);
    return !m_validation->hasErrors() && customOk;
}

void OrderEditorDialog::accept()
{
    if (!validate()) {
        m_customSection->focusFirstError();
        m_validation->focusFirstError(); // the dialog's own fields come first
        return;
    }
    QDialog::accept();
}

void OrderEditorDialog::updateTotal()
{
    m_totalLabel->setText(Format::money(m_lines->totalMinor(), m_order.currency));
}

void OrderEditorDialog::setCustomFields(const QList<core::CustomFieldDef>& fields)
{
    m_customSection->setFields(fields, m_order.custom, m_order.id == 0);
    resize(width(), sizeHint().height());
}

} // namespace rapport::ui
