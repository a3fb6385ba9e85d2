#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace rapport::ui {

// Every message box the GUI shows goes through here, so tests can answer one
// without a modal loop (setNextAnswer) and read what would have been shown
// (lastText). Modelled on KeePassXC's MessageBox seam (house style H13).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& details = QString());
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                                  | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    // A question with two custom buttons; returns 0 for the first, 1 for the second.
    static int choice(QWidget* parent, const QString& title, const QString& text,
                      const QString& first, const QString& second);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // The next box is not shown: it returns `answer` at once (for choice():
    // QMessageBox::Yes = first button, anything else = second).
    static void setNextAnswer(Button answer);
    // The text of the last box shown or answered, and how many there were.
    static QString lastText();
    static int count();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                       const QString& text, QMessageBox::StandardButtons buttons,
                       Button defaultButton, const QString& details = QString());
};

} // namespace rapport::ui
