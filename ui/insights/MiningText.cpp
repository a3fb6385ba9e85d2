#include "insights/MiningText.h"

#include "Format.h"

#include <QLocale>

#include <cmath>

namespace rapport::ui {

namespace {
const QString kListSeparator = QStringLiteral(", ");
} // namespace

QString MiningText::algorithmName(core::mining::Algorithm algorithm)
{
    switch (algorithm) {
    case core::mining::Algorithm::Apriori:
        return tr("Apriori");
    case core::mining::Algorithm::Eclat:
        return tr("Eclat");
    case core::mining::Algorithm::FpGrowth:
        return tr("FP-Growth");
    }
    return {};
}

QString MiningText::percent(double fraction, int decimals)
{
    // "1%" rather than "1.0%" for round thresholds.
    QString text = QLocale().toString(fraction * 100, 'f', decimals);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text + QLatin1Char('%');
}

QString MiningText::runSummary(const core::mining::MiningRun& run)
{
    using core::mining::BasketUnit;
    using core::mining::ItemLevel;
    const QString when =
        QLocale().toString(run.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString unit =
        run.baskets.unit == BasketUnit::Order ? tr("per order") : tr("per customer");
    const QString level =
        run.baskets.level == ItemLevel::Product ? tr("products") : tr("categories");
    const QString support = run.mining.minCount > 0
                                ? tr("at least %Ln basket(s)", nullptr, int(run.mining.minCount))
                                : tr("support %1").arg(percent(run.mining.minSupport, 2));
    const QString counts = tr("%Ln basket(s)", nullptr, int(run.transactions)) + kListSeparator
                           + tr("%Ln rule(s)", nullptr, int(run.ruleCount));
    return tr("%1 · %2 · %3, %4 · %5 · confidence %6 — %7", "a mining run in the run list")
        .arg(when, algorithmName(run.mining.algorithm), unit, level, support,
             percent(run.rules.minConfidence), counts);
}

QString MiningText::ruleDetails(const core::mining::StoredRule& rule)
{
    const QString conviction = std::isinf(rule.conviction)
                                   ? QStringLiteral("∞")
                                   : QLocale().toString(rule.conviction, 'f', 2);
    return tr("%1\nSupport %2 (%3 baskets) · confidence %4 · lift %5 · conviction %6")
        .arg(rule.text(), percent(rule.support, 2), Format::count(qint64(rule.count)),
             percent(rule.confidence), QLocale().toString(rule.lift, 'f', 2), conviction);
}

QString MiningText::reason(const core::mining::StoredRule& rule)
{
    return tr("Bought %1 — %2 of such customers also bought %3 (lift %4)")
        .arg(rule.antecedentLabels.join(kListSeparator), percent(rule.confidence, 0),
             rule.consequentLabels.join(kListSeparator), QLocale().toString(rule.lift, 'f', 1));
}

} // namespace rapport::ui
