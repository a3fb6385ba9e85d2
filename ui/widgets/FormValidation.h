#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace rapport::ui {

// Inline validation for a form dialog: each checked field gets a red message
// right under it, and a summary line names the fields still wrong. Dialogs use
// one of these instead of a message box, so the user sees what to fix where.
class FormValidation : public QObject
{
    Q_OBJECT
public:
    explicit FormValidation(QFormLayout* form, QObject* parent = nullptr);

    // Adds a form row "label: field" with an (initially hidden) error line
    // under it, for the field key `key` (the key core::Error::field uses).
    void addRow(const QString& key, const QString& label, QWidget* field);
    // A plain row without validation.
    void addPlainRow(const QString& label, QWidget* field);
    // The summary line, to put above the dialog's buttons.
    QLabel* summaryLabel() const { return m_summary; }

    void setError(const QString& key, const QString& message);
    void clear();
    bool hasErrors() const;
    QString error(const QString& key) const;
    // Puts the focus on the first field (in form order) that has an error.
    void focusFirstError() const;

private:
    void updateSummary();
    void chainTabOrder(QWidget* field);

    struct Row
    {
        QString label;
        QWidget* field = nullptr;
        QLabel* error = nullptr;
    };
    QFormLayout* m_form;
    QList<QString> m_order;
    QHash<QString, Row> m_rows;
    QLabel* m_summary;
    QWidget* m_lastField = nullptr;
};

} // namespace rapport::ui
