#include "mail/OutboxCountsBar.h"

#include "Format.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace rapport::ui {

namespace {

using core::mail::OutboxStatus;
constexpr int kAll = -1;
constexpr OutboxStatus kStatuses[] = {
    OutboxStatus::Queued,    OutboxStatus::Sending, OutboxStatus::Sent,      OutboxStatus::Failed,
    OutboxStatus::Uncertain, OutboxStatus::Skipped, OutboxStatus::Cancelled,
};

} // namespace

OutboxCountsBar::OutboxCountsBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outboxCountsBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](int key, const QString& objectName) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectName);
        button->setCheckable(true);
        button->setAutoRaise(true);
        layout->addWidget(button);
        m_buttons.insert(key, button);
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT statusClicked(key); });
    };
    add(kAll, QStringLiteral("filterAllButton"));
    for (OutboxStatus status : kStatuses)
        add(int(status),
            QStringLiteral("filter_%1_Button").arg(core::mail::outboxStatusKey(status)));
    layout->addStretch(1);
    setCounts({}, std::nullopt);
}

QToolButton* OutboxCountsBar::button(std::optional<OutboxStatus> status) const
{
    return m_buttons.value(status ? int(*status) : kAll);
}

void OutboxCountsBar::setCounts(const QHash<OutboxStatus, int>& counts,
                                std::optional<OutboxStatus> filter)
{
    int total = 0;
    for (OutboxStatus status : kStatuses)
        total += counts.value(status);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        QToolButton* button = it.value();
        const bool all = it.key() == kAll;
        const int n = all ? total : counts.value(OutboxStatus(it.key()));
        const QString name = all ? tr("All") : core::mail::outboxStatusName(OutboxStatus(it.key()));
        button->setText(tr("%1 %2", "status name, count").arg(name, Format::count(n)));
        const bool checked = all ? !filter : (filter && int(*filter) == it.key());
        button->setChecked(checked);
        button->setVisible(all || n > 0 || checked);
    }
}

} // namespace rapport::ui
