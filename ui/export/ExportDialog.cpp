#include "export/ExportDialog.h"

#include "Session.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "export/TransferTasks.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace rapport::ui {

namespace {

using Key = core::Settings::Key;
using core::ExportKind;
using core::exporting::HeaderStyle;

// The entries of Settings::Key::ExportChoices.
const QString kFolderKey = QStringLiteral("folder");
const QString kEncodingKey = QStringLiteral("encoding");
const QString kDelimiterKey = QStringLiteral("delimiter");
const QString kHeadersKey = QStringLiteral("headers");

QList<ExportKind> kindsOf(const QString& table)
{
    const auto kind = core::exporting::parseKindKey(table);
    if (!kind)
        return {ExportKind::Customers};
    if (*kind == ExportKind::Orders)
        return {ExportKind::Orders, ExportKind::OrderLines};
    return {*kind};
}

int clampedCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

// A grey note under a radio button, indented to its text.
QLabel* hintLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    const QStyle* style = parent->style();
    label->setContentsMargins(style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                                  + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                              0, 0, 0);
    return label;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ExportDialog::ExportDialog(const PanelContext& context, const ExportView& view, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_view(view)
    , m_kinds(kindsOf(view.table))
    , m_kindCombo(new QComboBox(this))
    , m_currentViewRadio(new QRadioButton(this))
    , m_currentViewHint(hintLabel(QStringLiteral("currentViewHintLabel"), this))
    , m_wholeTableRadio(new QRadioButton(tr("&Whole table"), this))
    , m_wholeTableHint(hintLabel(QStringLiteral("wholeTableHintLabel"), this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_headerCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (ExportKind kind : std::as_const(m_kinds)) {
        switch (kind) {
        case ExportKind::Customers:
            m_kindCombo->addItem(tr("Customers"));
            break;
        case ExportKind::Companies:
            m_kindCombo->addItem(tr("Companies"));
            break;
        case ExportKind::Products:
            m_kindCombo->addItem(tr("Products"));
            break;
        case ExportKind::Orders:
            m_kindCombo->addItem(tr("Orders: one row per order, with its total"));
            break;
        case ExportKind::OrderLines:
            m_kindCombo->addItem(tr("Order lines: one row per line (can be imported again)"));
            break;
        }
    }
    m_kindCombo->setEnabled(m_kinds.size() > 1);

    m_currentViewRadio->setObjectName(QStringLiteral("currentViewRadioButton"));
    m_wholeTableRadio->setObjectName(QStringLiteral("wholeTableRadioButton"));
    m_currentViewRadio->setChecked(true);
    auto* scopeLayout = new QVBoxLayout;
    scopeLayout->setSpacing(2);
    scopeLayout->addWidget(m_currentViewRadio);
    scopeLayout->addWidget(m_currentViewHint);
    scopeLayout->addSpacing(6);
    scopeLayout->addWidget(m_wholeTableRadio);
    scopeLayout->addWidget(m_wholeTableHint);

    m_encodingCombo->setObjectName(QStringLiteral("encodingComboBox"));
    m_encodingCombo->addItem(tr("UTF-8 with BOM (for Excel and WPS)"), QStringLiteral("utf-8-bom"));
    m_encodingCombo->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encodingCombo->addItem(tr("GB18030 (for older Excel)"), QStringLiteral("gb18030"));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_headerCombo->setObjectName(QStringLiteral("headerComboBox"));
    m_headerCombo->addItem(tr("Field names (can be imported again)"), QStringLiteral("keys"));
    m_headerCombo->addItem(tr("Column titles (for reading)"), QStringLiteral("labels"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // One form, so every label and field lines up.
    auto* form = new QFormLayout;
    form->addRow(tr("Ex&port:"), m_kindCombo);
    form->addRow(tr("Rows:"), scopeLayout);
    form->addItem(new QSpacerItem(0, 6));
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(tr("&Header row:"), m_headerCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateScopeTexts);
    restoreChoices();
    updateScopeTexts();
    setMinimumWidth(460);
}

ExportDialog::~ExportDialog() = default;

ExportKind ExportDialog::kind() const
{
    return m_kinds.value(std::max(0, m_kindCombo->currentIndex()), ExportKind::Customers);
}

bool ExportDialog::currentViewOnly() const
{
    return m_currentViewRadio->isChecked();
}

core::exporting::ExportOptions ExportDialog::options() const
{
    core::exporting::ExportOptions options;
    const auto encoding =
        core::exporting::parseEncodingKey(m_encodingCombo->currentData().toString());
    options.encoding = encoding ? *encoding : core::csv::OutputEncoding::Utf8Bom;
    const QString delimiter = m_delimiterCombo->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar(u',') : delimiter.front();
    options.headers = m_headerCombo->currentData().toString() == QLatin1String("labels")
                          ? HeaderStyle::Labels
                          : HeaderStyle::Keys;
    if (currentViewOnly()) {
        options.view = m_view.spec;
        // Order lines are the lines of the orders the view shows; the orders
        // view's columns are not theirs.
        if (kind() != ExportKind::OrderLines)
            options.columns = m_view.columns;
    }
    return options;
}

QString ExportDialog::suggestedPath() const
{
    QString folder;
    if (m_context.settings)
        folder = m_context.settings->value(Key::ExportChoices).toMap().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QDate today = core::Clock::system().nowUtc().toLocalTime().date();
    return QDir(folder).filePath(core::exporting::kindKey(kind()) + QLatin1Char('-')
                                 + today.toString(Qt::ISODate) + QStringLiteral(".csv"));
}

void ExportDialog::accept()
{
    const QString path = FileDialog::saveFileName(this, tr("Export to File"), suggestedPath(),
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return; // back to the choices
    rememberChoices(path);
    const auto report =
        TransferTasks::exportCsv(this, m_context.session->path(), kind(), path, options());
    if (!report) {
        const core::Error& error = report.error();
        if (error.code == core::Error::Code::Cancelled)
            MessageBox::information(this, tr("Export Cancelled"),
                                    tr("The export was cancelled; no file was written."));
        else
            MessageBox::critical(
                this, tr("Export Failed"),
                tr("No file was written.") + QStringLiteral("\n\n") + error.message, error.sql);
        return;
    }
    Q_EMIT exported(summary(report->rows, report->path));
    QDialog::accept();
}

void ExportDialog::updateScopeTexts()
{
    const int rows = clampedCount(m_view.rows);
    if (kind() == ExportKind::OrderLines) {
        m_currentViewRadio->setText(
            tr("&Lines of the orders in the current view (%Ln order(s))", nullptr, rows));
        m_currentViewHint->setText(tr("Its filter, search and sort; every column of the lines."));
    } else {
        m_currentViewRadio->setText(tr("&Current view (%Ln row(s))", nullptr, rows));
        m_currentViewHint->setText(tr("Its filter, search, sort and visible columns."));
    }
    m_wholeTableHint->setText(kind() == ExportKind::Customers
                                  ? tr("Every row and every column, custom fields included.")
                                  : tr("Every row and every column."));
}

void ExportDialog::restoreChoices()
{
    if (!m_context.settings)
        return;
    const QVariantMap choices = m_context.settings->value(Key::ExportChoices).toMap();
    selectData(m_encodingCombo, choices.value(kEncodingKey));
    selectData(m_delimiterCombo, choices.value(kDelimiterKey));
    selectData(m_headerCombo, choices.value(kHeadersKey));
}

void ExportDialog::rememberChoices(const QString& path) const
{
    if (!m_context.settings)
        return;
    QVariantMap choices = m_context.settings->value(Key::ExportChoices).toMap();
    choices.insert(kFolderKey, QFileInfo(path).absolutePath());
    choices.insert(kEncodingKey, m_encodingCombo->currentData());
    choices.insert(kDelimiterKey, m_delimiterCombo->currentData());
    choices.insert(kHeadersKey, m_headerCombo->currentData());
    m_context.settings->setValue(Key::ExportChoices, choices);
}

QString ExportDialog::summary(qint64 rows, const QString& path) const
{
    const int n = clampedCount(rows);
    const QString file = QDir::toNativeSeparators(path);
    switch (kind()) {
    case ExportKind::Customers:
        return tr("Exported %Ln customer(s) to “%1”.", nullptr, n).arg(file);
    case ExportKind::Companies:
        return tr("Exported %Ln company(s) to “%1”.", nullptr, n).arg(file);
    case ExportKind::Products:
        return tr("Exported %Ln product(s) to “%1”.", nullptr, n).arg(file);
    case ExportKind::Orders:
        return tr("Exported %Ln order(s) to “%1”.", nullptr, n).arg(file);
    case ExportKind::OrderLines:
        break;
    }
    return tr("Exported %Ln order line(s) to “%1”.", nullptr, n).arg(file);
}

} // namespace rapport::ui
