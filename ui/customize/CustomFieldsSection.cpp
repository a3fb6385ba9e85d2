#include "customize/CustomFieldsSection.h"

#include "customize/CustomFieldsForm.h"
#include "widgets/FormValidation.h"

#include <QVBoxLayout>

namespace rapport::ui {

CustomFieldsSection::CustomFieldsSection(QWidget* parent)
    : QGroupBox(tr("More fields"), parent)
    , m_form(new CustomFieldsForm(this))
{
    setObjectName(QStringLiteral("moreFieldsGroupBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    hide(); // until the entity has custom fields
}

void CustomFieldsSection::setFields(const QList<core::CustomFieldDef>& fields, const QString& json,
                                    bool isNew)
{
    m_form->setFields(fields);
    m_form->setJson(json, isNew);
    setVisible(!fields.isEmpty());
}

void CustomFieldsSection::setJson(const QString& json, bool isNew)
{
    m_form->setJson(json, isNew);
}

QString CustomFieldsSection::json() const
{
    return m_form->json();
}

bool CustomFieldsSection::validate(FormValidation* dialogValidation)
{
    const QList<core::Error> errors = m_form->validate();
    if (!errors.isEmpty() && !dialogValidation->hasErrors())
        dialogValidation->setError(QStringLiteral("custom"),
                                   CustomFieldsForm::summary(errors, m_form->fields()));
    return errors.isEmpty();
}

void CustomFieldsSection::focusFirstError() const
{
    m_form->focusFirstError();
}

} // namespace rapport::ui
