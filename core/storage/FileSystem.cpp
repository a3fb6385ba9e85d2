#include "storage/FileSystem.h"

#include <QFileInfo>

#include <sys/vfs.h>

namespace rapport::core {

bool isNetworkFileSystemType(long type)
{
    switch (static_cast<unsigned long>(type) & 0xffffffffUL) {
    case 0x6969UL:     // NFS
    case 0x517bUL:     // SMB
    case 0xff534d42UL: // CIFS
    case 0xfe534d42UL: // SMB2
    case 0x65735546UL: // FUSE (sshfs, rclone, ...)
    case 0x5346414fUL: // AFS
    case 0x73757245UL: // CODA
    case 0x564cUL:     // NCP
    case 0x01021997UL: // 9P (VM and WSL shares)
    case 0x00c36400UL: // Ceph
        return true;
    default:
        return false;
    }
}

bool isOnNetworkFileSystem(const QString& path)
{
    struct statfs info
    {
    };
    const QByteArray folder = QFileInfo(path).absolutePath().toLocal8Bit();
    if (statfs(folder.constData(), &info) != 0)
        return false;
    return isNetworkFileSystemType(static_cast<long>(info.f_type));
}

} // namespace rapport::core
