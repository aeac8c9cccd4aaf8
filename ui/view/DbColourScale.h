#pragma once
// How a level in dB becomes a colour-map position: gain is added, then [floor, ceiling] maps
// linearly onto [0, 1] (clamped). With a fixed range the same colour always means the same level
// in every file and view; otherwise the spectrogram layer sets the ceiling from the data it has seen
// and keeps the floor `range` dB below it.
#include <QString>

namespace st {

struct DbColourScale
{
    double floorDb = -100.0;
    double ceilingDb = 0.0;
    double gainDb = 0.0;
    bool fixedRange = true;

    /// Position in [0, 1] of a level in dB (after gain). NaN/-inf give 0.
    double position(double db) const;
    /// Table index in [0, 255].
    int index(double db) const;
    /// Level in dB (before gain) that shows at position t: the inverse of position() inside the range.
    double levelAt(double t) const;
    double range() const { return ceilingDb - floorDb; }
    /// "−100 … 0 dBFS (+6 dB gain)"-style description for tooltips and export sidecars.
    QString describe() const;
};

} // namespace st
