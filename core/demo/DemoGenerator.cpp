#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoPeople.h"
#include "demo/DemoRandom.h"
#include "domain/ContactRules.h"
#include "domain/SortKey.h"
#include "storage/DemoWriter.h"
#include "storage/SearchText.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <array>
#include <vector>

namespace rapport::core {

namespace {

constexpr int kWindowDays = 730; // two years of orders
constexpr double kDaysPerMonth = 30.4375;
constexpr double kCompanyShare = 0.5; // customers who work at one of the companies
constexpr double kOptedOut = 0.04;
constexpr double kWithNotes = 0.03;
constexpr double kCancelled = 0.02;
constexpr int kProgressEvery = 4096;
constexpr std::int64_t kMaxCustomers = 50'000'000;

// Random streams, one per purpose, so changing how one thing is drawn does not
// reshuffle everything else.
enum Stream : std::uint64_t { Segments, People, Baskets, Stamps, Companies, OrderStamps };

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::DemoGenerator)
};

// A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits.
// Time-ordered, so rows inserted in time order append to the uuid index.
QString uuidV7(const QDateTime& when, DemoRandom& random)
{
    const auto ms = static_cast<std::uint64_t>(when.toMSecsSinceEpoch());
    const std::uint64_t hi = (ms << 16) | 0x7000u | (random.next() & 0x0fffu);
    const std::uint64_t lo = (random.next() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    std::array<uchar, 8> b{};
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<uchar>(lo >> (56 - 8 * i));
    const QUuid uuid(static_cast<uint>(hi >> 32), static_cast<ushort>(hi >> 16),
                     static_cast<ushort>(hi), b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
    return uuid.toString(QUuid::WithoutBraces);
}

QDateTime momentOn(qint64 julianDay, DemoRandom& random)
{
    // Business hours in China (UTC+8): 01:00-13:00 UTC.
    const int secs = random.between(3600, 13 * 3600);
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(0, 0).addSecs(secs), Qt::UTC)
        .addMSecs(random.below(1000));
}

// Running sums of product weights for each taste (matching categories weigh 3x).
struct Popularity
{
    std::array<std::vector<double>, 3> cumulative;

    Popularity()
    {
        const auto& products = DemoCatalog::products();
        const auto& categories = DemoCatalog::categories();
        for (int taste = 0; taste < 3; ++taste) {
            double sum = 0;
            for (const DemoProduct& p : products) {
                const DemoTaste t = categories.at(p.category).taste;
                const bool match = t != DemoTaste::Neutral && static_cast<int>(t) == taste;
                sum += p.weight * (match ? 3.0 : 1.0);
                cumulative[taste].push_back(sum);
            }
        }
    }
};

struct PlantedRule
{
    std::vector<int> antecedents;
    int consequent;
    double confidence;
};

// Orders are made customer by customer, then written in date order (so order
// ids and numbers follow the calendar, as in a real shop).
struct PendingOrder
{
    qint32 day;      // Julian day
    qint32 customer; // 0-based
    quint32 firstLine;
    quint8 lineCount;
};
struct PendingLine
{
    quint8 product;
    quint8 quantity;
};

class Generation
{
public:
    Generation(const QSqlDatabase& db, const DemoOptions& options, Progress& progress)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
        , m_writer(db)
        , m_report(DemoGenerator::plan(options))
    {
        for (const DemoRule& rule : DemoCatalog::rules()) {
            PlantedRule planted{{}, DemoCatalog::productIndex(rule.consequentSku), rule.confidence};
            for (const QString& sku : rule.antecedentSkus)
                planted.antecedents.push_back(DemoCatalog::productIndex(sku));
            m_rules.push_back(planted);
        }
    }

    Result<DemoReport> run();

private:
    Result<DemoReport> load();
    Status products();
    Status companies();
    Status customers();
    Status orders();
    bool cancelled(std::int64_t done, std::int64_t total, const QString& stage);
    void makeOrders(qint32 customer, const DemoSegment& segment, int taste, qint64 start);
    void makeBasket(const DemoSegment& segment, int taste);

    QSqlDatabase m_db;
    const DemoOptions& m_options;
    Progress& m_progress;
    DemoWriter m_writer;
    DemoReport m_report;
    std::vector<PlantedRule> m_rules;
    Popularity m_popularity;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    std::vector<DemoCompany> m_companies;
    std::vector<PendingOrder> m_orders;
    std::vector<PendingLine> m_lines;
    DemoRandom m_baskets{0};
};

bool Generation::cancelled(std::int64_t done, std::int64_t total, const QString& stage)
{
    if (done % kProgressEvery == 0 || done == total)
        m_progress.report(done, total, stage);
    return m_progress.isCancelled();
}

Result<DemoReport> Generation::run()
{
    if (m_options.customers < 0 || m_options.customers > kMaxCustomers)
        return Error::make(
            Error::Code::InvalidArgument,
            Text::tr("The number of customers must be between 0 and %1").arg(kMaxCustomers));
    if (!m_options.referenceDate.isValid())
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("The reference date is not valid"));
    m_lastDay = m_options.referenceDate.toJulianDay();
    m_firstDay = m_lastDay - kWindowDays + 1;
    m_baskets = DemoRandom(DemoRandom::streamSeed(m_options.seed, Baskets));

    auto empty = DemoWriter::isEmpty(m_db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("The database already holds data; demo data needs a new, empty "
                                    "database"));

    if (Status s = m_writer.prepare(); !s) {
        (void)m_writer.finish();
        return s.error();
    }
    Result<DemoReport> result = load();
    if (Status s = m_writer.finish(); !s && result)
        return s.error();
    return result;
}

