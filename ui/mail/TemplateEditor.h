#pragma once

#include "mail/MailTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;

namespace rapport::ui {

// Where a user writes an e-mail template: its name, the subject and the two
// bodies (HTML and plain text, monospace, on tabs), with an "Insert Field"
// menu that puts {{field}} at the cursor of the editor used last, and a line
// under the editor for the template's parse error ("HTML body, line 3: …").
// It only edits: saving and checking belong to the campaign page.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Part { Subject, Html, Text };

    explicit TemplateEditor(QWidget* parent = nullptr);

    // Shows `emailTemplate` without emitting edited().
    void setTemplate(const core::mail::EmailTemplate& emailTemplate);
    // The name and body as typed (id and updatedAt from the template set last).
    core::mail::EmailTemplate currentTemplate() const;
    core::mail::MailTemplate body() const;

    // The merge fields the Insert Field menu offers.
    void setKnownFields(const QStringList& fields);
    QStringList knownFields() const { return m_fields; }

    void showError(const QString& message);
    void clearError();
    QString errorText() const;

    // The editor a field goes into: the subject line if it was used last,
    // otherwise the body on the current tab.
    Part insertionTarget() const;
    void setCurrentBody(Part part); // Html or Text: the tab shown

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* htmlEdit() const { return m_html; }
    QPlainTextEdit* textEdit() const { return m_text; }

public Q_SLOTS:
    // Inserts "{{field}}" at the cursor of insertionTarget().
    void insertField(const QString& field);

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildFieldMenu();

    QLineEdit* m_name;
    QLineEdit* m_subject;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_html;
    QPlainTextEdit* m_text;
    QToolButton* m_insert;
    QMenu* m_fieldMenu;
    QLabel* m_error;
    QStringList m_fields;
    core::mail::EmailTemplate m_shown;
    bool m_subjectUsedLast = false;
};

} // namespace rapport::ui
