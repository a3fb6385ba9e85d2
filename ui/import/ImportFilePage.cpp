#include "import/ImportFilePage.h"

#include "common/Settings.h"
#include "import/ImportJob.h"
#include "import/ImportLabels.h"
#include "import/ImportTasks.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

using core::import::Entity;
using Key = core::Settings::Key;

// Raw rows read for the mapping page's sample column: enough to find a value
// in a column that is often empty, few enough to read in a blink.
constexpr int kSampleRows = 50;
// How long typing in the file name pauses before the file is read.
constexpr int kTypingDelayMs = 500;
constexpr int kHeadersShown = 8;

const QString kEncodingKey = QStringLiteral("encoding");
const QString kDelimiterKey = QStringLiteral("delimiter");

} // namespace

ImportFilePage::ImportFilePage(ImportJob& job, QString databasePath, core::Settings* settings,
                               QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_databasePath(std::move(databasePath))
    , m_settings(settings)
    , m_entityCombo(new QComboBox(this))
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_detectedLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_readTimer(new QTimer(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("Import a CSV or tab-separated file as spreadsheets save it. Its first line "
                   "must name the columns."));

    m_entityCombo->setObjectName(QStringLiteral("entityComboBox"));
    for (Entity entity : {Entity::Customers, Entity::Companies, Entity::Products, Entity::Orders})
        m_entityCombo->addItem(ImportLabels::entityName(entity), static_cast<int>(entity));
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileEdit->setPlaceholderText(tr("Choose a file…"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_encodingCombo->setObjectName(QStringLiteral("encodingComboBox"));
    using core::csv::Encoding;
    for (Encoding encoding : {Encoding::Auto, Encoding::Utf8, Encoding::Utf16, Encoding::Gb18030})
        m_encodingCombo->addItem(ImportLabels::encodingName(encoding),
                                 core::csv::encodingKey(encoding));
    m_encodingCombo->setItemText(3, tr("GB18030 (GBK, Chinese Windows)"));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterCombo->addItem(tr("Automatic"), ImportLabels::delimiterKey(QChar()));
    m_delimiterCombo->addItem(tr("Comma (,)"), ImportLabels::delimiterKey(u','));
    m_delimiterCombo->addItem(tr("Semicolon (;)"), ImportLabels::delimiterKey(u';'));
    m_delimiterCombo->addItem(tr("Tab"), ImportLabels::delimiterKey(u'\t'));
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setWordWrap(true);
    m_detectedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_readTimer->setSingleShot(true);
    // Choices stay as wide as their longest entry instead of spanning the page.
    for (QComboBox* combo : {m_entityCombo, m_encodingCombo, m_delimiterCombo})
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Import:"), m_entityCombo);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit); // a row holding a layout gets no buddy by itself
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    restoreFormat();
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_entityCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::entityChanged);
    for (QComboBox* combo : {m_encodingCombo, m_delimiterCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFilePage::scheduleRead);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] {
        Q_EMIT completeChanged(); // Next waits for the new name to be read
        m_readTimer->start(kTypingDelayMs);
    });
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportFilePage::scheduleRead);
    connect(m_readTimer, &QTimer::timeout, this, &ImportFilePage::readFile);
}

void ImportFilePage::setEntity(Entity entity)
{
    m_entityCombo->setCurrentIndex(m_entityCombo->findData(static_cast<int>(entity)));
    m_job.entity = entity;
}

bool ImportFilePage::isComplete() const
{
    return !m_busy && !m_readKey.isEmpty() && m_readKey == choicesKey();
}

Entity ImportFilePage::entity() const
{
    return static_cast<Entity>(m_entityCombo->currentData().toInt());
}

core::csv::Encoding ImportFilePage::encoding() const
{
    const auto encoding = core::csv::parseEncodingKey(m_encodingCombo->currentData().toString());
    return encoding ? *encoding : core::csv::Encoding::Auto;
}

QChar ImportFilePage::delimiter() const
{
    return ImportLabels::delimiterFromKey(m_delimiterCombo->currentData().toString());
}

QString ImportFilePage::choicesKey() const
{
    return QStringList{m_fileEdit->text().trimmed(), core::import::entityKey(entity()),
                       m_encodingCombo->currentData().toString(),
                       m_delimiterCombo->currentData().toString()}
        .join(QChar(u'\n'));
}

