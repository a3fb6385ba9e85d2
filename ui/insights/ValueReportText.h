#pragma once

#include "storage/ScoreRepository.h"

#include <QCoreApplication>

namespace rapport::ui {

// The words around the customer value charts: the one-line summary of a
// scoring run, and the fitted lifetime models with the run's notes and
// warnings as compact HTML for a read-only text browser.
class ValueReportText
{
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ValueReportText)
public:
    // "Scored as of 30/06/2026: 2,828 customers · rapport-value 1 (…) · 14.1 s"
    static QString summary(const core::ScoringRun& run);
    static QString modelDetailsHtml(const QJsonObject& report);
};

} // namespace rapport::ui
