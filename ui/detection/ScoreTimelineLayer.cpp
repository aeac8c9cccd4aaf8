#include "detection/ScoreTimelineLayer.h"
#include "common/LocaleFormat.h"

#include "common/Theme.h"

#include <QLocale>
#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
QColor bonafideColour() { return QColor(0x5c, 0xc8, 0x7a); }
QColor spoofColour() { return QColor(0xff, 0x6b, 0x5a); }

// The smallest 1-2-5 x 10^n step that splits `half` into at most `parts` parts.
double niceStep(double half, int parts = 4)
{
    const double raw = half / std::max(1, parts);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw)
            return m * p;
    return 10.0 * p;
}
} // namespace

ScoreTimelineLayer::ScoreTimelineLayer(QObject *parent) : Layer(parent) {}

void ScoreTimelineLayer::setWindows(std::vector<ScoreWindow> windows, bool higherIsBonafide, const QString &label)
{
    std::stable_sort(windows.begin(), windows.end(),
                     [](const ScoreWindow &a, const ScoreWindow &b) { return a.start < b.start; });
    m_windows = std::move(windows);
    m_higherIsBonafide = higherIsBonafide;
    m_label = label;
    updateRange();
    emit changed();
}

void ScoreTimelineLayer::clear()
{
    m_windows.clear();
    m_label.clear();
    updateRange();
    emit changed();
}

void ScoreTimelineLayer::setThreshold(double t)
{
    m_threshold = t;
    updateRange();
    emit changed();
}

double ScoreTimelineLayer::tickStep(const QRect &rect) const
{
    // Labels at least 16 px apart.
    return niceStep(m_hi - m_threshold, std::clamp(rect.height() / 2 / 16, 1, 4));
}

void ScoreTimelineLayer::updateRange()
{
    double half = 1.0;
    for (const ScoreWindow &w : m_windows)
        if (std::isfinite(w.score))
            half = std::max(half, std::abs(w.score - m_threshold) * 1.05);
    const double step = niceStep(half);
    half = std::ceil(half / step - 1e-9) * step;
    m_lo = m_threshold - half;
    m_hi = m_threshold + half;
}

std::pair<double, double> ScoreTimelineLayer::cellFrames(std::size_t i) const
{
    if (i >= m_windows.size())
        return {0.0, 0.0};
    auto centre = [this](std::size_t k) { return 0.5 * (m_windows[k].start + m_windows[k].end); };
    const double a = i == 0 ? m_windows[i].start : 0.5 * (centre(i - 1) + centre(i));
    const double b = i + 1 == m_windows.size() ? m_windows[i].end : 0.5 * (centre(i) + centre(i + 1));
    return {a, b};
}

std::pair<double, double> ScoreTimelineLayer::cellX(const LayerGeometry &g, std::size_t i) const
{
    const auto [a, b] = cellFrames(i);
    return {g.xForFrame(a), g.xForFrame(b)};
}

double ScoreTimelineLayer::yForScore(double score, const QRect &rect) const
{
    const double s = std::clamp(score, m_lo, m_hi);
    // Pixel rows top .. bottom + 1 span the range, so the extremes land on the rect's edges.
    return rect.top() + (m_hi - s) / (m_hi - m_lo) * rect.height();
}

int ScoreTimelineLayer::windowAtFrame(double frame) const
{
    for (std::size_t i = 0; i < m_windows.size(); ++i) {
        const auto [a, b] = cellFrames(i);
        if (frame >= a && frame < b)
            return int(i);
    }
    return -1;
}

QColor ScoreTimelineLayer::colourFor(double score) const
{
    const bool above = score > m_threshold;
    return above == m_higherIsBonafide ? bonafideColour() : spoofColour();
}

void ScoreTimelineLayer::paint(QPainter &p, const LayerGeometry &g)
{
    const QRect r = g.dataRect();
    p.save();
    p.setClipRect(r);
    p.setRenderHint(QPainter::Antialiasing, false);
    const double step = tickStep(r);
    p.setPen(Theme::gridLine());
    for (double v = m_threshold + step; v < m_hi + 1e-9; v += step) {
        p.drawLine(QPointF(r.left(), yForScore(v, r)), QPointF(r.right(), yForScore(v, r)));
        const double w = 2 * m_threshold - v;
        p.drawLine(QPointF(r.left(), yForScore(w, r)), QPointF(r.right(), yForScore(w, r)));
    }
    const double y0 = yForScore(m_threshold, r);

    // The full extent of the window under the hover cursor.
    const int hover = g.isExporting() || g.view().cursorFrame() < 0 ? -1 : windowAtFrame(double(g.view().cursorFrame()));
    if (hover >= 0) {
        const ScoreWindow &w = m_windows[std::size_t(hover)];
        p.fillRect(QRectF(QPointF(g.xForFrame(w.start), r.top()), QPointF(g.xForFrame(w.end), r.bottom() + 1)),
                   QColor(255, 255, 255, 22));
    }

    double prevY = 0;
    for (std::size_t i = 0; i < m_windows.size(); ++i) {
        const ScoreWindow &w = m_windows[i];
        auto [x0, x1] = cellX(g, i);
        if (x1 < r.left() || x0 > r.right() + 1) {
            prevY = yForScore(w.score, r);
            continue;
        }
        if (!std::isfinite(w.score))
            continue;
        const double y = yForScore(w.score, r);
        QColor c = colourFor(w.score);
        QColor fill = c;
        fill.setAlpha(70);
        p.fillRect(QRectF(QPointF(x0, std::min(y, y0)), QPointF(std::max(x1, x0 + 1), std::max(y, y0))), fill);
        p.setPen(QPen(c, 2));
        p.drawLine(QPointF(x0, y), QPointF(x1, y));
        if (i > 0) {
            p.setPen(QPen(Theme::axisTickMinor(), 1));
            p.drawLine(QPointF(x0, prevY), QPointF(x0, y));
        }
        prevY = y;
    }
    p.setPen(QPen(Theme::axisText(), 1, Qt::DashLine));
    p.drawLine(QPointF(r.left(), y0), QPointF(r.right(), y0));
    if (m_windows.empty()) {
        p.setPen(Theme::axisText());
        p.drawText(r, Qt::AlignCenter, tr("No detection yet: choose a model and press Detect"));
    }
    p.restore();
}

