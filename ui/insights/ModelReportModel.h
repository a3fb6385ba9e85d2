#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace rapport::ui {

// The propensity models of a scoring run (the report's "models" array), one
// row each: how well each ranks the holdout next to its simple baselines, and
// which inputs drive it, so the user can judge whether to trust a prediction.
class ModelReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        AucColumn,
        LiftColumn,
        BaselineAucColumn,
        AliveAucColumn,
        BgNbdAucColumn,
        HoldoutColumn,
        InputsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw numbers; null where a baseline does not apply
        KeyRole,                 // the model's key: "churn", "next_category"
    };
    static constexpr int kTopInputs = 5;

    using QAbstractTableModel::QAbstractTableModel;

    void setModels(const QJsonArray& models);
    // The row of the model with this key, or -1.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString modelName(const QString& key);

private:
    QVariant rawValue(const QJsonObject& model, int column) const;
    QString displayText(const QJsonObject& model, int column) const;
    QString toolTip(const QJsonObject& model, int column) const;

    QList<QJsonObject> m_models;
};

} // namespace rapport::ui
