#include "customize/CustomFieldsForm.h"

#include "customize/CustomFieldEditor.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
// validateObject may name the field by its key or by its column key.
QString fieldKey(const QString& field)
{
    const QString prefix = QStringLiteral("custom.");
    return field.startsWith(prefix) ? field.mid(prefix.size()) : field;
}
} // namespace

CustomFieldsForm::CustomFieldsForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("customFieldsForm"));
    m_form->setContentsMargins(0, 0, 0, 0);
    // Long Chinese or English labels wrap instead of squeezing the editors.
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

CustomFieldsForm::~CustomFieldsForm() = default;

void CustomFieldsForm::setFields(const QList<core::CustomFieldDef>& fields)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_errors.clear();
    m_fields = fields;
    QWidget* previous = nullptr;
    for (const core::CustomFieldDef& def : fields) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto* editor = new CustomFieldEditor(def, box);
        layout->addWidget(editor);
        auto* error = new QLabel(box);
        error->setObjectName(QStringLiteral("custom_") + def.key + QStringLiteral("ErrorLabel"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c62828;"));
        error->hide();
        layout->addWidget(error);
        auto* label =
            new QLabel(def.required ? tr("%1 *:").arg(def.label) : tr("%1:").arg(def.label), this);
        label->setBuddy(editor->focusWidget());
        label->setToolTip(def.help);
        if (def.required)
            label->setAccessibleDescription(tr("Required"));
        m_form->addRow(label, box);
        m_editors.append(editor);
        m_errors.insert(def.key, error);
        if (previous)
            QWidget::setTabOrder(previous, editor->focusWidget());
        previous = editor->focusWidget();
        connect(editor, &CustomFieldEditor::edited, this, [this, key = def.key] {
            // Once an error shows, re-check so it goes away when fixed.
            if (m_errors.value(key) && m_errors.value(key)->isVisible())
                validate();
            Q_EMIT edited();
        });
    }
    setValues(m_values);
}

void CustomFieldsForm::setValues(const QJsonObject& custom)
{
    m_values = custom;
    for (CustomFieldEditor* editor : std::as_const(m_editors))
        editor->setValue(custom.value(editor->definition().key));
}

void CustomFieldsForm::setJson(const QString& json, bool isNew)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (isNew)
        object = core::customfields::withDefaults(m_fields, object);
    setValues(object);
}

QString CustomFieldsForm::json() const
{
    return QString::fromUtf8(QJsonDocument(values()).toJson(QJsonDocument::Compact));
}

QString CustomFieldsForm::summary(const QList<core::Error>& errors,
                                  const QList<core::CustomFieldDef>& fields)
{
    QStringList labels;
    for (const core::Error& error : errors) {
        for (const core::CustomFieldDef& def : fields) {
            if (def.key == fieldKey(error.field) && !labels.contains(def.label))
                labels << def.label;
        }
    }
    return labels.isEmpty() ? QString()
                            : tr("Please correct: %1.").arg(labels.join(QStringLiteral(", ")));
}

QJsonObject CustomFieldsForm::values() const
{
    QJsonObject merged = m_values;
    for (CustomFieldEditor* editor : m_editors) {
        const QString& key = editor->definition().key;
        const core::Result<QJsonValue> value = editor->value();
        if (!value) {
            // Unparsable text: keep what was stored (validate() reports it).
            continue;
        }
        if (value->isNull())
            merged.remove(key);
        else
            merged.insert(key, *value);
    }
    return merged;
}

QList<core::Error> CustomFieldsForm::validate()
{
    clearErrors();
    QList<core::Error> errors;
    for (CustomFieldEditor* editor : std::as_const(m_editors)) {
        const core::Result<QJsonValue> value = editor->value();
        if (!value) {
            core::Error error = value.error();
            error.field = editor->definition().key;
            errors.append(error);
            setError(error.field, error.message);
        }
    }
    if (!errors.isEmpty())
        return errors;
    // The object as a whole: required fields, choices (the same check the
    // repositories make, so what passes here saves).
    QJsonObject object = values();
    // validateObject stops at the first error: check field by field, so every
    // missing required field is marked at once.
    for (const core::CustomFieldDef& def : std::as_const(m_fields)) {
        const core::Status status = core::customfields::validateObject({def}, object);
        if (!status) {
            core::Error error = status.error();
            error.field = def.key;
            errors.append(error);
            setError(def.key, error.message);
        }
    }
    return errors;
}

void CustomFieldsForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void CustomFieldsForm::setError(const QString& key, const QString& message)
{
    QLabel* label = m_errors.value(fieldKey(key));
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void CustomFieldsForm::focusFirstError() const
{
    for (CustomFieldEditor* editor : m_editors) {
        const QLabel* label = m_errors.value(editor->definition().key);
        if (label && !label->text().isEmpty()) {
            editor->focusWidget()->setFocus();
            return;
        }
    }
}

CustomFieldEditor* CustomFieldsForm::editor(const QString& key) const
{
    for (CustomFieldEditor* editor : m_editors) {
        if (editor->definition().key == fieldKey(key))
            return editor;
    }
    return nullptr;
}

QWidget* CustomFieldsForm::firstFocus() const
{
    return m_editors.isEmpty() ? nullptr : m_editors.first()->focusWidget();
}

} // namespace rapport::ui
