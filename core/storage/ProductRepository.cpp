#include "storage/ProductRepository.h"

#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CustomValues.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::ProductRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::ProductRepository)
};

Product cleaned(Product p)
{
    p.sku = contact::simplified(p.sku);
    p.name = contact::simplified(p.name);
    p.category = contact::simplified(p.category);
    p.price.currency = p.price.currency.trimmed().toUpper();
    return p;
}

Product productFrom(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.name = q.value(3).toString();
    p.category = q.value(4).toString();
    p.price = Money{q.value(5).toLongLong(), q.value(6).toString()};
    p.custom = q.value(7).toString();
    return p;
}

// A taken SKU is the user's to fix, so it becomes a validation error on the field.
Error skuTakenOr(const Error& error, const QString& sku)
{
    if (error.code != Error::Code::Conflict)
        return error;
    return Error::validation(QStringLiteral("sku"),
                             Text::tr("Another product already has the SKU “%1”.").arg(sku));
}

const QString kSelectProduct =
    QStringLiteral("SELECT id, uuid, sku, name, category, price_minor, currency, custom "
                   "FROM products ");

} // namespace

Status ProductRepository::validate(const Product& product)
{
    const Product p = cleaned(product);
    if (p.sku.isEmpty())
        return Error::validation(QStringLiteral("sku"),
                                 Text::tr("A product needs a SKU (its code)."));
    if (p.name.isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A product needs a name."));
    if (p.price.minor < 0)
        return Error::validation(QStringLiteral("price"), Text::tr("A price cannot be negative."));
    if (p.price.currency.size() != 3)
        return Error::validation(QStringLiteral("currency"),
                                 Text::tr("A currency is a three-letter code such as CNY or USD."));
    return {};
}

Result<RowId> ProductRepository::create(Product product)
{
    Product p = cleaned(std::move(product));
    if (Status s = validate(p); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto custom = customvalues::prepare(m_db, FieldEntity::Products, p.custom, true);
    if (!custom)
        return custom.error();
    if (p.uuid.isEmpty())
        p.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO products (uuid, sku, name, sort_key, "
                                            "category, price_minor, currency, custom, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {p.uuid, p.sku, p.name, sortKeyFor(p.name), p.category,
                              QVariant::fromValue<qlonglong>(p.price.minor), p.price.currency,
                              custom->json, stamp, stamp});
        !s) {
        return skuTakenOr(s.error(), p.sku);
    }
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = AuditLog::record(m_db, QStringLiteral("products"), id, AuditLog::Action::Create,
                                    {}, {}, {}, stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Product, id);
    return id;
}

Status ProductRepository::update(Product product)
{
    Product p = cleaned(std::move(product));
    if (Status s = validate(p); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto custom = customvalues::prepare(m_db, FieldEntity::Products, p.custom, false);
    if (!custom)
        return custom.error();
    // The stored row before and after, for the audit log's diff.
    const auto before = get(p.id);
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE products SET sku = ?, name = ?, sort_key = ?, "
                                            "category = ?, price_minor = ?, currency = ?, "
                                            "custom = ?, updated_at = ? WHERE id = ? AND "
                                            "deleted_at IS NULL"),
                             {p.sku, p.name, sortKeyFor(p.name), p.category,
                              QVariant::fromValue<qlonglong>(p.price.minor), p.price.currency,
                              custom->json, now(), QVariant::fromValue<qlonglong>(p.id)});
        !s) {
        return skuTakenOr(s.error(), p.sku);
    }
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This product was deleted meanwhile."));
    if (before) {
        auto after = get(p.id);
        if (!after)
            return after.error();
        if (Status s =
                AuditLog::recordUpdate(m_db, QStringLiteral("products"), p.id,
                                       audit::snapshot(*before), audit::snapshot(*after), now());
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Product, p.id);
    return {};
}

Status ProductRepository::remove(RowId id)
{
    return softDelete(QStringLiteral("products"), Entity::Product, id,
                      Text::tr("This product does not exist."));
}

Status ProductRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("products"), Entity::Product, id,
                          Text::tr("There is no deleted product to restore."));
}

Result<Product> ProductRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, kSelectProduct + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                      {QVariant::fromValue<qlonglong>(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This product does not exist."));
    return productFrom(q);
}

Result<QList<Product>> ProductRepository::all() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q, kSelectProduct + QStringLiteral("WHERE deleted_at IS NULL ORDER BY sort_key, id"));
        !s)
        return s.error();
    QList<Product> result;
    while (q.next())
        result << productFrom(q);
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

Result<QStringList> ProductRepository::categories() const
{
    return sql::strings(m_db, QStringLiteral("SELECT DISTINCT category FROM products WHERE "
                                             "deleted_at IS NULL AND category <> '' "
                                             "ORDER BY category"));
}

TableDef ProductRepository::tableDef()
{
    TableDef def;
    def.from = QStringLiteral("products p");
    def.idExpr = QStringLiteral("p.id");
    def.baseWhere = QStringLiteral("p.deleted_at IS NULL");
    def.columns = {
        {QStringLiteral("name"), QStringLiteral("p.name"), QStringLiteral("p.sort_key")},
        {QStringLiteral("sku"), QStringLiteral("p.sku"), QStringLiteral("p.sku")},
        {QStringLiteral("category"), QStringLiteral("p.category"), QStringLiteral("p.category")},
        {QStringLiteral("price"), QStringLiteral("p.price_minor"), QStringLiteral("p.price_minor")},
        {QStringLiteral("currency"), QStringLiteral("p.currency"), QString()},
    };
    def.filters = {{QStringLiteral("category"), QStringLiteral("p.category = ?")}};
    using Kind = FilterField::Kind;
    def.filterFields = {
        {QStringLiteral("sku"), QStringLiteral("p.sku"), Kind::Text, {}},
        {QStringLiteral("name"), QStringLiteral("p.name"), Kind::Text, {}},
        {QStringLiteral("category"), QStringLiteral("p.category"), Kind::Choice, {}},
        // In major units ("price > 100" means 100 yuan), whatever the currency's
        // minor unit. The division gives the double nearest the decimal price, as
        // parsing a typed "19.99" does, so equals works.
        {QStringLiteral("price"),
         QStringLiteral("(p.price_minor / CASE WHEN p.currency IN ('JPY', 'KRW') THEN 1.0 "
                        "ELSE 100.0 END)"),
         Kind::Number,
         {}},
    };
    return def;
}

} // namespace rapport::core
