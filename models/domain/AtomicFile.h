#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace techwinter {

/// Writes `bytes` to `path` through a temporary file renamed into place, so a reader (or a crash)
/// sees either the whole new file or the old one, never half of it. Every export writes this way.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace techwinter
