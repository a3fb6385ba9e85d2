#include "mail/MailTemplate.h"

#include <QCoreApplication>
#include <QSet>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::core::mail {

namespace {

// User-visible messages, translated in the "rapport::core::mail::MailTemplate" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::mail::MailTemplate)
};

using Mustache = kainjow::mustache::mustache;
using Data = kainjow::mustache::data;
using DataMap = std::unordered_map<std::string, Data>;

enum class PartKind { Subject, Html, Text };

QString partKey(PartKind part)
{
    switch (part) {
    case PartKind::Subject:
        return QStringLiteral("subject");
    case PartKind::Html:
        return QStringLiteral("html");
    case PartKind::Text:
        break;
    }
    return QStringLiteral("text");
}

QString partName(PartKind part)
{
    switch (part) {
    case PartKind::Subject:
        return Text::tr("Subject");
    case PartKind::Html:
        return Text::tr("HTML body");
    case PartKind::Text:
        break;
    }
    return Text::tr("Text body");
}

// One place where a field appears in a part.
struct Use
{
    QString field;
    bool output = false;     // {{field}} / {{{field}}}, not a section name
    bool hasDefault = false; // {{field|default}}
    bool guarded = false;    // inside {{#field}}…{{/field}} of the same field: never empty
};

// A part after our scan: the text kainjow parses, and what it uses.
struct ScannedPart
{
    std::string mustache;
    QList<Use> uses;
};

