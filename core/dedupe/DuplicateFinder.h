#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "domain/Entities.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// Why customers look like the same person. The order is the order reasons are
// listed in, strongest evidence first.
enum class DuplicateReason { Email, Phone, NameCompany };

// One rule's finding: the customers that share one key.
struct DuplicateMatch
{
    DuplicateReason reason = DuplicateReason::Email;
    QString key;         // the e-mail, the phone digits, or the name as stored
    QString companyName; // NameCompany only: the shared company
    QList<RowId> memberIds;
};

// What the duplicate list shows of a customer.
struct DuplicateMember
{
    RowId id = 0;
    QString name;
    QString email;
    QString phone;
    QString companyName;
    QString createdAt;
    int orderCount = 0; // live orders
};

// Customers that are probably one person: every match that links them (the
// rules' groups joined where they share a customer), and the members oldest
// first, so the first member is the suggested record to keep.
struct DuplicateGroup
{
    QList<DuplicateMatch> matches;
    QList<DuplicateMember> members;

    QList<DuplicateReason> reasons() const; // distinct, in enum order
    QList<RowId> memberIds() const;
};

struct DuplicateOptions
{
    // Show at most this many groups (0: all). The groups are found over the
    // whole table either way, because a later rule may join earlier groups.
    int limit = 0;
    // A key shared by more customers than this is a shared mailbox, a
    // switchboard or a placeholder ("info@…", "000 0000"), not one person
    // entered many times: it is left out (0: no cap). Without the cap a few
    // such keys chain most of a large database into one meaningless group.
    int maxShare = 10;
};

struct DuplicateScan
{
    QList<DuplicateGroup> groups; // most reasons first, then by lowest member id
    int totalGroups = 0;          // before the limit
    int sharedKeysSkipped = 0;    // keys over DuplicateOptions::maxShare
};

// Finds likely duplicate customers across the whole database, by three rules
// over live rows: the same (normalised) e-mail, the same phone digits (at least
// kMinPhoneDigits of them), the same name (white space and case folded) at the
// same company. Each rule is one GROUP BY in SQL; the e-mail rule reads only
// its partial index. Runs on a worker's connection; Cancel interrupts even a
// running statement.
class DuplicateFinder
{
public:
    static constexpr int kMinPhoneDigits = 7;

    explicit DuplicateFinder(QSqlDatabase db);

    Result<DuplicateScan> find(Progress& progress, const DuplicateOptions& options = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace rapport::core
