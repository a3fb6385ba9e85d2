#include "models/ColumnTitles.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport::ui {

QString ColumnTitles::title(const QString& key)
{
    // QT_TRANSLATE_NOOP marks the strings for lupdate; translate() looks them up
    // at call time, so a language switch needs no rebuilt table.
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ColumnTitles", "Name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ColumnTitles", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ColumnTitles", "Phone")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("ColumnTitles", "City")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ColumnTitles", "Address")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("ColumnTitles", "Company")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("ColumnTitles", "Owner")},
        {QStringLiteral("opted_out"), QT_TRANSLATE_NOOP("ColumnTitles", "Opted out")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("ColumnTitles", "Created")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("ColumnTitles", "Created")},
        {QStringLiteral("updated"), QT_TRANSLATE_NOOP("ColumnTitles", "Updated")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("ColumnTitles", "Updated")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("ColumnTitles", "Website")},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("ColumnTitles", "Customers")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("ColumnTitles", "SKU")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("ColumnTitles", "Category")},
        {QStringLiteral("price"), QT_TRANSLATE_NOOP("ColumnTitles", "Price")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("ColumnTitles", "Currency")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("ColumnTitles", "Number")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("ColumnTitles", "Customer")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("ColumnTitles", "Date")},
        {QStringLiteral("ordered_on"), QT_TRANSLATE_NOOP("ColumnTitles", "Date")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ColumnTitles", "Status")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("ColumnTitles", "Total")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("ColumnTitles", "Lines")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ColumnTitles", "Notes")},
        {QStringLiteral("segment"), QT_TRANSLATE_NOOP("ColumnTitles", "Segment")},
        {QStringLiteral("clv"), QT_TRANSLATE_NOOP("ColumnTitles", "Lifetime value")},
        {QStringLiteral("churn_risk"), QT_TRANSLATE_NOOP("ColumnTitles", "Churn risk")},
        {QStringLiteral("p_alive"), QT_TRANSLATE_NOOP("ColumnTitles", "P(active)")},
    };
    const auto it = titles.constFind(key);
    return it == titles.constEnd() ? key : QCoreApplication::translate("ColumnTitles", it.value());
}

const core::CustomFieldDef* ColumnTitles::customField(const QString& key,
                                                      const QList<core::CustomFieldDef>& fields)
{
    const QString prefix = QStringLiteral("custom.");
    if (!key.startsWith(prefix))
        return nullptr;
    const QStringView fieldKey = QStringView(key).mid(prefix.size());
    for (const core::CustomFieldDef& def : fields) {
        if (def.key == fieldKey)
            return &def;
    }
    return nullptr;
}

QString ColumnTitles::title(const QString& key, const QList<core::CustomFieldDef>& fields)
{
    const core::CustomFieldDef* def = customField(key, fields);
    return def ? def->label : title(key);
}

} // namespace rapport::ui
