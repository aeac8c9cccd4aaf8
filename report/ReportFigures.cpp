#include "report/ReportFigures.h"

#include "analysis/EvidenceAnalysis.h"
#include "dsp/Spectrogram.h"
#include "explain/AttributionMaps.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

// The colours of the explanation views (Okabe-Ito vermillion and blue, readable by colour-blind readers and in grey).
const QColor kPositive(213, 94, 0);
const QColor kNegative(0, 114, 178);
const QColor kAxis(60, 60, 60);
const QColor kGrid(215, 215, 215);

constexpr int kLeft = 130, kRight = 40, kTop = 96, kAxisBand = 70, kCaptionLine = 34;

QFont figureFont(int px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

/// A step of 1, 2 or 5 times a power of ten giving about `target` ticks over `span`.
double niceStep(double span, int target)
{
    if (!(span > 0))
        return 1;
    const double raw = span / std::max(1, target);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}

QString tickLabel(double v, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return QString::number(v, 'f', std::max(0, decimals));
}

void drawTitleAndKey(QPainter &p, const QRect &area, const FigureCaption &c, const ExplanationResult &e, bool spectrogram)
{
    p.setPen(Qt::black);
    p.setFont(figureFont(30, true));
    p.drawText(QRect(area.left(), 10, area.width(), 40), Qt::AlignLeft | Qt::AlignVCenter, c.title);
    // Colour key: two swatches with what each sign means.
    p.setFont(figureFont(24));
    const QFontMetrics fm(p.font());
    int x = area.left();
    const int y = 56;
    const auto swatch = [&](const QColor &col, const QString &text) {
        p.fillRect(x, y, 28, 22, col);
        p.setPen(kAxis);
        p.drawRect(x, y, 28, 22);
        x += 36;
        p.drawText(x, y + 18, text);
        x += fm.horizontalAdvance(text) + 30;
    };
    swatch(kPositive, QStringLiteral("positive: %1").arg(e.positiveMeaning.isEmpty() ? QStringLiteral("raises the target") : e.positiveMeaning));
    swatch(kNegative, QStringLiteral("negative: %1").arg(e.negativeMeaning.isEmpty() ? QStringLiteral("lowers the target") : e.negativeMeaning));
    p.setPen(kAxis);
    p.drawText(x, y + 18, spectrogram ? QStringLiteral("(opacity: |attribution| per cell, 99th percentile = full)")
                                      : QStringLiteral("(opacity: |attribution| per column, 99th percentile = full)"));
}

void drawCaption(QPainter &p, const QRect &imageRect, int top, const FigureCaption &c)
{
    p.setPen(Qt::black);
    p.setFont(figureFont(24));
    int y = top;
    for (const QString &line : c.lines) {
        p.drawText(QRect(kLeft - 100, y, imageRect.width() - (kLeft - 100) - kRight, kCaptionLine),
                   Qt::AlignLeft | Qt::AlignVCenter, line);
        y += kCaptionLine;
    }
}

void drawTimeAxis(QPainter &p, const QRect &plot, double seconds)
{
    p.setFont(figureFont(24));
    if (!(seconds > 0) || !std::isfinite(seconds))
        return; // no time axis for an empty attribution or an unknown rate
    const double step = niceStep(seconds, 10);
    for (double t = 0; t <= seconds + 1e-9; t += step) {
        const int x = plot.left() + int(std::lround(t / seconds * plot.width()));
        p.setPen(kAxis);
        p.drawLine(x, plot.bottom(), x, plot.bottom() + 8);
        p.drawText(QRect(x - 60, plot.bottom() + 10, 120, 28), Qt::AlignHCenter | Qt::AlignTop, tickLabel(t, step));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + 38, plot.width(), 30), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("time (s)"));
}

QColor tint(double v)
{
    QColor c = v > 0 ? kPositive : kNegative;
    c.setAlphaF(std::min(1.0, std::abs(v)) * 0.85);
    return c;
}

QRgb blend(QRgb under, const QColor &c, double alpha)
{
    alpha = std::clamp(alpha, 0.0, 1.0);
    return qRgb(int(qRed(under) * (1 - alpha) + c.red() * alpha), int(qGreen(under) * (1 - alpha) + c.green() * alpha),
                int(qBlue(under) * (1 - alpha) + c.blue() * alpha));
}

