#pragma once

#include <QStyledItemDelegate>

namespace rapport::ui {

// Paints a deal as a board card: a rounded rectangle with the title, who it is
// for, the amount and the expected close date. A stale deal gets a warning
// stripe and badge; won and lost deals are tinted. The data comes from
// StageDealsModel's roles (never column numbers).
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kMargin = 6;   // around a card, inside its list row
    static constexpr int kPadding = 10; // inside a card

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // "¥125,000" for whole amounts, "¥99.50" otherwise: cards have little room.
    static QString compactMoney(qint64 minor, const QString& currency);
};

} // namespace rapport::ui
