#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rapport::core::mail {

// What a user writes: a subject, an HTML body and a plain-text body, with
// mustache merge fields:
//   {{name}}  {{company}}  {{custom.vip_level}}     a field (HTML-escaped in the HTML body)
//   {{name|there}}                                   the field, or "there" when it is empty
//   {{#custom.vip_level}}…{{/custom.vip_level}}      shown only when the field is not empty
//   {{^company}}…{{/company}}                        shown only when it is empty
//   {{{name}}}  {{& name}}                           the field, not escaped (the user's choice)
//   {{! a note }}                                    a comment, not sent
// The subject and the text body are never HTML-escaped; the subject is one line
// (line breaks from merge values become spaces). A default is template text,
// written as typed (not escaped), and cannot contain "{{" or "}}". A value of
// only white space counts as empty everywhere. Partials ({{> x}}) and
// delimiter changes ({{=<% %>=}}) are refused.
struct MailTemplate
{
    QString subject;
    QString html;
    QString text;

    friend bool operator==(const MailTemplate&, const MailTemplate&) = default;
};

// One recipient's merge fields by name ("name", "email", "company", "city",
// "phone", "owner", "code", "custom.<key>"): every known field is present,
// empty when the customer has no value.
using MergeFields = QHash<QString, QString>;

struct RenderedMail
{
    QString subject;
    QString html;
    QString text;
};

// Where a merge field is used and whether it has a default.
struct FieldUse
{
    QString field;        // "custom.vip_level"
    QString part;         // "subject", "html" or "text"
    bool hasDefault;      // {{field|default}}
    bool onlyInCondition; // used only as a {{#field}} / {{^field}} section name
};

// A recipient who would get a broken message: fields that would come out empty
// (used outside a condition and without a default) or that do not exist.
struct FieldProblem
{
    int recipient;             // index into the list given to check(); -1: all of them
    QStringList emptyFields;   // known fields with no value for this recipient
    QStringList unknownFields; // not a field at all (a typo such as {{nmae}})
};

// A template parsed once, rendered per recipient. Parsing errors name the part
// and the position: "HTML body, line 3: the section {{#vip}} is not closed"
// (Error::Code::Validation, error.field "subject", "html" or "text").
// render() reads shared parse state that kainjow does not mark const: give each
// thread its own copy (copies are cheap) rather than one object to several.
class CompiledTemplate
{
public:
    static Result<CompiledTemplate> compile(const MailTemplate& mailTemplate);

    const MailTemplate& source() const;
    QList<FieldUse> fields() const; // each field once per part, in order of appearance

    RenderedMail render(const MergeFields& fields) const;

    // The fields every recipient would need: `known` lists the names that exist
    // (the standard ones and this database's custom fields). Unknown fields
    // come first, once, as a problem with recipient -1; then one entry per
    // recipient that would get an empty field (only recipients with a problem).
    // {{field}} inside its own {{#field}} section cannot come out empty.
    QList<FieldProblem> check(const QStringList& known, const QList<MergeFields>& recipients) const;

    CompiledTemplate(const CompiledTemplate&);
    CompiledTemplate& operator=(const CompiledTemplate&);
    CompiledTemplate(CompiledTemplate&&) noexcept;
    CompiledTemplate& operator=(CompiledTemplate&&) noexcept;
    ~CompiledTemplate();

private:
    CompiledTemplate();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The standard field names, in the order an editor offers them.
QStringList standardMergeFields();

} // namespace rapport::core::mail
