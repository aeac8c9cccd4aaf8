#include "view/SpectrogramLayer.h"
#include "common/LocaleFormat.h"

#include "view/DamageBanner.h"

#include "document/AudioDocument.h"
#include "common/Theme.h"
#include "dsp/SpectrogramTiles.h"

#include <QLocale>
#include <QFontMetrics>
#include <QImage>
#include <QThread>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>

namespace st {

SpectrogramLayer::SpectrogramLayer(AudioDocument *doc, const SpectrogramSettings &settings, QObject *parent)
    : Layer(parent), m_doc(doc), m_settings(settings), m_map(settings.colourMap), m_effective(settings.scale)
{
    m_settings.params.validate();
    makeTiles();
    connect(doc, &AudioDocument::channelChanged, this, [this]() {
        makeTiles();
        emit changed();
    });
}

void SpectrogramLayer::makeTiles()
{
    m_tiles.reset(); // cancels the old channel's tiles
    m_tiles = std::make_unique<SpectrogramTiles>(m_doc->file(), m_doc->channel(), m_settings.params);
    m_tiles->setMaxThreads(std::max(1, QThread::idealThreadCount() - 1));
    connect(m_tiles.get(), &SpectrogramTiles::tileReady, this, &Layer::changed);
    connect(m_tiles.get(), &SpectrogramTiles::invalidated, this, &Layer::changed);
}

SpectrogramLayer::~SpectrogramLayer() = default;

void SpectrogramLayer::setSettings(const SpectrogramSettings &s)
{
    if (s.params != m_settings.params)
        m_tiles->setParams(s.params); // throws on invalid params, before anything changed
    m_settings = s;
    m_map = ColourMap(m_override >= 0 ? ColourMap::Id(m_override) : s.colourMap);
    m_effective = s.scale;
    emit changed();
}

void SpectrogramLayer::setColourMapOverride(int id)
{
    const int o = id >= 0 && id < ColourMap::Count ? id : -1;
    if (o == m_override)
        return;
    m_override = o;
    m_map = ColourMap(o >= 0 ? ColourMap::Id(o) : m_settings.colourMap);
    emit changed();
}

FrequencyAxis SpectrogramLayer::frequencyAxis() const
{
    return FrequencyAxis(m_settings.params, m_doc->info().sampleRate);
}

void SpectrogramLayer::paint(QPainter &p, const LayerGeometry &g)
{
    const QRect r = g.dataRect();
    const ViewState &v = g.view();
    const int W = r.width(), H = r.height();
    if (W <= 0 || H <= 0)
        return;
    const int64_t total = m_doc->info().frames;
    const double fpp = v.framesPerPixel();
    const int64_t firstSample = std::max<int64_t>(0, int64_t(std::floor(v.startFrame())));
    const int64_t lastSample = std::min<int64_t>(total - 1, int64_t(std::ceil(v.endFrame())));
    const int level = m_tiles->requestSamples(firstSample, std::max(firstSample, lastSample), fpp);

    // Which output bins each row covers (the loudest of them is shown).
    const FrequencyAxis axis = frequencyAxis();
    std::vector<int> rowLo(H), rowHi(H);
    for (int y = 0; y < H; ++y) {
        const double uTop = double(H - y) / H, uBottom = double(H - 1 - y) / H;
        const double eps = 0.01 / H;
        int lo = axis.binAt(uBottom + eps), hi = axis.binAt(uTop - eps);
        if (lo > hi)
            std::swap(lo, hi);
        rowLo[y] = lo;
        rowHi[y] = hi;
    }

    const int bins = m_tiles->bins();
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::vector<float> values(size_t(W) * H, nan);
    float visibleMax = -std::numeric_limits<float>::infinity();
    std::shared_ptr<const SpectrogramTile> cached;
    for (int x = 0; x < W; ++x) {
        const double s = v.xToFrame(x + 0.5);
        if (s < 0 || s >= total)
            continue;
        const SpectrogramTile *tile = nullptr;
        int k = 0;
        // The wanted level first, then coarser ones (a blurrier picture while waiting), then finer.
        for (int attempt = 0; attempt < 6 && !tile; ++attempt) {
            const int L = attempt < 4 ? level + attempt : level - (attempt - 3);
            if (L < 0 || L > SpectrogramTiles::kMaxLevel)
                continue;
            const int64_t frames = m_tiles->frameCount(L);
            if (frames <= 0)
                continue;
            const int64_t t = std::clamp<int64_t>(std::llround(s / double(m_tiles->hopAt(L))), 0, frames - 1);
            const int64_t index = t / m_tiles->framesPerTile();
            if (!(cached && cached->level == L && cached->index == index))
                if (auto candidate = m_tiles->tile(L, index))
                    cached = candidate;
            if (cached && cached->level == L && cached->index == index) {
                tile = cached.get();
                k = int(t - cached->firstFrame);
            }
        }
        if (!tile || k < 0 || k >= tile->frames)
            continue;
        const float *col = tile->db.data() + size_t(k) * size_t(tile->bins);
        for (int y = 0; y < H; ++y) {
            float m = col[std::min(rowLo[y], bins - 1)];
            for (int b = rowLo[y] + 1; b <= rowHi[y] && b < bins; ++b)
                m = std::max(m, col[b]);
            values[size_t(y) * W + x] = m;
            visibleMax = std::max(visibleMax, m);
        }
    }

    m_effective = m_settings.scale;
    if (!m_settings.scale.fixedRange && std::isfinite(visibleMax)) {
        const double range = m_settings.scale.range();
        m_effective.ceilingDb = std::ceil(visibleMax + m_settings.scale.gainDb);
        m_effective.floorDb = m_effective.ceilingDb - range;
    }

    QImage img(W, H, QImage::Format_RGB32);
    const QRgb empty = Theme::background().rgb();
    const QVector<QRgb> &table = m_map.table();
    for (int y = 0; y < H; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        const float *vals = values.data() + size_t(y) * W;
        for (int x = 0; x < W; ++x)
            line[x] = std::isnan(vals[x]) ? empty : table[m_effective.index(vals[x])];
    }
    p.drawImage(r.topLeft(), img);
    paintDamageBanner(p, r, m_doc->readError());
}

void SpectrogramLayer::paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const
{
    frequencyAxis().paint(p, axisRect, g.dataRect());
}

void SpectrogramLayer::paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
{
    const QRect data = g.dataRect();
    p.save();
    p.fillRect(keyRect, Theme::panelBackground());
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    const int top = data.top() + fm.height() + 6, bottom = data.bottom() - fm.height() / 2 - 2;
    const int h = bottom - top;
    if (h < 20) {
        p.restore();
        return;
    }
    const QRect bar(keyRect.left() + 8, top, 12, h);
    QImage img(1, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        img.setPixel(0, y, m_map.at(1.0 - double(y) / std::max(1, h - 1)));
    p.drawImage(bar, img);
    p.setPen(Theme::axisLine());
    p.drawRect(bar.adjusted(0, 0, -1, -1));

    // Labels at round dB values of the level scale (what a colour means, before gain).
    const DbColourScale &s = m_effective;
    const double range = std::max(1.0, s.range());
    double step = 10.0;
    for (double cand : {10.0, 20.0, 30.0, 50.0})
        if (h * cand / range >= fm.height() * 2.2) {
            step = cand;
            break;
        }
    const double lo = s.levelAt(0.0), hi = s.levelAt(1.0);
    for (double db = std::ceil(lo / step) * step; db <= hi + 1e-9; db += step) {
        const double t = s.position(db);
        const double y = bottom - t * h;
        p.setPen(Theme::axisLine());
        p.drawLine(QPointF(bar.right() + 1, y), QPointF(bar.right() + 4, y));
        p.setPen(Theme::axisText());
        p.drawText(QPointF(bar.right() + 6, y + fm.ascent() / 2.0 - 1), shownLocale().toString(db, 'f', 0));
    }
    p.setPen(Theme::axisText());
    const QString unit = s.fixedRange ? QStringLiteral("dBFS") : tr("dB auto");
    p.drawText(QPointF(keyRect.left() + 4, data.top() + fm.ascent() + 2), unit);
    p.restore();
}

SpectrogramLayer::Probe SpectrogramLayer::probe(const LayerGeometry &g, const QPointF &pos) const
{
    Probe out;
    const QRect r = g.dataRect();
    const int64_t total = m_doc->info().frames;
    const double s = g.frameForX(pos.x());
    if (s < 0 || s >= total || pos.y() < r.top() || pos.y() > r.bottom() + 1)
        return out;
    const double u = std::clamp((r.bottom() + 1 - pos.y()) / double(r.height()), 0.0, 1.0);
    const FrequencyAxis axis = frequencyAxis();
    const int64_t frames = m_tiles->frameCount(0);
    out.frame = std::clamp<int64_t>(std::llround(s / double(m_settings.params.hop)), 0, std::max<int64_t>(0, frames - 1));
    out.bin = axis.binAt(u);
    out.hz = axis.hzAt(u);
    out.binHz = binCentreHz(m_settings.params, out.bin, m_doc->info().sampleRate);
    try {
        out.db = m_tiles->valueAt(out.frame, out.bin);
        out.valid = !std::isnan(out.db);
    } catch (const std::exception &) {
        out.valid = false;
    }
    return out;
}

QString SpectrogramLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    const Probe pr = probe(g, pos);
    if (pr.frame < 0)
        return {};
    QString s = tr("%1 Hz (bin %2, centre %3 Hz)")
                    .arg(shownLocale().toString(pr.hz, 'f', 1))
                    .arg(pr.bin)
                    .arg(shownLocale().toString(pr.binHz, 'f', 1));
    if (pr.valid)
        s += tr(": %1 dB").arg(shownLocale().toString(pr.db, 'f', 1));
    return s;
}

bool SpectrogramLayer::isComplete(const LayerGeometry &g) const
{
    Q_UNUSED(g)
    return m_tiles->pendingCount() == 0;
}

} // namespace st
