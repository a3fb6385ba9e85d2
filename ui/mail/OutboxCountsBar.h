#pragma once

#include "mail/MailTypes.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QToolButton;

namespace rapport::ui {

// The row of counts at the top of the outbox page — "All 3,523 · Queued 120 ·
// Sent 3,400 · Failed 2 · Uncertain 1" — each a button that filters the table
// to its status. Statuses nobody is in are hidden: they only take room, and
// Chinese labels are wide.
class OutboxCountsBar : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxCountsBar(QWidget* parent = nullptr);

    void setCounts(const QHash<core::mail::OutboxStatus, int>& counts,
                   std::optional<core::mail::OutboxStatus> filter);
    // The button of `status` (nullopt: "All"), for tests and screenshots.
    QToolButton* button(std::optional<core::mail::OutboxStatus> status) const;

Q_SIGNALS:
    // A button was clicked: the status to show, or -1 for all.
    void statusClicked(int status);

private:
    QHash<int, QToolButton*> m_buttons; // -1: all; else int(OutboxStatus)
};

} // namespace rapport::ui
