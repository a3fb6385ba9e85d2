#include "Session.h"

namespace rapport::ui {

core::Result<std::unique_ptr<Session>> Session::open(const QString& path)
{
    auto opened = core::Database::open(path);
    if (!opened)
        return opened.error();
    return std::make_unique<Session>(std::move(opened).value());
}

Session::Session(core::Database database)
    : m_database(std::move(database))
    , m_hub(std::make_unique<core::ChangeHub>())
{}

} // namespace rapport::ui
