// Waveform augmentation (core/dataset/Augment.h): achieved SNRs, band-limit attenuation, trim/pad lengths and
// floor level, reverb, every RawBoost algorithm, determinism by seed, the settings' JSON round trip and refusals.
#include "audiotestutil.h"
#include "dataset/Augment.h"
#include "dataset/DspKernels.h"
#include "testutil.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace st;
using namespace st::train;
using sttest::errorFrom;

namespace {

constexpr int kRate = 16000;

double power(const std::vector<float> &x)
{
    double e = 0;
    for (float v : x)
        e += double(v) * double(v);
    return x.empty() ? 0.0 : e / double(x.size());
}

double snrDb(const std::vector<float> &clean, const std::vector<float> &noisy)
{
    double es = 0, en = 0;
    for (size_t i = 0; i < clean.size(); ++i) {
        es += double(clean[i]) * double(clean[i]);
        const double d = double(noisy[i]) - double(clean[i]);
        en += d * d;
    }
    return 10.0 * std::log10(es / en);
}

bool allFinite(const std::vector<float> &x)
{
    for (float v : x)
        if (!std::isfinite(v))
            return false;
    return true;
}

/// A speech-like test signal: a few harmonics with a slow envelope.
std::vector<float> voiced(int64_t n)
{
    std::vector<float> x(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const double t = double(i) / kRate;
        const double env = 0.5 + 0.5 * std::sin(2 * M_PI * 3 * t);
        x[size_t(i)] = float(0.3 * env
                             * (std::sin(2 * M_PI * 150 * t) + 0.5 * std::sin(2 * M_PI * 300 * t)
                                + 0.25 * std::sin(2 * M_PI * 1200 * t)));
    }
    return x;
}

/// RMS level (dB) of a tone after band-limiting, relative to before (the middle, away from the edges).
double toneGainDb(double hz, double lo, double hi)
{
    std::vector<float> x = sttest::sineWave(kRate, kRate, hz, 0.5);
    const std::vector<float> in = x;
    bandLimit(x, lo, hi, kRate);
    const std::vector<float> a(in.begin() + 4000, in.end() - 4000), b(x.begin() + 4000, x.end() - 4000);
    return 10.0 * std::log10(power(b) / power(a));
}

} // namespace

class TestDatasetAugment : public QObject
{
    Q_OBJECT

private slots:
    void addNoiseHitsSnr_data()
    {
        QTest::addColumn<double>("snr");
        QTest::addColumn<bool>("pink");
        for (double snr : {-5.0, 0.0, 10.0, 25.0, 40.0}) {
            QTest::addRow("white %g dB", snr) << snr << false;
            QTest::addRow("pink %g dB", snr) << snr << true;
        }
    }
    void addNoiseHitsSnr()
    {
        QFETCH(double, snr);
        QFETCH(bool, pink);
        const std::vector<float> clean = sttest::sineWave(kRate, 2 * kRate, 440, 0.5);
        std::vector<float> x = clean;
        std::mt19937_64 rng(7);
        addNoise(x, snr, pink, rng);
        QCOMPARE(x.size(), clean.size());
        QVERIFY2(std::fabs(snrDb(clean, x) - snr) < 0.1, qPrintable(QString::number(snrDb(clean, x))));
    }

    void addNoiseOnSilenceAndEmpty()
    {
        std::vector<float> silent(1000, 0.0f), empty;
        std::mt19937_64 rng(1);
        addNoise(silent, 10, false, rng);
        QCOMPARE(power(silent), 0.0);
        addNoise(empty, 10, false, rng);
        QVERIFY(empty.empty());
    }

    void stationaryHitsDrawnSnr()
    {
        const std::vector<float> clean = sttest::sineWave(kRate, 2 * kRate, 440, 0.5);
        RawBoostSettings s;
        for (uint64_t seed = 1; seed <= 5; ++seed) {
            std::vector<float> x = clean;
            std::mt19937_64 rng(seed);
            const double snr = rawBoostStationary(x, s, kRate, rng);
            QVERIFY(snr >= s.snrMin && snr <= s.snrMax);
            QVERIFY2(std::fabs(snrDb(clean, x) - snr) < 0.1,
                     qPrintable(QStringLiteral("drawn %1, achieved %2").arg(snr).arg(snrDb(clean, x))));
        }
    }

