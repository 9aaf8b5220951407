#include "Result.h"

namespace techwinter {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Locked:
        return QStringLiteral("locked");
    case ErrorKind::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::Full:
        return QStringLiteral("full");
    case ErrorKind::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("invalid_input");
}

} // namespace techwinter
