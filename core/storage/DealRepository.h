#pragma once

#include "domain/Deal.h"
#include "storage/Repository.h"
#include "storage/TableQuery.h"

#include <QDateTime>

namespace rapport::core {

// Deals: validated writes (each one transaction, announcing Entity::Deal),
// soft deletes that undo, the board's order within a stage, stage totals and
// stale detection, and the table definition of the deals list.
class DealRepository : public Repository
{
public:
    using Repository::Repository;

    // What can be checked without the database: a title, a stage, probability
    // 0..100, amount >= 0, a three-letter currency. create() and update() also
    // check that the stage is a live stage of the pipeline and the custom
    // fields. The Error names the field.
    static Status validate(const Deal& deal);

    // Appends the deal at the bottom of its stage.
    Result<RowId> create(Deal deal);
    // Writes every field except the board position. If the stage changed, the
    // deal goes to `deal.position` in the new stage (clamped: a large value
    // appends) and its stage change time becomes now.
    Status update(Deal deal);
    Status remove(RowId id);  // soft delete (undo: restore)
    Status restore(RowId id); // refused if its stage was removed meanwhile
    Result<Deal> get(RowId id) const;

    // The kanban drop: puts the deal at 0-based `position` of `stageId` (clamped
    // to the stage's length), renumbering the deals of the source and target
    // stages 0, 1, 2... The stage change time becomes `stageChangedAt` if given
    // (an undo puts back the old one), else now, and changes only when the
    // stage does. Moving a deal to where it is already is a no-op.
    Status move(RowId dealId, RowId stageId, int position,
                const std::optional<QString>& stageChangedAt = std::nullopt);

    // Live deals of a stage in board order, customer and company names joined.
    Result<QList<Deal>> dealsInStage(RowId stageId) const;
    // Live deals of a customer in live pipelines, newest first.
    Result<QList<Deal>> dealsForCustomer(RowId customerId) const;
    // Count, amount and weighted amount of every live stage of the pipeline.
    Result<PipelineTotals> stageTotals(RowId pipelineId) const;

    // Whole days since the deal last changed (stage or any field).
    static int daysWithoutChange(const Deal& deal, const QDateTime& nowUtc);
    // An open-outcome deal unchanged for more than the pipeline's stale days.
    static bool isStale(const Deal& deal, const Pipeline& pipeline, const QDateTime& nowUtc);
    bool isStale(const Deal& deal, const Pipeline& pipeline) const;
    // The stale deals of a pipeline, in board order.
    Result<QList<Deal>> staleDeals(const Pipeline& pipeline) const;

    // The deals list. Main table alias "d" (custom field columns use it);
    // filter "pipeline" (d.pipeline_id = ?) limits it to one pipeline.
    static TableDef tableDef();

private:
    Status checkReferences(const Deal& deal) const;
    Result<QList<RowId>> idsInStage(RowId stageId) const;
    Status renumber(const QList<RowId>& ids) const;
};

} // namespace rapport::core
