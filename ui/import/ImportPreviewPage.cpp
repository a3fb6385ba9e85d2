#include "import/ImportPreviewPage.h"

#include "Session.h"
#include "import/ImportJob.h"
#include "import/ImportTasks.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
// A light red that keeps dark text readable in light and dark themes alike.
const QColor kErrorTint(255, 205, 210);
const QColor kErrorText(0x5f, 0x10, 0x10);
// Wide enough for an address, narrow enough that one long note does not push
// every other column out of sight.
constexpr int kMaxColumnWidth = 260;
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportJob& job, Session* session, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_summaryLabel(new QLabel(this))
{
    setTitle(tr("Check the Data"));
    setSubTitle(tr("The first rows of the file as they will be stored, by line of the file. "
                   "Point at a red cell to see why it cannot be stored."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_table->setObjectName(QStringLiteral("previewTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summaryLabel->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summaryLabel);
}

void ImportPreviewPage::initializePage()
{
    m_loaded = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_summaryLabel->setText(tr("Reading the file…"));
    m_summaryLabel->setStyleSheet(QString());
    // Once the page is on screen, so the progress dialog has something to sit on.
    QTimer::singleShot(0, this, &ImportPreviewPage::load);
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded;
}

void ImportPreviewPage::load()
{
    if (m_loading || m_loaded)
        return;
    m_loading = true;
    auto probe =
        ImportTasks::probe(this, m_session->path(), m_job.path, m_job.entity, m_job.options, kRows);
    m_loading = false;
    if (!probe) {
        m_summaryLabel->setText(probe.error().code == core::Error::Code::Cancelled
                                    ? tr("Reading the file was cancelled. Go back and forth to "
                                         "read it again.")
                                    : probe.error().message);
        m_summaryLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    const core::import::FileLayout& layout = probe->preview.layout;
    QList<int> columns; // the file columns that are imported, in file order
    QStringList titles;
    for (int column = 0; column < layout.headers.size(); ++column) {
        const QString key = layout.mapping.fieldAt(column);
        if (key.isEmpty())
            continue;
        columns << column;
        titles << core::import::fieldLabel(key);
    }
    QMap<qint64, QStringList> raw; // what the file says, for cells that cannot be stored
    for (const RawRow& row : std::as_const(probe->rawRows))
        raw.insert(row.line, row.fields);

    const QList<core::import::PreviewRow>& rows = probe->preview.rows;
    m_table->setColumnCount(static_cast<int>(columns.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels(titles);
    for (int i = 0; i < columns.size(); ++i)
        m_table->horizontalHeaderItem(i)->setToolTip(
            tr("From the column “%1”").arg(layout.headers[columns[i]]));
    int problemRows = 0;
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        const core::import::PreviewRow& row = rows[r];
        lines << QString::number(row.line);
        bool problem = false;
        for (int i = 0; i < columns.size(); ++i) {
            const int column = columns[i];
            const QString error = row.errors.value(column);
            auto* item = new QTableWidgetItem(row.values.value(column));
            if (!error.isEmpty()) {
                problem = true;
                item->setText(raw.value(row.line).value(column).simplified());
                item->setBackground(kErrorTint);
                item->setForeground(kErrorText);
                item->setToolTip(error);
            }
            m_table->setItem(r, i, item);
        }
        problemRows += problem ? 1 : 0;
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int i = 0; i < m_table->columnCount(); ++i)
        m_table->setColumnWidth(i, std::min(m_table->columnWidth(i), kMaxColumnWidth));

    const int shown = static_cast<int>(rows.size());
    if (shown == 0)
        m_summaryLabel->setText(tr("The file has no rows to import."));
    else if (problemRows == 0)
        m_summaryLabel->setText(tr("No problems in the first %n row(s).", nullptr, shown));
    else
        m_summaryLabel->setText(tr("%1 of the first %n row(s) have problems; they will be listed "
                                   "in the rejected-rows file and not imported.",
                                   nullptr, shown)
                                    .arg(problemRows));
    m_summaryLabel->setStyleSheet(problemRows > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_loaded = shown > 0;
    Q_EMIT completeChanged();
}

} // namespace rapport::ui
