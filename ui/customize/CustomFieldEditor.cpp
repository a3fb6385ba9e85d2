#include "customize/CustomFieldEditor.h"

#include "domain/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>

namespace rapport::ui {

namespace {
using core::CustomFieldType;

// QDateEdit cannot be empty: its minimum date stands for "no date" and shows
// as a dash (specialValueText), the usual Qt idiom.
const QDate kNoDate(1900, 1, 1);

// Starts an empty date at today once the user reaches for it (a click, an
// arrow key or a digit), rather than at 1900; Tab through the form leaves it empty.
class StartAtToday : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* edit = qobject_cast<QDateEdit*>(watched);
        if (edit && edit->date() == kNoDate) {
            bool reach = event->type() == QEvent::MouseButtonPress;
            if (event->type() == QEvent::KeyPress) {
                const auto* key = static_cast<QKeyEvent*>(event);
                reach = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down
                        || (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9);
            }
            if (reach)
                edit->setDate(QDate::currentDate());
        }
        return QObject::eventFilter(watched, event);
    }
};

QString typedText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}
} // namespace

CustomFieldEditor::CustomFieldEditor(const core::CustomFieldDef& def, QWidget* parent)
    : QWidget(parent)
    , m_def(def)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (def.type) {
    case CustomFieldType::LongText:
        m_plain = new QPlainTextEdit(this);
        m_plain->setTabChangesFocus(true);
        m_plain->setFixedHeight(m_plain->fontMetrics().lineSpacing() * 4 + 12);
        m_plain->setPlaceholderText(def.help);
        layout->addWidget(m_plain);
        m_focus = m_plain;
        connect(m_plain, &QPlainTextEdit::textChanged, this, &CustomFieldEditor::edited);
        break;
    case CustomFieldType::Date:
        buildDate();
        break;
    case CustomFieldType::Bool:
        buildBool();
        break;
    case CustomFieldType::Choice:
        buildChoice();
        break;
    case CustomFieldType::MultiChoice:
        buildMultiChoice();
        break;
    default:
        buildLineEdit();
        break;
    }
    m_focus->setObjectName(QStringLiteral("custom_") + def.key + QStringLiteral("Editor"));
    if (!def.help.isEmpty())
        m_focus->setToolTip(def.help);
    setFocusProxy(m_focus);
}

void CustomFieldEditor::buildLineEdit()
{
    m_line = new QLineEdit(this);
    m_focus = m_line;
    row()->addWidget(m_line);
    QString placeholder = m_def.help;
    switch (m_def.type) {
    case CustomFieldType::Number:
        m_line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (placeholder.isEmpty())
            placeholder = QLocale().toString(1234.5, 'f', 1);
        break;
    case CustomFieldType::Money: {
        m_line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (placeholder.isEmpty())
            placeholder = QStringLiteral("0.00");
        // Money fields are in the default currency; say which beside the amount.
        auto* suffix = new QLabel(core::Money().currency, this);
        row()->addWidget(suffix);
        break;
    }
    case CustomFieldType::Url:
        if (placeholder.isEmpty())
            placeholder = QStringLiteral("https://");
        break;
    case CustomFieldType::Email:
        if (placeholder.isEmpty())
            placeholder = tr("name@example.com");
        break;
    default:
        break;
    }
    m_line->setPlaceholderText(placeholder);
    connect(m_line, &QLineEdit::textEdited, this, &CustomFieldEditor::edited);
}

void CustomFieldEditor::buildDate()
{
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(QStringLiteral("—"));
    m_date->setDate(kNoDate);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->installEventFilter(new StartAtToday(m_date));
    auto* clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clearDateButton"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("No date"));
    clear->setFocusPolicy(Qt::NoFocus);
    connect(clear, &QToolButton::clicked, this, [this] {
        m_date->setDate(kNoDate);
        Q_EMIT edited();
    });
    row()->addWidget(m_date, 1);
    row()->addWidget(clear);
    m_focus = m_date;
    connect(m_date, &QDateEdit::userDateChanged, this, &CustomFieldEditor::edited);
}

