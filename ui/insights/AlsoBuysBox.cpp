#include "insights/AlsoBuysBox.h"

#include "Session.h"
#include "insights/MiningText.h"
#include "storage/MiningRepository.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

AlsoBuysBox::AlsoBuysBox(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(tr("Also buys"), this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("alsoBuysBox"));
    m_titleLabel->setObjectName(QStringLiteral("alsoBuysTitle"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setToolTip(tr("Products this customer has not bought yet that customers "
                                "with similar purchases often buy (from the latest purchase "
                                "rules)"));
    m_rows->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_rows);
    hide();
}

void AlsoBuysBox::setCustomer(core::RowId customerId)
{
    m_customerId = customerId;
    m_items.clear();
    if (m_customerId != 0) {
        auto found = core::MiningRepository(m_session->connection()).alsoBuys(m_customerId, kLimit);
        // No suggestions is the quiet answer to a failed read too: the card
        // still shows everything else about the customer.
        if (found)
            m_items = std::move(found).value();
    }
    rebuild();
}

void AlsoBuysBox::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The reason in the palette's secondary text colour (dark themes too).
    const QString secondary = palette().color(QPalette::PlaceholderText).name();
    for (const core::mining::Recommendation& item : std::as_const(m_items)) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("alsoBuysItem"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<b>%1</b><br><span style=\"color:%2\">%3</span>")
                           .arg(item.productName.toHtmlEscaped(), secondary,
                                MiningText::reason(item.reason).toHtmlEscaped()));
        label->setToolTip(MiningText::ruleDetails(item.reason));
        m_rows->addWidget(label);
    }
    setVisible(!m_items.isEmpty());
}

QStringList AlsoBuysBox::lines() const
{
    QStringList lines;
    for (const core::mining::Recommendation& item : m_items)
        lines.append(item.productName + QStringLiteral(" — ") + MiningText::reason(item.reason));
    return lines;
}

} // namespace rapport::ui
