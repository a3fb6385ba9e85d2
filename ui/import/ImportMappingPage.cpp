#include "import/ImportMappingPage.h"

#include "Session.h"
#include "common/Clock.h"
#include "import/DateOrderChooser.h"
#include "import/ImportJob.h"
#include "import/ImportTasks.h"
#include "storage/ImportStore.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

using core::import::Entity;
using core::import::FieldSpec;
using core::import::FieldType;

constexpr int kSampleLength = 48;
const QString kSkip = QStringLiteral("skip");
const QString kFill = QStringLiteral("fill");
const QString kOverwrite = QStringLiteral("overwrite");
const QString kCreate = QStringLiteral("create");

// The first value a column has in the sample rows, on one line.
QString sampleOf(const QList<RawRow>& rows, int column)
{
    for (const RawRow& row : rows) {
        if (column < row.fields.size()) {
            const QString value = row.fields[column].simplified();
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

// The column mapped to a date field and that field's key, or -1.
int dateColumnOf(Entity entity, const core::import::ColumnMapping& mapping, QString* key)
{
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const FieldSpec* field = core::import::findField(entity, mapping.fieldAt(column));
        if (field && field->type == FieldType::Date) {
            if (key)
                *key = field->key;
            return column;
        }
    }
    return -1;
}

QString elided(const QString& text)
{
    return text.size() <= kSampleLength ? text : text.left(kSampleLength - 1) + QStringLiteral("…");
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportJob& job, Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_session(session)
    , m_templateCombo(new QComboBox(this))
    , m_saveTemplateButton(new QPushButton(tr("&Save Mapping…"), this))
    , m_templateLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problemsLabel(new QLabel(this))
    , m_optionsForm(new QFormLayout)
    , m_dateChooser(new DateOrderChooser(this))
    , m_duplicatesCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_walkInEdit(new QLineEdit(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file goes into. Columns left at “(do "
                   "not import)” are ignored."));

    m_templateCombo->setObjectName(QStringLiteral("templateComboBox"));
    m_templateCombo->setPlaceholderText(tr("(none)"));
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_templateCombo->setMinimumContentsLength(12);
    m_saveTemplateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_templateLabel->setObjectName(QStringLiteral("templateLabel"));
    auto* templateCaption = new QLabel(tr("Saved &mapping:"), this);
    templateCaption->setBuddy(m_templateCombo);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(templateCaption);
    templateRow->addWidget(m_templateCombo);
    templateRow->addWidget(m_saveTemplateButton);
    templateRow->addWidget(m_templateLabel, 1);

    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Column in File"), tr("Sample"), tr("Import As")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus); // the combo boxes take the focus
    m_table->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    // Sized in rebuild() to its widest combo box: a header cannot measure cell widgets.
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Fixed);

    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemsLabel->hide();

    m_duplicatesCombo->setObjectName(QStringLiteral("duplicatesComboBox"));
    m_currencyCombo->setObjectName(QStringLiteral("currencyComboBox"));
    // The currencies the importer recognises by symbol; amounts that name
    // none are in this one.
    m_currencyCombo->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                               QStringLiteral("GBP"), QStringLiteral("JPY"), QStringLiteral("KRW"),
                               QStringLiteral("HKD")});
    for (QComboBox* combo : {m_duplicatesCombo, m_currencyCombo})
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_walkInEdit->setObjectName(QStringLiteral("walkInLineEdit"));
    m_walkInEdit->setPlaceholderText(tr("Leave empty to reject rows without a customer"));
    m_walkInEdit->setToolTip(tr("Order rows that name no customer go to a customer of this name "
                                "(created if there is none)."));
    m_optionsForm->addRow(tr("Dates:"), m_dateChooser);
    m_optionsForm->addRow(tr("&Duplicates:"), m_duplicatesCombo);
    m_optionsForm->addRow(tr("Default &currency:"), m_currencyCombo);
    m_optionsForm->addRow(tr("&Walk-in customer:"), m_walkInEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(templateRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemsLabel);
    layout->addLayout(m_optionsForm);

    connect(m_templateCombo, &QComboBox::activated, this, &ImportMappingPage::applyTemplate);
    connect(m_saveTemplateButton, &QPushButton::clicked, this, &ImportMappingPage::saveTemplate);
    connect(m_dateChooser, &DateOrderChooser::changed, this, [this] {
        updateDates();
        Q_EMIT completeChanged();
    });
    for (QComboBox* combo : {m_duplicatesCombo, m_currencyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateOptions);
    connect(m_walkInEdit, &QLineEdit::textChanged, this, [this] {
        updateOptions();
        updateProblems();
        Q_EMIT completeChanged();
    });
}

void ImportMappingPage::initializePage()
{
    if (m_builtGeneration != m_job.generation)
        rebuild();
    updateOptions();
}

bool ImportMappingPage::isComplete() const
{
    return !m_hasProblems && !m_readingDates && (m_dateColumn < 0 || m_dateChooser->isConfirmed());
}

void ImportMappingPage::mapColumn(int column, const QString& key)
{
    m_mapping.setField(column, key);
    showMapping();
}

// A newly read file (or another kind of data): one row per column, mapped
// the way the importer matched the headers.
void ImportMappingPage::rebuild()
{
    m_builtGeneration = m_job.generation;
    m_mapping = m_job.layout.mapping;
    const QStringList& headers = m_job.layout.headers;
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(headers.size()));
    int comboWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                         m_table->horizontalHeaderItem(FieldColumn)->text())
                     + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin);
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QTableWidgetItem(headers[column]);
        header->setToolTip(headers[column]);
        m_table->setItem(column, HeaderColumn, header);
        const QString sample = sampleOf(m_job.sampleRows, column);
        auto* sampleItem = new QTableWidgetItem(elided(sample));
        sampleItem->setToolTip(sample);
        m_table->setItem(column, SampleColumn, sampleItem);

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldComboBox"));
        combo->addItem(tr("(do not import)"), QString());
        // The kind's fields and its custom fields (read with the file's layout).
        for (const core::import::ImportTarget& target :
             core::import::importTargets(m_job.entity, m_job.layout.customFields))
            combo->addItem(target.required ? tr("%1 (required)").arg(target.label) : target.label,
                           target.key);
        connect(combo, &QComboBox::activated, this,
                [this, column, combo] { mapColumn(column, combo->currentData().toString()); });
        m_table->setCellWidget(column, FieldColumn, combo);
        comboWidth = std::max(comboWidth, combo->sizeHint().width());
    }
    m_table->horizontalHeader()->resizeSection(FieldColumn, comboWidth);
    // The file page's read decided the dates of the column matched automatically.
    m_guessedDateColumn = dateColumnOf(m_job.entity, m_mapping, nullptr);
    m_dateChooser->reset();
    rebuildOptions();
    loadTemplates();
    m_templateLabel->clear();
    showMapping();
}

