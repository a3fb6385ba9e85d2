#include "views/FilterBar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace rapport::ui {

FilterBar::FilterBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_links(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_label->setObjectName(QStringLiteral("filterBarLabel"));
    m_links->setObjectName(QStringLiteral("filterBarLinks"));
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // one line; the table takes the rest
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided by width
    m_links->setTextFormat(Qt::RichText);
    m_links->setText(QStringLiteral("<a href=\"edit\">%1</a> · <a href=\"save\">%2</a> · "
                                    "<a href=\"clear\">%3</a>")
                         .arg(tr("Edit"), tr("Save View…"), tr("Clear")));
    connect(m_links, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("edit"))
            Q_EMIT editRequested();
        else if (link == QLatin1String("save"))
            Q_EMIT saveRequested();
        else
            Q_EMIT clearRequested();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_links);
}

void FilterBar::setDescription(const QString& description, qint64 rows)
{
    const QString text =
        tr("Filtered: %1 — %Ln row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX)))
            .arg(description);
    m_label->setText(text);
    m_label->setToolTip(text);
}

QString FilterBar::text() const
{
    return m_label->text();
}

} // namespace rapport::ui
