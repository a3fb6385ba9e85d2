#include "views/FilterEditor.h"

#include "views/FilterGroupBox.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::ui {

FilterEditor::FilterEditor(FilterEditorFields fields, QWidget* parent)
    : QWidget(parent)
    , m_fields(std::move(fields))
    , m_root(new FilterGroupBox(m_fields, false))
{
    setObjectName(QStringLiteral("filterEditor"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_root);
    pageLayout->addStretch(1);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setMinimumSize(560, 220);
}

void FilterEditor::setFilter(const core::FilterGroup& filter)
{
    m_root->setGroup(filter);
}

core::FilterGroup FilterEditor::filter() const
{
    return m_root->group();
}

} // namespace rapport::ui
