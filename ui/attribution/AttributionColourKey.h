#pragma once
// The colour key of the attributions, in their unit: for the map over the spectrogram a bar from the
// bona fide colour through nothing to the spoof colour (or, for another target, against / for), ticks
// in the target's unit per time-frequency bin ("logit per bin") and, below them, the same ticks as shares
// of the change of the score (F(input) - F(baseline)), and the percentile clip stated in words; then the
// same for the waveform tint (unit per 20 ms frame). Shown in the Explain panel and painted into the
// exported pictures (paint()), so the key of an export is the key on screen.
#include <QStringList>
#include <QWidget>

namespace st {

class AttributionData;
class AttributionHeatmapLayer;

class AttributionColourKey : public QWidget
{
    Q_OBJECT
public:
    AttributionColourKey(AttributionData *data, AttributionHeatmapLayer *map, QWidget *parent = nullptr);

    /// The texts of the key, in the order drawn (empty without attributions); for tests and the export's SVG.
    static QStringList lines(const AttributionData &data, const AttributionHeatmapLayer &map);
    QStringList lines() const { return lines(*m_data, *m_map); }
    /// The tick values of the map's bar (left to right, in the unit), for tests.
    static std::vector<double> mapTicks(const AttributionData &data, const AttributionHeatmapLayer &map);

    /// The height paint() needs at `width` pixels with the painter's current font.
    static int heightFor(const QFont &font, int width, const AttributionData &data, const AttributionHeatmapLayer &map);
    /// Paints the key into `r` (dark text on the painter's background; fill `r` first).
    static void paint(QPainter &p, const QRect &r, const AttributionData &data, const AttributionHeatmapLayer &map);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    AttributionData *m_data;
    AttributionHeatmapLayer *m_map;
};

} // namespace st
