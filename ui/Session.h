#pragma once

#include "common/Result.h"
#include "storage/ChangeHub.h"
#include "storage/Database.h"

#include <QSqlDatabase>

#include <memory>

namespace rapport::ui {

// One open database as the GUI sees it: the core Database (connection of the
// GUI thread) plus the ChangeHub every repository announces its writes on, so
// all models and panes of this window hear every change (house style H9).
class Session
{
public:
    static core::Result<std::unique_ptr<Session>> open(const QString& path);
    explicit Session(core::Database database);

    QSqlDatabase connection() const { return m_database.connection(); }
    core::ChangeHub* hub() const { return m_hub.get(); }
    const core::Database& database() const { return m_database; }
    QString path() const { return m_database.path(); }

private:
    core::Database m_database;
    std::unique_ptr<core::ChangeHub> m_hub;
};

} // namespace rapport::ui
