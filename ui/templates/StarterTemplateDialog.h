#pragma once

#include <QDialog>

class QButtonGroup;

namespace rapport::ui {

// "Choose a starting point": the business starter templates (retail, B2B,
// clinic, education) as a list of choices with a line each on what they set
// up, plus starting from scratch. Offered on a new database and from Tools.
class StarterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StarterTemplateDialog(QWidget* parent = nullptr);

    // The chosen template's key; empty for "start from scratch".
    QString chosenKey() const;
    void choose(const QString& key);

private:
    QButtonGroup* m_choices;
    QStringList m_keys; // by button id; "" is start from scratch
};

} // namespace rapport::ui
