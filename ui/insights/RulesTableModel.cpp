#include "insights/RulesTableModel.h"

#include "Format.h"

#include <QLocale>

#include <cmath>

namespace rapport::ui {

namespace {
const QString kListSeparator = QStringLiteral(", ");
} // namespace

RulesTableModel::RulesTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RulesTableModel::setRules(QList<core::mining::StoredRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

const core::mining::StoredRule* RulesTableModel::ruleById(core::RowId ruleId) const
{
    const int row = rowOf(ruleId);
    return row < 0 ? nullptr : &m_rules.at(row);
}

int RulesTableModel::rowOf(core::RowId ruleId) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == ruleId)
            return row;
    }
    return -1;
}

int RulesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RulesTableModel::percent(double fraction)
{
    return Format::percent(fraction, 1);
}

QString RulesTableModel::ratio(double value)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    return QLocale().toString(value, 'f', 2);
}

QVariant RulesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::mining::StoredRule& rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IfColumn:
            return rule.antecedentLabels.join(kListSeparator);
        case ThenColumn:
            return rule.consequentLabels.join(kListSeparator);
        case SupportColumn:
            return percent(rule.support);
        case ConfidenceColumn:
            return percent(rule.confidence);
        case LiftColumn:
            return ratio(rule.lift);
        case CountColumn:
            return Format::count(qint64(rule.count));
        case LeverageColumn:
            return QLocale().toString(rule.leverage, 'f', 4);
        case ConvictionColumn:
            return ratio(rule.conviction);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IfColumn:
            return rule.antecedentLabels.join(kListSeparator);
        case ThenColumn:
            return rule.consequentLabels.join(kListSeparator);
        case SupportColumn:
            return rule.support;
        case ConfidenceColumn:
            return rule.confidence;
        case LiftColumn:
            return rule.lift;
        case CountColumn:
            return qulonglong(rule.count);
        case LeverageColumn:
            return rule.leverage;
        case ConvictionColumn:
            return rule.conviction;
        }
        break;
    case Qt::ToolTipRole:
        return rule.text();
    case Qt::TextAlignmentRole:
        if (index.column() >= SupportColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RuleIdRole:
        return qint64(rule.id);
    case ItemsRole:
        return rule.antecedentLabels + rule.consequentLabels;
    default:
        break;
    }
    return {};
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IfColumn:
            return tr("Customers who bought");
        case ThenColumn:
            return tr("Also bought");
        case SupportColumn:
            return tr("Support");
        case ConfidenceColumn:
            return tr("Confidence");
        case LiftColumn:
            return tr("Lift");
        case CountColumn:
            return tr("Baskets");
        case LeverageColumn:
            return tr("Leverage");
        case ConvictionColumn:
            return tr("Conviction");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SupportColumn:
            return tr("Share of all baskets that hold both sides of the rule");
        case ConfidenceColumn:
            return tr("Share of the baskets with the left side that also hold the right side");
        case LiftColumn:
            return tr("How much more often the right side is bought with the left side than "
                      "on its own (1 = no link)");
        case CountColumn:
            return tr("Baskets that hold both sides");
        case LeverageColumn:
            return tr("Support minus the support expected if the sides were independent");
        case ConvictionColumn:
            return tr("How much more often the rule would be wrong if the sides were "
                      "independent (∞ = never wrong)");
        }
    }
    return {};
}

} // namespace rapport::ui
