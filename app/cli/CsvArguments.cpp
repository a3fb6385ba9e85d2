#include "CsvArguments.h"

namespace rapport::cli {

core::Result<QChar> parseDelimiter(const QString& text, bool allowAuto)
{
    if (allowAuto && text == QLatin1String("auto"))
        return QChar();
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && QStringLiteral(",;|").contains(text))
        return text.at(0);
    return core::Error::make(core::Error::Code::InvalidArgument,
                             allowAuto
                                 ? QStringLiteral("--delimiter must be auto, ',', ';', '|' or tab")
                                 : QStringLiteral("--delimiter must be ',', ';', '|' or tab"));
}

QString delimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
}

} // namespace rapport::cli
