// libFuzzer harness for core/io's vCard reader and writer (built with -DRAPPORT_FUZZ=ON,
// see fuzz/CMakeLists.txt and the README). The input is read as UTF-8; whatever
// cards the reader accepts must be written as lines of at most 75 octets, read back
// to the same contacts, and written again to the same text.
#include "io/VCard.h"

#include <cstddef>
#include <cstdint>

namespace vcard = rapport::core::vcard;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

bool same(const vcard::Contact& a, const vcard::Contact& b)
{
    return a.formattedName == b.formattedName && a.familyName == b.familyName
           && a.givenName == b.givenName && a.organization == b.organization && a.emails == b.emails
           && a.phones == b.phones && a.address == b.address && a.note == b.note;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto contacts = vcard::read(text);
    if (!contacts) {
        check(!contacts.error().message.isEmpty());
        return 0;
    }
    qint64 lastLine = 0;
    for (const vcard::Contact& contact : *contacts) {
        check(contact.line > lastLine);
        lastLine = contact.line;
    }

    const QString written = vcard::write(*contacts);
    check(written.isEmpty() == contacts->isEmpty());
    check(written.isEmpty() || written.endsWith(QStringLiteral("\r\n")));
    for (const QString& line : written.split(QStringLiteral("\r\n"))) {
        const QByteArray utf8 = line.toUtf8();
        check(utf8.size() <= 75);
        check(!line.contains(QLatin1Char('\r')) && !line.contains(QLatin1Char('\n')));
    }

    const auto back = vcard::read(written);
    check(back.ok());
    check(back->size() == contacts->size());
    for (qsizetype i = 0; i < back->size(); ++i)
        check(same(back->at(i), contacts->at(i)));
    check(vcard::write(*back) == written);
    return 0;
}
