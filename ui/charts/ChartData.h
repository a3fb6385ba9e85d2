#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace rapport::ui {

// What the panels hand the chart adapter: plain values, never Qt Charts types,
// so the module behind ChartView can be swapped (Qt Charts is deprecated since
// Qt 6.10; its successor is Qt Graphs) without touching a panel.

// One point of a scatter. `key` is the caller's id for it (a rule id), handed
// back by ChartView::itemClicked.
struct ChartPoint
{
    double x = 0;
    double y = 0;
    double colourValue = 0; // placed on the colour scale, when the scatter has one
    QString toolTip;
    qint64 key = 0;
};

// One bar of a bar chart, drawn in the order given (the first on top).
struct ChartBar
{
    QString label;
    double value = 0;
    QString toolTip;
    qint64 key = 0;
};

// One line of a line chart (drawn with a marker on each point), named in the
// chart's legend.
struct ChartSeries
{
    QString name;
    QList<QPointF> points;
};

// An axis: its title and a printf-style format for its tick labels ("%.0f%%").
struct ChartAxis
{
    QString title;
    QString labelFormat = QStringLiteral("%g");
    std::optional<double> min; // the range; unset: from the data
    std::optional<double> max;
    std::optional<double> tickInterval; // ticks at multiples of this (one per integer: 1)
};

// Colours points from low (cool) to high (warm) values, with a legend bar
// titled `title` beside the plot.
struct ColourScale
{
    QString title;
    double min = 0;
    double max = 1;
};

} // namespace rapport::ui
