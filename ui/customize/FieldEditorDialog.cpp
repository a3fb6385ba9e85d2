#include "customize/FieldEditorDialog.h"

#include "customize/CustomFieldEditor.h"
#include "widgets/FormValidation.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
using core::CustomFieldType;

const QString kLabel = QStringLiteral("label");
const QString kKey = QStringLiteral("key");
const QString kChoices = QStringLiteral("choices");
const QString kDefault = QStringLiteral("defaultValue");
// The original spelling of a choice of the stored field (empty: added now).
constexpr int kOriginalRole = Qt::UserRole + 1;

const QList<CustomFieldType> kTypes = {
    CustomFieldType::Text,   CustomFieldType::LongText,    CustomFieldType::Number,
    CustomFieldType::Money,  CustomFieldType::Date,        CustomFieldType::Bool,
    CustomFieldType::Choice, CustomFieldType::MultiChoice, CustomFieldType::Url,
    CustomFieldType::Email,  CustomFieldType::Phone,
};

bool hasChoices(CustomFieldType type)
{
    return type == CustomFieldType::Choice || type == CustomFieldType::MultiChoice;
}

// validateDefinition may name the default under another spelling.
QString rowKey(const QString& field)
{
    if (field == QLatin1String("default") || field == QLatin1String("default_value"))
        return kDefault;
    return field;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}
} // namespace

QString FieldEditorDialog::typeName(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return tr("Text");
    case CustomFieldType::LongText:
        return tr("Long text");
    case CustomFieldType::Number:
        return tr("Number");
    case CustomFieldType::Money:
        return tr("Money");
    case CustomFieldType::Date:
        return tr("Date");
    case CustomFieldType::Bool:
        return tr("Yes/No");
    case CustomFieldType::Choice:
        return tr("Choice");
    case CustomFieldType::MultiChoice:
        return tr("Multiple choice");
    case CustomFieldType::Url:
        return tr("Web address");
    case CustomFieldType::Email:
        return tr("E-mail");
    case CustomFieldType::Phone:
        return tr("Phone");
    }
    return {};
}