Result<DemoReport> Generation::load()
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    for (auto step : {&Generation::products, &Generation::companies, &Generation::customers,
                      &Generation::orders}) {
        if (Status s = (this->*step)(); !s)
            return s.error(); // the transaction rolls back
    }
    if (Status s = m_writer.flush(); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return m_report;
}

Status Generation::products()
{
    DemoRandom stamps(DemoRandom::streamSeed(m_options.seed, Stamps));
    const auto& categories = DemoCatalog::categories();
    RowId id = 0;
    for (const DemoProduct& p : DemoCatalog::products()) {
        const QDateTime created = momentOn(m_firstDay - 30, stamps);
        DemoProductRow row{++id,         uuidV7(created, stamps), p.sku,
                           p.name,       sortKeyFor(p.name),      categories.at(p.category).name,
                           p.priceMinor, toTimestamp(created)};
        if (Status s = m_writer.insert(row); !s)
            return s;
    }
    m_report.products = id;
    return {};
}

Status Generation::companies()
{
    const std::int64_t count =
        m_options.customers == 0 ? 0 : std::max<std::int64_t>(1, m_options.customers / 20);
    DemoRandom random(DemoRandom::streamSeed(m_options.seed, Companies));
    DemoPeople people(random);
    const QString stage = Text::tr("Companies");
    m_companies.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        DemoCompany c = people.company();
        const QDateTime created = momentOn(m_firstDay - 60 + random.below(60), random);
        DemoCompanyRow row{
            i + 1,     uuidV7(created, random), c.name, sortKeyFor(c.name), c.phone, c.website,
            c.address, toTimestamp(created)};
        if (Status s = m_writer.insert(row); !s)
            return s;
        m_companies.push_back(std::move(c));
        if (cancelled(i + 1, count, stage))
            return Error::make(Error::Code::Cancelled,
                               Text::tr("Demo data generation was cancelled"));
    }
    m_report.companies = count;
    return {};
}

