#pragma once
// Attributions over the waveform: each 20 ms frame of the clip is tinted by its signed attribution
// (vermillion / blue, see AttributionData; opacity |value| / clip, clipped at 1) and the rolling-median
// trend is drawn as a line about the centre (up = vermillion side). Draw it above a WaveformLayer in
// the same pane. The read-out is the frame's signed and absolute attribution and what its sign means.
#include "view/Layer.h"

namespace st {

class AttributionData;

class AttributionLayer : public Layer
{
    Q_OBJECT
public:
    explicit AttributionLayer(AttributionData *data, QObject *parent = nullptr);

    QString name() const override { return tr("Attribution"); }
    void paint(QPainter &p, const LayerGeometry &g) override;
    void paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const override;
    QString readout(const LayerGeometry &g, const QPointF &pos) const override;

    /// Overall opacity of the tint, 0..1 (default 0.6).
    void setOpacity(double o);
    double opacity() const { return m_opacity; }
    void setShowTrend(bool on);
    bool showTrend() const { return m_trend; }

    /// The envelope frame under document frame `frame` (-1 = none).
    int64_t envelopeFrameAt(double frame) const;
    /// The tint of envelope frame f (alpha included).
    QColor tintOf(int64_t f) const;

private:
    AttributionData *m_data;
    double m_opacity = 0.6;
    bool m_trend = true;
};

} // namespace st
