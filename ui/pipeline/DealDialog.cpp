#include "pipeline/DealDialog.h"

#include "customize/CustomFieldsForm.h"
#include "domain/Money.h"
#include "storage/CompanyRepository.h"
#include "storage/DealRepository.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FormValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace rapport::ui {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kStage = QStringLiteral("stage");
const QString kAmount = QStringLiteral("amount");
const QString kProbability = QStringLiteral("probability");
constexpr int kStageDefault = -1; // the probability spin box's "empty" value
} // namespace

DealDialog::DealDialog(QSqlDatabase db, const QList<core::Pipeline>& pipelines, QWidget* parent)
    : QDialog(parent)
    , m_pipelines(pipelines)
    , m_titleEdit(new QLineEdit(this))
    , m_customerPicker(new CustomerPicker(db, this))
    , m_companyCombo(new QComboBox(this))
    , m_pipelineCombo(new QComboBox(this))
    , m_stageCombo(new QComboBox(this))
    , m_amountEdit(new QLineEdit(this))
    , m_currencyCombo(new QComboBox(this))
    , m_probabilitySpin(new QSpinBox(this))
    , m_closeCheck(new QCheckBox(this))
    , m_closeEdit(new QDateEdit(this))
    , m_ownerEdit(new QLineEdit(this))
    , m_notesEdit(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_moreGroup(new QGroupBox(tr("More fields"), this))
    , m_customForm(new CustomFieldsForm(m_moreGroup))
{
    setWindowTitle(tr("New Deal"));
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setPlaceholderText(tr("e.g. 200 boxes of tea for the spring fair"));
    m_customerPicker->setObjectName(QStringLiteral("customerPicker"));
    m_customerPicker->setPlaceholderText(tr("Type part of a name…"));
    m_companyCombo->setObjectName(QStringLiteral("companyComboBox"));
    m_companyCombo->addItem(tr("(No company)"), QVariant());
    if (const auto companies = core::CompanyRepository(db).all()) {
        for (const core::Company& company : *companies)
            m_companyCombo->addItem(company.name, QVariant::fromValue<qint64>(company.id));
    }
    m_pipelineCombo->setObjectName(QStringLiteral("pipelineComboBox"));
    for (const core::Pipeline& p : std::as_const(m_pipelines))
        m_pipelineCombo->addItem(p.name, QVariant::fromValue<qint64>(p.id));
    m_stageCombo->setObjectName(QStringLiteral("stageComboBox"));
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    m_amountEdit->setPlaceholderText(QStringLiteral("0.00"));
    m_amountEdit->setAlignment(Qt::AlignRight);
    m_currencyCombo->setObjectName(QStringLiteral("currencyComboBox"));
    m_currencyCombo->setEditable(true);
    m_currencyCombo->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                               QStringLiteral("HKD"), QStringLiteral("JPY"),
                               QStringLiteral("GBP")});
    m_probabilitySpin->setObjectName(QStringLiteral("probabilitySpinBox"));
    m_probabilitySpin->setRange(kStageDefault, 100);
    m_probabilitySpin->setSuffix(QStringLiteral(" %"));
    m_probabilitySpin->setValue(kStageDefault);
    m_closeCheck->setObjectName(QStringLiteral("expectedCloseCheckBox"));
    m_closeEdit->setObjectName(QStringLiteral("expectedCloseDateEdit"));
    m_closeEdit->setCalendarPopup(true);
    m_closeEdit->setDate(QDate::currentDate().addMonths(1));
    m_closeEdit->setEnabled(false);
    m_ownerEdit->setObjectName(QStringLiteral("ownerLineEdit"));
    m_notesEdit->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4 + 12);

    auto* amountRow = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amountEdit, 1);
    amountLayout->addWidget(m_currencyCombo);
    auto* closeRow = new QWidget(this);
    auto* closeLayout = new QHBoxLayout(closeRow);
    closeLayout->setContentsMargins(0, 0, 0, 0);
    closeLayout->addWidget(m_closeCheck);
    closeLayout->addWidget(m_closeEdit, 1);

    auto* form = new QFormLayout;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kTitle, tr("&Title:"), m_titleEdit);
    m_validation->addPlainRow(tr("C&ustomer:"), m_customerPicker);
    m_validation->addPlainRow(tr("C&ompany:"), m_companyCombo);
    m_validation->addPlainRow(tr("&Pipeline:"), m_pipelineCombo);
    m_validation->addRow(kStage, tr("&Stage:"), m_stageCombo);
    m_validation->addRow(kAmount, tr("&Amount:"), amountRow);
    m_validation->addRow(kProbability, tr("P&robability:"), m_probabilitySpin);
    m_validation->addPlainRow(tr("E&xpected close:"), closeRow);
    m_validation->addPlainRow(tr("O&wner:"), m_ownerEdit);
    m_validation->addPlainRow(tr("No&tes:"), m_notesEdit);
    m_titleEdit->setFocus();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* moreLayout = new QVBoxLayout(m_moreGroup);
    moreLayout->addWidget(m_customForm);
    m_moreGroup->setObjectName(QStringLiteral("moreFieldsGroupBox"));
    m_moreGroup->hide(); // until deals have custom fields
    layout->addWidget(m_moreGroup);
    layout->addWidget(m_validation->summaryLabel());
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DealDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DealDialog::reject);
    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, &DealDialog::fillStages);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this,
            &DealDialog::updateProbabilityHint);
    connect(m_closeCheck, &QCheckBox::toggled, m_closeEdit, &QWidget::setEnabled);
    for (QLineEdit* edit : {m_titleEdit, m_amountEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_validation->hasErrors())
                validate();
        });
    }
    fillStages();
    resize(480, sizeHint().height());
}

