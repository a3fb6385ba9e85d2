#include "value/ValueModel.h"

#include "value/BoostedTrees.h"
#include "value/Features.h"
#include "value/Metrics.h"
#include "value/Sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <new>
#include <numeric>
#include <random>
#include <thread>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::ValueModel)
};

constexpr int kCalibrationBins = 8; // 0 .. 6 repeat purchases, then 7+

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
}

// Runs work(begin, end) over [0, n) on up to `threads` threads.
template<typename Work>
void parallelFor(std::size_t n, int threads, const Work& work)
{
    const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
    const std::size_t parts =
        std::min<std::size_t>(threads > 0 ? static_cast<std::size_t>(threads) : hardware,
                              std::max<std::size_t>(1, n / 1000));
    if (parts <= 1) {
        work(std::size_t{0}, n);
        return;
    }
    std::vector<std::thread> pool;
    const std::size_t chunk = (n + parts - 1) / parts;
    for (std::size_t p = 0; p < parts; ++p) {
        const std::size_t begin = p * chunk;
        const std::size_t end = std::min(n, begin + chunk);
        if (begin < end)
            pool.emplace_back([&work, begin, end] { work(begin, end); });
    }
    for (std::thread& t : pool)
        t.join();
}

std::vector<std::size_t> sampleRows(std::size_t n, std::size_t limit, std::uint64_t seed)
{
    std::vector<std::size_t> rows(n);
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    keepSeededSample(rows, limit, seed);
    return rows;
}

// Purchase days of customer c in (from, to].
int purchasesIn(const PurchaseHistory& history, std::size_t c, std::int32_t from, std::int32_t to)
{
    int count = 0;
    for (std::uint32_t i = history.begin(c); i < history.end(c); ++i)
        count += history.days[i] > from && history.days[i] <= to ? 1 : 0;
    return count;
}

// The main category of the first purchase in (from, to], or -1.
int firstCategoryIn(const PurchaseHistory& history, std::size_t c, std::int32_t from,
                    std::int32_t to, int categories)
{
    for (std::uint32_t i = history.begin(c); i < history.end(c); ++i) {
        if (history.days[i] > from && history.days[i] <= to) {
            const int k = history.mainCategories[i];
            return k < categories ? k : -1;
        }
    }
    return -1;
}

std::vector<std::pair<int, double>> rankedImportance(const std::vector<double>& shares)
{
    std::vector<std::pair<int, double>> ranked;
    for (std::size_t i = 0; i < shares.size(); ++i)
        ranked.emplace_back(static_cast<int>(i), shares[i]);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto& l, const auto& r) { return l.second > r.second; });
    return ranked;
}

} // namespace

