#include "dedupe/DuplicateFinder.h"

#include "dedupe/IdList.h"
#include "domain/ContactRules.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace rapport::core {

namespace {

// User-visible texts, translated in the "rapport::core::DuplicateFinder" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::DuplicateFinder)
};

enum Stage { EmailStage, ScanStage, NameStage, JoinStage, DetailStage, StageCount };

// How many SQLite VM steps pass between two looks at the Cancel flag: well
// under a millisecond of work, so Cancel stops even a long GROUP BY at once.
constexpr int kCancelCheckSteps = 20000;

Error cancelled()
{
    return Error::make(Error::Code::Cancelled,
                       Text::tr("The search for duplicates was cancelled."));
}

Error orCancelled(const Error& error)
{
    return error.code == Error::Code::Cancelled ? cancelled() : error;
}

// Interrupts the statement running on `db` once `progress` is cancelled
// (sql::errorFrom reports the interruption as Error::Code::Cancelled).
class CancelWatch
{
public:
    CancelWatch(const QSqlDatabase& db, Progress& progress)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(handle.constData());
        if (m_handle) {
            sqlite3_progress_handler(
                m_handle, kCancelCheckSteps,
                [](void* watched) {
                    return static_cast<Progress*>(watched)->isCancelled() ? 1 : 0;
                },
                &progress);
        }
    }
    ~CancelWatch()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CancelWatch(const CancelWatch&) = delete;
    CancelWatch& operator=(const CancelWatch&) = delete;

private:
    sqlite3* m_handle = nullptr;
};

// Union-find over customer ids, with path halving.
class DisjointSets
{
public:
    RowId find(RowId id)
    {
        auto it = m_parent.find(id);
        if (it == m_parent.end()) {
            m_parent.insert(id, id);
            return id;
        }
        while (*it != id) {
            const RowId grandParent = m_parent.value(*it);
            *it = grandParent;
            id = grandParent;
            it = m_parent.find(id);
        }
        return id;
    }
    void unite(RowId a, RowId b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QHash<RowId, RowId> m_parent;
};

QList<RowId> parseIds(const QString& commaSeparated)
{
    QList<RowId> ids;
    for (QStringView part : QStringView(commaSeparated).split(QLatin1Char(',')))
        ids << part.toLongLong();
    return ids;
}

// What the rules found before they are joined.
struct Findings
{
    QList<DuplicateMatch> matches;
    QList<QList<RowId>> nameCandidates; // same company and sort key; names still to compare
    int skipped = 0;

    // A key shared by `count` customers: a match, or skipped as shared.
    void add(DuplicateReason reason, const QString& key, int count, const QString& ids,
             int maxShare)
    {
        if (maxShare > 0 && count > maxShare)
            ++skipped;
        else
            matches << DuplicateMatch{reason, key, QString(), parseIds(ids)};
    }
};

// E-mail: a GROUP BY that reads only the partial index customers_by_email.
Status findSharedEmails(const QSqlDatabase& db, int maxShare, Findings& findings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT email, count(*), group_concat(id) "
                                               "FROM customers "
                                               "WHERE deleted_at IS NULL AND email <> '' "
                                               "GROUP BY email HAVING count(*) > 1"));
        !s)
        return orCancelled(s.error());
    while (q.next())
        findings.add(DuplicateReason::Email, q.value(0).toString(), q.value(1).toInt(),
                     q.value(2).toString(), maxShare);
    if (Status s = sql::finished(q); !s)
        return orCancelled(s.error());
    return {};
}

// Phone digits and (company, name) have no index, so both rules share one
// sequential pass over the table: its live rows' four narrow columns are
// materialised once and grouped twice. NOT INDEXED keeps SQLite from walking
// a partial index in its order, which reads the table at random (ten times
// slower on a million customers). The name rule groups on the sort key, which
// ignores case and spacing, so it never splits a real match; the candidates'
// names are compared exactly afterwards (张伟 and 章伟 share "zhang wei").
Status findSharedPhonesAndNameCandidates(const QSqlDatabase& db, int maxShare, Findings& findings)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, QStringLiteral(
                   "WITH live AS MATERIALIZED (SELECT id, phone_digits, company_id, sort_key "
                   "FROM customers NOT INDEXED WHERE deleted_at IS NULL) "
                   "SELECT 0, phone_digits, count(*), group_concat(id) FROM live "
                   "WHERE length(replace(phone_digits, '+', '')) >= %1 "
                   "GROUP BY phone_digits HAVING count(*) > 1 "
                   "UNION ALL "
                   "SELECT 1, NULL, count(*), group_concat(id) FROM live "
                   "WHERE company_id IS NOT NULL GROUP BY company_id, sort_key HAVING count(*) > 1")
                   .arg(DuplicateFinder::kMinPhoneDigits));
        !s)
        return orCancelled(s.error());
    while (q.next()) {
        if (q.value(0).toInt() == 0)
            findings.add(DuplicateReason::Phone, q.value(1).toString(), q.value(2).toInt(),
                         q.value(3).toString(), maxShare);
        else
            findings.nameCandidates << parseIds(q.value(3).toString());
    }
    if (Status s = sql::finished(q); !s)
        return orCancelled(s.error());
    return {};
}

