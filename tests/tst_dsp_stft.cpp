// The STFT against a direct O(N^2) DFT, the windows against hand values, the dB normalisation with a
// full-scale sine, frame counting and centred padding, the mel scale and filterbank, and validation.
#include "dsp/Spectrogram.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>
#include <complex>
#include <random>

using namespace st;

namespace {

std::vector<float> randomSignal(int n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    std::vector<float> x(static_cast<size_t>(n));
    for (float &v : x)
        v = u(rng);
    return x;
}

// Direct DFT of the windowed frame, in double: X[k] = sum_n w[n] x[n] exp(-2 pi i k n / N).
std::vector<std::complex<double>> directDft(const std::vector<float> &x, const std::vector<float> &w)
{
    const int n = int(x.size());
    std::vector<std::complex<double>> X(size_t(n / 2 + 1));
    for (int k = 0; k <= n / 2; ++k) {
        std::complex<double> acc = 0;
        for (int i = 0; i < n; ++i) {
            const double a = -2.0 * M_PI * double(k) * double(i) / n;
            acc += double(w[size_t(i)]) * double(x[size_t(i)]) * std::complex<double>(std::cos(a), std::sin(a));
        }
        X[size_t(k)] = acc;
    }
    return X;
}

SpectrogramParams params(WindowType w, int fft, int hop, bool centred = true)
{
    SpectrogramParams p;
    p.window = w;
    p.fftSize = fft;
    p.hop = hop;
    p.centred = centred;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(st::WindowType)

class TstDspStft : public QObject
{
    Q_OBJECT
private slots:
    void windowsByHand_data()
    {
        QTest::addColumn<WindowType>("type");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("hann 5") << WindowType::Hann << QList<double>{0, 0.5, 1, 0.5, 0};
        QTest::newRow("hamming 5") << WindowType::Hamming << QList<double>{0.08, 0.54, 1, 0.54, 0.08};
        // 0.42 - 0.5 cos(pi/2) + 0.08 cos(pi) = 0.34
        QTest::newRow("blackman 5") << WindowType::Blackman << QList<double>{0, 0.34, 1, 0.34, 0};
        // Hann 4: 0.5 - 0.5 cos(2 pi n / 3) = 0, 0.75, 0.75, 0
        QTest::newRow("hann 4") << WindowType::Hann << QList<double>{0, 0.75, 0.75, 0};
    }
    void windowsByHand()
    {
        QFETCH(WindowType, type);
        QFETCH(QList<double>, expected);
        const std::vector<float> w = makeWindow(type, int(expected.size()));
        QCOMPARE(int(w.size()), int(expected.size()));
        for (int i = 0; i < int(w.size()); ++i)
            QVERIFY2(std::abs(w[size_t(i)] - expected[i]) < 1e-6,
                     qPrintable(QStringLiteral("w[%1] = %2, expected %3").arg(i).arg(w[size_t(i)]).arg(expected[i])));
    }

    void windowNames()
    {
        QCOMPARE(windowTypeName(WindowType::Hann), QStringLiteral("hann"));
        QCOMPARE(windowTypeName(WindowType::Hamming), QStringLiteral("hamming"));
        QCOMPARE(windowTypeName(WindowType::Blackman), QStringLiteral("blackman"));
    }

    void againstDirectDft_data()
    {
        QTest::addColumn<WindowType>("type");
        QTest::addColumn<int>("fft");
        for (WindowType w : {WindowType::Hann, WindowType::Hamming, WindowType::Blackman})
            for (int fft : {256, 512, 2048})
                QTest::addRow("%s %d", qPrintable(windowTypeName(w)), fft) << w << fft;
    }
    void againstDirectDft()
    {
        QFETCH(WindowType, type);
        QFETCH(int, fft);
        const std::vector<float> x = randomSignal(fft, 17u + unsigned(fft));
        const std::vector<float> w = makeWindow(type, fft);
        const auto X = directDft(x, w);
        double wsum = 0, scale = 0;
        for (int i = 0; i < fft; ++i) {
            wsum += w[size_t(i)];
            scale += std::abs(w[size_t(i)] * x[size_t(i)]);
        }
        Stft stft(params(type, fft, fft / 4), 16000);

        std::vector<float> c(static_cast<size_t>(fft + 2));
        stft.complexFrame(x.data(), c.data());
        const double tol = 1e-5 * scale;
        for (int k = 0; k <= fft / 2; ++k) {
            QVERIFY2(std::abs(c[size_t(2 * k)] - X[size_t(k)].real()) < tol, qPrintable(QString::number(k)));
            QVERIFY2(std::abs(c[size_t(2 * k + 1)] - X[size_t(k)].imag()) < tol, qPrintable(QString::number(k)));
        }

        std::vector<float> p(static_cast<size_t>(fft / 2 + 1));
        stft.powerFrame(x.data(), p.data());
        for (int k = 0; k <= fft / 2; ++k) {
            const double factor = (k == 0 || k == fft / 2) ? 1.0 : 4.0;
            const double expected = factor * std::norm(X[size_t(k)]) / (wsum * wsum);
            const double ptol = factor * (2.0 * std::abs(X[size_t(k)]) * tol + tol * tol) / (wsum * wsum) + 1e-5 * expected;
            QVERIFY2(std::abs(p[size_t(k)] - expected) <= ptol,
                     qPrintable(QStringLiteral("bin %1: %2 vs %3").arg(k).arg(p[size_t(k)]).arg(expected)));
        }
    }

    void fullScaleSineIsZeroDb_data()
    {
        QTest::addColumn<WindowType>("type");
        QTest::addColumn<int>("fft");
        QTest::addColumn<int>("bin");
        QTest::newRow("hann 1024 bin 64") << WindowType::Hann << 1024 << 64;
        QTest::newRow("hamming 512 bin 100") << WindowType::Hamming << 512 << 100;
        QTest::newRow("blackman 4096 bin 700") << WindowType::Blackman << 4096 << 700;
        QTest::newRow("hann 256 bin 10") << WindowType::Hann << 256 << 10;
    }
    void fullScaleSineIsZeroDb()
    {
        QFETCH(WindowType, type);
        QFETCH(int, fft);
        QFETCH(int, bin);
        const int sr = 16000;
        const double f = double(bin) * sr / fft;
        const int n = sr;
        std::vector<float> x(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            x[size_t(i)] = float(std::sin(2.0 * M_PI * f * i / sr + 0.3));
        Stft stft(params(type, fft, fft / 2), sr);
        const int64_t frames = stft.params().frameCount(n);
        const std::vector<float> db = stft.computeDb(x.data(), n, 0, frames);
        const int bins = fft / 2 + 1;
        // Frames wholly inside the signal.
        for (int64_t t = 2; t < frames - 2; ++t) {
            const float v = db[size_t(t) * bins + bin];
            QVERIFY2(std::abs(v) < 0.1, qPrintable(QStringLiteral("frame %1: %2 dB").arg(t).arg(v)));
            // Far from the sine: far below.
            QVERIFY(db[size_t(t) * bins + (bin + bins / 2) % bins] < -40);
        }
        QVERIFY(std::abs(binCentreHz(stft.params(), bin, sr) - f) < 1e-9);
    }

    void fullScaleDcIsZeroDb()
    {
        std::vector<float> x(1024, 1.0f);
        Stft stft(params(WindowType::Hann, 1024, 256), 16000);
        std::vector<float> p(513);
        stft.powerFrame(x.data(), p.data());
        QVERIFY(std::abs(p[0] - 1.0f) < 1e-5);
    }

    void frameCount_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("fft");
        QTest::addColumn<int>("hop");
        QTest::addColumn<bool>("centred");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("centred 1000/256") << 1000 << 1024 << 256 << true << qint64(4);    // 0,256,512,768
        QTest::newRow("centred 1024/256") << 1024 << 1024 << 256 << true << qint64(5);    // ... 1024
        QTest::newRow("centred 1 sample") << 1 << 256 << 100 << true << qint64(1);
        QTest::newRow("centred empty") << 0 << 256 << 100 << true << qint64(0);
        QTest::newRow("plain 1000/256/128") << 1000 << 256 << 128 << false << qint64(6); // starts 0..640
        QTest::newRow("plain exactly one") << 256 << 256 << 128 << false << qint64(1);
        QTest::newRow("plain too short") << 255 << 256 << 128 << false << qint64(0);
    }
    void frameCount()
    {
        QFETCH(int, n);
        QFETCH(int, fft);
        QFETCH(int, hop);
        QFETCH(bool, centred);
        QFETCH(qint64, expected);
        QCOMPARE(qint64(params(WindowType::Hann, fft, hop, centred).frameCount(n)), expected);
    }

    void centredPadding()
    {
        // Frame t of a centred STFT is the window over samples [t*hop - fft/2, t*hop + fft/2), with
        // zeros outside the signal: build those frames by hand and compare.
        const int fft = 256, hop = 100, n = 700;
        const std::vector<float> x = randomSignal(n, 5);
        Stft stft(params(WindowType::Hamming, fft, hop), 8000);
        const int64_t frames = stft.params().frameCount(n);
        QCOMPARE(frames, int64_t(8));
        const std::vector<float> db = stft.computeDb(x.data(), n, 0, frames);
        const int bins = fft / 2 + 1;
        for (int64_t t = 0; t < frames; ++t) {
            std::vector<float> frame(static_cast<size_t>(fft), 0.0f);
            for (int i = 0; i < fft; ++i) {
                const int64_t s = t * hop - fft / 2 + i;
                if (s >= 0 && s < n)
                    frame[size_t(i)] = x[size_t(s)];
            }
            std::vector<float> p(static_cast<size_t>(bins));
            stft.powerFrame(frame.data(), p.data());
            for (int k = 0; k < bins; ++k) {
                const float expected = 10.0f * std::log10(std::max(p[size_t(k)], 1e-20f));
                QCOMPARE(db[size_t(t) * bins + k], expected);
            }
        }
        // A sub-range of frames equals the same rows of the whole.
        const std::vector<float> part = stft.computeDb(x.data(), n, 3, 2);
        QCOMPARE(part, std::vector<float>(db.begin() + 3 * bins, db.begin() + 5 * bins));
        // An impulse at sample 0 sits at the window centre of frame 0: flat spectrum 4 w[N/2]^2/(sum w)^2.
        std::vector<float> imp(1000, 0.0f);
        imp[0] = 1.0f;
        const std::vector<float> d0 = stft.computeDb(imp.data(), 1000, 0, 1);
        const std::vector<float> w = makeWindow(WindowType::Hamming, fft);
        double wsum = 0;
        for (float v : w)
            wsum += v;
        const double expectedDb = 10 * std::log10(4 * double(w[fft / 2]) * w[fft / 2] / (wsum * wsum));
        QVERIFY(std::abs(d0[10] - expectedDb) < 1e-3);
        QCOMPARE(params(WindowType::Hann, 256, 100).frameStartSample(3), int64_t(300 - 128));
        QCOMPARE(params(WindowType::Hann, 256, 100, false).frameCentreSample(3), int64_t(300 + 128));
    }

    void silenceFloor()
    {
        std::vector<float> z(4096, 0.0f);
        Stft stft(params(WindowType::Hann, 1024, 256), 16000);
        const std::vector<float> db = stft.computeDb(z.data(), 4096, 0, 3);
        for (float v : db)
            QCOMPARE(v, -200.0f);
    }

    void melConversions()
    {
        QVERIFY(std::abs(hzToMel(1000.0) - 999.9855) < 1e-3); // 2595 log10(1 + 1000/700)
        QCOMPARE(hzToMel(0.0), 0.0);
        QVERIFY(std::abs(hzToMel(700.0) - 2595.0 * std::log10(2.0)) < 1e-9);
        for (double f : {0.0, 50.0, 440.0, 1000.0, 7999.0, 22050.0})
            QVERIFY(std::abs(melToHz(hzToMel(f)) - f) < 1e-6 * (1 + f));
    }

    void melFilterbankTriangles()
    {
        const int bands = 40, fft = 8192, sr = 16000, nb = fft / 2 + 1;
        const std::vector<float> fb = melFilterbank(bands, fft, sr);
        QCOMPARE(int(fb.size()), bands * nb);
        SpectrogramParams p = params(WindowType::Hann, fft, 512);
        p.scale = FrequencyScale::Mel;
        p.melBands = bands;
        for (int m = 0; m < bands; ++m) {
            const float *row = fb.data() + size_t(m) * nb;
            int peak = 0;
            for (int k = 0; k < nb; ++k)
                if (row[k] > row[peak])
                    peak = k;
            // Peaks at (nearly) 1: a bin lies within one bin spacing of the centre.
            QVERIFY2(row[peak] <= 1.0f && row[peak] > 0.95f, qPrintable(QString::number(row[peak])));
            // The peak sits at the band's centre frequency.
            QVERIFY(std::abs(peak * double(sr) / fft - binCentreHz(p, m, sr)) <= double(sr) / fft);
            // Non-zero values are one contiguous run, rising linearly then falling linearly.
            int first = -1, last = -1;
            for (int k = 0; k < nb; ++k)
                if (row[k] > 0) {
                    if (first < 0)
                        first = k;
                    last = k;
                }
            for (int k = first; k <= last; ++k)
                QVERIFY(row[k] > 0);
            for (int k = first + 1; k < peak - 1; ++k)
                QVERIFY(std::abs((row[k + 1] - row[k]) - (row[k] - row[k - 1])) < 1e-4);
            for (int k = peak + 2; k < last; ++k)
                QVERIFY(std::abs((row[k + 1] - row[k]) - (row[k] - row[k - 1])) < 1e-4);
        }
        // One band over 0..8000 Hz: edges 0, melToHz(mel(8000)/2) = 1767.79 Hz, 8000 Hz.
        const std::vector<float> one = melFilterbank(1, 256, 16000);
        const double c = 1767.7925;
        for (int k = 0; k <= 128; ++k) {
            const double f = k * 62.5;
            const double expected = f <= c ? f / c : (8000 - f) / (8000 - c);
            QVERIFY(std::abs(one[size_t(k)] - expected) < 1e-5);
        }
    }

    void melSpectrumIsFilterbankTimesPower()
    {
        const int fft = 1024, sr = 16000;
        const std::vector<float> x = randomSignal(fft, 9);
        SpectrogramParams lin = params(WindowType::Hann, fft, 256);
        SpectrogramParams mel = lin;
        mel.scale = FrequencyScale::Mel;
        mel.melBands = 64;
        QCOMPARE(mel.bins(), 64);
        QCOMPARE(lin.bins(), 513);
        Stft a(lin, sr), b(mel, sr);
        std::vector<float> p(513), m(64);
        a.powerFrame(x.data(), p.data());
        b.powerFrame(x.data(), m.data());
        const std::vector<float> fb = melFilterbank(64, fft, sr);
        for (int j = 0; j < 64; ++j) {
            double acc = 0;
            for (int k = 0; k < 513; ++k)
                acc += double(fb[size_t(j) * 513 + k]) * p[size_t(k)];
            QVERIFY(std::abs(m[size_t(j)] - acc) <= 1e-5 * acc + 1e-12);
        }
        // Mel band centres rise from above 0 to below Nyquist.
        QVERIFY(binCentreHz(mel, 0, sr) > 0);
        QVERIFY(binCentreHz(mel, 63, sr) < 8000);
        QVERIFY(binCentreHz(mel, 10, sr) < binCentreHz(mel, 11, sr));
    }

    void validateNamesTheField_data()
    {
        QTest::addColumn<int>("fft");
        QTest::addColumn<int>("hop");
        QTest::addColumn<int>("melBands");
        QTest::addColumn<QString>("field");
        QTest::newRow("fft 128") << 128 << 64 << 0 << "fftSize";
        QTest::newRow("fft 16384") << 16384 << 64 << 0 << "fftSize";
        QTest::newRow("fft 1000") << 1000 << 64 << 0 << "fftSize";
        QTest::newRow("hop 0") << 1024 << 0 << 0 << "hop";
        QTest::newRow("hop -5") << 1024 << -5 << 0 << "hop";
        QTest::newRow("mel 0 bands") << 1024 << 256 << 0 << "melBands";
        QTest::newRow("mel too many") << 256 << 64 << 200 << "melBands";
    }
    void validateNamesTheField()
    {
        QFETCH(int, fft);
        QFETCH(int, hop);
        QFETCH(int, melBands);
        QFETCH(QString, field);
        SpectrogramParams p = params(WindowType::Hann, fft, hop);
        if (field == QLatin1String("melBands")) {
            p.scale = FrequencyScale::Mel;
            p.melBands = melBands;
        }
        try {
            p.validate();
            QFAIL("accepted bad parameters");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, Stft(p, 16000));
    }
    void validateAccepts()
    {
        for (int fft : {256, 512, 1024, 2048, 4096, 8192})
            params(WindowType::Blackman, fft, 1).validate();
        SpectrogramParams p;
        p.scale = FrequencyScale::Mel;
        p.validate();
        QVERIFY(p == p);
        SpectrogramParams q = p;
        q.hop = 128;
        QVERIFY(p != q);
    }
};

QTEST_GUILESS_MAIN(TstDspStft)
#include "tst_dsp_stft.moc"
