// Draws the holdout calibration chart of `rapport-cli value fit --json` output
// (predicted against actual purchases per number of calibration repeat
// purchases, the BG/NBD paper's figure 4) as a PNG, with the same chart code
// as the Insights panel. Used for the README's figures on CDNOW and Online Retail:
//   rapport-cli value fit ... --json > fit.json
//   calibration_chart fit.json chart.png "CDNOW, weeks 40-78"

#include "charts/ChartView.h"
#include "insights/ValueCharts.h"
#include "value/ValueJson.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: calibration_chart FIT.json OUT.png TITLE\n", stderr);
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "calibration_chart: cannot read %s\n", argv[1]);
        return 1;
    }
    const QJsonObject fit = QJsonDocument::fromJson(in.readAll()).object();
    // calibrationBinsFrom() reads a scoring report, which nests the fit under "holdout".
    const auto bins =
        rapport::core::value::calibrationBinsFrom(QJsonObject{{QStringLiteral("holdout"), fit}});
    if (bins.empty()) {
        std::fprintf(stderr, "calibration_chart: %s has no holdout bins\n", argv[1]);
        return 1;
    }
    using rapport::ui::ValueCharts;
    rapport::ui::ChartView view;
    view.resize(560, 380);
    view.setTitle(QString::fromLocal8Bit(argv[3]));
    view.setLines(ValueCharts::calibrationLines(bins), ValueCharts::repeatPurchasesAxis(bins),
                  ValueCharts::holdoutPurchasesAxis());
    view.show();
    QApplication::processEvents();
    if (auto written = view.exportPng(QString::fromLocal8Bit(argv[2])); !written) {
        std::fprintf(stderr, "calibration_chart: %s\n", qPrintable(written.error().message));
        return 1;
    }
    return 0;
}