Status Generation::customers()
{
    const auto& segments = DemoCatalog::segments();
    const std::int64_t count = m_options.customers;
    std::vector<double> shares;
    double sum = 0;
    for (const DemoSegment& segment : segments)
        shares.push_back(sum += segment.share);

    // Each customer's segment and first day, then customers in order of their
    // first day: ids follow the calendar like in a shop that grew over time.
    DemoRandom draw(DemoRandom::streamSeed(m_options.seed, Segments));
    std::vector<std::pair<qint32, quint8>> starts(static_cast<std::size_t>(count));
    for (auto& [day, segment] : starts) {
        segment = static_cast<quint8>(draw.weighted(shares));
        day = static_cast<qint32>(m_firstDay + draw.below(segments.at(segment).startWindowDays));
    }
    std::sort(starts.begin(), starts.end());

    DemoRandom random(DemoRandom::streamSeed(m_options.seed, People));
    DemoPeople people(random);
    QHash<QString, QString> sortKeys; // names repeat: compute each key once
    const QString stage = Text::tr("Customers");
    const QString none;
    m_orders.reserve(static_cast<std::size_t>(count) * 4);
    m_lines.reserve(static_cast<std::size_t>(count) * 11);
    for (std::int64_t k = 0; k < count; ++k) {
        const auto [day, segmentIndex] = starts[static_cast<std::size_t>(k)];
        const DemoSegment& segment = segments.at(segmentIndex);
        const DemoCompany* company = nullptr;
        if (!m_companies.empty() && random.chance(kCompanyShare))
            company = &m_companies[random.below(static_cast<std::uint64_t>(m_companies.size()))];
        DemoPerson person = people.person(company ? company->mailDomain : none);

        DemoCustomerRow row;
        row.id = k + 1;
        const QDateTime created = momentOn(day - random.below(15), random);
        row.uuid = uuidV7(created, random);
        row.createdAt = toTimestamp(created);
        auto key = sortKeys.constFind(person.name);
        if (key == sortKeys.constEnd())
            key = sortKeys.insert(person.name, personSortKeyFor(person.name));
        row.sortKey = *key;
        row.phoneDigits = contact::phoneDigits(person.phone);
        row.companyId =
            company ? std::optional<RowId>(company - m_companies.data() + 1) : std::nullopt;
        row.owner =
            DemoCatalog::owners().at(random.below(static_cast<int>(DemoCatalog::owners().size())));
        row.optedOut = random.chance(kOptedOut);
        if (random.chance(kWithNotes))
            row.notes = DemoCatalog::notes().at(
                random.below(static_cast<int>(DemoCatalog::notes().size())));
        const double t = random.uniform();
        const int taste = t < 0.45 ? 0 : t < 0.80 ? 1 : 2; // coffee, tea, neutral
        row.searchText = search::indexText(person.name, person.email, person.phone,
                                           company ? company->name : none, row.notes);
        row.name = std::move(person.name);
        row.email = std::move(person.email);
        row.phone = std::move(person.phone);
        row.city = std::move(person.city);
        row.address = std::move(person.address);
        if (Status s = m_writer.insert(row); !s)
            return s;

        const std::size_t before = m_orders.size();
        makeOrders(static_cast<qint32>(k), segment, taste, day);
        DemoReport::Segment& stats = m_report.segments[segmentIndex];
        ++stats.customers;
        stats.orders += static_cast<std::int64_t>(m_orders.size() - before);
        if (cancelled(k + 1, count, stage))
            return Error::make(Error::Code::Cancelled,
                               Text::tr("Demo data generation was cancelled"));
    }
    m_report.customers = count;
    return {};
}

void Generation::makeOrders(qint32 customer, const DemoSegment& segment, int taste, qint64 start)
{
    if (!segment.buys)
        return;
    auto add = [&](qint64 day) {
        const auto first = static_cast<quint32>(m_lines.size());
        makeBasket(segment, taste);
        m_orders.push_back({static_cast<qint32>(day), customer, first,
                            static_cast<quint8>(m_lines.size() - first)});
    };
    add(start);
    if (segment.ordersPerMonth <= 0)
        return;
    const double perDay = segment.ordersPerMonth * (0.5 + m_baskets.uniform()) / kDaysPerMonth;
    qint64 end = m_lastDay;
    if (segment.activeDaysMax > 0)
        end =
            std::min(end, start + m_baskets.between(segment.activeDaysMin, segment.activeDaysMax));
    for (qint64 day = start + m_baskets.geometricGap(perDay); day <= end;
         day += m_baskets.geometricGap(perDay)) {
        add(day);
        if (m_baskets.chance(segment.dropoutPerOrder))
            break;
    }
}

