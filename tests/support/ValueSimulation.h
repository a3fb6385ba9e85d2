#pragma once

// Customers drawn from the BG/NBD and Gamma-Gamma models themselves, for tests
// that check the fitted models recover what generated the data.

#include "value/LifetimeModels.h"
#include "value/PurchaseHistory.h"

#include <random>

namespace rapport::testing {

struct SimulatedCustomer
{
    int frequency = 0;   // repeat purchases in (0, age]
    double recency = 0;  // time of the last repeat purchase
    double age = 0;      // observation length
    double monetary = 0; // mean repeat spend
    int holdout = 0;     // repeat purchases in (age, age + holdoutLength]
};

// One BG/NBD customer observed for `age` (then `holdoutLength` more): λ ~
// Gamma(r, rate α), p ~ Beta(a, b); a Poisson process at rate λ from the first
// purchase at 0; after each repeat purchase, drop-out with probability p.
// Spend: ν ~ Gamma(q, rate γ), each purchase Gamma(p, rate ν).
inline SimulatedCustomer simulateCustomer(std::mt19937_64& random,
                                          const core::value::BgNbdParams& bg,
                                          const core::value::GammaGammaParams& gg, double age,
                                          double holdoutLength = 0)
{
    std::gamma_distribution<double> lambdaDraw(bg.r, 1.0 / bg.alpha);
    std::gamma_distribution<double> betaA(bg.a, 1.0);
    std::gamma_distribution<double> betaB(bg.b, 1.0);
    std::gamma_distribution<double> nuDraw(gg.q, 1.0 / gg.gamma);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double lambda = lambdaDraw(random);
    const double x = betaA(random);
    const double p = x / (x + betaB(random));
    const double nu = nuDraw(random);
    std::gamma_distribution<double> spendDraw(gg.p, 1.0 / nu);
    SimulatedCustomer c;
    c.age = age;
    double t = 0;
    double spend = 0;
    while (true) {
        std::exponential_distribution<double> wait(lambda);
        t += wait(random);
        if (t > age + holdoutLength)
            break;
        if (t <= age) {
            ++c.frequency;
            c.recency = t;
            spend += spendDraw(random);
        } else {
            ++c.holdout;
        }
        if (uniform(random) < p)
            break;
    }
    c.monetary = c.frequency > 0 ? spend / c.frequency : 0;
    return c;
}

inline core::value::RepeatSummary summaryOf(const SimulatedCustomer& c)
{
    core::value::RepeatSummary s;
    s.born = true;
    s.frequency = c.frequency;
    s.recency = c.recency;
    s.age = c.age;
    s.monetary = c.monetary;
    s.holdoutPurchases = c.holdout;
    return s;
}

} // namespace rapport::testing
