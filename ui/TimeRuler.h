#pragma once
// Time-axis arithmetic and drawing shared by the on-screen ruler and exported images: nice tick
// steps for any zoom level and labels in h:mm:ss.mmm.
#include <QString>
#include <QVector>

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
    /// Decimals the labels of a given step need: 0 for steps of a second or more, at least 3 (ms)
    /// below, more for sub-millisecond steps (up to 6).
    static int decimalsForStep(double stepSeconds);
    /// h:mm:ss with `decimals` digits after the point ("0:01:02.345"); rounds to the last digit.
    static QString formatTime(double seconds, int decimals = 3);
    /// Step of the unlabelled minor ticks between two labelled ones.
    static double minorStep(double step);
    /// Tick times (multiples of `step`) inside [t0, t1].
    static QVector<double> ticks(double t0, double t1, double step);

    /// Draws a ruler for `view` into `rect` (x = rect.left() + view pixel), dark-theme friendly.
    static void paint(QPainter &p, const QRect &rect, const ViewState &view);
    static constexpr int kHeight = 24;
};

} // namespace st
