#pragma once

#include "domain/Deal.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace rapport::core {
class ChangeHub;
}

namespace rapport::ui {

// The deals of one pipeline stage in board order: one board column. A stage
// holds tens of deals, not thousands, so the model loads them whole (house
// style H8) and reloads on every deal change. Drag and drop carries deal ids
// (kMimeType); a drop does not write: it hands the ids and the target place to
// the mover, which pushes an undoable move (house style H9).
class StageDealsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static const QString kMimeType; // "application/x-rapport-deal-ids": JSON array of ids

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        TitleRole,
        CustomerRole,      // customer name ('' if none)
        CompanyRole,       // company name ('' if none)
        AmountRole,        // qint64 minor units
        CurrencyRole,      // "CNY"
        ExpectedCloseRole, // QDate (invalid: not set)
        ProbabilityRole,   // int, the deal's or its stage's
        OutcomeRole,       // int(core::StageOutcome)
        StaleRole,         // bool
        StaleDaysRole,     // int: whole days without a change
        OwnerRole,
    };

    // Moves `dealIds` to `stageId`, the first one at 0-based `position` of the
    // stage as it will be once they left it, the next ones after it.
    using Mover =
        std::function<void(const QList<core::RowId>& dealIds, core::RowId stageId, int position)>;

    StageDealsModel(QSqlDatabase db, core::ChangeHub* hub, QObject* parent = nullptr);

    // Shows the deals of `stage` (of `pipeline`, whose stale days count).
    void setStage(const core::Pipeline& pipeline, core::RowId stageId);
    core::RowId stageId() const { return m_stageId; }
    void setMover(Mover mover) { m_mover = std::move(mover); }
    // What "now" is for stale flags (tests fix it; the default is the clock's).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    const core::Deal* dealAt(int row) const;
    int rowOf(core::RowId dealId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // The deal ids a MIME payload carries (empty if none or malformed).
    static QList<core::RowId> dealIds(const QMimeData* data);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    QSqlDatabase m_db;
    core::Pipeline m_pipeline;
    core::RowId m_stageId = 0;
    QList<core::Deal> m_deals;
    QList<bool> m_stale;
    QList<int> m_staleDays;
    Mover m_mover;
    std::function<QDateTime()> m_now;
};

} // namespace rapport::ui
