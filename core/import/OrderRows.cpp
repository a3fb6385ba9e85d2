// Orders from line-level files: one row per order line, the order's number,
// date and customer repeated on each (like most shop and ERP exports, and the
// UCI Online Retail data). Rows of one order are gathered until the number
// changes, then the order is judged as a whole:
//  - an order whose every line has a negative quantity is a cancellation (a
//    credit note, "C536379" in the UCI data): it is stored with status
//    cancelled and the quantities as positive numbers, so it stays on the
//    customer's history but never counts as a sale;
//  - a negative line inside an order that also sells is rejected with that
//    reason: a return belongs in its own cancellation;
//  - customers and products the rows name but the database lacks are created;
//  - an order number that exists already is skipped, so importing the same file
//    twice changes nothing.
#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "import/RowHandler.h"
#include "storage/ImportStore.h"
#include "storage/Repository.h"
#include "storage/SearchText.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace rapport::core::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::import::OrderRows)
};

struct PendingLine
{
    csv::Record record;
    QString sku, productName, currency;
    std::int64_t quantity = 0, unitPriceMinor = 0;
};

struct PendingOrder
{
    QString number;
    QString date; // ISO 8601
    QString customerCode, customerEmail, customerName, status, notes;
    std::vector<PendingLine> lines;
};

struct StoredOrder
{
    RowId id = 0;
    RowId customerId = 0;
    int nextPosition = 0;
    QString currency;
    bool cancelled = false;
};

class OrderHandler final : public RowHandler
{
public:
    explicit OrderHandler(ImportContext& context)
        : m_ctx(context)
        , f_number(context.cleaner.indexOf(QStringLiteral("number")))
        , f_date(context.cleaner.indexOf(QStringLiteral("date")))
        , f_customer(context.cleaner.indexOf(QStringLiteral("customer")))
        , f_customerCode(context.cleaner.indexOf(QStringLiteral("customer_code")))
        , f_customerEmail(context.cleaner.indexOf(QStringLiteral("customer_email")))
        , f_status(context.cleaner.indexOf(QStringLiteral("status")))
        , f_currency(context.cleaner.indexOf(QStringLiteral("currency")))
        , f_sku(context.cleaner.indexOf(QStringLiteral("sku")))
        , f_product(context.cleaner.indexOf(QStringLiteral("product")))
        , f_quantity(context.cleaner.indexOf(QStringLiteral("quantity")))
        , f_unitPrice(context.cleaner.indexOf(QStringLiteral("unit_price")))
        , f_notes(context.cleaner.indexOf(QStringLiteral("notes")))
    {}

    Status prepare() override
    {
        if (Status s = m_ctx.store.forEachCustomer(
                [this](RowId id, const QString& code, const QString& email, const QString&,
                       const QString& name,
                       std::optional<RowId>) { rememberCustomer(id, code, email, name); });
            !s)
            return s;
        if (Status s =
                m_ctx.store.forEachProduct([this](RowId id, const QString& sku, bool deleted) {
                    m_products.insert(sku, deleted ? -id : id);
                });
            !s)
            return s;
        return m_ctx.store.forEachOrder([this](RowId id, const QString& number, bool deleted) {
            m_existingOrders.insert(number, deleted ? -id : id);
        });
    }

    Status handle(const CleanRow& row, const csv::Record& record) override
    {
        for (const auto& [field, key] : {std::pair{f_number, "number"},
                                         {f_date, "date"},
                                         {f_sku, "sku"},
                                         {f_quantity, "quantity"},
                                         {f_unitPrice, "unit_price"}}) {
            if (!row[field].present)
                return m_ctx.reject(
                    record, m_ctx.cleaner.columnLabel(QLatin1String(key)),
                    Text::tr("Every order line needs %1.").arg(fieldLabel(QLatin1String(key))));
        }
        if (row[f_number].text != m_pending.number) {
            if (Status s = finishPending(); !s)
                return s;
            m_pending = PendingOrder();
            m_pending.number = row[f_number].text;
            m_pending.date = row[f_date].text;
            m_pending.customerCode = row[f_customerCode].text;
            m_pending.customerEmail = row[f_customerEmail].text;
            m_pending.customerName = row[f_customer].text;
            m_pending.status = row[f_status].text;
            m_pending.notes = row[f_notes].text;
        }
        PendingLine line;
        line.record = record;
        line.sku = row[f_sku].text;
        line.productName = row[f_product].text;
        line.quantity = row[f_quantity].integer;
        line.unitPriceMinor = row[f_unitPrice].integer;
        line.currency = row[f_unitPrice].currency;
        m_pending.lines.push_back(std::move(line));
        return {};
    }

    Status finish() override
    {
        if (Status s = finishPending(); !s)
            return s;
        return m_ctx.store.flush();
    }

private:
    void rememberCustomer(RowId id, const QString& code, const QString& email, const QString& name)
    {
        if (!code.isEmpty())
            m_byCode.insert(code.toCaseFolded(), id);
        if (!email.isEmpty())
            m_byEmail.insert(email, id);
        const QString key = keys::name(name);
        const auto found = m_byName.constFind(key);
        m_byName.insert(key, found == m_byName.constEnd() ? id : -1); // -1: ambiguous
    }

