#include "TempDatabase.h"

namespace rapport::testing {

TempDatabase::TempDatabase()
{
    auto opened = core::Database::open(path());
    if (opened)
        m_db = std::make_unique<core::Database>(std::move(opened).value());
    else
        m_error = opened.error().message;
}

QString TempDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("rapport.db"));
}

} // namespace rapport::testing