// Splits each candidate group by simplified, case-folded name.
Status compareNames(const QSqlDatabase& db, int maxShare, Findings& findings)
{
    QList<RowId> ids;
    for (const QList<RowId>& candidates : std::as_const(findings.nameCandidates))
        ids << candidates;
    if (ids.isEmpty())
        return {};
    struct Named
    {
        QString name;
        QString companyName;
    };
    QHash<RowId, Named> named;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT c.id, c.name, coalesce(co.name, '') "
                                            "FROM customers c LEFT JOIN companies co "
                                            "ON co.id = c.company_id "
                                            "WHERE c.id IN (SELECT value FROM json_each(?))"),
                             {jsonIdList(ids)});
        !s)
        return orCancelled(s.error());
    while (q.next())
        named.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    if (Status s = sql::finished(q); !s)
        return orCancelled(s.error());

    for (const QList<RowId>& candidates : std::as_const(findings.nameCandidates)) {
        QMap<QString, QList<RowId>> byName; // a stable order
        for (RowId id : candidates) {
            const QString folded = contact::simplified(named.value(id).name).toCaseFolded();
            if (!folded.isEmpty())
                byName[folded] << id;
        }
        for (const QList<RowId>& same : std::as_const(byName)) {
            if (same.size() < 2)
                continue;
            if (maxShare > 0 && same.size() > maxShare) {
                ++findings.skipped;
                continue;
            }
            // The key is set to the oldest member's spelling once the order is known.
            findings.matches << DuplicateMatch{DuplicateReason::NameCompany,
                                               contact::simplified(named.value(same.first()).name),
                                               named.value(same.first()).companyName, same};
        }
    }
    findings.nameCandidates.clear();
    return {};
}

// Matches joined where they share a customer: the groups, unordered.
struct Joined
{
    QList<QList<DuplicateMatch>> matches;
    QList<QList<RowId>> ids;
};

Joined join(QList<DuplicateMatch> matches)
{
    DisjointSets sets;
    for (const DuplicateMatch& match : std::as_const(matches)) {
        for (qsizetype i = 1; i < match.memberIds.size(); ++i)
            sets.unite(match.memberIds.first(), match.memberIds[i]);
    }
    Joined joined;
    QHash<RowId, qsizetype> groupOfRoot;
    QSet<RowId> seen;
    for (DuplicateMatch& match : matches) {
        const RowId root = sets.find(match.memberIds.first());
        auto slot = groupOfRoot.constFind(root);
        if (slot == groupOfRoot.constEnd()) {
            slot = groupOfRoot.insert(root, joined.matches.size());
            joined.matches.append(QList<DuplicateMatch>());
            joined.ids.append(QList<RowId>());
        }
        for (RowId id : std::as_const(match.memberIds)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                joined.ids[*slot] << id;
            }
        }
        joined.matches[*slot] << std::move(match);
    }
    return joined;
}

Result<QHash<RowId, DuplicateMember>> membersOf(const QSqlDatabase& db, const QList<RowId>& ids)
{
    QHash<RowId, DuplicateMember> members;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT c.id, c.name, c.email, c.phone, coalesce(co.name, ''), "
                           "c.created_at, (SELECT count(*) FROM orders o "
                           "WHERE o.customer_id = c.id AND o.deleted_at IS NULL) "
                           "FROM customers c LEFT JOIN companies co "
                           "ON co.id = c.company_id AND co.deleted_at IS NULL "
                           "WHERE c.id IN (SELECT value FROM json_each(?))"),
            {jsonIdList(ids)});
        !s)
        return orCancelled(s.error());
    while (q.next()) {
        DuplicateMember m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.email = q.value(2).toString();
        m.phone = q.value(3).toString();
        m.companyName = q.value(4).toString();
        m.createdAt = q.value(5).toString();
        m.orderCount = q.value(6).toInt();
        members.insert(m.id, m);
    }
    if (Status s = sql::finished(q); !s)
        return orCancelled(s.error());
    return members;
}

} // namespace

