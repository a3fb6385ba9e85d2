#pragma once

#include "common/Clock.h"
#include "storage/Timeline.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace rapport::ui {

// One customer's timeline (core::Timeline) as a list, newest first, fetched a
// page at a time as the view scrolls (fetchMore), so a customer with years of
// history opens at once.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole, // core::TimelineItem::Kind as int
        ActivityKindRole,        // core::ActivityKind as int (activities)
        MomentRole,              // QDateTime (UTC), the sort key
        MomentTextRole,          // "Today 14:30", or a date for orders
        DetailRole,
        RefIdRole, // qint64: the activity, order, deal or audit row
        DoneRole,
        DueRole,     // QDateTime (UTC) or invalid
        DueTextRole, // the due time as MomentTextRole writes it ('' when none)
        OverdueRole, // an open activity past its due time
        AmountRole,  // qint64 minor units (orders, deals)
        CurrencyRole,
        StatusRole, // order status key, deal stage name
    };

    static constexpr int kPageSize = 50;

    explicit TimelineModel(QSqlDatabase db, const core::Clock& clock = core::Clock::system(),
                           QObject* parent = nullptr);

    void setCustomer(core::RowId customerId);
    core::RowId customerId() const { return m_customerId; }
    // Reads again what is loaded (at least one page), after a write.
    void reload();
    const core::TimelineItem& item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QSqlDatabase m_db;
    const core::Clock* m_clock;
    core::RowId m_customerId = 0;
    QList<core::TimelineItem> m_items;
    bool m_atEnd = true;
};

} // namespace rapport::ui
