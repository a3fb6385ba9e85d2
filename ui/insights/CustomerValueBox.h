#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;

namespace rapport::ui {

class Session;

// "Value" on the customer card: the customer's RFM segment, lifetime value,
// P(active), expected purchases and churn risk with the one input that drives
// it, from the latest scoring run (ScoreRepository::score). Hidden when the
// customer has no score (not scored yet, or no purchase).
class CustomerValueBox : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerValueBox(Session* session, QWidget* parent = nullptr);

    // Shows the scores of `customerId` (0: none).
    void setCustomer(core::RowId customerId);
    // The lines as shown, for tests.
    QStringList lines() const { return m_lines; }

private:
    Session* m_session;
    QLabel* m_titleLabel;
    QLabel* m_body;
    QStringList m_lines;
};

} // namespace rapport::ui
