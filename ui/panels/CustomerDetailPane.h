#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace rapport::ui {

class AlsoBuysBox;
class ConsentBox;
class CustomerValueBox;
class Session;
class TimelineView;

// The card beside the customer table: contact data, company, tags, notes and
// the customer's orders with their totals on a "Details" tab, and the
// customer's timeline (activities, orders, deals, changes) on a "Timeline"
// tab. Reads through the repositories and refreshes itself when the ChangeHub
// reports a write.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDetailPane(Session* session, QWidget* parent = nullptr);

    core::RowId customerId() const { return m_id; }
    QString nameText() const;
    int orderCount() const;
    // The stack the timeline's writes go on (the window's undo stack).
    void setUndoStack(QUndoStack* stack);
    TimelineView* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    AlsoBuysBox* alsoBuys() const { return m_alsoBuys; }
    CustomerValueBox* valueBox() const { return m_value; }
    ConsentBox* consentBox() const { return m_consent; }

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
    AlsoBuysBox* m_alsoBuys;
    CustomerValueBox* m_value;
    ConsentBox* m_consent;
    QTabWidget* m_tabs;
    TimelineView* m_timeline;
};

} // namespace rapport::ui
