#include "attribution/AttributionColourKey.h"

#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"

#include <QFontMetrics>
#include <QPainter>
#include <cmath>

namespace st {

namespace {

constexpr int kBarHeight = 12;
constexpr int kTickRows = 2;

QString number(double v) { return QString::number(v, 'g', 2); }

// Texts: [0] map title, [1] map clip, [2] waveform title, [3] waveform clip.
QString mapTitle(const AttributionData &d, const AttributionHeatmapLayer &m)
{
    if (d.isFeatureDomain())
        return AttributionColourKey::tr("Map over the spectrogram: the model's feature bins (filterbank bands, drawn at the frequencies the "
                                        "baseline file gives), %1 per bin and frame: right (%2) %3, left (%4) %5")
            .arg(d.unitName(), AttributionHeatmapLayer::colourName(m.forSpoofColour()), d.vermillionMeaning(),
                 AttributionHeatmapLayer::colourName(m.forBonafideColour()), d.blueMeaning());
    if (m.mode() == AttributionHeatmapLayer::Mode::Absolute)
        return AttributionColourKey::tr("Map over the spectrogram: |attribution| in %1 per time-frequency bin").arg(d.unitName());
    return AttributionColourKey::tr("Map over the spectrogram, %1 per time-frequency bin: right (%2) %3, left (%4) %5%6")
        .arg(d.unitName(), AttributionHeatmapLayer::colourName(m.forSpoofColour()), d.vermillionMeaning(),
             AttributionHeatmapLayer::colourName(m.forBonafideColour()), d.blueMeaning(),
             m.mode() == AttributionHeatmapLayer::Mode::Signed ? QString() : QStringLiteral(" (%1)").arg(AttributionHeatmapLayer::modeName(m.mode()).toLower()));
}

QString waveTitle(const AttributionData &d)
{
    const double ms = 1000.0 * d.report()->envelopes.frameLength / std::max(1, d.report()->result.sampleRate);
    if (d.isFeatureDomain())
        return AttributionColourKey::tr("Waveform tint, %1 per %2 ms feature frame (the sum over the frame's feature bins; per frame, not "
                                        "per sample: feature-space IG has no per-sample attributions): right (vermillion) %3, left (blue) %4")
            .arg(d.unitName(), QString::number(ms, 'g', 3), d.vermillionMeaning(), d.blueMeaning());
    return AttributionColourKey::tr("Waveform tint, %1 per %2 ms frame (the sum of the per-sample attributions): right (vermillion) %3, "
                                    "left (blue) %4")
        .arg(d.unitName(), QString::number(ms, 'g', 3), d.vermillionMeaning(), d.blueMeaning());
}

QStringList tickLabels(const AttributionData &d, const std::vector<double> &ticks, bool share)
{
    QStringList out;
    for (double v : ticks)
        out << (share ? d.shareOfChange(v) : (v > 0 ? QStringLiteral("+") : QString()) + number(v));
    return out;
}

int textHeight(const QFontMetrics &fm, int width, const QString &t)
{
    return fm.boundingRect(QRect(0, 0, std::max(20, width), 10000), Qt::TextWordWrap, t).height();
}

} // namespace

AttributionColourKey::AttributionColourKey(AttributionData *data, AttributionHeatmapLayer *map, QWidget *parent)
    : QWidget(parent), m_data(data), m_map(map)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_data, &AttributionData::changed, this, [this] {
        updateGeometry();
        update();
    });
    connect(m_map, &Layer::changed, this, [this] {
        updateGeometry();
        update();
    });
}

std::vector<double> AttributionColourKey::mapTicks(const AttributionData &d, const AttributionHeatmapLayer &m)
{
    if (d.isEmpty())
        return {};
    const double c = d.mapClip();
    if (m.mode() == AttributionHeatmapLayer::Mode::Absolute)
        return {0.0, 0.5 * c, c};
    // Right = the spoof colour's side: +clip when positive values are drawn in it.
    const double s = d.displaySign();
    return {-s * c, -s * 0.5 * c, 0.0, s * 0.5 * c, s * c};
}

QStringList AttributionColourKey::lines(const AttributionData &d, const AttributionHeatmapLayer &m)
{
    if (d.isEmpty())
        return {};
    const std::vector<double> ticks = mapTicks(d, m);
    QStringList out;
    out << mapTitle(d, m);
    out << tr("ticks: %1 %2 per bin").arg(tickLabels(d, ticks, false).join(QStringLiteral(" | ")), d.unitName());
    out << tr("share of the change of the score: %1").arg(tickLabels(d, ticks, true).join(QStringLiteral(" | ")));
    out << tr("Map %1").arg(d.mapClipText());
    out << waveTitle(d);
    out << tr("Waveform %1").arg(d.envelopeClipText());
    if (!d.badgeText().isEmpty())
        out << d.badgeText();
    return out;
}

