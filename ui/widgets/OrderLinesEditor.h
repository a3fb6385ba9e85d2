#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rapport::ui {

// The lines of an order as a small editable table: product, quantity, unit
// price (defaults to the product's price) and the line total, with add and
// remove. Orders have a handful of lines, so plain cell widgets are enough.
class OrderLinesEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, TotalColumn, ColumnCount };

    explicit OrderLinesEditor(const QList<core::Product>& products, QWidget* parent = nullptr);

    void setLines(const QList<core::OrderLine>& lines);
    // The lines as typed; a line whose price does not parse has unitPriceMinor -1.
    QList<core::OrderLine> lines() const;
    std::int64_t totalMinor() const;
    int lineCount() const;
    // The first line whose price does not parse (-1 if all are fine).
    int firstInvalidLine() const;

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void addLine();
    void removeCurrentLine();

Q_SIGNALS:
    void totalChanged(qint64 totalMinor);

private:
    int appendRow(const core::OrderLine& line);
    void productChosen(int row);
    void updateTotals();
    int rowOf(QWidget* cellWidget) const;

    QList<core::Product> m_products;
    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace rapport::ui
