#include "contacts/VCardTransfer.h"

#include "common/Clock.h"
#include "import/Importer.h"
#include "io/CsvWriter.h"
#include "io/VCard.h"
#include "storage/AuditLog.h"
#include "storage/CustomerRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace rapport::core::contacts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::contacts::VCardTransfer)
};

QString notesOf(const vcard::Contact& c)
{
    QStringList parts;
    if (!c.note.isEmpty())
        parts << c.note;
    if (c.emails.size() > 1)
        parts << Text::tr("Other e-mails: %1").arg(c.emails.mid(1).join(QStringLiteral(", ")));
    if (c.phones.size() > 1)
        parts << Text::tr("Other phones: %1").arg(c.phones.mid(1).join(QStringLiteral(", ")));
    return parts.join(u'\n');
}

} // namespace

Result<import::Report> importVCards(const QSqlDatabase& db, const QString& path,
                                    import::Options options, Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot read “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    // vCard 3.0 and 4.0 are UTF-8; old Chinese phones wrote GB18030 without saying so.
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QStringDecoder gb("GB18030");
            text = gb.decode(bytes);
        }
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    auto contacts = vcard::read(text);
    if (!contacts) {
        Error e = contacts.error();
        e.message = QDir::toNativeSeparators(path) + QStringLiteral(": ") + e.message;
        return e;
    }

    // The cards as a customers CSV, with the card's line for the rejected rows.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::make(Error::Code::Io, Text::tr("Cannot create a temporary folder."));
    const QString csvPath =
        scratch.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".csv"));
    {
        QFile csvFile(csvPath);
        if (!csvFile.open(QIODevice::WriteOnly))
            return Error::make(Error::Code::Io, csvFile.errorString());
        csv::CsvWriter writer(&csvFile);
        if (Status s = writer.writeRecord({QStringLiteral("name"), QStringLiteral("email"),
                                           QStringLiteral("phone"), QStringLiteral("company"),
                                           QStringLiteral("address"), QStringLiteral("notes"),
                                           Text::tr("vCard line")});
            !s)
            return s.error();
        for (const vcard::Contact& c : *contacts) {
            if (Status s = writer.writeRecord({c.formattedName, c.emails.value(0),
                                               c.phones.value(0), c.organization, c.address,
                                               notesOf(c), QString::number(c.line)});
                !s)
                return s.error();
        }
        if (Status s = writer.flush(); !s)
            return s.error();
    }
    if (options.errorsPath.isEmpty()) {
        const QFileInfo info(path);
        options.errorsPath =
            info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv"));
    }
    options.mapping.reset();
    options.mappingJson.reset();
    options.encoding = csv::Encoding::Utf8;
    options.delimiter = u',';
    auto report = import::Importer(db).run(csvPath, import::Entity::Customers, options, progress);
    if (report)
        report->layout.path = path;
    return report;
}

Result<VCardExportReport> exportVCards(const QSqlDatabase& db, const QString& path,
                                       Progress& progress)
{
    QList<vcard::Contact> contacts;
    Status read = CustomerRepository::forEachLive(db, [&](const Customer& c) {
        vcard::Contact contact;
        contact.formattedName = c.name;
        contact.organization = c.companyName;
        if (!c.email.isEmpty())
            contact.emails << c.email;
        if (!c.phone.isEmpty())
            contact.phones << c.phone;
        contact.address = c.address;
        contact.note = c.notes;
        contacts << contact;
        if ((contacts.size() & 0xfff) == 0)
            progress.report(contacts.size(), 0, Text::tr("Reading customers…"));
        return !progress.isCancelled();
    });
    if (!read)
        return read.error();
    if (progress.isCancelled())
        return Error::make(Error::Code::Cancelled, Text::tr("The export was cancelled."));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot write “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), out.errorString()));
    const QByteArray bytes = vcard::write(contacts).toUtf8();
    const auto writeError = [&] {
        return Error::make(Error::Code::Io,
                           Text::tr("Cannot write “%1”: %2")
                               .arg(QDir::toNativeSeparators(path), out.errorString()));
    };
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return writeError();
    }
    // The audit row and the file go together (see Exporter::exportTable).
    Transaction tx(db);
    if (!tx.begun()) {
        out.cancelWriting();
        return tx.begun().error();
    }
    if (Status s =
            AuditLog::recordExport(db, QStringLiteral("customers"), QFileInfo(path).fileName(),
                                   contacts.size(), toTimestamp(Clock::system().nowUtc()));
        !s) {
        out.cancelWriting();
        return s.error();
    }
    if (!out.commit())
        return writeError();
    if (Status s = tx.commit(); !s)
        return s.error();
    return VCardExportReport{static_cast<int>(contacts.size()), path};
}

} // namespace rapport::core::contacts