int AttributionColourKey::heightFor(const QFont &font, int width, const AttributionData &d, const AttributionHeatmapLayer &m)
{
    if (d.isEmpty())
        return 0;
    const QFontMetrics fm(font);
    const QStringList t = lines(d, m);
    int h = 4 + textHeight(fm, width, t[0]) + 4 + kBarHeight + kTickRows * fm.height() + 2 + textHeight(fm, width, t[3]) + 8 +
            textHeight(fm, width, t[4]) + 4 + kBarHeight + 4 + textHeight(fm, width, t[5]) + 4;
    if (t.size() > 6)
        h += textHeight(fm, width, t[6]) + 4;
    return h;
}

void AttributionColourKey::paint(QPainter &p, const QRect &r, const AttributionData &d, const AttributionHeatmapLayer &m)
{
    if (d.isEmpty())
        return;
    p.save();
    const QFontMetrics fm(p.font());
    const QStringList t = lines(d, m);
    const int w = r.width();
    const int margin = std::max(fm.horizontalAdvance(QStringLiteral("+8.8e-88")) / 2, 4);
    int y = r.top() + 4;
    const QPen textPen = p.pen();
    auto text = [&](const QString &s) {
        const int h = textHeight(fm, w, s);
        p.setPen(textPen);
        p.drawText(QRect(r.left(), y, w, h), Qt::TextWordWrap, s);
        y += h;
    };
    text(t[0]);
    y += 4;
    // The map's bar: each pixel column the colour of its value at full opacity (the layer's alpha rule on white).
    const QRect bar(r.left() + margin, y, std::max(10, w - 2 * margin), kBarHeight);
    const std::vector<double> ticks = mapTicks(d, m);
    const double lo = ticks.front(), hi = ticks.back();
    for (int x = 0; x < bar.width(); ++x) {
        const double v = lo + (hi - lo) * (x + 0.5) / bar.width();
        p.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), m.colourFor(v));
    }
    p.setPen(QColor(90, 90, 90));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    const QStringList units = tickLabels(d, ticks, false), shares = tickLabels(d, ticks, true);
    for (size_t i = 0; i < ticks.size(); ++i) {
        const int x = bar.left() + int(std::lround(double(bar.width() - 1) * double(i) / double(ticks.size() - 1)));
        p.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 4);
        const QString a = units[int(i)], b = shares[int(i)];
        p.setPen(textPen);
        p.drawText(QPoint(x - fm.horizontalAdvance(a) / 2, bar.bottom() + 4 + fm.ascent()), a);
        p.drawText(QPoint(x - fm.horizontalAdvance(b) / 2, bar.bottom() + 4 + fm.height() + fm.ascent()), b);
    }
    y = bar.bottom() + 1 + kTickRows * fm.height() + 2;
    text(t[3]);
    y += 8;
    text(t[4]);
    y += 4;
    // The waveform's bar: its two colours at full strength, halves.
    const QRect wbar(r.left() + margin, y, std::max(10, w - 2 * margin), kBarHeight);
    QColor left = AttributionData::forBonafideColour(), right = AttributionData::forSpoofColour();
    for (int x = 0; x < wbar.width(); ++x) {
        const double u = 2.0 * (x + 0.5) / wbar.width() - 1.0;
        QColor c = u > 0 ? right : left;
        c.setAlphaF(std::min(1.0, std::abs(u)) * d.dimming());
        p.fillRect(QRect(wbar.left() + x, wbar.top(), 1, wbar.height()), c);
    }
    p.setPen(QColor(90, 90, 90));
    p.drawRect(wbar.adjusted(0, 0, -1, -1));
    y = wbar.bottom() + 4;
    text(t[5]);
    if (t.size() > 6) {
        y += 4;
        const int h = textHeight(fm, w, t[6]);
        p.setPen(QColor(160, 80, 0));
        p.drawText(QRect(r.left(), y, w, h), Qt::TextWordWrap, t[6]);
    }
    p.restore();
}

QSize AttributionColourKey::sizeHint() const { return QSize(320, heightForWidth(320)); }

QSize AttributionColourKey::minimumSizeHint() const { return QSize(160, m_data->isEmpty() ? 0 : heightForWidth(160)); }

int AttributionColourKey::heightForWidth(int w) const { return heightFor(font(), w, *m_data, *m_map); }

void AttributionColourKey::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    paint(p, rect(), *m_data, *m_map);
}

} // namespace st
