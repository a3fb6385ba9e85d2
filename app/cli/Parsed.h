#pragma once

#include <QCommandLineParser>
#include <QString>

#include <variant>

namespace rapport::cli {

// A usage error: the command line is wrong (exit status 2).
struct Usage
{
    QString message;
};

// What a command's option parser returns: its request, or the usage error.
template<typename T>
using Parsed = std::variant<T, Usage>;

// An option's value without surrounding spaces.
inline QString optionText(const QCommandLineParser& parser, const char* option)
{
    return parser.value(QString::fromLatin1(option)).trimmed();
}

} // namespace rapport::cli
