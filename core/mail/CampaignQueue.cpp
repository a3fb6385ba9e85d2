#include "mail/CampaignQueue.h"

#include "mail/MailMessage.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace rapport::core::mail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::CampaignQueue)
};

constexpr Exclusion kExclusions[] = {Exclusion::OptedOut,         Exclusion::Suppressed,
                                     Exclusion::NoAddress,        Exclusion::BadAddress,
                                     Exclusion::DuplicateAddress, Exclusion::NoOptIn};

// Why this recipient gets nothing, if they get nothing.
std::optional<Exclusion> exclusionOf(const Recipient& r, bool requireOptIn,
                                     const QSet<QString>& seenAddresses)
{
    if (r.optedOut)
        return Exclusion::OptedOut;
    if (r.address.isEmpty())
        return Exclusion::NoAddress;
    if (!isValidAddress(r.address))
        return Exclusion::BadAddress;
    if (r.suppressed)
        return Exclusion::Suppressed;
    if (requireOptIn && !r.hasOptIn)
        return Exclusion::NoOptIn;
    if (seenAddresses.contains(r.address.toLower()))
        return Exclusion::DuplicateAddress;
    return std::nullopt;
}

QString newToken()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// "Zhang Wei, Li Na and 3 more"
QString someNames(const CampaignPlan& plan, int problems)
{
    QStringList names;
    for (const FieldProblem& p : plan.problems) {
        if (p.recipient >= 0 && names.size() < 3)
            names << plan.recipients.at(p.recipient).name;
    }
    QString text = names.join(QStringLiteral(", "));
    if (problems > names.size())
        text += Text::tr(" and %n more", nullptr, problems - int(names.size()));
    return text;
}

} // namespace

QString exclusionKey(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::OptedOut:
        return QStringLiteral("opted_out");
    case Exclusion::Suppressed:
        return QStringLiteral("suppressed");
    case Exclusion::NoAddress:
        return QStringLiteral("no_address");
    case Exclusion::BadAddress:
        return QStringLiteral("bad_address");
    case Exclusion::DuplicateAddress:
        return QStringLiteral("duplicate_address");
    case Exclusion::NoOptIn:
        return QStringLiteral("no_opt_in");
    }
    return {};
}

QString exclusionName(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::OptedOut:
        return Text::tr("opted out");
    case Exclusion::Suppressed:
        return Text::tr("on the suppression list");
    case Exclusion::NoAddress:
        return Text::tr("no e-mail address");
    case Exclusion::BadAddress:
        return Text::tr("e-mail address not valid");
    case Exclusion::DuplicateAddress:
        return Text::tr("address shared with another recipient");
    case Exclusion::NoOptIn:
        return Text::tr("no opt-in recorded");
    }
    return {};
}

QString unsubscribeMailto(const MailIdentity& sender, const QString& token)
{
    return QStringLiteral("mailto:%1?subject=unsubscribe%20%2").arg(sender.fromAddress, token);
}

RenderedMail renderFor(const CompiledTemplate& compiled, const Recipient& recipient,
                       const MailIdentity& sender, const QString& unsubscribeToken)
{
    RenderedMail mail = compiled.render(recipient.fields);
    const QString who = sender.fromName.isEmpty() ? sender.fromAddress : sender.fromName;
    const QString mailto = unsubscribeMailto(sender, unsubscribeToken);
    // The unsubscribe line is ours, not the template's: no template can leave
    // it out. It names the sender, their postal address and two ways out.
    QString line = Text::tr("You receive this e-mail as a customer of %1. To receive no more, "
                            "reply with the subject “unsubscribe %2” or write to %3.")
                       .arg(who, unsubscribeToken, sender.fromAddress);
    mail.text += QStringLiteral("\n\n-- \n");
    if (!sender.postalAddress.isEmpty())
        mail.text += sender.postalAddress + QLatin1Char('\n');
    mail.text += line + QLatin1Char('\n');
    if (!mail.html.isEmpty()) {
        QString footer = QStringLiteral("<hr><p style=\"font-size:small;color:#666\">");
        if (!sender.postalAddress.isEmpty())
            footer += sender.postalAddress.toHtmlEscaped() + QStringLiteral("<br>");
        footer += Text::tr("You receive this e-mail as a customer of %1.").arg(who.toHtmlEscaped())
                  + QLatin1Char(' ')
                  + QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(mailto.toHtmlEscaped(), Text::tr("Unsubscribe"))
                  + QStringLiteral("</p>");
        const qsizetype bodyEnd =
            mail.html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
        if (bodyEnd >= 0)
            mail.html.insert(bodyEnd, footer);
        else
            mail.html += footer;
    }
    return mail;
}