    void sameSeedSameOutput()
    {
        AugmentSettings s;
        s.padProbability = 1;
        s.rawboost.algorithm = 4;
        s.reverbProbability = 1;
        s.bandlimitProbability = 1;
        s.noiseProbability = 1;
        s.gainProbability = 1;
        const std::vector<float> clean = voiced(kRate);
        auto run = [&](uint64_t seed, AugmentRecord *rec = nullptr) {
            std::vector<float> x = clean;
            std::mt19937_64 rng(seed);
            augment(x, s, rng, rec);
            return x;
        };
        AugmentRecord rec;
        const std::vector<float> a = run(42, &rec), b = run(42), c = run(43);
        QVERIFY(a == b);
        QVERIFY(a != c);
        QVERIFY(allFinite(a));
        QCOMPARE(rec.applied, (QStringList{QStringLiteral("pad"), QStringLiteral("rawboost-4"), QStringLiteral("reverb"),
                                           QStringLiteral("bandlimit"), QStringLiteral("noise"), QStringLiteral("gain")}));
        QVERIFY(rec.noiseSnrDb >= s.snrMinDb && rec.noiseSnrDb <= s.snrMaxDb);
        QVERIFY(rec.gainDb >= s.gainMinDb && rec.gainDb <= s.gainMaxDb);
        for (float v : a)
            QVERIFY(std::fabs(v) <= 1.0f); // clip = true
    }

    void nothingEnabledChangesNothing()
    {
        AugmentSettings s;
        QVERIFY(!s.anyEnabled());
        std::vector<float> x = voiced(4000);
        const std::vector<float> in = x;
        std::mt19937_64 rng(3);
        AugmentRecord rec;
        augment(x, s, rng, &rec);
        QVERIFY(x == in);
        QVERIFY(rec.applied.isEmpty());
        std::vector<float> empty;
        s.noiseProbability = 1;
        s.padProbability = 1;
        augment(empty, s, rng);
        QVERIFY(empty.empty());
    }

    void bandLimitAttenuatesOutside()
    {
        // Telephone band 300..3400 Hz: 1 kHz passes, 100 Hz and 6 kHz are stopped.
        QVERIFY2(std::fabs(toneGainDb(1000, 300, 3400)) < 1.0, qPrintable(QString::number(toneGainDb(1000, 300, 3400))));
        QVERIFY2(toneGainDb(6000, 300, 3400) < -30.0, qPrintable(QString::number(toneGainDb(6000, 300, 3400))));
        QVERIFY2(toneGainDb(100, 300, 3400) < -30.0, qPrintable(QString::number(toneGainDb(100, 300, 3400))));
        // The widest band of the defaults: 50..7800 Hz.
        QVERIFY(std::fabs(toneGainDb(4000, 50, 7800)) < 1.0);
        QVERIFY2(toneGainDb(20, 50, 7800) < -30.0, qPrintable(QString::number(toneGainDb(20, 50, 7800))));
        QVERIFY(errorFrom([] {
                    std::vector<float> x(100, 0.1f);
                    bandLimit(x, 3000, 300, kRate);
                }).contains(QStringLiteral("band")));
    }

    void trimAndPad()
    {
        // 0.5 s silence, 1 s tone, 0.3 s silence.
        std::vector<float> x(size_t(kRate / 2), 0.0f);
        const std::vector<float> tone = sttest::sineWave(kRate, kRate, 440, 0.5);
        x.insert(x.end(), tone.begin(), tone.end());
        x.insert(x.end(), size_t(3 * kRate / 10), 0.0f);
        trimSilence(x, -50, kRate);
        // Frames of 10 ms: the tone's 100 frames stay, the silent ones go.
        QCOMPARE(int(x.size()), kRate);
        trimSilence(x, -50, kRate); // nothing more to trim
        QCOMPARE(int(x.size()), kRate);

        std::mt19937_64 rng(5);
        std::vector<float> y = tone;
        padWithFloor(y, 8000, 4000, -60, rng);
        QCOMPARE(int(y.size()), kRate + 12000);
        const std::vector<float> before(y.begin(), y.begin() + 8000), after(y.end() - 4000, y.end());
        QVERIFY(std::fabs(10 * std::log10(power(before)) - (-60)) < 0.5);
        QVERIFY(std::fabs(10 * std::log10(power(after)) - (-60)) < 0.5);
        QVERIFY(std::equal(tone.begin(), tone.end(), y.begin() + 8000));

        std::vector<float> silent(1000, 0.0f);
        trimSilence(silent, -50, kRate); // all silence: left as it is
        QCOMPARE(int(silent.size()), 1000);
    }