FieldEditorDialog::FieldEditorDialog(core::FieldEntity entity, const QStringList& takenKeys,
                                     QWidget* parent)
    : QDialog(parent)
    , m_takenKeys(takenKeys)
    , m_labelEdit(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_keyNote(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_requiredCheck(new QCheckBox(tr("A value is required"), this))
    , m_defaultBox(new QWidget(this))
    , m_defaultLayout(new QVBoxLayout(m_defaultBox))
    , m_choicesBox(new QWidget(this))
    , m_choicesList(new QListWidget(m_choicesBox))
    , m_helpEdit(new QLineEdit(this))
    , m_indexedCheck(new QCheckBox(tr("Fast sorting and filtering (index; uses disk space)"), this))
{
    setObjectName(QStringLiteral("fieldEditorDialog"));
    setWindowTitle(tr("New Field"));
    m_def.entity = entity;
    m_labelEdit->setObjectName(QStringLiteral("labelLineEdit"));
    m_keyEdit->setObjectName(QStringLiteral("keyLineEdit"));
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_requiredCheck->setObjectName(QStringLiteral("requiredCheckBox"));
    m_choicesList->setObjectName(QStringLiteral("choicesListWidget"));
    m_helpEdit->setObjectName(QStringLiteral("helpLineEdit"));
    m_indexedCheck->setObjectName(QStringLiteral("indexedCheckBox"));
    m_labelEdit->setPlaceholderText(tr("e.g. VIP level"));
    m_helpEdit->setPlaceholderText(tr("Shown as a hint beside the field"));
    m_keyNote->setWordWrap(true);
    m_keyNote->setEnabled(false); // the grey of secondary text
    m_keyNote->setText(tr("The name imports, exports and the command line use."));
    for (CustomFieldType type : kTypes)
        m_typeCombo->addItem(typeName(type), int(type));
    m_defaultLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesList->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed);

    auto* choiceButtons = new QVBoxLayout;
    QPushButton* add = button(tr("&Add"), QStringLiteral("addChoiceButton"), m_choicesBox);
    QPushButton* rename = button(tr("Re&name"), QStringLiteral("renameChoiceButton"), m_choicesBox);
    QPushButton* remove = button(tr("Remo&ve"), QStringLiteral("removeChoiceButton"), m_choicesBox);
    QPushButton* up = button(tr("Move &Up"), QStringLiteral("upChoiceButton"), m_choicesBox);
    QPushButton* down = button(tr("Move Do&wn"), QStringLiteral("downChoiceButton"), m_choicesBox);
    for (QPushButton* b : {add, rename, remove, up, down})
        choiceButtons->addWidget(b);
    choiceButtons->addStretch(1);
    auto* choicesLayout = new QHBoxLayout(m_choicesBox);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addWidget(m_choicesList, 1);
    choicesLayout->addLayout(choiceButtons);
    m_choicesList->setMinimumHeight(120);

    auto* keyBox = new QWidget(this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(2);
    keyLayout->addWidget(m_keyEdit);
    keyLayout->addWidget(m_keyNote);

    auto* form = new QFormLayout;
    m_form = form;
    m_validation = new FormValidation(form, this);
    m_validation->addRow(kLabel, tr("&Label:"), m_labelEdit);
    m_validation->addRow(kKey, tr("&Key:"), keyBox);
    m_validation->addPlainRow(tr("&Type:"), m_typeCombo);
    m_validation->addPlainRow(QString(), m_requiredCheck);
    m_validation->addRow(kChoices, tr("&Choices:"), m_choicesBox);
    m_validation->addRow(kDefault, tr("&Default:"), m_defaultBox);
    m_validation->addPlainRow(tr("&Help:"), m_helpEdit);
    m_validation->addPlainRow(QString(), m_indexedCheck);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation->summaryLabel());
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FieldEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FieldEditorDialog::reject);

    connect(m_labelEdit, &QLineEdit::textChanged, this, &FieldEditorDialog::suggestKey);
    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &FieldEditorDialog::updateForType);
    connect(m_requiredCheck, &QCheckBox::toggled, this, &FieldEditorDialog::rebuildDefaultEditor);
    connect(add, &QPushButton::clicked, this, &FieldEditorDialog::addChoice);
    connect(rename, &QPushButton::clicked, this, &FieldEditorDialog::renameChoice);
    connect(remove, &QPushButton::clicked, this, &FieldEditorDialog::removeChoice);
    connect(up, &QPushButton::clicked, this, [this] { moveChoice(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveChoice(1); });
    connect(m_choicesList->model(), &QAbstractItemModel::dataChanged, this,
            &FieldEditorDialog::rebuildDefaultEditor);
    connect(m_choicesList->model(), &QAbstractItemModel::rowsRemoved, this,
            &FieldEditorDialog::rebuildDefaultEditor);
    connect(m_choicesList->model(), &QAbstractItemModel::rowsMoved, this,
            &FieldEditorDialog::rebuildDefaultEditor);
    updateForType();
    m_labelEdit->setFocus();
    resize(520, sizeHint().height());
}

FieldEditorDialog::~FieldEditorDialog() = default;

void FieldEditorDialog::setField(const core::CustomFieldDef& def, qint64 valueCount)
{
    m_def = def;
    m_valueCount = valueCount;
    setWindowTitle(tr("Edit Field"));
    m_labelEdit->setText(def.label);
    m_keyEdit->setText(def.key);
    m_keyEdited = true;
    // Rows store their values under the key, and files and scripts name the
    // field by it: it stays as it was made.
    m_keyEdit->setReadOnly(true);
    m_keyNote->setText(tr("The key cannot change: stored values, imports and exports use it."));
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(int(def.type)));
    m_typeCombo->setEnabled(false);
    m_typeCombo->setToolTip(tr("The type cannot change once values are stored."));
    m_requiredCheck->setChecked(def.required);
    m_choicesList->clear();
    for (const QString& choice : def.choices) {
        auto* item = new QListWidgetItem(choice, m_choicesList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(kOriginalRole, choice);
    }
    m_helpEdit->setText(def.help);
    m_indexedCheck->setChecked(def.indexed);
    updateForType();
    if (m_defaultEditor)
        m_defaultEditor->setValue(def.defaultValue);
}

core::CustomFieldDef FieldEditorDialog::field() const
{
    core::CustomFieldDef def = m_def;
    def.label = m_labelEdit->text().simplified();
    def.key = m_keyEdit->text().trimmed();
    def.type = type();
    def.required = m_requiredCheck->isChecked();
    def.choices = hasChoices(def.type) ? choices() : QStringList();
    def.help = m_helpEdit->text().trimmed();
    def.indexed = m_indexedCheck->isChecked();
    const auto value =
        m_defaultEditor ? m_defaultEditor->value() : core::Result<QJsonValue>(QJsonValue());
    def.defaultValue = value ? *value : QJsonValue();
    return def;
}

