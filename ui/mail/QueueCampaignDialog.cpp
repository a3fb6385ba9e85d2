#include "mail/QueueCampaignDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <numeric>

namespace rapport::ui {

QueueCampaignDialog::QueueCampaignDialog(const QString& defaultName, const QString& segmentText,
                                         const core::mail::CampaignPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(defaultName, this))
    , m_allowEmpty(new QCheckBox(tr("Queue although some recipients have empty fields"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_hasProblems(!plan.problems.isEmpty())
{
    setObjectName(QStringLiteral("queueCampaignDialog"));
    setWindowTitle(tr("Queue Campaign"));
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_allowEmpty->setObjectName(QStringLiteral("allowEmptyFieldsCheckBox"));
    m_allowEmpty->setVisible(m_hasProblems);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue"));

    const int excluded = std::accumulate(plan.excluded.cbegin(), plan.excluded.cend(), 0);
    auto* counts = new QLabel(this);
    counts->setObjectName(QStringLiteral("queueCountsLabel"));
    counts->setWordWrap(true);
    counts->setText(
        tr("%n message(s) will be put in the outbox", nullptr, int(plan.recipients.size()))
        + QLatin1Char(' ')
        + tr("for %1; %n customer(s) of the segment are left out.", nullptr, excluded)
              .arg(segmentText));
    auto* problems = new QLabel(this);
    problems->setWordWrap(true);
    problems->setVisible(m_hasProblems);
    problems->setText(tr("%n recipient(s) would get a message with an empty or unknown field.",
                         nullptr, int(plan.problems.size())));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Campaign &name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(counts);
    layout->addWidget(problems);
    layout->addWidget(m_allowEmpty);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &QueueCampaignDialog::updateOk);
    connect(m_allowEmpty, &QCheckBox::toggled, this, &QueueCampaignDialog::updateOk);
    updateOk();
}

QString QueueCampaignDialog::campaignName() const
{
    return m_name->text().simplified();
}

bool QueueCampaignDialog::allowEmptyFields() const
{
    return m_hasProblems && m_allowEmpty->isChecked();
}

void QueueCampaignDialog::updateOk()
{
    const bool ok = !campaignName().isEmpty() && (!m_hasProblems || m_allowEmpty->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace rapport::ui