// The choices that differ by kind of data.
void ImportMappingPage::rebuildOptions()
{
    const Entity entity = m_job.entity;
    const bool people = entity == Entity::Customers || entity == Entity::Companies;
    const QString current = m_duplicatesCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_duplicatesCombo);
        m_duplicatesCombo->clear();
        m_duplicatesCombo->addItem(tr("Skip them and keep what is there"), kSkip);
        m_duplicatesCombo->addItem(tr("Update them: fill in empty fields only"), kFill);
        m_duplicatesCombo->addItem(tr("Update them: overwrite with the file's values"), kOverwrite);
        // Products and orders are unique by SKU and number: a second one cannot exist.
        m_duplicatesCombo->addItem(people ? tr("Import them anyway, as new records")
                                          : tr("Reject them (listed in the rejected-rows file)"),
                                   kCreate);
        m_duplicatesCombo->setCurrentIndex(std::max(0, m_duplicatesCombo->findData(current)));
    }
    switch (entity) {
    case Entity::Customers:
        m_duplicatesCombo->setToolTip(tr("A row is a duplicate when an existing customer (or an "
                                         "earlier row) has the same customer number, e-mail or "
                                         "phone, or the same name at the same company."));
        break;
    case Entity::Companies:
        m_duplicatesCombo->setToolTip(
            tr("A row is a duplicate when a company of the same name exists."));
        break;
    case Entity::Products:
        m_duplicatesCombo->setToolTip(
            tr("A row is a duplicate when a product with the same SKU exists."));
        break;
    case Entity::Orders:
        m_duplicatesCombo->setToolTip(
            tr("An order is a duplicate when an order with the same number exists."));
        break;
    }
    m_optionsForm->setRowVisible(m_currencyCombo, !people);
    m_optionsForm->setRowVisible(m_walkInEdit, entity == Entity::Orders);
}

