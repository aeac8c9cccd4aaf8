#include "attribution/AttributionHeatmapLayer.h"
#include "common/LocaleFormat.h"

#include "common/Theme.h"
#include "attribution/AttributionData.h"

#include <QLocale>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <cmath>
#include <limits>

namespace st {

namespace {
QColor absoluteColour() { return QColor(240, 228, 66); } // Okabe-Ito yellow
} // namespace

AttributionHeatmapLayer::AttributionHeatmapLayer(AttributionData *data, QObject *parent)
    : Layer(parent), m_data(data), m_pair(overlayColours(ColourMap::Greyscale))
{
    connect(m_data, &AttributionData::changed, this, &Layer::changed);
}

void AttributionHeatmapLayer::setFrequencyAxis(const FrequencyAxis &axis)
{
    m_axis = axis;
    m_axisSet = true;
    emit changed();
}

FrequencyAxis AttributionHeatmapLayer::axis() const
{
    if (m_axisSet)
        return m_axis;
    return FrequencyAxis(SpectrogramParams{}, std::max(1, m_data->documentRate()));
}

void AttributionHeatmapLayer::setUnderlay(ColourMap::Id id)
{
    m_underlay = id;
    m_pair = overlayColours(id);
    emit changed();
}

double AttributionHeatmapLayer::distanceFromMap(const QColor &c, ColourMap::Id id)
{
    const ColourMap map(id);
    double best = 1e9;
    for (QRgb e : map.table())
        best = std::min(best, std::hypot(double(qRed(e) - c.red()), double(qGreen(e) - c.green()), double(qBlue(e) - c.blue())));
    return best;
}

QString AttributionHeatmapLayer::colourName(const QColor &c)
{
    static const QList<QPair<QRgb, const char *>> names = {
        {qRgb(213, 94, 0), QT_TR_NOOP("vermillion")}, {qRgb(255, 30, 30), QT_TR_NOOP("red")},
        {qRgb(255, 0, 190), QT_TR_NOOP("magenta")},   {qRgb(0, 114, 178), QT_TR_NOOP("blue")},
        {qRgb(86, 180, 233), QT_TR_NOOP("sky blue")}, {qRgb(0, 235, 255), QT_TR_NOOP("cyan")},
        {qRgb(30, 60, 255), QT_TR_NOOP("deep blue")}, {qRgb(240, 228, 66), QT_TR_NOOP("yellow")}};
    for (const auto &n : names)
        if (n.first == c.rgb())
            return tr(n.second);
    return c.name();
}

QPair<QColor, QColor> AttributionHeatmapLayer::overlayColours(ColourMap::Id id)
{
    constexpr double kWellApart = 100.0;
    static const QColor spoof[] = {QColor(213, 94, 0), QColor(255, 30, 30), QColor(255, 0, 190)};
    static const QColor bona[] = {QColor(0, 114, 178), QColor(86, 180, 233), QColor(0, 235, 255), QColor(30, 60, 255)};
    QPair<QColor, QColor> best(spoof[0], bona[0]);
    double bestScore = -1.0;
    // Magenta only where no red stands out (a colour map full of reds, such as Sox).
    for (int k = 0; k < 3; ++k) {
        const QColor &s = spoof[k];
        if (k == 2 && bestScore >= kWellApart)
            break;
        const double ds = distanceFromMap(s, id);
        for (const QColor &b : bona) {
            const double score = std::min(ds, distanceFromMap(b, id));
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = {s, b};
            }
        }
    }
    return best;
}

void AttributionHeatmapLayer::setMode(Mode m)
{
    m_mode = m;
    emit changed();
}

QString AttributionHeatmapLayer::modeName(Mode m)
{
    switch (m) {
    case Mode::Signed:
        return tr("Signed");
    case Mode::Absolute:
        return tr("Absolute");
    case Mode::PositiveOnly:
        return tr("Positive only");
    case Mode::NegativeOnly:
        return tr("Negative only");
    }
    return {};
}

void AttributionHeatmapLayer::setOpacity(double o)
{
    m_opacity = std::clamp(o, 0.0, 1.0);
    emit changed();
}

QColor AttributionHeatmapLayer::colourFor(double value) const
{
    if (!std::isfinite(value) || m_data->isEmpty())
        return QColor(0, 0, 0, 0);
    if ((m_mode == Mode::PositiveOnly && value <= 0) || (m_mode == Mode::NegativeOnly && value >= 0))
        return QColor(0, 0, 0, 0);
    const double mag = std::min(1.0, std::abs(value) / m_data->mapClip());
    QColor c = m_mode == Mode::Absolute ? absoluteColour()
                                        : (m_data->displaySign() * value > 0 ? m_pair.first : m_pair.second);
    c.setAlphaF(mag * m_opacity * m_data->dimming());
    return c;
}

