#include "dedupe/MergeDialog.h"

#include "Format.h"
#include "dedupe/MergeCommand.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace rapport::ui {

namespace {

constexpr int kValueWidth = 210; // px of text per value before it is elided
constexpr int kLabelColumn = 0;

QString fieldKey(core::CustomerField field)
{
    switch (field) {
    case core::CustomerField::Name:
        return QStringLiteral("name");
    case core::CustomerField::Code:
        return QStringLiteral("code");
    case core::CustomerField::Email:
        return QStringLiteral("email");
    case core::CustomerField::Phone:
        return QStringLiteral("phone");
    case core::CustomerField::City:
        return QStringLiteral("city");
    case core::CustomerField::Address:
        return QStringLiteral("address");
    case core::CustomerField::Company:
        return QStringLiteral("company");
    case core::CustomerField::Owner:
        return QStringLiteral("owner");
    case core::CustomerField::Notes:
        return QStringLiteral("notes");
    }
    return QString();
}

QString createdText(const QString& createdAt)
{
    const QDateTime utc = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    return utc.isValid() ? Format::date(utc.toLocalTime().date()) : createdAt;
}

// One line of a value, elided to the column; the whole value in the tooltip.
void showValue(QWidget* widget, const QString& value, const QString& emptyText)
{
    const QString line = value.simplified();
    const QString shown = line.isEmpty()
                              ? emptyText
                              : widget->fontMetrics().elidedText(line, Qt::ElideRight, kValueWidth);
    if (auto* label = qobject_cast<QLabel*>(widget))
        label->setText(shown);
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        button->setText(shown);
    widget->setToolTip(value == line ? (shown == line ? QString() : line) : value);
    // Empty values are greyed (styles draw button texts in WindowText, whatever the role).
    QPalette palette = QApplication::palette(widget);
    if (line.isEmpty())
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    widget->setPalette(palette);
}

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MergeDialog::MergeDialog(Session* session, QUndoStack* undoStack,
                         QList<core::MergeCandidate> candidates, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_candidates(std::move(candidates))
    , m_keeperButtons(new QButtonGroup(this))
    , m_summaryLabel(new QLabel(this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Customers"));
    auto* intro = new QLabel(tr("Pick the record to keep and, field by field, the value it "
                                "keeps. The other records' orders, activities and tags move "
                                "to it; the other records are deleted."),
                             this);
    intro->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    addHeaderRows(grid);
    for (core::CustomerField field : core::FieldChoices::allFields()) {
        QStringList values;
        for (const core::MergeCandidate& candidate : std::as_const(m_candidates))
            values << core::FieldChoices::text(candidate.customer, field);
        // A customer number is rare: its row shows only when a record has one.
        if (field == core::CustomerField::Code && values.join(QString()).isEmpty())
            continue;
        static const char* const labels[] = {QT_TR_NOOP("Name"),    QT_TR_NOOP("Customer number"),
                                             QT_TR_NOOP("E-mail"),  QT_TR_NOOP("Phone"),
                                             QT_TR_NOOP("City"),    QT_TR_NOOP("Address"),
                                             QT_TR_NOOP("Company"), QT_TR_NOOP("Owner"),
                                             QT_TR_NOOP("Notes")};
        ChoiceRow row;
        row.field = field;
        addChoiceRow(grid, tr(labels[int(field)]), fieldKey(field), row, values);
        if (field == core::CustomerField::Notes) {
            m_combineNotesCheck = new QCheckBox(tr("Combine all notes"), content);
            m_combineNotesCheck->setObjectName(QStringLiteral("combineNotesCheck"));
            grid->addWidget(m_combineNotesCheck, m_gridRow++, int(m_candidates.size()) + 1);
            connect(m_combineNotesCheck, &QCheckBox::toggled, this, [this] {
                updateEnabled();
                updatePreview();
            });
        }
    }
    QList<core::Customer> customers;
    for (const core::MergeCandidate& candidate : std::as_const(m_candidates))
        customers << candidate.customer;
    for (const QString& key : core::FieldChoices::customKeys(customers)) {
        QStringList values;
        for (const core::Customer& customer : std::as_const(customers))
            values << core::FieldChoices::customText(customer, key);
        ChoiceRow row;
        row.customKey = key;
        addChoiceRow(grid, key, QStringLiteral("custom_") + key, row, values);
    }
    addInfoRows(grid);
    grid->setColumnStretch(int(m_candidates.size()) + 2, 1);
    grid->setRowStretch(m_gridRow, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mergeScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_summaryLabel->setObjectName(QStringLiteral("mergeSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);

    connect(m_keeperButtons, &QButtonGroup::idClicked, this, &MergeDialog::setKeeper);
    setKeeper(0);

    // Wide enough for every column when the screen allows, else it scrolls.
    const QSize wanted = content->sizeHint() + QSize(40, 150);
    const QRect screen =
        this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1200, 800);
    resize(std::min(wanted.width(), screen.width() * 9 / 10),
           std::min(wanted.height(), screen.height() * 9 / 10));
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::addHeaderRows(QGridLayout* grid)
{
    QWidget* content = grid->parentWidget();
    const int previewColumn = int(m_candidates.size()) + 1;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const core::Customer& c = m_candidates.at(i).customer;
        auto* header = boldLabel(QString(), content);
        header->setObjectName(QStringLiteral("recordHeader%1").arg(i));
        m_headers << header;
        grid->addWidget(header, 0, i + 1);
        auto* created = new QLabel(tr("created %1").arg(createdText(c.createdAt)), content);
        created->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(created, 1, i + 1);

        auto* keep = new QRadioButton(tr("Keep this record"), content);
        keep->setObjectName(QStringLiteral("keepRadio%1").arg(i));
        m_keeperButtons->addButton(keep, i);
        grid->addWidget(keep, 2, i + 1);

        auto* include = new QCheckBox(tr("Merge it"), content);
        include->setObjectName(QStringLiteral("includeCheck%1").arg(i));
        include->setChecked(true);
        connect(include, &QCheckBox::toggled, this, [this] {
            applyDefaults(true);
            updateEnabled();
            updatePreview();
        });
        m_includeChecks << include;
        grid->addWidget(include, 3, i + 1);
    }
    grid->addWidget(boldLabel(tr("Merged record"), content), 0, previewColumn);
    grid->addWidget(new QLabel(tr("Keep"), content), 2, kLabelColumn);
    grid->addWidget(new QLabel(tr("Include"), content), 3, kLabelColumn);
    auto* line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 4, 0, 1, previewColumn + 1);
    m_gridRow = 5;
}

void MergeDialog::addChoiceRow(QGridLayout* grid, const QString& label, const QString& objectKey,
                               ChoiceRow row, const QStringList& values)
{
    QWidget* content = grid->parentWidget();
    auto* title = new QLabel(label, content);
    // Rows where the records disagree are the ones to look at.
    QStringList distinct = values;
    distinct.removeDuplicates();
    if (distinct.size() > 1) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }
    grid->addWidget(title, m_gridRow, kLabelColumn);
    row.buttons = new QButtonGroup(this);
    for (int i = 0; i < values.size(); ++i) {
        auto* button = new QRadioButton(content);
        button->setObjectName(QStringLiteral("%1Radio%2").arg(objectKey).arg(i));
        showValue(button, values.at(i), tr("(empty)"));
        row.buttons->addButton(button, i);
        grid->addWidget(button, m_gridRow, i + 1);
    }
    row.preview = new QLabel(content);
    row.preview->setObjectName(objectKey + QStringLiteral("Preview"));
    grid->addWidget(row.preview, m_gridRow, int(values.size()) + 1);
    connect(row.buttons, &QButtonGroup::idClicked, this, &MergeDialog::updatePreview);
    m_rows << row;
    ++m_gridRow;
}

void MergeDialog::addInfoRows(QGridLayout* grid)
{
    QWidget* content = grid->parentWidget();
    const int previewColumn = int(m_candidates.size()) + 1;
    grid->addWidget(new QLabel(tr("Marketing e-mail"), content), m_gridRow, kLabelColumn);
    for (int i = 0; i < m_candidates.size(); ++i) {
        const bool out = m_candidates.at(i).customer.optedOut;
        auto* label = new QLabel(out ? tr("Opted out") : tr("Allowed"), content);
        if (!out)
            label->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, m_gridRow, i + 1);
    }
    m_optOutPreview = new QLabel(content);
    m_optOutPreview->setObjectName(QStringLiteral("optOutPreview"));
    grid->addWidget(m_optOutPreview, m_gridRow++, previewColumn);

    grid->addWidget(new QLabel(tr("Orders, activities, tags"), content), m_gridRow, kLabelColumn);
    for (int i = 0; i < m_candidates.size(); ++i) {
        const core::MergeCandidate& c = m_candidates.at(i);
        auto* label = new QLabel(tr("%n order(s)", nullptr, c.orderCount) + QStringLiteral(", ")
                                     + tr("%n activity(ies)", nullptr, c.activityCount)
                                     + QStringLiteral(", ") + tr("%n tag(s)", nullptr, c.tagCount),
                                 content);
        label->setObjectName(QStringLiteral("countsLabel%1").arg(i));
        grid->addWidget(label, m_gridRow, i + 1);
    }
    m_movesPreview = new QLabel(content);
    m_movesPreview->setObjectName(QStringLiteral("movesPreview"));
    grid->addWidget(m_movesPreview, m_gridRow++, previewColumn);
}

void MergeDialog::setKeeper(int column)
{
    if (column < 0 || column >= m_candidates.size())
        return;
    if (QAbstractButton* button = m_keeperButtons->button(column))
        button->setChecked(true);
    for (int i = 0; i < m_includeChecks.size(); ++i) {
        m_headers.at(i)->setText(i == column ? tr("Record %1 (kept)").arg(i + 1)
                                             : tr("Record %1").arg(i + 1));
        const QSignalBlocker blocker(m_includeChecks.at(i));
        if (i == column)
            m_includeChecks.at(i)->setChecked(true);
    }
    applyDefaults(false);
    updateEnabled();
    updatePreview();
}

core::RowId MergeDialog::keeperId() const
{
    const int column = std::max(0, m_keeperButtons->checkedId());
    return m_candidates.value(column).customer.id;
}

QList<core::RowId> MergeDialog::mergedIds() const
{
    QList<core::RowId> ids;
    const int keeper = m_keeperButtons->checkedId();
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (i != keeper && m_includeChecks.at(i)->isChecked())
            ids << m_candidates.at(i).customer.id;
    }
    return ids;
}

QList<core::Customer> MergeDialog::records() const
{
    QList<core::Customer> result;
    const int keeper = std::max(0, m_keeperButtons->checkedId());
    result << m_candidates.value(keeper).customer;
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (i != keeper && m_includeChecks.at(i)->isChecked())
            result << m_candidates.at(i).customer;
    }
    return result;
}

