#include "domain/Entities.h"

namespace rapport::core {

QString orderStatusKey(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Shipped:
        return QStringLiteral("shipped");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

std::optional<OrderStatus> orderStatusFromKey(const QString& key)
{
    for (OrderStatus s :
         {OrderStatus::Open, OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Cancelled}) {
        if (orderStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

} // namespace rapport::core
