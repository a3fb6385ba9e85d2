#include "storage/OrderRepository.h"

#include "domain/ContactRules.h"
#include "storage/AuditLog.h"
#include "storage/AuditSnapshots.h"
#include "storage/CustomValues.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {

namespace {

// User-visible messages, translated in the "rapport::core::OrderRepository" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::OrderRepository)
};

const QString kOrders = QStringLiteral("orders");

QVariant big(std::int64_t value)
{
    return QVariant::fromValue<qlonglong>(value);
}

// A taken order number is the user's to fix: a validation error on the field.
Error numberTakenOr(const Error& error, const QString& number)
{
    if (error.code != Error::Code::Conflict)
        return error;
    return Error::validation(QStringLiteral("number"),
                             Text::tr("Another order already has the number “%1”.").arg(number));
}

Result<QString> nextOrderNumber(const QSqlDatabase& db)
{
    auto next = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM orders"));
    if (!next)
        return next.error();
    for (qlonglong n = next->toLongLong();; ++n) {
        const QString number = QStringLiteral("SO-%1").arg(n, 6, 10, QLatin1Char('0'));
        auto taken = sql::scalar(db, QStringLiteral("SELECT count(*) FROM orders WHERE number = ?"),
                                 {number});
        if (!taken)
            return taken.error();
        if (taken->toInt() == 0)
            return number;
    }
}

Status writeLines(const QSqlDatabase& db, RowId orderId, const QList<OrderLine>& lines)
{
    if (Status s = sql::execOnce(db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"),
                                 {big(orderId)});
        !s)
        return s;
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO order_lines (order_id, product_id, position, "
                                       "quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?)")))
        return sql::errorFrom(insert);
    int position = 0;
    for (const OrderLine& line : lines) {
        sql::bind(insert, 0, big(orderId));
        sql::bind(insert, 1, big(line.productId));
        sql::bind(insert, 2, position++);
        sql::bind(insert, 3, big(line.quantity));
        sql::bind(insert, 4, big(line.unitPriceMinor));
        if (Status s = sql::exec(insert); !s)
            return s;
    }
    return {};
}

Status checkReferences(const QSqlDatabase& db, const Order& order)
{
    auto customer = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NULL"),
        {big(order.customerId)});
    if (!customer)
        return customer.error();
    if (customer->toInt() == 0)
        return Error::validation(QStringLiteral("customer"),
                                 Text::tr("The order's customer does not exist."));
    for (int i = 0; i < order.lines.size(); ++i) {
        auto product = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM products WHERE id = ? AND deleted_at IS NULL"),
            {big(order.lines[i].productId)});
        if (!product)
            return product.error();
        if (product->toInt() == 0)
            return Error::validation(QStringLiteral("lines"),
                                     Text::tr("Line %1: the product does not exist.").arg(i + 1));
    }
    return {};
}

} // namespace

Status OrderRepository::validate(const Order& order)
{
    if (order.customerId <= 0)
        return Error::validation(QStringLiteral("customer"),
                                 Text::tr("An order needs a customer."));
    if (!order.orderedOn.isValid())
        return Error::validation(QStringLiteral("date"), Text::tr("An order needs a valid date."));
    if (order.lines.isEmpty())
        return Error::validation(QStringLiteral("lines"),
                                 Text::tr("An order needs at least one line."));
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        if (line.productId <= 0)
            return Error::validation(QStringLiteral("lines"),
                                     Text::tr("Line %1 has no product.").arg(i + 1));
        if (line.quantity <= 0)
            return Error::validation(
                QStringLiteral("lines"),
                Text::tr("Line %1: the quantity must be at least 1.").arg(i + 1));
        if (line.unitPriceMinor < 0)
            return Error::validation(QStringLiteral("lines"),
                                     Text::tr("Line %1: the price cannot be negative.").arg(i + 1));
    }
    if (order.currency.trimmed().size() != 3)
        return Error::validation(QStringLiteral("currency"),
                                 Text::tr("A currency is a three-letter code such as CNY or USD."));
    return {};
}

