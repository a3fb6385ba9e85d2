#include "mail/MailTemplate.h"

#include <QElapsedTimer>
#include <QTest>

using rapport::core::Error;
using rapport::core::mail::CompiledTemplate;
using rapport::core::mail::FieldProblem;
using rapport::core::mail::FieldUse;
using rapport::core::mail::MailTemplate;
using rapport::core::mail::MergeFields;
using rapport::core::mail::standardMergeFields;

namespace {

// "key=value" pairs, so rows stay readable; a value may contain '='.
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

MergeFields mergeFields(const QStringList& pairs)
{
    MergeFields fields;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        fields.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return fields;
}

MergeFields mergeFields(std::initializer_list<const char*> pairs)
{
    return mergeFields(strings(pairs));
}

QString describe(const FieldUse& use)
{
    return QStringLiteral("%1:%2%3%4")
        .arg(use.part, use.field, use.hasDefault ? QStringLiteral(" default") : QString(),
             use.onlyInCondition ? QStringLiteral(" condition") : QString());
}

QString describe(const FieldProblem& problem)
{
    return QStringLiteral("%1 empty[%2] unknown[%3]")
        .arg(QString::number(problem.recipient), problem.emptyFields.join(u','),
             problem.unknownFields.join(u','));
}

} // namespace

class TestMailTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The same source in all three parts: only the HTML body escapes, only the
    // subject folds line breaks.
    void renders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        const QString hello = QStringLiteral("Hello {{name}} from {{company}}");
        QTest::addRow("plain fields")
            << hello << strings({"name=Alice", "company=Acme"}) << "Hello Alice from Acme"
            << "Hello Alice from Acme"
            << "Hello Alice from Acme";
        QTest::addRow("spaces inside the tag") << "{{ name }}!" << strings({"name=Bo"}) << "Bo!"
                                               << "Bo!"
                                               << "Bo!";
        QTest::addRow("chinese values")
            << QStringLiteral("尊敬的{{name}}（{{company}}），您好")
            << QStringList{QStringLiteral("name=张伟"), QStringLiteral("company=北京星辰科技")}
            << QStringLiteral("尊敬的张伟（北京星辰科技），您好")
            << QStringLiteral("尊敬的张伟（北京星辰科技），您好")
            << QStringLiteral("尊敬的张伟（北京星辰科技），您好");
        QTest::addRow("html escaping only in html")
            << "<p>{{name}}</p>" << strings({"name=<b>Tom & \"Jerry\" 'Co'</b>"})
            << "<p><b>Tom & \"Jerry\" 'Co'</b></p>"
            << "<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot; &apos;Co&apos;&lt;/b&gt;</p>"
            << "<p><b>Tom & \"Jerry\" 'Co'</b></p>";
        QTest::addRow("triple mustache is raw in html")
            << "{{{name}}}|{{& name}}" << strings({"name=<i>x</i>"}) << "<i>x</i>|<i>x</i>"
            << "<i>x</i>|<i>x</i>"
            << "<i>x</i>|<i>x</i>";
        QTest::addRow("default, field missing")
            << "Dear {{name|customer}}," << strings({}) << "Dear customer,"
            << "Dear customer,"
            << "Dear customer,";
        QTest::addRow("default, field empty")
            << "Dear {{name|customer}}," << strings({"name="}) << "Dear customer,"
            << "Dear customer,"
            << "Dear customer,";
        QTest::addRow("default, field blank")
            << "Dear {{ name | customer }}," << strings({"name=  "}) << "Dear customer,"
            << "Dear customer,"
            << "Dear customer,";
        QTest::addRow("default, field present")
            << "Dear {{name|customer}}," << strings({"name=Bob & Co"}) << "Dear Bob & Co,"
            << "Dear Bob &amp; Co,"
            << "Dear Bob & Co,";
        QTest::addRow("default is literal template text")
            << "{{name|<b>you</b> & {yours} {}}!" << strings({}) << "<b>you</b> & {yours} {!"
            << "<b>you</b> & {yours} {!"
            << "<b>you</b> & {yours} {!";
        QTest::addRow("default in chinese")
            << QStringLiteral("{{custom.title|客户}}您好") << strings({})
            << QStringLiteral("客户您好") << QStringLiteral("客户您好")
            << QStringLiteral("客户您好");
        QTest::addRow("raw with default, present")
            << "{{{name|x}}}" << strings({"name=<u>y</u>"}) << "<u>y</u>"
            << "<u>y</u>"
            << "<u>y</u>";
        QTest::addRow("raw with default, missing") << "{{& name|x}}" << strings({}) << "x"
                                                   << "x"
                                                   << "x";

        const QString vip = QStringLiteral(
            "A{{#custom.vip_level}} VIP {{custom.vip_level}}{{/custom.vip_level}} B");
        QTest::addRow("custom section, set")
            << vip << strings({"custom.vip_level=gold"}) << "A VIP gold B"
            << "A VIP gold B"
            << "A VIP gold B";
        QTest::addRow("custom section, empty") << vip << strings({"custom.vip_level="}) << "A B"
                                               << "A B"
                                               << "A B";
        QTest::addRow("custom section, missing") << vip << strings({}) << "A B"
                                                 << "A B"
                                                 << "A B";
        const QString inverted = QStringLiteral("[{{^company}}private{{/company}}]");
        QTest::addRow("inverted, empty") << inverted << strings({"company="}) << "[private]"
                                         << "[private]"
                                         << "[private]";
        QTest::addRow("inverted, set") << inverted << strings({"company=Acme"}) << "[]"
                                       << "[]"
                                       << "[]";
        QTest::addRow("inverted custom, missing")
            << "{{^custom.vip}}regular{{/custom.vip}}" << strings({}) << "regular"
            << "regular"
            << "regular";
        const QString nested = QStringLiteral(
            "{{#company}}{{company}}{{#city}} in {{city}}{{/city}}{{^city}} somewhere{{/city}}"
            "{{/company}}.");
        QTest::addRow("nested, both")
            << nested << strings({"company=Acme", "city=Paris"}) << "Acme in Paris."
            << "Acme in Paris."
            << "Acme in Paris.";
        QTest::addRow("nested, no city")
            << nested << strings({"company=Acme", "city="}) << "Acme somewhere."
            << "Acme somewhere."
            << "Acme somewhere.";
        QTest::addRow("nested, no company") << nested << strings({"company=", "city=Paris"}) << "."
                                            << "."
                                            << ".";
        QTest::addRow("section lines vanish when empty")
            << "Hi\n{{#custom.vip}}\nVIP line\n{{/custom.vip}}\nBye" << strings({}) << "Hi Bye"
            << "Hi\nBye"
            << "Hi\nBye";
        QTest::addRow("section lines stay when set")
            << "Hi\n{{#custom.vip}}\nVIP line\n{{/custom.vip}}\nBye" << strings({"custom.vip=1"})
            << "Hi VIP line Bye"
            << "Hi\nVIP line\nBye"
            << "Hi\nVIP line\nBye";
        QTest::addRow("standalone tags take indentation and CRLF")
            << "Hi\r\n  {{! note }}  \r\n\t{{^company}}\r\nNo company\r\n  {{/company}}\r\nBye"
            << strings({}) << "Hi No company Bye"
            << "Hi\r\nNo company\r\nBye"
            << "Hi\r\nNo company\r\nBye";
        QTest::addRow("inline section keeps its line")
            << "a {{#custom.vip}}x{{/custom.vip}}\nb" << strings({}) << "a  b"
            << "a \nb"
            << "a \nb";
        QTest::addRow("value with line breaks")
            << "Re: {{name}}!" << strings({"name=A\r\nB\nC\rD"}) << "Re: A B C D!"
            << "Re: A\r\nB\nC\rD!"
            << "Re: A\r\nB\nC\rD!";
        QTest::addRow("value is not re-expanded")
            << "{{name}}/{{{name}}}"
            << strings({"name={{email}} {{#email}}x{{/email}}", "email=a@b.c"})
            << "{{email}} {{#email}}x{{/email}}/{{email}} {{#email}}x{{/email}}"
            << "{{email}} {{#email}}x{{/email}}/{{email}} {{#email}}x{{/email}}"
            << "{{email}} {{#email}}x{{/email}}/{{email}} {{#email}}x{{/email}}";
        QTest::addRow("comment") << "a{{! a note for the author }}b" << strings({}) << "ab"
                                 << "ab"
                                 << "ab";
        QTest::addRow("css braces are text")
            << "<style>p { color: red }}</style>{{name}}" << strings({"name=x"})
            << "<style>p { color: red }}</style>x"
            << "<style>p { color: red }}</style>x"
            << "<style>p { color: red }}</style>x";
    }

    void renders()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, fields);
        QFETCH(QString, subject);
        QFETCH(QString, html);
        QFETCH(QString, text);
        const auto compiled = CompiledTemplate::compile({source, source, source});
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        const auto mail = compiled->render(mergeFields(fields));
        QCOMPARE(mail.subject, subject);
        QCOMPARE(mail.html, html);
        QCOMPARE(mail.text, text);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");

        QTest::addRow("unclosed section") << "html"
                                          << "<p>\n{{#custom.vip}}\nVIP\n"
                                          << 2 << "{{#custom.vip}}";
        QTest::addRow("unclosed inverted") << "subject"
                                           << "{{^name}}x" << 1 << "{{^name}}";
        QTest::addRow("mismatched close") << "text"
                                          << "{{#name}}\n{{#city}}\n{{/name}}" << 3 << "{{/name}}";
        QTest::addRow("close never opened") << "text"
                                            << "a\n\nb{{/city}}" << 3 << "{{/city}}";
        QTest::addRow("bad field syntax") << "html"
                                          << "Hi\n{{ name!}}" << 2 << "name!";
        QTest::addRow("upper case") << "subject"
                                    << "{{Name}}" << 1 << "Name";
        QTest::addRow("dotted non-custom") << "text"
                                           << "{{company.name}}" << 1 << "company.name";
        QTest::addRow("custom without key") << "text"
                                            << "{{custom.}}" << 1 << "custom.";
        QTest::addRow("empty tag") << "text"
                                   << "{{}}" << 1 << "“”";
        QTest::addRow("default on a section") << "html"
                                              << "{{#name|x}}y{{/name}}" << 1 << "name|x";
        QTest::addRow("partial") << "html"
                                 << "a\nb\n{{> footer}}" << 3 << "{{> footer}}";
        QTest::addRow("set delimiter") << "text"
                                       << "{{=<% %>=}}" << 1 << "{{=…=}}";
        QTest::addRow("unclosed tag") << "subject"
                                      << "Hello {{name" << 1 << "{{";
        QTest::addRow("tag opened twice") << "text"
                                          << "x\n{{name {{email}}" << 2 << "not closed";
        QTest::addRow("unclosed triple") << "html"
                                         << "{{{name}}" << 1 << "not closed";
        QTest::addRow("default containing {{") << "html"
                                               << "{{name|a{{b}}" << 1 << "{{name}}";
        QTest::addRow("default containing }}") << "html"
                                               << "{{{name|a}}b}}}" << 1 << "{{name}}";
    }

    void refuses()
    {
        QFETCH(QString, part);
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        MailTemplate mailTemplate{QStringLiteral("Subject {{name}}"), QStringLiteral("<p>ok</p>"),
                                  QStringLiteral("ok")};
        const QHash<QString, QString> partNames{
            {QStringLiteral("subject"), QStringLiteral("Subject")},
            {QStringLiteral("html"), QStringLiteral("HTML body")},
            {QStringLiteral("text"), QStringLiteral("Text body")}};
        if (part == QLatin1String("subject"))
            mailTemplate.subject = source;
        else if (part == QLatin1String("html"))
            mailTemplate.html = source;
        else
            mailTemplate.text = source;
        const auto compiled = CompiledTemplate::compile(mailTemplate);
        QVERIFY(!compiled.ok());
        const Error& error = compiled.error();
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, part);
        QVERIFY2(error.message.startsWith(
                     QStringLiteral("%1, line %2: ").arg(partNames.value(part)).arg(line)),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    }

    void lists_fields()
    {
        const auto compiled = CompiledTemplate::compile(
            {QStringLiteral("Hi {{name|there}}"),
             QStringLiteral("{{#custom.vip}}{{custom.vip}}{{/custom.vip}} {{name}} "
                            "{{^company}}x{{/company}} {{name|y}} {{#city}}{{/city}}{{city|z}}"),
             QStringLiteral("{{email}}{{email}}")});
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        QStringList listed;
        for (const FieldUse& use : compiled->fields())
            listed << describe(use);
        const QStringList expected = strings({
            "subject:name default",
            "html:custom.vip",
            "html:name",
            "html:company condition",
            "html:city default",
            "text:email",
        });
        QCOMPARE(listed, expected);
    }

    void checks_recipients()
    {
        const auto compiled = CompiledTemplate::compile(
            {QStringLiteral("{{nmae}}, news for {{city|you}}"),
             QStringLiteral("<p>{{name}}</p>{{#company}}at {{company}}{{/company}}"
                            "{{#custom.vip_level}}{{custom.vip_level}}{{/custom.vip_level}}"
                            "{{custom.vip_levle}}"),
             QStringLiteral("{{name}} {{phone}}")});
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        QStringList known = standardMergeFields();
        known << QStringLiteral("custom.vip_level");
        const QList<MergeFields> recipients{
            mergeFields({"name=Ann", "city=Rome", "phone=1", "company=A", "custom.vip_level=gold"}),
            mergeFields({"name=", "city=Oslo", "phone=2", "company=B", "custom.vip_level=gold"}),
            mergeFields({"name=  ", "city=", "phone=", "company=", "custom.vip_level="}),
            mergeFields({"name=Dan", "city=", "phone=4", "company=", "custom.vip_level="}),
            mergeFields({"city=Rome"}), // a loader that left fields out: missing is empty
        };
        QStringList problems;
        for (const FieldProblem& problem : compiled->check(known, recipients))
            problems << describe(problem);
        const QStringList expected = strings({
            "-1 empty[] unknown[nmae,custom.vip_levle]",
            "1 empty[name] unknown[]",
            "2 empty[name,phone] unknown[]",
            "4 empty[name,phone] unknown[]",
        });
        QCOMPARE(problems, expected);

        // Nothing unknown, nobody with a gap: nothing to report.
        const auto clean = CompiledTemplate::compile(
            {QStringLiteral("{{name}}"), QStringLiteral("{{custom.vip_level|-}}"), QString()});
        QVERIFY(clean.ok());
        QVERIFY(clean->check(known, {recipients.at(0), recipients.at(3)}).isEmpty());
    }

    void copies_keep_working()
    {
        std::optional<CompiledTemplate> copy;
        {
            const auto compiled = CompiledTemplate::compile(
                {QStringLiteral("{{name|you}}"), QStringLiteral("<b>{{name}}</b>"), QString()});
            QVERIFY(compiled.ok());
            copy = *compiled; // copied, then the original goes away
            CompiledTemplate assigned = *compiled;
            assigned = *copy;
            QCOMPARE(assigned.source(), compiled->source());
        }
        QCOMPARE(copy->render({}).subject, QStringLiteral("you"));
        QCOMPARE(copy->render(mergeFields({"name=<x>"})).html, QStringLiteral("<b>&lt;x&gt;</b>"));
        QCOMPARE(copy->source().html, QStringLiteral("<b>{{name}}</b>"));
    }

    void standard_fields()
    {
        QCOMPARE(standardMergeFields(),
                 (strings({"name", "email", "company", "city", "phone", "owner", "code"})));
    }

    // Not an assertion: prints how long a campaign-sized render takes, for the
    // record (compile once, render per recipient).
    void render_timing()
    {
        const auto compiled = CompiledTemplate::compile(
            {QStringLiteral("{{name|Hello}}, news from {{company}}"),
             QStringLiteral("<html><body><p>Dear {{name|customer}},</p>\n"
                            "{{#custom.vip_level}}<p>As a {{custom.vip_level}} member you get "
                            "20% off.</p>{{/custom.vip_level}}\n"
                            "<p>Our shop in {{city|your city}} is open from 9 to 18 every day. "
                            "Come and see the new collection; bring a friend.</p>\n"
                            "<p>Kind regards,<br>{{owner}}</p></body></html>"),
             QStringLiteral("Dear {{name|customer}},\n{{#custom.vip_level}}\nAs a "
                            "{{custom.vip_level}} member you get 20% off.\n{{/custom.vip_level}}\n"
                            "Our shop in {{city|your city}} is open from 9 to 18 every day.\n"
                            "Kind regards,\n{{owner}}\n")});
        QVERIFY(compiled.ok());
        const int count = qEnvironmentVariableIntValue("RAPPORT_TEMPLATE_RENDERS") > 0
                              ? qEnvironmentVariableIntValue("RAPPORT_TEMPLATE_RENDERS")
                              : 10000;
        MergeFields fields = mergeFields({"name=张伟", "company=Acme", "city=上海", "owner=Li",
                                          "email=x@example.com", "phone=1", "code=C1"});
        QElapsedTimer timer;
        timer.start();
        qsizetype bytes = 0;
        for (int i = 0; i < count; ++i) {
            fields.insert(QStringLiteral("custom.vip_level"),
                          i % 2 ? QStringLiteral("gold") : QString());
            bytes += compiled->render(fields).html.size();
        }
        QVERIFY(bytes > 0);
        qDebug("%d renders (subject, HTML and text) in %lld ms", count,
               static_cast<long long>(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestMailTemplate)
#include "test_mailtemplate.moc"
