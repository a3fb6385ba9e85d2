#pragma once

#include "common/Result.h"
#include "domain/Entities.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace rapport::core {

// Every statement the privacy use cases need (CustomerDataExport and
// CustomerErasure): reading all that is held about one customer, and removing
// it table by table. It knows where personal data lives in the schema
// (migrations 0001-0008); the use cases decide what to do with it. Rows are
// read as JSON objects keyed by column (alias), because the export writes
// them out as they are; the erase steps return how many rows they changed.
class PrivacyRepository
{
public:
    explicit PrivacyRepository(QSqlDatabase db);

    // What the erasure needs to know before it starts.
    struct Subject
    {
        RowId id = 0;
        QString uuid;
        QString name;
        QString email;
        QString phone;
        bool deleted = false;
    };
    // Live or soft-deleted; NotFound when there is no such row.
    Result<Subject> subject(RowId customerId) const;

    // ---- Reading, for the export.
    // The customer row with its company's name (live or soft-deleted).
    Result<QJsonObject> customer(RowId customerId) const;
    // The company the customer belongs to (empty object for none).
    Result<QJsonObject> company(RowId customerId) const;
    // key -> label of every custom field defined for `entity` (a table name),
    // deleted definitions included, since their values stay in the JSON.
    Result<QHash<QString, QString>> customFieldLabels(const QString& entity) const;
    Result<QJsonArray> tags(RowId customerId) const;
    // Orders, each with "lines" (product, sku, quantity, unit_price_minor, ...).
    Result<QJsonArray> orders(RowId customerId) const;
    Result<QJsonArray> activities(RowId customerId) const;
    Result<QJsonArray> deals(RowId customerId) const;
    Result<QJsonArray> emails(RowId customerId) const;
    Result<QJsonArray> consentEvents(RowId customerId) const;
    Result<QJsonArray> scores(RowId customerId) const;
    // Audit rows about the customer and about their orders, deals and activities.
    Result<QJsonArray> auditEntries(RowId customerId) const;
    // Import journal rows that hold an earlier version of the customer.
    Result<QJsonArray> importJournal(RowId customerId) const;

    // ---- Erasing. Each step returns the number of rows it changed.
    // The row stays as a placeholder named `placeholderName` (orders keep their
    // customer); every other personal column is emptied. The search text is
    // emptied too, which makes the FTS trigger remove the indexed text.
    Result<int> anonymizeCustomer(RowId customerId, const QString& placeholderName,
                                  const QString& at);
    Result<int> deleteTags(RowId customerId);
    // Activities of the customer and of their deals (audit values first: see
    // blankAuditValues, which must run before this).
    Result<int> deleteActivities(RowId customerId);
    // Deals stay for the pipeline figures; title, notes and free-text custom
    // values go. `titleFor(dealId)` gives the new title.
    Result<int> anonymizeDeals(RowId customerId, const std::function<QString(RowId)>& titleFor,
                               const QString& at);
    // Orders keep number, dates, status, lines and totals; notes and free-text
    // custom values go.
    Result<int> anonymizeOrders(RowId customerId, const QString& at);
    // Mail to the customer keeps its status and dates (campaign figures); the
    // address, name, subject and bodies go; mail still queued is cancelled.
    Result<int> anonymizeOutbox(RowId customerId, const QString& at);
    // Consent events keep kind and date; source and wording go.
    Result<int> anonymizeConsent(RowId customerId);
    Result<int> deleteScores(RowId customerId);
    // The import journal's earlier versions of the customer (and the notes
    // and custom values of the earlier versions of their orders).
    Result<int> blankImportJournal(RowId customerId);
    // Old and new values of the audit rows about the customer, their orders,
    // deals and activities, and of any audit row whose value is the customer's
    // e-mail address, phone number or name.
    // The records merged into `customerId` (soft-deleted by the merge, still
    // holding their personal data), found through the merge's audit rows,
    // and the records merged into those, and so on.
    Result<QList<RowId>> mergedInto(RowId customerId) const;
    Result<int> blankAuditValues(const Subject& subject);
    // The note beside the customer's address on the suppression list.
    Result<int> blankSuppressionNote(const QString& email);
    // Merges the full-text index's segments so the tokens of removed rows
    // leave the file (a contentless FTS5 'delete' only adds a tombstone).
    Status optimizeSearchIndex();

    // Connection-level switches around an erasure.
    Result<bool> secureDelete() const;
    Status setSecureDelete(bool on);
    // PRAGMA wal_checkpoint(TRUNCATE): true when every frame was written back
    // and the -wal file emptied (false while another connection reads).
    Result<bool> checkpointTruncate();

private:
    Result<QJsonArray> rows(const QString& statement, const QVariantList& values) const;
    Result<int> change(const QString& statement, const QVariantList& values);
    // Removes the free-text custom values from `customJson` for `entity`.
    Result<QString> keepStructuredCustom(const QString& entity, const QString& customJson) const;

    QSqlDatabase m_db;
};

} // namespace rapport::core
