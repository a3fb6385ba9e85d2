#include "charts/ChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColorAxis>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLinearGradient>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport::ui {

namespace {

constexpr qreal kMarkerSize = 9;
constexpr qreal kRingSize = 18;
constexpr int kMaxLabelWidth = 300; // px: a bar label's longest

// Cool for low values, warm for high ones (ColorBrewer's RdYlBu, reversed):
// readable on white and for the common kinds of colour blindness.
QLinearGradient colourGradient()
{
    // Vertical, so the legend bar beside the plot runs low (bottom) to high (top).
    QLinearGradient gradient(0, 100, 0, 0);
    // Five stops: between two far-apart colours (blue and yellow) a straight
    // RGB blend passes through grey, which reads as "no value".
    gradient.setColorAt(0.0, QColor(0x45, 0x75, 0xb4));
    gradient.setColorAt(0.25, QColor(0x91, 0xbf, 0xdb));
    gradient.setColorAt(0.5, QColor(0xfe, 0xe0, 0x90));
    gradient.setColorAt(0.75, QColor(0xfc, 0x8d, 0x59));
    gradient.setColorAt(1.0, QColor(0xd7, 0x30, 0x27));
    return gradient;
}

// The range an axis shows: the caller's, or the data's with a little room so
// no point sits on the frame.
std::pair<double, double> axisRange(const ChartAxis& axis, double low, double high)
{
    if (low > high) // no data
        low = high = 0;
    const double room = high > low ? (high - low) * 0.05 : (high != 0 ? std::abs(high) * 0.1 : 1);
    return {axis.min.value_or(std::max(0.0, low - room)), axis.max.value_or(high + room)};
}

QValueAxis* makeValueAxis(const ChartAxis& axis, double low, double high)
{
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(axis.title);
    valueAxis->setLabelFormat(axis.labelFormat);
    const auto [min, max] = axisRange(axis, low, high);
    valueAxis->setRange(min, max);
    if (axis.tickInterval && *axis.tickInterval > 0) {
        // Ticks anchored at zero: a range with room around whole numbers
        // (-0.4 … 7.4) still has its ticks on them.
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(*axis.tickInterval);
    } else {
        valueAxis->applyNiceNumbers();
    }
    return valueAxis;
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this)) // takes ownership of the chart
{
    setObjectName(QStringLiteral("chartView"));
    m_view->setObjectName(QStringLiteral("chartPlot"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString& title)
{
    m_chart->setTitle(title);
}

QString ChartView::title() const
{
    return m_chart->title();
}

void ChartView::reset()
{
    m_chart->removeAllSeries(); // deletes them
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_scatter = nullptr;
    m_ring = nullptr;
    m_barSet = nullptr;
    m_points.clear();
    m_bars.clear();
    m_lines.clear();
    m_selectedKey = 0;
    m_chart->legend()->hide();
}

void ChartView::clear()
{
    reset();
}

void ChartView::setScatter(const QList<ChartPoint>& points, const ChartAxis& xAxis,
                           const ChartAxis& yAxis, const std::optional<ColourScale>& colours)
{
    reset();
    m_points = points;

    m_scatter = new QScatterSeries;
    m_scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_scatter->setMarkerSize(kMarkerSize);
    m_scatter->setPen(QPen(QColor(0, 0, 0, 60), 0.5));
    double xLow = std::numeric_limits<double>::max(), xHigh = std::numeric_limits<double>::lowest();
    double yLow = xLow, yHigh = xHigh;
    QList<QPointF> coordinates;
    QList<qreal> colourValues;
    coordinates.reserve(points.size());
    for (const ChartPoint& point : points) {
        coordinates.append(QPointF(point.x, point.y));
        colourValues.append(point.colourValue);
        xLow = std::min(xLow, point.x);
        xHigh = std::max(xHigh, point.x);
        yLow = std::min(yLow, point.y);
        yHigh = std::max(yHigh, point.y);
    }
    m_scatter->replace(coordinates);
    m_chart->addSeries(m_scatter);

    // The ring is a second series drawn over the first: a point's own colour
    // keeps telling its lift while it is selected.
    m_ring = new QScatterSeries;
    m_ring->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_ring->setMarkerSize(kRingSize);
    m_ring->setBrush(Qt::NoBrush);
    m_ring->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    m_chart->addSeries(m_ring);

    QValueAxis* x = makeValueAxis(xAxis, xLow, xHigh);
    QValueAxis* y = makeValueAxis(yAxis, yLow, yHigh);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries* series : {m_scatter, m_ring}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }

    if (colours) {
        auto* colourAxis = new QColorAxis;
        colourAxis->setTitleText(colours->title);
        colourAxis->setGradient(colourGradient());
        colourAxis->setAutoRange(false);
        // A flat range (every rule with one lift) still needs a bar to show.
        colourAxis->setRange(colours->min,
                             colours->max > colours->min ? colours->max : colours->min + 1);
        colourAxis->setTickCount(5);
        colourAxis->setSize(12);
        m_chart->addAxis(colourAxis, Qt::AlignRight);
        m_scatter->attachAxis(colourAxis);
        if (!colourValues.isEmpty())
            m_scatter->colorBy(colourValues); // uses the attached axis' gradient and range
    } else {
        m_scatter->setColor(QColor(0x45, 0x75, 0xb4));
    }

    connect(m_scatter, &QScatterSeries::clicked, this, &ChartView::scatterClicked);
    connect(m_scatter, &QScatterSeries::hovered, this, &ChartView::scatterHovered);
    // A click on the ring is a click on the point under it.
    connect(m_ring, &QScatterSeries::clicked, this, &ChartView::scatterClicked);
}

void ChartView::setBars(const QList<ChartBar>& bars, const ChartAxis& valueAxis)
{
    reset();
    m_bars = bars;

    // Qt draws the first category at the bottom; the caller's first bar goes on top.
    // Qt Charts cuts category labels to "..." when the chart was laid out
    // while hidden (another tab), and never grows them back; labels are
    // therefore cut here, to a fixed width, and shown whole in the tooltip.
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->setTruncateLabels(false);
    // Qt Charts hides every other category label once they overlap; a
    // slightly smaller font keeps fifteen rules' labels readable at the
    // panel's usual height.
    QFont labelFont = categoryAxis->labelsFont();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    categoryAxis->setLabelsFont(labelFont);
    const QFontMetrics metrics(labelFont);
    QStringList categories;
    m_barSet = new QBarSet(valueAxis.title);
    m_barSet->setColor(QColor(0x45, 0x75, 0xb4));
    m_barSet->setSelectedColor(palette().color(QPalette::Highlight));
    double high = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        // Category labels must be unique: two rules may read alike once cut.
        QString label = metrics.elidedText(it->label, Qt::ElideMiddle, kMaxLabelWidth);
        while (categories.contains(label))
            label += QChar(0x200B); // zero-width space: looks the same, differs
        categories.append(label);
        m_barSet->append(it->value);
        high = std::max(high, it->value);
    }
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(m_barSet);
    m_chart->addSeries(series);

    categoryAxis->append(categories);
    QValueAxis* values = makeValueAxis(valueAxis, 0, high);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);

    connect(m_barSet, &QBarSet::clicked, this, &ChartView::barClicked);
    connect(m_barSet, &QBarSet::hovered, this, &ChartView::barHovered);
}

