#pragma once

#include "domain/Entities.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rapport::core {

// The customer fields a merge lets the user pick a record's value for. Opting
// out is not among them: a merged customer is opted out if any record was, so
// a merge can never lose a refusal of marketing mail.
enum class CustomerField { Name, Code, Email, Phone, City, Address, Company, Owner, Notes };

// Which record's value the kept customer takes, field by field, and how the
// merged customer follows from the records. Pure (no database): the merge
// dialog's preview and the merge itself use the same rules.
//
// `records` is always the keeper first, then the records merged into it. A
// field (or custom key) without a choice, or whose choice names no record of
// the merge, takes the default: the keeper's value if it is not empty, else
// the first non-empty one.
struct FieldChoices
{
    QMap<CustomerField, RowId> fields;
    QMap<QString, RowId> custom; // keys of the `custom` JSON object
    bool concatenateNotes = false;

    static QList<CustomerField> allFields();
    // Every field and custom key chosen explicitly, as the defaults say.
    static FieldChoices defaults(const QList<Customer>& records);
    // The custom keys of all records: the keeper's first, then new ones in record order.
    static QStringList customKeys(const QList<Customer>& records);

    // The value of `field` as text: what is compared for emptiness and shown.
    // A company is its name (a deleted company counts as none).
    static QString text(const Customer& customer, CustomerField field);
    static QString customText(const Customer& customer, const QString& key);

    // The record whose value `field` / `key` takes (its id).
    RowId sourceOf(CustomerField field, const QList<Customer>& records) const;
    RowId customSourceOf(const QString& key, const QList<Customer>& records) const;

    // The keeper as it is after the merge: the keeper's id, uuid and creation
    // time, the chosen values, and opted out if any record was.
    Customer apply(const QList<Customer>& records) const;
};

} // namespace rapport::core
