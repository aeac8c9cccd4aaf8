#pragma once
// Draws the spectrogram of an AudioDocument from SpectrogramTiles (computed in the background,
// visible range first, stale work cancelled when the view moves; zoomed-out views use a coarser
// level of detail whose frames are real analysis frames). Each screen row shows the loudest output
// bin it covers, so a narrow tone never disappears between rows. Colours come from a ColourMap
// through a DbColourScale; the key in the right margin is the colour bar with its dB scale. The
// read-out is the dB value of the bin under the cursor, from the data.
#include "view/ColourMap.h"
#include "view/DbColourScale.h"
#include "view/FrequencyAxis.h"
#include "view/Layer.h"
#include "dsp/Spectrogram.h"

#include <memory>

namespace st {

class AudioDocument;
class SpectrogramTiles;

/// Everything the user can set about the spectrogram display.
struct SpectrogramSettings
{
    SpectrogramParams params;
    ColourMap::Id colourMap = ColourMap::Viridis;
    DbColourScale scale{-100.0, -10.0, 0.0, true};
};

class SpectrogramLayer : public Layer
{
    Q_OBJECT
public:
    /// Throws st::Error if the settings are invalid.
    explicit SpectrogramLayer(AudioDocument *doc, const SpectrogramSettings &settings = {},
                              QObject *parent = nullptr);
    ~SpectrogramLayer() override;

    QString name() const override { return tr("Spectrogram"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const override;
    void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;
    bool isComplete(const LayerGeometry &g) const override;

    const SpectrogramSettings &settings() const { return m_settings; }
    /// Applies new settings; changing the analysis parameters recomputes the tiles. Throws st::Error
    /// (and keeps the old settings) when the parameters are invalid.
    void setSettings(const SpectrogramSettings &s);
    /// Draws with colour map `id` instead of the settings' one (the window shows the spectrogram in greyscale
    /// under an attribution map); -1: the settings' map. The settings themselves are not changed.
    void setColourMapOverride(int id);
    int colourMapOverride() const { return m_override; }
    /// The colour map drawn now (the override or the settings' map).
    ColourMap::Id shownColourMap() const { return m_map.id(); }
    /// The scale used by the last paint (with "fixed range" off its range follows the data).
    DbColourScale effectiveScale() const { return m_effective; }
    FrequencyAxis frequencyAxis() const;
    SpectrogramTiles *tiles() const { return m_tiles.get(); }

    /// Data under a point: level-0 frame, output bin, its centre frequency and its dB value (NaN if
    /// outside). For the status bar and tests.
    struct Probe
    {
        int64_t frame = -1;
        int bin = -1;
        double hz = 0.0;       ///< frequency at the cursor height
        double binHz = 0.0;    ///< centre frequency of `bin`
        double db = 0.0;
        bool valid = false;
    };
    Probe probe(const LayerGeometry &g, const QPointF &pos) const;

private:
    void makeTiles(); ///< for the document's shown channel

    AudioDocument *m_doc;
    SpectrogramSettings m_settings;
    ColourMap m_map;
    int m_override = -1;
    DbColourScale m_effective;
    std::unique_ptr<SpectrogramTiles> m_tiles;
};

} // namespace st
