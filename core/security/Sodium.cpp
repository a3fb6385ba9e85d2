#include "security/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rapport::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rapport::core::Sodium)
};

} // namespace

Status startSodium()
{
    if (sodium_init() < 0)
        return Error::make(Error::Code::Io, Text::tr("The encryption library could not start."));
    return {};
}

} // namespace rapport::core