    void reverbKeepsLengthAndEnergy()
    {
        const std::vector<float> clean = voiced(kRate);
        for (double rt60 : {0.2, 0.8}) {
            std::vector<float> x = clean;
            std::mt19937_64 rng(11);
            reverberate(x, rt60, 0.5, kRate, rng);
            QCOMPARE(x.size(), clean.size());
            QVERIFY(allFinite(x));
            const double ratio = power(x) / power(clean);
            QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
            QVERIFY(x != clean);
        }
    }

    void rawBoostAlgorithms()
    {
        const std::vector<float> clean = voiced(kRate / 2);
        for (int algo = 1; algo <= 8; ++algo) {
            RawBoostSettings s;
            s.algorithm = algo;
            auto run = [&](uint64_t seed) {
                std::vector<float> x = clean;
                std::mt19937_64 rng(seed);
                rawBoost(x, s, kRate, rng);
                return x;
            };
            const std::vector<float> a = run(100), b = run(100), c = run(101);
            const QByteArray what = QByteArray("algorithm ") + QByteArray::number(algo);
            QVERIFY2(a.size() == clean.size(), what.constData());
            QVERIFY2(allFinite(a), what.constData());
            QVERIFY2(a == b, what.constData());
            QVERIFY2(a != c, what.constData());
            QVERIFY2(a != clean, what.constData());
            QVERIFY2(power(a) > 0, what.constData());
        }
        RawBoostSettings off;
        std::vector<float> x = clean;
        std::mt19937_64 rng(1);
        rawBoost(x, off, kRate, rng);
        QVERIFY(x == clean);
        off.algorithm = 9;
        QVERIFY(errorFrom([&] { rawBoost(x, off, kRate, rng); }).contains(QStringLiteral("algorithm 9")));
    }

    void impulsiveTouchesAShare()
    {
        RawBoostSettings s;
        s.P = 10;
        // Low enough that no sample exceeds 1 (which would rescale them all).
        const std::vector<float> clean = sttest::sineWave(kRate, kRate, 440, 0.2);
        std::vector<float> x = clean;
        std::mt19937_64 rng(9);
        rawBoostImpulsive(x, s, rng);
        int changed = 0;
        for (size_t i = 0; i < x.size(); ++i)
            changed += x[i] != clean[i];
        QVERIFY(changed <= int(clean.size() / 10) + 1);
    }

    void notchKernelIsANotch()
    {
        // A band-stop 1..2 kHz of 101 taps: unit gain far away, deep in the band.
        const std::vector<double> h = dsp::bandStopKernel(101, 1000, 2000, kRate);
        auto gainAt = [&](double hz) {
            double re = 0, im = 0;
            for (size_t n = 0; n < h.size(); ++n) {
                re += h[n] * std::cos(2 * M_PI * hz / kRate * double(n));
                im -= h[n] * std::sin(2 * M_PI * hz / kRate * double(n));
            }
            return 20 * std::log10(std::sqrt(re * re + im * im));
        };
        QVERIFY(std::fabs(gainAt(100)) < 0.5);
        QVERIFY(std::fabs(gainAt(5000)) < 0.5);
        QVERIFY(gainAt(1500) < -20);
        // FFT convolution equals direct convolution.
        std::vector<double> x(3000), k(500);
        std::mt19937_64 rng(2);
        for (double &v : x)
            v = gaussian(rng);
        for (double &v : k)
            v = gaussian(rng);
        const auto a = dsp::convolveFull(x, k), b = dsp::convolveLong(x, k);
        QCOMPARE(a.size(), b.size());
        double worst = 0;
        for (size_t i = 0; i < a.size(); ++i)
            worst = std::max(worst, std::fabs(a[i] - b[i]));
        QVERIFY(worst < 1e-9);
    }