void ChartView::setLines(const QList<ChartSeries>& series, const ChartAxis& xAxis,
                         const ChartAxis& yAxis)
{
    reset();
    m_lines = series;

    // The scatter's cool and warm ends first; the pens' dashes tell the lines
    // apart for readers who cannot tell the colours apart.
    static const QColor kColours[] = {QColor(0x45, 0x75, 0xb4), QColor(0xd7, 0x30, 0x27),
                                      QColor(0x1a, 0x98, 0x50), QColor(0x76, 0x2a, 0x83)};
    double xLow = std::numeric_limits<double>::max(), xHigh = std::numeric_limits<double>::lowest();
    double yLow = xLow, yHigh = xHigh;
    QList<QLineSeries*> lines;
    for (qsizetype i = 0; i < series.size(); ++i) {
        auto* line = new QLineSeries;
        line->setName(series.at(i).name);
        const QColor colour = kColours[i % std::size(kColours)];
        line->setPen(QPen(colour, 2, i % 2 == 0 ? Qt::SolidLine : Qt::DashLine));
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        line->replace(series.at(i).points);
        for (const QPointF& point : series.at(i).points) {
            xLow = std::min(xLow, point.x());
            xHigh = std::max(xHigh, point.x());
            yLow = std::min(yLow, point.y());
            yHigh = std::max(yHigh, point.y());
        }
        m_chart->addSeries(line);
        lines.append(line);
    }
    QValueAxis* x = makeValueAxis(xAxis, xLow, xHigh);
    QValueAxis* y = makeValueAxis(yAxis, yLow, yHigh);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : std::as_const(lines)) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->show();
}

