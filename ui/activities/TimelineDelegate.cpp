#include "activities/TimelineDelegate.h"

#include "Format.h"
#include "activities/ActivityFormat.h"
#include "activities/TimelineModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace rapport::ui {

namespace {
constexpr int kRail = 40;     // width of the column with the line and the disc
constexpr int kDisc = 26;     // the disc's diameter
constexpr int kPad = 8;       // vertical padding of an entry
constexpr int kMaxDetail = 2; // detail lines shown (the tooltip has all)

using Kind = core::TimelineItem::Kind;

QString glyphOf(const QModelIndex& index)
{
    switch (Kind(index.data(TimelineModel::KindRole).toInt())) {
    case Kind::Activity:
        return ActivityFormat::glyph(
            core::ActivityKind(index.data(TimelineModel::ActivityKindRole).toInt()));
    case Kind::Order:
        return QStringLiteral("\u00A5");
    case Kind::Deal:
    case Kind::DealStage:
        return QStringLiteral("\u25C6");
    case Kind::FieldChange:
        return QStringLiteral("\u0394");
    }
    return QStringLiteral("\u2022");
}

QColor colorOf(const QModelIndex& index)
{
    switch (Kind(index.data(TimelineModel::KindRole).toInt())) {
    case Kind::Activity:
        return ActivityFormat::color(
            core::ActivityKind(index.data(TimelineModel::ActivityKindRole).toInt()));
    case Kind::Order:
        return QColor(0xc2, 0x41, 0x3b);
    case Kind::Deal:
    case Kind::DealStage:
        return QColor(0x16, 0x8a, 0x8f);
    case Kind::FieldChange:
        return QColor(0xa0, 0xa4, 0xab);
    }
    return Qt::gray;
}

// The detail text as the list shows it: orders and deals get the locale's money.
QString detailOf(const QModelIndex& index)
{
    const Kind kind = Kind(index.data(TimelineModel::KindRole).toInt());
    if (kind == Kind::Order) {
        return QCoreApplication::translate("rapport::ui::TimelineDelegate", "%1 · %2")
            .arg(Format::money(index.data(TimelineModel::AmountRole).toLongLong(),
                               index.data(TimelineModel::CurrencyRole).toString()),
                 Format::statusFromKey(index.data(TimelineModel::StatusRole).toString()));
    }
    if (kind == Kind::Deal || kind == Kind::DealStage)
        return Format::money(index.data(TimelineModel::AmountRole).toLongLong(),
                             index.data(TimelineModel::CurrencyRole).toString());
    QString detail = index.data(TimelineModel::DetailRole).toString();
    const QString due = index.data(TimelineModel::DueTextRole).toString();
    if (kind == Kind::Activity && !due.isEmpty()) {
        const QString dueText =
            QCoreApplication::translate("rapport::ui::TimelineDelegate", "Due %1").arg(due);
        detail = detail.isEmpty() ? dueText : dueText + QLatin1Char('\n') + detail;
    }
    return detail;
}

QStringList detailLines(const QString& detail, const QFontMetrics& fm, int width)
{
    QStringList lines;
    const QStringList paragraphs = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs) {
        if (lines.size() == kMaxDetail)
            break;
        lines << fm.elidedText(paragraph, Qt::ElideRight, width);
    }
    return lines;
}

QFont titleFont(const QStyleOptionViewItem& option)
{
    QFont f = option.font;
    f.setBold(true);
    return f;
}
} // namespace

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const bool overdue = index.data(TimelineModel::OverdueRole).toBool();
    const bool done = index.data(TimelineModel::DoneRole).toBool();
    const QRect r = opt.rect;

    if (selected)
        painter->fillRect(r, pal.highlight());
    else if (overdue)
        painter->fillRect(r, QColor(0xfd, 0xec, 0xea));

    // The rail: a thin line through all entries, broken by the disc.
    const int cx = r.left() + kRail / 2;
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawLine(cx, r.top(), cx, r.bottom());
    const QRect disc(cx - kDisc / 2, r.top() + kPad, kDisc, kDisc);
    const QColor color = colorOf(index);
    painter->setPen(Qt::NoPen);
    painter->setBrush(done ? color.lighter(140) : color);
    painter->drawEllipse(disc);
    QFont glyphFont = opt.font;
    glyphFont.setPixelSize(kDisc / 2 + 2);
    glyphFont.setBold(true);
    painter->setFont(glyphFont);
    painter->setPen(Qt::white);
    painter->drawText(disc, Qt::AlignCenter, glyphOf(index));

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? text : pal.color(QPalette::PlaceholderText);
    const int left = r.left() + kRail + 4;
    const int right = r.right() - kPad;

    // The moment, right-aligned on the title line.
    const QString moment = index.data(TimelineModel::MomentTextRole).toString();
    painter->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const int momentWidth = fm.horizontalAdvance(moment);
    painter->setPen(muted);
    const QRect titleLine(left, r.top() + kPad, right - left, fm.height() + 4);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, moment);

    // The title, bold; struck through when done, red when overdue.
    QFont tf = titleFont(opt);
    tf.setStrikeOut(done);
    painter->setFont(tf);
    const QFontMetrics tfm(tf);
    QString title = index.data(Qt::DisplayRole).toString();
    if (overdue)
        title = tr("Overdue: %1").arg(title);
    painter->setPen(overdue && !selected ? QColor(0xc0, 0x25, 0x1d) : text);
    const int titleWidth = std::max(40, right - left - momentWidth - 12);
    painter->drawText(QRect(left, titleLine.top(), titleWidth, titleLine.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(title, Qt::ElideRight, titleWidth));

    // Up to two lines of detail, muted.
    painter->setFont(opt.font);
    painter->setPen(muted);
    int y = titleLine.bottom() + 2;
    for (const QString& line : detailLines(detailOf(index), fm, right - left)) {
        painter->drawText(QRect(left, y, right - left, fm.height()), Qt::AlignLeft, line);
        y += fm.height();
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    const int width = std::max(200, option.rect.width() - kRail - kPad - 4);
    const int lines = int(detailLines(detailOf(index), fm, width).size());
    const int height = kPad + fm.height() + 6 + lines * fm.height() + kPad;
    return {width + kRail, std::max(height, kDisc + 2 * kPad)};
}

} // namespace rapport::ui
