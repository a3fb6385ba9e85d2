// The e-mail commands: `campaign queue`, `outbox send|list|resolve|opt-out`
// and `mail identity|suppress|opt-in`. They parse and print; core does the work.
#include "Command.h"
#include "Output.h"
#include "Parsed.h"
#include "TerminalProgress.h"

#include "mail/CampaignQueue.h"
#include "mail/OutboxSender.h"
#include "storage/ConsentRepository.h"
#include "storage/MailSettingsRepository.h"
#include "storage/OutboxRepository.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rapport::cli {

namespace {

using namespace core::mail;

// A template file: {"subject": …, "html": …, "text": …} ("html" may be left out).
core::Result<MailTemplate> readTemplateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::make(
            core::Error::Code::Io,
            QStringLiteral("%1: cannot read it (%2)").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return core::Error::make(core::Error::Code::InvalidArgument,
                                 QStringLiteral("%1: not a JSON object (%2 at byte %3)")
                                     .arg(path, parseError.errorString())
                                     .arg(parseError.offset));
    const QJsonObject object = doc.object();
    for (const QString& key : object.keys()) {
        if (key != QLatin1String("subject") && key != QLatin1String("html")
            && key != QLatin1String("text"))
            return core::Error::make(core::Error::Code::InvalidArgument,
                                     QStringLiteral("%1: unknown key “%2” (a template has "
                                                    "subject, html and text)")
                                         .arg(path, key));
        if (!object.value(key).isString())
            return core::Error::make(core::Error::Code::InvalidArgument,
                                     QStringLiteral("%1: “%2” must be a string").arg(path, key));
    }
    MailTemplate body{object.value(QStringLiteral("subject")).toString(),
                      object.value(QStringLiteral("html")).toString(),
                      object.value(QStringLiteral("text")).toString()};
    if (body.subject.trimmed().isEmpty())
        return core::Error::make(core::Error::Code::InvalidArgument,
                                 QStringLiteral("%1: the template has no subject").arg(path));
    if (body.text.trimmed().isEmpty())
        return core::Error::make(core::Error::Code::InvalidArgument,
                                 QStringLiteral("%1: the template has no plain-text body "
                                                "(\"text\"), which every message carries")
                                     .arg(path));
    return body;
}

// A template's own mistake (a part, a field) named with the file it is in.
core::Error inFile(const QString& file, core::Error error)
{
    static const QStringList parts = {QStringLiteral("subject"), QStringLiteral("html"),
                                      QStringLiteral("text"), QStringLiteral("template")};
    if (error.code == core::Error::Code::Validation && parts.contains(error.field))
        error.message = QStringLiteral("%1: %2").arg(file, error.message);
    return error;
}

QJsonObject excludedJson(const QHash<Exclusion, int>& excluded)
{
    QJsonObject object;
    for (auto it = excluded.begin(); it != excluded.end(); ++it)
        object.insert(exclusionKey(it.key()), it.value());
    return object;
}

// `campaign queue --template-file F --segment KIND:NAME`
class CampaignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("campaign"); }
    QString summary() const override
    {
        return QStringLiteral("Queue a marketing e-mail to a segment.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("queue"));
        parser.addOptions({
            {QStringLiteral("template-file"),
             QStringLiteral("JSON object with subject, html and text."), QStringLiteral("file")},
            {QStringLiteral("segment"),
             QStringLiteral("tag:NAME, view:NAME, rfm:SEGMENT or rule:ID."),
             QStringLiteral("segment")},
            {QStringLiteral("name"),
             QStringLiteral("Campaign name (default: the file's name "
                            "and today's date)."),
             QStringLiteral("name")},
            {QStringLiteral("require-opt-in"),
             QStringLiteral("Only customers with a recorded opt-in.")},
            {QStringLiteral("allow-empty-fields"),
             QStringLiteral("Queue although some recipients would get an empty field.")},
            {QStringLiteral("dry-run"),
             QStringLiteral("Check the recipients and fields; queue nothing.")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        if (parser.positionalArguments() != QStringList{QStringLiteral("queue")})
            return output::usage(QStringLiteral("use: campaign queue --template-file FILE.json "
                                                "--segment KIND:NAME"));
        const QString file = optionText(parser, "template-file");
        if (file.isEmpty())
            return output::usage(QStringLiteral("campaign queue needs --template-file FILE.json"));
        if (optionText(parser, "segment").isEmpty())
            return output::usage(QStringLiteral("campaign queue needs --segment KIND:NAME "
                                                "(tag, view, rfm or rule)"));
        auto segment = SegmentRef::parse(optionText(parser, "segment"));
        if (!segment)
            return output::usage(segment.error().message);
        auto body = readTemplateFile(file);
        if (!body)
            return output::failure(body.error());
        QueueRequest request;
        request.body = *body;
        request.segment = *segment;
        request.campaignName = optionText(parser, "name");
        if (request.campaignName.isEmpty())
            request.campaignName = QFileInfo(file).completeBaseName() + QLatin1Char(' ')
                                   + QDate::currentDate().toString(Qt::ISODate);
        request.requireOptIn = parser.isSet(QStringLiteral("require-opt-in"));
        request.allowEmptyFields = parser.isSet(QStringLiteral("allow-empty-fields"));

        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        TerminalProgress progress;
        if (parser.isSet(QStringLiteral("dry-run")))
            return printPlan(file, planCampaign(db->connection(), request, progress), context.json);
        auto report = queueCampaign(db->connection(), request, progress);
        if (!report)
            return output::failure(inFile(file, report.error()));
        if (context.json) {
            QJsonObject object{{QStringLiteral("campaign_id"), qint64(report->campaignId)},
                               {QStringLiteral("segment_size"), report->segmentSize},
                               {QStringLiteral("queued"), report->queued},
                               {QStringLiteral("excluded"), excludedJson(report->excluded)}};
            output::json(QJsonDocument(object));
        } else {
            output::line(QStringLiteral("queued %1 of %2 customers in %3")
                             .arg(report->queued)
                             .arg(report->segmentSize)
                             .arg(segment->toString()));
            for (auto it = report->excluded.begin(); it != report->excluded.end(); ++it)
                output::line(QStringLiteral("  left out, %1: %2")
                                 .arg(exclusionName(it.key()))
                                 .arg(it.value()));
        }
        return kExitOk;
    }

private:
    static int printPlan(const QString& file, const core::Result<CampaignPlan>& plan, bool json)
    {
        if (!plan)
            return output::failure(inFile(file, plan.error()));
        QJsonArray problems;
        for (const FieldProblem& p : plan->problems) {
            const QString who = p.recipient < 0 ? QString() : plan->recipients.at(p.recipient).name;
            problems.append(QJsonObject{
                {QStringLiteral("recipient"), who},
                {QStringLiteral("empty"), QJsonArray::fromStringList(p.emptyFields)},
                {QStringLiteral("unknown"), QJsonArray::fromStringList(p.unknownFields)}});
        }
        if (json) {
            output::json(QJsonDocument(
                QJsonObject{{QStringLiteral("segment_size"), plan->segmentSize},
                            {QStringLiteral("recipients"), int(plan->recipients.size())},
                            {QStringLiteral("excluded"), excludedJson(plan->excluded)},
                            {QStringLiteral("problems"), problems}}));
            return kExitOk;
        }
        output::line(QStringLiteral("%1 of %2 customers would get the message")
                         .arg(plan->recipients.size())
                         .arg(plan->segmentSize));
        for (const QJsonValue& p : problems) {
            const QJsonObject o = p.toObject();
            output::line(QStringLiteral("  %1: empty %2 %3")
                             .arg(o.value(QStringLiteral("recipient")).toString(),
                                  o.value(QStringLiteral("empty"))
                                      .toVariant()
                                      .toStringList()
                                      .join(QStringLiteral(", ")),
                                  o.value(QStringLiteral("unknown"))
                                      .toVariant()
                                      .toStringList()
                                      .join(QStringLiteral(", "))));
        }
        return kExitOk;
    }
};

QJsonObject reportJson(const SendReport& report)
{
    return QJsonObject{{QStringLiteral("sent"), report.sent},
                       {QStringLiteral("failed"), report.failed},
                       {QStringLiteral("skipped"), report.skipped},
                       {QStringLiteral("retry_later"), report.retryLater},
                       {QStringLiteral("uncertain"), report.uncertain},
                       {QStringLiteral("offline"), report.offline},
                       {QStringLiteral("settings_problem"), report.settingsProblem},
                       {QStringLiteral("stop_reason"), report.stopReason}};
}

QJsonObject rowJson(const OutboxRow& row)
{
    return QJsonObject{{QStringLiteral("id"), qint64(row.id)},
                       {QStringLiteral("campaign"), row.campaignName},
                       {QStringLiteral("to"), row.toAddress},
                       {QStringLiteral("subject"), row.subject},
                       {QStringLiteral("status"), outboxStatusKey(row.status)},
                       {QStringLiteral("attempts"), row.attempts},
                       {QStringLiteral("smtp_code"), row.smtpCode},
                       {QStringLiteral("last_error"), row.lastError},
                       {QStringLiteral("message_id"), row.messageId},
                       {QStringLiteral("sent_at"), row.sentAt}};
}

// `outbox send|list|resolve|opt-out`
class OutboxCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override
    {
        return QStringLiteral("Send queued e-mail, list the outbox, resolve uncertain "
                              "messages.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("send, list, resolve ID or opt-out TOKEN"));
        parser.addOptions({
            {QStringLiteral("smtp-url"),
             QStringLiteral("smtp://host:587 (STARTTLS), smtps://host:465 (TLS), "
                            "smtp+plain://127.0.0.1:PORT (no encryption, loopback only)."),
             QStringLiteral("url")},
            {QStringLiteral("user"),
             QStringLiteral("SMTP user; the password comes from RAPPORT_SMTP_PASSWORD."),
             QStringLiteral("user")},
            {QStringLiteral("ca-file"), QStringLiteral("Extra CA certificates to trust (PEM)."),
             QStringLiteral("file")},
            {QStringLiteral("limit"), QStringLiteral("Send at most N messages."),
             QStringLiteral("N")},
            {QStringLiteral("rate"),
             QStringLiteral("Messages per minute (default: the "
                            "database's setting)."),
             QStringLiteral("N")},
            {QStringLiteral("status"), QStringLiteral("list: only rows with this status."),
             QStringLiteral("status")},
            {QStringLiteral("delivered"), QStringLiteral("resolve: it arrived; mark it sent.")},
            {QStringLiteral("send-again"), QStringLiteral("resolve: it did not; queue it again.")},
            {QStringLiteral("bounce"), QStringLiteral("opt-out: the reason is a bounce.")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("send") && args.size() == 1)
            return send(parser, context);
        if (action == QLatin1String("list") && args.size() == 1)
            return list(parser, context);
        if (action == QLatin1String("resolve") && args.size() == 2)
            return resolve(parser, context, args.at(1));
        if (action == QLatin1String("opt-out") && args.size() == 2)
            return optOut(parser, context, args.at(1));
        return output::usage(QStringLiteral("use: outbox send --smtp-url URL [--user U], "
                                            "outbox list [--status S], outbox resolve ID "
                                            "--delivered|--send-again, outbox opt-out TOKEN"));
    }

private:
    static int send(const QCommandLineParser& parser, const CommandContext& context)
    {
        SmtpSettings smtp;
        if (!SmtpSettings::fromUrl(optionText(parser, "smtp-url"), smtp))
            return output::usage(QStringLiteral("outbox send needs --smtp-url smtp://HOST:PORT, "
                                                "smtps://HOST:PORT or smtp+plain://HOST:PORT"));
        smtp.user = optionText(parser, "user");
        smtp.password = qEnvironmentVariable("RAPPORT_SMTP_PASSWORD");
        if (!smtp.user.isEmpty() && smtp.password.isEmpty())
            return output::usage(QStringLiteral("--user needs the password in the environment "
                                                "variable RAPPORT_SMTP_PASSWORD"));
        smtp.caFile = optionText(parser, "ca-file");
        int limit = -1;
        if (parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = optionText(parser, "limit").toInt(&ok);
            if (!ok || limit < 0)
                return output::usage(QStringLiteral("--limit is a number of messages"));
        }
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto pace = core::MailSettingsRepository(db->connection()).pace();
        if (!pace)
            return output::failure(pace.error());
        if (parser.isSet(QStringLiteral("rate"))) {
            bool ok = false;
            pace->messagesPerMinute = optionText(parser, "rate").toInt(&ok);
            if (!ok || pace->messagesPerMinute < 1)
                return output::usage(QStringLiteral("--rate is a number of messages a minute"));
        }
        TerminalProgress progress;
        OutboxSender sender(db->connection(), smtp, *pace);
        auto report = sender.sendDue(progress, limit);
        if (!report)
            return output::failure(report.error());
        if (context.json)
            output::json(QJsonDocument(reportJson(*report)));
        else
            output::line(QStringLiteral("sent %1, failed %2, skipped %3, retry later %4, "
                                        "uncertain %5")
                             .arg(report->sent)
                             .arg(report->failed)
                             .arg(report->skipped)
                             .arg(report->retryLater)
                             .arg(report->uncertain));
        if (!report->stopReason.isEmpty())
            return output::error(report->stopReason, kExitFailure);
        return kExitOk;
    }

    static int list(const QCommandLineParser& parser, const CommandContext& context)
    {
        std::optional<OutboxStatus> status;
        if (parser.isSet(QStringLiteral("status"))) {
            status = outboxStatusFromKey(optionText(parser, "status"));
            if (!status)
                return output::usage(QStringLiteral("unknown --status (queued, sending, sent, "
                                                    "failed, uncertain, skipped, cancelled)"));
        }
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        auto rows = core::OutboxRepository(db->connection()).rows(status);
        if (!rows)
            return output::failure(rows.error());
        if (context.json) {
            QJsonArray array;
            for (const OutboxRow& row : *rows)
                array.append(rowJson(row));
            output::json(QJsonDocument(array));
            return kExitOk;
        }
        QList<QStringList> lines;
        for (const OutboxRow& row : *rows)
            lines << QStringList{QString::number(row.id), outboxStatusKey(row.status),
                                 row.toAddress, row.subject, row.lastError};
        output::line(
            output::table({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("to"),
                           QStringLiteral("subject"), QStringLiteral("last reply")},
                          lines));
        return kExitOk;
    }

    static int resolve(const QCommandLineParser& parser, const CommandContext& context,
                       const QString& idText)
    {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        const bool delivered = parser.isSet(QStringLiteral("delivered"));
        if (!ok || delivered == parser.isSet(QStringLiteral("send-again")))
            return output::usage(QStringLiteral("use: outbox resolve ID --delivered or "
                                                "outbox resolve ID --send-again"));
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        if (core::Status s =
                core::OutboxRepository(db->connection()).resolveUncertain(id, delivered);
            !s)
            return output::failure(s.error());
        return kExitOk;
    }

    static int optOut(const QCommandLineParser& parser, const CommandContext& context,
                      const QString& token)
    {
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        const QString reason = parser.isSet(QStringLiteral("bounce")) ? QStringLiteral("bounce")
                                                                      : QStringLiteral("opt_out");
        auto customer = core::ConsentRepository(db->connection()).optOutByToken(token, reason);
        if (!customer)
            return output::failure(customer.error());
        output::line(QStringLiteral("opted out customer %1").arg(*customer));
        return kExitOk;
    }
};

// `mail identity|suppress|opt-in`
class MailCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("mail"); }
    QString summary() const override
    {
        return QStringLiteral("Set the sender, suppress an address, record an opt-in.");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("identity, suppress ADDRESS or opt-in "
                                                    "CUSTOMER_ID"));
        parser.addOptions({
            {QStringLiteral("from"), QStringLiteral("identity: the sender's address."),
             QStringLiteral("address")},
            {QStringLiteral("from-name"), QStringLiteral("identity: the sender's name."),
             QStringLiteral("name")},
            {QStringLiteral("postal-address"),
             QStringLiteral("identity: the postal address for the unsubscribe line."),
             QStringLiteral("text")},
            {QStringLiteral("reason"),
             QStringLiteral("suppress: opt_out, bounce, complaint or manual (default)."),
             QStringLiteral("reason")},
            {QStringLiteral("date"), QStringLiteral("opt-in: the day it was given."),
             QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("source"), QStringLiteral("opt-in: where it came from."),
             QStringLiteral("text")},
            {QStringLiteral("wording"), QStringLiteral("opt-in: the words agreed to."),
             QStringLiteral("text")},
        });
    }

    int run(const QCommandLineParser& parser, const CommandContext& context) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        auto db = openDatabase(context.databasePath);
        if (!db)
            return output::failure(db.error());
        core::Status done;
        if (action == QLatin1String("identity") && args.size() == 1) {
            core::MailSettingsRepository settings(db->connection());
            auto identity = settings.identity();
            if (!identity)
                return output::failure(identity.error());
            if (parser.isSet(QStringLiteral("from")))
                identity->fromAddress = optionText(parser, "from");
            if (parser.isSet(QStringLiteral("from-name")))
                identity->fromName = optionText(parser, "from-name");
            if (parser.isSet(QStringLiteral("postal-address")))
                identity->postalAddress = optionText(parser, "postal-address");
            done = settings.setIdentity(*identity);
            if (done)
                output::line(
                    QStringLiteral("%1 <%2>").arg(identity->fromName, identity->fromAddress));
        } else if (action == QLatin1String("suppress") && args.size() == 2) {
            const QString reason = parser.isSet(QStringLiteral("reason"))
                                       ? optionText(parser, "reason")
                                       : QStringLiteral("manual");
            done = core::ConsentRepository(db->connection()).suppress(args.at(1), reason, {});
        } else if (action == QLatin1String("opt-in") && args.size() == 2) {
            ConsentEvent event;
            event.customerId = args.at(1).toLongLong();
            event.date = QDate::fromString(optionText(parser, "date"), Qt::ISODate);
            event.source = optionText(parser, "source");
            event.wording = optionText(parser, "wording");
            auto id = core::ConsentRepository(db->connection()).recordOptIn(event);
            if (!id)
                done = id.error();
        } else {
            return output::usage(QStringLiteral("use: mail identity --from ADDRESS [--from-name "
                                                "NAME] [--postal-address TEXT], mail suppress "
                                                "ADDRESS, mail opt-in CUSTOMER_ID --date D "
                                                "--source S --wording W"));
        }
        if (!done)
            return output::failure(done.error());
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCampaignCommand()
{
    return std::make_unique<CampaignCommand>();
}

std::unique_ptr<Command> makeOutboxCommand()
{
    return std::make_unique<OutboxCommand>();
}

std::unique_ptr<Command> makeMailCommand()
{
    return std::make_unique<MailCommand>();
}

} // namespace rapport::cli