core::FieldChoices MergeDialog::choices() const
{
    core::FieldChoices choices;
    for (const ChoiceRow& row : m_rows) {
        const int column = row.buttons->checkedId();
        if (column < 0)
            continue;
        const core::RowId source = m_candidates.at(column).customer.id;
        if (row.customKey.isEmpty())
            choices.fields.insert(row.field, source);
        else
            choices.custom.insert(row.customKey, source);
    }
    choices.concatenateNotes = m_combineNotesCheck && m_combineNotesCheck->isChecked();
    return choices;
}

core::Customer MergeDialog::preview() const
{
    return choices().apply(records());
}

QString MergeDialog::valueOf(const ChoiceRow& row, const core::Customer& customer) const
{
    return row.customKey.isEmpty() ? core::FieldChoices::text(customer, row.field)
                                   : core::FieldChoices::customText(customer, row.customKey);
}

void MergeDialog::applyDefaults(bool onlyWhereInvalid)
{
    const QList<core::Customer> merged = records();
    const core::FieldChoices defaults = core::FieldChoices::defaults(merged);
    const QList<core::RowId> included = [&] {
        QList<core::RowId> ids;
        for (const core::Customer& c : merged)
            ids << c.id;
        return ids;
    }();
    for (const ChoiceRow& row : std::as_const(m_rows)) {
        const int current = row.buttons->checkedId();
        if (onlyWhereInvalid && current >= 0
            && included.contains(m_candidates.at(current).customer.id))
            continue;
        const core::RowId source = row.customKey.isEmpty() ? defaults.fields.value(row.field)
                                                           : defaults.custom.value(row.customKey);
        for (int i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates.at(i).customer.id == source)
                row.buttons->button(i)->setChecked(true);
        }
    }
}

