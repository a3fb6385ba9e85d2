#include "domain/ContactRules.h"
#include "domain/CustomField.h"
#include "domain/SortKey.h"
#include "import/RowHandler.h"
#include "storage/ImportStore.h"
#include "storage/Repository.h"
#include "storage/SearchText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::CustomerRows)
};

QString countryCodeOf(const QString& region)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("CN"), QStringLiteral("86")},
        {QStringLiteral("HK"), QStringLiteral("852")},
        {QStringLiteral("TW"), QStringLiteral("886")},
        {QStringLiteral("MO"), QStringLiteral("853")},
        {QStringLiteral("SG"), QStringLiteral("65")},
        {QStringLiteral("US"), QStringLiteral("1")},
        {QStringLiteral("CA"), QStringLiteral("1")},
        {QStringLiteral("GB"), QStringLiteral("44")},
        {QStringLiteral("DE"), QStringLiteral("49")},
        {QStringLiteral("FR"), QStringLiteral("33")},
        {QStringLiteral("JP"), QStringLiteral("81")},
        {QStringLiteral("KR"), QStringLiteral("82")},
        {QStringLiteral("AU"), QStringLiteral("61")},
        {QStringLiteral("IN"), QStringLiteral("91")},
    };
    return codes.value(region.toUpper());
}

} // namespace

namespace keys {

QString name(const QString& name)
{
    return contact::simplified(name).toCaseFolded();
}

QString phone(const QString& phoneText, const QString& region)
{
    QString digits;
    bool international = false;
    for (const QChar c : phoneText) {
        if (c == u'+' && digits.isEmpty())
            international = true;
        else if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c.isLetter())
            break; // "ext. 12": the extension is not part of the number
    }
    if (!international && digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits.remove(0, 2);
    }
    if (international) {
        const QString own = countryCodeOf(region);
        if (!own.isEmpty() && digits.startsWith(own))
            digits.remove(0, own.size());
        else
            digits.prepend(u'+');
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits.size() >= 7 ? digits : QString();
}

} // namespace keys

namespace {

// Customers: duplicates by customer number, e-mail, phone, then name + company,
// within the file and against the database.
class CustomerHandler final : public RowHandler
{
public:
    explicit CustomerHandler(ImportContext& context)
        : m_ctx(context)
        , f_name(context.cleaner.indexOf(QStringLiteral("name")))
        , f_code(context.cleaner.indexOf(QStringLiteral("code")))
        , f_email(context.cleaner.indexOf(QStringLiteral("email")))
        , f_phone(context.cleaner.indexOf(QStringLiteral("phone")))
        , f_company(context.cleaner.indexOf(QStringLiteral("company")))
        , f_city(context.cleaner.indexOf(QStringLiteral("city")))
        , f_address(context.cleaner.indexOf(QStringLiteral("address")))
        , f_owner(context.cleaner.indexOf(QStringLiteral("owner")))
        , f_optedOut(context.cleaner.indexOf(QStringLiteral("opted_out")))
        , f_notes(context.cleaner.indexOf(QStringLiteral("notes")))
    {}

    Status prepare() override
    {
        if (Status s = m_ctx.store.forEachCompany([this](RowId id, const QString& name) {
                m_companies.insert(keys::name(name), id);
                m_companyNames.insert(id, name);
            });
            !s)
            return s;
        return m_ctx.store.forEachCustomer(
            [this](RowId id, const QString& code, const QString& email, const QString& phone,
                   const QString& name, std::optional<RowId> companyId) {
                remember(id, code, email, phone, name, companyId);
            });
    }

    Status handle(const CleanRow& row, const csv::Record& record) override
    {
        if (!row[f_name].present)
            return m_ctx.reject(record, m_ctx.cleaner.columnLabel(QStringLiteral("name")),
                                Text::tr("A customer needs a name."));
        std::optional<RowId> companyId;
        QString companyName;
        if (row[f_company].present) {
            auto company = companyFor(row[f_company].text);
            if (!company)
                return company.error();
            companyId = *company;
            companyName = row[f_company].text;
        }
        QString rule;
        const RowId existing = findDuplicate(row, companyId, &rule);
        if (existing != 0) {
            ++m_ctx.report.duplicatesByRule[rule];
            if (m_ctx.options.onDuplicate == OnDuplicate::Skip) {
                ++m_ctx.report.skipped;
                return {};
            }
            if (m_ctx.options.onDuplicate == OnDuplicate::Update)
                return update(existing, row, companyId);
        }
        return insert(row, companyId, companyName);
    }

    Status finish() override { return m_ctx.store.flush(); }

private:
    void remember(RowId id, const QString& code, const QString& email, const QString& phone,
                  const QString& name, std::optional<RowId> companyId)
    {
        if (!code.isEmpty())
            m_byCode.insert(code.toCaseFolded(), id);
        if (!email.isEmpty())
            m_byEmail.insert(email, id);
        const QString phoneKey = keys::phone(phone, m_ctx.options.phoneRegion);
        if (!phoneKey.isEmpty())
            m_byPhone.insert(phoneKey, id);
        if (companyId)
            m_byNameCompany.insert(nameCompanyKey(name, *companyId), id);
    }

    static QString nameCompanyKey(const QString& name, RowId companyId)
    {
        return keys::name(name) + QChar(0x1f) + QString::number(companyId);
    }

