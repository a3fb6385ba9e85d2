#include "mail/TemplateEditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
constexpr int kHtmlTab = 0;
constexpr int kTextTab = 1;

QPlainTextEdit* makeBodyEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(false);
    return edit;
}
} // namespace

TemplateEditor::TemplateEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_html(makeBodyEdit(this, QStringLiteral("templateHtmlEdit")))
    , m_text(makeBodyEdit(this, QStringLiteral("templateTextEdit")))
    , m_insert(new QToolButton(this))
    , m_fieldMenu(new QMenu(m_insert))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setPlaceholderText(tr("Name of the template"));
    m_subject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_subject->setPlaceholderText(tr("e.g. {{name|Dear customer}}, our spring tea is here"));
    m_tabs->setObjectName(QStringLiteral("templateBodyTabs"));
    m_tabs->insertTab(kHtmlTab, m_html, tr("HTML"));
    m_tabs->insertTab(kTextTab, m_text, tr("Plain text"));

    m_insert->setObjectName(QStringLiteral("insertFieldButton"));
    m_insert->setText(tr("Insert Field"));
    m_insert->setToolTip(tr("Insert a merge field such as {{name}} at the cursor"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Clicking the button must not take the focus from the editor it fills.
    m_insert->setFocusPolicy(Qt::NoFocus);
    m_insert->setMenu(m_fieldMenu);
    m_tabs->setCornerWidget(m_insert, Qt::TopRightCorner);

    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);

    for (QWidget* editor : {static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_html),
                            static_cast<QWidget*>(m_text)})
        editor->installEventFilter(this);
    connect(m_name, &QLineEdit::textChanged, this, &TemplateEditor::edited);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, &TemplateEditor::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplateEditor::edited);
    rebuildFieldMenu();
}

void TemplateEditor::setTemplate(const core::mail::EmailTemplate& emailTemplate)
{
    m_shown = emailTemplate;
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockHtml(m_html);
    const QSignalBlocker blockText(m_text);
    m_name->setText(emailTemplate.name);
    m_subject->setText(emailTemplate.body.subject);
    m_html->setPlainText(emailTemplate.body.html);
    m_text->setPlainText(emailTemplate.body.text);
    clearError();
}

core::mail::EmailTemplate TemplateEditor::currentTemplate() const
{
    core::mail::EmailTemplate result = m_shown;
    result.name = m_name->text().simplified();
    result.body = body();
    return result;
}

core::mail::MailTemplate TemplateEditor::body() const
{
    return {m_subject->text(), m_html->toPlainText(), m_text->toPlainText()};
}

void TemplateEditor::setKnownFields(const QStringList& fields)
{
    if (fields == m_fields)
        return;
    m_fields = fields;
    rebuildFieldMenu();
}

void TemplateEditor::rebuildFieldMenu()
{
    m_fieldMenu->clear();
    for (const QString& field : std::as_const(m_fields)) {
        QAction* action = m_fieldMenu->addAction(QStringLiteral("{{%1}}").arg(field));
        action->setData(field);
        connect(action, &QAction::triggered, this, [this, field] { insertField(field); });
    }
    m_insert->setEnabled(!m_fields.isEmpty());
}

void TemplateEditor::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TemplateEditor::clearError()
{
    showError(QString());
}

QString TemplateEditor::errorText() const
{
    return m_error->text();
}

TemplateEditor::Part TemplateEditor::insertionTarget() const
{
    if (m_subjectUsedLast)
        return Part::Subject;
    return m_tabs->currentIndex() == kTextTab ? Part::Text : Part::Html;
}

void TemplateEditor::setCurrentBody(Part part)
{
    m_tabs->setCurrentIndex(part == Part::Text ? kTextTab : kHtmlTab);
    if (part != Part::Subject)
        m_subjectUsedLast = false;
}

void TemplateEditor::insertField(const QString& field)
{
    const QString tag = QStringLiteral("{{%1}}").arg(field);
    switch (insertionTarget()) {
    case Part::Subject:
        m_subject->insert(tag);
        m_subject->setFocus();
        return;
    case Part::Html:
        m_html->insertPlainText(tag);
        m_html->setFocus();
        return;
    case Part::Text:
        m_text->insertPlainText(tag);
        m_text->setFocus();
        return;
    }
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        m_subjectUsedLast = watched == m_subject;
    return QWidget::eventFilter(watched, event);
}

} // namespace rapport::ui
