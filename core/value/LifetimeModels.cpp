#include "value/LifetimeModels.h"

#include "value/Sampling.h"

#include <QCoreApplication>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_hyperg.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>

namespace rapport::core::value {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::value::LifetimeModels)
};

// GSL's default error handler aborts the process; every call here checks the
// returned status instead. Switched off once, for the whole program.
void keepGslFromAborting()
{
    static const bool once = [] {
        gsl_set_error_handler_off();
        return true;
    }();
    (void)once;
}

double logSumExp(double x, double y)
{
    const double m = std::max(x, y);
    return m + std::log(std::exp(x - m) + std::exp(y - m));
}

// lnΓ(shift + k) - lnΓ(shift) for k = 0..maxK, by the recurrence Γ(z+1) = zΓ(z).
void fillLogRising(std::vector<double>& out, double shift, std::size_t maxK)
{
    out.resize(maxK + 1);
    out[0] = 0;
    for (std::size_t k = 1; k <= maxK; ++k)
        out[k] = out[k - 1] + std::log(shift + static_cast<double>(k - 1));
}

// Minimises `objective` over an unconstrained vector with GSL's Nelder-Mead
// simplex (nmsimplex2), restarting once from the optimum so that a simplex
// collapsed early gets a second look. Returns false when it did not converge.
struct Minimum
{
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;
    bool atEdge = false; // a parameter ran off towards 0 or infinity
};

// |log parameter| beyond this: the optimum lies on the edge of the model (the
// likelihood keeps rising, ever more slowly, as the parameter runs off).
constexpr double kLogEdge = 25.0;

// One Nelder-Mead search over the parameters not `fixed`, restarted once from
// its optimum so that a simplex collapsed early gets a second look (the first
// result stands if the restart fails). Stops early, with `edge` set, when a
// free parameter passes kLogEdge.
struct Search
{
    std::vector<double> x;
    double value = 0;
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;
    std::optional<std::size_t> edge;
};

Search simplexSearch(const std::function<double(const double*)>& objective,
                     const std::vector<double>& start, const std::vector<bool>& fixed,
                     int maxIterations, Progress& progress)
{
    std::vector<std::size_t> free;
    for (std::size_t i = 0; i < start.size(); ++i) {
        if (!fixed[i])
            free.push_back(i);
    }
    struct Closure
    {
        const std::function<double(const double*)>* f;
        std::vector<double> full; // the fixed values, and room for the free ones
        const std::vector<std::size_t>* free;
    } closure{&objective, start, &free};
    gsl_multimin_function function;
    function.n = free.size();
    function.params = &closure;
    function.f = [](const gsl_vector* v, void* params) {
        auto* c = static_cast<Closure*>(params);
        for (std::size_t k = 0; k < c->free->size(); ++k)
            c->full[(*c->free)[k]] = gsl_vector_get(v, k);
        const double value = (*c->f)(c->full.data());
        return std::isfinite(value) ? value : GSL_POSINF;
    };
    Search result;
    result.x = start;
    const std::size_t n = free.size();
    for (int round = 0; round < 2 && n > 0; ++round) {
        gsl_vector* x = gsl_vector_alloc(n);
        gsl_vector* step = gsl_vector_alloc(n);
        for (std::size_t k = 0; k < n; ++k) {
            gsl_vector_set(x, k, result.x[free[k]]);
            gsl_vector_set(step, k, round == 0 ? 0.5 : 0.1);
        }
        gsl_multimin_fminimizer* s =
            gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, n);
        int status = gsl_multimin_fminimizer_set(s, &function, x, step) == GSL_SUCCESS
                         ? GSL_CONTINUE
                         : GSL_EBADFUNC; // the start is not a finite likelihood
        int iteration = 0;
        // Converged: the simplex is smaller than 1e-6 in log parameters (a
        // relative 1e-6 in each), or it is below 1e-4 and the best value has
        // not moved for 200 steps: near the optimum the differences between
        // vertices fall under double precision and the simplex stops shrinking.
        double lastBest = GSL_POSINF;
        int unchanged = 0;
        std::optional<std::size_t> edge;
        while (status == GSL_CONTINUE && iteration < maxIterations) {
            ++iteration;
            if (gsl_multimin_fminimizer_iterate(s) != GSL_SUCCESS)
                break;
            const double size = gsl_multimin_fminimizer_size(s);
            unchanged = s->fval < lastBest ? 0 : unchanged + 1;
            lastBest = std::min(lastBest, s->fval);
            status = gsl_multimin_test_size(size, 1e-6);
            if (status == GSL_CONTINUE && size < 1e-4 && unchanged >= 200)
                status = GSL_SUCCESS;
            for (std::size_t k = 0; k < n && status == GSL_CONTINUE; ++k) {
                if (std::abs(gsl_vector_get(s->x, k)) > kLogEdge) {
                    edge = free[k];
                    status = GSL_SUCCESS;
                }
            }
            if (iteration % 64 == 0 && progress.isCancelled()) {
                result.cancelled = true;
                break;
            }
        }
        const bool converged = status == GSL_SUCCESS && std::isfinite(s->fval);
        if (converged || round == 0) {
            for (std::size_t k = 0; k < n; ++k)
                result.x[free[k]] = gsl_vector_get(s->x, k);
            result.value = s->fval;
            result.converged = converged;
            result.edge = edge;
        }
        result.iterations += iteration;
        gsl_multimin_fminimizer_free(s);
        gsl_vector_free(step);
        gsl_vector_free(x);
        if (!converged || result.cancelled || edge)
            break;
    }
    return result;
}

