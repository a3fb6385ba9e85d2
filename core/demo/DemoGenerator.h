#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace rapport::core {

struct DemoOptions
{
    std::int64_t customers = 2000;
    std::uint64_t seed = 1;
    // The last day with orders. Fixed (not "today"), so a seed gives the same
    // database whenever it is generated; orders span the two years before it.
    QDate referenceDate = QDate(2026, 6, 30);
};

// What a generation produced and what was planted in it, for tests and the
// `rapport-cli demo --json` output.
struct DemoReport
{
    struct Rule
    {
        QStringList antecedentSkus;
        QStringList antecedentNames;
        QString consequentSku;
        QString consequentName;
        double confidence = 0;
        QString story;
    };
    struct Segment
    {
        QString key;
        QString description;
        double share = 0;
        double ordersPerMonth = 0;
        double dropoutPerOrder = 0;
        int startWindowDays = 0;
        int activeDaysMin = 0;
        int activeDaysMax = 0;
        QString spend;
        double meanItemsPerOrder = 0; // before the planted rules add or remove items
        double meanQuantity = 0;
        std::int64_t customers = 0; // how many were generated
        std::int64_t orders = 0;
    };

    std::uint64_t seed = 0;
    QDate firstDate;
    QDate referenceDate;
    std::int64_t customers = 0;
    std::int64_t companies = 0;
    std::int64_t products = 0;
    std::int64_t orders = 0;
    std::int64_t orderLines = 0;
    QList<Rule> rules;
    QList<Segment> segments;

    QJsonObject toJson() const;
};

// Fills an empty Rapport database with a realistic, deterministic company: the
// same options give the same rows, byte for byte. Companies (one per twenty
// customers), customers with Chinese and English names, forty bilingual
// products in eight categories, and two years of orders whose baskets carry
// planted co-purchase rules and whose timing follows per-segment buying
// processes (see DemoCatalog), so mining and scoring can be tested on
// recovering them. One transaction: a cancel or an error leaves the file empty.
class DemoGenerator
{
public:
    static Result<DemoReport> generate(const QSqlDatabase& db, const DemoOptions& options,
                                       Progress& progress);

    // The report a generation with these options would describe, without the
    // counts (rules and segment parameters only).
    static DemoReport plan(const DemoOptions& options);
};

} // namespace rapport::core
