#pragma once

#include <QColor>

namespace techwinter::ChartStyle {

// Okabe–Ito palette: distinguishable with the common forms of colour blindness.
inline const QColor layoffColor { 0xD5, 0x5E, 0x00 }; // vermillion
inline const QColor aiColor { 0x00, 0x72, 0xB2 }; // blue
inline const QColor launchColor { 0x00, 0x9E, 0x73 }; // bluish green
inline const QColor highlightColor { 0xF0, 0xE4, 0x42 }; // yellow
inline const QColor textColor { 0x22, 0x22, 0x22 };
inline const QColor mutedTextColor { 0x66, 0x66, 0x66 };

} // namespace techwinter::ChartStyle