Result<LifetimeFit> fitLifetime(const PurchaseHistory& history, std::int32_t calibrationEnd,
                                TimeUnit unit, const FitOptions& options, Progress& progress,
                                std::optional<std::int32_t> holdoutEnd)
{
    if (history.days.empty()) {
        return Error::validation(QStringLiteral("transactions"),
                                 Text::tr("There are no purchases to fit the models on."));
    }
    const std::int32_t first = history.firstDay();
    const std::int32_t last = history.lastDay();
    if (calibrationEnd < first) {
        return Error::validation(
            QStringLiteral("calibration_end"),
            Text::tr("The calibration end %1 is before the first purchase (%2). Choose a "
                     "calibration end between %2 and %3, or, when scoring, a shorter period.")
                .arg(dateOf(calibrationEnd).toString(Qt::ISODate),
                     dateOf(first).toString(Qt::ISODate), dateOf(last).toString(Qt::ISODate)));
    }
    LifetimeFit fit;
    fit.unit = unit;
    SummaryWindow window;
    window.calibrationEnd = calibrationEnd;
    window.holdoutEnd = std::max(calibrationEnd, holdoutEnd.value_or(last));
    window.unit = unit;
    fit.summaries = summarize(history, window);

    auto bgNbd = fitBgNbd(fit.summaries, options, progress);
    if (!bgNbd)
        return bgNbd.error();
    fit.bgNbd = *bgNbd;
    auto gammaGamma = fitGammaGamma(fit.summaries, options, progress);
    if (!gammaGamma)
        return gammaGamma.error();
    fit.gammaGamma = *gammaGamma;

    HoldoutReport& holdout = fit.holdout;
    holdout.calibrationEnd = calibrationEnd;
    holdout.holdoutEnd = window.holdoutEnd;
    holdout.length = (window.holdoutEnd - calibrationEnd) / daysPer(unit);
    holdout.bins.resize(kCalibrationBins);
    for (int k = 0; k < kCalibrationBins; ++k)
        holdout.bins[static_cast<std::size_t>(k)].frequency = k;
    if (holdout.length <= 0)
        return fit;
    std::vector<float> alive;
    std::vector<std::uint8_t> bought;
    for (const RepeatSummary& s : fit.summaries) {
        if (!s.born)
            continue;
        const auto predicted = conditionalExpectedPurchases(fit.bgNbd.params, s.frequency,
                                                            s.recency, s.age, holdout.length);
        if (!predicted) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("The lifetime model's expected purchases cannot be "
                                        "computed for these parameters."));
        }
        const auto spend = conditionalExpectedSpend(fit.gammaGamma.params, s.frequency, s.monetary);
        holdout.actualPurchases += s.holdoutPurchases;
        holdout.predictedPurchases += *predicted;
        holdout.actualSpend += s.holdoutSpend;
        holdout.predictedSpend += *predicted * spend.value_or(0);
        CalibrationBin& bin = holdout.bins[static_cast<std::size_t>(
            std::min<double>(s.frequency, kCalibrationBins - 1))];
        bin.customers += 1;
        bin.actual += s.holdoutPurchases;
        bin.predicted += *predicted;
        alive.push_back(
            static_cast<float>(probabilityAlive(fit.bgNbd.params, s.frequency, s.recency, s.age)));
        bought.push_back(s.holdoutPurchases > 0 ? 1 : 0);
    }
    for (CalibrationBin& bin : holdout.bins) {
        if (bin.customers > 0) {
            bin.actual /= static_cast<double>(bin.customers);
            bin.predicted /= static_cast<double>(bin.customers);
        }
    }
    holdout.aliveAuc = rocAuc(alive, bought);
    return fit;
}

