#include "views/FilterDialog.h"

#include "views/FilterEditor.h"
#include "views/FilterGroupBox.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

FilterDialog::FilterDialog(FilterEditorFields fields, const core::FilterGroup& filter,
                           QWidget* parent)
    : QDialog(parent)
    , m_editor(new FilterEditor(std::move(fields), this))
{
    setObjectName(QStringLiteral("filterDialog"));
    setWindowTitle(tr("Filter"));
    m_editor->setFilter(filter);
    if (filter.isEmpty())
        m_editor->rootGroup()->addCondition();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    QPushButton* clear = buttons->addButton(tr("Clear Filter"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("filterClearButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_cleared = true;
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

core::FilterGroup FilterDialog::filter() const
{
    return m_cleared ? core::FilterGroup{} : m_editor->filter();
}

} // namespace rapport::ui
