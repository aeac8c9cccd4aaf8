#include "view/WaveformLayer.h"
#include "common/LocaleFormat.h"

#include "view/DamageBanner.h"

#include "document/AudioDocument.h"
#include "common/Theme.h"
#include "view/TimeRuler.h"

#include <QLocale>
#include <QFontMetrics>
#include <QPainter>
#include <QLineF>
#include <QPainterPath>
#include <QVector>
#include <algorithm>
#include <cmath>

namespace st {

WaveformLayer::WaveformLayer(AudioDocument *doc, QObject *parent) : Layer(parent), m_doc(doc)
{
    connect(doc, &AudioDocument::pyramidProgress, this, &Layer::changed);
    connect(doc, &AudioDocument::provisionalOverviewReady, this, &Layer::changed);
    connect(doc, &AudioDocument::channelChanged, this, [this]() {
        m_rawStart = -1;
        m_raw.clear();
        emit changed();
    });
}

void WaveformLayer::setVerticalGain(double gain)
{
    gain = std::clamp(gain, 1.0, 1024.0);
    if (gain == m_gain)
        return;
    m_gain = gain;
    emit changed();
}

QColor WaveformLayer::provisionalColour()
{
    return QColor(0xb4, 0xd8, 0xcd);
}

WaveformLayer::Mode WaveformLayer::modeFor(double fpp, int baseBlock)
{
    if (fpp >= baseBlock)
        return Mode::Pyramid;
    if (fpp >= 4.0)
        return Mode::RawMinMax;
    if (fpp >= 1.0)
        return Mode::Line;
    if (fpp > 0.25)
        return Mode::Line;
    return Mode::LineWithDots;
}

double WaveformLayer::yForValue(double v, const QRect &r, double gain)
{
    const double mid = r.top() + r.height() / 2.0;
    const double half = (r.height() - 2) / 2.0;
    return mid - std::clamp(v * gain, -1.0, 1.0) * half;
}

const std::vector<float> &WaveformLayer::rawFrames(int64_t start, int64_t count) const
{
    const int64_t have = int64_t(m_raw.size());
    if (m_rawStart < 0 || start < m_rawStart || start + count > m_rawStart + have) {
        // Read a little more than asked so that small pans do not decode again.
        const int64_t margin = count / 2 + 64;
        const int64_t s = std::max<int64_t>(0, start - margin);
        m_raw = m_doc->readMono(s, count + 2 * margin);
        m_rawStart = s;
    }
    return m_raw;
}

void WaveformLayer::paint(QPainter &p, const LayerGeometry &g)
{
    const QRect r = g.dataRect();
    const ViewState &v = g.view();
    const auto pyramid = m_doc->pyramid();
    const int64_t total = m_doc->info().frames;
    p.save();
    p.setClipRect(r);
    p.fillRect(r, Theme::background());

    // Grid at +-0.5 and the zero line.
    p.setPen(Theme::gridLine());
    for (double a : {0.5, -0.5})
        p.drawLine(QPointF(r.left(), yForValue(a / m_gain, r, m_gain)), QPointF(r.right(), yForValue(a / m_gain, r, m_gain)));
    p.setPen(Theme::axisTickMinor());
    p.drawLine(QPointF(r.left(), yForValue(0, r, m_gain)), QPointF(r.right(), yForValue(0, r, m_gain)));

    const double fpp = v.framesPerPixel();
    const Mode mode = modeFor(fpp, pyramid->baseBlock());
    const int w = r.width();
    const int64_t ready = pyramid->readyFrames();

    if (mode == Mode::Pyramid) {
        const auto sketch = m_doc->provisionalOverview();
        const int64_t columns = sketch ? int64_t(sketch->size()) : 0;
        QVector<QLineF> exact, provisional;
        auto column = [&](QVector<QLineF> &lines, int x, const MinMax &mm) {
            const double y0 = yForValue(mm.max, r, m_gain), y1 = yForValue(mm.min, r, m_gain);
            lines.append(QLineF(r.left() + x + 0.5, y0, r.left() + x + 0.5, std::max(y1, y0 + 1)));
        };
        for (int x = 0; x < w; ++x) {
            const int64_t f0 = int64_t(std::floor(v.xToFrame(x)));
            const int64_t f1 = std::min<int64_t>(total, int64_t(std::floor(v.xToFrame(x + 1))));
            if (f0 >= total)
                break;
            MinMax mm;
            if (f1 > f0 && pyramid->query(f0, f1, mm)) {
                column(exact, x, mm);
            } else if (columns > 0 && f1 > f0) {
                // Not summarised yet: the sketch columns whose spans meet [f0, f1).
                const int64_t c0 = std::clamp<int64_t>(f0 * columns / total, 0, columns - 1);
                const int64_t c1 = std::clamp<int64_t>((f1 - 1) * columns / total, c0, columns - 1);
                MinMax s = (*sketch)[size_t(c0)];
                for (int64_t c = c0 + 1; c <= c1; ++c) {
                    s.min = std::min(s.min, (*sketch)[size_t(c)].min);
                    s.max = std::max(s.max, (*sketch)[size_t(c)].max);
                }
                column(provisional, x, s);
            } else if (f0 >= ready) {
                // Not summarised yet: a faint band says "coming".
                p.fillRect(QRectF(r.left() + x, r.top() + r.height() * 0.45, w - x, r.height() * 0.1),
                           Theme::waveformNotReady());
                break;
            }
        }
        if (!provisional.isEmpty()) {
            p.setPen(provisionalColour());
            p.drawLines(provisional);
        }
        p.setPen(Theme::waveform());
        p.drawLines(exact);
        paintDamageBanner(p, r, m_doc->readError());
        p.restore();
        return;
    }

    const int64_t first = std::max<int64_t>(0, int64_t(std::floor(v.startFrame())) - 1);
    const int64_t last = std::min<int64_t>(total, int64_t(std::ceil(v.endFrame())) + 2);
    if (last <= first) {
        paintDamageBanner(p, r, m_doc->readError());
        p.restore();
        return;
    }
    const std::vector<float> &raw = rawFrames(first, last - first);
    auto sample = [&](int64_t f) -> float {
        const int64_t i = f - m_rawStart;
        return (i >= 0 && i < int64_t(raw.size())) ? raw[size_t(i)] : 0.f;
    };

    p.setRenderHint(QPainter::Antialiasing, mode != Mode::RawMinMax);
    if (mode == Mode::RawMinMax) {
        p.setPen(Theme::waveform());
        for (int x = 0; x < w; ++x) {
            const int64_t f0 = int64_t(std::floor(v.xToFrame(x)));
            const int64_t f1 = std::min<int64_t>(total, std::max<int64_t>(f0 + 1, int64_t(std::floor(v.xToFrame(x + 1)))));
            if (f0 >= total)
                break;
            // Start from the previous frame so that neighbouring columns join up.
            float lo = f0 > 0 ? sample(f0 - 1) : 1e9f, hi = f0 > 0 ? sample(f0 - 1) : -1e9f;
            for (int64_t f = f0; f < f1; ++f) {
                lo = std::min(lo, sample(f));
                hi = std::max(hi, sample(f));
            }
            const double y0 = yForValue(hi, r, m_gain), y1 = yForValue(lo, r, m_gain);
            p.drawLine(QPointF(r.left() + x + 0.5, y0), QPointF(r.left() + x + 0.5, std::max(y1, y0 + 1)));
        }
    } else {
        QPainterPath path;
        bool started = false;
        for (int64_t f = first; f < last; ++f) {
            const QPointF pt(g.xForFrame(double(f)), yForValue(sample(f), r, m_gain));
            if (!started) {
                path.moveTo(pt);
                started = true;
            } else {
                path.lineTo(pt);
            }
        }
        p.setPen(QPen(Theme::waveform(), 1.2));
        p.drawPath(path);
        if (mode == Mode::LineWithDots) {
            p.setBrush(Theme::waveform());
            p.setPen(Qt::NoPen);
            for (int64_t f = first; f < last; ++f)
                p.drawEllipse(QPointF(g.xForFrame(double(f)), yForValue(sample(f), r, m_gain)), 2.5, 2.5);
        }
    }
    paintDamageBanner(p, r, m_doc->readError());
    p.restore();
}

void WaveformLayer::paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const
{
    const QRect r = g.dataRect();
    p.save();
    p.fillRect(axisRect, Theme::panelBackground());
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    for (double a : {1.0, 0.5, 0.0, -0.5, -1.0}) {
        const double value = a / m_gain;
        const double y = yForValue(value, r, m_gain);
        p.setPen(Theme::axisLine());
        p.drawLine(QPointF(axisRect.right() - 5, y), QPointF(axisRect.right(), y));
        p.setPen(Theme::axisText());
        const QString label = a == 0.0 ? QStringLiteral("0") : shownLocale().toString(value, 'g', 3);
        double ty = std::clamp(y + fm.ascent() / 2.0 - 1, double(axisRect.top() + fm.ascent()),
                               double(axisRect.bottom() - fm.descent()));
        p.drawText(QPointF(axisRect.right() - 8 - fm.horizontalAdvance(label), ty), label);
    }
    p.restore();
}

QString WaveformLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    const int64_t total = m_doc->info().frames;
    const double fx = g.frameForX(pos.x());
    const int64_t f = int64_t(std::floor(fx));
    if (f < 0 || f >= total)
        return {};
    const double fpp = g.view().framesPerPixel();
    auto db = [](double a) {
        return a > 0 ? QStringLiteral("%1 dBFS").arg(shownLocale().toString(20.0 * std::log10(a), 'f', 1)) : QStringLiteral("-inf dBFS");
    };
    if (fpp <= 1.0) {
        const std::vector<float> s = m_doc->readMono(f, 1);
        if (s.empty())
            return {};
        return tr("sample %1 = %2 (%3)").arg(f).arg(shownLocale().toString(double(s[0]), 'f', 5)).arg(db(std::abs(s[0])));
    }
    // A pixel covers several frames: report the min/max of that pixel's frames.
    const int64_t f0 = int64_t(std::floor(g.frameForX(std::floor(pos.x()))));
    const int64_t f1 = std::min<int64_t>(total, int64_t(std::floor(g.frameForX(std::floor(pos.x()) + 1))));
    MinMax mm;
    bool ok = false;
    if (fpp >= m_doc->pyramid()->baseBlock()) {
        ok = m_doc->pyramid()->query(std::max<int64_t>(0, f0), f1, mm);
    } else {
        const std::vector<float> s = m_doc->readMono(std::max<int64_t>(0, f0), f1 - f0);
        if (!s.empty()) {
            auto [lo, hi] = std::minmax_element(s.begin(), s.end());
            mm.min = *lo;
            mm.max = *hi;
            ok = true;
        }
    }
    if (!ok && fpp >= m_doc->pyramid()->baseBlock()) {
        if (const auto sketch = m_doc->provisionalOverview(); sketch && !sketch->empty() && f1 > f0) {
            const int64_t n = int64_t(sketch->size());
            const int64_t c0 = std::clamp<int64_t>(std::max<int64_t>(0, f0) * n / total, 0, n - 1);
            const int64_t c1 = std::clamp<int64_t>((f1 - 1) * n / total, c0, n - 1);
            MinMax s = (*sketch)[size_t(c0)];
            for (int64_t c = c0 + 1; c <= c1; ++c) {
                s.min = std::min(s.min, (*sketch)[size_t(c)].min);
                s.max = std::max(s.max, (*sketch)[size_t(c)].max);
            }
            return tr("about min %1 / max %2 (provisional: from probes, a peak may be missed)")
                .arg(shownLocale().toString(double(s.min), 'f', 4))
                .arg(shownLocale().toString(double(s.max), 'f', 4));
        }
    }
    if (!ok)
        return tr("amplitude: not summarised yet");
    return tr("min %1 / max %2 (peak %3)")
        .arg(shownLocale().toString(double(mm.min), 'f', 4))
        .arg(shownLocale().toString(double(mm.max), 'f', 4))
        .arg(db(std::max(std::abs(mm.min), std::abs(mm.max))));
}

bool WaveformLayer::isComplete(const LayerGeometry &g) const
{
    const auto pyramid = m_doc->pyramid();
    if (modeFor(g.view().framesPerPixel(), pyramid->baseBlock()) != Mode::Pyramid)
        return true;
    return pyramid->readyFrames() >= std::min<int64_t>(m_doc->info().frames, int64_t(std::ceil(g.view().endFrame())));
}

} // namespace st

namespace st {

bool WaveformLayer::isPaintable(const LayerGeometry &g) const
{
    if (isComplete(g))
        return true;
    const auto sketch = m_doc->provisionalOverview();
    return sketch && !sketch->empty();
}

} // namespace st
