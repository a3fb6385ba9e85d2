#pragma once

#include "import/ValueParsers.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace rapport::ui {

// How the dates of a file are read (day or month first), beside what the file
// itself shows. The importer decides the order from the whole column; when the
// values settle it the chooser says so ("decided from 37 rows") and the user
// may still override it. When nothing in the file tells "5/3/2024" apart, or
// the values disagree, it is highlighted and asks the user to choose: a silent
// guess there would put every such date in the wrong month.
class DateOrderChooser : public QWidget
{
    Q_OBJECT
public:
    explicit DateOrderChooser(QWidget* parent = nullptr);

    // What the file shows; nullopt while it is being read.
    void setGuess(const std::optional<core::parse::DateOrderGuess>& guess);
    // Forgets the user's choice (another file or another date column).
    void reset();

    // The order for Options::dateOrder: Auto while the file's own decision stands.
    core::parse::DateOrder order() const;
    // False while the file does not settle the order and the user has not chosen.
    bool isConfirmed() const;

    QComboBox* comboBox() const { return m_combo; }
    QLabel* noteLabel() const { return m_label; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QComboBox* m_combo;
    QLabel* m_label;
    std::optional<core::parse::DateOrderGuess> m_guess;
    bool m_chosen = false;
};

} // namespace rapport::ui
