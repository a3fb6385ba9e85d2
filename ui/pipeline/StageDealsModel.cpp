#include "pipeline/StageDealsModel.h"

#include "storage/ChangeHub.h"
#include "storage/DealRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

namespace rapport::ui {

const QString StageDealsModel::kMimeType = QStringLiteral("application/x-rapport-deal-ids");

StageDealsModel::StageDealsModel(QSqlDatabase db, core::ChangeHub* hub, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
    , m_now([] { return core::Clock::system().nowUtc(); })
{
    if (hub) {
        connect(hub, &core::ChangeHub::changed, this, [this](core::Entity entity) {
            // Names on the cards come from customers and companies too.
            if (entity == core::Entity::Deal || entity == core::Entity::Customer
                || entity == core::Entity::Company)
                reload();
        });
    }
}

void StageDealsModel::setStage(const core::Pipeline& pipeline, core::RowId stageId)
{
    m_pipeline = pipeline;
    m_stageId = stageId;
    reload();
}

void StageDealsModel::reload()
{
    QList<core::Deal> deals;
    if (m_stageId != 0) {
        auto loaded = core::DealRepository(m_db).dealsInStage(m_stageId);
        if (loaded)
            deals = *loaded;
        else
            Q_EMIT loadFailed(loaded.error().message);
    }
    const QDateTime now = m_now();
    beginResetModel();
    m_deals = deals;
    m_stale.clear();
    m_staleDays.clear();
    for (const core::Deal& d : std::as_const(m_deals)) {
        m_stale << core::DealRepository::isStale(d, m_pipeline, now);
        m_staleDays << core::DealRepository::daysWithoutChange(d, now);
    }
    endResetModel();
}

const core::Deal* StageDealsModel::dealAt(int row) const
{
    return row >= 0 && row < m_deals.size() ? &m_deals[row] : nullptr;
}

int StageDealsModel::rowOf(core::RowId dealId) const
{
    for (int i = 0; i < m_deals.size(); ++i) {
        if (m_deals[i].id == dealId)
            return i;
    }
    return -1;
}

int StageDealsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

QVariant StageDealsModel::data(const QModelIndex& index, int role) const
{
    const core::Deal* d = dealAt(index.row());
    if (!d || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        return d->title;
    case IdRole:
        return QVariant::fromValue<qint64>(d->id);
    case CustomerRole:
        return d->customerName;
    case CompanyRole:
        return d->companyName;
    case AmountRole:
        return QVariant::fromValue<qint64>(d->amountMinor);
    case CurrencyRole:
        return d->currency;
    case ExpectedCloseRole:
        return d->expectedCloseOn;
    case ProbabilityRole:
        return d->effectiveProbability();
    case OutcomeRole:
        return int(d->stageOutcome);
    case StaleRole:
        return m_stale.value(index.row());
    case StaleDaysRole:
        return m_staleDays.value(index.row());
    case OwnerRole:
        return d->owner;
    case Qt::ToolTipRole:
        if (m_stale.value(index.row()))
            return tr("No change for %n day(s)", nullptr, m_staleDays.value(index.row()));
        return d->notes.isEmpty() ? QVariant() : QVariant(d->notes.left(300));
    default:
        return {};
    }
}

Qt::ItemFlags StageDealsModel::flags(const QModelIndex& index) const
{
    // Every column accepts drops; on a card it means "before this card".
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
           | Qt::ItemNeverHasChildren;
}

Qt::DropActions StageDealsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StageDealsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList StageDealsModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* StageDealsModel::mimeData(const QModelIndexList& indexes) const
{
    QJsonArray ids;
    for (const QModelIndex& index : indexes) {
        if (const core::Deal* d = dealAt(index.row()))
            ids.append(QJsonValue(qint64(d->id)));
    }
    if (ids.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMimeType, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return mime;
}

QList<core::RowId> StageDealsModel::dealIds(const QMimeData* data)
{
    QList<core::RowId> ids;
    if (!data || !data->hasFormat(kMimeType))
        return ids;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(kMimeType));
    for (const QJsonValue& v : doc.array()) {
        const qint64 id = v.toInteger();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

bool StageDealsModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex&) const
{
    return action == Qt::MoveAction && m_stageId != 0 && !dealIds(data).isEmpty();
}

bool StageDealsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent) || !m_mover)
        return false;
    const QList<core::RowId> ids = dealIds(data);
    // Dropped on a card: before it; on the empty part of the column: at the end.
    int position = parent.isValid() ? parent.row() : row;
    if (position < 0 || position > rowCount())
        position = int(rowCount());
    // The move counts places in the stage without the moved deals, so cards
    // of this stage that sat above the drop point shift it up.
    int above = 0;
    for (core::RowId id : ids) {
        const int current = rowOf(id);
        if (current >= 0 && current < position)
            ++above;
    }
    m_mover(ids, m_stageId, position - above);
    return true;
}

} // namespace rapport::ui