QComboBox* ImportMappingPage::fieldCombo(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, FieldColumn));
}

// Shows m_mapping in the combo boxes and everything that depends on it.
void ImportMappingPage::showMapping()
{
    const QColor unmapped = palette().color(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < m_table->rowCount(); ++column) {
        QComboBox* combo = fieldCombo(column);
        const QString key = m_mapping.fieldAt(column);
        const QSignalBlocker blocker(combo);
        int index = combo->findData(key);
        if (index < 0) { // a custom field, from the header or a saved mapping
            combo->addItem(tr("Custom field “%1”").arg(core::import::fieldLabel(key)), key);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        for (int c : {HeaderColumn, SampleColumn}) {
            if (QTableWidgetItem* item = m_table->item(column, c))
                item->setForeground(key.isEmpty() ? QBrush(unmapped) : QBrush());
        }
    }
    m_job.options.mapping = m_mapping;
    updateProblems();
    updateDates();
    Q_EMIT completeChanged();
}

void ImportMappingPage::updateProblems()
{
    QStringList problems;
    QStringList missing;
    for (const QString& key : m_mapping.missingRequired(m_job.entity))
        missing << core::import::fieldLabel(key);
    if (!missing.isEmpty())
        problems << tr("Every row needs %1, but no column is mapped to it.", nullptr,
                       static_cast<int>(missing.size()))
                        .arg(missing.join(tr(", ")));
    if (m_job.entity == Entity::Orders && m_walkInEdit->text().trimmed().isEmpty()
        && m_mapping.columnOf(QStringLiteral("customer")) < 0
        && m_mapping.columnOf(QStringLiteral("customer_code")) < 0
        && m_mapping.columnOf(QStringLiteral("customer_email")) < 0)
        problems << tr("No column names the customer: map a customer, customer number or "
                       "customer e-mail column, or enter a walk-in customer below.");
    m_hasProblems = !problems.isEmpty();
    m_problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(m_hasProblems);
}

// The day/month order applies to the column mapped to a date field (orders
// have one; Options::dateOrder is one setting for the whole file).
void ImportMappingPage::updateDates()
{
    QString key;
    m_dateColumn = dateColumnOf(m_job.entity, m_mapping, &key);
    m_optionsForm->setRowVisible(m_dateChooser, m_dateColumn >= 0);
    m_job.options.dateOrder = core::parse::DateOrder::Auto;
    if (m_dateColumn < 0)
        return;
    if (m_dateColumn != m_guessedDateColumn) {
        // Another column holds the dates now: read what that column shows.
        m_dateChooser->reset();
        m_dateChooser->setGuess(std::nullopt);
        QTimer::singleShot(0, this, &ImportMappingPage::readDateOrders);
        return;
    }
    const auto guess = m_job.layout.dateOrders.constFind(key);
    m_dateChooser->setGuess(guess != m_job.layout.dateOrders.constEnd()
                                ? *guess
                                : core::parse::DateOrderGuess{}); // undecided: ask
    m_job.options.dateOrder = m_dateChooser->order();
}

void ImportMappingPage::readDateOrders()
{
    if (m_readingDates || m_dateColumn < 0 || m_dateColumn == m_guessedDateColumn)
        return;
    m_readingDates = true;
    Q_EMIT completeChanged();
    const int column = m_dateColumn;
    core::import::Options options;
    options.encoding = m_job.options.encoding;
    options.delimiter = m_job.options.delimiter;
    options.mapping = m_mapping;
    auto probe = ImportTasks::probe(this, m_session->path(), m_job.path, m_job.entity, options, 0);
    // A failed or cancelled read leaves the order undecided: the user chooses.
    m_job.layout.dateOrders =
        probe ? probe->preview.layout.dateOrders : QMap<QString, core::parse::DateOrderGuess>();
    m_guessedDateColumn = column;
    m_readingDates = false;
    updateDates();
    Q_EMIT completeChanged();
}

void ImportMappingPage::updateOptions()
{
    using core::import::OnDuplicate;
    using core::import::UpdateMode;
    const QString duplicates = m_duplicatesCombo->currentData().toString();
    m_job.options.onDuplicate = duplicates == kSkip     ? OnDuplicate::Skip
                                : duplicates == kCreate ? OnDuplicate::Create
                                                        : OnDuplicate::Update;
    m_job.options.updateMode = duplicates == kOverwrite ? UpdateMode::Overwrite : UpdateMode::Fill;
    m_job.options.defaultCurrency = m_currencyCombo->currentText();
    m_job.options.walkInCustomer =
        m_job.entity == Entity::Orders ? m_walkInEdit->text().trimmed() : QString();
}

void ImportMappingPage::loadTemplates()
{
    m_templateCombo->clear();
    m_templates.clear();
    auto templates =
        core::ImportStore(m_session->connection()).templates(core::import::entityKey(m_job.entity));
    if (!templates) {
        m_templateCombo->setEnabled(false);
        m_templateCombo->setToolTip(templates.error().message);
        return;
    }
    m_templates = *templates;
    for (const auto& entry : std::as_const(m_templates))
        m_templateCombo->addItem(entry.first);
    m_templateCombo->setCurrentIndex(-1);
    m_templateCombo->setEnabled(!m_templates.isEmpty());
    m_templateCombo->setToolTip(QString());
}

// A saved mapping is applied to the columns this file has; columns it does
// not mention are left out, and headers it names that the file lacks are
// counted, since files exported twice from one system rarely differ by more.
void ImportMappingPage::applyTemplate(int index)
{
    if (index < 0 || index >= m_templates.size())
        return;
    const QStringList& headers = m_job.layout.headers;
    QJsonObject present;
    int absent = 0;
    const QJsonObject& saved = m_templates[index].second;
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (headers.contains(it.key()))
            present.insert(it.key(), it.value());
        else
            ++absent;
    }
    auto mapping = core::import::ColumnMapping::fromJson(m_job.entity, headers, present);
    if (!mapping) {
        MessageBox::warning(this, tr("Saved Mapping"), mapping.error().message);
        return;
    }
    m_mapping = *mapping;
    m_templateLabel->setText(
        absent > 0 ? tr("%n column(s) of this mapping are not in the file.", nullptr, absent)
                   : QString());
    showMapping();
}

void ImportMappingPage::saveTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping"), tr("Save this mapping as:"),
                              QLineEdit::Normal, m_templateCombo->currentText(), &ok)
            .simplified();
    if (!ok || name.isEmpty())
        return;
    const core::Status saved =
        core::ImportStore(m_session->connection())
            .saveTemplate(core::import::entityKey(m_job.entity), name,
                          m_mapping.toJson(m_job.layout.headers), m_job.options.toJson(),
                          core::toTimestamp(core::Clock::system().nowUtc()));
    if (!saved) {
        MessageBox::critical(this, tr("Save Mapping"), saved.error().message, saved.error().sql);
        return;
    }
    loadTemplates();
    m_templateCombo->setCurrentIndex(m_templateCombo->findText(name));
    m_templateLabel->clear();
}

} // namespace rapport::ui