float finiteOr0(float v) { return std::isfinite(v) ? v : 0.0f; }

} // namespace

int spectrogramFigureHop(int64_t samples)
{
    return int(std::max<int64_t>(128, (samples + 3999) / 4000));
}

QImage detectionTimelineFigure(const DetectionResult &d, const FigureCaption &caption, int width, int height)
{
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, true);
    const int captionTop = height - int(caption.lines.size()) * kCaptionLine - 8;
    const QRect plot(kLeft, kTop - 30, width - kLeft - kRight, captionTop - kAxisBand - kTop + 24);
    p.setPen(Qt::black);
    p.setFont(figureFont(30, true));
    p.drawText(QRect(plot.left(), 10, plot.width(), 40), Qt::AlignLeft | Qt::AlignVCenter, caption.title);

    const int rate = std::max(1, d.modelRate);
    const double seconds = double(std::max<int64_t>(d.modelSamples, d.timeline.empty() ? 0 : d.timeline.back().end)) / rate;
    double lo = std::isfinite(d.clip.score) ? d.clip.score : 0.0, hi = lo;
    for (const TimelineWindow &w : d.timeline)
        if (std::isfinite(w.score)) {
            lo = std::min(lo, w.score);
            hi = std::max(hi, w.score);
        }
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double pad = std::max(0.5, 0.1 * (hi - lo));
    lo -= pad;
    hi += pad;
    const auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
    const auto xOf = [&](double s) { return plot.left() + (seconds > 0 ? s / seconds : 0.0) * plot.width(); };

    p.setFont(figureFont(24));
    const double step = niceStep(hi - lo, 6);
    for (double v = std::ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
        const int y = int(std::lround(yOf(v)));
        p.setPen(QPen(kGrid, 1, Qt::DashLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(kAxis);
        p.drawLine(plot.left() - 8, y, plot.left(), y);
        p.drawText(QRect(0, y - 14, plot.left() - 14, 28), Qt::AlignRight | Qt::AlignVCenter, tickLabel(v, step));
    }
    p.setPen(QPen(kAxis, 2));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    if (std::isfinite(d.clip.score)) {
        p.setPen(QPen(kPositive, 3, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(d.clip.score)), QPointF(plot.right(), yOf(d.clip.score)));
    }
    p.setPen(QPen(kNegative, 5));
    for (const TimelineWindow &w : d.timeline)
        if (std::isfinite(w.score))
            p.drawLine(QPointF(xOf(double(w.start) / rate), yOf(w.score)), QPointF(xOf(double(w.end) / rate), yOf(w.score)));
    if (d.timeline.empty()) {
        p.setPen(kAxis);
        p.drawText(plot, Qt::AlignCenter, QStringLiteral("no timeline was stored"));
    }
    p.setPen(QPen(kAxis, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.save();
    p.translate(22, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-200, -14, 400, 28), Qt::AlignCenter, QStringLiteral("detection score"));
    p.restore();
    // Key.
    p.setFont(figureFont(24));
    int x = plot.right() - 900;
    const int y = 20;
    p.fillRect(x, y + 10, 40, 5, kNegative);
    p.drawText(x + 50, y + 20, QStringLiteral("window score"));
    x += 260;
    p.setPen(QPen(kPositive, 3, Qt::DashLine));
    p.drawLine(x, y + 12, x + 40, y + 12);
    p.setPen(kAxis);
    p.drawText(x + 50, y + 20, QStringLiteral("whole-clip score (%1)").arg(d.scoreConvention.section(QLatin1Char(';'), 0, 0)));
    drawTimeAxis(p, plot, seconds);
    drawCaption(p, img.rect(), captionTop, caption);
    return img;
}

double absPercentileOf(const std::vector<float> &v, double percentile)
{
    if (v.empty())
        return 0;
    std::vector<float> a(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        a[i] = std::abs(finiteOr0(v[i]));
    const double q = std::clamp(percentile, 0.0, 100.0) / 100.0;
    const std::size_t k = std::min(a.size() - 1, std::size_t(std::ceil(q * double(a.size()))) - (q > 0 ? 1 : 0));
    std::nth_element(a.begin(), a.begin() + std::ptrdiff_t(k), a.end());
    return a[k];
}

FigureCaption explanationCaption(const QString &title, const QString &clipLabel, const QString &sha256, const QString &model,
                                 const ExplanationResult &e)
{
    FigureCaption c;
    c.title = title;
    c.lines << QStringLiteral("clip %1   SHA-256 %2").arg(clipLabel, sha256);
    c.lines << QStringLiteral("model %1   target %2   baseline %3   %4 steps (%5)").arg(model, e.target, e.baseline).arg(e.steps).arg(e.rule);
    c.lines << QStringLiteral("completeness gap %1 %   F(x) %2   F(x') %3   sum of attributions %4")
                   .arg(100 * e.completenessError, 0, 'f', 2)
                   .arg(e.fInput, 0, 'g', 5)
                   .arg(e.fBaseline, 0, 'g', 5)
                   .arg(e.attributionSum, 0, 'g', 5);
    return c;
}

QImage attributionWaveformFigure(const std::vector<float> &clip, const ExplanationResult &e, const FigureCaption &caption,
                                 int width, int height)
{
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, false);
    const int captionTop = height - int(caption.lines.size()) * kCaptionLine - 8;
    const QRect plot(kLeft, kTop, width - kLeft - kRight, captionTop - kAxisBand - kTop - 6);
    drawTitleAndKey(p, plot, caption, e, false);

    const std::vector<float> &a = e.attribution;
    const int64_t n = int64_t(a.size());
    const bool haveClip = int64_t(clip.size()) == n && n > 0;
    const int w = plot.width();
    std::vector<float> col(std::size_t(w), 0.0f);
    for (int x = 0; x < w && n > 0; ++x) {
        const int64_t lo = n * x / w, hi = std::max(lo + 1, n * (x + 1) / w);
        double s = 0;
        for (int64_t i = lo; i < std::min(hi, n); ++i)
            s += finiteOr0(a[std::size_t(i)]);
        col[std::size_t(x)] = float(s);
    }
    const double scale = std::max(absPercentileOf(col, 99.0), 1e-30);
    for (int x = 0; x < w; ++x)
        p.fillRect(plot.left() + x, plot.top(), 1, plot.height(), tint(col[std::size_t(x)] / scale));

    // Grid and amplitude axis.
    p.setFont(figureFont(24));
    for (double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const int y = plot.top() + int(std::lround((0.5 - 0.5 * v) * (plot.height() - 1)));
        p.setPen(QPen(kGrid, 1, v == 0.0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(kAxis);
        p.drawLine(plot.left() - 8, y, plot.left(), y);
        p.drawText(QRect(0, y - 14, plot.left() - 14, 28), Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 1));
    }
    p.save();
    p.translate(22, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-200, -14, 400, 28), Qt::AlignCenter, haveClip ? QStringLiteral("amplitude (full scale)")
                                                                       : QStringLiteral("attribution (relative)"));
    p.restore();

    if (haveClip) {
        for (int x = 0; x < w; ++x) {
            const int64_t lo = n * x / w, hi = std::max(lo + 1, n * (x + 1) / w);
            float mn = 0, mx = 0;
            for (int64_t i = lo; i < std::min(hi, n); ++i) {
                mn = std::min(mn, finiteOr0(clip[std::size_t(i)]));
                mx = std::max(mx, finiteOr0(clip[std::size_t(i)]));
            }
            mn = std::max(mn, -1.0f);
            mx = std::min(mx, 1.0f);
            const int y0 = plot.top() + int((0.5 - 0.5 * mx) * (plot.height() - 1));
            const int y1 = plot.top() + int((0.5 - 0.5 * mn) * (plot.height() - 1));
            p.fillRect(plot.left() + x, y0, 1, std::max(1, y1 - y0 + 1), QColor(45, 45, 45));
        }
    } else {
        // No samples: the signed column sums as a line, so the figure still shows where the attribution lies.
        p.setPen(QPen(Qt::black, 2));
        QPainterPath path;
        for (int x = 0; x < w; ++x) {
            const double v = std::clamp(col[std::size_t(x)] / scale, -1.0, 1.0);
            const QPointF pt(plot.left() + x, plot.top() + (0.5 - 0.5 * v) * (plot.height() - 1));
            x == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        p.drawPath(path);
    }
    p.setPen(QPen(kAxis, 2));
    p.drawRect(plot);
    const double seconds = e.sampleRate > 0 ? double(n) / e.sampleRate : 0;
    drawTimeAxis(p, plot, seconds);
    drawCaption(p, img.rect(), captionTop, caption);
    return img;
}

QImage attributionSpectrogramFigure(const std::vector<float> &clip, const ExplanationResult &e,
                                    const FigureCaption &caption, int width, int height)
{
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    const int captionTop = height - int(caption.lines.size()) * kCaptionLine - 8;
    // Room on the right for the dB scale.
    const QRect plot(kLeft, kTop, width - kLeft - kRight - 150, captionTop - kAxisBand - kTop - 6);
    drawTitleAndKey(p, plot, caption, e, true);

    const int rate = e.sampleRate > 0 ? e.sampleRate : 16000;
    SpectrogramParams params;
    params.fftSize = 512;
    const int64_t n = int64_t(clip.size());
    params.hop = spectrogramFigureHop(n);
    if (n > 0 && n == int64_t(e.attribution.size())) {
        Stft stft(params, rate);
        const int64_t frames = params.frameCount(n);
        const int bins = params.bins();
        const std::vector<float> db = stft.computeDb(clip.data(), n, 0, frames);
        const TfAttribution map = tfAttribution(e.attribution, clip, params, rate);
        const double scale = std::max(absPercentileOf(map.values, 99.0), 1e-30);
        QImage cells(int(frames), bins, QImage::Format_RGB32);
        for (int64_t t = 0; t < frames; ++t)
            for (int b = 0; b < bins; ++b) {
                const double g = std::clamp((db[std::size_t(t * bins + b)] + 100.0) / 100.0, 0.0, 1.0);
                const int gv = int(255 * g);
                const double v = t < map.frames && b < map.bins ? finiteOr0(map.at(t, b)) / scale : 0.0;
                cells.setPixel(int(t), bins - 1 - b, blend(qRgb(gv, gv, gv), v > 0 ? kPositive : kNegative, std::min(1.0, std::abs(v))));
            }
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(plot, cells);
    } else {
        p.fillRect(plot, QColor(240, 240, 240));
        p.setPen(kAxis);
        p.setFont(figureFont(26));
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                   QStringLiteral("no spectrogram: the evidence's samples could not be read (see the text)"));
    }
    // Frequency axis (kHz).
    p.setFont(figureFont(24));
    const double nyquist = rate / 2.0;
    const double stepHz = niceStep(nyquist, 8);
    for (double f = 0; f <= nyquist + 1e-9; f += stepHz) {
        const int y = plot.bottom() - int(std::lround(f / nyquist * plot.height()));
        p.setPen(kAxis);
        p.drawLine(plot.left() - 8, y, plot.left(), y);
        p.drawText(QRect(0, y - 14, plot.left() - 14, 28), Qt::AlignRight | Qt::AlignVCenter, tickLabel(f / 1000.0, stepHz / 1000.0));
    }
    p.save();
    p.translate(22, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-200, -14, 400, 28), Qt::AlignCenter, QStringLiteral("frequency (kHz)"));
    p.restore();
    p.setPen(QPen(kAxis, 2));
    p.drawRect(plot);
    // Grey scale of the spectrogram.
    const QRect bar(plot.right() + 30, plot.top(), 26, plot.height());
    for (int y = 0; y < bar.height(); ++y) {
        const int gv = int(255.0 * (1.0 - double(y) / std::max(1, bar.height() - 1)));
        p.fillRect(bar.left(), bar.top() + y, bar.width(), 1, QColor(gv, gv, gv));
    }
    p.setPen(kAxis);
    p.drawRect(bar);
    for (int dbv = 0; dbv >= -100; dbv -= 20) {
        const int y = bar.top() + int(std::lround(-dbv / 100.0 * (bar.height() - 1)));
        p.drawLine(bar.right(), y, bar.right() + 6, y);
        p.drawText(QRect(bar.right() + 10, y - 14, 80, 28), Qt::AlignLeft | Qt::AlignVCenter, QString::number(dbv));
    }
    p.drawText(QRect(bar.left() - 10, bar.bottom() + 10, 140, 28), Qt::AlignLeft, QStringLiteral("dBFS"));
    drawTimeAxis(p, plot, rate > 0 ? double(e.attribution.size()) / rate : 0);
    drawCaption(p, img.rect(), captionTop, caption);
    return img;
}

} // namespace st