// "name", "custom.vip_level": the same alphabet as custom field keys, so a field
// name is also a safe kainjow tag name (no spaces, dots only after "custom").
bool isFieldName(QStringView name)
{
    if (name.startsWith(u"custom."))
        name = name.mid(7);
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

int lineOf(const QString& source, qsizetype offset)
{
    return int(QStringView(source).left(offset).count(u'\n')) + 1;
}

// A merge value that is empty or only white space counts as missing everywhere
// (sections, defaults, check()), so a stray space from an import does not
// produce "Dear  ," instead of the default.
bool isBlank(const QString& value)
{
    return value.trimmed().isEmpty();
}

// Reads one part, checks its syntax with line numbers (kainjow's own errors
// only give byte offsets and accept things we do not want in mail), and writes
// the text kainjow compiles: tags normalised, comments dropped, and each
// {{field|default}} rewritten as a section pair. The default is not put into
// the template text but referenced as a constant "|N" value (a name no field
// can have), so whatever the default contains stays literal: a trailing '{' or
// a '}' cannot merge with the tags around it.
class PartScanner
{
public:
    PartScanner(PartKind part, const QString& source, DataMap& defaults)
        : m_part(part)
        , m_source(source)
        , m_defaults(defaults)
    {}

    Result<ScannedPart> scan()
    {
        qsizetype pos = 0;
        while (true) {
            const qsizetype start = m_source.indexOf(QLatin1String("{{"), pos);
            if (start < 0) {
                append(QStringView(m_source).mid(pos));
                break;
            }
            append(QStringView(m_source).mid(pos, start - pos));
            // As kainjow does: "{{{" opens a raw tag closed by "}}}".
            const bool triple = start + 2 < m_source.size() && m_source.at(start + 2) == u'{';
            const qsizetype contentStart = start + (triple ? 3 : 2);
            const QLatin1String close = triple ? QLatin1String("}}}") : QLatin1String("}}");
            const qsizetype end = m_source.indexOf(close, contentStart);
            const QString raw =
                end < 0 ? QString() : m_source.mid(contentStart, end - contentStart);
            // "{{name {{x}}": the first tag was never closed. A "{{" after a
            // '|' is a default that contains "{{", reported as such below.
            const qsizetype inner = raw.indexOf(QLatin1String("{{"));
            const qsizetype bar = raw.indexOf(u'|');
            if (end < 0 || (inner >= 0 && (bar < 0 || inner < bar)))
                return fail(Text::tr("%1, line %2: a tag opened with {{ is not closed")
                                .arg(partName(m_part), QString::number(lineAt(start))));
            pos = end + close.size();
            const QString content = raw.trimmed();
            const bool block =
                !triple && !content.isEmpty() && QStringLiteral("#^/!").contains(content.at(0));
            if (block)
                pos = dropStandaloneLine(start, pos);
            if (auto status = tag(start, content, triple); !status)
                return status.error();
        }
        if (!m_open.isEmpty()) {
            const Open& open = m_open.constLast();
            return fail(Text::tr("%1, line %2: the section {{%3%4}} is not closed")
                            .arg(partName(m_part), QString::number(lineAt(open.at)),
                                 open.inverted ? QStringLiteral("^") : QStringLiteral("#"),
                                 open.name));
        }
        return std::move(m_out);
    }

private:
    struct Open
    {
        QString name;
        qsizetype at;
        bool inverted;
    };

    // The mustache spec's standalone lines, which kainjow 4.1 gets wrong for a
    // section that is not shown (it keeps the line break of "{{#vip}}\n", so an
    // empty section leaves a blank line in the text body): a section or comment
    // tag alone on its line takes the line's indentation and line break with it.
    // Returns where scanning continues.
    qsizetype dropStandaloneLine(qsizetype tagStart, qsizetype tagEnd)
    {
        qsizetype lineStart = tagStart;
        while (lineStart > 0 && isBlankChar(m_source.at(lineStart - 1)))
            --lineStart;
        if (lineStart > 0 && m_source.at(lineStart - 1) != u'\n')
            return tagEnd;
        qsizetype lineEnd = tagEnd;
        while (lineEnd < m_source.size() && isBlankChar(m_source.at(lineEnd)))
            ++lineEnd;
        if (m_source.mid(lineEnd, 2) == QLatin1String("\r\n"))
            lineEnd += 2;
        else if (lineEnd < m_source.size() && m_source.at(lineEnd) == u'\n')
            ++lineEnd;
        else if (lineEnd < m_source.size())
            return tagEnd;
        // The indentation was copied as text just before: ASCII, one byte each.
        m_out.mustache.resize(m_out.mustache.size() - std::size_t(tagStart - lineStart));
        return lineEnd;
    }

    static bool isBlankChar(QChar c) { return c == u' ' || c == u'\t'; }

    int lineAt(qsizetype offset) const { return lineOf(m_source, offset); }

    Error fail(QString message) const
    {
        return Error::validation(partKey(m_part), std::move(message));
    }

    void append(QStringView text) { m_out.mustache += text.toUtf8().toStdString(); }
    void write(const QString& text) { m_out.mustache += text.toStdString(); }

    Status tag(qsizetype at, const QString& content, bool triple)
    {
        const QString line = QString::number(lineAt(at));
        if (triple)
            return variable(at, content, true);
        const QChar sigil = content.isEmpty() ? QChar() : content.at(0);
        const QString rest = content.mid(1).trimmed();
        if (sigil == u'!')
            return {}; // a comment: nothing to render
        if (sigil == u'>')
            return fail(Text::tr("%1, line %2: partials such as {{> %3}} cannot be used in an "
                                 "e-mail template")
                            .arg(partName(m_part), line, rest));
        if (sigil == u'=')
            return fail(Text::tr("%1, line %2: changing the delimiters with {{=…=}} is not "
                                 "supported in an e-mail template")
                            .arg(partName(m_part), line));
        if (sigil == u'&')
            return variable(at, rest, true);
        if (sigil == u'#' || sigil == u'^') {
            if (!isFieldName(rest))
                return notAField(at, rest);
            m_open.append({rest, at, sigil == u'^'});
            m_out.uses.append({rest, false, false, false});
            write(QStringLiteral("{{") + sigil + rest + QStringLiteral("}}"));
            return {};
        }
        if (sigil == u'/') {
            if (!isFieldName(rest))
                return notAField(at, rest);
            if (m_open.isEmpty())
                return fail(Text::tr("%1, line %2: {{/%3}} closes a section that was not opened")
                                .arg(partName(m_part), line, rest));
            const Open open = m_open.takeLast();
            if (open.name != rest)
                return fail(Text::tr("%1, line %2: {{/%3}} does not match {{%4%5}} opened on "
                                     "line %6")
                                .arg(partName(m_part), line, rest,
                                     open.inverted ? QStringLiteral("^") : QStringLiteral("#"),
                                     open.name, QString::number(lineAt(open.at))));
            write(QStringLiteral("{{/") + rest + QStringLiteral("}}"));
            return {};
        }
        return variable(at, content, false);
    }

    Status notAField(qsizetype at, const QString& name) const
    {
        return fail(Text::tr("%1, line %2: “%3” is not a field name: use lower-case letters, "
                             "digits and _, or custom. and a custom field key")
                        .arg(partName(m_part), QString::number(lineAt(at)), name));
    }

    Status variable(qsizetype at, const QString& spec, bool raw)
    {
        const qsizetype bar = spec.indexOf(u'|');
        const QString name = (bar < 0 ? spec : spec.left(bar)).trimmed();
        if (!isFieldName(name))
            return notAField(at, name.isEmpty() ? spec : name);
        const QString open = raw ? QStringLiteral("{{{") : QStringLiteral("{{");
        const QString close = raw ? QStringLiteral("}}}") : QStringLiteral("}}");
        bool guarded = false;
        for (const Open& o : std::as_const(m_open))
            guarded = guarded || (!o.inverted && o.name == name);
        if (bar < 0) {
            m_out.uses.append({name, true, false, guarded});
            write(open + name + close);
            return {};
        }
        const QString fallback = spec.mid(bar + 1).trimmed();
        if (fallback.contains(QLatin1String("{{")) || fallback.contains(QLatin1String("}}")))
            return fail(Text::tr("%1, line %2: the default of {{%3}} cannot contain {{ or }}")
                            .arg(partName(m_part), QString::number(lineAt(at)), name));
        const std::string key = "|" + std::to_string(m_defaults.size());
        m_defaults.emplace(key, Data(fallback.toStdString()));
        m_out.uses.append({name, true, true, guarded});
        write(QStringLiteral("{{#") + name + QStringLiteral("}}") + open + name + close
              + QStringLiteral("{{/") + name + QStringLiteral("}}{{^") + name
              + QStringLiteral("}}"));
        m_out.mustache += "{{{" + key + "}}}";
        write(QStringLiteral("{{/") + name + QStringLiteral("}}"));
        return {};
    }

    PartKind m_part;
    const QString& m_source;
    DataMap& m_defaults;
    QList<Open> m_open;
    ScannedPart m_out;
};

// kainjow's lookup context, replaced so a dotted name such as "custom.vip_level"
// is one key in a flat map (the default context would split it and walk nested
// objects), and so a render builds no nested data. Sections push the section's
// value; our names never resolve against it (no lists or objects in mail
// data), so lookups ignore the stack.
class MergeContext final : public kainjow::mustache::basic_context<std::string>
{
public:
    MergeContext(const DataMap& values, const DataMap& defaults)
        : m_values(values)
        , m_defaults(defaults)
    {}

    void push(const Data* data) override { m_stack.push_back(data); }
    void pop() override { m_stack.pop_back(); }

    const Data* get(const std::string& name) const override
    {
        if (auto it = m_values.find(name); it != m_values.end())
            return &it->second;
        if (auto it = m_defaults.find(name); it != m_defaults.end())
            return &it->second;
        return nullptr;
    }
    const Data* get_partial(const std::string&) const override { return nullptr; }

private:
    const DataMap& m_values;
    const DataMap& m_defaults;
    std::vector<const Data*> m_stack;
};

// A subject is one header line: a merge value holding a line break must not
// start a new header (the MIME builder guards too).
QString collapseLineBreaks(const QString& subject)
{
    QString out;
    out.reserve(subject.size());
    bool inBreak = false;
    for (QChar c : subject) {
        const bool isBreak = c == u'\r' || c == u'\n';
        if (isBreak && !inBreak)
            out += u' ';
        else if (!isBreak)
            out += c;
        inBreak = isBreak;
    }
    return out.trimmed();
}

} // namespace

