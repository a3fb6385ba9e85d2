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
    // The "History" link beside the name (shown while a customer is).
    QLabel* historyLink() const { return m_historyLink; }

public Q_SLOTS:
    void showCustomer(qint64 id);
    void refresh();

Q_SIGNALS:
    // The user asked for the customer's audit history (the window opens the
    // audit log with AuditLogPage::showRecord("customers", id)).
    void historyRequested(qint64 customerId);

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
    QLabel* m_historyLink = nullptr;
};

} // namespace rapport::ui