namespace {

// The churn model: features at trainCut labelled by the period after it,
// tested on features at testCut labelled by the period after that.
struct Propensity
{
    const PurchaseHistory& history;
    const ValueOptions& options;
    Progress& progress;
    int categories = 0;
    std::int32_t trainCut = 0;
    std::int32_t testCut = 0;
    FeatureMatrix train; // features at trainCut, labelled by the period after it
    FeatureMatrix test;  // features at testCut, labelled by the period after that
};

// `evaluation`: the lifetime models fitted at the test cut, for their
// baselines; null when that fit failed (then there are none).
Result<BoostedTrees> churnModel(const Propensity& p, const LifetimeFit* evaluation,
                                ModelReport& report)
{
    const std::int32_t period = p.options.periodDays;
    const std::int32_t trainCut = p.trainCut;
    const std::int32_t testCut = p.testCut;
    const FeatureMatrix& train = p.train;
    std::vector<float> labels(train.rows());
    for (std::size_t row = 0; row < train.rows(); ++row)
        labels[row] = purchasesIn(p.history, train.customers[row], trainCut, trainCut + period) == 0
                          ? 1.0F
                          : 0.0F;
    BoostedTrees::Options options;
    options.threads = p.options.threads;
    if (train.rows() < 20000) {
        // A small shop: shallower, slower-learning trees with bigger leaves,
        // or the model fits the noise of a few thousand customers and ranks
        // worse than recency alone on the holdout.
        options.maxDepth = 3;
        options.learningRate = 0.1;
        options.rounds = 60;
        options.minChildWeight = 10;
    }
    auto model =
        BoostedTrees::train(train, labels, sampleRows(train.rows(), p.options.maxTrainingRows, 11),
                            options, p.progress);
    if (!model)
        return model.error();
    report.key = QStringLiteral("churn");
    report.trainRows = std::min(train.rows(), p.options.maxTrainingRows);

    const FeatureMatrix& test = p.test;
    auto predicted = model->predict(test);
    if (!predicted)
        return predicted.error();
    std::vector<std::uint8_t> churned(test.rows());
    std::vector<float> recency(test.rows()), notAlive(test.rows()), noPurchase(test.rows());
    const double periodUnits = period / daysPer(p.options.unit);
    double churners = 0;
    for (std::size_t row = 0; row < test.rows(); ++row) {
        const std::size_t c = test.customers[row];
        churned[row] = purchasesIn(p.history, c, testCut, testCut + period) == 0 ? 1 : 0;
        churners += churned[row];
        recency[row] = test.at(row, static_cast<int>(Feature::RecencyDays));
        if (evaluation) {
            const RepeatSummary& s = evaluation->summaries[c];
            notAlive[row] = static_cast<float>(
                1.0 - probabilityAlive(evaluation->bgNbd.params, s.frequency, s.recency, s.age));
            noPurchase[row] = static_cast<float>(probabilityNoPurchase(
                evaluation->bgNbd.params, s.frequency, s.recency, s.age, periodUnits));
        }
    }
    report.testRows = test.rows();
    report.positiveRate = test.rows() ? churners / static_cast<double>(test.rows()) : 0;
    report.auc = rocAuc(*predicted, churned);
    report.liftTopDecile = liftAtTopDecile(*predicted, churned);
    report.recencyAuc = rocAuc(recency, churned);
    report.recencyLift = liftAtTopDecile(recency, churned);
    if (evaluation) {
        report.aliveAuc = rocAuc(notAlive, churned);
        report.aliveLift = liftAtTopDecile(notAlive, churned);
        report.bgNbdAuc = rocAuc(noPurchase, churned);
        report.bgNbdLift = liftAtTopDecile(noPurchase, churned);
    }
    auto importance = model->importance(train.columns);
    if (!importance)
        return importance.error();
    report.importance = rankedImportance(*importance);
    return model;
}

Result<BoostedTrees> categoryModel(const Propensity& p, ModelReport& report)
{
    const std::int32_t period = p.options.periodDays;
    const std::int32_t trainCut = p.trainCut;
    const std::int32_t testCut = p.testCut;
    const FeatureMatrix& train = p.train;
    std::vector<std::size_t> buyers;
    std::vector<float> labels(train.rows(), 0.0F);
    for (std::size_t row = 0; row < train.rows(); ++row) {
        const int k = firstCategoryIn(p.history, train.customers[row], trainCut, trainCut + period,
                                      p.categories);
        if (k >= 0) {
            labels[row] = static_cast<float>(k);
            buyers.push_back(row);
        }
    }
    if (buyers.size() < kMinRepeatCustomers) {
        return Error::validation(QStringLiteral("next_category"),
                                 Text::tr("Too few customers bought again to learn which "
                                          "category they buy next."));
    }
    // A multi-class model grows a tree per class and round: it gets a smaller
    // sample than the churn model to cost about the same.
    const std::size_t limit = p.options.maxTrainingRows / 3;
    if (buyers.size() > limit) {
        std::vector<std::size_t> picked;
        for (std::size_t i : sampleRows(buyers.size(), limit, 13))
            picked.push_back(buyers[i]);
        buyers = std::move(picked);
    }
    BoostedTrees::Options options;
    options.classes = p.categories;
    options.rounds = 25;
    options.maxDepth = 4;
    options.threads = p.options.threads;
    auto model = BoostedTrees::train(train, labels, buyers, options, p.progress);
    if (!model)
        return model.error();
    report.key = QStringLiteral("next_category");
    report.trainRows = buyers.size();

    // Tested on the customers who do buy in the next period: which category first?
    const FeatureMatrix& all = p.test;
    FeatureMatrix test;
    test.columns = all.columns;
    std::vector<int> actual;
    for (std::size_t row = 0; row < all.rows(); ++row) {
        const int k =
            firstCategoryIn(p.history, all.customers[row], testCut, testCut + period, p.categories);
        if (k < 0)
            continue;
        actual.push_back(k);
        test.customers.push_back(all.customers[row]);
        test.values.insert(
            test.values.end(), all.values.begin() + static_cast<std::ptrdiff_t>(row * all.columns),
            all.values.begin() + static_cast<std::ptrdiff_t>((row + 1) * all.columns));
    }
    auto predicted = model->predict(test);
    if (!predicted)
        return predicted.error();
    // Macro one-vs-rest AUC and lift over the categories anyone bought.
    const std::size_t n = test.rows();
    const auto classes = static_cast<std::size_t>(p.categories);
    double aucSum = 0, liftSum = 0, baseAucSum = 0, baseLiftSum = 0;
    int counted = 0;
    std::size_t hits = 0, baseHits = 0;
    for (std::size_t row = 0; row < n; ++row) {
        const float* probabilities = predicted->data() + row * classes;
        const auto best = static_cast<int>(std::max_element(probabilities, probabilities + classes)
                                           - probabilities);
        hits += best == actual[row] ? 1 : 0;
        int favourite = 0;
        for (int k = 1; k < p.categories; ++k) {
            if (test.at(row, kFixedFeatures + k) > test.at(row, kFixedFeatures + favourite))
                favourite = k;
        }
        baseHits += favourite == actual[row] ? 1 : 0;
    }
    for (std::size_t k = 0; k < classes; ++k) {
        std::vector<float> score(n), share(n);
        std::vector<std::uint8_t> is(n);
        bool any = false;
        for (std::size_t row = 0; row < n; ++row) {
            score[row] = (*predicted)[row * classes + k];
            share[row] = test.at(row, kFixedFeatures + static_cast<int>(k));
            is[row] = actual[row] == static_cast<int>(k) ? 1 : 0;
            any = any || is[row];
        }
        if (!any)
            continue;
        aucSum += rocAuc(score, is);
        liftSum += liftAtTopDecile(score, is);
        baseAucSum += rocAuc(share, is);
        baseLiftSum += liftAtTopDecile(share, is);
        ++counted;
    }
    report.testRows = n;
    if (counted > 0) {
        report.auc = aucSum / counted;
        report.liftTopDecile = liftSum / counted;
        report.recencyAuc = baseAucSum / counted;
        report.recencyLift = baseLiftSum / counted;
    }
    report.positiveRate = n ? static_cast<double>(hits) / static_cast<double>(n) : 0;
    report.baselineRate = n ? static_cast<double>(baseHits) / static_cast<double>(n) : 0;
    auto importance = model->importance(train.columns);
    if (!importance)
        return importance.error();
    report.importance = rankedImportance(*importance);
    return model;
}

} // namespace