DealDialog::~DealDialog() = default;

void DealDialog::fillStages()
{
    const core::RowId pipelineId = m_pipelineCombo->currentData().toLongLong();
    const core::RowId previous = m_stageCombo->currentData().toLongLong();
    m_stageCombo->clear();
    for (const core::Pipeline& p : std::as_const(m_pipelines)) {
        if (p.id != pipelineId)
            continue;
        for (const core::PipelineStage& s : p.stages)
            m_stageCombo->addItem(s.name, QVariant::fromValue<qint64>(s.id));
    }
    const int index = m_stageCombo->findData(QVariant::fromValue<qint64>(previous));
    m_stageCombo->setCurrentIndex(std::max(index, 0));
    updateProbabilityHint();
}

void DealDialog::updateProbabilityHint()
{
    const core::RowId stageId = m_stageCombo->currentData().toLongLong();
    int stageProbability = 0;
    for (const core::Pipeline& p : std::as_const(m_pipelines)) {
        if (const core::PipelineStage* s = p.stage(stageId))
            stageProbability = s->probability;
    }
    m_probabilitySpin->setSpecialValueText(tr("Stage's (%1 %)").arg(stageProbability));
}

void DealDialog::setCustomFields(const QList<core::CustomFieldDef>& fields)
{
    m_customForm->setFields(fields);
    m_customForm->setJson(m_deal.custom, m_deal.id == 0);
    m_moreGroup->setVisible(!fields.isEmpty());
    if (QWidget* first = m_customForm->firstFocus())
        QWidget::setTabOrder(m_notesEdit, first);
    resize(width(), sizeHint().height());
}

