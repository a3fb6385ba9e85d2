#include "privacy/CustomerErasure.h"

#include "storage/AuditLog.h"
#include "storage/PrivacyRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CustomerErasure)
};

// The erasure proper, inside the caller's transaction.
Status eraseInTransaction(const QSqlDatabase& db, PrivacyRepository& repo,
                          const PrivacyRepository::Subject& subject, const QString& at,
                          ErasureReport& report)
{
    const RowId id = subject.id;
    const auto step = [&report](const char* place, Result<int> changed) -> Status {
        if (!changed)
            return changed.error();
        // Summed over the customer and the records merged into them.
        const QString key = QString::fromLatin1(place);
        for (auto& [name, n] : report.counts) {
            if (name == key) {
                n += *changed;
                return {};
            }
        }
        report.counts.append({key, *changed});
        return {};
    };
    // The audit values go first: they are found through the activities,
    // which are deleted next.
    if (Status s = step("audit_log", repo.blankAuditValues(subject)); !s)
        return s;
    if (Status s = step("activities", repo.deleteActivities(id)); !s)
        return s;
    if (Status s =
            step("customers", repo.anonymizeCustomer(id, CustomerErasure::placeholderName(id), at));
        !s)
        return s;
    if (Status s = step("customer_tags", repo.deleteTags(id)); !s)
        return s;
    if (Status s = step("deals",
                        repo.anonymizeDeals(
                            id, [](RowId dealId) { return Text::tr("Deal #%1").arg(dealId); }, at));
        !s)
        return s;
    if (Status s = step("orders", repo.anonymizeOrders(id, at)); !s)
        return s;
    if (Status s = step("outbox", repo.anonymizeOutbox(id, at)); !s)
        return s;
    if (Status s = step("consent_events", repo.anonymizeConsent(id)); !s)
        return s;
    if (Status s = step("customer_scores", repo.deleteScores(id)); !s)
        return s;
    if (Status s = step("import_changes", repo.blankImportJournal(id)); !s)
        return s;
    if (Status s = step("suppressions", repo.blankSuppressionNote(subject.email)); !s)
        return s;
    if (Status s = repo.optimizeSearchIndex(); !s)
        return s;
    return AuditLog::record(db, QStringLiteral("customers"), id, AuditLog::Action::Erase, {}, {},
                            {}, at);
}

} // namespace

int ErasureReport::count(const QString& place) const
{
    for (const auto& [name, n] : counts) {
        if (name == place)
            return n;
    }
    return 0;
}

QString CustomerErasure::placeholderName(RowId customerId)
{
    return Text::tr("Erased customer #%1").arg(customerId);
}

Result<ErasureReport> CustomerErasure::eraseCustomer(const QSqlDatabase& db, RowId customerId,
                                                     const Clock& clock, ChangeHub* hub)
{
    PrivacyRepository repo(db);
    auto subject = repo.subject(customerId);
    if (!subject)
        return subject.error();
    auto secureBefore = repo.secureDelete();
    if (!secureBefore)
        return secureBefore.error();
    // Zeroes every page and cell the erasure frees, so deleted values do not
    // linger in unused space of the file. Set outside the transaction and put
    // back afterwards: it is a setting of this connection.
    if (Status s = repo.setSecureDelete(true); !s)
        return s.error();

    ErasureReport report;
    report.customerId = customerId;
    report.uuid = subject->uuid;
    report.erasedAt = toTimestamp(clock.nowUtc());
    Status erased = [&]() -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        // Records merged into this one are the same person: erased with them.
        auto merged = repo.mergedInto(customerId);
        if (!merged)
            return merged.error();
        for (RowId other : std::as_const(*merged)) {
            auto otherSubject = repo.subject(other);
            if (!otherSubject) {
                if (otherSubject.error().code == Error::Code::NotFound)
                    continue; // purged since
                return otherSubject.error();
            }
            if (Status s = eraseInTransaction(db, repo, *otherSubject, report.erasedAt, report); !s)
                return s;
        }
        if (Status s = eraseInTransaction(db, repo, *subject, report.erasedAt, report); !s)
            return s;
        return tx.commit();
    }();
    (void)repo.setSecureDelete(*secureBefore); // a failure here leaves it stricter, not weaker
    if (!erased)
        return erased.error();

    // Old page images of the rows stay in the write-ahead log until it is
    // written back and emptied.
    auto truncated = repo.checkpointTruncate();
    report.walTruncated = truncated.ok() && *truncated;

    if (hub) {
        for (Entity entity : {Entity::Customer, Entity::Activity, Entity::Deal, Entity::Order,
                              Entity::Tag, Entity::CustomerScores, Entity::Outbox})
            hub->notify(entity, entity == Entity::Customer ? customerId : 0);
    }
    return report;
}

} // namespace rapport::core
