#include "storage/DealRepository.h"

#include "domain/CustomField.h"
#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CustomFieldRepository.h"
#include "storage/PipelineRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::DealRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::DealRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

QVariant idOrNull(std::optional<RowId> id)
{
    return id ? idValue(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate& date)
{
    // An invalid QVariant binds as NULL (a null QString would bind as '').
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant probabilityOrNull(std::optional<int> probability)
{
    return probability ? QVariant(*probability) : QVariant(QMetaType(QMetaType::Int));
}

Deal cleaned(Deal d)
{
    d.title = d.title.simplified();
    d.owner = d.owner.simplified();
    d.currency = d.currency.trimmed().toUpper();
    d.notes = d.notes.trimmed();
    if (d.custom.trimmed().isEmpty())
        d.custom = QStringLiteral("{}");
    return d;
}

const QString kSelectDeal = QStringLiteral(
    "SELECT d.id, d.uuid, d.title, d.pipeline_id, d.stage_id, d.customer_id, d.company_id, "
    "d.amount_minor, d.currency, d.expected_close_on, d.owner, d.probability, d.position, "
    "d.stage_changed_at, d.notes, d.custom, d.created_at, d.updated_at, coalesce(c.name, ''), "
    "coalesce(co.name, ''), s.name, s.probability, s.outcome "
    "FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
    "LEFT JOIN customers c ON c.id = d.customer_id AND c.deleted_at IS NULL "
    "LEFT JOIN companies co ON co.id = d.company_id AND co.deleted_at IS NULL ");

Deal dealFrom(const QSqlQuery& q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.title = q.value(2).toString();
    d.pipelineId = q.value(3).toLongLong();
    d.stageId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        d.customerId = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        d.companyId = q.value(6).toLongLong();
    d.amountMinor = q.value(7).toLongLong();
    d.currency = q.value(8).toString();
    if (!q.value(9).isNull())
        d.expectedCloseOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.owner = q.value(10).toString();
    if (!q.value(11).isNull())
        d.probability = q.value(11).toInt();
    d.position = q.value(12).toInt();
    d.stageChangedAt = q.value(13).toString();
    d.notes = q.value(14).toString();
    d.custom = q.value(15).toString();
    d.createdAt = q.value(16).toString();
    d.updatedAt = q.value(17).toString();
    d.customerName = q.value(18).toString();
    d.companyName = q.value(19).toString();
    d.stageName = q.value(20).toString();
    d.stageProbability = q.value(21).toInt();
    d.stageOutcome = stageOutcomeFromKey(q.value(22).toString()).value_or(StageOutcome::Open);
    return d;
}

Result<QList<Deal>> dealsWhere(const QSqlDatabase& db, const QString& tail, const QVariant& value)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // sql-scan: fixed fragment: tail is a literal WHERE/ORDER BY from the callers in this file
    // (value bound)
    if (Status s = sql::exec(q, kSelectDeal + tail, {value}); !s)
        return s.error();
    QList<Deal> deals;
    while (q.next())
        deals << dealFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return deals;
}

Status validateCustom(const QSqlDatabase& db, const QString& custom)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(custom.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::validation(QStringLiteral("custom"),
                                 Text::tr("The custom fields are not a JSON object."));
    auto defs = CustomFieldRepository(db).fields(FieldEntity::Deals);
    if (!defs)
        return defs.error();
    return customfields::validateObject(*defs, doc.object());
}

} // namespace

Status DealRepository::validate(const Deal& deal)
{
    const Deal d = cleaned(deal);
    if (d.title.isEmpty())
        return Error::validation(QStringLiteral("title"), Text::tr("A deal needs a title."));
    if (d.pipelineId == 0 || d.stageId == 0)
        return Error::validation(QStringLiteral("stage"),
                                 Text::tr("Choose the pipeline stage the deal is in."));
    if (d.amountMinor < 0)
        return Error::validation(QStringLiteral("amount"),
                                 Text::tr("An amount cannot be negative."));
    if (d.currency.size() != 3 || !std::all_of(d.currency.cbegin(), d.currency.cend(), [](QChar c) {
            return c >= u'A' && c <= u'Z';
        }))
        return Error::validation(QStringLiteral("currency"),
                                 Text::tr("A currency is a three-letter code such as CNY."));
    if (d.probability && (*d.probability < 0 || *d.probability > 100))
        return Error::validation(QStringLiteral("probability"),
                                 Text::tr("A probability lies between 0 and 100 %."));
    return {};
}

