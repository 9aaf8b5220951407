#pragma once

#include "ViewState.h"

class QSettings;

namespace techwinter {

/// Keeps the last view in the user's settings, as ViewState's JSON, so the next start shows
/// what the user left; reads the older per-field keys once for users upgrading.
class ViewStateSettings
{
public:
    static void save(QSettings &settings, const ViewState &view);
    static ViewState load(QSettings &settings);
};

} // namespace techwinter