void DealDialog::setDeal(const core::Deal& deal)
{
    m_deal = deal;
    setWindowTitle(deal.id ? tr("Edit Deal") : tr("New Deal"));
    m_titleEdit->setText(deal.title);
    if (deal.customerId)
        m_customerPicker->setCustomer(*deal.customerId, deal.customerName);
    const int company =
        deal.companyId ? m_companyCombo->findData(QVariant::fromValue<qint64>(*deal.companyId)) : 0;
    m_companyCombo->setCurrentIndex(std::max(company, 0));
    const int pipeline = m_pipelineCombo->findData(QVariant::fromValue<qint64>(deal.pipelineId));
    m_pipelineCombo->setCurrentIndex(std::max(pipeline, 0));
    fillStages();
    const int stage = m_stageCombo->findData(QVariant::fromValue<qint64>(deal.stageId));
    m_stageCombo->setCurrentIndex(std::max(stage, 0));
    m_amountEdit->setText(deal.amountMinor || deal.id
                              ? core::Money{deal.amountMinor, deal.currency}.toPlainString()
                              : QString());
    m_currencyCombo->setCurrentText(deal.currency);
    m_probabilitySpin->setValue(deal.probability.value_or(kStageDefault));
    m_closeCheck->setChecked(deal.expectedCloseOn.isValid());
    if (deal.expectedCloseOn.isValid())
        m_closeEdit->setDate(deal.expectedCloseOn);
    m_ownerEdit->setText(deal.owner);
    m_notesEdit->setPlainText(deal.notes);
    m_customForm->setJson(deal.custom, deal.id == 0);
}

core::Deal DealDialog::deal() const
{
    core::Deal d = m_deal;
    d.title = m_titleEdit->text().simplified();
    d.customerId = m_customerPicker->customerId()
                       ? std::optional<core::RowId>(m_customerPicker->customerId())
                       : std::nullopt;
    d.customerName = m_customerPicker->customerName();
    const QVariant company = m_companyCombo->currentData();
    d.companyId =
        company.isValid() ? std::optional<core::RowId>(company.toLongLong()) : std::nullopt;
    d.companyName = company.isValid() ? m_companyCombo->currentText() : QString();
    d.pipelineId = m_pipelineCombo->currentData().toLongLong();
    const core::RowId stageId = m_stageCombo->currentData().toLongLong();
    if (stageId != m_deal.stageId)
        d.position = INT_MAX; // a deal moved by the dialog goes to the bottom of its new stage
    d.stageId = stageId;
    const QString amount = m_amountEdit->text().trimmed().remove(QLatin1Char(','));
    d.amountMinor = amount.isEmpty() ? 0 : core::Money::parseMinor(amount).value_or(-1);
    d.currency = m_currencyCombo->currentText().trimmed().toUpper();
    d.probability = m_probabilitySpin->value() == kStageDefault
                        ? std::nullopt
                        : std::optional<int>(m_probabilitySpin->value());
    d.expectedCloseOn = m_closeCheck->isChecked() ? m_closeEdit->date() : QDate();
    d.owner = m_ownerEdit->text().simplified();
    d.notes = m_notesEdit->toPlainText();
    d.custom = m_customForm->json();
    return d;
}

bool DealDialog::validate()
{
    m_validation->clear();
    const QString amount = m_amountEdit->text().trimmed().remove(QLatin1Char(','));
    if (!amount.isEmpty() && !core::Money::parseMinor(amount))
        m_validation->setError(kAmount, tr("Type an amount such as 1200 or 1200.50."));
    const core::Deal d = deal();
    if (!m_validation->hasErrors()) {
        const core::Status status = core::DealRepository::validate(d);
        if (!status) {
            const QString field =
                status.error().field == QLatin1String("currency") ? kAmount : status.error().field;
            m_validation->setError(field, status.error().message);
        }
    }
    const QList<core::Error> customErrors = m_customForm->validate();
    if (!customErrors.isEmpty() && !m_validation->hasErrors())
        m_validation->setError(QStringLiteral("custom"),
                               CustomFieldsForm::summary(customErrors, m_customForm->fields()));
    return !m_validation->hasErrors() && customErrors.isEmpty();
}

void DealDialog::accept()
{
    if (!validate()) {
        if (m_validation->error(kTitle).isEmpty() && m_validation->error(kStage).isEmpty()
            && m_validation->error(kAmount).isEmpty()
            && m_validation->error(kProbability).isEmpty())
            m_customForm->focusFirstError();
        else
            m_validation->focusFirstError();
        return;
    }
    QDialog::accept();
}

} // namespace rapport::ui