QList<DuplicateReason> DuplicateGroup::reasons() const
{
    QList<DuplicateReason> result;
    for (DuplicateReason reason :
         {DuplicateReason::Email, DuplicateReason::Phone, DuplicateReason::NameCompany}) {
        if (std::any_of(matches.cbegin(), matches.cend(),
                        [reason](const DuplicateMatch& m) { return m.reason == reason; }))
            result << reason;
    }
    return result;
}

QList<RowId> DuplicateGroup::memberIds() const
{
    QList<RowId> ids;
    ids.reserve(members.size());
    for (const DuplicateMember& member : members)
        ids << member.id;
    return ids;
}

DuplicateFinder::DuplicateFinder(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<DuplicateScan> DuplicateFinder::find(Progress& progress,
                                            const DuplicateOptions& options) const
{
    const CancelWatch watch(m_db, progress);
    Findings findings;
    progress.report(EmailStage, StageCount, Text::tr("Looking for shared e-mail addresses…"));
    if (Status s = findSharedEmails(m_db, options.maxShare, findings); !s)
        return s.error();
    progress.report(ScanStage, StageCount, Text::tr("Looking for shared phone numbers and names…"));
    if (Status s = findSharedPhonesAndNameCandidates(m_db, options.maxShare, findings); !s)
        return s.error();
    progress.report(NameStage, StageCount, Text::tr("Comparing names…"));
    if (Status s = compareNames(m_db, options.maxShare, findings); !s)
        return s.error();
    if (progress.isCancelled())
        return cancelled();

    progress.report(JoinStage, StageCount, Text::tr("Joining the groups…"));
    Joined joined = join(std::move(findings.matches));
    // Most evidence first, then by the lowest id (ids follow creation): a
    // stable order to limit, which needs nothing read about the members.
    const qsizetype groupCount = joined.ids.size();
    QList<std::pair<qsizetype, RowId>> rank(groupCount); // (reasons, lowest id)
    QList<qsizetype> order(groupCount);
    for (qsizetype g = 0; g < groupCount; ++g) {
        QSet<DuplicateReason> reasons;
        for (const DuplicateMatch& match : std::as_const(joined.matches[g]))
            reasons.insert(match.reason);
        rank[g] = {-reasons.size(),
                   *std::min_element(joined.ids[g].cbegin(), joined.ids[g].cend())};
        order[g] = g;
    }
    std::sort(order.begin(), order.end(),
              [&rank](qsizetype a, qsizetype b) { return rank[a] < rank[b]; });
    DuplicateScan scan;
    scan.totalGroups = int(groupCount);
    scan.sharedKeysSkipped = findings.skipped;
    if (options.limit > 0 && order.size() > options.limit)
        order.resize(options.limit);
    if (progress.isCancelled())
        return cancelled();

    progress.report(DetailStage, StageCount, Text::tr("Reading the customers…"));
    QList<RowId> shownIds;
    for (qsizetype g : std::as_const(order))
        shownIds << joined.ids[g];
    auto details = membersOf(m_db, shownIds);
    if (!details)
        return details.error();
    const auto olderFirst = [&details](RowId a, RowId b) {
        const QString ca = details->value(a).createdAt;
        const QString cb = details->value(b).createdAt;
        return ca != cb ? ca < cb : a < b;
    };
    scan.groups.reserve(order.size());
    for (qsizetype g : std::as_const(order)) {
        DuplicateGroup group;
        std::sort(joined.ids[g].begin(), joined.ids[g].end(), olderFirst);
        for (RowId id : std::as_const(joined.ids[g])) {
            DuplicateMember member = details->value(id);
            member.id = id;
            group.members << member;
        }
        group.matches = joined.matches[g];
        for (DuplicateMatch& match : group.matches) {
            std::sort(match.memberIds.begin(), match.memberIds.end(), olderFirst);
            if (match.reason == DuplicateReason::NameCompany) // as the oldest member spells it
                match.key = contact::simplified(details->value(match.memberIds.first()).name);
        }
        scan.groups << group;
    }
    progress.report(StageCount, StageCount, QString());
    return scan;
}

} // namespace rapport::core
