#pragma once

#include "charts/ChartData.h"
#include "common/Result.h"

#include <QList>
#include <QPixmap>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QScatterSeries;

namespace rapport::ui {

// The one adapter over Qt Charts (house style H20): only files in ui/charts
// include Qt Charts headers. Panels hand it plain rows (ChartData.h) and get
// back the caller's keys when the user clicks a point or a bar.
//
// A chart shows one thing at a time: a scatter (optionally coloured by a third
// value, with a colour legend), horizontal bars, or lines with a legend (to
// compare series, such as predicted against actual). Setting one replaces the
// others. One item can be highlighted (setSelectedKey), the way a table's
// current row is.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setTitle(const QString& title);
    QString title() const;

    void setScatter(const QList<ChartPoint>& points, const ChartAxis& xAxis, const ChartAxis& yAxis,
                    const std::optional<ColourScale>& colours = std::nullopt);
    void setBars(const QList<ChartBar>& bars, const ChartAxis& valueAxis);
    void setLines(const QList<ChartSeries>& series, const ChartAxis& xAxis, const ChartAxis& yAxis);
    void clear();

    // Rings the point (or marks the bar) whose key is `key`; 0 or an unknown
    // key clears the mark.
    void setSelectedKey(qint64 key);
    qint64 selectedKey() const { return m_selectedKey; }

    int pointCount() const { return int(m_points.size()); }
    int barCount() const { return int(m_bars.size()); }
    QList<double> barValues() const;
    const QList<ChartSeries>& lines() const { return m_lines; }
    QStringList barLabels() const;
    // Where the item with `key` is drawn, in this widget's coordinates; a null
    // point when no such item is shown. For tooltips and for driving clicks.
    QPoint positionOf(qint64 key) const;

    // The chart as shown, at the screen's device pixel ratio (sharp on HiDPI).
    QPixmap image();
    // Writes image() as a PNG file. Io error when the file cannot be written.
    core::Status exportPng(const QString& path);

Q_SIGNALS:
    void itemClicked(qint64 key);

private:
    void reset();
    void scatterClicked(const QPointF& point);
    void scatterHovered(const QPointF& point, bool state);
    void barClicked(int index);
    void barHovered(bool state, int index);
    int pointIndexAt(const QPointF& point) const;
    void updateSelection();

    QChart* m_chart;
    QChartView* m_view;
    QScatterSeries* m_scatter = nullptr; // the points
    QScatterSeries* m_ring = nullptr;    // the ring around the selected point
    QBarSet* m_barSet = nullptr;
    QList<ChartPoint> m_points;
    QList<ChartBar> m_bars;
    QList<ChartSeries> m_lines;
    qint64 m_selectedKey = 0;
};

} // namespace rapport::ui
