#pragma once
// Draws the waveform of an AudioDocument's shown channel (the mix-down by default). When one pixel spans at least one block of the
// peak pyramid it draws min/max columns from the pyramid (only the part built so far); closer in it
// reads raw frames and draws min/max columns, then a line, then a line with sample dots when a
// sample spans several pixels. Its read-out is the sample value under the cursor, from the data.
// Where the pyramid is not built yet it draws the document's provisional overview (one probe per
// column, see AudioDocument::provisionalOverview) in provisionalColour(), and the exact columns
// replace it as the pyramid fills; with neither, a faint band marks the part still coming.
#include "view/Layer.h"

#include <QColor>
#include <vector>

namespace st {

class AudioDocument;

class WaveformLayer : public Layer
{
    Q_OBJECT
public:
    explicit WaveformLayer(AudioDocument *doc, QObject *parent = nullptr);

    QString name() const override { return tr("Waveform"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;
    bool isComplete(const LayerGeometry &g) const override;
    /// True when every visible column can be drawn, exactly or provisionally (no "coming" band).
    bool isPaintable(const LayerGeometry &g) const;

    /// The colour of columns drawn from the provisional overview (lighter than Theme::waveform()).
    static QColor provisionalColour();

    /// Vertical zoom (1 = full scale fills the height).
    void setVerticalGain(double gain);
    double verticalGain() const { return m_gain; }

    /// How the current zoom is drawn (for tests): pyramid, raw min/max, line, or line with dots.
    enum class Mode { Pyramid, RawMinMax, Line, LineWithDots };
    static Mode modeFor(double framesPerPixel, int pyramidBaseBlock);

    /// Sample value y (in [-1, 1]) to a y pixel in `rect` with vertical gain `gain`.
    static double yForValue(double v, const QRect &rect, double gain);

private:
    const std::vector<float> &rawFrames(int64_t start, int64_t count) const;

    AudioDocument *m_doc;
    double m_gain = 1.0;
    mutable int64_t m_rawStart = -1;
    mutable std::vector<float> m_raw;
};

} // namespace st
