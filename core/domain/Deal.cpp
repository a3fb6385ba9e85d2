#include "domain/Deal.h"

namespace rapport::core {

QString stageOutcomeKey(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Open:
        return QStringLiteral("open");
    case StageOutcome::Won:
        return QStringLiteral("won");
    case StageOutcome::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("open");
}

std::optional<StageOutcome> stageOutcomeFromKey(const QString& key)
{
    for (StageOutcome o : {StageOutcome::Open, StageOutcome::Won, StageOutcome::Lost}) {
        if (stageOutcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

const PipelineStage* Pipeline::stage(RowId stageId) const
{
    for (const PipelineStage& s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

StageTotal PipelineTotals::stage(RowId stageId) const
{
    for (const StageTotal& t : stages) {
        if (t.stageId == stageId)
            return t;
    }
    StageTotal none;
    none.stageId = stageId;
    return none;
}

} // namespace rapport::core