EditFieldCommand::Renames FieldEditorDialog::renames() const
{
    EditFieldCommand::Renames renamed;
    if (m_def.id == 0)
        return renamed;
    for (int row = 0; row < m_choicesList->count(); ++row) {
        const QListWidgetItem* item = m_choicesList->item(row);
        const QString original = item->data(kOriginalRole).toString();
        const QString now = item->text().simplified();
        if (!original.isEmpty() && original != now)
            renamed.append({original, now});
    }
    return renamed;
}

bool FieldEditorDialog::validate()
{
    m_validation->clear();
    if (m_defaultEditor) {
        const auto value = m_defaultEditor->value();
        if (!value) {
            m_validation->setError(kDefault, value.error().message);
            return false;
        }
    }
    const core::CustomFieldDef def = field();
    if (def.id == 0 && m_takenKeys.contains(def.key)) {
        m_validation->setError(kKey, tr("Another field (perhaps a deleted one) has this key."));
        return false;
    }
    const core::Status status = core::customfields::validateDefinition(def);
    if (!status)
        m_validation->setError(rowKey(status.error().field), status.error().message);
    return status.ok();
}

void FieldEditorDialog::accept()
{
    if (!validate()) {
        m_validation->focusFirstError();
        return;
    }
    QDialog::accept();
}

void FieldEditorDialog::suggestKey()
{
    if (m_keyEdited)
        return;
    m_keyEdit->setText(
        core::customfields::suggestKey(m_labelEdit->text().simplified(), m_takenKeys));
}

core::CustomFieldType FieldEditorDialog::type() const
{
    return static_cast<CustomFieldType>(m_typeCombo->currentData().toInt());
}

QStringList FieldEditorDialog::choices() const
{
    QStringList list;
    for (int row = 0; row < m_choicesList->count(); ++row)
        list << m_choicesList->item(row)->text().simplified();
    return list;
}

void FieldEditorDialog::updateForType()
{
    const bool choiceType = hasChoices(type());
    // The row (label, list, error line) only where the type has choices.
    m_form->setRowVisible(m_choicesBox->parentWidget(), choiceType);
    rebuildDefaultEditor();
}

void FieldEditorDialog::rebuildDefaultEditor()
{
    // The default is edited with the editor rows will use, so it is always a
    // value of the right type (and of the current choices).
    QJsonValue keep;
    if (m_defaultEditor) {
        const auto value = m_defaultEditor->value();
        keep = value ? *value : QJsonValue();
        delete m_defaultEditor;
        m_defaultEditor = nullptr; // field() below must not read the deleted editor
    }
    core::CustomFieldDef def = field();
    def.required = false; // a default may be "none" even for a required field
    def.key = QStringLiteral("default");
    m_defaultEditor = new CustomFieldEditor(def, m_defaultBox);
    m_defaultEditor->setObjectName(QStringLiteral("defaultEditor"));
    m_defaultLayout->addWidget(m_defaultEditor);
    if (core::customfields::checkValue(def, keep))
        m_defaultEditor->setValue(keep);
}

void FieldEditorDialog::addChoice()
{
    auto* item = new QListWidgetItem(tr("New choice"), m_choicesList);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_choicesList->setCurrentItem(item);
    m_choicesList->editItem(item);
}

void FieldEditorDialog::renameChoice()
{
    if (QListWidgetItem* item = m_choicesList->currentItem())
        m_choicesList->editItem(item);
}

void FieldEditorDialog::removeChoice()
{
    QListWidgetItem* item = m_choicesList->currentItem();
    if (!item)
        return;
    if (!item->data(kOriginalRole).toString().isEmpty() && m_valueCount > 0) {
        const auto answer = MessageBox::question(
            this, tr("Remove Choice"),
            tr("Rows that hold “%1” keep it, but it will no longer be offered, and saving such "
               "a row asks for another choice. Remove it?")
                .arg(item->text()));
        if (answer != QMessageBox::Yes)
            return;
    }
    delete item;
}

void FieldEditorDialog::moveChoice(int delta)
{
    const int row = m_choicesList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_choicesList->count())
        return;
    QListWidgetItem* item = m_choicesList->takeItem(row);
    m_choicesList->insertItem(target, item);
    m_choicesList->setCurrentRow(target);
    rebuildDefaultEditor();
}

} // namespace rapport::ui
