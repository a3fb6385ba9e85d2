#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace rapport::ui {

// The confirmation before a customer's personal data is erased. Erasure cannot
// be undone, so the destructive button stays disabled until the user ticks
// that they understand, and Cancel is the default button (Enter cancels).
class ErasureConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ErasureConfirmDialog(const QString& customerName, QWidget* parent = nullptr);

    QCheckBox* understoodCheck() const { return m_understood; }
    QPushButton* eraseButton() const { return m_erase; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QCheckBox* m_understood;
    QPushButton* m_erase;
    QPushButton* m_cancel;
};

} // namespace rapport::ui
