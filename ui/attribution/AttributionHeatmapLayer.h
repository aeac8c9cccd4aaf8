#pragma once
// The time-frequency attribution map over the spectrogram (same time axis, same frequency axis: give
// it the spectrogram layer's FrequencyAxis). Each pixel shows the map value of the analysis frame
// nearest its time and the linear-frequency bin holding its frequency (the map is computed at the
// model's rate: above its Nyquist frequency nothing is drawn). Modes: signed (vermillion / blue),
// absolute (one colour, magnitude), positive only, negative only. Opacity = layer opacity x
// min(1, |value| / clip), the clip being the percentile set on AttributionData (98 by default). The key
// is the colour bar with the clip values and what each colour means.
#include "view/ColourMap.h"
#include "view/FrequencyAxis.h"
#include "view/Layer.h"

#include <QColor>
#include <QPair>

namespace st {

class AttributionData;

class AttributionHeatmapLayer : public Layer
{
    Q_OBJECT
public:
    enum class Mode { Signed, Absolute, PositiveOnly, NegativeOnly };

    explicit AttributionHeatmapLayer(AttributionData *data, QObject *parent = nullptr);

    QString name() const override { return tr("Attribution map"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;

    /// The axis the spectrogram below uses (default: linear, 0 to the document's Nyquist frequency).
    void setFrequencyAxis(const FrequencyAxis &axis);
    void setMode(Mode m);
    Mode mode() const { return m_mode; }
    static QString modeName(Mode m);
    void setOpacity(double o);
    double opacity() const { return m_opacity; }

    /// The colour (alpha included) a map value is drawn with in the current mode (a stale result fainter).
    QColor colourFor(double value) const;

    /// The colour map of the spectrogram under the map: the signed colours are chosen to stay visible over it
    /// (overlayColours). Default greyscale (the window shows the spectrogram in greyscale under the map unless
    /// the panel's "Colour spectrogram under the map" is ticked).
    void setUnderlay(ColourMap::Id id);
    ColourMap::Id underlay() const { return m_underlay; }
    /// The pair (for spoof / the target, for bona fide / against the target) drawn over colour map `id`: of
    /// the candidates (vermillion, red; blue, sky blue, cyan, deep blue) the pair whose nearer colour is
    /// farthest (RGB distance) from every colour of the map; magenta joins the first candidates only when no
    /// pair gets 100 apart (a map full of reds such as Sox).
    static QPair<QColor, QColor> overlayColours(ColourMap::Id id);
    /// The smallest RGB distance between `c` and the colours of map `id` (for tests and the choice above).
    static double distanceFromMap(const QColor &c, ColourMap::Id id);
    /// The colour's name in words ("red", "cyan", ...) for the candidates above; else its #rrggbb.
    static QString colourName(const QColor &c);
    QColor forSpoofColour() const { return m_pair.first; }
    QColor forBonafideColour() const { return m_pair.second; }
    /// Values at or beyond this fraction of the clip are outlined (one opaque pixel of their colour at the edge
    /// of the region), so that the strongest evidence shows even where the tint is close to the spectrogram.
    static constexpr double kOutlineLevel = 0.5;
    /// The map value at document frame `frame` and `hz` (NaN outside the map).
    double valueAt(double frame, double hz) const;

private:
    FrequencyAxis axis() const;

    AttributionData *m_data;
    FrequencyAxis m_axis;
    bool m_axisSet = false;
    Mode m_mode = Mode::Signed;
    double m_opacity = 0.7;
    ColourMap::Id m_underlay = ColourMap::Greyscale;
    QPair<QColor, QColor> m_pair;
};

} // namespace st
