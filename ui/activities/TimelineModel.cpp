#include "activities/TimelineModel.h"

#include "activities/ActivityFormat.h"

#include <algorithm>

namespace rapport::ui {

TimelineModel::TimelineModel(QSqlDatabase db, const core::Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_clock(&clock)
{}

void TimelineModel::setCustomer(core::RowId customerId)
{
    m_customerId = customerId;
    // Nothing to fetch while the reset is signalled: views and testers may ask.
    beginResetModel();
    m_items.clear();
    m_atEnd = true;
    endResetModel();
    m_atEnd = customerId == 0;
    fetchMore({});
}

void TimelineModel::reload()
{
    const int wanted = std::max<int>(kPageSize, int(m_items.size()));
    QList<core::TimelineItem> items;
    bool atEnd = true;
    if (m_customerId != 0) {
        auto page = core::Timeline(m_db).page(m_customerId, wanted);
        if (page) {
            items = std::move(page).value();
            atEnd = items.size() < wanted;
        }
    }
    beginResetModel();
    m_items = std::move(items);
    m_atEnd = atEnd;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TimelineItem& item = m_items.at(index.row());
    const bool isActivity = item.kind == core::TimelineItem::Kind::Activity;
    switch (role) {
    case Qt::DisplayRole:
        return item.title;
    case Qt::ToolTipRole:
        return item.detail.isEmpty() ? item.title : item.title + QLatin1Char('\n') + item.detail;
    case KindRole:
        return int(item.kind);
    case ActivityKindRole:
        return int(item.activityKind);
    case MomentRole:
        return item.at;
    case MomentTextRole:
        return ActivityFormat::moment(item.at, m_clock->nowUtc(), item.dateOnly);
    case DetailRole:
        return item.detail;
    case RefIdRole:
        return QVariant::fromValue<qint64>(item.refId);
    case DoneRole:
        return item.done;
    case DueRole:
        return item.dueAt;
    case DueTextRole:
        return ActivityFormat::moment(item.dueAt, m_clock->nowUtc());
    case OverdueRole:
        return isActivity && !item.done && item.dueAt.isValid() && item.dueAt < m_clock->nowUtc();
    case AmountRole:
        return QVariant::fromValue<qint64>(item.amountMinor);
    case CurrencyRole:
        return item.currency;
    case StatusRole:
        return item.status;
    default:
        return {};
    }
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const core::TimelineCursor cursor =
        m_items.isEmpty() ? core::TimelineCursor() : m_items.last().cursor;
    auto page = core::Timeline(m_db).page(m_customerId, kPageSize, cursor);
    // A failed read ends the list rather than retrying on every scroll.
    if (!page || page->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_items += *page;
    endInsertRows();
}

} // namespace rapport::ui