    Status rejectAll(const QString& column, const QString& reason)
    {
        for (const PendingLine& line : m_pending.lines) {
            if (Status s = m_ctx.reject(line.record, column, reason); !s)
                return s;
        }
        return {};
    }

    // The customer an order belongs to: by number, then e-mail, then name;
    // created when the row names one that does not exist. 0 with `why` set when
    // the rows name no usable customer.
    Result<RowId> customerOf(const PendingOrder& order, QString* why)
    {
        if (!order.customerCode.isEmpty()) {
            if (RowId id = m_byCode.value(order.customerCode.toCaseFolded()))
                return id;
        }
        if (!order.customerEmail.isEmpty()) {
            if (RowId id = m_byEmail.value(order.customerEmail))
                return id;
        }
        QString name = order.customerName;
        if (order.customerCode.isEmpty() && order.customerEmail.isEmpty()) {
            if (name.isEmpty())
                name = m_ctx.options.walkInCustomer.trimmed();
            if (name.isEmpty()) {
                *why = Text::tr("The order names no customer (map a customer, customer number or "
                                "e-mail column, or choose a walk-in customer for such orders).");
                return RowId(0);
            }
            const RowId id = m_byName.value(keys::name(name));
            if (id > 0)
                return id;
            if (id < 0) {
                *why = Text::tr("More than one customer is named “%1”; give a customer number "
                                "or e-mail to tell them apart.")
                           .arg(name);
                return RowId(0);
            }
        }
        if (name.isEmpty())
            name = !order.customerCode.isEmpty() ? Text::tr("Customer %1").arg(order.customerCode)
                                                 : order.customerEmail;
        ImportedCustomer c;
        c.id = m_ctx.store.takeId(ImportStore::Customers);
        c.uuid = Repository::newUuid();
        c.name = name;
        c.code = order.customerCode;
        c.sortKey = personSortKeyFor(name);
        c.email = order.customerEmail;
        c.custom = QStringLiteral("{}");
        c.searchText = search::indexText(c.name, c.email, QString(), QString(), QString());
        if (Status s = m_ctx.store.insert(c); !s)
            return s.error();
        rememberCustomer(c.id, c.code, c.email, c.name);
        ++m_ctx.report.customersCreated;
        return c.id;
    }

    Result<RowId> productOf(const PendingLine& line, QString* why)
    {
        const RowId found = m_products.value(line.sku);
        if (found > 0)
            return found;
        if (found < 0) {
            *why =
                Text::tr("The product with SKU “%1” was deleted; restore it first.").arg(line.sku);
            return RowId(0);
        }
        ImportedProduct p;
        p.id = m_ctx.store.takeId(ImportStore::Products);
        p.uuid = Repository::newUuid();
        p.sku = line.sku;
        p.name = line.productName.isEmpty() ? line.sku : line.productName;
        p.sortKey = sortKeyFor(p.name);
        p.priceMinor = line.unitPriceMinor;
        p.currency = line.currency;
        if (Status s = m_ctx.store.insert(p); !s)
            return s.error();
        m_products.insert(p.sku, p.id);
        ++m_ctx.report.productsCreated;
        return p.id;
    }

