#include "widgets/FormValidation.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}
} // namespace

FormValidation::FormValidation(QFormLayout* form, QObject* parent)
    : QObject(parent)
    , m_form(form)
    , m_summary(makeErrorLabel(form->parentWidget()))
{
    m_summary->setObjectName(QStringLiteral("summaryErrorLabel"));
}

void FormValidation::addRow(const QString& key, const QString& label, QWidget* field)
{
    // The form is usually not in the dialog's layout yet: parent the row to the
    // dialog itself, or the field would sit in a window of its own for a while
    // and lose its focus and its place in the tab order.
    QWidget* owner =
        m_form->parentWidget() ? m_form->parentWidget() : qobject_cast<QWidget*>(parent());
    auto* box = new QWidget(owner);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* error = makeErrorLabel(box);
    error->setObjectName(key + QStringLiteral("ErrorLabel"));
    layout->addWidget(error);
    m_form->addRow(label, box);
    chainTabOrder(field);
    m_order.append(key);
    m_rows.insert(
        key, Row{QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')), field, error});
}

void FormValidation::addPlainRow(const QString& label, QWidget* field)
{
    m_form->addRow(label, field);
    chainTabOrder(field);
}

void FormValidation::chainTabOrder(QWidget* field)
{
    // Tab follows the rows as the user sees them, whatever order the fields
    // were created in.
    if (m_lastField)
        QWidget::setTabOrder(m_lastField, field);
    m_lastField = field;
}

void FormValidation::setError(const QString& key, const QString& message)
{
    const auto it = m_rows.constFind(key);
    if (it == m_rows.constEnd()) {
        // An error for a field the form does not show: say it in the summary.
        m_summary->setText(message);
        m_summary->show();
        return;
    }
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    updateSummary();
}

void FormValidation::clear()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
    m_summary->clear();
    m_summary->hide();
}

bool FormValidation::hasErrors() const
{
    for (const Row& row : m_rows) {
        if (!row.error->text().isEmpty())
            return true;
    }
    return !m_summary->text().isEmpty();
}

QString FormValidation::error(const QString& key) const
{
    const auto it = m_rows.constFind(key);
    return it == m_rows.constEnd() ? QString() : it->error->text();
}

void FormValidation::focusFirstError() const
{
    for (const QString& key : m_order) {
        const Row& row = m_rows[key];
        if (!row.error->text().isEmpty()) {
            row.field->setFocus();
            return;
        }
    }
}

void FormValidation::updateSummary()
{
    QStringList names;
    for (const QString& key : std::as_const(m_order)) {
        const Row& row = m_rows[key];
        if (!row.error->text().isEmpty())
            names.append(row.label);
    }
    if (names.isEmpty()) {
        m_summary->clear();
        m_summary->hide();
        return;
    }
    m_summary->setText(tr("Please correct: %1.").arg(names.join(QStringLiteral(", "))));
    m_summary->show();
}

} // namespace rapport::ui