// Minimises `objective` over log parameters. A parameter that runs off to the
// edge is fixed there and the others are optimised again, so the rest of the
// fit is a real optimum given that edge.
Minimum minimise(const std::function<double(const double*)>& objective, std::vector<double> start,
                 int maxIterations, Progress& progress)
{
    keepGslFromAborting();
    std::vector<bool> fixed(start.size(), false);
    Minimum result;
    result.x = std::move(start);
    for (std::size_t attempt = 0; attempt <= fixed.size(); ++attempt) {
        Search search = simplexSearch(objective, result.x, fixed,
                                      std::max(1, maxIterations - result.iterations), progress);
        result.iterations += search.iterations;
        result.x = search.x;
        result.value = search.value;
        result.converged = search.converged;
        result.cancelled = search.cancelled;
        if (!search.converged || search.cancelled || !search.edge)
            break;
        const std::size_t i = *search.edge;
        result.x[i] = result.x[i] > 0 ? kLogEdge : -kLogEdge;
        fixed[i] = true;
        result.atEdge = true;
    }
    if (result.atEdge && result.converged)
        result.value = objective(result.x.data());
    return result;
}

Error tooFewRepeatCustomers(std::size_t found)
{
    return Error::validation(
        QStringLiteral("repeat_customers"),
        Text::tr("Only %1 customers bought again after their first purchase in the period the "
                 "models learn from; they need at least %2. Add more order history (for a "
                 "transaction file: choose a later calibration end).")
            .arg(found)
            .arg(kMinRepeatCustomers));
}

Error notConverged(const QString& model, int iterations, const std::vector<double>& logParams)
{
    QStringList last;
    for (double v : logParams)
        last << QString::number(std::exp(v), 'g', 4);
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("The %1 model did not converge after %2 iterations (last "
                                "parameters %3): the data give it no clear optimum (too little "
                                "history, or purchases spread too evenly). Try a longer "
                                "calibration period.")
                           .arg(model)
                           .arg(iterations)
                           .arg(last.join(QStringLiteral(", "))));
}

// Parameters beyond these bounds sit on the edge of the model, where the
// likelihood is flat: reported, so nobody reads 2e13 as a measurement.
constexpr double kEdgeLow = 1e-5;
constexpr double kEdgeHigh = 1e5;

