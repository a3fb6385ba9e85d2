#include "panels/HeaderState.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::ui {

namespace {
constexpr int kVersion = 2;
const QLatin1String kCustomPrefix("custom.");
} // namespace

QByteArray HeaderState::save(const QHeaderView* header, const QStringList& keys)
{
    QJsonArray columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || logical >= keys.size())
            continue;
        QJsonObject column;
        column.insert(QStringLiteral("key"), keys.at(logical));
        // A hidden section reports width 0: keep the width it had.
        column.insert(QStringLiteral("width"), header->isSectionHidden(logical)
                                                   ? header->defaultSectionSize()
                                                   : header->sectionSize(logical));
        column.insert(QStringLiteral("hidden"), header->isSectionHidden(logical));
        columns.append(column);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("columns"), columns);
    const int sorted = header->sortIndicatorSection();
    if (sorted >= 0 && sorted < keys.size()) {
        root.insert(QStringLiteral("sort"), keys.at(sorted));
        root.insert(QStringLiteral("descending"),
                    header->sortIndicatorOrder() == Qt::DescendingOrder);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QStringList> HeaderState::restore(QHeaderView* header, const QStringList& keys,
                                                const QByteArray& state)
{
    if (state.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(state);
    if (!document.isObject()
        || document.object().value(QStringLiteral("version")).toInt() != kVersion) {
        // QHeaderView's binary state of an older version: its sections are the
        // built-in columns, safe to apply only while there are no others.
        const bool builtInOnly = std::none_of(keys.begin(), keys.end(), [](const QString& key) {
            return key.startsWith(kCustomPrefix);
        });
        if (builtInOnly && header->restoreState(state))
            return keys;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    QStringList known;
    int position = 0;
    const QJsonArray columns = root.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        const QString key = column.value(QStringLiteral("key")).toString();
        const int logical = int(keys.indexOf(key));
        if (logical < 0)
            continue; // a column that is gone (a deleted custom field)
        known << key;
        header->moveSection(header->visualIndex(logical), position++);
        const int width = column.value(QStringLiteral("width")).toInt();
        if (width > 0)
            header->resizeSection(logical, width);
        header->setSectionHidden(logical, column.value(QStringLiteral("hidden")).toBool());
    }
    const int sorted = int(keys.indexOf(root.value(QStringLiteral("sort")).toString()));
    if (sorted >= 0) {
        header->setSortIndicator(sorted, root.value(QStringLiteral("descending")).toBool()
                                             ? Qt::DescendingOrder
                                             : Qt::AscendingOrder);
    }
    return known;
}

} // namespace rapport::ui
