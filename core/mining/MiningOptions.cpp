#include "mining/MiningOptions.h"

#include <QCoreApplication>

#include <cmath>

namespace rapport::core::mining {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mining::MiningOptions)
};
} // namespace

QString algorithmKey(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Apriori:
        return QStringLiteral("apriori");
    case Algorithm::Eclat:
        return QStringLiteral("eclat");
    case Algorithm::FpGrowth:
        return QStringLiteral("fpgrowth");
    }
    return {};
}

Result<Algorithm> algorithmFromKey(const QString& key)
{
    for (Algorithm a : {Algorithm::Apriori, Algorithm::Eclat, Algorithm::FpGrowth}) {
        if (key.compare(algorithmKey(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return Error::make(
        Error::Code::InvalidArgument,
        Text::tr("Unknown algorithm \"%1\": use apriori, eclat or fpgrowth.").arg(key));
}

Status validate(const MiningOptions& options)
{
    if (options.minCount == 0 && !(options.minSupport > 0 && options.minSupport <= 1)) {
        return Error::validation(
            QStringLiteral("min_support"),
            Text::tr("The minimum support must be a fraction above 0 and at most 1 (0.01 is 1%); "
                     "%1 is outside that range.")
                .arg(options.minSupport));
    }
    if (options.maxSize < 0) {
        return Error::validation(QStringLiteral("max_size"),
                                 Text::tr("The largest itemset size cannot be negative."));
    }
    return {};
}

Support minimumCount(const MiningOptions& options, std::size_t transactions)
{
    if (options.minCount > 0)
        return options.minCount;
    // 0.1 * 30 is 3.0000000000000004 in binary floating point; without the
    // tolerance ceil() would demand 4 transactions where the user meant 3.
    const double exact = options.minSupport * double(transactions);
    const double count = std::ceil(exact - 1e-9 * std::max(1.0, exact));
    return count < 1 ? Support{1} : Support(count);
}

} // namespace rapport::core::mining
