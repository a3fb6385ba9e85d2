#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "value/RepeatSummary.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace rapport::core::value {

// The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy
// Way"): while alive a customer buys at rate λ ~ Gamma(r, α); after each repeat
// purchase they drop out with probability p ~ Beta(a, b).
struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): a
// purchase's value is Gamma(p, ν), the customer's ν ~ Gamma(q, γ).
struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

struct FitOptions
{
    // Above this many customers each fit uses a seeded random sample of them
    // (the parameters describe the population, and a sample of 100,000 gives
    // them standard errors far below their differences between shops); 0:
    // every customer.
    std::size_t maxFitCustomers = 100000;
    int maxIterations = 4000;
    std::uint64_t sampleSeed = 20051;
    // Where the minimiser starts (default: 1 for every BG/NBD parameter; the
    // data's mean spend for Gamma-Gamma).
    std::optional<BgNbdParams> bgNbdStart;
    std::optional<GammaGammaParams> gammaGammaStart;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0;  // over the customers it was fitted on
    std::size_t customers = 0; // customers with a first purchase by the calibration end
    std::size_t fittedOn = 0;
    std::size_t repeatCustomers = 0;
    int iterations = 0;
    // A parameter that ran off towards 0 or infinity: the optimum is on the
    // edge of the model (e.g. b → ∞: almost no drop-out, P(alive) near 1).
    QStringList warnings;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    std::size_t customers = 0; // repeat customers with positive spend
    std::size_t fittedOn = 0;
    // Pearson correlation of frequency and mean spend over those customers:
    // the model assumes spend does not depend on how often one buys.
    double frequencySpendCorrelation = 0;
    int iterations = 0;
    QStringList warnings; // edge optima, and a strong frequency-spend correlation
};

// At least this many repeat customers (frequency > 0) are needed to fit either
// model; fewer give parameters that mean nothing.
inline constexpr std::size_t kMinRepeatCustomers = 10;

// One customer's log-likelihood, and the sum over the born customers.
double bgNbdLogLikelihood(const BgNbdParams& params, double frequency, double recency, double age);
double bgNbdLogLikelihood(const BgNbdParams& params, const std::vector<RepeatSummary>& customers);
double gammaGammaLogLikelihood(const GammaGammaParams& params, double frequency, double monetary);
double gammaGammaLogLikelihood(const GammaGammaParams& params,
                               const std::vector<RepeatSummary>& customers);

// Maximum likelihood with GSL's Nelder-Mead simplex over log parameters.
// Errors: too few repeat customers (Validation), no convergence, cancelled.
Result<BgNbdFit> fitBgNbd(const std::vector<RepeatSummary>& customers, const FitOptions& options,
                          Progress& progress);
// Errors: too few repeat customers, every repeat spend zero, no convergence.
Result<GammaGammaFit> fitGammaGamma(const std::vector<RepeatSummary>& customers,
                                    const FitOptions& options, Progress& progress);

// P(alive at the calibration end | frequency, recency, age).
double probabilityAlive(const BgNbdParams& params, double frequency, double recency, double age);
// P(no purchase in the next t units | history): dead, or alive and not buying.
double probabilityNoPurchase(const BgNbdParams& params, double frequency, double recency,
                             double age, double t);
// E[X(t)]: purchases of a new customer in (0, t]. Any a but 1.
std::optional<double> expectedPurchases(const BgNbdParams& params, double t);
// E[Y(t) | frequency, recency, age]: purchases in the next t units. Uses the
// Gauss hypergeometric function (GSL); nullopt when it cannot be evaluated.
std::optional<double> conditionalExpectedPurchases(const BgNbdParams& params, double frequency,
                                                   double recency, double age, double t);
// E[spend per purchase | frequency, monetary]: the population mean for
// frequency 0. Needs p * frequency + q > 1.
std::optional<double> conditionalExpectedSpend(const GammaGammaParams& params, double frequency,
                                               double monetary);

// Customer lifetime value over `months` months: expected purchases in each
// month times the expected spend, discounted at `monthlyDiscount` per month
// (0.01 = 1 %). `unitDays` is the model's time unit in days.
struct ClvOptions
{
    int months = 12;
    double monthlyDiscount = 0.01;
    double unitDays = 7;
};
std::optional<double> customerLifetimeValue(const BgNbdParams& bgNbd, const GammaGammaParams& spend,
                                            const RepeatSummary& customer,
                                            const ClvOptions& options);
// The same with a given spend per purchase.
std::optional<double> customerLifetimeValue(const BgNbdParams& bgNbd, double spendPerPurchase,
                                            const RepeatSummary& customer,
                                            const ClvOptions& options);

// Gauss's hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1 via GSL, with
// Euler's transformation when GSL's direct evaluation fails.
std::optional<double> hypergeometric2F1(double a, double b, double c, double z);

} // namespace rapport::core::value