void Generation::makeBasket(const DemoSegment& segment, int taste)
{
    const std::vector<double>& weights = m_popularity.cumulative[static_cast<std::size_t>(taste)];
    const int wanted = 1 + m_baskets.binomial(segment.itemTrials, segment.itemChance);
    std::uint64_t basket = 0;
    for (int picked = 0, attempts = 0; picked < wanted && attempts < 100; ++attempts) {
        const std::uint64_t bit = std::uint64_t{1} << m_baskets.weighted(weights);
        if (!(basket & bit)) {
            basket |= bit;
            ++picked;
        }
    }
    for (const PlantedRule& rule : m_rules) {
        bool all = true;
        for (int a : rule.antecedents)
            all = all && (basket >> a & 1u);
        if (!all)
            continue;
        const std::uint64_t bit = std::uint64_t{1} << rule.consequent;
        if (m_baskets.chance(rule.confidence))
            basket |= bit;
        else
            basket &= ~bit;
    }
    for (int product = 0; basket; ++product, basket >>= 1) {
        if (basket & 1u) {
            const int quantity = 1 + m_baskets.binomial(segment.qtyTrials, segment.qtyChance);
            m_lines.push_back({static_cast<quint8>(product), static_cast<quint8>(quantity)});
        }
    }
}

Status Generation::orders()
{
    std::vector<quint32> byDate(m_orders.size());
    for (std::size_t i = 0; i < byDate.size(); ++i)
        byDate[i] = static_cast<quint32>(i);
    // Stable: same-day orders keep customer order, and a customer's own order.
    std::stable_sort(byDate.begin(), byDate.end(),
                     [this](quint32 a, quint32 b) { return m_orders[a].day < m_orders[b].day; });

    const auto& products = DemoCatalog::products();
    DemoRandom stamps(DemoRandom::streamSeed(m_options.seed, OrderStamps));
    const QString stage = Text::tr("Orders");
    const QString statusShipped = QStringLiteral("shipped");
    const QString statusPaid = QStringLiteral("paid");
    const QString statusOpen = QStringLiteral("open");
    const QString statusCancelled = QStringLiteral("cancelled");
    const auto total = static_cast<std::int64_t>(byDate.size());
    RowId lineId = 0;
    for (std::int64_t rank = 0; rank < total; ++rank) {
        const PendingOrder& o = m_orders[byDate[static_cast<std::size_t>(rank)]];
        const QDateTime created = momentOn(o.day, stamps);
        DemoOrderRow row;
        row.id = rank + 1;
        row.uuid = uuidV7(created, stamps);
        row.number = QStringLiteral("SO-%1").arg(row.id, 6, 10, QLatin1Char('0'));
        row.customerId = o.customer + 1;
        row.orderedOn = QDate::fromJulianDay(o.day).toString(Qt::ISODate);
        const qint64 age = m_lastDay - o.day;
        row.status = stamps.chance(kCancelled) ? statusCancelled
                     : age < 3                 ? statusOpen
                     : age < 10                ? statusPaid
                                               : statusShipped;
        for (quint32 i = 0; i < o.lineCount; ++i) {
            const PendingLine& line = m_lines[o.firstLine + i];
            row.totalMinor += line.quantity * products.at(line.product).priceMinor;
        }
        row.createdAt = toTimestamp(created);
        if (Status s = m_writer.insert(row); !s)
            return s;
        for (quint32 i = 0; i < o.lineCount; ++i) {
            const PendingLine& line = m_lines[o.firstLine + i];
            DemoOrderLineRow lineRow{++lineId,         row.id,
                                     line.product + 1, static_cast<int>(i),
                                     line.quantity,    products.at(line.product).priceMinor};
            if (Status s = m_writer.insert(lineRow); !s)
                return s;
        }
        if (cancelled(rank + 1, total, stage))
            return Error::make(Error::Code::Cancelled,
                               Text::tr("Demo data generation was cancelled"));
    }
    m_report.orders = total;
    m_report.orderLines = lineId;
    m_orders = {};
    m_lines = {};
    return {};
}

QJsonArray skuArray(const QStringList& skus, const QStringList& names)
{
    QJsonArray array;
    for (qsizetype i = 0; i < skus.size(); ++i)
        array.append(QJsonObject{{QStringLiteral("sku"), skus.at(i)},
                                 {QStringLiteral("name"), names.value(i)}});
    return array;
}

} // namespace