Status DealRepository::checkReferences(const Deal& deal) const
{
    auto stage = PipelineRepository(m_db).stage(deal.stageId);
    if (!stage) {
        if (stage.error().code == Error::Code::NotFound)
            return Error::validation(QStringLiteral("stage"),
                                     Text::tr("The chosen stage does not exist any more."));
        return stage.error();
    }
    if (stage->pipelineId != deal.pipelineId)
        return Error::validation(QStringLiteral("stage"),
                                 Text::tr("The chosen stage belongs to another pipeline."));
    return validateCustom(m_db, deal.custom);
}

Result<QList<RowId>> DealRepository::idsInStage(RowId stageId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id FROM deals WHERE stage_id = ? AND "
                                            "deleted_at IS NULL ORDER BY position, id"),
                             {idValue(stageId)});
        !s)
        return s.error();
    QList<RowId> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = sql::finished(q); !s)
        return s.error();
    return ids;
}

Status DealRepository::renumber(const QList<RowId>& ids) const
{
    // Only the position changes: renumbering neighbours is not an edit of
    // theirs, so their updated_at (and stale state) stays.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE deals SET position = ? WHERE id = ? AND position <> ?")))
        return sql::errorFrom(q);
    for (int i = 0; i < ids.size(); ++i) {
        sql::bind(q, 0, i);
        sql::bind(q, 1, idValue(ids[i]));
        sql::bind(q, 2, i);
        if (Status s = sql::exec(q); !s)
            return s;
    }
    return {};
}

Result<RowId> DealRepository::create(Deal deal)
{
    Deal d = cleaned(std::move(deal));
    if (Status s = validate(d); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = checkReferences(d); !s)
        return s.error();
    auto ids = idsInStage(d.stageId);
    if (!ids)
        return ids.error();
    if (d.uuid.isEmpty())
        d.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO deals (uuid, title, pipeline_id, stage_id, customer_id, "
                "company_id, amount_minor, currency, expected_close_on, owner, "
                "probability, position, stage_changed_at, notes, custom, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.uuid, d.title, idValue(d.pipelineId), idValue(d.stageId), idOrNull(d.customerId),
             idOrNull(d.companyId), QVariant::fromValue<qlonglong>(d.amountMinor), d.currency,
             dateOrNull(d.expectedCloseOn), d.owner, probabilityOrNull(d.probability),
             int(ids->size()), stamp, d.notes, d.custom, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, QStringLiteral("deals"), id, AuditLog::Action::Create, {},
                                    {}, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Deal, id);
    return id;
}

Status DealRepository::update(Deal deal)
{
    Deal d = cleaned(std::move(deal));
    if (Status s = validate(d); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = checkReferences(d); !s)
        return s;
    auto before = get(d.id);
    if (!before) {
        if (before.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::NotFound, Text::tr("This deal was deleted meanwhile."));
        return before.error();
    }
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("UPDATE deals SET title = ?, pipeline_id = ?, customer_id = ?, "
                           "company_id = ?, amount_minor = ?, currency = ?, expected_close_on = ?, "
                           "owner = ?, probability = ?, notes = ?, custom = ?, updated_at = ? "
                           "WHERE id = ? AND deleted_at IS NULL"),
            {d.title, idValue(d.pipelineId), idOrNull(d.customerId), idOrNull(d.companyId),
             QVariant::fromValue<qlonglong>(d.amountMinor), d.currency,
             dateOrNull(d.expectedCloseOn), d.owner, probabilityOrNull(d.probability), d.notes,
             d.custom, now(), idValue(d.id)});
        !s)
        return s;
    // The stage is logged by move(); the snapshots leave it out.
    auto after = get(d.id);
    if (!after)
        return after.error();
    if (Status s = AuditLog::recordUpdate(m_db, QStringLiteral("deals"), d.id,
                                          audit::snapshot(*before), audit::snapshot(*after), now());
        !s)
        return s;
    if (before->stageId != d.stageId) {
        if (Status s = move(d.id, d.stageId, d.position); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Deal, d.id);
    return {};
}

Status DealRepository::remove(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = softDelete(QStringLiteral("deals"), Entity::Deal, id,
                              Text::tr("This deal does not exist."));
        !s)
        return s;
    return tx.commit();
}

Status DealRepository::restore(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stageLive = sql::scalar(m_db,
                                 QStringLiteral("SELECT s.deleted_at IS NULL FROM deals d "
                                                "JOIN pipeline_stages s ON s.id = d.stage_id "
                                                "WHERE d.id = ?"),
                                 {idValue(id)});
    if (!stageLive)
        return Error::make(Error::Code::NotFound, Text::tr("There is no deleted deal to restore."));
    if (!stageLive->toBool())
        return Error::validation(
            QStringLiteral("stage"),
            Text::tr("The deal’s stage was removed; restore the stage first."));
    if (Status s = restoreDeleted(QStringLiteral("deals"), Entity::Deal, id,
                                  Text::tr("There is no deleted deal to restore."));
        !s)
        return s;
    return tx.commit();
}

