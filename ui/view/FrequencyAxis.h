#pragma once
// The vertical axis of a spectrogram: maps a height position to Hz and to the output bin that holds
// that frequency, for a linear or a mel scale, and places labelled ticks in Hz for either.
#include "dsp/Spectrogram.h"

#include <QString>
#include <QVector>

class QPainter;
class QRect;

namespace st {

class FrequencyAxis
{
public:
    FrequencyAxis() = default;
    FrequencyAxis(const SpectrogramParams &params, int sampleRate);

    double nyquist() const { return m_sampleRate / 2.0; }
    FrequencyScale scale() const { return m_params.scale; }
    /// Frequency in Hz at height position u in [0, 1] (0 = bottom = 0 Hz, 1 = top = Nyquist).
    double hzAt(double u) const;
    /// Inverse of hzAt.
    double positionOf(double hz) const;
    /// The output bin (FFT bin, or mel band) displayed at height position u.
    int binAt(double u) const;
    /// Tick frequencies for an axis `heightPx` tall with labels at least `minPx` apart.
    QVector<double> ticks(double heightPx, double minPx) const;
    /// "0 Hz", "500 Hz", "1 kHz", "1.5 kHz", "12 kHz".
    static QString formatHz(double hz);

    /// Draws the axis into `axisRect` (labels right-aligned against the data area on its right),
    /// for data drawn in `dataRect` (same vertical extent).
    void paint(QPainter &p, const QRect &axisRect, const QRect &dataRect) const;

private:
    SpectrogramParams m_params;
    int m_sampleRate = 16000;
};

} // namespace st
