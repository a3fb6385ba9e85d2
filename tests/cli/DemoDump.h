#pragma once

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace rapport::testing {

// Every row of the tables the demo generator writes, in id order, as one hash:
// two databases with the same hash hold the same data, uuids and stamps included.
inline QByteArray dumpHash(const QSqlDatabase& db, QString* error = nullptr)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = {QStringLiteral("companies"), QStringLiteral("products"),
                                QStringLiteral("customers"), QStringLiteral("orders"),
                                QStringLiteral("order_lines")};
    for (const QString& table : tables) {
        QSqlQuery q(db);
        // The table names are ours (the list above), not input.
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            if (error)
                *error = q.lastQuery();
            return {};
        }
        hash.addData(table.toUtf8());
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(record.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace rapport::testing
