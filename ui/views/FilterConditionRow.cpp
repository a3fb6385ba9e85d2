#include "views/FilterConditionRow.h"

#include "value/Rfm.h"

#include "models/ColumnTitles.h"
#include "tags/TagChip.h"
#include "views/FilterText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>

namespace rapport::ui {

using Kind = core::FilterField::Kind;
using Op = core::FilterCondition::Op;

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

FilterConditionRow::FilterConditionRow(const FilterEditorFields& fields, QWidget* parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_values(new QStackedWidget(this))
    , m_text(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_bool(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterConditionRow"));
    m_field->setObjectName(QStringLiteral("filterFieldComboBox"));
    m_op->setObjectName(QStringLiteral("filterOpComboBox"));
    m_text->setObjectName(QStringLiteral("filterTextLineEdit"));
    m_number->setObjectName(QStringLiteral("filterNumberLineEdit"));
    m_date->setObjectName(QStringLiteral("filterDateEdit"));
    m_bool->setObjectName(QStringLiteral("filterBoolComboBox"));
    m_choice->setObjectName(QStringLiteral("filterChoiceComboBox"));
    m_tag->setObjectName(QStringLiteral("filterTagComboBox"));
    m_remove->setObjectName(QStringLiteral("filterRemoveButton"));

    for (const core::FilterField& field : fields.fields) {
        m_field->addItem(FilterText::fieldTitle(field.key, fields.customFields), field.key);
        m_field->setItemData(m_field->count() - 1, int(field.kind), kKindRole);
    }
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // Numbers are typed the C way ("1234.5"): what the filter stores and binds.
    auto* validator = new QDoubleValidator(m_number);
    validator->setLocale(QLocale::c());
    m_number->setValidator(validator);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_bool->addItem(tr("yes"), true);
    m_bool->addItem(tr("no"), false);
    m_choice->setEditable(true);
    for (const core::Tag& tag : fields.tags)
        m_tag->addItem(TagChip::swatch(tag.color, m_tag->fontMetrics().height()), tag.name);
    m_tag->setEditable(true);

    m_values->addWidget(m_text);
    m_values->addWidget(m_number);
    m_values->addWidget(m_date);
    m_values->addWidget(m_bool);
    m_values->addWidget(m_choice);
    m_values->addWidget(m_tag);
    m_values->setMinimumWidth(160);

    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_op);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterConditionRow::fieldChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FilterConditionRow::opChanged);
    connect(m_remove, &QToolButton::clicked, this, &FilterConditionRow::removeRequested);
    fieldChanged();
}

Kind FilterConditionRow::currentKind() const
{
    return Kind(m_field->currentData(kKindRole).toInt());
}

QWidget* FilterConditionRow::valueEditor() const
{
    return m_values->isHidden() ? nullptr : m_values->currentWidget();
}

void FilterConditionRow::fieldChanged()
{
    const Kind kind = currentKind();
    const auto previous = m_op->currentData();
    {
        const QSignalBlocker blocker(m_op);
        m_op->clear();
        for (Op op : FilterText::opsFor(kind))
            m_op->addItem(FilterText::opTitle(op), core::filterOpKey(op));
        const int keep = m_op->findData(previous);
        m_op->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    switch (kind) {
    case Kind::Text:
        m_values->setCurrentIndex(TextPage);
        break;
    case Kind::Number:
        m_values->setCurrentIndex(NumberPage);
        break;
    case Kind::Date:
        m_values->setCurrentIndex(DatePage);
        break;
    case Kind::Bool:
        m_values->setCurrentIndex(BoolPage);
        break;
    case Kind::Choice:
    case Kind::MultiChoice: {
        m_choice->clear();
        const QString key = m_field->currentData().toString();
        if (const core::CustomFieldDef* def = ColumnTitles::customField(key, m_fields.customFields))
            m_choice->addItems(def->choices);
        else if (key == QLatin1String("segment"))
            addSegmentChoices();
        m_values->setCurrentIndex(ChoicePage);
        break;
    }
    case Kind::Tags:
        m_values->setCurrentIndex(TagPage);
        break;
    }
    opChanged();
}

void FilterConditionRow::addSegmentChoices()
{
    for (int s = 0; s < core::value::kRfmSegmentCount; ++s) {
        const auto segment = static_cast<core::value::RfmSegment>(s);
        m_choice->addItem(core::value::rfmSegmentName(segment),
                          core::value::rfmSegmentKey(segment));
    }
}

void FilterConditionRow::opChanged()
{
    const auto op = core::filterOpFromKey(m_op->currentData().toString());
    m_values->setVisible(!op || FilterText::takesValue(*op));
}

void FilterConditionRow::setValue(const QVariant& value)
{
    switch (m_values->currentIndex()) {
    case TextPage:
        m_text->setText(value.toString());
        break;
    case NumberPage:
        m_number->setText(value.typeId() == QMetaType::QString
                              ? value.toString()
                              : QString::number(value.toDouble(), 'g', 15));
        break;
    case DatePage: {
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            m_date->setDate(date);
        break;
    }
    case BoolPage:
        m_bool->setCurrentIndex(value.toBool() ? 0 : 1);
        break;
    case ChoicePage: {
        // A stored key (an RFM segment's) shows as its name.
        const int index = m_choice->findData(value.toString());
        if (index >= 0)
            m_choice->setCurrentIndex(index);
        else
            m_choice->setCurrentText(value.toString());
        break;
    }
    case TagPage:
        m_tag->setCurrentText(value.toString());
        break;
    default:
        break;
    }
}

void FilterConditionRow::setCondition(const core::FilterCondition& condition)
{
    int index = m_field->findData(condition.field);
    if (index < 0) {
        // A field the table no longer has (a deleted custom field): kept as it
        // is, so the filter survives an edit of its other conditions.
        m_field->addItem(condition.field, condition.field);
        index = m_field->count() - 1;
        m_field->setItemData(index, int(Kind::Text), kKindRole);
    }
    m_field->setCurrentIndex(index);
    fieldChanged();
    const int op = m_op->findData(core::filterOpKey(condition.op));
    if (op < 0) {
        m_op->addItem(FilterText::opTitle(condition.op), core::filterOpKey(condition.op));
        m_op->setCurrentIndex(m_op->count() - 1);
    } else {
        m_op->setCurrentIndex(op);
    }
    opChanged();
    setValue(condition.value);
}

core::FilterCondition FilterConditionRow::condition() const
{
    core::FilterCondition c;
    c.field = m_field->currentData().toString();
    c.op = core::filterOpFromKey(m_op->currentData().toString()).value_or(Op::Equals);
    if (!FilterText::takesValue(c.op))
        return c;
    switch (m_values->currentIndex()) {
    case TextPage:
        c.value = m_text->text();
        break;
    case NumberPage: {
        bool ok = false;
        const double number = m_number->text().trimmed().toDouble(&ok);
        // Not a number: kept as typed, so the error names what the user wrote.
        c.value = ok ? QVariant(number) : QVariant(m_number->text());
        break;
    }
    case DatePage:
        c.value = m_date->date().toString(Qt::ISODate);
        break;
    case BoolPage:
        c.value = m_bool->currentData().toBool();
        break;
    case ChoicePage: {
        // The key behind a listed name; typed text as it is.
        const int index = m_choice->findText(m_choice->currentText());
        const QVariant key = index >= 0 ? m_choice->itemData(index) : QVariant();
        c.value = key.isValid() ? key.toString() : m_choice->currentText();
        break;
    }
    case TagPage:
        c.value = m_tag->currentText();
        break;
    default:
        break;
    }
    return c;
}

} // namespace rapport::ui
