#include "dedupe/DuplicatesDialog.h"

#include "Session.h"
#include "dedupe/DuplicateFinder.h"
#include "dedupe/DuplicateGroupModel.h"
#include "dedupe/MergeDialog.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"
#include "widgets/ProgressRunner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rapport::ui {

DuplicatesDialog::DuplicatesDialog(Session* session, QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_model(new DuplicateGroupModel(this))
    , m_view(new QTreeView(this))
    , m_summaryLabel(new QLabel(this))
    , m_searchButton(new QPushButton(tr("&Search Again"), this))
    , m_mergeButton(new QPushButton(tr("&Merge…"), this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicate Customers"));
    m_summaryLabel->setObjectName(QStringLiteral("duplicatesSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setText(tr("Customers with the same e-mail address, the same phone number, "
                               "or the same name at the same company."));

    m_view->setObjectName(QStringLiteral("duplicatesTreeView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DuplicateGroupModel::CompanyColumn, QHeaderView::Stretch);
    const int widths[] = {200, 220, 140, 0, 60, 90};
    for (int column = 0; column < DuplicateGroupModel::ColumnCount; ++column) {
        if (widths[column] > 0)
            header->resizeSection(column, widths[column]);
    }

    m_searchButton->setObjectName(QStringLiteral("searchAgainButton"));
    m_mergeButton->setObjectName(QStringLiteral("mergeGroupButton"));
    m_mergeButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_searchButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_mergeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_searchButton, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DuplicatesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicatesDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    updateButtons();
}

DuplicatesDialog::~DuplicatesDialog() = default;

bool DuplicatesDialog::search()
{
    // The finder runs on a worker with its own connection to the same file.
    const QString path = m_session->path();
    core::DuplicateOptions options;
    options.limit = kShownGroups;
    core::DuplicateScan scan;
    const core::Status status =
        ProgressRunner::run(this, tr("Looking for duplicate customers…"),
                            [path, options, &scan](core::Progress& progress) {
                                core::Database::Options workerOptions;
                                workerOptions.migrate = false; // the session migrated it
                                auto db = core::Database::open(path, workerOptions);
                                if (!db)
                                    return core::Status(db.error());
                                auto found =
                                    core::DuplicateFinder(db->connection()).find(progress, options);
                                if (!found)
                                    return core::Status(found.error());
                                scan = std::move(found).value();
                                return core::Status();
                            });
    if (!status) {
        if (status.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(this, tr("Find Duplicates"),
                                 tr("The search for duplicates failed.") + QStringLiteral("\n\n")
                                     + status.error().message,
                                 status.error().sql);
        return false;
    }
    m_totalGroups = scan.totalGroups;
    m_skippedKeys = scan.sharedKeysSkipped;
    m_model->setGroups(std::move(scan.groups));
    for (int row = 0; row < m_model->groupCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    m_view->expandAll();
    if (m_model->groupCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_summaryLabel->setText(summaryText());
    return true;
}

QString DuplicatesDialog::summaryText() const
{
    QString text;
    if (m_totalGroups == 0) {
        text = tr("No likely duplicates found.");
    } else {
        text = tr("%n group(s) of likely duplicates.", nullptr, m_totalGroups);
        if (m_totalGroups > m_model->groupCount())
            text += QStringLiteral(" ")
                    + tr("Showing the first %1: merge them, then search again for the rest.")
                          .arg(m_model->groupCount());
        text += QStringLiteral(" ") + tr("Select a group and choose Merge… to combine it.");
    }
    if (m_skippedKeys > 0)
        text += QStringLiteral("\n")
                + tr("Left out %n value(s) shared by more than %1 customers each (a shared "
                     "mailbox or switchboard, not one person).",
                     nullptr, m_skippedKeys)
                      .arg(core::DuplicateOptions().maxShare);
    return text;
}

bool DuplicatesDialog::mergeGroup(int groupRow)
{
    if (groupRow < 0 || groupRow >= m_model->groupCount())
        return false;
    const QList<core::RowId> ids = m_model->group(groupRow).memberIds();
    const auto candidates = core::CustomerMerge(m_session->connection()).candidates(ids);
    if (!candidates) {
        MessageBox::warning(this, tr("Merge Customers"),
                            candidates.error().code == core::Error::Code::NotFound
                                ? tr("A customer of this group was deleted or merged since the "
                                     "search. Search again to bring the list up to date.")
                                : candidates.error().message);
        return false;
    }
    MergeDialog dialog(m_session, m_undoStack, *candidates, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const int before = m_model->groupCount();
    QList<core::RowId> merged = dialog.mergedIds();
    m_model->removeMembers(groupRow, merged);
    if (m_model->groupCount() < before)
        --m_totalGroups;
    m_summaryLabel->setText(summaryText());
    if (m_model->groupCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(groupRow, m_model->groupCount() - 1), 0));
    return true;
}

void DuplicatesDialog::mergeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        mergeGroup(current.data(DuplicateGroupModel::GroupRowRole).toInt());
}

void DuplicatesDialog::updateButtons()
{
    m_mergeButton->setEnabled(m_view->currentIndex().isValid());
}

} // namespace rapport::ui
