#include "dedupe/FieldChoices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace rapport::core {

namespace {

QJsonObject customObject(const Customer& customer)
{
    return QJsonDocument::fromJson(customer.custom.toUtf8()).object();
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return value.toVariant().toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool hasRecord(const QList<Customer>& records, RowId id)
{
    return std::any_of(records.cbegin(), records.cend(),
                       [id](const Customer& c) { return c.id == id; });
}

const Customer& recordWithId(const QList<Customer>& records, RowId id)
{
    for (const Customer& c : records) {
        if (c.id == id)
            return c;
    }
    return records.first();
}

// The keeper's value if not empty, else the first non-empty one, else the keeper's.
template<typename TextOf>
RowId defaultSource(const QList<Customer>& records, const TextOf& textOf)
{
    for (const Customer& c : records) {
        if (!textOf(c).isEmpty())
            return c.id;
    }
    return records.first().id;
}

} // namespace

QList<CustomerField> FieldChoices::allFields()
{
    return {CustomerField::Name,  CustomerField::Email,   CustomerField::Phone,
            CustomerField::City,  CustomerField::Address, CustomerField::Company,
            CustomerField::Owner, CustomerField::Notes};
}

FieldChoices FieldChoices::defaults(const QList<Customer>& records)
{
    FieldChoices choices;
    if (records.isEmpty())
        return choices;
    for (CustomerField field : allFields())
        choices.fields.insert(field, choices.sourceOf(field, records));
    for (const QString& key : customKeys(records))
        choices.custom.insert(key, choices.customSourceOf(key, records));
    return choices;
}

QStringList FieldChoices::customKeys(const QList<Customer>& records)
{
    QStringList keys;
    for (const Customer& c : records) {
        const QJsonObject object = customObject(c);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    return keys;
}

QString FieldChoices::text(const Customer& customer, CustomerField field)
{
    switch (field) {
    case CustomerField::Name:
        return customer.name;
    case CustomerField::Code:
        return customer.code;
    case CustomerField::Email:
        return customer.email;
    case CustomerField::Phone:
        return customer.phone;
    case CustomerField::City:
        return customer.city;
    case CustomerField::Address:
        return customer.address;
    case CustomerField::Company:
        return customer.companyId ? customer.companyName : QString();
    case CustomerField::Owner:
        return customer.owner;
    case CustomerField::Notes:
        return customer.notes;
    }
    return QString();
}

QString FieldChoices::customText(const Customer& customer, const QString& key)
{
    return valueText(customObject(customer).value(key));
}

RowId FieldChoices::sourceOf(CustomerField field, const QList<Customer>& records) const
{
    if (records.isEmpty())
        return 0;
    const auto chosen = fields.constFind(field);
    if (chosen != fields.constEnd() && hasRecord(records, *chosen))
        return *chosen;
    return defaultSource(records, [field](const Customer& c) { return text(c, field); });
}

RowId FieldChoices::customSourceOf(const QString& key, const QList<Customer>& records) const
{
    if (records.isEmpty())
        return 0;
    const auto chosen = custom.constFind(key);
    if (chosen != custom.constEnd() && hasRecord(records, *chosen))
        return *chosen;
    return defaultSource(records, [&key](const Customer& c) { return customText(c, key); });
}

Customer FieldChoices::apply(const QList<Customer>& records) const
{
    if (records.isEmpty())
        return Customer();
    Customer merged = records.first();
    const auto source = [&](CustomerField field) -> const Customer& {
        return recordWithId(records, sourceOf(field, records));
    };
    merged.name = source(CustomerField::Name).name;
    merged.code = source(CustomerField::Code).code;
    merged.email = source(CustomerField::Email).email;
    merged.phone = source(CustomerField::Phone).phone;
    merged.city = source(CustomerField::City).city;
    merged.address = source(CustomerField::Address).address;
    merged.owner = source(CustomerField::Owner).owner;
    const Customer& company = source(CustomerField::Company);
    merged.companyName = text(company, CustomerField::Company);
    merged.companyId = merged.companyName.isEmpty() ? std::nullopt : company.companyId;

    if (concatenateNotes) {
        QStringList notes;
        for (const Customer& c : records) {
            const QString note = c.notes.trimmed();
            if (!note.isEmpty() && !notes.contains(note))
                notes << note;
        }
        merged.notes = notes.join(QStringLiteral("\n\n"));
    } else {
        merged.notes = source(CustomerField::Notes).notes;
    }

    merged.optedOut =
        std::any_of(records.cbegin(), records.cend(), [](const Customer& c) { return c.optedOut; });

    const QStringList keys = customKeys(records);
    QJsonObject values;
    for (const QString& key : keys) {
        const QJsonValue value =
            customObject(recordWithId(records, customSourceOf(key, records))).value(key);
        if (!value.isUndefined() && !value.isNull())
            values.insert(key, value);
    }
    // Keep the keeper's JSON text when nothing in it changes.
    if (values != customObject(records.first()))
        merged.custom = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    return merged;
}

} // namespace rapport::core
