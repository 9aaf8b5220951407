#include "Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerTechwinterResources()
{
    Q_INIT_RESOURCE(techwinter);
}

namespace techwinter {

void ensureResources()
{
    static const bool registered = (registerTechwinterResources(), true);
    Q_UNUSED(registered);
}

} // namespace techwinter
