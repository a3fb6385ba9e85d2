#include "mail/PlanSummary.h"

#include "Format.h"

#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

namespace {

// The reasons in the order a user reads them: consent first.
constexpr core::mail::Exclusion kExclusions[] = {
    core::mail::Exclusion::OptedOut,   core::mail::Exclusion::Suppressed,
    core::mail::Exclusion::NoOptIn,    core::mail::Exclusion::NoAddress,
    core::mail::Exclusion::BadAddress, core::mail::Exclusion::DuplicateAddress,
};

QString fieldList(const QStringList& fields)
{
    return fields.join(QStringLiteral(", "));
}

} // namespace

PlanSummary::PlanSummary(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_exclusions(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("planSummary"));
    m_summary->setObjectName(QStringLiteral("planRecipientsLabel"));
    m_summary->setWordWrap(true);
    m_stateLabel->setObjectName(QStringLiteral("planStaleLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setStyleSheet(QStringLiteral("color: #b9770e;"));
    m_stateLabel->setText(
        tr("Out of date: the template or the segment changed since. Check again."));
    m_stateLabel->hide();
    m_exclusions->setObjectName(QStringLiteral("planExclusionsLabel"));
    m_exclusions->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("planProblemList"));
    m_problems->setUniformItemSizes(true);
    m_problems->setMinimumHeight(60);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_exclusions);
    layout->addWidget(m_problems, 1);
    showMessage(tr("Choose a segment and check who would get the message."));
}

QList<PlanSummary::ProblemLine> PlanSummary::problemLines(const core::mail::CampaignPlan& plan)
{
    // A list a person reads: the first lines, then how many more (a segment of
    // a million customers would otherwise fill the widget on the GUI thread).
    constexpr int kShownLines = 200;
    QList<ProblemLine> lines;
    for (const core::mail::FieldProblem& problem : plan.problems) {
        if (lines.size() >= kShownLines) {
            const qsizetype shown = &problem - plan.problems.constData();
            lines << ProblemLine{tr("… and %n more recipient(s) with a problem", nullptr,
                                    int(plan.problems.size() - shown)),
                                 false};
            break;
        }
        const QString who = problem.recipient >= 0 && problem.recipient < plan.recipients.size()
                                ? plan.recipients.at(problem.recipient).name
                                : QString();
        if (!problem.unknownFields.isEmpty()) {
            const QString fields = fieldList(problem.unknownFields);
            lines << ProblemLine{who.isEmpty() ? tr("Unknown field: %1").arg(fields)
                                               : tr("%1 — unknown: %2").arg(who, fields),
                                 true};
        }
        if (!problem.emptyFields.isEmpty())
            lines << ProblemLine{tr("%1 — empty: %2")
                                     .arg(who.isEmpty() ? tr("Every recipient") : who,
                                          fieldList(problem.emptyFields)),
                                 false};
    }
    return lines;
}

void PlanSummary::showPlan(const core::mail::CampaignPlan& plan)
{
    m_summary->setText(
        tr("%n recipient(s) would get this message", nullptr, int(plan.recipients.size()))
        + QLatin1Char(' ') + tr("(of %n customer(s) in the segment).", nullptr, plan.segmentSize));
    QStringList excluded;
    for (const core::mail::Exclusion exclusion : kExclusions) {
        const int count = plan.excluded.value(exclusion);
        if (count > 0)
            excluded << tr("%1: %2").arg(core::mail::exclusionName(exclusion),
                                         Format::count(count));
    }
    m_exclusions->setText(excluded.isEmpty()
                              ? tr("Nobody in the segment is left out.")
                              : tr("Left out — %1").arg(excluded.join(QStringLiteral("; "))));
    m_problems->clear();
    for (const ProblemLine& line : problemLines(plan)) {
        auto* item = new QListWidgetItem(line.text, m_problems);
        // A field that does not exist breaks the message for everyone.
        if (line.unknown)
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    if (plan.problems.isEmpty())
        new QListWidgetItem(tr("Every merge field has a value for every recipient."), m_problems);
    m_exclusions->show();
    m_problems->show();
    setStale(false);
}

void PlanSummary::showMessage(const QString& message)
{
    m_summary->setText(message);
    m_exclusions->clear();
    m_exclusions->hide();
    m_problems->clear();
    m_problems->hide();
    setStale(false);
}

void PlanSummary::setStale(bool stale)
{
    m_stale = stale;
    m_stateLabel->setVisible(stale);
}

QString PlanSummary::summaryText() const
{
    return m_summary->text();
}

QString PlanSummary::exclusionsText() const
{
    return m_exclusions->text();
}

QStringList PlanSummary::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problems->count(); ++i)
        texts << m_problems->item(i)->text();
    return texts;
}

} // namespace rapport::ui
