#pragma once

#include "mail/MailTypes.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace rapport::ui {

// Records a customer's opt-in: the day, where it came from and the exact
// words they agreed to (what a regulator or the customer may ask to see).
class OptInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OptInDialog(const QString& customerName, QWidget* parent = nullptr);

    // The event as typed (customerId left 0).
    core::mail::ConsentEvent event() const;
    void showError(const QString& message);

private:
    QDateEdit* m_date;
    QLineEdit* m_source;
    QPlainTextEdit* m_wording;
    QLabel* m_error;
};

} // namespace rapport::ui