void checkEdges(const QString& model, std::initializer_list<std::pair<const char*, double>> params,
                QStringList& warnings)
{
    for (const auto& [name, value] : params) {
        if (value < kEdgeLow || value > kEdgeHigh) {
            warnings << Text::tr("%1: %2 = %3 is at the edge of the model, where the "
                                 "likelihood is flat; treat it as “%4”.")
                            .arg(model, QString::fromLatin1(name), QString::number(value, 'g', 3),
                                 value > kEdgeHigh ? QStringLiteral("∞") : QStringLiteral("0"));
        }
    }
}

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
}

// The born customers (a first purchase by the calibration end), or a seeded
// random sample of `limit` of them.
std::vector<std::size_t> fitSample(const std::vector<RepeatSummary>& customers, std::size_t limit,
                                   std::uint64_t seed)
{
    std::vector<std::size_t> born;
    born.reserve(customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (customers[i].born)
            born.push_back(i);
    }
    keepSeededSample(born, limit, seed);
    return born;
}

// The BG/NBD log-likelihood over a set of customers, with the Γ ratios
// computed once per distinct frequency instead of once per customer.
class BgNbdObjective
{
public:
    BgNbdObjective(const std::vector<RepeatSummary>& customers,
                   const std::vector<std::size_t>& chosen)
    {
        m_x.reserve(chosen.size());
        for (std::size_t i : chosen) {
            const RepeatSummary& c = customers[i];
            m_x.push_back(static_cast<std::uint32_t>(std::lround(c.frequency)));
            m_tx.push_back(c.recency);
            m_age.push_back(c.age);
            m_maxX = std::max<std::size_t>(m_maxX, m_x.back());
        }
    }

    double operator()(const BgNbdParams& p)
    {
        if (!(p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0))
            return -std::numeric_limits<double>::infinity();
        fillLogRising(m_rising, p.r, m_maxX);  // lnΓ(r+x) - lnΓ(r)
        fillLogRising(m_bRising, p.b, m_maxX); // lnΓ(b+x) - lnΓ(b)
        fillLogRising(m_abRising, p.a + p.b, m_maxX);
        const double common = p.r * std::log(p.alpha);
        const double logA = std::log(p.a);
        double sum = 0;
        for (std::size_t i = 0; i < m_x.size(); ++i) {
            const std::uint32_t x = m_x[i];
            const double rx = p.r + x;
            const double a1 = m_rising[x] + common + m_bRising[x] - m_abRising[x];
            const double c1 = -rx * std::log(p.alpha + m_age[i]);
            if (x == 0) {
                sum += a1 + c1;
            } else {
                const double c2 = logA - std::log(p.b + x - 1) - rx * std::log(p.alpha + m_tx[i]);
                sum += a1 + logSumExp(c1, c2);
            }
        }
        return sum;
    }

    std::size_t size() const { return m_x.size(); }

private:
    std::vector<std::uint32_t> m_x;
    std::vector<double> m_tx;
    std::vector<double> m_age;
    std::size_t m_maxX = 0;
    std::vector<double> m_rising, m_bRising, m_abRising;
};

class GammaGammaObjective
{
public:
    GammaGammaObjective(const std::vector<RepeatSummary>& customers, std::size_t limit,
                        std::uint64_t seed)
    {
        std::vector<std::size_t> eligible;
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const RepeatSummary& c = customers[i];
            if (c.born && c.frequency > 0 && c.monetary > 0)
                eligible.push_back(i);
        }
        m_eligible = eligible.size();
        keepSeededSample(eligible, limit, seed);
        for (std::size_t i : eligible) {
            const RepeatSummary& c = customers[i];
            const auto x = static_cast<std::uint32_t>(std::lround(c.frequency));
            m_x.push_back(x);
            m_logM.push_back(std::log(c.monetary));
            m_m.push_back(c.monetary);
            m_maxX = std::max<std::size_t>(m_maxX, x);
        }
    }

    double operator()(const GammaGammaParams& p)
    {
        if (!(p.p > 0 && p.q > 0 && p.gamma > 0))
            return -std::numeric_limits<double>::infinity();
        // lnΓ(px + q) - lnΓ(px) - lnΓ(q) and px ln x, per distinct x.
        m_perX.assign(m_maxX + 1, 0);
        const double lgq = gsl_sf_lngamma(p.q);
        for (std::size_t x = 1; x <= m_maxX; ++x) {
            const double px = p.p * static_cast<double>(x);
            m_perX[x] = gsl_sf_lngamma(px + p.q) - gsl_sf_lngamma(px) - lgq
                        + px * std::log(static_cast<double>(x));
        }
        const double qLogGamma = p.q * std::log(p.gamma);
        double sum = 0;
        for (std::size_t i = 0; i < m_x.size(); ++i) {
            const double x = m_x[i];
            const double px = p.p * x;
            sum += m_perX[m_x[i]] + qLogGamma + (px - 1) * m_logM[i]
                   - (px + p.q) * std::log(p.gamma + m_m[i] * x);
        }
        return sum;
    }

    std::size_t size() const { return m_x.size(); }
    std::size_t eligible() const { return m_eligible; }
    const std::vector<std::uint32_t>& frequencies() const { return m_x; }
    const std::vector<double>& spends() const { return m_m; }

