// Resampling with libsoxr HQ: a sine keeps its frequency (measured with a single-bin DFT scan and zero
// crossings, written here, independent of the code under test) and its level within 0.1 dB.
#include "audio/Resampler.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>

using namespace st;

namespace {

std::vector<float> sine(int rate, int64_t n, double hz, double amp)
{
    std::vector<float> x(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        x[size_t(i)] = float(amp * std::sin(2.0 * M_PI * hz * double(i) / rate));
    return x;
}

/// |DFT| at frequency f (Hz) over x[from, to) with a Hann window, normalised so a sine of amplitude A
/// gives A.
double dftMagnitude(const std::vector<float> &x, size_t from, size_t to, int rate, double f)
{
    double re = 0, im = 0, wsum = 0;
    const size_t n = to - from;
    for (size_t i = 0; i < n; ++i) {
        const double w = 0.5 - 0.5 * std::cos(2.0 * M_PI * double(i) / double(n - 1));
        const double ph = 2.0 * M_PI * f * double(i) / rate;
        re += w * x[from + i] * std::cos(ph);
        im -= w * x[from + i] * std::sin(ph);
        wsum += w;
    }
    return 2.0 * std::sqrt(re * re + im * im) / wsum;
}

/// The frequency of the strongest DFT bin between lo and hi Hz, refined to 0.01 Hz.
double peakFrequency(const std::vector<float> &x, size_t from, size_t to, int rate, double lo, double hi)
{
    double best = lo, bestMag = -1;
    for (double step : {1.0, 0.1, 0.01}) {
        for (double f = lo; f <= hi; f += step) {
            const double m = dftMagnitude(x, from, to, rate, f);
            if (m > bestMag) {
                bestMag = m;
                best = f;
            }
        }
        lo = best - step;
        hi = best + step;
    }
    return best;
}

double zeroCrossingHz(const std::vector<float> &x, size_t from, size_t to, int rate)
{
    double first = -1, last = -1;
    int count = 0;
    for (size_t i = from + 1; i < to; ++i) {
        if (x[i - 1] < 0.f && x[i] >= 0.f) {
            const double t = double(i - 1) + double(-x[i - 1]) / double(x[i] - x[i - 1]);
            if (first < 0)
                first = t;
            last = t;
            ++count;
        }
    }
    return count > 1 ? (count - 1) * rate / (last - first) : 0.0;
}

double rms(const std::vector<float> &x, size_t from, size_t to)
{
    double s = 0;
    for (size_t i = from; i < to; ++i)
        s += double(x[i]) * x[i];
    return std::sqrt(s / double(to - from));
}

} // namespace

class TestAudioResample : public QObject
{
    Q_OBJECT

private slots:
    void sineKeepsFrequencyAndLevel_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("hz");
        QTest::addRow("44100-16000-1k") << 44100 << 16000 << 1000.0;
        QTest::addRow("48000-16000-1k") << 48000 << 16000 << 1000.0;
        QTest::addRow("8000-16000-1k") << 8000 << 16000 << 1000.0;
        QTest::addRow("22050-16000-440") << 22050 << 16000 << 440.0;
        QTest::addRow("16000-44100-3k") << 16000 << 44100 << 3000.0;
        QTest::addRow("11025-48000-2k") << 11025 << 48000 << 2000.0;
        QTest::addRow("32000-8000-1.5k") << 32000 << 8000 << 1500.0;
        QTest::addRow("16000-16000-1k") << 16000 << 16000 << 1000.0;
    }

    void sineKeepsFrequencyAndLevel()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(double, hz);
        const double amp = 0.5;
        const std::vector<float> x = sine(from, from * 2, hz, amp); // 2 s
        const std::vector<float> y = resample(x, from, to);
        // Length follows the ratio.
        QVERIFY2(std::llabs(int64_t(y.size()) - int64_t(std::llround(x.size() * double(to) / from))) <= 1,
                 qPrintable(QString::number(y.size())));
        // Away from the filter's edges.
        const size_t a = size_t(to / 4), b = y.size() - size_t(to / 4);
        const double f = peakFrequency(y, a, b, to, hz - 20, hz + 20);
        QVERIFY2(std::fabs(f - hz) < 0.05, qPrintable(QStringLiteral("DFT peak at %1 Hz").arg(f)));
        const double zc = zeroCrossingHz(y, a, b, to);
        QVERIFY2(std::fabs(zc - hz) < 0.05, qPrintable(QStringLiteral("zero crossings say %1 Hz").arg(zc)));
        const double levelDb = 20 * std::log10(rms(y, a, b) / (amp / std::sqrt(2.0)));
        QVERIFY2(std::fabs(levelDb) < 0.1, qPrintable(QStringLiteral("level off by %1 dB").arg(levelDb)));
        // The DFT amplitude agrees too (a second, independent level measure).
        const double mag = dftMagnitude(y, a, b, to, hz);
        QVERIFY2(std::fabs(20 * std::log10(mag / amp)) < 0.1, qPrintable(QString::number(mag)));
    }

    void removesContentAboveNewNyquist()
    {
        // 7 kHz at 44.1 kHz taken to 8 kHz (Nyquist 4 kHz): must not alias to 1 kHz.
        const std::vector<float> x = sine(44100, 44100, 7000.0, 0.5);
        const std::vector<float> y = resample(x, 44100, 8000);
        const size_t a = 2000, b = y.size() - 2000;
        QVERIFY(rms(y, a, b) < 0.5 / std::sqrt(2.0) * 0.001); // below -60 dB
        QVERIFY(dftMagnitude(y, a, b, 8000, 1000.0) < 0.5e-3);
    }

    void edgeCases()
    {
        QVERIFY(resample({}, 44100, 16000).empty());
        const std::vector<float> x = {0.1f, 0.2f, 0.3f};
        QVERIFY(resample(x, 16000, 16000) == x);
        QVERIFY_THROWS_EXCEPTION(st::Error, resample(x, 0, 16000));
        QVERIFY_THROWS_EXCEPTION(st::Error, resample(x, 16000, -1));
    }
};

QTEST_GUILESS_MAIN(TestAudioResample)
#include "tst_audio_resample.moc"
