#include "widgets/OrderLinesEditor.h"

#include "Format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
QComboBox* productCombo(QTableWidget* table, int row)
{
    return qobject_cast<QComboBox*>(table->cellWidget(row, OrderLinesEditor::ProductColumn));
}
QSpinBox* quantitySpin(QTableWidget* table, int row)
{
    return qobject_cast<QSpinBox*>(table->cellWidget(row, OrderLinesEditor::QuantityColumn));
}
QLineEdit* priceEdit(QTableWidget* table, int row)
{
    return qobject_cast<QLineEdit*>(table->cellWidget(row, OrderLinesEditor::UnitPriceColumn));
}
} // namespace

OrderLinesEditor::OrderLinesEditor(const QList<core::Product>& products, QWidget* parent)
    : QWidget(parent)
    , m_products(products)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(tr("&Add Line"), this))
    , m_removeButton(new QPushButton(tr("&Remove Line"), this))
{
    m_table->setObjectName(QStringLiteral("linesTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit Price"), tr("Line Total")});
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addButton->setObjectName(QStringLiteral("addLineButton"));
    m_removeButton->setObjectName(QStringLiteral("removeLineButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &OrderLinesEditor::addLine);
    connect(m_removeButton, &QPushButton::clicked, this, &OrderLinesEditor::removeCurrentLine);
    m_addButton->setEnabled(!m_products.isEmpty());
}

void OrderLinesEditor::setLines(const QList<core::OrderLine>& lines)
{
    m_table->setRowCount(0);
    for (const core::OrderLine& line : lines)
        appendRow(line);
    updateTotals();
}

QList<core::OrderLine> OrderLinesEditor::lines() const
{
    QList<core::OrderLine> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::OrderLine line;
        line.productId = productCombo(m_table, row)->currentData().toLongLong();
        line.productName = productCombo(m_table, row)->currentText();
        line.quantity = quantitySpin(m_table, row)->value();
        line.unitPriceMinor =
            core::Money::parseMinor(priceEdit(m_table, row)->text().trimmed()).value_or(-1);
        result.append(line);
    }
    return result;
}

std::int64_t OrderLinesEditor::totalMinor() const
{
    std::int64_t total = 0;
    for (const core::OrderLine& line : lines()) {
        if (line.unitPriceMinor >= 0)
            total += line.totalMinor();
    }
    return total;
}

int OrderLinesEditor::lineCount() const
{
    return m_table->rowCount();
}

int OrderLinesEditor::firstInvalidLine() const
{
    const auto all = lines();
    for (int row = 0; row < all.size(); ++row) {
        if (all[row].unitPriceMinor < 0 || all[row].productId == 0)
            return row;
    }
    return -1;
}

void OrderLinesEditor::addLine()
{
    if (m_products.isEmpty())
        return;
    core::OrderLine line;
    line.productId = m_products.first().id;
    line.unitPriceMinor = m_products.first().price.minor;
    const int row = appendRow(line);
    m_table->setCurrentCell(row, ProductColumn);
    updateTotals();
}

void OrderLinesEditor::removeCurrentLine()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateTotals();
}

int OrderLinesEditor::appendRow(const core::OrderLine& line)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto* combo = new QComboBox(m_table);
    for (const core::Product& product : std::as_const(m_products))
        combo->addItem(product.name, QVariant::fromValue<qint64>(product.id));
    int index = combo->findData(QVariant::fromValue<qint64>(line.productId));
    if (index < 0 && line.productId != 0) {
        // A product deleted since the order was written: keep it on the line.
        combo->addItem(line.productName, QVariant::fromValue<qint64>(line.productId));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    auto* spin = new QSpinBox(m_table);
    spin->setRange(1, 1000000);
    spin->setValue(static_cast<int>(line.quantity));
    auto* price = new QLineEdit(Format::plainAmount(line.unitPriceMinor), m_table);
    price->setAlignment(Qt::AlignRight);
    auto* total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_table->setCellWidget(row, ProductColumn, combo);
    m_table->setCellWidget(row, QuantityColumn, spin);
    m_table->setCellWidget(row, UnitPriceColumn, price);
    m_table->setItem(row, TotalColumn, total);

    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { productChosen(rowOf(combo)); });
    connect(spin, &QSpinBox::valueChanged, this, &OrderLinesEditor::updateTotals);
    connect(price, &QLineEdit::textChanged, this, &OrderLinesEditor::updateTotals);
    return row;
}

void OrderLinesEditor::productChosen(int row)
{
    if (row < 0)
        return;
    const core::RowId id = productCombo(m_table, row)->currentData().toLongLong();
    for (const core::Product& product : std::as_const(m_products)) {
        if (product.id == id) {
            priceEdit(m_table, row)->setText(Format::plainAmount(product.price.minor));
            break;
        }
    }
    updateTotals();
}

void OrderLinesEditor::updateTotals()
{
    const auto all = lines();
    for (int row = 0; row < all.size(); ++row) {
        const core::OrderLine& line = all[row];
        const bool valid = line.unitPriceMinor >= 0;
        m_table->item(row, TotalColumn)
            ->setText(valid ? Format::money(line.totalMinor()) : tr("invalid price"));
    }
    m_removeButton->setEnabled(m_table->rowCount() > 0);
    Q_EMIT totalChanged(totalMinor());
}

int OrderLinesEditor::rowOf(QWidget* cellWidget) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->cellWidget(row, ProductColumn) == cellWidget)
            return row;
    }
    return -1;
}

} // namespace rapport::ui