private:
    std::vector<std::uint32_t> m_x;
    std::vector<double> m_logM;
    std::vector<double> m_m;
    std::size_t m_maxX = 0;
    std::size_t m_eligible = 0;
    std::vector<double> m_perX;
};

double pearson(const std::vector<std::uint32_t>& xs, const std::vector<double>& ys)
{
    const double n = static_cast<double>(xs.size());
    if (n < 2)
        return 0;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        mx += xs[i];
        my += ys[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double dx = xs[i] - mx;
        const double dy = ys[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

} // namespace

double bgNbdLogLikelihood(const BgNbdParams& params, double frequency, double recency, double age)
{
    RepeatSummary one;
    one.born = true;
    one.frequency = frequency;
    one.recency = recency;
    one.age = age;
    const std::vector<RepeatSummary> customers{one};
    return bgNbdLogLikelihood(params, customers);
}

double bgNbdLogLikelihood(const BgNbdParams& params, const std::vector<RepeatSummary>& customers)
{
    BgNbdObjective objective(customers, fitSample(customers, 0, 0));
    return objective(params);
}

double gammaGammaLogLikelihood(const GammaGammaParams& params, double frequency, double monetary)
{
    RepeatSummary one;
    one.born = true;
    one.frequency = frequency;
    one.monetary = monetary;
    const std::vector<RepeatSummary> customers{one};
    return gammaGammaLogLikelihood(params, customers);
}

double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               const std::vector<RepeatSummary>& customers)
{
    GammaGammaObjective objective(customers, 0, 0);
    return objective(params);
}

Result<BgNbdFit> fitBgNbd(const std::vector<RepeatSummary>& customers, const FitOptions& options,
                          Progress& progress)
{
    BgNbdFit fit;
    for (const RepeatSummary& c : customers) {
        if (!c.born)
            continue;
        ++fit.customers;
        if (c.frequency > 0)
            ++fit.repeatCustomers;
    }
    if (fit.repeatCustomers < kMinRepeatCustomers)
        return tooFewRepeatCustomers(fit.repeatCustomers);
    const std::vector<std::size_t> chosen =
        fitSample(customers, options.maxFitCustomers, options.sampleSeed);
    BgNbdObjective objective(customers, chosen);
    const double n = static_cast<double>(objective.size());
    auto negativeMean = [&](const double* v) {
        return -objective({std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])}) / n;
    };
    std::vector<double> start{0, 0, 0, 0};
    if (const auto& s = options.bgNbdStart)
        start = {std::log(s->r), std::log(s->alpha), std::log(s->a), std::log(s->b)};
    const Minimum best = minimise(negativeMean, start, options.maxIterations, progress);
    if (best.cancelled)
        return cancelled();
    if (!best.converged)
        return notConverged(QStringLiteral("BG/NBD"), best.iterations, best.x);
    fit.params = {std::exp(best.x[0]), std::exp(best.x[1]), std::exp(best.x[2]),
                  std::exp(best.x[3])};
    fit.logLikelihood = -best.value * n;
    fit.fittedOn = objective.size();
    fit.iterations = best.iterations;
    checkEdges(QStringLiteral("BG/NBD"),
               {{"r", fit.params.r},
                {"alpha", fit.params.alpha},
                {"a", fit.params.a},
                {"b", fit.params.b}},
               fit.warnings);
    if (fit.params.b > kEdgeHigh) {
        fit.warnings << Text::tr("BG/NBD: the data show almost no drop-out after a purchase, "
                                 "so P(alive) is close to 1 for every customer.");
    }
    return fit;
}

