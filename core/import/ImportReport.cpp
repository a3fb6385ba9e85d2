#include "import/ImportReport.h"

#include <QJsonArray>

namespace rapport::core::import {

QJsonObject Report::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), layout.path);
    o.insert(QStringLiteral("dry_run"), dryRun);
    o.insert(QStringLiteral("applied"), applied);
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("inserted"), inserted);
    o.insert(QStringLiteral("updated"), updated);
    o.insert(QStringLiteral("skipped"), skipped);
    o.insert(QStringLiteral("rejected"), rejected);
    o.insert(QStringLiteral("errors_file"),
             errorsFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorsFile));
    QJsonObject duplicates;
    for (auto it = duplicatesByRule.begin(); it != duplicatesByRule.end(); ++it)
        duplicates.insert(it.key(), it.value());
    o.insert(QStringLiteral("duplicates"), duplicates);
    QJsonObject created;
    created.insert(QStringLiteral("companies"), companiesCreated);
    created.insert(QStringLiteral("customers"), customersCreated);
    created.insert(QStringLiteral("products"), productsCreated);
    created.insert(QStringLiteral("orders"), ordersCreated);
    o.insert(QStringLiteral("created"), created);
    if (ordersCreated > 0 || orderLines > 0) {
        o.insert(QStringLiteral("order_lines"), orderLines);
        o.insert(QStringLiteral("cancellations"), cancellations);
    }
    QJsonObject file;
    file.insert(QStringLiteral("encoding"), csv::encodingKey(layout.encoding));
    file.insert(QStringLiteral("bom"), layout.hadBom);
    file.insert(QStringLiteral("delimiter"),
                layout.delimiter == u'\t' ? QStringLiteral("tab") : QString(layout.delimiter));
    file.insert(QStringLiteral("mapping"), layout.mapping.toJson(layout.headers));
    file.insert(QStringLiteral("unmapped_columns"),
                QJsonArray::fromStringList(layout.unmappedColumns));
    QJsonObject dates;
    for (auto it = layout.dateOrders.begin(); it != layout.dateOrders.end(); ++it) {
        QJsonObject d;
        d.insert(QStringLiteral("order"), parse::dateOrderKey(it.value().order));
        d.insert(QStringLiteral("decided"), it.value().decided);
        d.insert(QStringLiteral("conflict"), it.value().conflict);
        dates.insert(it.key(), d);
    }
    file.insert(QStringLiteral("date_orders"), dates);
    QJsonObject numbers;
    for (auto it = layout.numberStyles.begin(); it != layout.numberStyles.end(); ++it)
        numbers.insert(it.key(), it.value().style == parse::NumberStyle::DotDecimal
                                     ? QStringLiteral("1,234.56")
                                     : QStringLiteral("1.234,56"));
    file.insert(QStringLiteral("number_styles"), numbers);
    o.insert(QStringLiteral("file_layout"), file);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

} // namespace rapport::core::import
