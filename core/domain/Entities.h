#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace rapport::core {

using RowId = std::int64_t;

// Value types for the rows users keep. Ids are 0 until stored; uuid and
// timestamps are filled in by the repositories.

struct Company
{
    RowId id = 0;
    QString uuid;
    QString name;
    QString phone;
    QString website;
    QString address;
    QString notes;
    QString custom = QStringLiteral("{}"); // JSON object of user-defined fields
};

struct Customer
{
    RowId id = 0;
    QString uuid;
    QString name;
    QString code; // the customer number another system gave them ('' when none)
    QString email;
    QString phone;
    QString city;
    QString address;
    std::optional<RowId> companyId;
    QString companyName; // read side only: the company's name, joined in
    QString owner;
    bool optedOut = false;
    QString notes;
    QString custom = QStringLiteral("{}"); // JSON object of user-defined fields
    QString createdAt;
    QString updatedAt;
};

struct Product
{
    RowId id = 0;
    QString uuid;
    QString sku;
    QString name;
    QString category;
    Money price;
    QString custom = QStringLiteral("{}"); // JSON object of user-defined fields
};

enum class OrderStatus { Open, Paid, Shipped, Cancelled };
QString orderStatusKey(OrderStatus status);
std::optional<OrderStatus> orderStatusFromKey(const QString& key);

struct OrderLine
{
    RowId id = 0;
    RowId productId = 0;
    QString productName; // read side only
    std::int64_t quantity = 1;
    std::int64_t unitPriceMinor = 0;

    std::int64_t totalMinor() const { return quantity * unitPriceMinor; }
};

struct Order
{
    RowId id = 0;
    QString uuid;
    QString number;
    RowId customerId = 0;
    QString customerName; // read side only
    QDate orderedOn;      // a calendar date, no time zone
    OrderStatus status = OrderStatus::Open;
    QString currency = QStringLiteral("CNY");
    QString notes;
    QList<OrderLine> lines;
    std::int64_t totalMinor = 0;           // read side: sum of the lines
    QString custom = QStringLiteral("{}"); // JSON object of user-defined fields

    std::int64_t linesTotalMinor() const
    {
        std::int64_t sum = 0;
        for (const OrderLine& line : lines)
            sum += line.totalMinor();
        return sum;
    }
};

struct Tag
{
    RowId id = 0;
    QString name;
    QString color; // #rrggbb
};

} // namespace rapport::core
