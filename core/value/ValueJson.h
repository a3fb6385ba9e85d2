#pragma once

#include "value/ValueModel.h"

#include <QJsonObject>

namespace rapport::core::value {

// The reports as JSON: what `rapport-cli value fit / score --json` print and
// what scoring_runs.report stores (the Insights charts read it back). Keys are
// snake_case; numbers are plain JSON numbers, never NaN.
QJsonObject bgNbdJson(const BgNbdFit& fit);
QJsonObject gammaGammaJson(const GammaGammaFit& fit);
QJsonObject holdoutJson(const HoldoutReport& holdout);
QJsonObject lifetimeJson(const LifetimeFit& fit); // customers, bgnbd, gamma_gamma, holdout
QJsonObject reportJson(const ValueReport& report);

// Reading back what the charts need.
std::vector<CalibrationBin> calibrationBinsFrom(const QJsonObject& report);

} // namespace rapport::core::value
