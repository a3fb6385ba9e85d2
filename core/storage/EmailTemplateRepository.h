#pragma once

#include "mail/MailTypes.h"
#include "storage/Repository.h"

namespace rapport::core {

// Saved e-mail templates (email_templates). Names are unique among live
// templates, case-insensitively. Writes announce Entity::EmailTemplate.
class EmailTemplateRepository : public Repository
{
public:
    using Repository::Repository;

    Result<QList<mail::EmailTemplate>> all() const; // by name
    Result<mail::EmailTemplate> get(RowId id) const;
    Result<mail::EmailTemplate> byName(const QString& name) const;
    // The template must compile (CompiledTemplate::compile's error otherwise).
    Result<RowId> create(const mail::EmailTemplate& emailTemplate);
    Status update(const mail::EmailTemplate& emailTemplate);
    Status remove(RowId id); // soft delete (undo: restore)
    Status restore(RowId id);
};

} // namespace rapport::core
