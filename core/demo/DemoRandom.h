#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace rapport::core {

// The demo generator's source of randomness. std::mt19937_64's output is fixed
// by the C++ standard, but the std:: distributions are not (libstdc++ and libc++
// give different numbers), so every distribution is written here on top of the
// raw 64-bit words: the same seed gives the same database on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    // Independent streams derived from one seed (SplitMix64 of seed + stream).
    static std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t next() { return m_engine(); }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Uniform in [0, n) for n < 2^53 (53 random bits scaled; exact for our sizes).
    std::uint64_t below(std::uint64_t n)
    {
        const auto k = static_cast<std::uint64_t>(uniform() * static_cast<double>(n));
        return k < n ? k : n - 1;
    }
    int below(int n) { return static_cast<int>(below(static_cast<std::uint64_t>(n))); }

    // Uniform in [lo, hi] (inclusive).
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

    bool chance(double p) { return uniform() < p; }

    // Successes in n trials of probability p.
    int binomial(int n, double p)
    {
        int k = 0;
        for (int i = 0; i < n; ++i)
            k += chance(p) ? 1 : 0;
        return k;
    }

    // Days until the next event of a process with `perDay` events per day (>= 1):
    // geometric by inversion, so one draw per gap instead of one per day.
    int geometricGap(double perDay)
    {
        if (perDay >= 1.0)
            return 1;
        const double u = 1.0 - uniform(); // (0, 1]
        return 1 + static_cast<int>(std::floor(std::log(u) / std::log1p(-perDay)));
    }

    // An index drawn with probability proportional to `weights[i]`, given their
    // running sums (cumulative[i] = weights[0] + ... + weights[i]).
    template<typename Container>
    int weighted(const Container& cumulative)
    {
        const double total = cumulative.back();
        const double x = uniform() * total;
        int lo = 0;
        int hi = static_cast<int>(cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (x < cumulative[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace rapport::core
