#include "insights/MineRulesDialog.h"

#include "insights/MiningTask.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace rapport::ui {

namespace {

using core::mining::Algorithm;
using core::mining::BasketUnit;
using core::mining::ItemLevel;

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QDoubleSpinBox* makePercentSpin(QWidget* parent, const QString& objectName, double min)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, 100);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setSuffix(QStringLiteral(" %"));
    return spin;
}

} // namespace

MineRulesDialog::MineRulesDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unitCombo(new QComboBox(this))
    , m_levelCombo(new QComboBox(this))
    , m_dateCheck(new QCheckBox(tr("Only orders from"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_algorithmCombo(new QComboBox(this))
    , m_supportSpin(makePercentSpin(this, QStringLiteral("minSupportSpin"), 0.01))
    , m_confidenceSpin(makePercentSpin(this, QStringLiteral("minConfidenceSpin"), 0))
    , m_liftSpin(new QDoubleSpinBox(this))
    , m_maxSizeSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("mineRulesDialog"));
    setWindowTitle(tr("Mine Purchase Rules"));

    m_unitCombo->setObjectName(QStringLiteral("basketUnitCombo"));
    m_unitCombo->addItem(tr("Each order"), int(BasketUnit::Order));
    m_unitCombo->addItem(tr("Each customer's orders together"), int(BasketUnit::Customer));
    m_levelCombo->setObjectName(QStringLiteral("itemLevelCombo"));
    m_levelCombo->addItem(tr("Products"), int(ItemLevel::Product));
    m_levelCombo->addItem(tr("Product categories"), int(ItemLevel::Category));

    m_dateCheck->setObjectName(QStringLiteral("dateRangeCheck"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    const QDate today = QDate::currentDate();
    m_fromEdit->setDate(today.addYears(-1));
    m_toEdit->setDate(today);
    connect(m_dateCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateCheck);
    dates->addWidget(m_fromEdit);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_toEdit);
    dates->addStretch(1);

    // FP-Growth first: the fastest on most shop data; all three find the same rules.
    m_algorithmCombo->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithmCombo->addItem(tr("FP-Growth"), int(Algorithm::FpGrowth));
    m_algorithmCombo->addItem(tr("Eclat"), int(Algorithm::Eclat));
    m_algorithmCombo->addItem(tr("Apriori"), int(Algorithm::Apriori));

    m_supportSpin->setToolTip(tr("A group of items counts when at least this share of all "
                                 "baskets holds it"));
    m_confidenceSpin->setToolTip(
        tr("Keep a rule when at least this share of the baskets with its left side also hold "
           "its right side"));
    m_liftSpin->setObjectName(QStringLiteral("minLiftSpin"));
    m_liftSpin->setRange(0, 1000);
    m_liftSpin->setDecimals(2);
    m_liftSpin->setSingleStep(0.1);
    m_liftSpin->setToolTip(tr("Keep a rule when its right side is bought at least this many "
                              "times more often with its left side than on its own"));
    m_maxSizeSpin->setObjectName(QStringLiteral("maxSizeSpin"));
    m_maxSizeSpin->setRange(0, 20);
    m_maxSizeSpin->setSpecialValueText(tr("No limit"));
    m_maxSizeSpin->setToolTip(tr("The most items a rule may name, both sides together"));

    auto* form = new QFormLayout;
    form->addRow(tr("One basket for:"), m_unitCombo);
    form->addRow(tr("Items are:"), m_levelCombo);
    form->addRow(tr("Orders:"), dates);
    form->addRow(tr("Algorithm:"), m_algorithmCombo);
    form->addRow(tr("Minimum support:"), m_supportSpin);
    form->addRow(tr("Minimum confidence:"), m_confidenceSpin);
    form->addRow(tr("Minimum lift:"), m_liftSpin);
    form->addRow(tr("Largest item group:"), m_maxSizeSpin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mine"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mineButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MineRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MineRulesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setRequest(MiningRequest::defaults());
}

void MineRulesDialog::setRequest(const MiningRequest& request)
{
    selectData(m_unitCombo, int(request.baskets.unit));
    selectData(m_levelCombo, int(request.baskets.level));
    m_dateCheck->setChecked(request.baskets.from || request.baskets.to);
    if (request.baskets.from)
        m_fromEdit->setDate(*request.baskets.from);
    if (request.baskets.to)
        m_toEdit->setDate(*request.baskets.to);
    selectData(m_algorithmCombo, int(request.mining.algorithm));
    m_supportSpin->setValue(request.mining.minSupport * 100);
    m_confidenceSpin->setValue(request.rules.minConfidence * 100);
    m_liftSpin->setValue(request.rules.minLift);
    m_maxSizeSpin->setValue(request.mining.maxSize);
}

MiningRequest MineRulesDialog::request() const
{
    MiningRequest request;
    request.baskets.unit = BasketUnit(m_unitCombo->currentData().toInt());
    request.baskets.level = ItemLevel(m_levelCombo->currentData().toInt());
    if (m_dateCheck->isChecked()) {
        request.baskets.from = m_fromEdit->date();
        request.baskets.to = m_toEdit->date();
    }
    request.mining.algorithm = Algorithm(m_algorithmCombo->currentData().toInt());
    request.mining.minSupport = m_supportSpin->value() / 100;
    request.mining.maxSize = m_maxSizeSpin->value();
    request.rules.minConfidence = m_confidenceSpin->value() / 100;
    request.rules.minLift = m_liftSpin->value();
    return request;
}

void MineRulesDialog::accept()
{
    const MiningRequest asked = request();
    if (asked.baskets.from && asked.baskets.to && *asked.baskets.from > *asked.baskets.to) {
        MessageBox::warning(this, windowTitle(), tr("The first date is after the last one."));
        return;
    }
    for (const core::Status& check :
         {core::mining::validate(asked.mining), core::mining::validate(asked.rules)}) {
        if (!check) {
            MessageBox::warning(this, windowTitle(), check.error().message);
            return;
        }
    }
    auto run = MiningTask::run(this, m_session, asked);
    if (!run) {
        if (run.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(this, windowTitle(), run.error().message);
        return;
    }
    m_run = std::move(run).value();
    QDialog::accept();
}

} // namespace rapport::ui