void ImportFilePage::rememberChoices() const
{
    if (!m_settings)
        return;
    m_settings->setValue(Key::ImportFolder, QFileInfo(m_job.path).absolutePath());
    QVariantMap formats = m_settings->value(Key::ImportFormats).toMap();
    formats.insert(core::import::entityKey(m_job.entity),
                   QVariantMap{{kEncodingKey, m_encodingCombo->currentData()},
                               {kDelimiterKey, m_delimiterCombo->currentData()}});
    m_settings->setValue(Key::ImportFormats, formats);
}

void ImportFilePage::chooseFile()
{
    QString start = QFileInfo(m_fileEdit->text().trimmed()).absolutePath();
    if (m_fileEdit->text().trimmed().isEmpty() || !QFileInfo(start).isDir())
        start = m_settings ? m_settings->string(Key::ImportFolder) : QString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();
    const QString path =
        FileDialog::existingFileName(this, tr("Import File"), start,
                                     tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    if (m_settings)
        m_settings->setValue(Key::ImportFolder, QFileInfo(path).absolutePath());
    scheduleRead();
}

void ImportFilePage::entityChanged()
{
    restoreFormat();
    scheduleRead();
}

// The encoding and delimiter last used for this kind of data: people import
// the same export from the same system again and again.
void ImportFilePage::restoreFormat()
{
    const QVariantMap format = m_settings ? m_settings->value(Key::ImportFormats)
                                                .toMap()
                                                .value(core::import::entityKey(entity()))
                                                .toMap()
                                          : QVariantMap();
    const QSignalBlocker encodingBlocker(m_encodingCombo);
    const QSignalBlocker delimiterBlocker(m_delimiterCombo);
    m_encodingCombo->setCurrentIndex(
        std::max(0, m_encodingCombo->findData(format.value(kEncodingKey))));
    m_delimiterCombo->setCurrentIndex(
        std::max(0, m_delimiterCombo->findData(format.value(kDelimiterKey))));
}

void ImportFilePage::scheduleRead()
{
    Q_EMIT completeChanged();
    m_readTimer->start(0);
}

void ImportFilePage::readFile()
{
    if (m_busy) {
        m_pending = true;
        return;
    }
    const QString key = choicesKey();
    if (key == m_readKey)
        return; // nothing changed since the last read
    m_readKey.clear();
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    core::import::Options options; // no mapping: the columns are matched automatically
    options.encoding = encoding();
    options.delimiter = delimiter();
    m_job.entity = entity();
    m_job.path = path;
    m_job.options.encoding = options.encoding;
    m_job.options.delimiter = options.delimiter;
    m_detectedLabel->clear();
    m_errorLabel->hide();
    if (path.isEmpty()) {
        Q_EMIT completeChanged();
        return;
    }

    m_busy = true;
    Q_EMIT completeChanged();
    auto probe = ImportTasks::probe(this, m_databasePath, path, m_job.entity, options, kSampleRows);
    m_busy = false;
    if (probe) {
        m_job.layout = probe->preview.layout;
        m_job.sampleRows = probe->rawRows;
        ++m_job.generation;
        m_readKey = key;
        const core::import::FileLayout& layout = m_job.layout;
        const QString format =
            (options.encoding == core::csv::Encoding::Auto || options.delimiter.isNull())
                ? tr("Detected: %1, %2")
                : tr("Reading as: %1, %2");
        QStringList headers = layout.headers.mid(0, kHeadersShown);
        if (layout.headers.size() > kHeadersShown)
            headers << QStringLiteral("…");
        m_detectedLabel->setText(
            format.arg(ImportLabels::encodingName(layout.encoding),
                       ImportLabels::delimiterName(layout.delimiter))
            + QStringLiteral("\n")
            + tr("%n column(s): %1", nullptr, static_cast<int>(layout.headers.size()))
                  .arg(headers.join(tr(", "))));
    } else if (probe.error().code == core::Error::Code::Cancelled) {
        showError(tr("Reading the file was cancelled."));
    } else {
        showError(probe.error().message);
    }
    if (m_pending) {
        m_pending = false;
        scheduleRead();
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace rapport::ui
