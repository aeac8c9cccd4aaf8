// The quality measures (quality/QualityMeasures.h, Bandwidth.h) against independent expectations: synthetic
// speech-like signals (harmonic tones, amplitude-modulated, with pauses) in white noise at a known SNR over the active
// parts, with known active durations; a hard-clipped sine whose clipped fraction is computed by hand; DC; noise
// low-passed at a known edge; degenerate inputs (empty, one sample, silence, extreme values) that must stay finite;
// selections; evidence files (broken, empty, stereo with one clipped channel, a lossy codec); the verdict's messages.
#include "quality/Quality.h"
#include "util/Error.h"

#include "audiotestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>
#include <random>

using namespace st;

namespace {

struct Segment
{
    double start, end;
};

/// Speech-like material: in each segment a harmonic tone (f0 from 110 Hz, a new f0 per segment, harmonics with
/// amplitude 1/k up to 3.8 kHz or 0.45 * rate), amplitude-modulated at a 4 Hz syllable rate (envelope 0.55 + 0.45
/// sin, so 20 dB between syllable peaks and troughs) with 10 ms raised-cosine ramps at the segment's ends; exact
/// silence outside. Scaled so that its mean power over the samples of the segments is `power`.
std::vector<float> speechLike(int rate, double seconds, const std::vector<Segment> &segs, double power)
{
    std::vector<double> x(size_t(std::llround(seconds * rate)), 0.0);
    double activeEnergy = 0;
    size_t activeSamples = 0;
    int k = 0;
    for (const Segment &s : segs) {
        const double f0 = 110 + 23 * (k++ % 5);
        const size_t a = size_t(std::llround(s.start * rate)), b = size_t(std::llround(s.end * rate));
        const double ramp = 0.010 * rate;
        for (size_t i = a; i < b && i < x.size(); ++i) {
            const double t = double(i - a) / rate;
            double v = 0;
            for (int h = 1; h * f0 < std::min(3800.0, 0.45 * rate); ++h)
                v += std::sin(2 * M_PI * h * f0 * t + 0.7 * h) / h;
            double env = 0.55 + 0.45 * std::sin(2 * M_PI * 4 * t - M_PI / 2 + 0.3);
            const double fromEdge = std::min(double(i - a), double(b - 1 - i));
            if (fromEdge < ramp)
                env *= 0.5 - 0.5 * std::cos(M_PI * fromEdge / ramp);
            x[i] = v * env;
            activeEnergy += x[i] * x[i];
            ++activeSamples;
        }
    }
    const double scale = activeSamples ? std::sqrt(power / (activeEnergy / double(activeSamples))) : 0.0;
    std::vector<float> out(x.size());
    for (size_t i = 0; i < x.size(); ++i)
        out[i] = float(x[i] * scale);
    return out;
}

/// White Gaussian noise of power `power` added (seeded).
void addNoise(std::vector<float> &x, double power, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0, std::sqrt(power));
    for (float &v : x)
        v = float(v + g(rng));
}

/// The test material: 5 s with 3.0 s of speech in three segments (1.0 + 1.2 + 0.8 s).
const std::vector<Segment> kSegments{{0.5, 1.5}, {2.0, 3.2}, {3.8, 4.6}};
constexpr double kActive = 3.0;
constexpr double kSpeechPower = 0.01; // -20 dBFS over the active parts

std::vector<float> noisySpeech(int rate, double snrDb, unsigned seed)
{
    std::vector<float> x = speechLike(rate, 5.0, kSegments, kSpeechPower);
    addNoise(x, kSpeechPower / std::pow(10.0, snrDb / 10), seed);
    return x;
}

/// White noise low-passed at `edgeHz`: a 1001-tap Blackman-windowed sinc (stop band below -74 dB).
std::vector<float> lowPassedNoise(int rate, double seconds, double edgeHz, unsigned seed)
{
    const int taps = 1001, half = taps / 2;
    std::vector<double> h(taps);
    const double fc = edgeHz / rate;
    for (int i = 0; i < taps; ++i) {
        const int m = i - half;
        const double sinc = m == 0 ? 2 * fc : std::sin(2 * M_PI * fc * m) / (M_PI * m);
        const double w = 0.42 - 0.5 * std::cos(2 * M_PI * i / (taps - 1)) + 0.08 * std::cos(4 * M_PI * i / (taps - 1));
        h[size_t(i)] = sinc * w;
    }
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0, 0.1);
    std::vector<double> w(size_t(seconds * rate) + taps);
    for (double &v : w)
        v = g(rng);
    std::vector<float> out(size_t(seconds * rate));
    for (size_t i = 0; i < out.size(); ++i) {
        double s = 0;
        for (int k = 0; k < taps; ++k)
            s += h[size_t(k)] * w[i + size_t(k)];
        out[i] = float(s);
    }
    return out;
}

