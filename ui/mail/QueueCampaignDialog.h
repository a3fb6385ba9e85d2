#pragma once

#include "mail/CampaignQueue.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace rapport::ui {

// The last question before a campaign goes into the outbox: its name, how many
// messages it makes and who is left out, and — only when some recipients would
// get an empty field — a box to tick to queue anyway.
class QueueCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    QueueCampaignDialog(const QString& defaultName, const QString& segmentText,
                        const core::mail::CampaignPlan& plan, QWidget* parent = nullptr);

    QString campaignName() const;
    bool allowEmptyFields() const;

private:
    void updateOk();

    QLineEdit* m_name;
    QCheckBox* m_allowEmpty;
    QDialogButtonBox* m_buttons;
    bool m_hasProblems;
};

} // namespace rapport::ui
