// libFuzzer harness for the small text parsers behind settings, saved views and
// command-line options (built with -DRAPPORT_FUZZ=ON, see fuzz/CMakeLists.txt).
// The first byte picks the parser, the rest is its input (UTF-8 text or JSON):
// the SMTP server URL, a saved view's spec and its filter, an import mapping
// file, custom-field values and the `custom` object, the stable keys of the
// import/export options, the import value parsers, and the search box's
// full-text expression. Whatever a parser accepts must survive its writer ->
// parser round trip; a search expression must always be valid FTS5 (a typed
// quote or operator must never become an SQL error).
#include "domain/CustomField.h"
#include "domain/Filter.h"
#include "domain/SavedView.h"
#include "export/ExportOptions.h"
#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"
#include "import/ImportSchema.h"
#include "import/RowCleaner.h"
#include "import/ValueParsers.h"
#include "io/TextEncoding.h"
#include "mail/SmtpTransport.h"
#include "storage/SearchText.h"
#include "value/TransactionFile.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace core = rapport::core;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QJsonObject jsonObject(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

void smtpUrl(const QString& text)
{
    core::mail::SmtpSettings settings;
    if (!core::mail::SmtpSettings::fromUrl(text, settings))
        return;
    check(!settings.host.isEmpty());
    check(settings.port >= 1 && settings.port <= 65535);
    // url() is what libcurl gets: it must name the same server.
    core::mail::SmtpSettings back;
    check(core::mail::SmtpSettings::fromUrl(settings.url(), back));
    check(back.host == settings.host);
    check(back.port == settings.port);
}

void savedView(const QByteArray& bytes)
{
    core::SavedView view;
    if (!core::savedViewSpecFromJson(jsonObject(bytes), view))
        return;
    core::SavedView back;
    check(core::savedViewSpecFromJson(core::savedViewSpecToJson(view), back));
    check(back.columns == view.columns);
    check(back.sortKey == view.sortKey);
    check(back.descending == view.descending);
    check(back.search == view.search);
    check(back.filter == view.filter);
}

void filter(const QByteArray& bytes)
{
    const auto group = core::filterFromJson(jsonObject(bytes));
    if (!group)
        return;
    const auto back = core::filterFromJson(core::filterToJson(*group));
    check(back.has_value());
    check(*back == *group);
}

void columnMapping(const QByteArray& bytes)
{
    const QJsonObject object = jsonObject(bytes);
    // The file's columns: those the mapping names, plus one it leaves out.
    QStringList headers = object.keys();
    headers << QStringLiteral("unmapped column");
    for (const auto entity : {core::import::Entity::Customers, core::import::Entity::Companies,
                              core::import::Entity::Products, core::import::Entity::Orders}) {
        auto mapping = core::import::ColumnMapping::fromJson(entity, headers, object);
        if (!mapping) {
            check(!mapping.error().message.isEmpty());
            continue;
        }
        check(mapping->columnCount() == headers.size());
        auto back =
            core::import::ColumnMapping::fromJson(entity, headers, mapping->toJson(headers));
        check(back.ok());
        for (int c = 0; c < headers.size(); ++c)
            check(back->fieldAt(c) == mapping->fieldAt(c));
    }
}

void customValues(const QString& text, const QByteArray& bytes)
{
    (void)core::customfields::parseObject(QString::fromUtf8(bytes));
    core::CustomFieldDef def;
    def.key = QStringLiteral("fuzzed");
    def.label = QStringLiteral("Fuzzed");
    def.choices = {QStringLiteral("Gold"), QStringLiteral("银卡"), QStringLiteral("a;b")};
    for (int t = 0; t <= static_cast<int>(core::CustomFieldType::Phone); ++t) {
        def.type = static_cast<core::CustomFieldType>(t);
        auto value = core::customfields::parseText(def, text);
        if (!value)
            continue;
        // What parseText accepts is a valid stored value of the type.
        check(core::customfields::checkValue(def, *value).ok());
        (void)core::customfields::displayText(def, *value);
    }
}

template<typename Parse, typename Write>
void keyRoundTrip(const QString& text, Parse parse, Write write)
{
    auto parsed = parse(text);
    if (!parsed)
        return;
    auto again = parse(write(*parsed));
    check(static_cast<bool>(again));
    check(*again == *parsed);
}

