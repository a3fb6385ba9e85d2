#include "dedupe/MergeCommand.h"

#include "Session.h"

namespace rapport::ui {

MergeCommand::MergeCommand(Session* session, core::RowId keeperId, QList<core::RowId> otherIds,
                           core::FieldChoices choices, const QString& keeperName,
                           ErrorHandler onError)
    : EntityCommand(
        session, tr("Merge %n customer(s) into %1", nullptr, int(otherIds.size())).arg(keeperName),
        std::move(onError))
    , m_keeperId(keeperId)
    , m_otherIds(std::move(otherIds))
    , m_choices(std::move(choices))
{}

void MergeCommand::redo()
{
    const core::CustomerMerge merge(session()->connection(), session()->hub());
    auto record = merge.merge(m_keeperId, m_otherIds, m_choices);
    if (record)
        m_record = std::move(record).value();
    else
        fail(record.error());
}

void MergeCommand::undo()
{
    if (!m_record)
        return;
    const core::CustomerMerge merge(session()->connection(), session()->hub());
    if (check(merge.undo(*m_record)))
        m_record.reset();
}

} // namespace rapport::ui
