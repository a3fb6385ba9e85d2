#include "export/ExportOptions.h"

#include <QCoreApplication>

namespace rapport::core::exporting {

namespace {

// User-visible messages, translated in the "rapport::core::exporting::ExportOptions" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::exporting::ExportOptions)
};

constexpr ExportKind kKinds[] = {ExportKind::Customers, ExportKind::Companies, ExportKind::Products,
                                 ExportKind::Orders, ExportKind::OrderLines};

} // namespace

QString kindKey(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Customers:
        return QStringLiteral("customers");
    case ExportKind::Companies:
        return QStringLiteral("companies");
    case ExportKind::Products:
        return QStringLiteral("products");
    case ExportKind::Orders:
        return QStringLiteral("orders");
    case ExportKind::OrderLines:
        break;
    }
    return QStringLiteral("order-lines");
}

Result<ExportKind> parseKindKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    k.replace(u'_', u'-');
    for (ExportKind kind : kKinds) {
        if (kindKey(kind) == k)
            return kind;
    }
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("Unknown kind of data “%1”: use customers, companies, products, "
                                "orders or order-lines.")
                           .arg(key));
}

QString encodingKey(csv::OutputEncoding encoding)
{
    switch (encoding) {
    case csv::OutputEncoding::Utf8:
        return QStringLiteral("utf-8");
    case csv::OutputEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case csv::OutputEncoding::Gb18030:
        break;
    }
    return QStringLiteral("gb18030");
}

Result<csv::OutputEncoding> parseEncodingKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return csv::OutputEncoding::Utf8;
    if (k == QLatin1String("utf-8-bom") || k == QLatin1String("utf8-bom"))
        return csv::OutputEncoding::Utf8Bom;
    if (k == QLatin1String("gb18030") || k == QLatin1String("gbk"))
        return csv::OutputEncoding::Gb18030;
    return Error::make(Error::Code::InvalidArgument,
                       Text::tr("“%1” is not an encoding an export can write. Use one of: %2.")
                           .arg(key, QStringLiteral("utf-8, utf-8-bom, gb18030")));
}

} // namespace rapport::core::exporting
