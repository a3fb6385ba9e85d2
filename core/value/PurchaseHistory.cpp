#include "value/PurchaseHistory.h"

#include <algorithm>
#include <limits>

namespace rapport::core::value {

std::int32_t PurchaseHistory::firstDay() const
{
    return days.empty() ? 0 : *std::min_element(days.begin(), days.end());
}

std::int32_t PurchaseHistory::lastDay() const
{
    return days.empty() ? 0 : *std::max_element(days.begin(), days.end());
}

void PurchaseHistoryBuilder::add(std::int64_t customerKey, std::int32_t day, double amount,
                                 std::uint8_t mainCategory)
{
    m_rows.push_back({customerKey, day, mainCategory, amount});
}

PurchaseHistory PurchaseHistoryBuilder::build(bool withCategories)
{
    std::sort(m_rows.begin(), m_rows.end(), [](const Row& l, const Row& r) {
        if (l.customer != r.customer)
            return l.customer < r.customer;
        if (l.day != r.day)
            return l.day < r.day;
        return l.amount > r.amount; // the day's largest first: it names the category
    });
    PurchaseHistory history;
    history.customerLabels = std::move(m_labels);
    history.categoryNames = std::move(m_categoryNames);
    std::int64_t customer = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        if (row.customer != customer) {
            customer = row.customer;
            history.customerKeys.push_back(customer);
            history.starts.push_back(static_cast<std::uint32_t>(history.days.size()));
        } else if (row.day == history.days.back()) {
            history.amounts.back() += row.amount;
            continue;
        }
        history.days.push_back(row.day);
        history.amounts.push_back(row.amount);
        if (withCategories)
            history.mainCategories.push_back(row.category);
    }
    history.starts.push_back(static_cast<std::uint32_t>(history.days.size()));
    m_rows.clear();
    m_rows.shrink_to_fit();
    return history;
}

double daysPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 365.25 / 12.0;
    }
    return 7.0;
}

QString timeUnitKey(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return QStringLiteral("day");
    case TimeUnit::Week:
        return QStringLiteral("week");
    case TimeUnit::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("week");
}

bool timeUnitFromKey(const QString& key, TimeUnit* unit)
{
    for (TimeUnit candidate : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month}) {
        if (key == timeUnitKey(candidate)) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}

} // namespace rapport::core::value
