#include "import/DateOrderChooser.h"

#include "import/ImportLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace rapport::ui {

namespace {

using core::parse::DateOrder;

const QString kHighlight =
    QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0b000; "
                   "border-radius: 3px; padding: 3px 6px; }");

bool settled(const std::optional<core::parse::DateOrderGuess>& guess)
{
    return guess && guess->decided && !guess->conflict;
}

} // namespace

DateOrderChooser::DateOrderChooser(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_label(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("dateOrderComboBox"));
    m_combo->setPlaceholderText(tr("Please choose…"));
    for (DateOrder order : {DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd})
        m_combo->addItem(ImportLabels::dateOrderName(order), core::parse::dateOrderKey(order));
    m_label->setObjectName(QStringLiteral("dateOrderLabel"));
    m_label->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 0, Qt::AlignTop); // level with the form's label
    layout->addWidget(m_label, 1);
    connect(m_combo, &QComboBox::activated, this, [this] {
        m_chosen = true;
        update();
        Q_EMIT changed();
    });
    update();
}

void DateOrderChooser::setGuess(const std::optional<core::parse::DateOrderGuess>& guess)
{
    m_guess = guess;
    update();
}

void DateOrderChooser::reset()
{
    m_chosen = false;
    update();
}

DateOrder DateOrderChooser::order() const
{
    if (!m_chosen)
        return DateOrder::Auto;
    const auto order = core::parse::parseDateOrderKey(m_combo->currentData().toString());
    return order ? *order : DateOrder::Auto;
}

bool DateOrderChooser::isConfirmed() const
{
    return m_chosen || settled(m_guess);
}

void DateOrderChooser::update()
{
    if (!m_chosen) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(
            settled(m_guess) ? m_combo->findData(core::parse::dateOrderKey(m_guess->order)) : -1);
    }
    QString note;
    if (!m_guess) {
        note = tr("Reading the dates…");
    } else if (settled(m_guess)) {
        note = m_chosen && order() != m_guess->order
                   ? tr("Your choice; the file suggests %1.")
                         .arg(ImportLabels::dateOrderName(m_guess->order))
                   : tr("— decided from %n row(s)", nullptr, m_guess->evidenceRows);
    } else if (m_guess->conflict) {
        note = tr("The dates disagree: most of the %n row(s) that show their order are %1. "
                  "Please check the file and choose.",
                  nullptr, m_guess->evidenceRows)
                   .arg(ImportLabels::dateOrderName(m_guess->order));
    } else {
        note = tr("Nothing in the file tells whether 5/3/2024 is 5 March or 3 May. Please "
                  "choose.");
    }
    m_label->setText(note);
    m_label->setStyleSheet(isConfirmed() ? QString() : kHighlight);
}

} // namespace rapport::ui