    void betaDraws()
    {
        std::mt19937_64 rng(4);
        for (double alpha : {0.1, 0.5, 1.0, 2.0}) {
            double sum = 0;
            const int n = 4000;
            for (int i = 0; i < n; ++i) {
                const double v = drawBeta(alpha, rng);
                QVERIFY(v >= 0 && v <= 1);
                sum += v;
            }
            QVERIFY(std::fabs(sum / n - 0.5) < 0.03); // symmetric: mean 1/2
        }
        std::mt19937_64 a(8), b(8);
        QCOMPARE(drawBeta(0.4, a), drawBeta(0.4, b));
        QVERIFY(!errorFrom([&] { drawBeta(0, rng); }).startsWith(QStringLiteral("NO ERROR")));
    }

    void jsonRoundTrip()
    {
        AugmentSettings s;
        s.trimProbability = 0.25;
        s.padMaxSeconds = 0.3;
        s.rawboost.algorithm = 5;
        s.rawboost.nBands = 3;
        s.rawboost.snrMin = 12.5;
        s.reverbProbability = 0.1;
        s.pinkNoise = true;
        s.clip = false;
        s.gainMinDb = -3;
        const QJsonObject o = s.toJson();
        const AugmentSettings r = AugmentSettings::fromJson(o, QStringLiteral("run.json"));
        QCOMPARE(r.toJson(), o);
        QCOMPARE(r.rawboost.algorithm, 5);
        QCOMPARE(r.rawboost.snrMin, 12.5);
        QCOMPARE(r.pinkNoise, true);
        QCOMPARE(r.clip, false);
        // Through text too (the run configuration is a file).
        const QJsonObject t = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
        QCOMPARE(AugmentSettings::fromJson(t, QStringLiteral("run.json")).toJson(), o);
        // Missing keys keep their defaults.
        const AugmentSettings d = AugmentSettings::fromJson(QJsonObject{}, QStringLiteral("run.json"));
        QCOMPARE(d.toJson(), AugmentSettings().toJson());
    }

    void jsonRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong type") << QByteArray(R"({"noiseProbability": "high"})")
                                    << QStringLiteral("run.json: augment.noiseProbability: expected a number, found a string");
        QTest::newRow("bool type") << QByteArray(R"({"clip": 1})")
                                   << QStringLiteral("run.json: augment.clip: expected true or false, found a number");
        QTest::newRow("out of range") << QByteArray(R"({"reverbProbability": 1.5})")
                                      << QStringLiteral("run.json: augment.reverbProbability: 1.5 is out of range [0, 1]");
        QTest::newRow("unknown key") << QByteArray(R"({"noiseProbabilty": 0.5})")
                                     << QStringLiteral("run.json: augment.noiseProbabilty: unknown setting");
        QTest::newRow("nested wrong type") << QByteArray(R"({"rawboost": {"algorithm": 2.5}})")
                                           << QStringLiteral("run.json: augment.rawboost.algorithm: expected a whole number");
        QTest::newRow("nested range") << QByteArray(R"({"rawboost": {"algorithm": 9}})")
                                      << QStringLiteral("run.json: augment.rawboost.algorithm: 9 is out of range [0, 8]");
        QTest::newRow("nested unknown") << QByteArray(R"({"rawboost": {"gain": 1}})")
                                        << QStringLiteral("run.json: augment.rawboost.gain: unknown setting");
        QTest::newRow("rawboost not object") << QByteArray(R"({"rawboost": 4})")
                                             << QStringLiteral("run.json: augment.rawboost: expected an object");
        QTest::newRow("min above max") << QByteArray(R"({"snrMinDb": 50})")
                                       << QStringLiteral("run.json: augment.snrMinDb: 50 is above augment.snrMaxDb (40)");
        QTest::newRow("nyquist") << QByteArray(R"({"sampleRate": 8000})")
                                 << QStringLiteral("run.json: augment.highCutMax: 7800 Hz is above the Nyquist");
    }
    void jsonRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const QString msg = sttest::errorFrom([&] { AugmentSettings::fromJson(o, QStringLiteral("run.json")); });
        QVERIFY2(msg.startsWith(expected), qPrintable(msg));
    }
};

QTEST_GUILESS_MAIN(TestDatasetAugment)
#include "tst_dataset_augment.moc"
