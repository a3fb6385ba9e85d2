#include "storage/StatsRepository.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace rapport::core {

Result<Stats> StatsRepository::counts() const
{
    // Counting live order lines joins orders; the partial indexes make the
    // other counts index-only.
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE deleted_at IS NULL), "
                           "(SELECT count(*) FROM companies WHERE deleted_at IS NULL), "
                           "(SELECT count(*) FROM products WHERE deleted_at IS NULL), "
                           "(SELECT count(*) FROM orders WHERE deleted_at IS NULL), "
                           "(SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                           "WHERE o.deleted_at IS NULL)"));
        !s)
        return s.error();
    q.next();
    Stats stats;
    stats.customers = q.value(0).toLongLong();
    stats.companies = q.value(1).toLongLong();
    stats.products = q.value(2).toLongLong();
    stats.orders = q.value(3).toLongLong();
    stats.orderLines = q.value(4).toLongLong();
    return stats;
}

} // namespace rapport::core
