// libFuzzer harness for the mail-merge templates (core/mail/MailTemplate; built
// with -DRAPPORT_FUZZ=ON, see fuzz/CMakeLists.txt). The input is split at the
// first two NUL bytes into subject, HTML body and text body, as a user could
// type them. A template that compiles is rendered for recipients whose values
// carry markup, mustache tags and line breaks, and checked: rendering must be
// repeatable, a copy must render the same, the subject must stay on one line,
// and every error must name the part it is about.
#include "mail/MailTemplate.h"

#include <cstddef>
#include <cstdint>

namespace mail = rapport::core::mail;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

mail::MailTemplate split(const QByteArray& bytes)
{
    const QList<QByteArray> parts = bytes.split('\0');
    mail::MailTemplate t;
    t.subject = QString::fromUtf8(parts.value(0));
    t.html = QString::fromUtf8(parts.value(1));
    // Anything after a third NUL stays in the text body.
    for (qsizetype i = 2; i < parts.size(); ++i)
        t.text += (i > 2 ? QStringLiteral("\n") : QString()) + QString::fromUtf8(parts[i]);
    return t;
}

QList<mail::MergeFields> recipients(const mail::CompiledTemplate& compiled)
{
    mail::MergeFields full;
    mail::MergeFields empty;
    mail::MergeFields hostile;
    for (const QString& name : mail::standardMergeFields()) {
        full.insert(name, QStringLiteral("Zhang Wei 张伟"));
        empty.insert(name, QString());
        hostile.insert(name, QStringLiteral("<b>&amp;</b> {{name}}\r\n\"'"));
    }
    for (const mail::FieldUse& use : compiled.fields()) {
        full.insert(use.field, QStringLiteral("value of ") + use.field);
        empty.insert(use.field, QStringLiteral("  "));
        hostile.insert(use.field, QStringLiteral("{{#x}}<i>\n</i>{{/x}}"));
    }
    return {full, empty, hostile};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const mail::MailTemplate source =
        split(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    auto compiled = mail::CompiledTemplate::compile(source);
    if (!compiled) {
        const QString& part = compiled.error().field;
        check(part == QLatin1String("subject") || part == QLatin1String("html")
              || part == QLatin1String("text"));
        check(!compiled.error().message.isEmpty());
        return 0;
    }
    check(compiled->source() == source);
    for (const mail::FieldUse& use : compiled->fields()) {
        check(!use.field.isEmpty());
        check(use.part == QLatin1String("subject") || use.part == QLatin1String("html")
              || use.part == QLatin1String("text"));
    }

    const QList<mail::MergeFields> people = recipients(*compiled);
    const mail::CompiledTemplate copy = *compiled;
    for (const mail::MergeFields& fields : people) {
        const mail::RenderedMail once = compiled->render(fields);
        const mail::RenderedMail twice = compiled->render(fields);
        const mail::RenderedMail copied = copy.render(fields);
        check(once.subject == twice.subject && once.html == twice.html && once.text == twice.text);
        check(once.subject == copied.subject && once.html == copied.html
              && once.text == copied.text);
        if (!source.subject.contains(QLatin1Char('\n'))
            && !source.subject.contains(QLatin1Char('\r')))
            check(!once.subject.contains(QLatin1Char('\n'))
                  && !once.subject.contains(QLatin1Char('\r')));
    }

    const QStringList known = mail::standardMergeFields();
    const QList<mail::FieldProblem> problems = compiled->check(known, people);
    for (const mail::FieldProblem& problem : problems) {
        check(problem.recipient >= -1 && problem.recipient < people.size());
        check(!problem.emptyFields.isEmpty() || !problem.unknownFields.isEmpty());
    }
    return 0;
}
