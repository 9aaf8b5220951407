#pragma once

#include "Event.h"
#include "ImportTypes.h"

#include <vector>

namespace techwinter {

/// The title an imported event gets when its file has none: "Cuts 500 jobs (5% of staff)",
/// "Series A round, $1.75M". Plain English: it is stored data, not interface text.
QString generatedTitle(const Event &event, const std::vector<EventAttribute> &attributes);

} // namespace techwinter
