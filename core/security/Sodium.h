#pragma once

#include "common/Result.h"

namespace rapport::core {

// libsodium must be started before its first use; starting it again is harmless
// and thread-safe, so every entry point that needs it simply calls this.
Status startSodium();

} // namespace rapport::core