    Status finishPending()
    {
        if (m_pending.lines.empty())
            return {};
        const QString numberLabel = m_ctx.cleaner.columnLabel(QStringLiteral("number"));
        const RowId existing = m_existingOrders.value(m_pending.number);
        if (existing < 0)
            return rejectAll(numberLabel, Text::tr("Order %1 was deleted; restore it before "
                                                   "importing it again.")
                                              .arg(m_pending.number));
        if (existing > 0) {
            const int n = static_cast<int>(m_pending.lines.size());
            m_ctx.report.duplicatesByRule[QStringLiteral("number")] += n;
            if (m_ctx.options.onDuplicate == OnDuplicate::Create)
                return rejectAll(numberLabel, Text::tr("Order %1 exists already, and order "
                                                       "numbers are unique.")
                                                  .arg(m_pending.number));
            m_ctx.report.skipped += n; // orders are never changed by an import
            return {};
        }

        // Lines that cannot be stored whatever the order is.
        std::vector<const PendingLine*> lines;
        const QString quantityLabel = m_ctx.cleaner.columnLabel(QStringLiteral("quantity"));
        const QString priceLabel = m_ctx.cleaner.columnLabel(QStringLiteral("unit_price"));
        for (const PendingLine& line : m_pending.lines) {
            if (line.quantity == 0) {
                if (Status s = m_ctx.reject(line.record, quantityLabel,
                                            Text::tr("A quantity of 0 sells nothing."));
                    !s)
                    return s;
            } else if (line.unitPriceMinor < 0) {
                if (Status s = m_ctx.reject(line.record, priceLabel,
                                            Text::tr("A negative unit price is an accounting "
                                                     "adjustment, not a sale."));
                    !s)
                    return s;
            } else {
                lines.push_back(&line);
            }
        }
        const bool cancellation =
            !lines.empty() && std::all_of(lines.begin(), lines.end(), [](const PendingLine* l) {
                return l->quantity < 0;
            });
        if (!cancellation) {
            std::vector<const PendingLine*> kept;
            for (const PendingLine* line : lines) {
                if (line->quantity < 0) {
                    if (Status s = m_ctx.reject(
                            line->record, quantityLabel,
                            Text::tr("A negative quantity in order %1, which also sells: a "
                                     "return belongs in its own cancelled order.")
                                .arg(m_pending.number));
                        !s)
                        return s;
                } else {
                    kept.push_back(line);
                }
            }
            lines.swap(kept);
        }
        if (lines.empty())
            return {};

        const QString currency = lines.front()->currency;
        const auto earlier = m_runOrders.find(m_pending.number);
        const bool isNew = earlier == m_runOrders.end();
        StoredOrder order = isNew ? StoredOrder() : earlier.value();
        if (isNew) {
            QString why;
            auto customer = customerOf(m_pending, &why);
            if (!customer)
                return customer.error();
            if (*customer == 0)
                return rejectAllOf(lines, customerColumn(), why);
            order.id = m_ctx.store.takeId(ImportStore::Orders);
            order.customerId = *customer;
            order.currency = currency;
            order.cancelled = cancellation;
        }
        std::vector<ImportedOrderLine> stored;
        std::int64_t total = 0;
        for (const PendingLine* line : lines) {
            if (line->currency != order.currency) {
                if (Status s =
                        m_ctx.reject(line->record, priceLabel,
                                     Text::tr("Order %1 is in %2; this line is in %3.")
                                         .arg(m_pending.number, order.currency, line->currency));
                    !s)
                    return s;
                continue;
            }
            QString why;
            auto product = productOf(*line, &why);
            if (!product)
                return product.error();
            if (*product == 0) {
                if (Status s = m_ctx.reject(line->record,
                                            m_ctx.cleaner.columnLabel(QStringLiteral("sku")), why);
                    !s)
                    return s;
                continue;
            }
            ImportedOrderLine l;
            l.orderId = order.id;
            l.productId = *product;
            l.position = order.nextPosition++;
            l.quantity = std::abs(line->quantity);
            l.unitPriceMinor = line->unitPriceMinor;
            total += l.quantity * l.unitPriceMinor;
            stored.push_back(l);
        }
        if (stored.empty())
            return {};
        if (isNew) {
            ImportedOrder o;
            o.id = order.id;
            o.uuid = Repository::newUuid();
            o.number = m_pending.number;
            o.customerId = order.customerId;
            o.orderedOn = m_pending.date;
            o.status = cancellation                 ? QStringLiteral("cancelled")
                       : m_pending.status.isEmpty() ? QStringLiteral("paid")
                                                    : m_pending.status;
            o.currency = order.currency;
            o.totalMinor = total;
            o.notes = m_pending.notes;
            if (Status s = m_ctx.store.insert(o); !s)
                return s;
            ++m_ctx.report.ordersCreated;
            if (cancellation)
                ++m_ctx.report.cancellations;
        }
        for (const ImportedOrderLine& l : stored) {
            if (Status s = m_ctx.store.insert(l); !s)
                return s;
            ++m_ctx.report.inserted;
            ++m_ctx.report.orderLines;
        }
        m_runOrders.insert(m_pending.number, order);
        if (!isNew)
            return m_ctx.store.addToOrderTotal(order.id, total);
        return {};
    }

    // Which column to blame for a missing customer: the one the file has.
    QString customerColumn() const
    {
        for (const char* key : {"customer_code", "customer_email", "customer"}) {
            if (m_ctx.cleaner.maps(QLatin1String(key)))
                return m_ctx.cleaner.columnLabel(QLatin1String(key));
        }
        return fieldLabel(QStringLiteral("customer"));
    }

    Status rejectAllOf(const std::vector<const PendingLine*>& lines, const QString& column,
                       const QString& reason)
    {
        for (const PendingLine* line : lines) {
            if (Status s = m_ctx.reject(line->record, column, reason); !s)
                return s;
        }
        return {};
    }

    ImportContext& m_ctx;
    const int f_number, f_date, f_customer, f_customerCode, f_customerEmail, f_status, f_currency,
        f_sku, f_product, f_quantity, f_unitPrice, f_notes;
    PendingOrder m_pending;
    QHash<QString, RowId> m_byCode, m_byEmail, m_byName; // m_byName: -1 when ambiguous
    QHash<QString, RowId> m_products;                    // negative: deleted
    QHash<QString, RowId> m_existingOrders;              // negative: deleted
    QHash<QString, StoredOrder> m_runOrders;
};

} // namespace

std::unique_ptr<RowHandler> makeOrderHandler(ImportContext& context)
{
    return std::make_unique<OrderHandler>(context);
}

} // namespace rapport::core::import
