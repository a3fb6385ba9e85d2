#pragma once

#include "mail/CampaignQueue.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace rapport::ui {

// What "Check Recipients" found: how many would get the message, how many the
// segment lost for which reason, and who would get an empty field ("张三 —
// empty: custom.vip_level"), with fields that do not exist at all in red.
// Marked out of date when the template or the segment changes afterwards.
class PlanSummary : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSummary(QWidget* parent = nullptr);

    void showPlan(const core::mail::CampaignPlan& plan);
    // No plan: `message` says why (not checked yet, the segment is gone…).
    void showMessage(const QString& message);
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    QString summaryText() const;
    QString exclusionsText() const;
    QStringList problemTexts() const;
    QListWidget* problemList() const { return m_problems; }

    // A line of the problem list: "张三 — empty: custom.vip_level", or an
    // unknown field (shown in red).
    struct ProblemLine
    {
        QString text;
        bool unknown = false;
    };
    static QList<ProblemLine> problemLines(const core::mail::CampaignPlan& plan);

private:
    QLabel* m_summary;
    QLabel* m_stateLabel;
    QLabel* m_exclusions;
    QListWidget* m_problems;
    bool m_stale = false;
};

} // namespace rapport::ui
