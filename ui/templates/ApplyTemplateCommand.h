#pragma once

#include "commands/EntityCommand.h"
#include "customize/StarterTemplates.h"

namespace rapport::ui {

// Applies a starter template. Undo soft-deletes what it created (fields,
// pipeline, views); redo brings those same rows back rather than creating twins.
class ApplyTemplateCommand : public EntityCommand
{
public:
    ApplyTemplateCommand(Session* session, const QString& key, ErrorHandler onError = {});

    void redo() override;
    void undo() override;

    const core::StarterTemplateReport& report() const { return m_report; }

private:
    QString m_key;
    core::StarterTemplateReport m_report;
    bool m_applied = false;
};

} // namespace rapport::ui
