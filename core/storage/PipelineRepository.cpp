#include "storage/PipelineRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::PipelineRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::PipelineRepository)
};

QVariant idValue(RowId id)
{
    return QVariant::fromValue<qlonglong>(id);
}

Status validateName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A pipeline needs a name."));
    return {};
}

Status validateStaleDays(int days)
{
    if (days < 1)
        return Error::validation(QStringLiteral("stale_after_days"),
                                 Text::tr("A deal can only go stale after one day or more."));
    return {};
}

const QString kSelectStage = QStringLiteral(
    "SELECT id, uuid, pipeline_id, name, position, probability, outcome FROM pipeline_stages ");

PipelineStage stageFrom(const QSqlQuery& q)
{
    PipelineStage s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.pipelineId = q.value(2).toLongLong();
    s.name = q.value(3).toString();
    s.position = q.value(4).toInt();
    s.probability = q.value(5).toInt();
    s.outcome = stageOutcomeFromKey(q.value(6).toString()).value_or(StageOutcome::Open);
    return s;
}

Result<QList<PipelineStage>> liveStages(const QSqlDatabase& db, RowId pipelineId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             kSelectStage
                                 + QStringLiteral("WHERE pipeline_id = ? AND deleted_at IS NULL "
                                                  "ORDER BY position, id"),
                             {idValue(pipelineId)});
        !s)
        return s.error();
    QList<PipelineStage> stages;
    while (q.next())
        stages << stageFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return stages;
}

Pipeline pipelineFrom(const QSqlQuery& q)
{
    Pipeline p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.position = q.value(3).toInt();
    p.staleAfterDays = q.value(4).toInt();
    return p;
}

const QString kSelectPipeline =
    QStringLiteral("SELECT id, uuid, name, position, stale_after_days FROM pipelines ");

} // namespace

Status PipelineRepository::validateStage(const PipelineStage& stage)
{
    if (stage.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("stage"), Text::tr("A stage needs a name."));
    if (stage.probability < 0 || stage.probability > 100)
        return Error::validation(QStringLiteral("probability"),
                                 Text::tr("A probability lies between 0 and 100 %."));
    return {};
}

Result<QList<Pipeline>> PipelineRepository::pipelines() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, kSelectPipeline + QStringLiteral("WHERE deleted_at IS NULL ORDER BY position, id"));
        !s)
        return s.error();
    QList<Pipeline> result;
    while (q.next())
        result << pipelineFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    for (Pipeline& p : result) {
        auto stages = liveStages(m_db, p.id);
        if (!stages)
            return stages.error();
        p.stages = *stages;
    }
    return result;
}

Result<Pipeline> PipelineRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, kSelectPipeline + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                      {idValue(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This pipeline does not exist."));
    Pipeline p = pipelineFrom(q);
    auto stages = liveStages(m_db, p.id);
    if (!stages)
        return stages.error();
    p.stages = *stages;
    return p;
}

Result<PipelineStage> PipelineRepository::stage(RowId stageId) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, kSelectStage + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                      {idValue(stageId)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This stage does not exist."));
    return stageFrom(q);
}

Result<RowId> PipelineRepository::insertStage(RowId pipelineId, const PipelineStage& stage,
                                              int position, const QString& stamp) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO pipeline_stages (uuid, pipeline_id, name, position, "
                           "probability, outcome, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {stage.uuid.isEmpty() ? newUuid() : stage.uuid, idValue(pipelineId),
             stage.name.simplified(), position, stage.probability, stageOutcomeKey(stage.outcome),
             stamp, stamp});
        !s)
        return s.error();
    return RowId(q.lastInsertId().toLongLong());
}

Result<RowId> PipelineRepository::createPipeline(const QString& name,
                                                 const QList<PipelineStage>& stages,
                                                 int staleAfterDays)
{
    if (Status s = validateName(name); !s)
        return s.error();
    if (Status s = validateStaleDays(staleAfterDays); !s)
        return s.error();
    if (stages.isEmpty())
        return Error::validation(QStringLiteral("stage"),
                                 Text::tr("A pipeline needs at least one stage."));
    for (const PipelineStage& stage : stages) {
        if (Status s = validateStage(stage); !s)
            return s.error();
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto last = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM "
                                                 "pipelines WHERE deleted_at IS NULL"));
    if (!last)
        return last.error();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("INSERT INTO pipelines (uuid, name, position, "
                                     "stale_after_days, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {newUuid(), name.simplified(), last->toInt(), staleAfterDays, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    for (int i = 0; i < stages.size(); ++i) {
        if (auto stageId = insertStage(id, stages[i], i, stamp); !stageId)
            return stageId.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Pipeline, id);
    return id;
}

