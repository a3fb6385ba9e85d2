#include "templates/StarterTemplateDialog.h"

#include "customize/StarterTemplates.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport::ui {

StarterTemplateDialog::StarterTemplateDialog(QWidget* parent)
    : QDialog(parent)
    , m_choices(new QButtonGroup(this))
{
    setWindowTitle(tr("Choose a Starting Point"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Rapport can set up fields, a sales pipeline and saved views that "
                                "fit your kind of business. Everything it creates can be changed "
                                "or deleted later (Tools › Custom Fields, the Pipeline panel)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    auto addChoice = [&](const QString& key, const QString& name, const QString& description) {
        auto* button = new QRadioButton(name, this);
        button->setObjectName(QStringLiteral("template_")
                              + (key.isEmpty() ? QStringLiteral("none") : key));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        m_choices->addButton(button, int(m_keys.size()));
        m_keys << key;
        layout->addWidget(button);
        auto* detail = new QLabel(description, this);
        detail->setWordWrap(true);
        detail->setIndent(button->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8);
        detail->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(detail);
        layout->addSpacing(4);
    };
    for (const core::StarterTemplateInfo& info : core::starterTemplates())
        addChoice(info.key, info.name, info.description);
    addChoice(QString(), tr("Start from scratch"),
              tr("No fields, pipeline or views; add your own whenever you need them."));
    m_choices->button(0)->setChecked(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Up"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString StarterTemplateDialog::chosenKey() const
{
    return m_keys.value(m_choices->checkedId());
}

void StarterTemplateDialog::choose(const QString& key)
{
    const auto index = m_keys.indexOf(key);
    if (index >= 0)
        m_choices->button(int(index))->setChecked(true);
}

} // namespace rapport::ui
