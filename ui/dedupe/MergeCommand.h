#pragma once

#include "commands/EntityCommand.h"
#include "dedupe/CustomerMerge.h"

#include <QCoreApplication>

#include <optional>

namespace rapport::ui {

// Merges duplicate customers into one (core::CustomerMerge, one transaction);
// undo splits them again exactly as they were. Redo after an undo merges the
// same records with the same choices again.
class MergeCommand : public EntityCommand
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::MergeCommand)

public:
    MergeCommand(Session* session, core::RowId keeperId, QList<core::RowId> otherIds,
                 core::FieldChoices choices, const QString& keeperName, ErrorHandler onError = {});

    // What the last merge did (none before the first redo or after an undo).
    const std::optional<core::MergeRecord>& record() const { return m_record; }

    void redo() override;
    void undo() override;

private:
    core::RowId m_keeperId;
    QList<core::RowId> m_otherIds;
    core::FieldChoices m_choices;
    std::optional<core::MergeRecord> m_record;
};

} // namespace rapport::ui