QList<double> ChartView::barValues() const
{
    QList<double> values;
    for (const ChartBar& bar : m_bars)
        values.append(bar.value);
    return values;
}

QStringList ChartView::barLabels() const
{
    QStringList labels;
    for (const ChartBar& bar : m_bars)
        labels.append(bar.label);
    return labels;
}

void ChartView::setSelectedKey(qint64 key)
{
    m_selectedKey = key;
    updateSelection();
}

void ChartView::updateSelection()
{
    if (m_ring) {
        QList<QPointF> ring;
        for (const ChartPoint& point : std::as_const(m_points)) {
            if (m_selectedKey != 0 && point.key == m_selectedKey) {
                ring.append(QPointF(point.x, point.y));
                break;
            }
        }
        m_ring->replace(ring);
    }
    if (m_barSet) {
        m_barSet->deselectAllBars();
        for (int i = 0; i < m_bars.size(); ++i) {
            if (m_selectedKey != 0 && m_bars.at(i).key == m_selectedKey)
                m_barSet->selectBar(int(m_bars.size()) - 1 - i);
        }
    }
}

QPoint ChartView::positionOf(qint64 key) const
{
    const auto toWidget = [this](const QPointF& scenePos) {
        return m_view->mapTo(this, m_view->mapFromScene(scenePos));
    };
    if (m_scatter) {
        for (const ChartPoint& point : m_points) {
            if (point.key == key)
                return toWidget(m_chart->mapToPosition(QPointF(point.x, point.y), m_scatter));
        }
    }
    if (m_barSet) {
        const auto series = m_chart->series();
        for (int i = 0; i < m_bars.size(); ++i) {
            if (m_bars.at(i).key != key || series.isEmpty())
                continue;
            // The middle of the bar: half its value along, on its category.
            const int category = int(m_bars.size()) - 1 - i;
            return toWidget(
                m_chart->mapToPosition(QPointF(m_bars.at(i).value / 2, category), series.first()));
        }
    }
    return {};
}

int ChartView::pointIndexAt(const QPointF& point) const
{
    // The series reports the clicked marker's data point; points may share
    // coordinates, in which case the first (strongest, as callers sort) wins.
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < m_points.size(); ++i) {
        const double dx = m_points.at(i).x - point.x(), dy = m_points.at(i).y - point.y();
        const double distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void ChartView::scatterClicked(const QPointF& point)
{
    const int index = pointIndexAt(point);
    if (index < 0)
        return;
    setSelectedKey(m_points.at(index).key);
    Q_EMIT itemClicked(m_points.at(index).key);
}

void ChartView::scatterHovered(const QPointF& point, bool state)
{
    const int index = state ? pointIndexAt(point) : -1;
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_points.at(index).toolTip, this);
}

void ChartView::barClicked(int index)
{
    const int bar = int(m_bars.size()) - 1 - index;
    if (bar < 0 || bar >= m_bars.size())
        return;
    setSelectedKey(m_bars.at(bar).key);
    Q_EMIT itemClicked(m_bars.at(bar).key);
}

void ChartView::barHovered(bool state, int index)
{
    const int bar = int(m_bars.size()) - 1 - index;
    if (!state || bar < 0 || bar >= m_bars.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_bars.at(bar).toolTip, this);
}

QPixmap ChartView::image()
{
    // QWidget::grab renders at the widget's device pixel ratio and tags the
    // pixmap with it, so the file is as sharp as the screen.
    return grab();
}

core::Status ChartView::exportPng(const QString& path)
{
    const QPixmap pixmap = image();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return core::Error::make(core::Error::Code::Io,
                                 tr("Could not write the chart to “%1”.").arg(path));
    return {};
}

} // namespace rapport::ui