struct CompiledTemplate::Impl
{
    MailTemplate source;
    DataMap defaults;
    std::vector<Mustache> parts; // subject, html, text
    QList<FieldUse> fields;
    QStringList allFields;             // every field once, in order of appearance
    QStringList needsValue;            // fields some part prints without default or guard
    std::vector<std::string> usedKeys; // allFields in UTF-8, for building render data
};

CompiledTemplate::CompiledTemplate() = default;
CompiledTemplate::CompiledTemplate(const CompiledTemplate& other)
    : d(std::make_unique<Impl>(*other.d))
{}
CompiledTemplate& CompiledTemplate::operator=(const CompiledTemplate& other)
{
    // kainjow's data has no copy assignment: copy-construct a new Impl instead.
    if (this != &other)
        d = std::make_unique<Impl>(*other.d);
    return *this;
}
CompiledTemplate::CompiledTemplate(CompiledTemplate&&) noexcept = default;
CompiledTemplate& CompiledTemplate::operator=(CompiledTemplate&&) noexcept = default;
CompiledTemplate::~CompiledTemplate() = default;

Result<CompiledTemplate> CompiledTemplate::compile(const MailTemplate& mailTemplate)
{
    CompiledTemplate compiled;
    compiled.d = std::make_unique<Impl>();
    Impl& impl = *compiled.d;
    impl.source = mailTemplate;
    const std::pair<PartKind, const QString*> parts[] = {{PartKind::Subject, &impl.source.subject},
                                                         {PartKind::Html, &impl.source.html},
                                                         {PartKind::Text, &impl.source.text}};
    QSet<QString> seen;
    QSet<QString> needy;
    for (const auto& [kind, text] : parts) {
        Result<ScannedPart> scanned = PartScanner(kind, *text, impl.defaults).scan();
        if (!scanned)
            return scanned.error();
        Mustache mustache(scanned->mustache);
        if (!mustache.is_valid()) // our scan should have caught it: report it all the same
            return Error::validation(
                partKey(kind),
                Text::tr("%1: %2").arg(partName(kind),
                                       QString::fromStdString(mustache.error_message())));
        if (kind != PartKind::Html)
            mustache.set_custom_escape([](const std::string& s) { return s; });
        impl.parts.push_back(std::move(mustache));

        // Per part: each field once, with flags summarised over its uses.
        QList<FieldUse> partFields;
        for (const Use& use : std::as_const(scanned->uses)) {
            auto it = std::find_if(partFields.begin(), partFields.end(),
                                   [&](const FieldUse& f) { return f.field == use.field; });
            if (it == partFields.end()) {
                partFields.append(
                    {use.field, partKey(kind), use.output && use.hasDefault, !use.output});
            } else if (use.output) {
                it->hasDefault = (it->onlyInCondition || it->hasDefault) && use.hasDefault;
                it->onlyInCondition = false;
            }
            if (use.output && !use.hasDefault && !use.guarded && !needy.contains(use.field)) {
                needy.insert(use.field);
                impl.needsValue.append(use.field);
            }
            if (!seen.contains(use.field)) {
                seen.insert(use.field);
                impl.allFields.append(use.field);
                impl.usedKeys.push_back(use.field.toStdString());
            }
        }
        impl.fields += partFields;
    }
    return compiled;
}