void MergeDialog::updateEnabled()
{
    const int keeper = m_keeperButtons->checkedId();
    const bool combine = m_combineNotesCheck && m_combineNotesCheck->isChecked();
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_includeChecks.at(i)->setEnabled(i != keeper);
        const bool included = m_includeChecks.at(i)->isChecked();
        for (const ChoiceRow& row : std::as_const(m_rows)) {
            const bool notes = row.customKey.isEmpty() && row.field == core::CustomerField::Notes;
            row.buttons->button(i)->setEnabled(included && !(notes && combine));
        }
    }
    m_mergeButton->setEnabled(!mergedIds().isEmpty());
}

void MergeDialog::updatePreview()
{
    const core::Customer merged = preview();
    for (const ChoiceRow& row : std::as_const(m_rows))
        showValue(row.preview, valueOf(row, merged), tr("(empty)"));
    m_optOutPreview->setText(merged.optedOut ? tr("Opted out (locked)") : tr("Allowed"));
    m_optOutPreview->setToolTip(
        merged.optedOut ? tr("A record in this merge opted out of marketing e-mail, so the merged "
                             "customer stays opted out. A merge never loses an opt-out.")
                        : QString());

    int orders = 0;
    int activities = 0;
    const QList<core::RowId> others = mergedIds();
    for (const core::MergeCandidate& c : std::as_const(m_candidates)) {
        if (c.customer.id == keeperId() || others.contains(c.customer.id)) {
            orders += c.orderCount;
            activities += c.activityCount;
        }
    }
    m_movesPreview->setText(tr("%n order(s)", nullptr, orders) + QStringLiteral(", ")
                            + tr("%n activity(ies)", nullptr, activities));
    if (others.isEmpty()) {
        m_summaryLabel->setText(tr("Choose at least one record to merge into the kept one."));
        return;
    }
    int movedOrders = 0;
    int movedActivities = 0;
    for (const core::MergeCandidate& c : std::as_const(m_candidates)) {
        if (others.contains(c.customer.id)) {
            movedOrders += c.orderCount;
            movedActivities += c.activityCount;
        }
    }
    m_summaryLabel->setText(tr("Merging moves %1 and %2 to the kept record and deletes %3.")
                                .arg(tr("%n order(s)", nullptr, movedOrders),
                                     tr("%n activity(ies)", nullptr, movedActivities),
                                     tr("%n other record(s)", nullptr, int(others.size())))
                            + QStringLiteral(" ") + tr("Edit › Undo splits them again."));
}

void MergeDialog::accept()
{
    const QList<core::RowId> others = mergedIds();
    if (others.isEmpty())
        return;
    // The handler outlives this dialog (the command keeps it for undo and
    // redo), so it reports to whatever window is active then.
    auto failed = std::make_shared<bool>(false);
    auto* command = new MergeCommand(
        m_session, keeperId(), others, choices(), preview().name, [failed](const core::Error& e) {
            *failed = true;
            MessageBox::critical(QApplication::activeWindow(), tr("Merge Customers"), e.message,
                                 e.sql);
        });
    m_undoStack->push(command); // merges now; a failed merge is not kept on the stack
    if (!*failed)
        QDialog::accept();
}

} // namespace rapport::ui
