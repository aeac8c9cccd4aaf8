#pragma once
// Time-axis arithmetic and drawing shared by the on-screen ruler and exported images: nice tick
// steps for any zoom level and labels in h:mm:ss.mmm: every label has at least three decimals
// ("0:00:01.000"), more for sub-millisecond steps, and label steps are chosen from the width of the
// widest label so that labels never overlap.
#include <QString>
#include <QVector>
#include <functional>

class QPainter;
class QRect;

namespace st {

class ViewState;

class TimeRuler
{
public:
    /// The smallest "nice" step in seconds (1-2-5 x 10^k below one second; 1, 2, 5, 10, 15, 30 s;
    /// 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12, 24 h ...) whose ticks are at least `minPixels` apart.
    static double tickStep(double secondsPerPixel, double minPixels);
    /// Decimals the labels of a given step get: 3 (milliseconds, also for whole seconds, so that every
    /// label reads h:mm:ss.mmm), more for sub-millisecond steps (up to 6).
    static int decimalsForStep(double stepSeconds);
    /// h:mm:ss with `decimals` digits after the point ("0:01:02.345"); rounds to the last digit.
    /// With 3 decimals this is st::formatHms (core/util/TimeFormat).
    static QString formatTime(double seconds, int decimals = 3);

    /// One labelled tick: x relative to the view's left edge, its time and its text.
    struct Label
    {
        double x = 0.0;
        double seconds = 0.0;
        QString text;
    };
    /// The labelled ticks paint() draws for `view`, `textWidth` giving the width of a text in pixels
    /// (paint() uses its font's metrics): the step is the smallest nice step at which the widest label
    /// (plus a gap) fits between two ticks.
    static QVector<Label> labels(const ViewState &view, const std::function<double(const QString &)> &textWidth);
    /// Step of the unlabelled minor ticks between two labelled ones.
    static double minorStep(double step);
    /// Tick times (multiples of `step`) inside [t0, t1].
    static QVector<double> ticks(double t0, double t1, double step);

    /// Draws a ruler for `view` into `rect` (x = rect.left() + view pixel), dark-theme friendly.
    static void paint(QPainter &p, const QRect &rect, const ViewState &view);
    static constexpr int kHeight = 24;
};

} // namespace st
