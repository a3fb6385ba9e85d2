#include "commands/MoveDealCommand.h"

#include "Session.h"
#include "storage/DealRepository.h"

namespace rapport::ui {

MoveDealCommand::MoveDealCommand(Session* session, core::RowId dealId, core::RowId stageId,
                                 int position, const QString& text, ErrorHandler onError)
    : EntityCommand(session, text, std::move(onError))
    , m_dealId(dealId)
    , m_toStage(stageId)
    , m_toPosition(position)
{}

void MoveDealCommand::redo()
{
    core::DealRepository deals(session()->connection(), session()->hub());
    if (!m_recorded) {
        // Where the deal is now, as the index a move back needs (stored
        // positions may have gaps left by deleted deals).
        const auto deal = deals.get(m_dealId);
        if (!deal) {
            fail(deal.error());
            return;
        }
        const auto siblings = deals.dealsInStage(deal->stageId);
        if (!siblings) {
            fail(siblings.error());
            return;
        }
        m_fromStage = deal->stageId;
        m_fromStageChangedAt = deal->stageChangedAt;
        for (int i = 0; i < siblings->size(); ++i) {
            if (siblings->at(i).id == m_dealId)
                m_fromPosition = i;
        }
        m_recorded = true;
        if (m_fromStage == m_toStage
            && std::clamp<qsizetype>(m_toPosition, 0, siblings->size() - 1) == m_fromPosition) {
            setObsolete(true);
            return;
        }
    }
    check(deals.move(m_dealId, m_toStage, m_toPosition));
}

void MoveDealCommand::undo()
{
    core::DealRepository deals(session()->connection(), session()->hub());
    check(deals.move(m_dealId, m_fromStage, m_fromPosition,
                     m_fromStage != m_toStage ? std::optional<QString>(m_fromStageChangedAt)
                                              : std::nullopt));
}

} // namespace rapport::ui
