#include "storage/CompanyRepository.h"

#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CustomValues.h"
#include "storage/CustomerRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::CompanyRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::CompanyRepository)
};

Company cleaned(Company c)
{
    c.name = contact::simplified(c.name);
    c.phone = contact::simplified(c.phone);
    c.website = c.website.trimmed();
    c.address = c.address.trimmed();
    c.notes = c.notes.trimmed();
    return c;
}

Company companyFrom(const QSqlQuery& q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.website = q.value(4).toString();
    c.address = q.value(5).toString();
    c.notes = q.value(6).toString();
    c.custom = q.value(7).toString();
    return c;
}

const QString kCompanies = QStringLiteral("companies");

const QString kSelectCompany =
    QStringLiteral("SELECT id, uuid, name, phone, website, address, notes, custom FROM companies ");

} // namespace

Status CompanyRepository::validate(const Company& company)
{
    const Company c = cleaned(company);
    if (c.name.isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A company needs a name."));
    if (!c.phone.isEmpty() && !contact::isValidPhone(c.phone))
        return Error::validation(QStringLiteral("phone"),
                                 Text::tr("“%1” is not a valid phone number.").arg(c.phone));
    return {};
}

Result<RowId> CompanyRepository::create(Company company)
{
    Company c = cleaned(std::move(company));
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto custom = customvalues::prepare(m_db, FieldEntity::Companies, c.custom, true);
    if (!custom)
        return custom.error();
    if (c.uuid.isEmpty())
        c.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO companies (uuid, name, sort_key, phone, "
                                            "website, address, notes, custom, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {c.uuid, c.name, sortKeyFor(c.name), c.phone, c.website, c.address,
                              c.notes, custom->json, stamp, stamp});
        !s)
        return s.error();
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s =
            AuditLog::record(m_db, kCompanies, id, AuditLog::Action::Create, {}, {}, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Company, id);
    return id;
}

Status CompanyRepository::update(Company company)
{
    Company c = cleaned(std::move(company));
    if (Status s = validate(c); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto custom = customvalues::prepare(m_db, FieldEntity::Companies, c.custom, false);
    if (!custom)
        return custom.error();
    // The stored row before and after, for the audit log's diff.
    const auto before = get(c.id);
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("UPDATE companies SET name = ?, sort_key = ?, phone = ?, "
                                     "website = ?, address = ?, notes = ?, custom = ?, "
                                     "updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                      {c.name, sortKeyFor(c.name), c.phone, c.website, c.address, c.notes,
                       custom->json, now(), QVariant::fromValue<qlonglong>(c.id)});
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This company was deleted meanwhile."));
    if (before) {
        auto after = get(c.id);
        if (!after)
            return after.error();
        if (Status s = AuditLog::recordUpdate(m_db, kCompanies, c.id, audit::snapshot(*before),
                                              audit::snapshot(*after), now());
            !s)
            return s;
    }
    // Customers are found by their company's name too.
    if (Status s = CustomerRepository::refreshSearchTextForCompany(m_db, c.id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Company, c.id);
    notify(Entity::Customer, 0);
    return {};
}

Status CompanyRepository::remove(RowId id)
{
    return softDelete(QStringLiteral("companies"), Entity::Company, id,
                      Text::tr("This company does not exist."));
}

Status CompanyRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("companies"), Entity::Company, id,
                          Text::tr("There is no deleted company to restore."));
}

Result<Company> CompanyRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, kSelectCompany + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                      {QVariant::fromValue<qlonglong>(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This company does not exist."));
    return companyFrom(q);
}

Result<QList<Company>> CompanyRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, kSelectCompany + QStringLiteral("WHERE deleted_at IS NULL ORDER BY sort_key, id"));
        !s)
        return s.error();
    QList<Company> result;
    while (q.next())
        result << companyFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

TableDef CompanyRepository::tableDef()
{
    TableDef def;
    def.from = QStringLiteral("companies co");
    def.idExpr = QStringLiteral("co.id");
    def.baseWhere = QStringLiteral("co.deleted_at IS NULL");
    def.columns = {
        {QStringLiteral("name"), QStringLiteral("co.name"), QStringLiteral("co.sort_key")},
        {QStringLiteral("phone"), QStringLiteral("co.phone"), QString()},
        {QStringLiteral("website"), QStringLiteral("co.website"), QString()},
        {QStringLiteral("customers"),
         QStringLiteral("(SELECT count(*) FROM customers c WHERE c.company_id = co.id "
                        "AND c.deleted_at IS NULL)"),
         QString()},
    };
    using Kind = FilterField::Kind;
    def.filterFields = {
        {QStringLiteral("name"), QStringLiteral("co.name"), Kind::Text, {}},
        {QStringLiteral("phone"), QStringLiteral("co.phone"), Kind::Text, {}},
        {QStringLiteral("website"), QStringLiteral("co.website"), Kind::Text, {}},
        {QStringLiteral("address"), QStringLiteral("co.address"), Kind::Text, {}},
        {QStringLiteral("notes"), QStringLiteral("co.notes"), Kind::Text, {}},
    };
    return def;
}

} // namespace rapport::core