Result<Deal> DealRepository::get(RowId id) const
{
    auto deals =
        dealsWhere(m_db, QStringLiteral("WHERE d.id = ? AND d.deleted_at IS NULL"), idValue(id));
    if (!deals)
        return deals.error();
    if (deals->isEmpty())
        return Error::make(Error::Code::NotFound, Text::tr("This deal does not exist."));
    return deals->first();
}

Status DealRepository::move(RowId dealId, RowId stageId, int position,
                            const std::optional<QString>& stageChangedAt)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto deal = get(dealId);
    if (!deal)
        return deal.error();
    auto target = PipelineRepository(m_db).stage(stageId);
    if (!target)
        return target.error();
    auto targetIds = idsInStage(stageId);
    if (!targetIds)
        return targetIds.error();
    const QList<RowId> oldTarget = *targetIds;
    targetIds->removeAll(dealId);
    const qsizetype at = std::clamp<qsizetype>(position, 0, targetIds->size());
    targetIds->insert(at, dealId);
    const bool stageChanges = deal->stageId != stageId;
    if (!stageChanges && oldTarget == *targetIds)
        return {}; // dropped where it was: nothing to write, nothing to undo
    const QString stamp = now();
    if (stageChanges) {
        if (Status s = sql::execOnce(m_db,
                                     QStringLiteral("UPDATE deals SET stage_id = ?, pipeline_id = "
                                                    "?, stage_changed_at = ?, updated_at = ? "
                                                    "WHERE id = ?"),
                                     {idValue(stageId), idValue(target->pipelineId),
                                      stageChangedAt.value_or(stamp), stamp, idValue(dealId)});
            !s)
            return s;
        if (Status s =
                AuditLog::record(m_db, QStringLiteral("deals"), dealId, AuditLog::Action::Update,
                                 QStringLiteral("stage"), AuditLog::json(deal->stageName),
                                 AuditLog::json(target->name), stamp);
            !s)
            return s;
        auto sourceIds = idsInStage(deal->stageId);
        if (!sourceIds)
            return sourceIds.error();
        if (Status s = renumber(*sourceIds); !s)
            return s;
    } else if (Status s = sql::execOnce(
                   m_db, QStringLiteral("UPDATE deals SET updated_at = ? WHERE id = ?"),
                   {stamp, idValue(dealId)});
               !s) {
        return s;
    }
    if (Status s = renumber(*targetIds); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Deal, dealId);
    return {};
}

Result<QList<Deal>> DealRepository::dealsInStage(RowId stageId) const
{
    return dealsWhere(m_db,
                      QStringLiteral("WHERE d.stage_id = ? AND d.deleted_at IS NULL "
                                     "ORDER BY d.position, d.id"),
                      idValue(stageId));
}

Result<QList<Deal>> DealRepository::dealsForCustomer(RowId customerId) const
{
    return dealsWhere(m_db,
                      QStringLiteral("JOIN pipelines p ON p.id = d.pipeline_id "
                                     "WHERE d.customer_id = ? AND d.deleted_at IS NULL "
                                     "AND p.deleted_at IS NULL AND s.deleted_at IS NULL "
                                     "ORDER BY d.created_at DESC, d.id DESC"),
                      idValue(customerId));
}

Result<PipelineTotals> DealRepository::stageTotals(RowId pipelineId) const
{
    PipelineTotals totals;
    auto currency = sql::scalar(m_db,
                                QStringLiteral("SELECT currency FROM deals WHERE pipeline_id = ? "
                                               "AND deleted_at IS NULL GROUP BY currency "
                                               "ORDER BY count(*) DESC, currency LIMIT 1"),
                                {idValue(pipelineId)});
    if (currency)
        totals.currency = currency->toString();
    else if (currency.error().code != Error::Code::NotFound)
        return currency.error();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT s.id, count(d.id), "
                           "coalesce(sum(CASE WHEN d.currency = ? THEN d.amount_minor END), 0), "
                           "coalesce(sum(CASE WHEN d.currency = ? THEN d.amount_minor * "
                           "coalesce(d.probability, s.probability) / 100 END), 0), "
                           "count(CASE WHEN d.currency <> ? THEN 1 END) "
                           "FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id "
                           "AND d.deleted_at IS NULL "
                           "WHERE s.pipeline_id = ? AND s.deleted_at IS NULL "
                           "GROUP BY s.id ORDER BY s.position, s.id"),
            {totals.currency, totals.currency, totals.currency, idValue(pipelineId)});
        !s)
        return s.error();
    while (q.next()) {
        StageTotal t;
        t.stageId = q.value(0).toLongLong();
        t.count = q.value(1).toInt();
        t.amountMinor = q.value(2).toLongLong();
        t.weightedMinor = q.value(3).toLongLong();
        t.otherCurrencyCount = q.value(4).toInt();
        totals.mixedCurrencies = totals.mixedCurrencies || t.otherCurrencyCount > 0;
        totals.stages << t;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return totals;
}