Result<RowId> OrderRepository::create(Order order)
{
    order.number = contact::simplified(order.number);
    if (Status s = validate(order); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = checkReferences(m_db, order); !s)
        return s.error();
    if (order.number.isEmpty()) {
        auto number = nextOrderNumber(m_db);
        if (!number)
            return number.error();
        order.number = *number;
    }
    auto custom = customvalues::prepare(m_db, FieldEntity::Orders, order.custom, true);
    if (!custom)
        return custom.error();
    if (order.uuid.isEmpty())
        order.uuid = newUuid();
    const QString stamp = now();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("INSERT INTO orders (uuid, number, customer_id, ordered_on, status, "
                           "currency, total_minor, notes, custom, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {order.uuid, order.number, big(order.customerId), order.orderedOn.toString(Qt::ISODate),
             orderStatusKey(order.status), order.currency.trimmed().toUpper(),
             big(order.linesTotalMinor()), order.notes.trimmed(), custom->json, stamp, stamp});
        !s)
        return numberTakenOr(s.error(), order.number);
    const RowId id = q.lastInsertId().toLongLong();
    if (Status s = writeLines(m_db, id, order.lines); !s)
        return s.error();
    // The create row names what was ordered (the lines are what an order is).
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s =
            AuditLog::record(m_db, kOrders, id, AuditLog::Action::Create, QStringLiteral("lines"),
                             {}, AuditLog::json(audit::linesSummary(*stored)), stamp);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    notify(Entity::Order, id);
    return id;
}

Status OrderRepository::update(Order order)
{
    order.number = contact::simplified(order.number);
    if (Status s = validate(order); !s)
        return s;
    if (order.number.isEmpty())
        return Error::validation(QStringLiteral("number"), Text::tr("An order needs a number."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = checkReferences(m_db, order); !s)
        return s;
    auto custom = customvalues::prepare(m_db, FieldEntity::Orders, order.custom, false);
    if (!custom)
        return custom.error();
    // The stored order before and after, for the audit log's diff.
    const auto before = get(order.id);
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("UPDATE orders SET number = ?, customer_id = ?, ordered_on = ?, "
                           "status = ?, currency = ?, total_minor = ?, notes = ?, custom = ?, "
                           "updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
            {order.number, big(order.customerId), order.orderedOn.toString(Qt::ISODate),
             orderStatusKey(order.status), order.currency.trimmed().toUpper(),
             big(order.linesTotalMinor()), order.notes.trimmed(), custom->json, now(),
             big(order.id)});
        !s)
        return numberTakenOr(s.error(), order.number);
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, Text::tr("This order was deleted meanwhile."));
    if (Status s = writeLines(m_db, order.id, order.lines); !s)
        return s;
    if (before) {
        auto after = get(order.id);
        if (!after)
            return after.error();
        if (Status s = AuditLog::recordUpdate(m_db, kOrders, order.id, audit::snapshot(*before),
                                              audit::snapshot(*after), now());
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    notify(Entity::Order, order.id);
    return {};
}

Status OrderRepository::remove(RowId id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // The delete row keeps what the order held (an order is its lines).
    auto stored = get(id);
    const QString lines = stored ? AuditLog::json(audit::linesSummary(*stored)) : QString();
    if (Status s =
            softDelete(kOrders, Entity::Order, id, Text::tr("This order does not exist."), lines);
        !s)
        return s;
    return tx.commit();
}

Status OrderRepository::restore(RowId id)
{
    return restoreDeleted(QStringLiteral("orders"), Entity::Order, id,
                          Text::tr("There is no deleted order to restore."));
}

Result<Order> OrderRepository::get(RowId id) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT o.id, o.uuid, o.number, o.customer_id, c.name, "
                                            "o.ordered_on, o.status, o.currency, o.notes, "
                                            "o.total_minor, o.custom FROM orders o JOIN "
                                            "customers c ON "
                                            "c.id = o.customer_id "
                                            "WHERE o.id = ? AND o.deleted_at IS NULL"),
                             {big(id)});
        !s)
        return s.error();
    if (!q.next())
        return Error::make(Error::Code::NotFound, Text::tr("This order does not exist."));
    Order order;
    order.id = q.value(0).toLongLong();
    order.uuid = q.value(1).toString();
    order.number = q.value(2).toString();
    order.customerId = q.value(3).toLongLong();
    order.customerName = q.value(4).toString();
    order.orderedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    order.status = orderStatusFromKey(q.value(6).toString()).value_or(OrderStatus::Open);
    order.currency = q.value(7).toString();
    order.notes = q.value(8).toString();
    order.totalMinor = q.value(9).toLongLong();
    order.custom = q.value(10).toString();

    QSqlQuery lines(m_db);
    if (Status s = sql::exec(lines,
                             QStringLiteral("SELECT l.id, l.product_id, p.name, l.quantity, "
                                            "l.unit_price_minor FROM order_lines l JOIN products p "
                                            "ON p.id = l.product_id WHERE l.order_id = ? "
                                            "ORDER BY l.position, l.id"),
                             {big(id)});
        !s)
        return s.error();
    while (lines.next()) {
        order.lines << OrderLine{lines.value(0).toLongLong(), lines.value(1).toLongLong(),
                                 lines.value(2).toString(), lines.value(3).toLongLong(),
                                 lines.value(4).toLongLong()};
    }
    if (Status s = sql::finished(lines); !s)
        return s.error();
    return order;
}

