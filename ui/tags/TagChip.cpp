#include "tags/TagChip.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace rapport::ui {

namespace {
constexpr int kPaddingX = 7;
constexpr int kPaddingY = 2;

double linear(double channel)
{
    // sRGB to linear light (WCAG 2 relative luminance).
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

TagChip::TagChip(const QString& name, const QString& color, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
    , m_color(color)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(name);
}

QSize TagChip::sizeHint() const
{
    return chipSize(fontMetrics(), m_name);
}

QColor TagChip::textColorFor(const QColor& background)
{
    const double luminance = 0.2126 * linear(background.redF())
                             + 0.7152 * linear(background.greenF())
                             + 0.0722 * linear(background.blueF());
    // The luminance where black and white text have the same contrast ratio.
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QSize TagChip::chipSize(const QFontMetrics& metrics, const QString& name)
{
    return {metrics.horizontalAdvance(name) + 2 * kPaddingX, metrics.height() + 2 * kPaddingY};
}

int TagChip::paint(QPainter& painter, const QPoint& topLeft, const QString& name,
                   const QColor& color)
{
    const QSize size = chipSize(painter.fontMetrics(), name);
    const QRectF rect(topLeft, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const qreal radius = rect.height() / 2.0;
    path.addRoundedRect(rect, radius, radius);
    painter.fillPath(path, color);
    painter.setPen(textColorFor(color));
    painter.drawText(rect, Qt::AlignCenter, name);
    painter.restore();
    return size.width();
}

QIcon TagChip::swatch(const QString& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(color).darker(130));
    painter.setBrush(QColor(color));
    painter.drawEllipse(QRectF(1.0, 1.0, size - 2.0, size - 2.0));
    return QIcon(pixmap);
}

void TagChip::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    paint(painter, QPoint(0, 0), m_name, m_color);
}

} // namespace rapport::ui
