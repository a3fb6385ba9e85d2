#include "import/ImportResultPage.h"

#include "import/ImportJob.h"
#include "import/ImportLabels.h"
#include "widgets/MessageBox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

QLabel* countLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportResultPage::ImportResultPage(const ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_headline(new QLabel(this))
    , m_inserted(countLabel(this, QStringLiteral("insertedCountLabel")))
    , m_updated(countLabel(this, QStringLiteral("updatedCountLabel")))
    , m_skipped(countLabel(this, QStringLiteral("skippedCountLabel")))
    , m_rejected(countLabel(this, QStringLiteral("rejectedCountLabel")))
    , m_details(new QLabel(this))
    , m_openRejectedButton(new QPushButton(tr("&Open Rejected Rows"), this))
    , m_undoLabel(new QLabel(this))
{
    setTitle(tr("Import Finished"));
    setSubTitle(tr("What the import did. The rows were written in one go: all of them or, had "
                   "anything gone wrong, none."));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("resultHeadlineLabel"));
    m_headline->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("resultDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openRejectedButton->setObjectName(QStringLiteral("openRejectedButton"));
    m_undoLabel->setObjectName(QStringLiteral("undoHintLabel"));
    m_undoLabel->setWordWrap(true);

    auto* counts = new QFormLayout;
    counts->addRow(tr("Added:"), m_inserted);
    counts->addRow(tr("Updated:"), m_updated);
    counts->addRow(tr("Skipped (duplicates):"), m_skipped);
    counts->addRow(tr("Rejected:"), m_rejected);
    auto* rejectedRow = new QHBoxLayout;
    rejectedRow->addWidget(m_openRejectedButton);
    rejectedRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(counts);
    layout->addWidget(m_details);
    layout->addLayout(rejectedRow);
    layout->addStretch(1);
    layout->addWidget(m_undoLabel);
    connect(m_openRejectedButton, &QPushButton::clicked, this, &ImportResultPage::openRejectedRows);
}

void ImportResultPage::initializePage()
{
    if (!m_job.report)
        return;
    const core::import::Report& report = *m_job.report;
    m_headline->setText(tr("“%1”: %n row(s) read.", nullptr,
                           static_cast<int>(std::min<qint64>(report.rows, INT_MAX)))
                            .arg(QFileInfo(report.layout.path).fileName()));
    m_inserted->setText(QString::number(report.inserted));
    m_updated->setText(QString::number(report.updated));
    m_skipped->setText(QString::number(report.skipped));
    m_rejected->setText(QString::number(report.rejected));

    QStringList details;
    QStringList duplicates;
    for (auto it = report.duplicatesByRule.begin(); it != report.duplicatesByRule.end(); ++it)
        duplicates << tr("%1: %2").arg(ImportLabels::duplicateRuleName(it.key())).arg(it.value());
    if (!duplicates.isEmpty())
        details << tr("Duplicates found — %1.").arg(duplicates.join(tr("; ")));
    QStringList created;
    if (report.companiesCreated > 0)
        created << tr("%n company(ies)", nullptr, report.companiesCreated);
    if (report.customersCreated > 0)
        created << tr("%n customer(s)", nullptr, report.customersCreated);
    if (report.productsCreated > 0)
        created << tr("%n product(s)", nullptr, report.productsCreated);
    if (report.ordersCreated > 0)
        created << tr("%n order(s) with %1 line(s)", nullptr, report.ordersCreated)
                       .arg(report.orderLines);
    if (!created.isEmpty())
        details << tr("Also created: %1.").arg(created.join(tr(", ")));
    if (report.cancellations > 0)
        details << tr("%n order(s) are cancellations.", nullptr, report.cancellations);
    details << report.warnings;
    if (!report.errorsFile.isEmpty())
        details << tr("The rejected rows, each with the reason, are in %1.")
                       .arg(QDir::toNativeSeparators(report.errorsFile));
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    m_openRejectedButton->setVisible(!report.errorsFile.isEmpty());
    m_undoLabel->setText(changedData(report) ? tr("To take this import back, choose Edit › Undo.")
                                             : tr("Nothing in the database was changed."));
}

void ImportResultPage::openRejectedRows()
{
    if (!m_job.report)
        return;
    const QString path = m_job.report->errorsFile;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Open Rejected Rows"),
                            tr("No program could open %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace rapport::ui
