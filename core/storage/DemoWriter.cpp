#include "storage/DemoWriter.h"

#include "storage/BulkInsert.h"
#include "storage/Sql.h"

namespace rapport::core {

DemoWriter::DemoWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

DemoWriter::~DemoWriter() = default;

Result<bool> DemoWriter::isEmpty(const QSqlDatabase& db)
{
    auto any = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies) "
                                              "OR EXISTS (SELECT 1 FROM customers) "
                                              "OR EXISTS (SELECT 1 FROM products) "
                                              "OR EXISTS (SELECT 1 FROM orders)"));
    if (!any)
        return any.error();
    return !any->toBool();
}

Status DemoWriter::prepare()
{
    auto handle = BulkInsert::handleOf(m_db);
    if (!handle)
        return handle.error();
    m_handle = *handle;
    m_settings = std::make_unique<BulkLoadSettings>(m_db);
    if (Status s = m_settings->begin(); !s)
        return s;

    m_tables[Companies] = std::make_unique<BulkInsert>(
        m_handle, "companies",
        "id, uuid, name, sort_key, phone, website, address, created_at, updated_at", 9);
    m_tables[Customers] = std::make_unique<BulkInsert>(
        m_handle, "customers",
        "id, uuid, name, sort_key, email, phone, phone_digits, city, address, company_id, owner, "
        "opted_out, notes, created_at, updated_at, search_text",
        16);
    m_tables[Products] = std::make_unique<BulkInsert>(
        m_handle, "products",
        "id, uuid, sku, name, sort_key, category, price_minor, currency, created_at, updated_at",
        10);
    m_tables[Orders] = std::make_unique<BulkInsert>(
        m_handle, "orders",
        "id, uuid, number, customer_id, ordered_on, status, currency, total_minor, created_at, "
        "updated_at",
        10);
    m_tables[OrderLines] = std::make_unique<BulkInsert>(
        m_handle, "order_lines", "id, order_id, product_id, position, quantity, unit_price_minor",
        6);
    m_tables[Customers]->addParent(m_tables[Companies].get());
    m_tables[Orders]->addParent(m_tables[Customers].get());
    m_tables[OrderLines]->addParent(m_tables[Products].get());
    m_tables[OrderLines]->addParent(m_tables[Orders].get());
    for (auto& table : m_tables) {
        if (Status s = table->prepare(); !s)
            return s;
    }
    return {};
}

Status DemoWriter::flush()
{
    for (auto& table : m_tables) { // parents flush first
        if (table) {
            if (Status s = table->flush(); !s)
                return s;
        }
    }
    return {};
}

Status DemoWriter::finish()
{
    for (auto& table : m_tables)
        table.reset(); // finalizes the statements
    if (!m_settings)
        return {};
    Status status = m_settings->end();
    m_settings.reset();
    return status;
}

namespace {

Status notPrepared()
{
    return Error::make(Error::Code::InvalidArgument,
                       QStringLiteral("DemoWriter used before prepare()"));
}

} // namespace

Status DemoWriter::insert(const DemoCompanyRow& row)
{
    if (!m_tables[Companies])
        return notPrepared();
    return m_tables[Companies]->add({row.id, row.uuid, row.name, row.sortKey, row.phone,
                                     row.website, row.address, row.createdAt, row.createdAt});
}

Status DemoWriter::insert(const DemoCustomerRow& row)
{
    if (!m_tables[Customers])
        return notPrepared();
    return m_tables[Customers]->add({row.id, row.uuid, row.name, row.sortKey, row.email, row.phone,
                                     row.phoneDigits, row.city, row.address, row.companyId,
                                     row.owner, row.optedOut, row.notes, row.createdAt,
                                     row.createdAt, row.searchText});
}

Status DemoWriter::insert(const DemoProductRow& row)
{
    if (!m_tables[Products])
        return notPrepared();
    return m_tables[Products]->add({row.id, row.uuid, row.sku, row.name, row.sortKey, row.category,
                                    row.priceMinor, QStringLiteral("CNY"), row.createdAt,
                                    row.createdAt});
}

Status DemoWriter::insert(const DemoOrderRow& row)
{
    if (!m_tables[Orders])
        return notPrepared();
    return m_tables[Orders]->add({row.id, row.uuid, row.number, row.customerId, row.orderedOn,
                                  row.status, QStringLiteral("CNY"), row.totalMinor, row.createdAt,
                                  row.createdAt});
}

Status DemoWriter::insert(const DemoOrderLineRow& row)
{
    if (!m_tables[OrderLines])
        return notPrepared();
    return m_tables[OrderLines]->add(
        {row.id, row.orderId, row.productId, row.position, row.quantity, row.unitPriceMinor});
}

} // namespace rapport::core
