#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace rapport::ui {

// Sorts the rules table by any column (numbers by value, item names with the
// locale's collation, so Chinese names sort by pinyin) and keeps the rules
// that name an item matching the filter text and reach the minimum lift and
// confidence.
class RulesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RulesFilterModel(QObject* parent = nullptr);

    // Case-insensitive part of any item name on either side; empty: all.
    void setItemFilter(const QString& text);
    void setMinimumLift(double lift);
    void setMinimumConfidence(double fraction);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_itemFilter;
    double m_minimumLift = 0;
    double m_minimumConfidence = 0;
    QCollator m_collator;
};

} // namespace rapport::ui
