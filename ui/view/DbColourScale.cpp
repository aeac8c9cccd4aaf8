#include "view/DbColourScale.h"

#include <algorithm>
#include <cmath>

namespace st {

double DbColourScale::position(double db) const
{
    const double r = ceilingDb - floorDb;
    if (!(r > 0.0))
        return 0.0;
    const double v = (db + gainDb - floorDb) / r;
    if (!(v >= 0.0)) // NaN and negatives
        return 0.0;
    return std::min(1.0, v);
}

int DbColourScale::index(double db) const { return std::clamp(int(position(db) * 255.0 + 0.5), 0, 255); }

double DbColourScale::levelAt(double t) const { return floorDb + t * (ceilingDb - floorDb) - gainDb; }

QString DbColourScale::describe() const
{
    QString s = QStringLiteral("%1 to %2 dB").arg(floorDb, 0, 'f', 1).arg(ceilingDb, 0, 'f', 1);
    if (gainDb != 0.0)
        s += QStringLiteral(" (gain %1%2 dB)").arg(gainDb > 0 ? "+" : "").arg(gainDb, 0, 'f', 1);
    s += fixedRange ? QStringLiteral(", fixed") : QStringLiteral(", following the data");
    return s;
}

} // namespace st