QList<PipelineStage> PipelineRepository::defaultStages()
{
    const auto make = [](const QString& name, int probability, StageOutcome outcome) {
        PipelineStage s;
        s.name = name;
        s.probability = probability;
        s.outcome = outcome;
        return s;
    };
    return {
        make(Text::tr("Lead"), 10, StageOutcome::Open),
        make(Text::tr("Qualified"), 25, StageOutcome::Open),
        make(Text::tr("Proposal"), 50, StageOutcome::Open),
        make(Text::tr("Negotiation"), 75, StageOutcome::Open),
        make(Text::tr("Won"), 100, StageOutcome::Won),
        make(Text::tr("Lost"), 0, StageOutcome::Lost),
    };
}

Result<RowId> PipelineRepository::createDefault()
{
    return createPipeline(Text::tr("Sales"), defaultStages());
}

Status PipelineRepository::rename(RowId id, const QString& name)
{
    if (Status s = validateName(name); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE pipelines SET name = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {name.simplified(), now(), idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This pipeline does not exist."));
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Pipeline, id);
    return {};
}

Status PipelineRepository::setStaleAfterDays(RowId id, int days)
{
    if (Status s = validateStaleDays(days); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE pipelines SET stale_after_days = ?, "
                                            "updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                             {days, now(), idValue(id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This pipeline does not exist."));
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Pipeline, id);
    return {};
}

Status PipelineRepository::remove(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = softDelete(QStringLiteral("pipelines"), Entity::Pipeline, id,
                              Text::tr("This pipeline does not exist."));
        !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::restore(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = restoreDeleted(QStringLiteral("pipelines"), Entity::Pipeline, id,
                                  Text::tr("There is no deleted pipeline to restore."));
        !s)
        return s;
    return tx.commit();
}

Result<RowId> PipelineRepository::addStage(RowId pipelineId, PipelineStage stage)
{
    if (Status s = validateStage(stage); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto last =
        sql::scalar(m_db,
                    QStringLiteral("SELECT coalesce(max(s.position) + 1, 0) FROM pipelines p "
                                   "LEFT JOIN pipeline_stages s ON s.pipeline_id = p.id "
                                   "AND s.deleted_at IS NULL "
                                   "WHERE p.id = ? AND p.deleted_at IS NULL"),
                    {idValue(pipelineId)});
    if (!last)
        return last.error();
    auto id = insertStage(pipelineId, stage, last->toInt(), now());
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Pipeline, pipelineId);
    return id;
}

Status PipelineRepository::updateStage(const PipelineStage& stage)
{
    if (Status s = validateStage(stage); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE pipeline_stages SET name = ?, probability = ?, "
                                            "outcome = ?, updated_at = ? "
                                            "WHERE id = ? AND deleted_at IS NULL"),
                             {stage.name.simplified(), stage.probability,
                              stageOutcomeKey(stage.outcome), now(), idValue(stage.id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This stage does not exist."));
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Pipeline, stage.pipelineId);
    return {};
}

Result<std::int64_t> PipelineRepository::liveDealCount(RowId stageId) const
{
    auto n = sql::scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ? AND deleted_at IS NULL"),
        {idValue(stageId)});
    if (!n)
        return n.error();
    return std::int64_t(n->toLongLong());
}

Status PipelineRepository::removeStage(RowId stageId)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto current = stage(stageId);
    if (!current)
        return current.error();
    auto deals = liveDealCount(stageId);
    if (!deals)
        return deals.error();
    if (*deals > 0)
        return Error::validation(QStringLiteral("stage"),
                                 Text::tr("The stage “%1” still holds %n deal(s). Move them to "
                                          "another stage first.",
                                          nullptr, int(std::min<std::int64_t>(*deals, INT_MAX)))
                                     .arg(current->name));
    auto siblings = liveStages(m_db, current->pipelineId);
    if (!siblings)
        return siblings.error();
    if (siblings->size() <= 1)
        return Error::validation(QStringLiteral("stage"),
                                 Text::tr("A pipeline needs at least one stage."));
    if (Status s = softDelete(QStringLiteral("pipeline_stages"), Entity::Pipeline, stageId,
                              Text::tr("This stage does not exist."));
        !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::restoreStage(RowId stageId)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = restoreDeleted(QStringLiteral("pipeline_stages"), Entity::Pipeline, stageId,
                                  Text::tr("There is no deleted stage to restore."));
        !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::reorderStages(RowId pipelineId, const QList<RowId>& stageIds)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stages = liveStages(m_db, pipelineId);
    if (!stages)
        return stages.error();
    QSet<RowId> live;
    for (const PipelineStage& s : *stages)
        live.insert(s.id);
    const QSet<RowId> given(stageIds.cbegin(), stageIds.cend());
    if (given != live || given.size() != stageIds.size())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("The new stage order must name every stage once."));
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE pipeline_stages SET position = ?, updated_at = ? "
                                  "WHERE id = ?")))
        return sql::errorFrom(q);
    const QString stamp = now();
    for (int i = 0; i < stageIds.size(); ++i) {
        sql::bind(q, 0, i);
        sql::bind(q, 1, stamp);
        sql::bind(q, 2, idValue(stageIds[i]));
        if (Status s = sql::exec(q); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Pipeline, pipelineId);
    return {};
}

} // namespace rapport::core
