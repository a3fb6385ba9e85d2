#pragma once

#include <QString>

namespace rapport::core {

// Whether a statfs() file-system type is a network (or FUSE) file system, where
// SQLite's WAL mode is unsafe because it relies on shared memory.
bool isNetworkFileSystemType(long type);
// Whether the folder holding `path` lives on such a file system.
bool isOnNetworkFileSystem(const QString& path);

} // namespace rapport::core