Result<ValueResult> scoreCustomers(const PurchaseHistory& history, const ValueOptions& options,
                                   Progress& progress)
{
    ValueResult result;
    ValueReport& report = result.report;
    report.options = options;
    if (history.days.empty()) {
        return Error::validation(QStringLiteral("orders"),
                                 Text::tr("There are no orders to score customers on."));
    }
    report.asOf = options.asOfDay.value_or(history.lastDay());
    const std::int32_t asOf = report.asOf;
    const std::int32_t period = options.periodDays;
    const double unitDays = daysPer(options.unit);
    const double periodUnits = period / unitDays;
    result.customers.resize(history.customerCount());

    // The steps, for the progress bar (the fits and the models report nothing
    // finer: each takes seconds at most).
    constexpr int kSteps = 6;
    auto step = [&progress](int done, const QString& stage) {
        progress.report(done, kSteps, stage);
    };

    // RFM on everything up to asOf.
    step(0, Text::tr("Scoring recency, frequency and monetary value"));
    const std::vector<RfmScore> rfm = scoreRfm(history, asOf);
    for (std::size_t c = 0; c < rfm.size(); ++c) {
        result.customers[c].rfm = rfm[c];
        if (!rfm[c].scored)
            continue;
        ++report.customers;
        const auto s = static_cast<std::size_t>(rfm[c].segment);
        report.segmentCounts[s] += 1;
        report.segmentRevenue[s] += rfm[c].monetary;
    }
    if (progress.isCancelled())
        return cancelled();

    // The models checked on the last period, and refitted on everything: two
    // independent fits, one per core.
    step(1, Text::tr("Fitting the lifetime and spend models"));
    SummaryWindow window{asOf, asOf, options.unit};
    const std::vector<RepeatSummary> now = summarize(history, window);
    // The check may fail (too little history before the last period) where the
    // scores do not: then the report says so and the scores are stored anyway.
    std::optional<Result<LifetimeFit>> evaluation;
    std::jthread checking([&] {
        try {
            evaluation =
                fitLifetime(history, asOf - period, options.unit, options.fit, progress, asOf);
        } catch (const std::bad_alloc&) {
            evaluation = Error::make(Error::Code::InvalidArgument,
                                     Text::tr("Not enough memory to check the models."));
        }
    });
    auto bgNbd = fitBgNbd(now, options.fit, progress);
    auto gammaGamma =
        bgNbd ? fitGammaGamma(now, options.fit, progress) : Result<GammaGammaFit>(bgNbd.error());
    checking.join();
    if (!bgNbd)
        return bgNbd.error();
    if (!gammaGamma)
        return gammaGamma.error();
    if (!*evaluation && evaluation->error().code == Error::Code::Cancelled)
        return evaluation->error();
    const bool evaluated = evaluation->ok();
    if (evaluated) {
        report.evaluation = std::move(**evaluation);
    } else {
        report.notes << Text::tr("The models could not be checked on the last %n day(s): %1",
                                 nullptr, period)
                            .arg(evaluation->error().message);
    }
    report.bgNbd = *bgNbd;
    report.gammaGamma = *gammaGamma;

    step(2, Text::tr("Computing lifetime values"));
    ClvOptions clv = options.clv;
    clv.unitDays = unitDays;
    // With q <= 1 the model's mean spend is infinite: customers without repeat
    // purchases are valued at the mean repeat spend instead (and the report says so).
    double meanRepeatSpend = 0;
    std::size_t repeatCustomers = 0;
    for (const RepeatSummary& s : now) {
        if (s.born && s.frequency > 0) {
            meanRepeatSpend += s.monetary;
            ++repeatCustomers;
        }
    }
    meanRepeatSpend =
        repeatCustomers > 0 ? meanRepeatSpend / static_cast<double>(repeatCustomers) : 0;
    std::atomic<std::size_t> failed{0};
    std::atomic<std::size_t> spendFallbacks{0};
    parallelFor(now.size(), options.threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            const RepeatSummary& s = now[c];
            if (!s.born)
                continue;
            CustomerValue& v = result.customers[c];
            v.pAlive = probabilityAlive(report.bgNbd.params, s.frequency, s.recency, s.age);
            const auto purchases = conditionalExpectedPurchases(report.bgNbd.params, s.frequency,
                                                                s.recency, s.age, periodUnits);
            auto spend =
                conditionalExpectedSpend(report.gammaGamma.params, s.frequency, s.monetary);
            if (!spend) {
                spend = s.frequency > 0 ? s.monetary : meanRepeatSpend;
                spendFallbacks.fetch_add(1, std::memory_order_relaxed);
            }
            const auto value = customerLifetimeValue(report.bgNbd.params, *spend, s, clv);
            if (!purchases || !value || !std::isfinite(v.pAlive)) {
                failed.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            v.expectedPurchases = *purchases;
            v.expectedSpend = *spend;
            v.clv = *value;
            if (progress.isCancelled())
                return;
        }
    });
    if (progress.isCancelled())
        return cancelled();
    if (failed.load() > 0) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("The expected purchases of %n customer(s) cannot be computed "
                                    "with the fitted BG/NBD parameters (the hypergeometric "
                                    "function does not converge for them); nothing was stored.",
                                    nullptr, static_cast<int>(failed.load())));
    }
    if (spendFallbacks.load() > 0) {
        report.notes << Text::tr("Gamma-Gamma: q = %1 is at most 1, so the model's mean spend "
                                 "is infinite; %n customer(s) were valued at their own or the "
                                 "average repeat spend instead.",
                                 nullptr, static_cast<int>(spendFallbacks.load()))
                            .arg(report.gammaGamma.params.q, 0, 'g', 3);
    }

    // Propensity models: trained on the period before last, tested on the last.
    report.featureNames.clear();
    const int categories = history.hasCategories()
                               ? std::min<int>(static_cast<int>(history.categoryNames.size()),
                                               PurchaseHistory::kMaxCategories)
                               : 0;
    for (int column = 0; column < kFixedFeatures + categories; ++column)
        report.featureNames << featureName(column, history.categoryNames);
    report.categoryNames = history.categoryNames.mid(0, categories);
    const std::int32_t testCut = asOf - period;
    const std::int32_t trainCut = testCut - period;
    if (!options.propensity) {
        report.notes << Text::tr("The propensity models were switched off.");
        return result;
    }
    if (trainCut <= history.firstDay()) {
        report.notes << Text::tr("The churn and next-category models need more than two "
                                 "periods of history (%n day(s) each); they were not trained.",
                                 nullptr, period);
        return result;
    }
    step(3, Text::tr("Training the churn model"));
    Propensity p{history,
                 options,
                 progress,
                 categories,
                 trainCut,
                 testCut,
                 buildFeatures(history, trainCut, categories),
                 buildFeatures(history, testCut, categories)};
    ModelReport churn;
    auto churnTrees = churnModel(p, evaluated ? &report.evaluation : nullptr, churn);
    if (!churnTrees)
        return churnTrees.error();
    report.models.push_back(churn);

    step(4, Text::tr("Scoring churn risk"));
    const FeatureMatrix current = buildFeatures(history, asOf, categories);
    auto risk = churnTrees->predict(current);
    if (!risk)
        return risk.error();
    auto contributions = churnTrees->contributions(current);
    if (!contributions)
        return contributions.error();
    const auto width = static_cast<std::size_t>(current.columns + 1);
    for (std::size_t row = 0; row < current.rows(); ++row) {
        CustomerValue& v = result.customers[current.customers[row]];
        v.churnRisk = (*risk)[row];
        // The input that pushes this customer's risk up the most.
        const float* contribution = contributions->data() + row * width;
        int strongest = 0;
        for (int k = 1; k < current.columns; ++k) {
            if (contribution[k] > contribution[strongest])
                strongest = k;
        }
        if (contribution[strongest] > 0) {
            v.churnDriver = strongest;
            v.churnDriverValue = current.at(row, strongest);
        }
    }
    if (progress.isCancelled())
        return cancelled();

    if (categories >= 2) {
        step(5, Text::tr("Training the next-category model"));
        ModelReport next;
        auto nextTrees = categoryModel(p, next);
        if (!nextTrees) {
            if (nextTrees.error().code == Error::Code::Cancelled)
                return nextTrees.error();
            report.notes << nextTrees.error().message;
        } else {
            report.models.push_back(next);
            auto probabilities = nextTrees->predict(current);
            if (!probabilities)
                return probabilities.error();
            const auto classes = static_cast<std::size_t>(categories);
            for (std::size_t row = 0; row < current.rows(); ++row) {
                const float* pr = probabilities->data() + row * classes;
                const auto best = std::max_element(pr, pr + classes) - pr;
                CustomerValue& v = result.customers[current.customers[row]];
                v.nextCategory = static_cast<int>(best);
                v.nextCategoryProbability = pr[best];
            }
        }
    } else {
        report.notes << Text::tr("The next-category model needs products in at least two "
                                 "categories.");
    }
    return result;
}

QString describeChurn(double churnRisk, int driver, float driverValue,
                      const QStringList& categoryNames)
{
    const QString reason = driver >= 0 ? describeFeature(driver, driverValue, categoryNames)
                                       : Text::tr("steady buying");
    return Text::tr("Churn risk %1 %, mostly from: %2")
        .arg(std::lround(churnRisk * 100))
        .arg(reason);
}

} // namespace rapport::core::value
