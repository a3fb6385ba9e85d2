#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Entities.h"
#include "storage/ChangeHub.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rapport::core {

// The starting points a new owner can pick: custom fields, a pipeline and
// saved views that fit a kind of business. Everything they create is ordinary
// data the owner may edit or delete afterwards.
struct StarterTemplateInfo
{
    QString key;         // "retail", "b2b", "clinic", "education"
    QString name;        // translated
    QString description; // translated, one sentence
};

struct StarterTemplateReport
{
    QString key;
    QList<RowId> fieldIds;  // created
    QStringList fieldsKept; // labels of fields whose key existed already (left as they were)
    RowId pipelineId = 0;   // 0: none created (one of that name existed)
    QString pipelineName;
    int stages = 0;
    QList<RowId> viewIds;  // created
    QStringList viewsKept; // names that existed already

    QJsonObject toJson() const;
};

QList<StarterTemplateInfo> starterTemplates();

// Creates the template's fields, pipeline and views in one transaction, in the
// language the application runs in. What exists already (same field key,
// pipeline or view name) is kept and reported, so applying twice adds nothing.
Result<StarterTemplateReport> applyStarterTemplate(const QSqlDatabase& db, const QString& key,
                                                   ChangeHub* hub = nullptr,
                                                   const Clock& clock = Clock::system());

// Soft-deletes what a report says was created (the undo of an apply), and
// brings it back (its redo). Each is one transaction.
Status withdrawStarterTemplate(const QSqlDatabase& db, const StarterTemplateReport& report,
                               ChangeHub* hub = nullptr);
Status reinstateStarterTemplate(const QSqlDatabase& db, const StarterTemplateReport& report,
                                ChangeHub* hub = nullptr);

} // namespace rapport::core
