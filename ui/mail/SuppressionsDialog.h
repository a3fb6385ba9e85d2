#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport::ui {

class Session;

// The suppression list: every address Rapport will never send marketing mail
// to (opt-outs, bounces, complaints, addresses added by hand), newest first,
// and a field to add one. There is deliberately no Remove: someone who asked
// not to be mailed must stay off every list, even after a re-import or a typo
// in a segment. Follows ChangeHub (Entity::Outbox).
class SuppressionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuppressionsDialog(Session* session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The last error of Add ("" after a success).
    QString errorText() const;

public Q_SLOTS:
    // Adds the address in the field (reason "manual").
    void addAddress();
    void reload();

private:
    Session* m_session;
    QTableWidget* m_table;
    QLineEdit* m_address;
    QLineEdit* m_note;
    QPushButton* m_add;
    QLabel* m_error;
    QLabel* m_count;
};

} // namespace rapport::ui
