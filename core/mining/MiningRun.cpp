#include "mining/MiningRun.h"

namespace rapport::core::mining {

QString basketUnitKey(BasketUnit unit)
{
    switch (unit) {
    case BasketUnit::Order:
        return QStringLiteral("order");
    case BasketUnit::Customer:
        return QStringLiteral("customer");
    }
    return {};
}

QString itemLevelKey(ItemLevel level)
{
    switch (level) {
    case ItemLevel::Product:
        return QStringLiteral("product");
    case ItemLevel::Category:
        return QStringLiteral("category");
    }
    return {};
}

QString StoredRule::text() const
{
    // The arrow is U+21D2, as the arules and textbook notation write rules.
    return antecedentLabels.join(QStringLiteral(", ")) + QStringLiteral(" ") + QChar(0x21D2)
           + QStringLiteral(" ") + consequentLabels.join(QStringLiteral(", "));
}

} // namespace rapport::core::mining