Result<QList<Order>> OrderRepository::forCustomer(RowId customerId) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT id, uuid, number, ordered_on, status, currency, "
                                     "total_minor FROM orders WHERE customer_id = ? AND "
                                     "deleted_at IS NULL ORDER BY ordered_on DESC, id DESC"),
                      {big(customerId)});
        !s)
        return s.error();
    QList<Order> result;
    while (q.next()) {
        Order order;
        order.id = q.value(0).toLongLong();
        order.uuid = q.value(1).toString();
        order.number = q.value(2).toString();
        order.customerId = customerId;
        order.orderedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        order.status = orderStatusFromKey(q.value(4).toString()).value_or(OrderStatus::Open);
        order.currency = q.value(5).toString();
        order.totalMinor = q.value(6).toLongLong();
        result << order;
    }
    if (Status s = sql::finished(q); !s)
        return s.error();
    return result;
}

TableDef OrderRepository::tableDef()
{
    TableDef def;
    def.from = QStringLiteral("orders o");
    def.idExpr = QStringLiteral("o.id");
    def.baseWhere = QStringLiteral("o.deleted_at IS NULL");
    def.columns = {
        {QStringLiteral("date"), QStringLiteral("o.ordered_on"), QStringLiteral("o.ordered_on")},
        {QStringLiteral("number"), QStringLiteral("o.number"), QStringLiteral("o.number")},
        {QStringLiteral("customer"),
         QStringLiteral("(SELECT name FROM customers WHERE id = o.customer_id)"), QString()},
        {QStringLiteral("status"), QStringLiteral("o.status"), QString()},
        {QStringLiteral("total"), QStringLiteral("o.total_minor"), QStringLiteral("o.total_minor")},
        {QStringLiteral("currency"), QStringLiteral("o.currency"), QString()},
    };
    def.filters = {{QStringLiteral("customer"), QStringLiteral("o.customer_id = ?")}};
    using Kind = FilterField::Kind;
    def.filterFields = {
        {QStringLiteral("number"), QStringLiteral("o.number"), Kind::Text, {}},
        {QStringLiteral("customer"),
         QStringLiteral("coalesce((SELECT name FROM customers WHERE id = o.customer_id), '')"),
         Kind::Text,
         {}},
        {QStringLiteral("date"), QStringLiteral("o.ordered_on"), Kind::Date, {}},
        {QStringLiteral("status"), QStringLiteral("o.status"), Kind::Choice, {}},
        // In major units, as products' price.
        {QStringLiteral("total"),
         QStringLiteral("(o.total_minor / CASE WHEN o.currency IN ('JPY', 'KRW') THEN 1.0 "
                        "ELSE 100.0 END)"),
         Kind::Number,
         {}},
    };
    return def;
}

} // namespace rapport::core