int DealRepository::daysWithoutChange(const Deal& deal, const QDateTime& nowUtc)
{
    // Timestamps are ISO 8601 UTC of one format, so the later one sorts last.
    const QString last = std::max(deal.stageChangedAt, deal.updatedAt);
    const QDateTime changed = QDateTime::fromString(last, Qt::ISODateWithMs);
    if (!changed.isValid())
        return 0;
    return int(std::max<qint64>(0, changed.secsTo(nowUtc) / 86400));
}

bool DealRepository::isStale(const Deal& deal, const Pipeline& pipeline, const QDateTime& nowUtc)
{
    if (deal.stageOutcome != StageOutcome::Open)
        return false; // won and lost deals are closed, not forgotten
    const QString last = std::max(deal.stageChangedAt, deal.updatedAt);
    const QDateTime changed = QDateTime::fromString(last, Qt::ISODateWithMs);
    if (!changed.isValid())
        return false;
    return changed.addDays(pipeline.staleAfterDays) < nowUtc;
}

bool DealRepository::isStale(const Deal& deal, const Pipeline& pipeline) const
{
    return isStale(deal, pipeline, m_clock->nowUtc());
}

Result<QList<Deal>> DealRepository::staleDeals(const Pipeline& pipeline) const
{
    QList<Deal> stale;
    for (const PipelineStage& stage : pipeline.stages) {
        if (stage.outcome != StageOutcome::Open)
            continue;
        auto deals = dealsInStage(stage.id);
        if (!deals)
            return deals.error();
        for (const Deal& d : *deals) {
            if (isStale(d, pipeline))
                stale << d;
        }
    }
    return stale;
}

TableDef DealRepository::tableDef()
{
    using Kind = FilterField::Kind;
    TableDef def;
    def.from = QStringLiteral("deals d JOIN pipeline_stages s ON s.id = d.stage_id "
                              "LEFT JOIN customers c ON c.id = d.customer_id "
                              "LEFT JOIN companies co ON co.id = d.company_id");
    def.idExpr = QStringLiteral("d.id");
    def.baseWhere = QStringLiteral("d.deleted_at IS NULL");
    // Deals are hundreds or thousands, not millions: sorting on plain NOT NULL
    // expressions is cheap enough without an index per column.
    def.columns = {
        {QStringLiteral("title"), QStringLiteral("d.title"), QStringLiteral("d.title")},
        {QStringLiteral("customer"), QStringLiteral("c.name"),
         QStringLiteral("coalesce(c.sort_key, '')")},
        {QStringLiteral("company"), QStringLiteral("co.name"),
         QStringLiteral("coalesce(co.sort_key, '')")},
        {QStringLiteral("stage"), QStringLiteral("s.name"), QStringLiteral("s.position")},
        {QStringLiteral("amount"), QStringLiteral("d.amount_minor"),
         QStringLiteral("d.amount_minor")},
        {QStringLiteral("currency"), QStringLiteral("d.currency"), QStringLiteral("d.currency")},
        {QStringLiteral("probability"), QStringLiteral("coalesce(d.probability, s.probability)"),
         QStringLiteral("coalesce(d.probability, s.probability)")},
        {QStringLiteral("expected_close"), QStringLiteral("d.expected_close_on"),
         QStringLiteral("coalesce(d.expected_close_on, '9999-12-31')")},
        {QStringLiteral("owner"), QStringLiteral("d.owner"), QStringLiteral("d.owner")},
        {QStringLiteral("updated"), QStringLiteral("d.updated_at"), QStringLiteral("d.updated_at")},
    };
    def.filters = {
        {QStringLiteral("pipeline"), QStringLiteral("d.pipeline_id = ?")},
        {QStringLiteral("stage"), QStringLiteral("d.stage_id = ?")},
        {QStringLiteral("customer"), QStringLiteral("d.customer_id = ?")},
    };
    def.filterFields = {
        {QStringLiteral("title"), QStringLiteral("d.title"), Kind::Text, QString()},
        {QStringLiteral("stage"), QStringLiteral("s.name"), Kind::Text, QString()},
        {QStringLiteral("owner"), QStringLiteral("d.owner"), Kind::Text, QString()},
        {QStringLiteral("amount"), QStringLiteral("d.amount_minor"), Kind::Number, QString()},
        {QStringLiteral("expected_close"), QStringLiteral("d.expected_close_on"), Kind::Date,
         QString()},
    };
    return def;
}

} // namespace rapport::core
