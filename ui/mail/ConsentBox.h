#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rapport::ui {

class Session;

// "Marketing e-mail" on the customer card: whether the customer may get
// campaigns (the latest opt-in with its date, source and wording; an opt-out
// with its date and source; or nothing recorded), with Record Opt-In… and Opt
// Out. Neither is on the undo stack: consent is a history that only grows, and
// an opt-out is final (the address stays on the suppression list).
class ConsentBox : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentBox(Session* session, QWidget* parent = nullptr);

    void setCustomer(core::RowId customerId);
    QString text() const; // as shown, for tests

public Q_SLOTS:
    void recordOptIn();
    // Asks first unless `confirmed`.
    void optOut(bool confirmed = false);

private:
    Session* m_session;
    core::RowId m_customerId = 0;
    QLabel* m_body;
    QPushButton* m_optInButton;
    QPushButton* m_optOutButton;
};

} // namespace rapport::ui
