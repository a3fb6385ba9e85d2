#pragma once

#include "insights/MiningRequest.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace rapport::ui {

class Session;

// "Mine purchase rules…": how orders become baskets (per order or per
// customer; products or categories; a date range), the algorithm and the
// thresholds. OK runs the mining off the GUI thread (MiningTask: progress and
// Cancel); the dialog closes once the run is stored and stays open, with the
// user's choices, when it failed or was cancelled.
class MineRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MineRulesDialog(Session* session, QWidget* parent = nullptr);

    void setRequest(const MiningRequest& request);
    MiningRequest request() const;
    // The stored run, once OK succeeded.
    const std::optional<core::mining::MiningRun>& run() const { return m_run; }

    void accept() override;

private:
    Session* m_session;
    std::optional<core::mining::MiningRun> m_run;
    QComboBox* m_unitCombo;
    QComboBox* m_levelCombo;
    QCheckBox* m_dateCheck;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QComboBox* m_algorithmCombo;
    QDoubleSpinBox* m_supportSpin;
    QDoubleSpinBox* m_confidenceSpin;
    QDoubleSpinBox* m_liftSpin;
    QSpinBox* m_maxSizeSpin;
};

} // namespace rapport::ui