void optionKeys(const QString& text)
{
    namespace imp = core::import;
    const auto ok = [](auto result) {
        return result ? std::optional(*result) : std::nullopt;
    };
    keyRoundTrip(
        text, [&](const QString& t) { return ok(core::exporting::parseKindKey(t)); },
        core::exporting::kindKey);
    keyRoundTrip(
        text, [&](const QString& t) { return ok(core::exporting::parseEncodingKey(t)); },
        core::exporting::encodingKey);
    keyRoundTrip(
        text, [&](const QString& t) { return ok(core::csv::parseEncodingKey(t)); },
        [](core::csv::Encoding e) { return core::csv::encodingKey(e); });
    keyRoundTrip(
        text, [&](const QString& t) { return ok(imp::parseOnDuplicateKey(t)); },
        imp::onDuplicateKey);
    keyRoundTrip(
        text, [&](const QString& t) { return ok(imp::parseUpdateModeKey(t)); }, imp::updateModeKey);
    keyRoundTrip(
        text, [&](const QString& t) { return ok(imp::parseEntityKey(t)); }, imp::entityKey);
    keyRoundTrip(
        text, [&](const QString& t) { return ok(core::parse::parseDateOrderKey(t)); },
        core::parse::dateOrderKey);
    keyRoundTrip(text, core::filterOpFromKey, core::filterOpKey);
    keyRoundTrip(text, core::customFieldTypeFromKey, core::customFieldTypeKey);
    (void)imp::parseStatus(text);
}

void valueParsers(const QString& text)
{
    namespace parse = core::parse;
    (void)parse::singleLine(text);
    (void)parse::multiLine(text);
    (void)parse::email(text);
    (void)parse::yesNo(text);
    (void)parse::detectNumberStyle({text, text});
    (void)parse::detectDateOrder({text});
    for (const auto style : {parse::NumberStyle::DotDecimal, parse::NumberStyle::CommaDecimal}) {
        (void)parse::decimal(text, style);
        (void)parse::integer(text, style);
        (void)parse::money(text, style);
        (void)parse::money(text, style, 0);
    }
    for (const auto order : {parse::DateOrder::Auto, parse::DateOrder::Ymd, parse::DateOrder::Dmy,
                             parse::DateOrder::Mdy}) {
        if (auto date = parse::date(text, order))
            check(date->isValid());
        (void)parse::dateTime(text, order);
    }
    if (text.size() < 64) { // libphonenumber: keep each run fast
        (void)parse::phone(text, QStringLiteral("CN"));
        (void)parse::checkedPhone(text, QStringLiteral("US"));
    }
    (void)core::value::parseTransactionDate(text);
}

// One in-memory FTS5 table shaped like customers_fts (migration 0002).
sqlite3_stmt* ftsQuery()
{
    static sqlite3_stmt* statement = [] {
        sqlite3* db = nullptr;
        check(sqlite3_open(":memory:", &db) == SQLITE_OK);
        check(sqlite3_exec(db,
                           "CREATE VIRTUAL TABLE f USING fts5(name_text, other_text, "
                           "content = '', prefix = '1 2 3', "
                           "tokenize = 'unicode61 remove_diacritics 2')",
                           nullptr, nullptr, nullptr)
              == SQLITE_OK);
        sqlite3_stmt* s = nullptr;
        check(sqlite3_prepare_v2(db, "SELECT count(*) FROM f WHERE f MATCH ?", -1, &s, nullptr)
              == SQLITE_OK);
        return s;
    }();
    return statement;
}

void searchText(const QString& text)
{
    const QString match = core::search::matchExpression(text);
    (void)core::search::indexText(text, text, text, text, text);
    if (match.isEmpty())
        return;
    sqlite3_stmt* q = ftsQuery();
    const QByteArray utf8 = match.toUtf8();
    sqlite3_reset(q);
    check(sqlite3_bind_text(q, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT)
          == SQLITE_OK);
    const int rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        // The expression came from a user's text: it must never be a syntax error.
        fprintf(stderr, "FTS5 rejected \"%s\": %s\n", utf8.constData(),
                sqlite3_errmsg(sqlite3_db_handle(q)));
        check(false);
    }
    sqlite3_reset(q);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);
    switch (data[0] % 8) {
    case 0:
        smtpUrl(text);
        break;
    case 1:
        savedView(bytes);
        break;
    case 2:
        filter(bytes);
        break;
    case 3:
        columnMapping(bytes);
        break;
    case 4:
        customValues(text, bytes);
        break;
    case 5:
        optionKeys(text);
        break;
    case 6:
        valueParsers(text);
        break;
    default:
        searchText(text);
        break;
    }
    return 0;
}