bool allFinite(const QualityMeasures &m)
{
    for (double v : {m.fileDurationSeconds, m.startSeconds, m.endSeconds, m.durationSeconds, m.peakDbfs, m.rmsDbfs,
                     m.dcOffset, m.clippedSampleFraction, m.netSpeechSeconds, m.noiseFloorDbfs, m.vadThresholdDbfs,
                     m.snrDb, m.speechLevelDbfs, m.noiseLevelDbfs, m.noiseSeconds, m.bandwidthHz})
        if (!std::isfinite(v))
            return false;
    for (const SpeechSegment &s : m.speechSegments)
        if (!std::isfinite(s.startSeconds) || !std::isfinite(s.endSeconds) || s.endSeconds < s.startSeconds)
            return false;
    return true;
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString messages(const QualityVerdict &v)
{
    QStringList l;
    for (const QualityFinding &f : v.findings)
        l << qualitySeverityName(f.severity) + QLatin1Char(' ') + f.measure + QStringLiteral(": ") + f.message;
    return l.join(QLatin1Char('\n'));
}

const QualityFinding *findingOf(const QualityVerdict &v, const QString &measure)
{
    for (const QualityFinding &f : v.findings)
        if (f.measure == measure)
            return &f;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<float>)

class TestQualityMeasures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // --- SNR -------------------------------------------------------------------------------------------------------

    void snrOfKnownMixtures_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("snr");
        for (double snr : {0.0, 10.0, 20.0, 30.0})
            QTest::addRow("16 kHz, %g dB", snr) << 16000 << snr;
        QTest::addRow("8 kHz, 10 dB") << 8000 << 10.0;
        QTest::addRow("48 kHz, 20 dB") << 48000 << 20.0;
        QTest::addRow("44.1 kHz, 0 dB") << 44100 << 0.0;
    }
    void snrOfKnownMixtures()
    {
        // The true SNR is the speech's mean power over its active samples over the noise's power; the estimate must
        // be within 3 dB of it (the tolerance the quality gate is specified to), for three noise draws each.
        QFETCH(int, rate);
        QFETCH(double, snr);
        for (unsigned seed : {1u, 2u, 3u}) {
            const QualityMeasures m = measureQuality(noisySpeech(rate, snr, seed), rate);
            QVERIFY(m.speechFound && m.snrMeasured);
            QVERIFY(!m.snrIsLowerBound);
            qInfo("rate %d, true SNR %.1f dB, seed %u: estimated %.2f dB (error %+.2f dB), net speech %.3f s (true %.1f)",
                  rate, snr, seed, m.snrDb, m.snrDb - snr, m.netSpeechSeconds, kActive);
            QVERIFY2(std::abs(m.snrDb - snr) <= 3.0, qPrintable(QString::number(m.snrDb)));
            QVERIFY(allFinite(m));
        }
    }

    void snrWithoutPausesIsALowerBound()
    {
        // Speech from start to end: no frame is clear of speech, so the noise is the 10th percentile of the frame
        // levels (quiet speech): the estimate is flagged as a lower bound and is indeed below the truth.
        std::vector<float> x = speechLike(16000, 3.0, {{0.0, 3.0}}, kSpeechPower);
        addNoise(x, kSpeechPower / 1000, 7); // 30 dB
        const QualityMeasures m = measureQuality(x, 16000);
        QVERIFY(m.snrMeasured);
        QVERIFY(m.snrIsLowerBound);
        QVERIFY2(m.snrDb < 30, qPrintable(QString::number(m.snrDb)));
        const QualityFinding *f = findingOf(judgeQuality(m, QualityThresholds{40, 2, 0.001, 0.02, 3400}), "snrDb");
        QVERIFY(f);
        QVERIFY2(f->message.contains("a lower bound"), qPrintable(f->message));
    }

    void cleanSpeechHasTheHighestSnr()
    {
        // Digital silence in the pauses: the ratio is capped at 100 dB, never infinite.
        const QualityMeasures m = measureQuality(speechLike(16000, 5.0, kSegments, kSpeechPower), 16000);
        QVERIFY(m.snrMeasured);
        QCOMPARE(m.snrDb, 100.0);
        QVERIFY(allFinite(m));
    }

    // --- Net speech ------------------------------------------------------------------------------------------------

    void netSpeechOfKnownActivity_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("snr");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("16 kHz, 20 dB") << 16000 << 20.0 << 0.15;
        QTest::addRow("8 kHz, 20 dB") << 8000 << 20.0 << 0.15;
        QTest::addRow("48 kHz, 20 dB") << 48000 << 20.0 << 0.15;
        QTest::addRow("16 kHz, 30 dB") << 16000 << 30.0 << 0.15;
        QTest::addRow("16 kHz, 10 dB") << 16000 << 10.0 << 0.3;
    }
    void netSpeechOfKnownActivity()
    {
        QFETCH(int, rate);
        QFETCH(double, snr);
        QFETCH(double, tolerance);
        for (unsigned seed : {11u, 12u, 13u}) {
            const QualityMeasures m = measureQuality(noisySpeech(rate, snr, seed), rate);
            qInfo("rate %d, SNR %.0f dB, seed %u: net speech %.3f s (true %.1f, error %+.3f s) in %d segment(s)", rate,
                  snr, seed, m.netSpeechSeconds, kActive, m.netSpeechSeconds - kActive, int(m.speechSegments.size()));
            QVERIFY2(std::abs(m.netSpeechSeconds - kActive) <= tolerance, qPrintable(QString::number(m.netSpeechSeconds)));
            // The three segments are found, each within 0.1 s at both ends.
            QCOMPARE(int(m.speechSegments.size()), 3);
            for (int k = 0; k < 3; ++k) {
                QVERIFY2(std::abs(m.speechSegments[size_t(k)].startSeconds - kSegments[size_t(k)].start) <= 0.1,
                         qPrintable(QString::number(m.speechSegments[size_t(k)].startSeconds)));
                QVERIFY2(std::abs(m.speechSegments[size_t(k)].endSeconds - kSegments[size_t(k)].end) <= 0.1,
                         qPrintable(QString::number(m.speechSegments[size_t(k)].endSeconds)));
            }
        }
    }

    void silenceAndNoiseHaveNoSpeech()
    {
        const QualityMeasures silent = measureQuality(std::vector<float>(16000 * 3, 0.0f), 16000);
        QCOMPARE(silent.netSpeechSeconds, 0.0);
        QVERIFY(!silent.speechFound);
        QVERIFY(!silent.snrMeasured);
        QVERIFY(silent.digitalSilence);
        QCOMPARE(silent.peakDbfs, -200.0);
        QVERIFY(allFinite(silent));
        // Stationary noise alone: nothing rises above the floor by the threshold.
        std::vector<float> noise(16000 * 3, 0.0f);
        addNoise(noise, 1e-4, 5);
        const QualityMeasures n = measureQuality(noise, 16000);
        QVERIFY2(n.netSpeechSeconds <= 0.05, qPrintable(QString::number(n.netSpeechSeconds)));
        QVERIFY(allFinite(n));
    }

    void shortClicksAreNotSpeech()
    {
        // Four 5 ms clicks in noise: each is above the threshold for a few frames, under the 50 ms minimum.
        std::vector<float> x(16000 * 2, 0.0f);
        addNoise(x, 1e-6, 9);
        for (double at : {0.3, 0.7, 1.1, 1.5})
            for (int i = 0; i < 80; ++i)
                x[size_t(at * 16000) + size_t(i)] += 0.5f * float(std::sin(i * 0.9));
        const QualityMeasures m = measureQuality(x, 16000);
        QCOMPARE(m.netSpeechSeconds, 0.0);
        QVERIFY(!m.speechFound);
    }

    // --- Clipping --------------------------------------------------------------------------------------------------

    void clippedSineByHand()
    {
        // 2 * sin(2 pi 100 t) at 16 kHz, hard-clipped to [-1, 1], one second: a sample is at full scale (|x| >=
        // 0.999) where |sin| >= 0.4995, a fraction 1 - (2/pi) asin(0.4995) = 0.66703 of the time, in two runs per
        // period (200 runs) of 0.66703 * 80 = 53.4 samples each.
        std::vector<float> x(16000);
        for (size_t i = 0; i < x.size(); ++i)
            x[i] = float(std::clamp(2.0 * std::sin(2 * M_PI * 100 * double(i) / 16000), -1.0, 1.0));
        const QualityMeasures m = measureQuality(x, 16000);
        const double expected = 1 - 2 / M_PI * std::asin(0.4995);
        QVERIFY2(std::abs(m.clippedSampleFraction - expected) <= 0.005, qPrintable(QString::number(m.clippedSampleFraction)));
        QCOMPARE(m.clippedRuns, int64_t(200));
        QVERIFY2(m.longestClipRunSamples >= 53 && m.longestClipRunSamples <= 55,
                 qPrintable(QString::number(m.longestClipRunSamples)));
        QCOMPARE(m.clippedSamples, int64_t(std::llround(m.clippedSampleFraction * 16000)));
        const QualityFinding *f = findingOf(judgeQuality(m, {}), "clippedSampleFraction");
        QVERIFY(f);
        QCOMPARE(f->severity, QualitySeverity::Fail);
        QVERIFY2(f->message.startsWith(QStringLiteral("%1 % of the samples are clipped (200 run(s) at full scale")
                                           .arg(m.clippedSampleFraction * 100, 0, 'f', 2)),
                 qPrintable(f->message));
        QVERIFY2(f->message.endsWith("above the 0.10 % the case allows"), qPrintable(f->message));
    }

    void shortPeaksAndQuietSinesAreNotClipping()
    {
        // Full-scale samples in pairs (runs of 2) and a sine at 0.9: nothing counts.
        std::vector<float> x = sttest::sineWave(16000, 16000, 440, 0.9);
        for (size_t i = 100; i + 2 < x.size(); i += 500) {
            x[i] = 1.0f;
            x[i + 1] = 1.0f;
        }
        // Alternating signs at full scale (Nyquist at full scale) are not a run either.
        for (size_t i = 50; i < 60; ++i)
            x[i] = i % 2 ? 1.0f : -1.0f;
        const QualityMeasures m = measureQuality(x, 16000);
        QCOMPARE(m.clippedSamples, int64_t(0));
        QCOMPARE(m.clippedSampleFraction, 0.0);
        // Three in a row do.
        x[200] = x[201] = x[202] = -1.0f;
        QCOMPARE(measureQuality(x, 16000).clippedSamples, int64_t(3));
    }

    // --- DC and levels ---------------------------------------------------------------------------------------------

    void dcOffsetOfASine()
    {
        // Whole periods of a 0.3 sine plus 0.05: the mean is 0.05.
        std::vector<float> x = sttest::sineWave(16000, 16000, 100, 0.3);
        for (float &v : x)
            v += 0.05f;
        const QualityMeasures m = measureQuality(x, 16000);
        QVERIFY2(std::abs(m.dcOffset - 0.05) <= 1e-5, qPrintable(QString::number(m.dcOffset, 'g', 10)));
        const QualityFinding *f = findingOf(judgeQuality(m, {}), "dcOffset");
        QVERIFY(f);
        QCOMPARE(f->message, QString("The DC offset is +0.050 of full scale, above the 0.020 the case allows"));
        // A negative offset is reported with its sign; within the threshold nothing is said.
        for (float &v : x)
            v -= 0.1f;
        QVERIFY(judgeQuality(measureQuality(x, 16000), {}).findings.size() >= 1);
        QCOMPARE(findingOf(judgeQuality(measureQuality(x, 16000), {}), "dcOffset")->message,
                 QString("The DC offset is -0.050 of full scale, above the 0.020 the case allows"));
    }

    void levelsOfASine()
    {
        // A 0.5 sine: peak 20 log10(0.5) = -6.02 dBFS, RMS 20 log10(0.5 / sqrt 2) = -9.03 dBFS.
        const QualityMeasures m = measureQuality(sttest::sineWave(16000, 16000, 250, 0.5), 16000);
        QVERIFY2(std::abs(m.peakDbfs - 20 * std::log10(0.5)) < 0.01, qPrintable(QString::number(m.peakDbfs)));
        QVERIFY2(std::abs(m.rmsDbfs - 20 * std::log10(0.5 / std::sqrt(2.0))) < 0.01, qPrintable(QString::number(m.rmsDbfs)));
        QCOMPARE(m.durationSeconds, 1.0);
        QCOMPARE(m.sampleCount, int64_t(16000));
        QVERIFY(!m.digitalSilence);
    }

    // --- Bandwidth -------------------------------------------------------------------------------------------------

    void bandwidthOfLowPassedNoise_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("edge");
        QTest::addColumn<QString>("codecHint");
        QTest::addColumn<QString>("rateHint");
        QTest::addRow("4 kHz in 16 kHz") << 16000 << 4000.0 << "band-limited to ~4.2 kHz: telephone-band or narrowband codec likely"
                                         << "upsampled from 8.0 kHz";
        QTest::addRow("8 kHz in 48 kHz") << 48000 << 8000.0 << "band-limited to ~8" << "upsampled from 16.0 kHz";
        QTest::addRow("8 kHz in 32 kHz") << 32000 << 8000.0 << "band-limited to ~8" << "upsampled from 16.0 kHz";
        QTest::addRow("4 kHz in 44.1 kHz") << 44100 << 4000.0 << "telephone-band" << "upsampled from 8.0 kHz";
    }
    void bandwidthOfLowPassedNoise()
    {
        QFETCH(int, rate);
        QFETCH(double, edge);
        QFETCH(QString, codecHint);
        QFETCH(QString, rateHint);
        const QualityMeasures m = measureQuality(lowPassedNoise(rate, 2.0, edge, 21), rate);
        qInfo("noise low-passed at %.0f Hz, rate %d: bandwidth %.1f Hz (%+.1f %%); codec hint \"%s\"; rate hint \"%s\"",
              edge, rate, m.bandwidthHz, 100 * (m.bandwidthHz / edge - 1), qPrintable(m.codecHint),
              qPrintable(m.sampleRateHint));
        // The edge from 1 % below to 7 analysis bins above: the 512-point analysis has rate / 512 Hz bins, smooths
        // over +-2 of them, and the Hann window's side lobes spread the filter's edge by about 4 more before the
        // spectrum falls 60 dB below its strongest bin (at 16 kHz: 4000 to 4219 Hz, +5.5 %).
        QVERIFY2(m.bandwidthHz >= edge * 0.99 && m.bandwidthHz <= edge + 7.0 * rate / 512,
                 qPrintable(QString::number(m.bandwidthHz)));
        QVERIFY2(m.codecHint.contains(codecHint), qPrintable(m.codecHint));
        QVERIFY2(m.sampleRateHint.contains(rateHint), qPrintable(m.sampleRateHint));
        QVERIFY(!m.lossyCodec);
    }

    void fullBandNoiseReachesNyquist()
    {
        std::vector<float> x(32000, 0.0f);
        addNoise(x, 0.01, 4);
        const QualityMeasures m = measureQuality(x, 16000);
        QCOMPARE(m.bandwidthHz, 8000.0);
        QVERIFY(m.codecHint.isEmpty());
        QVERIFY(m.sampleRateHint.isEmpty());
        // The shared implementation gives the same number on its own.
        QCOMPARE(effectiveBandwidthHz(x, 16000), 8000.0);
        QCOMPARE(effectiveBandwidthHz(nullptr, 0, 16000), 0.0);
        QCOMPARE(effectiveBandwidthHz(x, 0), 0.0);
    }

    void eightKilohertzRateIsNarrowband()
    {
        std::vector<float> x(16000, 0.0f);
        addNoise(x, 0.01, 6);
        const QualityMeasures m = measureQuality(x, 8000);
        QCOMPARE(m.bandwidthHz, 4000.0);
        QVERIFY2(m.sampleRateHint.contains("sampled at 8.0 kHz: narrowband (telephone rate)"), qPrintable(m.sampleRateHint));
        const QualityVerdict v = judgeQuality(m, {});
        const QualityFinding *f = findingOf(v, "sampleRate");
        QVERIFY(f);
        QCOMPARE(f->severity, QualitySeverity::Warn);
    }

    // --- Degenerate inputs -----------------------------------------------------------------------------------------

    void degenerateInputsStayFinite_data()
    {
        QTest::addColumn<std::vector<float>>("x");
        QTest::addColumn<int>("rate");
        QTest::addRow("empty") << std::vector<float>{} << 16000;
        QTest::addRow("one sample") << std::vector<float>{0.5f} << 16000;
        QTest::addRow("one zero") << std::vector<float>{0.0f} << 16000;
        QTest::addRow("ten samples") << std::vector<float>(10, 0.25f) << 16000;
        QTest::addRow("all zeros") << std::vector<float>(48000, 0.0f) << 48000;
        QTest::addRow("full-scale DC") << std::vector<float>(16000, 1.0f) << 16000;
        QTest::addRow("negative full scale") << std::vector<float>(16000, -1.0f) << 16000;
        std::vector<float> huge(16000);
        for (size_t i = 0; i < huge.size(); ++i)
            huge[i] = i % 2 ? 3.0e38f : -3.0e38f;
        QTest::addRow("extreme values") << huge << 16000;
        std::vector<float> tiny(16000);
        for (size_t i = 0; i < tiny.size(); ++i)
            tiny[i] = float(1e-30 * std::sin(double(i)));
        QTest::addRow("denormal-small") << tiny << 16000;
        std::vector<float> nan(1000, 0.1f);
        nan[10] = std::nanf("");
        nan[20] = INFINITY;
        QTest::addRow("non-finite") << nan << 16000;
        QTest::addRow("rate 1") << std::vector<float>(100, 0.3f) << 1;
        QTest::addRow("rate 768 kHz") << sttest::sineWave(768000, 20000, 1000, 0.5) << 768000;
    }
    void degenerateInputsStayFinite()
    {
        QFETCH(std::vector<float>, x);
        QFETCH(int, rate);
        const QualityMeasures m = measureQuality(x, rate);
        QVERIFY(allFinite(m));
        const QualityVerdict v = judgeQuality(m, {});
        QVERIFY(!v.passed);
        QVERIFY(!v.findings.empty());
        for (const QualityFinding &f : v.findings) {
            QVERIFY(std::isfinite(f.value));
            QVERIFY2(!f.message.contains("nan") && !f.message.contains("inf"), qPrintable(f.message));
        }
        // The JSON has no non-finite number (QJsonValue would turn one into null) and reads back.
        const QByteArray text = QJsonDocument(m.toJson()).toJson();
        QVERIFY(!text.contains("nan") && !text.contains("inf"));
        QString error;
        const QualityMeasures back = QualityMeasures::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.sampleCount, m.sampleCount);
        QCOMPARE(back.speechFound, m.speechFound);
    }

    void emptyAndSilentGiveOneClearFinding()
    {
        const QualityVerdict empty = judgeQuality(measureQuality(std::vector<float>{}, 16000), {});
        QVERIFY(!empty.passed);
        QCOMPARE(int(empty.findings.size()), 1);
        QCOMPARE(empty.findings[0].message, QString("The recording holds no samples: there is nothing to examine"));
        const QualityVerdict silent = judgeQuality(measureQuality(std::vector<float>(16000, 0.0f), 16000), {});
        QCOMPARE(int(silent.findings.size()), 1);
        QCOMPARE(silent.findings[0].measure, QString("digitalSilence"));
        QCOMPARE(silent.findings[0].message,
                 QString("The recording is digitally silent (every sample is 0): there is no speech to examine"));
        // Noise without speech: net speech and SNR say so.
        std::vector<float> noise(16000 * 3, 0.0f);
        addNoise(noise, 1e-4, 8);
        const QualityVerdict n = judgeQuality(measureQuality(noise, 16000), {});
        QVERIFY2(findingOf(n, "netSpeechSeconds") && findingOf(n, "snrDb"), qPrintable(messages(n)));
        QCOMPARE(findingOf(n, "snrDb")->message, QString("The signal-to-noise ratio cannot be measured: no speech was found"));
        QCOMPARE(findingOf(n, "netSpeechSeconds")->message,
                 QString("No speech was found in the recording (net speech 0.0 s; the case requires 2.0 s)"));
    }

    void badRateAndOptionsAreRefused()
    {
        QVERIFY(errorOf([] { measureQuality(std::vector<float>(10), 0); }).contains("sample rate must be positive"));
        QualityOptions o;
        o.hopSeconds = 0;
        QVERIFY(errorOf([&] { measureQuality(std::vector<float>(10), 16000, o); }).contains("hopSeconds"));
        o = {};
        o.clipLevel = 2;
        QVERIFY(errorOf([&] { measureQuality(std::vector<float>(10), 16000, o); }).contains("clipLevel"));
    }

    // --- Selections ------------------------------------------------------------------------------------------------

    void rangeOfAVector()
    {
        // Only the second segment (2.0-3.2 s) with some noise around it: 1.2 s of speech, times from the start.
        const std::vector<float> x = noisySpeech(16000, 20, 31);
        const QualityMeasures m = measureQualityRange(x, 16000, 1.75, 3.5);
        QCOMPARE(m.startSeconds, 1.75);
        QCOMPARE(m.endSeconds, 3.5);
        QCOMPARE(m.sampleCount, int64_t(28000));
        QCOMPARE(m.fileDurationSeconds, 5.0);
        QCOMPARE(int(m.speechSegments.size()), 1);
        QVERIFY2(std::abs(m.speechSegments[0].startSeconds - 2.0) <= 0.1, qPrintable(QString::number(m.speechSegments[0].startSeconds)));
        QVERIFY2(std::abs(m.netSpeechSeconds - 1.2) <= 0.1, qPrintable(QString::number(m.netSpeechSeconds)));
        // The same samples measured alone give the same numbers, shifted.
        const std::vector<float> cut(x.begin() + 28000, x.begin() + 56000);
        const QualityMeasures alone = measureQuality(cut, 16000);
        QCOMPARE(alone.snrDb, m.snrDb);
        QCOMPARE(alone.netSpeechSeconds, m.netSpeechSeconds);
        QCOMPARE(alone.bandwidthHz, m.bandwidthHz);
        // To the end, and an end past the end is clamped.
        QCOMPARE(measureQualityRange(x, 16000, 4.0, -1).sampleCount, int64_t(16000));
        QCOMPARE(measureQualityRange(x, 16000, 4.0, 99).sampleCount, int64_t(16000));
        QVERIFY(judgeQuality(m, {}).findings.empty() || !messages(judgeQuality(m, {})).contains("recording holds"));
    }

    void badRangesAreRefused()
    {
        const std::vector<float> x(16000, 0.1f);
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, -1, 0.5); }).contains("before the start of the recording"));
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, 2, -1); }).contains("after the end of the recording (1.000 s)"));
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, 0.5, 0.5); }).contains("the selection is empty"));
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, 0.5, 0.2); }).contains("the selection is empty"));
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, std::nan(""), 0.2); }).contains("must be numbers"));
        QVERIFY(errorOf([&] { measureQualityRange(x, 16000, 0.5, 0.50001); }).contains("holds no sample"));
    }

    // --- Files -----------------------------------------------------------------------------------------------------

    void measuresAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("speech.wav");
        QVERIFY(sttest::writeAudio(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, noisySpeech(16000, 20, 41)));
        const QByteArray before = sttest::sha256Of(path);
        const QualityMeasures m = measureQualityFile(path);
        QCOMPARE(sttest::sha256Of(path), before); // read-only
        QCOMPARE(m.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(m.container, QString("WAV"));
        QCOMPARE(m.sampleFormat, QString("PCM_16"));
        QCOMPARE(m.sampleRate, 16000);
        QCOMPARE(m.channels, 1);
        QCOMPARE(m.durationSeconds, 5.0);
        QVERIFY2(std::abs(m.snrDb - 20) <= 3, qPrintable(QString::number(m.snrDb)));
        QVERIFY2(std::abs(m.netSpeechSeconds - kActive) <= 0.15, qPrintable(QString::number(m.netSpeechSeconds)));
        QVERIFY(!m.lossyCodec);
        const QualityVerdict v = judgeQuality(m, {});
        QVERIFY2(v.passed, qPrintable(messages(v)));
        // A selection of the file.
        const QualityMeasures sel = measureQualityFile(path, 2.0, 3.2);
        QCOMPARE(sel.startSeconds, 2.0);
        QVERIFY2(std::abs(sel.netSpeechSeconds - 1.2) <= 0.1, qPrintable(QString::number(sel.netSpeechSeconds)));
        const QualityFinding *f = findingOf(judgeQuality(sel, {}), "netSpeechSeconds");
        QVERIFY(f);
        QCOMPARE(f->message, QStringLiteral("Net speech is %1 s, below the 2.0 s the case requires")
                                 .arg(sel.netSpeechSeconds, 0, 'f', 1));
        // Selections outside the file name it.
        const QString e = errorOf([&] { measureQualityFile(path, 6, -1); });
        QVERIFY2(e.contains(m.path) && e.contains("after the end of the recording (5.000 s)"), qPrintable(e));
    }

    void clippingOfAStereoFileIsPerChannel()
    {
        // Left: a quiet sine; right: a 16-bit sine clipped at full scale. The mix-down is at most (0.1 + 1) / 2, so
        // only the channel-by-channel count sees the clipping.
        QTemporaryDir dir;
        const QString path = dir.filePath("stereo.wav");
        std::vector<float> x(2 * 16000);
        for (size_t i = 0; i < 16000; ++i) {
            x[2 * i] = float(0.1 * std::sin(2 * M_PI * 300 * double(i) / 16000));
            x[2 * i + 1] = float(std::clamp(2.0 * std::sin(2 * M_PI * 100 * double(i) / 16000), -1.0, 1.0));
        }
        QVERIFY(sttest::writeAudio(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 2, x));
        const QualityMeasures m = measureQualityFile(path);
        QCOMPARE(m.channels, 2);
        QCOMPARE(m.clippedChannel, 2);
        const double expected = 1 - 2 / M_PI * std::asin(0.4995);
        QVERIFY2(std::abs(m.clippedSampleFraction - expected) <= 0.01, qPrintable(QString::number(m.clippedSampleFraction)));
        const QualityFinding *f = findingOf(judgeQuality(m, {}), "clippedSampleFraction");
        QVERIFY(f);
        QVERIFY2(f->message.contains("of the samples of channel 2 are clipped"), qPrintable(f->message));
    }

    void lossyFileIsFlagged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("speech.opus");
        QString why;
        if (!sttest::writeAudio(path, SF_FORMAT_OGG | SF_FORMAT_OPUS, 16000, 1, noisySpeech(16000, 30, 51), &why))
            QSKIP(qPrintable("this libsndfile cannot write Opus: " + why));
        const QualityMeasures m = measureQualityFile(path);
        QVERIFY(m.lossyCodec);
        QVERIFY2(m.codecHint.startsWith("lossy codec (Opus)"), qPrintable(m.codecHint));
        const QualityVerdict v = judgeQuality(m, {});
        const QualityFinding *f = findingOf(v, "codec");
        QVERIFY(f);
        QCOMPARE(f->severity, QualitySeverity::Warn);
        QCOMPARE(lossyCodecName("MP3", "MPEG_LAYER_III"), QString("MP3"));
        QCOMPARE(lossyCodecName("WAV", "ULAW"), QString("G.711 mu-law, telephone companding"));
        QVERIFY(lossyCodecName("WAV", "PCM_16").isEmpty());
        QVERIFY(lossyCodecName("FLAC", "PCM_24").isEmpty());
    }

    void brokenFilesNameTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::addRow("not audio") << QByteArray("this is a text file, not a recording\n") << QString();
        QTest::addRow("empty file") << QByteArray() << QString();
        QTest::addRow("header only") << sttest::wavBytes(16000, 1, {}) << QString();
    }
    void brokenFilesNameTheFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath("evidence.wav");
        QVERIFY(sttest::putBytes(path, bytes));
        const QString e = errorOf([&] { measureQualityFile(path); });
        QVERIFY2(!e.isEmpty() && e.contains(QFileInfo(path).absoluteFilePath()), qPrintable(e));
        const QString missing = errorOf([&] { measureQualityFile(dir.filePath("missing.wav")); });
        QVERIFY2(missing.contains("missing.wav"), qPrintable(missing));
    }

    // --- Verdict ---------------------------------------------------------------------------------------------------

    void verdictMessages()
    {
        QualityMeasures m;
        m.sampleRate = 16000;
        m.sampleCount = 16000 * 10;
        m.durationSeconds = m.fileDurationSeconds = 10;
        m.digitalSilence = false;
        m.speechFound = m.snrMeasured = true;
        m.netSpeechSeconds = 1.2;
        m.snrDb = 8.34;
        m.bandwidthHz = 3100;
        m.dcOffset = -0.031;
        m.clippedSampleFraction = 0.0052;
        m.clippedRuns = 12;
        m.longestClipRunSamples = 54;
        const QualityVerdict v = judgeQuality(m, {});
        QVERIFY(!v.passed);
        QCOMPARE(v.failCount(), 5);
        QCOMPARE(messages(v),
                 QString("fail netSpeechSeconds: Net speech is 1.2 s, below the 2.0 s the case requires\n"
                         "fail snrDb: The signal-to-noise ratio is 8.3 dB, below the 15.0 dB the case requires\n"
                         "fail bandwidthHz: The effective bandwidth is 3100 Hz, below the 3400 Hz the case requires\n"
                         "fail clippedSampleFraction: 0.52 % of the samples are clipped (12 run(s) at full scale, the "
                         "longest 54 samples = 3.4 ms), above the 0.10 % the case allows\n"
                         "fail dcOffset: The DC offset is -0.031 of full scale, above the 0.020 the case allows"));
        QCOMPARE(findingOf(v, "snrDb")->value, 8.34);
        QCOMPARE(findingOf(v, "snrDb")->threshold, 15.0);

        // A value that would read the same as its limit gets more decimals.
        QualityMeasures near = m;
        near.netSpeechSeconds = 1.96;
        near.snrDb = 14.96;
        near.dcOffset = 0.0201;
        near.clippedSampleFraction = 0.00101;
        const QualityVerdict nv = judgeQuality(near, {});
        QCOMPARE(findingOf(nv, "netSpeechSeconds")->message, QString("Net speech is 1.96 s, below the 2.00 s the case requires"));
        QCOMPARE(findingOf(nv, "snrDb")->message,
                 QString("The signal-to-noise ratio is 14.96 dB, below the 15.00 dB the case requires"));
        QCOMPARE(findingOf(nv, "dcOffset")->message,
                 QString("The DC offset is +0.0201 of full scale, above the 0.0200 the case allows"));
        QVERIFY2(findingOf(nv, "clippedSampleFraction")->message.startsWith("0.101 % of the samples")
                     && findingOf(nv, "clippedSampleFraction")->message.endsWith("above the 0.100 % the case allows"),
                 qPrintable(findingOf(nv, "clippedSampleFraction")->message));

        // The same measures pass looser thresholds; a hint alone is a warning that does not fail.
        QualityThresholds loose{5, 1, 0.01, 0.05, 3000};
        m.codecHint = QStringLiteral("band-limited to ~3.1 kHz: telephone-band or narrowband codec likely");
        const QualityVerdict ok = judgeQuality(m, loose);
        QVERIFY2(ok.passed, qPrintable(messages(ok)));
        QCOMPARE(int(ok.findings.size()), 1);
        QCOMPARE(ok.findings[0].severity, QualitySeverity::Warn);
        QCOMPARE(ok.findings[0].message, QString("Codec: band-limited to ~3.1 kHz: telephone-band or narrowband codec likely"));

        // JSON round trip of the verdict.
        const QJsonObject j = v.toJson();
        QCOMPARE(j.value("passed").toBool(), false);
        QCOMPARE(j.value("findings").toArray().size(), 5);
        QCOMPARE(j.value("findings").toArray()[0].toObject().value("severity").toString(), QString("fail"));
        QString error;
        const QualityVerdict back = QualityVerdict::fromJson(j, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.passed, v.passed);
        QCOMPARE(messages(back), messages(v));
        QCOMPARE(back.thresholds, v.thresholds);
        const QJsonObject wj = ok.toJson();
        QVERIFY(wj.value("findings").toArray()[0].toObject().value("threshold").isNull());
        QVERIFY(std::isnan(QualityVerdict::fromJson(wj).findings[0].threshold));
        // A broken verdict object is refused with the field named.
        QJsonObject broken = j;
        QJsonArray fs = broken.value("findings").toArray();
        QJsonObject f0 = fs[0].toObject();
        f0.insert("severity", "fatal");
        fs[0] = f0;
        broken.insert("findings", fs);
        QualityVerdict::fromJson(broken, &error);
        QCOMPARE(error, QString("verdict.findings[0].severity: must be \"fail\" or \"warn\""));
        QVERIFY(errorOf([&] { QualityVerdict::fromJson(QJsonObject{}); }).contains("verdict.passed"));
    }

    void measuresJsonRoundTrip()
    {
        QualityMeasures m = measureQuality(noisySpeech(16000, 20, 61), 16000);
        m.path = "/evidence/a.wav";
        m.container = "WAV";
        m.sampleFormat = "PCM_16";
        m.warnings << "truncated";
        const QJsonObject j = m.toJson();
        for (const char *k : {"sampleRate", "durationSeconds", "snrDb", "netSpeechSeconds", "clippedSampleFraction",
                              "longestClipRunSamples", "dcOffset", "bandwidthHz", "peakDbfs", "rmsDbfs", "codecHint",
                              "sampleRateHint", "speechSegments", "container", "sampleFormat", "channels"})
            QVERIFY2(j.contains(k), k);
        QVERIFY(!m.toJson(false).contains("speechSegments"));
        QString error;
        const QualityMeasures back = QualityMeasures::fromJson(j, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.path, m.path);
        QCOMPARE(back.warnings, m.warnings);
        QCOMPARE(back.sampleRate, m.sampleRate);
        QVERIFY(std::abs(back.snrDb - m.snrDb) <= 0.005);
        QVERIFY(std::abs(back.netSpeechSeconds - m.netSpeechSeconds) <= 0.0005);
        QCOMPARE(back.speechSegments.size(), m.speechSegments.size());
        QCOMPARE(back.bandwidthHz, m.bandwidthHz);
        // Not measured: null, and back to "not measured".
        const QJsonObject silent = measureQuality(std::vector<float>(1000, 0.0f), 16000).toJson();
        QVERIFY(silent.value("snrDb").isNull());
        QVERIFY(!QualityMeasures::fromJson(silent).snrMeasured);
        // A wrong type is named.
        QJsonObject bad = j;
        bad.insert("snrDb", "high");
        QualityMeasures::fromJson(bad, &error);
        QCOMPARE(error, QString("measures.snrDb: must be a number"));
        QVERIFY(errorOf([&] { QualityMeasures::fromJson(bad); }).contains("measures.snrDb"));
    }
};

QTEST_GUILESS_MAIN(TestQualityMeasures)
#include "tst_quality_measures.moc"