Result<GammaGammaFit> fitGammaGamma(const std::vector<RepeatSummary>& customers,
                                    const FitOptions& options, Progress& progress)
{
    std::size_t repeat = 0;
    for (const RepeatSummary& c : customers)
        repeat += c.born && c.frequency > 0 ? 1 : 0;
    if (repeat < kMinRepeatCustomers)
        return tooFewRepeatCustomers(repeat);
    GammaGammaObjective objective(customers, options.maxFitCustomers, options.sampleSeed);
    if (objective.size() == 0) {
        return Error::validation(QStringLiteral("amount"),
                                 Text::tr("Every repeat purchase has a spend of zero: the spend "
                                          "model needs amounts. Check the amount column."));
    }
    if (objective.size() < kMinRepeatCustomers)
        return tooFewRepeatCustomers(objective.size());
    const double n = static_cast<double>(objective.size());
    auto negativeMean = [&](const double* v) {
        return -objective({std::exp(v[0]), std::exp(v[1]), std::exp(v[2])}) / n;
    };
    // Start near the data: a mean spend of p·γ/(q - 1) with q = 2, p = 1.
    double meanSpend = 0;
    for (double m : objective.spends())
        meanSpend += m;
    meanSpend /= n;
    std::vector<double> start{0, std::log(2.0), std::log(meanSpend)};
    if (const auto& s = options.gammaGammaStart)
        start = {std::log(s->p), std::log(s->q), std::log(s->gamma)};
    const Minimum best = minimise(negativeMean, start, options.maxIterations, progress);
    if (best.cancelled)
        return cancelled();
    if (!best.converged)
        return notConverged(QStringLiteral("Gamma-Gamma"), best.iterations, best.x);
    GammaGammaFit fit;
    fit.params = {std::exp(best.x[0]), std::exp(best.x[1]), std::exp(best.x[2])};
    fit.logLikelihood = -best.value * n;
    fit.customers = objective.eligible();
    fit.fittedOn = objective.size();
    fit.iterations = best.iterations;
    fit.frequencySpendCorrelation = pearson(objective.frequencies(), objective.spends());
    checkEdges(QStringLiteral("Gamma-Gamma"),
               {{"p", fit.params.p}, {"q", fit.params.q}, {"gamma", fit.params.gamma}},
               fit.warnings);
    // The model assumes spend per purchase does not depend on how often one
    // buys (CDNOW's correlation is 0.11); beyond 0.3 say that it does.
    if (std::abs(fit.frequencySpendCorrelation) > 0.3) {
        fit.warnings << Text::tr("Gamma-Gamma: frequency and spend per purchase are correlated "
                                 "(%1), against the model's assumption; its spend predictions "
                                 "are less reliable.")
                            .arg(fit.frequencySpendCorrelation, 0, 'f', 2);
    }
    return fit;
}

double probabilityAlive(const BgNbdParams& p, double frequency, double recency, double age)
{
    if (frequency <= 0)
        return 1.0;
    const double logRatio =
        std::log(p.a) - std::log(p.b + frequency - 1)
        + (p.r + frequency) * (std::log(p.alpha + age) - std::log(p.alpha + recency));
    return 1.0 / (1.0 + std::exp(logRatio));
}

double probabilityNoPurchase(const BgNbdParams& p, double frequency, double recency, double age,
                             double t)
{
    // Dead, or alive with no purchase in t: given alive, λ's posterior is
    // Gamma(r + x, α + T), and E[exp(-λt)] under it is ((α+T)/(α+T+t))^(r+x).
    const double alive = probabilityAlive(p, frequency, recency, age);
    return 1 - alive
           + alive
                 * std::exp((p.r + frequency)
                            * (std::log(p.alpha + age) - std::log(p.alpha + age + t)));
}

