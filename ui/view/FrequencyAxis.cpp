#include "view/FrequencyAxis.h"
#include "common/LocaleFormat.h"

#include "common/Theme.h"

#include <QLocale>
#include <QFontMetrics>
#include <QPainter>
#include <QRect>
#include <algorithm>
#include <cmath>

namespace st {

FrequencyAxis::FrequencyAxis(const SpectrogramParams &params, int sampleRate)
    : m_params(params), m_sampleRate(std::max(1, sampleRate))
{
}

double FrequencyAxis::hzAt(double u) const
{
    u = std::clamp(u, 0.0, 1.0);
    if (m_params.scale == FrequencyScale::Mel)
        return melToHz(u * hzToMel(nyquist()));
    return u * nyquist();
}

double FrequencyAxis::positionOf(double hz) const
{
    if (m_params.scale == FrequencyScale::Mel)
        return hzToMel(hz) / hzToMel(nyquist());
    return hz / nyquist();
}

int FrequencyAxis::binAt(double u) const
{
    u = std::clamp(u, 0.0, 1.0);
    if (m_params.scale == FrequencyScale::Mel) {
        // Band b is centred at mel position (b + 1) / (bands + 1) of the range (see binCentreHz).
        const int bands = m_params.melBands;
        return std::clamp(int(std::lround(u * (bands + 1) - 1.0)), 0, bands - 1);
    }
    const int half = m_params.fftSize / 2;
    return std::clamp(int(std::lround(u * half)), 0, half);
}

QVector<double> FrequencyAxis::ticks(double heightPx, double minPx) const
{
    QVector<double> out;
    if (heightPx <= 0)
        return out;
    if (m_params.scale == FrequencyScale::Linear) {
        const double minStep = nyquist() * minPx / heightPx;
        double decade = std::pow(10.0, std::floor(std::log10(std::max(minStep, 1e-6))));
        double step = 0;
        for (int guard = 0; guard < 4 && step == 0; ++guard, decade *= 10)
            for (double m : {1.0, 2.0, 2.5, 5.0})
                if (step == 0 && m * decade >= minStep)
                    step = m * decade;
        for (double f = 0; f <= nyquist() + 1e-6; f += step)
            out.append(f);
        return out;
    }
    static const double nice[] = {0,    50,   100,  200,  300,   500,   700,   1000,  1500,  2000, 3000,
                                  4000, 5000, 6000, 7000, 8000, 10000, 12000, 15000, 20000, 24000};
    double lastPx = -1e9;
    for (double f : nice) {
        if (f > nyquist() + 1e-6)
            break;
        const double px = positionOf(f) * heightPx;
        if (px - lastPx >= minPx) {
            out.append(f);
            lastPx = px;
        }
    }
    return out;
}

QString FrequencyAxis::formatHz(double hz)
{
    if (hz < 1000.0)
        return QStringLiteral("%1 Hz").arg(std::lround(hz));
    const double k = hz / 1000.0;
    if (std::abs(k - std::round(k)) < 1e-6)
        return QStringLiteral("%1 kHz").arg(std::lround(k));
    return QStringLiteral("%1 kHz").arg(shownLocale().toString(k, 'g', 3)); // shown: the user's decimal separator
}

void FrequencyAxis::paint(QPainter &p, const QRect &axisRect, const QRect &dataRect) const
{
    p.save();
    p.fillRect(axisRect, Theme::panelBackground());
    QFont f = p.font();
    f.setPointSizeF(Theme::axisFontPointSize());
    p.setFont(f);
    const QFontMetrics fm(f);
    const double h = dataRect.height();
    for (double hz : ticks(h, fm.height() * 2.4)) {
        const double y = dataRect.bottom() + 1 - positionOf(hz) * h;
        p.setPen(Theme::axisLine());
        p.drawLine(QPointF(axisRect.right() - 5, y), QPointF(axisRect.right(), y));
        p.setPen(Theme::axisText());
        const QString label = formatHz(hz);
        double ty = y + fm.ascent() / 2.0 - 1;
        ty = std::clamp(ty, double(axisRect.top() + fm.ascent()), double(axisRect.bottom() - fm.descent()));
        p.drawText(QPointF(axisRect.right() - 8 - fm.horizontalAdvance(label), ty), label);
    }
    p.restore();
}

} // namespace st