void CustomFieldEditor::buildBool()
{
    if (m_def.required) {
        // Required: there is no "unknown", a check box says it all.
        m_check = new QCheckBox(this);
        m_focus = m_check;
        row()->addWidget(m_check);
        connect(m_check, &QCheckBox::toggled, this, &CustomFieldEditor::edited);
        return;
    }
    m_combo = new QComboBox(this);
    m_combo->addItem(QStringLiteral("—"), QVariant());
    m_combo->addItem(tr("Yes"), true);
    m_combo->addItem(tr("No"), false);
    m_focus = m_combo;
    row()->addWidget(m_combo);
    row()->addStretch(1);
    connect(m_combo, &QComboBox::activated, this, &CustomFieldEditor::edited);
}

void CustomFieldEditor::buildChoice()
{
    m_combo = new QComboBox(this);
    if (!m_def.required)
        m_combo->addItem(QString(), QVariant());
    for (const QString& choice : std::as_const(m_def.choices))
        m_combo->addItem(choice, choice);
    m_combo->setCurrentIndex(m_def.required ? -1 : 0);
    m_focus = m_combo;
    row()->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::activated, this, &CustomFieldEditor::edited);
}

void CustomFieldEditor::buildMultiChoice()
{
    m_list = new QListWidget(this);
    for (const QString& choice : std::as_const(m_def.choices)) {
        auto* item = new QListWidgetItem(choice, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Tall enough for the choices (up to five; a scroll bar past that).
    const int rows = std::clamp(int(m_def.choices.size()), 1, 5);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 2);
    m_focus = m_list;
    row()->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &CustomFieldEditor::edited);
}

QHBoxLayout* CustomFieldEditor::row() const
{
    return static_cast<QHBoxLayout*>(layout());
}

bool CustomFieldEditor::dateIsEmpty() const
{
    return m_date->date() == kNoDate;
}

void CustomFieldEditor::setValue(const QJsonValue& value)
{
    const bool empty = value.isNull() || value.isUndefined();
    if (m_line) {
        m_line->setText(empty ? QString() : core::customfields::displayText(m_def, value));
    } else if (m_plain) {
        m_plain->setPlainText(typedText(value));
    } else if (m_date) {
        const QDate date = QDate::fromString(typedText(value), Qt::ISODate);
        m_date->setDate(date.isValid() ? date : kNoDate);
    } else if (m_check) {
        m_check->setChecked(value.toBool(false));
    } else if (m_combo && m_def.type == CustomFieldType::Bool) {
        m_combo->setCurrentIndex(empty ? 0 : (value.toBool() ? 1 : 2));
    } else if (m_combo) {
        int index = empty ? -1 : m_combo->findData(value.toString());
        if (index < 0 && !empty) {
            // A value no longer in the list (kept from before a choice was
            // removed): show it rather than lose it on save.
            m_combo->addItem(value.toString(), value.toString());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index < 0 ? (m_def.required ? -1 : 0) : index);
    } else if (m_list) {
        QStringList chosen;
        for (const QJsonValue& v : value.toArray())
            chosen << v.toString();
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem* item = m_list->item(row);
            item->setCheckState(chosen.removeAll(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString& stray : std::as_const(chosen)) {
            auto* item = new QListWidgetItem(stray, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

core::Result<QJsonValue> CustomFieldEditor::value() const
{
    if (m_line)
        return core::customfields::parseText(m_def, m_line->text());
    if (m_plain) {
        const QString text = m_plain->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    if (m_date)
        return dateIsEmpty() ? QJsonValue() : QJsonValue(m_date->date().toString(Qt::ISODate));
    if (m_check)
        return QJsonValue(m_check->isChecked());
    if (m_combo && m_def.type == CustomFieldType::Bool) {
        const QVariant chosen = m_combo->currentData();
        return chosen.isValid() ? QJsonValue(chosen.toBool()) : QJsonValue();
    }
    if (m_combo) {
        const QVariant chosen = m_combo->currentData();
        return chosen.isValid() ? QJsonValue(chosen.toString()) : QJsonValue();
    }
    QJsonArray chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.append(m_list->item(row)->text());
    }
    return chosen.isEmpty() ? QJsonValue() : QJsonValue(chosen);
}

} // namespace rapport::ui
