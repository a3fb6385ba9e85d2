#include "insights/TargetListExport.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"

#include <QSaveFile>

namespace rapport::ui {

core::Status TargetListExport::write(const QString& path, const QList<core::Customer>& customers)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::make(core::Error::Code::Io,
                                 tr("Could not write “%1”: %2").arg(path, file.errorString()));
    core::csv::WriterOptions options;
    options.encoding = core::csv::OutputEncoding::Utf8Bom;
    {
        core::csv::CsvWriter writer(&file, options);
        core::Status status = writer.writeRecord(
            {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")});
        for (const core::Customer& customer : customers) {
            if (!status)
                break;
            status = writer.writeRecord({core::formula::neutralize(customer.name),
                                         core::formula::neutralize(customer.email),
                                         core::formula::neutralize(customer.phone)});
        }
        if (status)
            status = writer.flush();
        if (!status) {
            file.cancelWriting();
            return status;
        }
    }
    if (!file.commit())
        return core::Error::make(core::Error::Code::Io,
                                 tr("Could not write “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace rapport::ui
