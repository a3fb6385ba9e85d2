#include "customize/CustomFieldCommands.h"

#include "Session.h"
#include "storage/CustomFieldRepository.h"

#include <QCoreApplication>

namespace rapport::ui {

namespace {
QString commandText(const char* source, const QString& label)
{
    return QCoreApplication::translate("CustomFieldCommands", source).arg(label);
}

core::CustomFieldRepository repository(Session* session)
{
    return core::CustomFieldRepository(session->connection(), session->hub());
}
} // namespace

CreateFieldCommand::CreateFieldCommand(Session* session, core::CustomFieldDef def,
                                       ErrorHandler onError)
    : EntityCommand(
        session, commandText(QT_TRANSLATE_NOOP("CustomFieldCommands", "Add field “%1”"), def.label),
        std::move(onError))
    , m_def(std::move(def))
{}

void CreateFieldCommand::redo()
{
    if (m_id != 0) {
        check(repository(session()).restore(m_id));
        return;
    }
    const auto created = repository(session()).create(m_def);
    if (created)
        m_id = *created;
    else
        fail(created.error());
}

void CreateFieldCommand::undo()
{
    check(repository(session()).remove(m_id));
}

EditFieldCommand::EditFieldCommand(Session* session, core::CustomFieldDef before,
                                   core::CustomFieldDef after, Renames renames,
                                   ErrorHandler onError)
    : EntityCommand(
        session,
        commandText(QT_TRANSLATE_NOOP("CustomFieldCommands", "Edit field “%1”"), after.label),
        std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_renames(std::move(renames))
{}

void EditFieldCommand::redo()
{
    // Renames first, while the list still holds the old spellings; then the
    // rest of the definition (which already lists the new ones).
    auto fields = repository(session());
    for (const auto& [from, to] : std::as_const(m_renames)) {
        if (!check(fields.renameChoice(m_after.id, from, to)))
            return;
    }
    check(fields.update(m_after));
}

void EditFieldCommand::undo()
{
    auto fields = repository(session());
    for (auto it = m_renames.crbegin(); it != m_renames.crend(); ++it) {
        if (!check(fields.renameChoice(m_before.id, it->second, it->first)))
            return;
    }
    check(fields.update(m_before));
}

DeleteFieldCommand::DeleteFieldCommand(Session* session, const core::CustomFieldDef& def,
                                       bool restore, ErrorHandler onError)
    : EntityCommand(
        session,
        restore
            ? commandText(QT_TRANSLATE_NOOP("CustomFieldCommands", "Restore field “%1”"), def.label)
            : commandText(QT_TRANSLATE_NOOP("CustomFieldCommands", "Delete field “%1”"), def.label),
        std::move(onError))
    , m_id(def.id)
    , m_restore(restore)
{}

void DeleteFieldCommand::redo()
{
    apply(!m_restore);
}

void DeleteFieldCommand::undo()
{
    apply(m_restore);
}

void DeleteFieldCommand::apply(bool remove)
{
    auto fields = repository(session());
    check(remove ? fields.remove(m_id) : fields.restore(m_id));
}

ReorderFieldsCommand::ReorderFieldsCommand(Session* session, QList<core::CustomFieldDef> before,
                                           QList<core::CustomFieldDef> after, ErrorHandler onError)
    : EntityCommand(session, QCoreApplication::translate("CustomFieldCommands", "Reorder fields"),
                    std::move(onError))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ReorderFieldsCommand::redo()
{
    apply(m_after);
}

void ReorderFieldsCommand::undo()
{
    apply(m_before);
}

void ReorderFieldsCommand::apply(const QList<core::CustomFieldDef>& order)
{
    auto fields = repository(session());
    int position = 0;
    for (core::CustomFieldDef def : order) {
        ++position;
        // Read the stored definition: an edit since this command was made
        // (a label, a choice) must not be overwritten by the copy held here.
        const auto current = fields.get(def.id);
        if (!current) {
            fail(current.error());
            return;
        }
        def = *current;
        if (def.position == position)
            continue;
        def.position = position;
        if (!check(fields.update(def)))
            return;
    }
}

} // namespace rapport::ui
