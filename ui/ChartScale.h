#pragma once

#include <QFont>

#include <algorithm>
#include <cmath>

namespace techwinter {

/// A font of `pixels` pixels (at least 6): chart text scales with the chart, not with the dpi.
inline QFont pixelFont(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(6, pixels));
    font.setBold(bold);
    return font;
}

/// A tidy axis top at or above `value`: 1, 2, 2.5 or 5 times a power of ten.
inline double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace techwinter
