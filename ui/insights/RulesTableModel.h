#pragma once

#include "mining/MiningRun.h"

#include <QAbstractTableModel>

namespace rapport::ui {

// The rules of one mining run, all in memory: a run keeps at most a few
// thousand rules, so sorting and filtering go through a QSortFilterProxyModel
// (RulesFilterModel), which house style H8 allows for small, fully loaded models.
class RulesTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IfColumn,   // the antecedent: "啤酒, 尿布"
        ThenColumn, // the consequent: "薯片"
        SupportColumn,
        ConfidenceColumn,
        LiftColumn,
        CountColumn,
        LeverageColumn,
        ConvictionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers, for sorting
        RuleIdRole,
        ItemsRole, // every item name on both sides, for the filter
    };

    explicit RulesTableModel(QObject* parent = nullptr);

    void setRules(QList<core::mining::StoredRule> rules);
    const QList<core::mining::StoredRule>& rules() const { return m_rules; }
    const core::mining::StoredRule* ruleById(core::RowId ruleId) const;
    int rowOf(core::RowId ruleId) const; // -1 when not here

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "42.0%", "2.31", "∞" (conviction of a rule that always holds).
    static QString percent(double fraction);
    static QString ratio(double value);

private:
    QList<core::mining::StoredRule> m_rules;
};

} // namespace rapport::ui
