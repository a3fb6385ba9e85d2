#include "import/ImportUndoCommand.h"

#include "Session.h"
#include "common/Clock.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rapport::ui {

namespace {

core::Entity hubEntity(core::import::Entity entity)
{
    switch (entity) {
    case core::import::Entity::Customers:
        return core::Entity::Customer;
    case core::import::Entity::Companies:
        return core::Entity::Company;
    case core::import::Entity::Products:
        return core::Entity::Product;
    case core::import::Entity::Orders:
        break;
    }
    return core::Entity::Order;
}

} // namespace

ImportUndoCommand::ImportUndoCommand(Session* session, core::import::Entity entity,
                                     const core::import::Report& report, ErrorHandler onError)
    : EntityCommand(session,
                    QCoreApplication::translate("ImportUndoCommand", "Import of “%1”")
                        .arg(QFileInfo(report.layout.path).fileName()),
                    std::move(onError))
    , m_runId(report.runId)
{
    auto add = [this](core::Entity changed) {
        if (!m_changed.contains(changed))
            m_changed << changed;
    };
    add(hubEntity(entity));
    if (report.companiesCreated > 0)
        add(core::Entity::Company);
    if (report.customersCreated > 0)
        add(core::Entity::Customer);
    if (report.productsCreated > 0)
        add(core::Entity::Product);
}

void ImportUndoCommand::redo()
{
    // Only ever called once, by push(): the import was written by the wizard.
    if (m_done)
        return;
    m_done = true;
    announce();
}

void ImportUndoCommand::undo()
{
    core::ImportStore store(session()->connection());
    const bool undone =
        check(store.undoRun(m_runId, core::toTimestamp(core::Clock::system().nowUtc())));
    if (undone)
        announce();
    setObsolete(true); // no redo (see the class comment); a failed undo is dropped too
}

// One reload per kind of data: a bulk change has no single row to name (id 0).
void ImportUndoCommand::announce() const
{
    for (core::Entity entity : m_changed)
        session()->hub()->notify(entity, 0);
}

} // namespace rapport::ui
