#include "import/ImportLabels.h"

#include <QHash>

namespace rapport::ui {

using core::import::Entity;

QString ImportLabels::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return tr("Customers");
    case Entity::Companies:
        return tr("Companies");
    case Entity::Products:
        return tr("Products");
    case Entity::Orders:
        break;
    }
    return tr("Orders (one row per order line)");
}

QString ImportLabels::encodingName(core::csv::Encoding encoding)
{
    switch (encoding) {
    case core::csv::Encoding::Auto:
        return tr("Automatic");
    case core::csv::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case core::csv::Encoding::Utf16:
        return QStringLiteral("UTF-16");
    case core::csv::Encoding::Gb18030:
        break;
    }
    return QStringLiteral("GB18030");
}

QString ImportLabels::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u'\0':
        return tr("automatic");
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("vertical bar");
    default:
        break;
    }
    return QStringLiteral("“%1”").arg(delimiter);
}

QString ImportLabels::dateOrderName(core::parse::DateOrder order)
{
    using core::parse::DateOrder;
    switch (order) {
    case DateOrder::Auto:
        return tr("Automatic");
    case DateOrder::Dmy:
        return tr("Day first (31/12/2024)");
    case DateOrder::Mdy:
        return tr("Month first (12/31/2024)");
    case DateOrder::Ymd:
        break;
    }
    return tr("Year first (2024/12/31)");
}

QString ImportLabels::duplicateRuleName(const QString& rule)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("code"), QT_TR_NOOP("same customer number")},
        {QStringLiteral("email"), QT_TR_NOOP("same e-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("same phone")},
        {QStringLiteral("name_company"), QT_TR_NOOP("same name and company")},
        {QStringLiteral("name"), QT_TR_NOOP("same name")},
        {QStringLiteral("sku"), QT_TR_NOOP("same SKU")},
        {QStringLiteral("number"), QT_TR_NOOP("same order number")},
    };
    const auto found = names.constFind(rule);
    return found == names.constEnd() ? rule : tr(*found);
}

QString ImportLabels::delimiterKey(QChar delimiter)
{
    if (delimiter.isNull())
        return QStringLiteral("auto");
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(delimiter);
}

QChar ImportLabels::delimiterFromKey(const QString& key)
{
    if (key == QLatin1String("tab"))
        return u'\t';
    if (key.size() == 1 && QStringLiteral(",;|").contains(key))
        return key.at(0);
    return {};
}

} // namespace rapport::ui
