#include "views/FilterGroupBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

FilterGroupBox::FilterGroupBox(const FilterEditorFields& fields, bool nested, QWidget* parent)
    : QFrame(parent)
    , m_fields(fields)
    , m_nested(nested)
    , m_match(new QComboBox(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_groupsLayout(new QVBoxLayout)
{
    setObjectName(nested ? QStringLiteral("filterNestedGroup") : QStringLiteral("filterRootGroup"));
    m_match->setObjectName(QStringLiteral("filterMatchComboBox"));
    if (nested) {
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
    }
    // "Match [all|any] of the following" split around the combo, so a
    // translation may reorder the words (中文: 满足以下[全部|任一]条件).
    m_match->addItem(tr("all"), true);
    m_match->addItem(tr("any"), false);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Match"), this));
    header->addWidget(m_match);
    header->addWidget(new QLabel(tr("of the following"), this));
    header->addStretch(1);
    if (nested) {
        auto* remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("filterRemoveGroupButton"));
        remove->setText(QStringLiteral("−"));
        remove->setToolTip(tr("Remove this group"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, &FilterGroupBox::removeRequested);
        header->addWidget(remove);
    }

    auto* buttons = new QHBoxLayout;
    auto* addCondition = new QPushButton(tr("+ Condition"), this);
    addCondition->setObjectName(QStringLiteral("filterAddConditionButton"));
    connect(addCondition, &QPushButton::clicked, this, &FilterGroupBox::addCondition);
    buttons->addWidget(addCondition);
    if (!nested) {
        auto* addGroup = new QPushButton(tr("+ Group"), this);
        addGroup->setObjectName(QStringLiteral("filterAddGroupButton"));
        addGroup->setToolTip(tr("Add a group of conditions matched together"));
        connect(addGroup, &QPushButton::clicked, this, &FilterGroupBox::addGroup);
        buttons->addWidget(addGroup);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    if (!nested)
        layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(m_groupsLayout);
    layout->addLayout(buttons);
}

FilterConditionRow* FilterGroupBox::addCondition()
{
    auto* row = new FilterConditionRow(m_fields, this);
    m_rows << row;
    m_rowsLayout->addWidget(row);
    connect(row, &FilterConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

FilterGroupBox* FilterGroupBox::addGroup()
{
    if (m_nested)
        return nullptr;
    auto* group = new FilterGroupBox(m_fields, true, this);
    m_groups << group;
    m_groupsLayout->addWidget(group);
    group->addCondition();
    connect(group, &FilterGroupBox::removeRequested, this, [this, group] { removeGroup(group); });
    return group;
}

void FilterGroupBox::removeRow(FilterConditionRow* row)
{
    m_rows.removeOne(row);
    row->hide();
    row->deleteLater();
}

void FilterGroupBox::removeGroup(FilterGroupBox* group)
{
    m_groups.removeOne(group);
    group->hide();
    group->deleteLater();
}

void FilterGroupBox::clear()
{
    for (FilterConditionRow* row : std::as_const(m_rows))
        delete row;
    for (FilterGroupBox* group : std::as_const(m_groups))
        delete group;
    m_rows.clear();
    m_groups.clear();
}

void FilterGroupBox::setGroup(const core::FilterGroup& group)
{
    clear();
    m_match->setCurrentIndex(group.matchAll ? 0 : 1);
    for (const core::FilterCondition& condition : group.conditions)
        addCondition()->setCondition(condition);
    for (const core::FilterGroup& nested : group.groups) {
        if (m_nested)
            break; // deeper levels cannot be shown; the caller keeps them
        FilterGroupBox* box = addGroup();
        box->setGroup(nested);
    }
}

core::FilterGroup FilterGroupBox::group() const
{
    core::FilterGroup group;
    group.matchAll = m_match->currentData().toBool();
    for (const FilterConditionRow* row : m_rows)
        group.conditions << row->condition();
    for (const FilterGroupBox* nested : m_groups)
        group.groups << nested->group();
    return group;
}

} // namespace rapport::ui
