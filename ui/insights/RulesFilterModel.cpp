#include "insights/RulesFilterModel.h"

#include "insights/RulesTableModel.h"

namespace rapport::ui {

RulesFilterModel::RulesFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RulesTableModel::SortRole);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void RulesFilterModel::setItemFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_itemFilter)
        return;
    m_itemFilter = trimmed;
    invalidateFilter();
}

void RulesFilterModel::setMinimumLift(double lift)
{
    if (qFuzzyCompare(lift + 1, m_minimumLift + 1))
        return;
    m_minimumLift = lift;
    invalidateFilter();
}

void RulesFilterModel::setMinimumConfidence(double fraction)
{
    if (qFuzzyCompare(fraction + 1, m_minimumConfidence + 1))
        return;
    m_minimumConfidence = fraction;
    invalidateFilter();
}

bool RulesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value = [&](int column, int role) {
        return model->data(model->index(sourceRow, column, sourceParent), role);
    };
    // A small tolerance: a rule shown as "2.00" passes a minimum of 2.00.
    constexpr double kSlack = 1e-9;
    if (value(RulesTableModel::LiftColumn, RulesTableModel::SortRole).toDouble() + kSlack
        < m_minimumLift)
        return false;
    if (value(RulesTableModel::ConfidenceColumn, RulesTableModel::SortRole).toDouble() + kSlack
        < m_minimumConfidence)
        return false;
    if (m_itemFilter.isEmpty())
        return true;
    const QStringList items =
        value(RulesTableModel::IfColumn, RulesTableModel::ItemsRole).toStringList();
    for (const QString& item : items) {
        if (item.contains(m_itemFilter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RulesFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rapport::ui