Result<CampaignPlan> planCampaign(const QSqlDatabase& db, const QueueRequest& request,
                                  Progress& progress)
{
    auto compiled = CompiledTemplate::compile(request.body);
    if (!compiled)
        return compiled.error();
    RecipientRepository recipients(db);
    progress.report(0, 0, Text::tr("Finding the customers of %1").arg(request.segment.toString()));
    auto ids = recipients.resolve(request.segment);
    if (!ids)
        return ids.error();
    CampaignPlan plan;
    plan.segmentSize = int(ids->size());
    QSet<QString> seen;
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < ids->size(); start += kBatch) {
        if (progress.isCancelled())
            return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
        progress.report(start, ids->size(), Text::tr("Checking the recipients"));
        auto batch = recipients.load(ids->mid(start, kBatch));
        if (!batch)
            return batch.error();
        for (Recipient& r : *batch) {
            if (auto why = exclusionOf(r, request.requireOptIn, seen)) {
                ++plan.excluded[*why];
                continue;
            }
            seen.insert(r.address.toLower());
            plan.recipients << std::move(r);
        }
    }
    auto known = recipients.knownFields();
    if (!known)
        return known.error();
    QList<MergeFields> fields;
    fields.reserve(plan.recipients.size());
    for (const Recipient& r : plan.recipients)
        fields << r.fields;
    plan.problems = compiled->check(*known, fields);
    progress.report(ids->size(), ids->size(), Text::tr("Checking the recipients"));
    return plan;
}

Result<QueueReport> queueCampaign(const QSqlDatabase& db, const QueueRequest& request,
                                  Progress& progress, ChangeHub* hub, const Clock& clock)
{
    if (request.campaignName.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), Text::tr("A campaign needs a name."));
    auto sender = MailSettingsRepository(db).identity();
    if (!sender)
        return sender.error();
    if (!isValidAddress(sender->fromAddress))
        return Error::validation(QStringLiteral("from_address"),
                                 Text::tr("Set the address the mail comes from first (E-mail "
                                          "Settings, or rapport-cli mail identity)."));
    auto compiled = CompiledTemplate::compile(request.body);
    if (!compiled)
        return compiled.error();
    auto plan = planCampaign(db, request, progress);
    if (!plan)
        return plan.error();
    for (const FieldProblem& p : plan->problems) {
        if (p.recipient < 0)
            return Error::validation(QStringLiteral("template"),
                                     Text::tr("The template uses fields that do not exist: %1.")
                                         .arg(p.unknownFields.join(QStringLiteral(", "))));
    }
    if (!plan->problems.isEmpty() && !request.allowEmptyFields) {
        const FieldProblem& first = plan->problems.first();
        return Error::validation(
            QStringLiteral("template"),
            Text::tr("%n recipient(s) would get an empty {{%1}}: %2. Give the field a default "
                     "({{%1|…}}), fill it in, or queue anyway.",
                     nullptr, int(plan->problems.size()))
                .arg(first.emptyFields.value(0), someNames(*plan, int(plan->problems.size()))));
    }
    if (plan->recipients.isEmpty())
        return Error::validation(QStringLiteral("segment"),
                                 Text::tr("Nobody in %1 can be written to (%n customer(s) in "
                                          "it).",
                                          nullptr, plan->segmentSize)
                                     .arg(request.segment.toString()));

    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    OutboxRepository outbox(db, hub, clock);
    CampaignRecord record;
    record.name = request.campaignName;
    record.templateId = request.templateId;
    record.body = request.body;
    record.segmentKind = SegmentRef::kindKey(request.segment.kind);
    record.segmentName = request.segment.name;
    record.sender = *sender;
    for (Exclusion e : kExclusions) {
        if (plan->excluded.value(e) > 0)
            record.excluded.insert(exclusionKey(e), plan->excluded.value(e));
    }
    auto campaignId = outbox.insertCampaign(record, int(plan->recipients.size()));
    if (!campaignId)
        return campaignId.error();
    QueueReport report;
    report.campaignId = *campaignId;
    report.segmentSize = plan->segmentSize;
    report.excluded = plan->excluded;
    const qsizetype total = plan->recipients.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (i % 200 == 0) {
            progress.report(i, total, Text::tr("Writing the outbox"));
            if (progress.isCancelled())
                return Error::make(Error::Code::Cancelled, Text::tr("Cancelled."));
        }
        const Recipient& r = plan->recipients.at(i);
        QueuedMessage message;
        message.customerId = r.customerId;
        message.toName = r.name;
        message.toAddress = r.address;
        message.unsubscribeToken = newToken();
        message.messageId = newMessageId(sender->fromAddress);
        const RenderedMail mail = renderFor(*compiled, r, *sender, message.unsubscribeToken);
        message.subject = mail.subject;
        message.html = mail.html;
        message.text = mail.text;
        auto inserted = outbox.insertMessage(*campaignId, message);
        if (!inserted)
            return inserted.error();
        if (*inserted)
            ++report.queued;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    progress.report(total, total, Text::tr("Writing the outbox"));
    if (hub)
        hub->notify(Entity::Outbox, *campaignId);
    return report;
}

} // namespace rapport::core::mail