std::optional<double> hypergeometric2F1(double a, double b, double c, double z)
{
    keepGslFromAborting();
    if (!(z >= 0 && z < 1))
        return std::nullopt;
    gsl_sf_result result;
    if (gsl_sf_hyperg_2F1_e(a, b, c, z, &result) == GSL_SUCCESS && std::isfinite(result.val))
        return result.val;
    // Euler: 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z). For
    // BG/NBD's arguments (r + x, b + x; a + b + x - 1) the new parameters are
    // small whatever x is, where the direct series struggles near z = 1.
    if (gsl_sf_hyperg_2F1_e(c - a, c - b, c, z, &result) == GSL_SUCCESS
        && std::isfinite(result.val))
        return std::pow(1 - z, c - a - b) * result.val;
    return std::nullopt;
}

std::optional<double> expectedPurchases(const BgNbdParams& p, double t)
{
    // (a + b - 1) / (a - 1): finite for any a but 1 (CDNOW's a is 0.79).
    if (p.a == 1 || t < 0)
        return std::nullopt;
    if (t == 0)
        return 0.0;
    const auto f = hypergeometric2F1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t));
    if (!f)
        return std::nullopt;
    return (p.a + p.b - 1) / (p.a - 1) * (1 - std::pow(p.alpha / (p.alpha + t), p.r) * *f);
}

std::optional<double> conditionalExpectedPurchases(const BgNbdParams& p, double x, double tx,
                                                   double age, double t)
{
    if (t <= 0)
        return 0.0;
    // (a + b + x - 1) / (a - 1) below: finite for any a but 1; 2F1 is
    // undefined only where its c is 0 or a negative whole number.
    const double c = p.a + p.b + x - 1;
    if (p.a == 1 || (c <= 0 && c == std::floor(c)))
        return std::nullopt;
    const double z = t / (p.alpha + age + t);
    const auto f = hypergeometric2F1(p.r + x, p.b + x, c, z);
    if (!f)
        return std::nullopt;
    const double first =
        c / (p.a - 1)
        * (1 - std::exp((p.r + x) * (std::log(p.alpha + age) - std::log(p.alpha + age + t))) * *f);
    double denominator = 1;
    if (x > 0) {
        denominator += std::exp(std::log(p.a) - std::log(p.b + x - 1)
                                + (p.r + x) * (std::log(p.alpha + age) - std::log(p.alpha + tx)));
    }
    const double value = first / denominator;
    if (!std::isfinite(value))
        return std::nullopt;
    return std::max(0.0, value);
}

std::optional<double> conditionalExpectedSpend(const GammaGammaParams& p, double frequency,
                                               double monetary)
{
    const double denominator = p.p * frequency + p.q - 1;
    if (!(denominator > 0))
        return std::nullopt;
    return p.p * (p.gamma + frequency * monetary) / denominator;
}

std::optional<double> customerLifetimeValue(const BgNbdParams& bgNbd, const GammaGammaParams& spend,
                                            const RepeatSummary& customer,
                                            const ClvOptions& options)
{
    const auto perPurchase = conditionalExpectedSpend(spend, customer.frequency, customer.monetary);
    if (!perPurchase)
        return std::nullopt;
    return customerLifetimeValue(bgNbd, *perPurchase, customer, options);
}

std::optional<double> customerLifetimeValue(const BgNbdParams& bgNbd, double spendPerPurchase,
                                            const RepeatSummary& customer,
                                            const ClvOptions& options)
{
    const double monthUnits = (365.25 / 12.0) / options.unitDays;
    double value = 0;
    double previous = 0;
    for (int month = 1; month <= options.months; ++month) {
        const auto upTo = conditionalExpectedPurchases(bgNbd, customer.frequency, customer.recency,
                                                       customer.age, month * monthUnits);
        if (!upTo)
            return std::nullopt;
        value +=
            (*upTo - previous) * spendPerPurchase / std::pow(1 + options.monthlyDiscount, month);
        previous = *upTo;
    }
    return value;
}

} // namespace rapport::core::value