    RowId findDuplicate(const CleanRow& row, std::optional<RowId> companyId, QString* rule) const
    {
        auto look = [&](const QHash<QString, RowId>& map, const QString& key, const char* name) {
            if (key.isEmpty())
                return RowId(0);
            const RowId id = map.value(key);
            if (id != 0)
                *rule = QLatin1String(name);
            return id;
        };
        RowId id = 0;
        if (row[f_code].present)
            id = look(m_byCode, row[f_code].text.toCaseFolded(), "code");
        if (!id && row[f_email].present)
            id = look(m_byEmail, row[f_email].text, "email");
        if (!id && row[f_phone].present)
            id =
                look(m_byPhone, keys::phone(row[f_phone].text, m_ctx.options.phoneRegion), "phone");
        if (!id && companyId)
            id =
                look(m_byNameCompany, nameCompanyKey(row[f_name].text, *companyId), "name_company");
        return id;
    }

    Result<RowId> companyFor(const QString& name)
    {
        const QString key = keys::name(name);
        const RowId found = m_companies.value(key);
        if (found != 0)
            return found;
        ImportedCompany company;
        company.id = m_ctx.store.takeId(ImportStore::Companies);
        company.uuid = Repository::newUuid();
        company.name = name;
        company.sortKey = sortKeyFor(name);
        if (Status s = m_ctx.store.insert(company); !s)
            return s.error();
        ++m_ctx.report.companiesCreated;
        m_companies.insert(key, company.id);
        m_companyNames.insert(company.id, name);
        return company.id;
    }

    Status insert(const CleanRow& row, std::optional<RowId> companyId, const QString& companyName)
    {
        ImportedCustomer c;
        c.id = m_ctx.store.takeId(ImportStore::Customers);
        c.uuid = Repository::newUuid();
        c.name = row[f_name].text;
        c.code = row[f_code].text;
        c.sortKey = personSortKeyFor(c.name);
        c.email = row[f_email].text;
        c.phone = row[f_phone].text;
        c.phoneDigits = contact::phoneDigits(c.phone);
        c.city = row[f_city].text;
        c.address = row[f_address].text;
        c.companyId = companyId;
        c.owner = row[f_owner].text;
        c.optedOut = row[f_optedOut].present && row[f_optedOut].yes;
        c.notes = row[f_notes].text;
        // The definitions come with the cleaner: read once per import, not per row.
        const QList<CustomFieldDef>& defs = m_ctx.cleaner.customFields();
        const QJsonObject custom = customfields::withDefaults(defs, row.custom);
        c.custom = customfields::toJson(custom);
        const QString customText = customfields::searchText(defs, custom);
        c.searchText = search::indexText(
            c.name, c.email, c.phone, companyName,
            customText.isEmpty() ? c.notes : c.notes + QLatin1Char(' ') + customText);
        if (Status s = m_ctx.store.insert(c); !s)
            return s;
        remember(c.id, c.code, c.email, c.phone, c.name, companyId);
        ++m_ctx.report.inserted;
        return {};
    }

    Status update(RowId id, const CleanRow& row, std::optional<RowId> companyId)
    {
        auto current = m_ctx.store.currentValues(ImportStore::Customers, id);
        if (!current)
            return current.error();
        const bool overwrite = m_ctx.options.updateMode == UpdateMode::Overwrite;
        QVariantMap changes;
        auto offer = [&](const char* column, int field) {
            if (field < 0 || !row[field].present)
                return;
            const QString key = QLatin1String(column);
            const QString now = current->value(key).toString();
            if (now == row[field].text || (!overwrite && !now.isEmpty()))
                return;
            changes.insert(key, row[field].text);
        };
        offer("name", f_name);
        offer("code", f_code);
        offer("email", f_email);
        offer("phone", f_phone);
        offer("city", f_city);
        offer("address", f_address);
        offer("owner", f_owner);
        offer("notes", f_notes);
        if (companyId) {
            const QVariant now = current->value(QStringLiteral("company_id"));
            if ((now.isNull() || overwrite) && now.toLongLong() != *companyId)
                changes.insert(QStringLiteral("company_id"),
                               QVariant::fromValue<qlonglong>(*companyId));
        }
        // An opt-out is never taken back by an import: only a yes is written.
        if (row[f_optedOut].present && row[f_optedOut].yes
            && !current->value(QStringLiteral("opted_out")).toBool())
            changes.insert(QStringLiteral("opted_out"), 1);
        if (!row.custom.isEmpty()) {
            QJsonObject custom = QJsonDocument::fromJson(
                                     current->value(QStringLiteral("custom")).toString().toUtf8())
                                     .object();
            const QJsonObject before = custom;
            for (auto it = row.custom.begin(); it != row.custom.end(); ++it) {
                const QJsonValue now = custom.value(it.key());
                if (overwrite || now.isNull() || now.isUndefined()
                    || (now.isString() && now.toString().isEmpty()))
                    custom.insert(it.key(), it.value());
            }
            if (custom != before)
                changes.insert(
                    QStringLiteral("custom"),
                    QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact)));
        }
        if (changes.isEmpty()) {
            ++m_ctx.report.skipped; // nothing new in the row
            return {};
        }
        if (Status s =
                m_ctx.store.update(ImportStore::Customers, id, changes, *current, m_ctx.stamp);
            !s)
            return s;
        remember(id, row[f_code].text, row[f_email].text, row[f_phone].text, row[f_name].text,
                 companyId);
        ++m_ctx.report.updated;
        return {};
    }

    ImportContext& m_ctx;
    const int f_name, f_code, f_email, f_phone, f_company, f_city, f_address, f_owner, f_optedOut,
        f_notes;
    QHash<QString, RowId> m_byCode, m_byEmail, m_byPhone, m_byNameCompany;
    QHash<QString, RowId> m_companies;
    QHash<RowId, QString> m_companyNames;
};

} // namespace

std::unique_ptr<RowHandler> makeCustomerHandler(ImportContext& context)
{
    return std::make_unique<CustomerHandler>(context);
}

} // namespace rapport::core::import
