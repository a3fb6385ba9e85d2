#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace rapport::core {

// Where a stage leaves a deal: still being worked on, or closed either way.
enum class StageOutcome { Open, Won, Lost };
QString stageOutcomeKey(StageOutcome outcome); // "open", "won", "lost"
std::optional<StageOutcome> stageOutcomeFromKey(const QString& key);

// One column of a pipeline's board.
struct PipelineStage
{
    RowId id = 0;
    QString uuid;
    RowId pipelineId = 0;
    QString name;
    int position = 0;    // 0-based order within the pipeline
    int probability = 0; // 0..100: the chance a deal here closes as won
    StageOutcome outcome = StageOutcome::Open;

    friend bool operator==(const PipelineStage&, const PipelineStage&) = default;
};

// A sales process: its stages in board order, and after how many days without
// a change an open deal counts as stale.
struct Pipeline
{
    RowId id = 0;
    QString uuid;
    QString name;
    int position = 0;
    int staleAfterDays = 30;
    QList<PipelineStage> stages; // live stages, by position

    const PipelineStage* stage(RowId stageId) const;
};

// A sale being worked on, on one stage of one pipeline.
struct Deal
{
    RowId id = 0;
    QString uuid;
    QString title;
    RowId pipelineId = 0;
    RowId stageId = 0;
    std::optional<RowId> customerId;
    std::optional<RowId> companyId;
    std::int64_t amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QDate expectedCloseOn; // invalid: not set
    QString owner;
    std::optional<int> probability; // nullopt: the stage's
    int position = 0;               // 0-based order within the stage on the board
    QString notes;
    QString custom = QStringLiteral("{}"); // JSON object of user-defined fields

    // Read side only (joined in, or written by the repository).
    QString customerName;
    QString companyName;
    QString stageName;
    int stageProbability = 0;
    StageOutcome stageOutcome = StageOutcome::Open;
    QString stageChangedAt;
    QString createdAt;
    QString updatedAt;

    int effectiveProbability() const { return probability.value_or(stageProbability); }
    // amount x probability, in minor units (rounded down).
    std::int64_t weightedMinor() const { return amountMinor * effectiveProbability() / 100; }
};

// What a board column's header shows. Amounts add up only the deals in the
// pipeline's main currency (the one most of its deals use); deals in other
// currencies are counted in `otherCurrencyCount` so the header can say so.
struct StageTotal
{
    RowId stageId = 0;
    int count = 0;
    std::int64_t amountMinor = 0;
    std::int64_t weightedMinor = 0;
    int otherCurrencyCount = 0;
};

struct PipelineTotals
{
    QString currency = QStringLiteral("CNY"); // the pipeline's main currency
    bool mixedCurrencies = false;
    QList<StageTotal> stages; // one per live stage, in board order

    StageTotal stage(RowId stageId) const;
};

} // namespace rapport::core
