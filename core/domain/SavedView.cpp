#include "domain/SavedView.h"

#include <QJsonArray>

namespace rapport::core {

namespace {

// Stored in saved_views.spec: never rename a key, only add.
const QString kColumns = QStringLiteral("columns");
const QString kSort = QStringLiteral("sort");
const QString kDescending = QStringLiteral("descending");
const QString kSearch = QStringLiteral("search");
const QString kFilter = QStringLiteral("filter");

} // namespace

QJsonObject savedViewSpecToJson(const SavedView& view)
{
    return {{kColumns, QJsonArray::fromStringList(view.columns)},
            {kSort, view.sortKey},
            {kDescending, view.descending},
            {kSearch, view.search},
            {kFilter, filterToJson(view.filter)}};
}

bool savedViewSpecFromJson(const QJsonObject& json, SavedView& view)
{
    // Every part is read even when one is malformed, so a view written by a
    // newer version still shows what this one understands (its filter, if
    // unreadable, is left empty and the caller warns).
    bool ok = true;
    view.columns.clear();
    const QJsonValue columns = json.value(kColumns);
    if (columns.isArray()) {
        for (const QJsonValue& column : columns.toArray()) {
            if (column.isString() && !column.toString().isEmpty())
                view.columns << column.toString();
            else
                ok = false;
        }
    } else if (!columns.isUndefined()) {
        ok = false;
    }
    const auto text = [&](const QString& key) {
        const QJsonValue value = json.value(key);
        if (!value.isString() && !value.isUndefined())
            ok = false;
        return value.toString();
    };
    view.sortKey = text(kSort);
    view.search = text(kSearch);
    const QJsonValue descending = json.value(kDescending);
    if (!descending.isBool() && !descending.isUndefined())
        ok = false;
    view.descending = descending.toBool();
    view.filter = {};
    const QJsonValue filter = json.value(kFilter);
    if (filter.isObject()) {
        if (auto parsed = filterFromJson(filter.toObject()))
            view.filter = *parsed;
        else
            ok = false;
    } else if (!filter.isUndefined()) {
        ok = false;
    }
    return ok;
}

} // namespace rapport::core