DemoReport DemoGenerator::plan(const DemoOptions& options)
{
    DemoReport report;
    report.seed = options.seed;
    report.referenceDate = options.referenceDate;
    report.firstDate = options.referenceDate.addDays(-(kWindowDays - 1));
    const auto& products = DemoCatalog::products();
    auto nameOf = [&](const QString& sku) {
        const int i = DemoCatalog::productIndex(sku);
        return i < 0 ? QString() : products.at(i).name;
    };
    for (const DemoRule& rule : DemoCatalog::rules()) {
        DemoReport::Rule r;
        r.antecedentSkus = rule.antecedentSkus;
        for (const QString& sku : rule.antecedentSkus)
            r.antecedentNames << nameOf(sku);
        r.consequentSku = rule.consequentSku;
        r.consequentName = nameOf(rule.consequentSku);
        r.confidence = rule.confidence;
        r.story = rule.story;
        report.rules << r;
    }
    for (const DemoSegment& s : DemoCatalog::segments()) {
        DemoReport::Segment out;
        out.key = s.key;
        out.description = s.description;
        out.share = s.share;
        out.ordersPerMonth = s.ordersPerMonth;
        out.dropoutPerOrder = s.dropoutPerOrder;
        out.startWindowDays = s.startWindowDays;
        out.activeDaysMin = s.activeDaysMin;
        out.activeDaysMax = s.activeDaysMax;
        out.spend = s.spend;
        out.meanItemsPerOrder = s.buys ? 1.0 + s.itemTrials * s.itemChance : 0.0;
        out.meanQuantity = s.buys ? 1.0 + s.qtyTrials * s.qtyChance : 0.0;
        report.segments << out;
    }
    return report;
}

Result<DemoReport> DemoGenerator::generate(const QSqlDatabase& db, const DemoOptions& options,
                                           Progress& progress)
{
    Generation generation(db, options, progress);
    return generation.run();
}

QJsonObject DemoReport::toJson() const
{
    QJsonArray rulesJson;
    for (const Rule& rule : rules) {
        rulesJson.append(QJsonObject{
            {QStringLiteral("antecedent"), skuArray(rule.antecedentSkus, rule.antecedentNames)},
            {QStringLiteral("consequent"),
             QJsonObject{{QStringLiteral("sku"), rule.consequentSku},
                         {QStringLiteral("name"), rule.consequentName}}},
            {QStringLiteral("confidence"), rule.confidence},
            {QStringLiteral("story"), rule.story}});
    }
    QJsonArray segmentsJson;
    for (const Segment& s : segments) {
        segmentsJson.append(
            QJsonObject{{QStringLiteral("key"), s.key},
                        {QStringLiteral("description"), s.description},
                        {QStringLiteral("share"), s.share},
                        {QStringLiteral("orders_per_month"), s.ordersPerMonth},
                        {QStringLiteral("dropout_per_order"), s.dropoutPerOrder},
                        {QStringLiteral("start_window_days"), s.startWindowDays},
                        {QStringLiteral("active_days_min"), s.activeDaysMin},
                        {QStringLiteral("active_days_max"), s.activeDaysMax},
                        {QStringLiteral("spend"), s.spend},
                        {QStringLiteral("mean_items_per_order"), s.meanItemsPerOrder},
                        {QStringLiteral("mean_quantity"), s.meanQuantity},
                        {QStringLiteral("customers"), static_cast<qint64>(s.customers)},
                        {QStringLiteral("orders"), static_cast<qint64>(s.orders)}});
    }
    // JSON numbers are doubles: a seed above 2^53 is written as a string.
    const QJsonValue seedJson = seed <= (std::uint64_t{1} << 53)
                                    ? QJsonValue(static_cast<qint64>(seed))
                                    : QJsonValue(QString::number(seed));
    return QJsonObject{{QStringLiteral("seed"), seedJson},
                       {QStringLiteral("first_date"), firstDate.toString(Qt::ISODate)},
                       {QStringLiteral("reference_date"), referenceDate.toString(Qt::ISODate)},
                       {QStringLiteral("customers"), static_cast<qint64>(customers)},
                       {QStringLiteral("companies"), static_cast<qint64>(companies)},
                       {QStringLiteral("products"), static_cast<qint64>(products)},
                       {QStringLiteral("orders"), static_cast<qint64>(orders)},
                       {QStringLiteral("order_lines"), static_cast<qint64>(orderLines)},
                       {QStringLiteral("rules"), rulesJson},
                       {QStringLiteral("segments"), segmentsJson}};
}

} // namespace rapport::core
