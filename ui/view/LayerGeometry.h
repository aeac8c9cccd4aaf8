#pragma once
// What a layer needs to know about the surface it paints on: the shared time axis and the rectangle
// of its data area. A Pane on screen implements it, and so does the exporter that paints the same
// layers into a PNG or SVG, so every layer draws identically on screen and in reports.
#include "view/ViewState.h"

#include <QRect>

namespace st {

class LayerGeometry
{
public:
    virtual ~LayerGeometry() = default;
    /// The time axis: view pixel x is drawn at dataRect().left() + x.
    virtual const ViewState &view() const = 0;
    /// Where data is drawn (axes and scales lie outside it).
    virtual QRect dataRect() const = 0;
    /// True while painting into an exported image: layers draw everything they have and no
    /// interactive hints.
    virtual bool isExporting() const { return false; }

    double xForFrame(double frame) const { return dataRect().left() + view().frameToX(frame); }
    double frameForX(double x) const { return view().xToFrame(x - dataRect().left()); }
};

} // namespace st
