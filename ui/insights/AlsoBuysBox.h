#pragma once

#include "domain/Entities.h"
#include "mining/MiningRun.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rapport::ui {

class Session;

// "Also buys" on the customer card: up to five products the customer has not
// bought yet, each with the purchase rule that suggests it as the reason
// (MiningRepository::alsoBuys, from the latest mining run). Hidden when there
// is nothing to suggest (no run yet, or no rule fires on the customer).
class AlsoBuysBox : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLimit = 5;

    explicit AlsoBuysBox(Session* session, QWidget* parent = nullptr);

    // Shows the suggestions for `customerId` (0: none).
    void setCustomer(core::RowId customerId);
    const QList<core::mining::Recommendation>& recommendations() const { return m_items; }
    // The product names and reasons as shown, one line each ("薯片 — Bought …").
    QStringList lines() const;

private:
    void rebuild();

    Session* m_session;
    core::RowId m_customerId = 0;
    QList<core::mining::Recommendation> m_items;
    QLabel* m_titleLabel;
    QVBoxLayout* m_rows;
};

} // namespace rapport::ui