void ScoreTimelineLayer::paintVerticalAxis(QPainter &p, const LayerGeometry &g, const QRect &axisRect) const
{
    const QRect r = g.dataRect();
    p.save();
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    const double step = tickStep(r);
    const int n = int(std::floor((m_hi - m_threshold) / step + 1e-9));
    for (int k = -n; k <= n; ++k) {
        const double v = m_threshold + k * step;
        const double y = yForScore(v, r);
        p.setPen(Theme::axisLine());
        p.drawLine(QPointF(axisRect.right() - 5, y), QPointF(axisRect.right(), y));
        p.setPen(std::abs(v - m_threshold) < step / 2 ? Theme::axisText() : colourFor(v));
        const QString label = shownLocale().toString(std::abs(v) < step / 1000 ? 0.0 : v, 'g', 3);
        const double ty = std::clamp(y + fm.ascent() / 2.0 - 1, double(axisRect.top() + fm.ascent()),
                                     double(axisRect.bottom() - fm.descent()));
        p.drawText(QPointF(axisRect.right() - 8 - fm.horizontalAdvance(label), ty), label);
    }
    p.translate(axisRect.left() + fm.ascent() + 2, axisRect.center().y());
    p.rotate(-90);
    p.setPen(Theme::axisText());
    const QString title = tr("score");
    p.drawText(QPointF(-fm.horizontalAdvance(title) / 2.0, 0), title);
    p.restore();
}

void ScoreTimelineLayer::paintKey(QPainter &p, const LayerGeometry &g, const QRect &keyRect) const
{
    const QRect r = g.dataRect();
    p.save();
    p.setFont(keyFont(p.font(), keyRect.width() - 6));
    const double y0 = yForScore(m_threshold, r);
    const QRect upper(keyRect.left() + 4, r.top() + 2, keyRect.width() - 6, int(y0) - r.top() - 4);
    const QRect lower(keyRect.left() + 4, int(y0) + 2, keyRect.width() - 6, r.bottom() - int(y0) - 4);
    p.setPen(m_higherIsBonafide ? bonafideColour() : spoofColour());
    p.drawText(upper, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               m_higherIsBonafide ? tr("↑ bona fide") : tr("↑ spoof"));
    p.setPen(m_higherIsBonafide ? spoofColour() : bonafideColour());
    p.drawText(lower, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               m_higherIsBonafide ? tr("↓ spoof") : tr("↓ bona fide"));
    if (!m_label.isEmpty()) {
        // The model's name wraps after its hyphens, underscores and dots ("sourcetrace-" / "default") rather than
        // being cut at the key's edge.
        QString label = m_label;
        for (const QChar c : {QLatin1Char('-'), QLatin1Char('_'), QLatin1Char('.')})
            label.replace(c, QString(c) + QChar(0x200B));
        p.setPen(Theme::axisText());
        p.drawText(QRect(keyRect.left() + 4, r.top() + 2, keyRect.width() - 6, int(y0) - r.top() - 4),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
    }
    p.restore();
}

QStringList ScoreTimelineLayer::keyTexts() const
{
    QStringList texts{m_higherIsBonafide ? tr("↑ bona fide") : tr("↑ spoof"), m_higherIsBonafide ? tr("↓ spoof") : tr("↓ bona fide")};
    if (!m_label.isEmpty())
        texts << m_label;
    return texts;
}

QFont ScoreTimelineLayer::keyFont(const QFont &base, int width) const
{
    QStringList words;
    for (QString text : keyTexts()) {
        for (const QChar c : {QLatin1Char('-'), QLatin1Char('_'), QLatin1Char('.')})
            text.replace(c, QString(c) + QLatin1Char(' '));
        words << text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QFont f = base;
    for (double size = Theme::axisFontPointSize(); size > 6.0; size -= 0.25) {
        f.setPointSizeF(size);
        const QFontMetrics fm(f);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return fm.horizontalAdvance(w) <= width; }))
            return f;
    }
    f.setPointSizeF(6.0);
    return f;
}

QString ScoreTimelineLayer::readout(const LayerGeometry &g, const QPointF &pos) const
{
    const int i = windowAtFrame(g.frameForX(pos.x()));
    if (i < 0)
        return {};
    const ScoreWindow &w = m_windows[std::size_t(i)];
    const double rate = g.view().sampleRate() > 0 ? g.view().sampleRate() : 1.0;
    const bool above = w.score > m_threshold;
    return tr("window %1/%2 %3–%4 s: score %5 (%6)")
        .arg(i + 1)
        .arg(m_windows.size())
        .arg(shownLocale().toString(w.start / rate, 'f', 2))
        .arg(shownLocale().toString(w.end / rate, 'f', 2))
        .arg(shownLocale().toString(w.score, 'f', 4))
        .arg(above == m_higherIsBonafide ? tr("bona fide side") : tr("spoof side"));
}

} // namespace st
