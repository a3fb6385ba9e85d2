#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace rapport::ui {

class Session;

// The card beside the customer table: contact data, company, tags, notes and
// the customer's orders with their totals. Reads through the repositories and
// refreshes itself when the ChangeHub reports a write.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailPane(Session* session, QWidget* parent = nullptr);

    core::RowId customerId() const { return m_id; }
    QString nameText() const;
    int orderCount() const;

public Q_SLOTS:
    void showCustomer(qint64 id);
    void refresh();

private:
    void clear();

    Session* m_session;
    core::RowId m_id = 0;
    QLabel* m_nameLabel;
    QLabel* m_companyLabel;
    QLabel* m_contactLabel;
    QLabel* m_tagsLabel;
    QLabel* m_notesLabel;
    QLabel* m_ordersSummaryLabel;
    QTreeWidget* m_ordersTree;
};

} // namespace rapport::ui
