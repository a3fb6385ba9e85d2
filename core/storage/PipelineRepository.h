#pragma once

#include "domain/Deal.h"
#include "storage/Repository.h"

namespace rapport::core {

// Sales pipelines and their stages. Every write is one transaction and
// announces Entity::Pipeline. Pipelines and stages are soft-deleted so their
// removal can be undone; a stage still holding live deals cannot be removed.
class PipelineRepository : public Repository
{
public:
    using Repository::Repository;

    static constexpr int kDefaultStaleAfterDays = 30;

    // Live pipelines by position, each with its live stages by position.
    Result<QList<Pipeline>> pipelines() const;
    Result<Pipeline> get(RowId id) const;
    Result<PipelineStage> stage(RowId stageId) const;

    // A pipeline with `stages` in the given order (at least one; their ids,
    // pipeline ids and positions are ignored), appended after the others.
    Result<RowId> createPipeline(const QString& name, const QList<PipelineStage>& stages,
                                 int staleAfterDays = kDefaultStaleAfterDays);
    // The stages of a new user's first pipeline: Lead 10%, Qualified 25%,
    // Proposal 50%, Negotiation 75%, Won 100% (won), Lost 0% (lost), translated.
    static QList<PipelineStage> defaultStages();
    // "Sales" with the default stages.
    Result<RowId> createDefault();

    Status rename(RowId id, const QString& name);
    Status setStaleAfterDays(RowId id, int days);
    Status remove(RowId id);  // soft delete (its deals stay, hidden with it)
    Status restore(RowId id); // undo of remove

    // Appends a stage to the pipeline (`stage.position` is ignored).
    Result<RowId> addStage(RowId pipelineId, PipelineStage stage);
    // Name, probability and outcome of a stage.
    Status updateStage(const PipelineStage& stage);
    // Soft delete; refused (Validation) while the stage holds live deals or is
    // the pipeline's last stage.
    Status removeStage(RowId stageId);
    Status restoreStage(RowId stageId);
    // Puts the pipeline's live stages in the given order (every live stage
    // exactly once) and numbers them 0, 1, 2...
    Status reorderStages(RowId pipelineId, const QList<RowId>& stageIds);

    Result<std::int64_t> liveDealCount(RowId stageId) const;

    // The checks a stage must pass (name, probability 0..100).
    static Status validateStage(const PipelineStage& stage);

private:
    Result<RowId> insertStage(RowId pipelineId, const PipelineStage& stage, int position,
                              const QString& stamp) const;
};

} // namespace rapport::core
