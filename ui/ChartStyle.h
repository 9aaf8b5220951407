#pragma once

#include <QColor>

#include <algorithm>
#include <iterator>

namespace techwinter::ChartStyle {

// Okabe–Ito palette: distinguishable with the common forms of colour blindness.
inline const QColor layoffColor { 0xD5, 0x5E, 0x00 }; // vermillion
inline const QColor aiColor { 0x00, 0x72, 0xB2 }; // blue
inline const QColor launchColor { 0x00, 0x9E, 0x73 }; // bluish green
inline const QColor highlightColor { 0xF0, 0xE4, 0x42 }; // yellow
inline const QColor textColor { 0x22, 0x22, 0x22 };
inline const QColor mutedTextColor { 0x66, 0x66, 0x66 };

// Compare mode, one colour per company: Paul Tol's "muted" scheme, made to stay distinct with
// colour blindness; the last entry, a neutral grey, is the "Other" group's.
inline const QColor comparePalette[] { { 0x33, 0x22, 0x88 }, { 0x88, 0xCC, 0xEE },
    { 0x44, 0xAA, 0x99 }, { 0x11, 0x77, 0x33 }, { 0x99, 0x99, 0x33 }, { 0xDD, 0xCC, 0x77 },
    { 0xCC, 0x66, 0x77 }, { 0x88, 0x22, 0x55 }, { 0x99, 0x99, 0x99 } };

/// The colour of a compare-mode palette slot (CompareSeries::colourSlot).
inline QColor compareColour(int slot)
{
    constexpr int count = int(std::size(comparePalette));
    return comparePalette[std::clamp(slot, 0, count - 1)];
}

} // namespace techwinter::ChartStyle
