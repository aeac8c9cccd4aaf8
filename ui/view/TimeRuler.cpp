#include "view/TimeRuler.h"

#include "common/Theme.h"
#include "view/ViewState.h"
#include "util/TimeFormat.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>
#include <cmath>

namespace st {

double TimeRuler::tickStep(double secondsPerPixel, double minPixels)
{
    const double minStep = std::max(secondsPerPixel * minPixels, 1e-9);
    if (minStep < 1.0) {
        double decade = std::pow(10.0, std::floor(std::log10(minStep)));
        for (int guard = 0; guard < 4; ++guard, decade *= 10.0) {
            for (double m : {1.0, 2.0, 5.0}) {
                const double s = m * decade;
                if (s >= minStep * (1 - 1e-9))
                    return s;
            }
        }
        return 1.0;
    }
    static const double steps[] = {1,    2,    5,    10,   15,    30,    60,    120,   300,
                                   600,  900,  1800, 3600, 7200,  10800, 21600, 43200, 86400};
    for (double s : steps)
        if (s >= minStep)
            return s;
    return std::ceil(minStep / 86400.0) * 86400.0;
}

int TimeRuler::decimalsForStep(double stepSeconds)
{
    if (stepSeconds >= 1.0 - 1e-12)
        return 3;
    int d = int(std::ceil(-std::log10(stepSeconds) - 1e-9));
    // 0.5 needs 1 digit, 0.25 would need 2: a step m*10^-k needs k digits for m in {1, 2, 5}.
    return std::clamp(d, 3, 6);
}

QString TimeRuler::formatTime(double seconds, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    if (decimals == 3)
        return formatHms(seconds);
    const bool negative = seconds < 0;
    double scale = std::pow(10.0, decimals);
    long long units = std::llround(std::abs(seconds) * scale);
    const long long unitsPerSecond = (long long)scale;
    long long frac = units % unitsPerSecond;
    long long whole = units / unitsPerSecond;
    const long long h = whole / 3600;
    const long long m = (whole / 60) % 60;
    const long long s = whole % 60;
    QString out = QStringLiteral("%1%2:%3:%4")
                      .arg(negative ? QStringLiteral("-") : QString())
                      .arg(h)
                      .arg(m, 2, 10, QLatin1Char('0'))
                      .arg(s, 2, 10, QLatin1Char('0'));
    if (decimals > 0)
        out += QStringLiteral(".%1").arg(frac, decimals, 10, QLatin1Char('0'));
    return out;
}

QVector<double> TimeRuler::ticks(double t0, double t1, double step)
{
    QVector<double> out;
    if (!(step > 0) || t1 < t0)
        return out;
    long long k0 = (long long)std::ceil(t0 / step - 1e-9);
    for (long long k = k0;; ++k) {
        const double t = k * step;
        if (t > t1 + step * 1e-9)
            break;
        out.append(t);
        if (out.size() > 10000)
            break;
    }
    return out;
}

double TimeRuler::minorStep(double step)
{
    if (step >= 1.0) {
        for (double s : {15.0, 30.0, 900.0, 1800.0, 10800.0, 21600.0, 43200.0})
            if (std::abs(step - s) < 1e-9)
                return step / 3;
        for (double s : {120.0, 7200.0})
            if (std::abs(step - s) < 1e-9)
                return step / 4;
    }
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    return std::abs(mantissa - 2.0) < 1e-6 ? step / 4 : step / 5;
}

void TimeRuler::paint(QPainter &p, const QRect &rect, const ViewState &view)
{
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, Theme::panelBackground());
    p.setPen(Theme::axisLine());
    p.drawLine(rect.bottomLeft(), rect.bottomRight());
    if (view.sampleRate() <= 0) {
        p.restore();
        return;
    }
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    const QVector<Label> major = labels(view, [&fm](const QString &t) { return double(fm.horizontalAdvance(t)); });
    const double step = major.size() >= 2 ? major[1].seconds - major[0].seconds
                                          : tickStep(view.secondsPerPixel(), fm.horizontalAdvance(QStringLiteral("0:00:00.000")) + 16);
    const double t0 = view.frameToSeconds(view.startFrame());
    const double t1 = view.frameToSeconds(view.endFrame());
    p.setPen(Theme::axisTickMinor());
    for (double t : ticks(t0, t1, minorStep(step))) {
        const double x = rect.left() + view.frameToX(t * view.sampleRate());
        p.drawLine(QPointF(x, rect.bottom() - 4), QPointF(x, rect.bottom()));
    }
    for (const Label &l : major) {
        const double x = rect.left() + l.x;
        p.setPen(Theme::axisLine());
        p.drawLine(QPointF(x, rect.bottom() - 9), QPointF(x, rect.bottom()));
        p.setPen(Theme::axisText());
        p.drawText(QPointF(x + 3, rect.top() + fm.ascent() + 2), l.text);
    }
    p.restore();
}

QVector<TimeRuler::Label> TimeRuler::labels(const ViewState &view,
                                           const std::function<double(const QString &)> &textWidth)
{
    QVector<Label> out;
    if (view.sampleRate() <= 0)
        return out;
    const double t0 = view.frameToSeconds(view.startFrame());
    const double t1 = view.frameToSeconds(view.endFrame());
    // The widest label of the view (its largest |time|) at the decimals of the step; a finer step may
    // need more decimals, hence wider labels: widen until the step is stable.
    const double tMax = std::max(std::abs(t0), std::abs(t1));
    int decimals = 3;
    double step = 0.0;
    for (int guard = 0; guard < 4; ++guard) {
        const double width = textWidth(formatTime(-tMax, decimals)) + 16;
        step = tickStep(view.secondsPerPixel(), width);
        const int need = decimalsForStep(step);
        if (need <= decimals)
            break;
        decimals = need;
    }
    decimals = std::max(decimals, decimalsForStep(step));
    for (double t : ticks(t0, t1, step))
        out.append(Label{view.frameToX(t * view.sampleRate()), t, formatTime(t, decimals)});
    return out;
}

} // namespace st
