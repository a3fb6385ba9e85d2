#include "widgets/MessageBox.h"

#include <QPushButton>

namespace rapport::ui {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;
int g_count = 0;

std::optional<MessageBox::Button> takeNextAnswer(const QString& text)
{
    g_lastText = text;
    ++g_count;
    auto answer = g_nextAnswer;
    g_nextAnswer.reset();
    return answer;
}
} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                    const QString& text, QMessageBox::StandardButtons buttons,
                                    Button defaultButton, const QString& details)
{
    if (auto answer = takeNextAnswer(text))
        return *answer;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& details)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok,
                details);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

int MessageBox::choice(QWidget* parent, const QString& title, const QString& text,
                       const QString& first, const QString& second)
{
    if (auto answer = takeNextAnswer(text))
        return *answer == QMessageBox::Yes ? 0 : 1;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* firstButton = box.addButton(first, QMessageBox::AcceptRole);
    box.addButton(second, QMessageBox::RejectRole);
    box.setDefaultButton(firstButton);
    box.exec();
    return box.clickedButton() == firstButton ? 0 : 1;
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

} // namespace rapport::ui
