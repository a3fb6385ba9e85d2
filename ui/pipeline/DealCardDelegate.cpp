#include "pipeline/DealCardDelegate.h"

#include "Format.h"
#include "domain/Deal.h"
#include "pipeline/StageDealsModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace rapport::ui {

namespace {

// Fixed accents, chosen to read on light and dark palettes alike.
const QColor kStale(0xE8, 0x8B, 0x00);
const QColor kWonTint(0x2E, 0x9E, 0x5B);
const QColor kLostTint(0x9E, 0x9E, 0x9E);

QFont titleFont(const QFont& base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QString subtitle(const QModelIndex& index)
{
    const QString customer = index.data(StageDealsModel::CustomerRole).toString();
    const QString company = index.data(StageDealsModel::CompanyRole).toString();
    if (!customer.isEmpty() && !company.isEmpty())
        return customer + QStringLiteral(" · ") + company;
    return customer.isEmpty() ? company : customer;
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

QString DealCardDelegate::compactMoney(qint64 minor, const QString& currency)
{
    QString text = Format::money(minor, currency);
    if (minor % 100 == 0) {
        const QString cents = QLocale().decimalPoint() + QStringLiteral("00");
        if (text.endsWith(cents))
            text.chop(cents.size());
    }
    return text;
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    int height = 2 * kMargin + 2 * kPadding + title.height() + 6 + small.height();
    if (!subtitle(index).isEmpty())
        height += 3 + small.height();
    return {std::max(option.rect.width(), 160), height};
}

void DealCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card =
        QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    const auto outcome = core::StageOutcome(index.data(StageDealsModel::OutcomeRole).toInt());
    const bool stale = index.data(StageDealsModel::StaleRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;

    // A soft shadow, then the card.
    QPainterPath shape;
    shape.addRoundedRect(card, 8, 8);
    painter->fillPath(shape.translated(0, 1), QColor(0, 0, 0, hovered ? 40 : 22));
    QColor background = pal.color(QPalette::Base);
    if (outcome == core::StageOutcome::Won)
        background = mix(background, kWonTint, 0.10);
    else if (outcome == core::StageOutcome::Lost)
        background = mix(background, kLostTint, 0.14);
    painter->fillPath(shape, background);
    const QColor border = selected
                              ? pal.color(QPalette::Highlight)
                              : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.14);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->drawPath(shape);
    if (stale) {
        // A warning stripe down the left edge, clipped to the rounded card.
        painter->save();
        painter->setClipPath(shape);
        painter->fillRect(QRectF(card.left(), card.top(), 4, card.height()), kStale);
        painter->restore();
    }

    const QRectF inner = card.adjusted(kPadding + (stale ? 3 : 0), kPadding, -kPadding, -kPadding);
    const QColor text = outcome == core::StageOutcome::Lost
                            ? mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35)
                            : pal.color(QPalette::Text);
    const QColor muted = mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QFont titleF = titleFont(option.font);
    const QFont smallF = smallFont(option.font);
    const QFontMetrics titleM(titleF);
    const QFontMetrics smallM(smallF);
    qreal y = inner.top();

    // Title, with the stale badge at its right.
    QString badge;
    if (stale)
        badge = QStringLiteral("⚠ ")
                + tr("%n d", "days without a change, on a card",
                     index.data(StageDealsModel::StaleDaysRole).toInt());
    const int badgeWidth = badge.isEmpty() ? 0 : smallM.horizontalAdvance(badge) + 8;
    painter->setFont(titleF);
    painter->setPen(text);
    const QString title = titleM.elidedText(index.data(StageDealsModel::TitleRole).toString(),
                                            Qt::ElideRight, int(inner.width()) - badgeWidth);
    painter->drawText(QRectF(inner.left(), y, inner.width() - badgeWidth, titleM.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!badge.isEmpty()) {
        painter->setFont(smallF);
        painter->setPen(kStale);
        painter->drawText(QRectF(inner.right() - badgeWidth, y, badgeWidth, titleM.height()),
                          Qt::AlignRight | Qt::AlignVCenter, badge);
    }
    y += titleM.height();

    const QString who = subtitle(index);
    painter->setFont(smallF);
    if (!who.isEmpty()) {
        y += 3;
        painter->setPen(muted);
        painter->drawText(QRectF(inner.left(), y, inner.width(), smallM.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallM.elidedText(who, Qt::ElideRight, int(inner.width())));
        y += smallM.height();
    }

    // Amount on the left; probability and expected close on the right.
    y += 6;
    const QString amount = compactMoney(index.data(StageDealsModel::AmountRole).toLongLong(),
                                        index.data(StageDealsModel::CurrencyRole).toString());
    QStringList right;
    right << QStringLiteral("%1%").arg(index.data(StageDealsModel::ProbabilityRole).toInt());
    const QDate close = index.data(StageDealsModel::ExpectedCloseRole).toDate();
    if (close.isValid())
        right << Format::date(close);
    const QString rightText = right.join(QStringLiteral("  ·  "));
    QFont amountF = smallF;
    amountF.setWeight(QFont::DemiBold);
    const QFontMetrics amountM(amountF);
    const int amountWidth = amountM.horizontalAdvance(amount);
    painter->setPen(muted);
    painter->drawText(
        QRectF(inner.left() + amountWidth + 8, y, inner.width() - amountWidth - 8, smallM.height()),
        Qt::AlignRight | Qt::AlignVCenter,
        smallM.elidedText(rightText, Qt::ElideLeft, int(inner.width()) - amountWidth - 8));
    painter->setFont(amountF);
    painter->setPen(outcome == core::StageOutcome::Won ? kWonTint.darker(115) : text);
    painter->drawText(QRectF(inner.left(), y, amountWidth, smallM.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, amount);
    painter->restore();
}

} // namespace rapport::ui
