#include "mail/ConsentBox.h"

#include "Format.h"
#include "Session.h"
#include "mail/OptInDialog.h"
#include "storage/ConsentRepository.h"
#include "storage/CustomerRepository.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

ConsentBox::ConsentBox(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_body(new QLabel(this))
    , m_optInButton(new QPushButton(tr("Record Opt-In…"), this))
    , m_optOutButton(new QPushButton(tr("Opt Out"), this))
{
    setObjectName(QStringLiteral("consentBox"));
    auto* title = new QLabel(tr("Marketing e-mail"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_body->setObjectName(QStringLiteral("consentBody"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_optInButton->setObjectName(QStringLiteral("recordOptInButton"));
    m_optOutButton->setObjectName(QStringLiteral("optOutButton"));
    m_optOutButton->setToolTip(tr("The customer asked for no more marketing e-mail (a reply, "
                                  "a call, a bounce). This cannot be undone."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_optInButton);
    buttons->addWidget(m_optOutButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);
    connect(m_optInButton, &QPushButton::clicked, this, &ConsentBox::recordOptIn);
    connect(m_optOutButton, &QPushButton::clicked, this, [this] { optOut(false); });
    hide();
}

QString ConsentBox::text() const
{
    return m_body->text();
}

void ConsentBox::setCustomer(core::RowId customerId)
{
    m_customerId = customerId;
    const auto customer = core::CustomerRepository(m_session->connection()).get(customerId);
    if (customerId == 0 || !customer) {
        hide();
        return;
    }
    core::ConsentRepository consent(m_session->connection());
    const auto events = consent.events(customerId);
    const auto suppressed = consent.isSuppressed(customer->email);
    const bool blocked = customer->optedOut || (suppressed && *suppressed);
    QString text;
    std::optional<core::mail::ConsentEvent> last;
    if (events && !events->isEmpty())
        last = events->constLast();
    if (blocked) {
        if (last && last->kind == core::mail::ConsentEvent::Kind::OptOut)
            text = tr("Opted out on %1 (%2). Rapport never sends them marketing e-mail again.")
                       .arg(Format::date(last->date), last->source);
        else
            text = tr("Opted out: Rapport never sends them marketing e-mail again.");
    } else if (last && last->kind == core::mail::ConsentEvent::Kind::OptIn) {
        text = tr("Opted in on %1 (%2): “%3”")
                   .arg(Format::date(last->date), last->source, last->wording);
    } else if (customer->email.isEmpty()) {
        text = tr("No e-mail address.");
    } else {
        text = tr("No opt-in recorded.");
    }
    m_body->setText(text);
    m_optInButton->setEnabled(!blocked);
    m_optOutButton->setEnabled(!blocked);
    show();
}

void ConsentBox::recordOptIn()
{
    const auto customer = core::CustomerRepository(m_session->connection()).get(m_customerId);
    if (!customer)
        return;
    OptInDialog dialog(customer->name, this);
    while (dialog.exec() == QDialog::Accepted) {
        core::mail::ConsentEvent event = dialog.event();
        event.customerId = m_customerId;
        auto id =
            core::ConsentRepository(m_session->connection(), m_session->hub()).recordOptIn(event);
        if (id)
            return;
        dialog.showError(id.error().message);
    }
}

void ConsentBox::optOut(bool confirmed)
{
    const auto customer = core::CustomerRepository(m_session->connection()).get(m_customerId);
    if (!customer)
        return;
    if (!confirmed
        && MessageBox::question(this, tr("Opt Out"),
                                tr("Opt %1 out of marketing e-mail? This cannot be undone: "
                                   "their address stays on the suppression list.")
                                    .arg(customer->name))
               != QMessageBox::Yes)
        return;
    core::Status s =
        core::ConsentRepository(m_session->connection(), m_session->hub())
            .optOut(m_customerId, QStringLiteral("opt_out"), tr("marked on the customer card"));
    if (!s)
        MessageBox::warning(this, tr("Opt Out"), s.error().message);
}

} // namespace rapport::ui
