#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints one timeline entry: a coloured disc with the kind's symbol on a
// vertical line, the title (struck through when done, red when overdue), the
// moment on the right and up to two lines of detail. Custom painting because
// the entry is a small card, not a text cell (house style H10).
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rapport::ui
