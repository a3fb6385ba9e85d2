#pragma once

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace rapport::core::value {

// Every customer's purchases, one entry per distinct purchase day (same-day
// orders summed), days ascending within a customer. Struct of arrays: a million
// customers with a few million purchase days fit in tens of megabytes.
struct PurchaseHistory
{
    std::vector<std::int64_t> customerKeys; // database ids, or indices into customerLabels
    QStringList customerLabels;             // the ids as a transaction file spelled them
    std::vector<std::uint32_t> starts;      // customer i's days: [starts[i], starts[i + 1])
    std::vector<std::int32_t> days;         // Julian day numbers
    std::vector<double> amounts;            // spend that day, in major units
    // The day's main category (index into categoryNames, by spend), or
    // kNoCategory; empty when the source has no categories.
    std::vector<std::uint8_t> mainCategories;
    QStringList categoryNames;

    static constexpr std::uint8_t kNoCategory = 0xff;
    static constexpr int kMaxCategories = 16;

    std::size_t customerCount() const { return customerKeys.size(); }
    std::uint32_t begin(std::size_t customer) const { return starts[customer]; }
    std::uint32_t end(std::size_t customer) const { return starts[customer + 1]; }
    bool hasCategories() const { return !mainCategories.empty(); }
    std::int32_t firstDay() const;
    std::int32_t lastDay() const;
};

// Collects transactions in any order and sorts them into a PurchaseHistory.
class PurchaseHistoryBuilder
{
public:
    void add(std::int64_t customerKey, std::int32_t day, double amount,
             std::uint8_t mainCategory = PurchaseHistory::kNoCategory);
    void setCustomerLabels(QStringList labels) { m_labels = std::move(labels); }
    void setCategoryNames(QStringList names) { m_categoryNames = std::move(names); }
    std::size_t transactionCount() const { return m_rows.size(); }
    // The builder is spent afterwards. With categories, a day's main category
    // is the one of its largest transaction.
    PurchaseHistory build(bool withCategories);

private:
    struct Row
    {
        std::int64_t customer;
        std::int32_t day;
        std::uint8_t category;
        double amount;
    };
    std::vector<Row> m_rows;
    QStringList m_labels;
    QStringList m_categoryNames;
};

// How time is counted in the lifetime models (Fader & Hardie's convention:
// fractional units, weeks = days / 7, months = days / (365.25 / 12)).
enum class TimeUnit { Day, Week, Month };
double daysPer(TimeUnit unit);
QString timeUnitKey(TimeUnit unit);
bool timeUnitFromKey(const QString& key, TimeUnit* unit);

inline std::int32_t dayNumber(const QDate& date)
{
    return static_cast<std::int32_t>(date.toJulianDay());
}
inline QDate dateOf(std::int32_t day)
{
    return QDate::fromJulianDay(day);
}

} // namespace rapport::core::value
