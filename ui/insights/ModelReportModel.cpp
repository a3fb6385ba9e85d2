#include "insights/ModelReportModel.h"

#include "Format.h"
#include "value/Features.h"

#include <QJsonObject>
#include <QLocale>

namespace rapport::ui {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString share(double fraction)
{
    return Format::percent(fraction);
}

// An input's name in the language shown now: the report stores the label
// translated when the scores were made, which may have been another language.
// A category share keeps its stored label, which names the shop's category.
QString inputLabel(const QJsonObject& input)
{
    const int column =
        core::value::featureColumnFromKey(input.value(QStringLiteral("feature")).toString());
    if (column >= 0 && column < core::value::kFixedFeatures)
        return core::value::featureName(column, {});
    return input.value(QStringLiteral("label")).toString();
}

bool isChurn(const QJsonObject& model)
{
    return model.value(QStringLiteral("name")).toString() == QLatin1String("churn");
}

} // namespace

void ModelReportModel::setModels(const QJsonArray& models)
{
    beginResetModel();
    m_models.clear();
    for (const QJsonValue& value : models)
        m_models.append(value.toObject());
    endResetModel();
}

int ModelReportModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models.at(row).value(QStringLiteral("name")).toString() == key)
            return row;
    }
    return -1;
}

int ModelReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelReportModel::modelName(const QString& key)
{
    if (key == QLatin1String("churn"))
        return tr("Churn\n(no purchase next period)");
    if (key == QLatin1String("next_category"))
        return tr("Next category");
    return key;
}

QVariant ModelReportModel::rawValue(const QJsonObject& model, int column) const
{
    const auto optional = [&](const char* key) -> QVariant {
        const QJsonValue value = model.value(QLatin1String(key));
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant();
    };
    switch (column) {
    case ModelColumn:
        return modelName(model.value(QStringLiteral("name")).toString());
    case AucColumn:
        return optional("auc");
    case LiftColumn:
        return optional("lift_top_decile");
    case BaselineAucColumn:
        return optional("baseline_auc");
    case AliveAucColumn:
        return optional("p_alive_auc");
    case BgNbdAucColumn:
        return optional("bgnbd_auc");
    case HoldoutColumn:
        return model.value(QStringLiteral("test_rows")).toInteger();
    case InputsColumn: {
        const QJsonArray importance = model.value(QStringLiteral("importance")).toArray();
        return importance.isEmpty()
                   ? 0.0
                   : importance.first().toObject().value(QStringLiteral("share")).toDouble();
    }
    default:
        return {};
    }
}

QString ModelReportModel::displayText(const QJsonObject& model, int column) const
{
    const QVariant raw = rawValue(model, column);
    switch (column) {
    case ModelColumn:
        return raw.toString();
    case AucColumn:
    case AliveAucColumn:
    case BgNbdAucColumn:
        // A baseline that does not apply to this model stays empty, never "nan".
        return raw.isValid() ? number(raw.toDouble(), 3) : QString();
    case BaselineAucColumn:
        if (!raw.isValid())
            return {};
        // The baseline's name on a line of its own keeps the column narrow.
        return tr("%1\n%2").arg(number(raw.toDouble(), 3),
                                isChurn(model) ? tr("recency") : tr("past category share"));
    case LiftColumn:
        return raw.isValid() ? tr("%1×").arg(number(raw.toDouble(), 2)) : QString();
    case HoldoutColumn:
        return Format::count(raw.toLongLong());
    case InputsColumn: {
        QStringList inputs;
        const QJsonArray importance = model.value(QStringLiteral("importance")).toArray();
        for (int i = 0; i < importance.size() && i < kTopInputs; ++i) {
            const QJsonObject input = importance.at(i).toObject();
            inputs << tr("%1 (%2)").arg(inputLabel(input),
                                        share(input.value(QStringLiteral("share")).toDouble()));
        }
        // One per line: labels are long ("time since last purchase vs usual gap").
        return inputs.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QString ModelReportModel::toolTip(const QJsonObject& model, int column) const
{
    switch (column) {
    case InputsColumn: {
        QStringList lines{tr("Share of the model's gain per input:")};
        const QJsonArray importance = model.value(QStringLiteral("importance")).toArray();
        for (const QJsonValue& value : importance) {
            const QJsonObject input = value.toObject();
            lines << tr("%1: %2").arg(inputLabel(input),
                                      share(input.value(QStringLiteral("share")).toDouble()));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case AucColumn:
        return tr("Area under the ROC curve on the holdout: 0.5 is a coin toss, 1 is perfect");
    case LiftColumn:
        return tr("How many times more often the top 10 % by score are positive than average");
    case BaselineAucColumn:
        return isChurn(model) ? tr("The AUC of ranking by days since the last purchase alone")
                              : tr("The AUC of ranking by the category's past share of purchases");
    case AliveAucColumn:
        return tr("The AUC of ranking by 1 − P(alive) from the BG/NBD model");
    case BgNbdAucColumn:
        return tr("The AUC of BG/NBD's own probability of no purchase in the period");
    case HoldoutColumn:
        return tr("Customers the model was checked on, after the calibration window");
    default:
        return {};
    }
}

QVariant ModelReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_models.size() || index.column() >= ColumnCount)
        return {};
    const QJsonObject& model = m_models.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(model, index.column());
    case Qt::ToolTipRole:
        return toolTip(model, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == ModelColumn || index.column() == InputsColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return rawValue(model, index.column());
    case KeyRole:
        return model.value(QStringLiteral("name")).toString();
    default:
        return {};
    }
}

QVariant ModelReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case AucColumn:
        return tr("AUC");
    case LiftColumn:
        return tr("Lift, top 10 %");
    case BaselineAucColumn:
        return tr("Baseline AUC");
    case AliveAucColumn:
        return tr("P(alive) AUC");
    case BgNbdAucColumn:
        return tr("BG/NBD AUC");
    case HoldoutColumn:
        return tr("Holdout customers");
    case InputsColumn:
        return tr("Inputs that drive it");
    default:
        return {};
    }
}

} // namespace rapport::ui
