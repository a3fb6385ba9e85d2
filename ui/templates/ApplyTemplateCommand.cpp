#include "templates/ApplyTemplateCommand.h"

#include "Session.h"

#include <QCoreApplication>

namespace rapport::ui {

ApplyTemplateCommand::ApplyTemplateCommand(Session* session, const QString& key,
                                           ErrorHandler onError)
    : EntityCommand(session, {}, std::move(onError))
    , m_key(key)
{
    QString name = key;
    for (const core::StarterTemplateInfo& info : core::starterTemplates()) {
        if (info.key == key)
            name = info.name;
    }
    setText(
        QCoreApplication::translate("rapport::ui::ApplyTemplateCommand", "Starter template “%1”")
            .arg(name));
}

void ApplyTemplateCommand::redo()
{
    if (m_applied) {
        check(core::reinstateStarterTemplate(session()->connection(), m_report, session()->hub()));
        return;
    }
    auto report = core::applyStarterTemplate(session()->connection(), m_key, session()->hub());
    if (!report) {
        fail(report.error());
        return;
    }
    m_report = *report;
    m_applied = true;
}

void ApplyTemplateCommand::undo()
{
    check(core::withdrawStarterTemplate(session()->connection(), m_report, session()->hub()));
}

} // namespace rapport::ui