double AttributionHeatmapLayer::valueAt(double frame, double hz) const
{
    if (m_data->isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const TfAttribution &m = m_data->report()->linearMap;
    const double sample = m_data->sampleForFrame(frame);
    const double centre0 = double(m.params.frameCentreSample(0));
    const int64_t t = int64_t(std::llround((sample - centre0) / m.params.hop));
    const int bin = int(std::lround(hz * m.params.fftSize / m.sampleRate));
    if (t < 0 || t >= m.frames || bin < 0 || bin >= m.bins || sample < 0 || hz > 0.5 * m.sampleRate)
        return std::numeric_limits<double>::quiet_NaN();
    return m.at(t, bin);
}

void AttributionHeatmapLayer::paint(QPainter &p, const LayerGeometry &g)
{
    if (m_data->isEmpty())
        return;
    const QRect r = g.dataRect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    const FrequencyAxis ax = axis();
    const TfAttribution &m = m_data->report()->linearMap;
    std::vector<int> binOfRow(size_t(r.height()));
    for (int y = 0; y < r.height(); ++y) {
        const double hz = ax.hzAt((r.height() - 1 - y + 0.5) / r.height());
        binOfRow[size_t(y)] = hz > 0.5 * m.sampleRate ? -1 : int(std::lround(hz * m.params.fftSize / m.sampleRate));
    }
    QImage img(r.width(), r.height(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    // Sign of the strong values (|v| >= kOutlineLevel x clip, drawn in the current mode), for the outline.
    std::vector<int8_t> strong(size_t(r.width()) * size_t(r.height()), 0);
    const double level = kOutlineLevel * m_data->mapClip();
    const double centre0 = double(m.params.frameCentreSample(0));
    for (int x = 0; x < r.width(); ++x) {
        const double sample = m_data->sampleForFrame(g.frameForX(r.left() + x + 0.5));
        const int64_t t = int64_t(std::llround((sample - centre0) / m.params.hop));
        if (sample < 0 || t < 0 || t >= m.frames)
            continue;
        for (int y = 0; y < r.height(); ++y) {
            const int b = binOfRow[size_t(y)];
            if (b < 0 || b >= m.bins)
                continue;
            const double v = m.at(t, b);
            const QColor c = colourFor(v);
            if (c.alpha() > 0) {
                img.setPixel(x, y, qPremultiply(c.rgba()));
                if (std::abs(v) >= level)
                    strong[size_t(y) * size_t(r.width()) + size_t(x)] = int8_t(m_mode == Mode::Absolute ? 1 : (v > 0 ? 1 : -1));
            }
        }
    }
    // The outline: strong pixels with a 4-neighbour outside their region, opaque (dimmed when stale).
    const int w = r.width(), h = r.height();
    auto at = [&](int x, int y) { return x < 0 || y < 0 || x >= w || y >= h ? int8_t(0) : strong[size_t(y) * size_t(w) + size_t(x)]; };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int8_t s = at(x, y);
            if (s == 0 || (at(x - 1, y) == s && at(x + 1, y) == s && at(x, y - 1) == s && at(x, y + 1) == s))
                continue;
            QColor c = m_mode == Mode::Absolute ? absoluteColour() : (s * m_data->displaySign() > 0 ? m_pair.first : m_pair.second);
            c.setAlphaF(std::min(1.0, m_opacity + 0.3) * m_data->dimming());
            img.setPixel(x, y, qPremultiply(c.rgba()));
        }
    p.drawImage(r.topLeft(), img);
    m_data->paintBadge(p, r);
}

void AttributionHeatmapLayer::paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
{
    if (m_data->isEmpty())
        return;
    const QRect data = g.dataRect();
    p.save();
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    const int top = data.top() + fm.height() + 4, bottom = data.bottom() - fm.height() - 4;
    const int h = bottom - top;
    if (h < 20) {
        p.restore();
        return;
    }
    p.fillRect(keyRect, Theme::panelBackground());
    const QRect bar(keyRect.left() + 6, top, 10, h);
    QImage img(1, h, QImage::Format_ARGB32);
    const double clip = m_data->mapClip();
    for (int y = 0; y < h; ++y) {
        // Top = +clip (vermillion side), bottom = -clip; absolute: top = clip, bottom = 0.
        const double u = 1.0 - double(y) / std::max(1, h - 1);
        double v = m_mode == Mode::Absolute ? u * clip : (2.0 * u - 1.0) * clip;
        if (m_mode != Mode::Absolute)
            v *= m_data->displaySign();
        QColor c = colourFor(v);
        c.setAlphaF(std::min(1.0, std::abs(m_mode == Mode::Absolute ? u : 2.0 * u - 1.0)));
        img.setPixel(0, y, c.rgba());
    }
    p.drawImage(bar, img);
    p.setPen(Theme::axisLine());
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(Theme::axisText());
    const int tx = bar.right() + 4;
    const QString hi = shownLocale().toString(clip, 'g', 2);
    p.drawText(QPoint(tx, top + fm.ascent() / 2), m_mode == Mode::Absolute ? hi : QStringLiteral("+") + hi);
    p.drawText(QPoint(tx, bottom + fm.ascent() / 2), m_mode == Mode::Absolute ? QStringLiteral("0") : QStringLiteral("-") + hi);
    const bool detector = m_data->report()->result.spoofSign != 0;
    p.drawText(QPoint(keyRect.left() + 4, top - 4), m_mode == Mode::Absolute ? tr("|a|") : (detector ? tr("spoof") : tr("for")));
    if (m_mode != Mode::Absolute)
        p.drawText(QPoint(keyRect.left() + 4, bottom + fm.height() + 2), detector ? tr("bona fide") : tr("against"));
    // The unit and the clip, written up the key beside the tick values.
    const QString unit = tr("%1 per bin, clip %2th pct").arg(m_data->unitName()).arg(shownLocale().toString(m_data->clipPercentile(), 'g', 3));
    p.save();
    p.translate(keyRect.right() - 2, top + h / 2 + fm.horizontalAdvance(unit) / 2);
    p.rotate(-90);
    if (fm.horizontalAdvance(unit) < h)
        p.drawText(QPoint(0, 0), unit);
    p.restore();
    p.restore();
}

QString AttributionHeatmapLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    const QRect r = g.dataRect();
    if (m_data->isEmpty() || r.height() <= 0)
        return {};
    const double hz = axis().hzAt((r.bottom() - pos.y() + 0.5) / r.height());
    const double v = valueAt(g.frameForX(pos.x()), hz);
    if (!std::isfinite(v))
        return {};
    return tr("attribution map %1 at %2").arg(shownLocale().toString(v, 'g', 3)).arg(FrequencyAxis::formatHz(hz));
}

} // namespace st
