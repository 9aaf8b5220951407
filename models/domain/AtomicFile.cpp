#include "AtomicFile.h"

#include <QSaveFile>

namespace techwinter {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QStringLiteral("cannot write: %1").arg(file.errorString()), path };
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error { QStringLiteral("cannot write: %1").arg(file.errorString()), path };
    }
    if (!file.commit())
        return Error { QStringLiteral("cannot save: %1").arg(file.errorString()), path };
    return Ok {};
}

} // namespace techwinter