const MailTemplate& CompiledTemplate::source() const
{
    return d->source;
}

QList<FieldUse> CompiledTemplate::fields() const
{
    return d->fields;
}

RenderedMail CompiledTemplate::render(const MergeFields& fields) const
{
    // Only the fields the template uses, so a database with many custom fields
    // costs nothing extra per recipient. A blank value is `false` for kainjow:
    // an empty string would still open a {{#section}}.
    DataMap values;
    values.reserve(d->usedKeys.size());
    for (qsizetype i = 0; i < d->allFields.size(); ++i) {
        const auto it = fields.constFind(d->allFields.at(i));
        if (it == fields.constEnd() || isBlank(*it))
            values.emplace(d->usedKeys[std::size_t(i)], Data(false));
        else
            values.emplace(d->usedKeys[std::size_t(i)], Data(it->toStdString()));
    }
    // kainjow's render() is not const, but for templates without lambdas and
    // partials (ours) it only reads the parsed tree.
    const auto renderPart = [&](std::size_t part) {
        MergeContext context(values, d->defaults);
        return QString::fromStdString(d->parts[part].render(context));
    };
    RenderedMail mail;
    mail.subject = collapseLineBreaks(renderPart(0));
    mail.html = renderPart(1);
    mail.text = renderPart(2);
    return mail;
}

QList<FieldProblem> CompiledTemplate::check(const QStringList& known,
                                            const QList<MergeFields>& recipients) const
{
    QList<FieldProblem> problems;
    const QSet<QString> knownSet(known.cbegin(), known.cend());
    QStringList unknown;
    for (const QString& field : std::as_const(d->allFields)) {
        if (!knownSet.contains(field))
            unknown.append(field);
    }
    if (!unknown.isEmpty())
        problems.append({-1, {}, unknown});

    QStringList needed;
    for (const QString& field : std::as_const(d->needsValue)) {
        if (knownSet.contains(field))
            needed.append(field);
    }
    if (needed.isEmpty())
        return problems;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QStringList empty;
        for (const QString& field : std::as_const(needed)) {
            if (isBlank(recipients.at(i).value(field)))
                empty.append(field);
        }
        if (!empty.isEmpty())
            problems.append({int(i), empty, {}});
    }
    return problems;
}

QStringList standardMergeFields()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("company"),
            QStringLiteral("city"), QStringLiteral("phone"), QStringLiteral("owner"),
            QStringLiteral("code")};
}

} // namespace rapport::core::mail
