#pragma once

#include <QString>
#include <QVariantList>

namespace rapport::core {

// What went wrong, as a value the caller can show, log or test. Core never shows
// dialogs and never aborts; the UI and the CLI decide how to present this.
struct Error
{
    enum class Code {
        Io,              // a file or folder could not be read or written
        NotADatabase,    // the file is not an SQLite database, or is corrupt
        TooNew,          // written by a newer Rapport than this one
        ReadOnly,        // the file or its folder cannot be written
        Locked,          // another process holds the database
        Migration,       // a schema migration failed (the file was left as it was)
        Sql,             // a statement failed
        Validation,      // user input that cannot be stored
        Conflict,        // a value that must be unique is taken (a SKU, an order number)
        NotFound,        // the row does not exist (or was deleted)
        Cancelled,       // the user cancelled long work
        InvalidArgument, // a caller passed something meaningless
    };

    Code code = Code::Sql;
    QString message;     // one line, translated, for the user
    QString sql;         // the statement, when a statement failed
    QVariantList values; // its bound values
    QString field;       // for validation errors: the field key

    static Error make(Code code, QString message)
    {
        Error e;
        e.code = code;
        e.message = std::move(message);
        return e;
    }
    static Error validation(QString field, QString message)
    {
        Error e = make(Code::Validation, std::move(message));
        e.field = std::move(field);
        return e;
    }
};

} // namespace rapport::core
