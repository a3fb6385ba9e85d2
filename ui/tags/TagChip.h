#pragma once

#include <QColor>
#include <QIcon>
#include <QWidget>

class QPainter;

namespace rapport::ui {

// A tag as a small rounded, coloured label ("chip"). The text is black or
// white, whichever reads better on the colour (by its relative luminance), so
// any colour a user picks stays legible. Usable as a widget, or as a painter
// for delegates and panes that draw many chips.
class TagChip : public QWidget
{
    Q_OBJECT
public:
    TagChip(const QString& name, const QString& color, QWidget* parent = nullptr);

    QString name() const { return m_name; }
    QColor color() const { return m_color; }
    QSize sizeHint() const override;

    // Black or white, for text on `background`.
    static QColor textColorFor(const QColor& background);
    // The size a chip of `name` takes in `font`'s metrics.
    static QSize chipSize(const QFontMetrics& metrics, const QString& name);
    // Paints a chip with its top-left corner at `topLeft`; returns its width.
    static int paint(QPainter& painter, const QPoint& topLeft, const QString& name,
                     const QColor& color);
    // A small round swatch of `color` (for combo boxes and lists).
    static QIcon swatch(const QString& color, int size);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QColor m_color;
};

} // namespace rapport::ui
