// The peak pyramid against brute force: every block of every level, random ranges, ragged ends,
// incremental readiness (queries during a build never answer for frames not yet summarised), and a
// build from a file equal to a build from memory.
#include "audio/AudioFile.h"
#include "audio/PeakPyramid.h"
#include "audio/SparseOverview.h"
#include "util/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <algorithm>
#include <atomic>
#include <random>
#include <thread>

using namespace st;

namespace {

std::vector<float> randomSignal(int64_t n, uint32_t seed)
{
    std::mt19937 rng{seed};
    std::normal_distribution<float> g(0.f, 0.3f);
    std::vector<float> x(static_cast<size_t>(n));
    for (auto &v : x)
        v = g(rng);
    // A few isolated extremes, so that min/max are decided by single samples.
    for (int k = 0; k < 20 && n > 0; ++k)
        x[rng() % uint32_t(n)] = (k % 2 ? 1.f : -1.f) * (1.0f + float(k) * 0.01f);
    return x;
}

MinMax brute(const std::vector<float> &x, int64_t s, int64_t e)
{
    const auto [lo, hi] = std::minmax_element(x.begin() + s, x.begin() + e);
    return MinMax{*lo, *hi};
}

/// What query() promises: exact min/max over the level-0 blocks that [start, end) touches.
MinMax expectedQuery(const std::vector<float> &x, int base, int64_t start, int64_t end)
{
    const int64_t n = int64_t(x.size());
    const int64_t s = (start / base) * base;
    const int64_t e = std::min(((end + base - 1) / base) * base, n);
    return brute(x, s, e);
}

} // namespace

class TestAudioPyramid : public QObject
{
    Q_OBJECT

private slots:
    void levelsAgainstBruteForce_data()
    {
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("factor");
        QTest::addRow("1-frame") << qint64(1) << 256 << 8;
        QTest::addRow("one-block") << qint64(256) << 256 << 8;
        QTest::addRow("ragged") << qint64(100003) << 256 << 8;
        QTest::addRow("exact-powers") << qint64(256 * 8 * 8 * 8) << 256 << 8;
        QTest::addRow("base7-factor3") << qint64(54321) << 7 << 3;
        QTest::addRow("base1-factor2") << qint64(1000) << 1 << 2;
        QTest::addRow("multi-chunk") << qint64(300000) << 300 << 4;
    }

    void levelsAgainstBruteForce()
    {
        QFETCH(qint64, frames);
        QFETCH(int, base);
        QFETCH(int, factor);
        const std::vector<float> x = randomSignal(frames, uint32_t(frames * 7 + base));
        PeakPyramid p(frames, base, factor);
        QCOMPARE(p.readyFrames(), int64_t(0));
        p.buildFromSamples(x.data(), frames);
        QCOMPARE(p.readyFrames(), int64_t(frames));
        QVERIFY(p.levels() >= 1);
        QCOMPARE(int64_t(p.level(p.levels() - 1).size()), int64_t(1)); // the top is one block
        for (int l = 0; l < p.levels(); ++l) {
            const int64_t bs = p.blockSize(l);
            const std::vector<MinMax> lv = p.level(l);
            QCOMPARE(int64_t(lv.size()), (frames + bs - 1) / bs);
            for (size_t j = 0; j < lv.size(); ++j) {
                const MinMax e = brute(x, int64_t(j) * bs, std::min(int64_t(j + 1) * bs, int64_t(frames)));
                if (lv[j].min != e.min || lv[j].max != e.max)
                    QFAIL(qPrintable(QStringLiteral("level %1 block %2: [%3, %4] expected [%5, %6]")
                                         .arg(l)
                                         .arg(j)
                                         .arg(lv[j].min)
                                         .arg(lv[j].max)
                                         .arg(e.min)
                                         .arg(e.max)));
            }
        }
        QVERIFY(p.level(p.levels()).empty());
        // The whole file.
        MinMax all;
        QVERIFY(p.query(0, frames, all));
        const MinMax e = brute(x, 0, frames);
        QCOMPARE(all.min, e.min);
        QCOMPARE(all.max, e.max);
    }

    void randomRanges()
    {
        for (int base : {1, 16, 256}) {
            for (int factor : {2, 4, 8}) {
                const int64_t n = 200000 + base * 3 + factor;
                const std::vector<float> x = randomSignal(n, uint32_t(base * 100 + factor));
                PeakPyramid p(n, base, factor);
                p.buildFromSamples(x.data(), n);
                std::mt19937 rng{uint32_t(base + factor)};
                for (int t = 0; t < 3000; ++t) {
                    int64_t s, e;
                    if (t % 3 == 0) { // aligned to a random level's blocks: exact
                        const int l = int(rng() % uint32_t(p.levels()));
                        const int64_t bs = p.blockSize(l);
                        const int64_t nb = (n + bs - 1) / bs;
                        const int64_t a = int64_t(rng() % uint64_t(nb));
                        const int64_t b = a + 1 + int64_t(rng() % uint64_t(nb - a));
                        s = a * bs;
                        e = std::min(b * bs, n);
                    } else if (t % 3 == 1) { // short spans
                        s = int64_t(rng() % uint64_t(n));
                        e = std::min(n, s + 1 + int64_t(rng() % 5000));
                    } else { // anything
                        s = int64_t(rng() % uint64_t(n));
                        e = s + 1 + int64_t(rng() % uint64_t(n - s));
                    }
                    MinMax got;
                    QVERIFY(p.query(s, e, got));
                    const MinMax want = expectedQuery(x, base, s, e);
                    if (got.min != want.min || got.max != want.max)
                        QFAIL(qPrintable(QStringLiteral("base %1 factor %2 range [%3, %4): [%5, %6] expected [%7, %8]")
                                             .arg(base).arg(factor).arg(s).arg(e)
                                             .arg(got.min).arg(got.max).arg(want.min).arg(want.max)));
                }
                MinMax dummy;
                QVERIFY(!p.query(10, 10, dummy)); // empty range
                QVERIFY(!p.query(n, n + 10, dummy)); // beyond the end
            }
        }
    }

    void incrementalReadiness()
    {
        const int base = 64, factor = 4;
        const int64_t n = 50000;
        const std::vector<float> x = randomSignal(n, 99);
        PeakPyramid p(n, base, factor);
        std::mt19937 rng{5};
        int64_t fed = 0;
        while (fed < n) {
            // Feed whole blocks (as build() does), a random number at a time.
            const int64_t step = std::min<int64_t>(n - fed, base * (1 + int64_t(rng() % 40)));
            p.appendSamples(x.data() + fed, step);
            fed += step;
            QCOMPARE(p.readyFrames(), fed);
            for (int t = 0; t < 200; ++t) {
                const int64_t s = int64_t(rng() % uint64_t(n));
                const int64_t e = s + 1 + int64_t(rng() % uint64_t(n - s));
                MinMax got;
                const bool ok = p.query(s, e, got);
                const int64_t needed = std::min(((e + base - 1) / base) * base, n);
                QCOMPARE(ok, needed <= fed);
                if (ok) {
                    const MinMax want = expectedQuery(x, base, s, e);
                    QCOMPARE(got.min, want.min);
                    QCOMPARE(got.max, want.max);
                }
            }
        }
    }

    void queryWhileBuildingFromFile()
    {
        // A file build on a worker thread while this thread queries: every answer given is exact.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int64_t n = 16000 * 30 + 123; // 30 s at 16 kHz, several decode chunks
        const std::vector<float> x = randomSignal(n, 1234);
        std::vector<float> stereo(static_cast<size_t>(2 * n));
        for (int64_t i = 0; i < n; ++i) {
            stereo[size_t(2 * i)] = x[size_t(i)];
            stereo[size_t(2 * i + 1)] = -0.5f * x[size_t(i)];
        }
        const QString path = dir.filePath(QStringLiteral("p.wav"));
        SF_INFO si{};
        si.samplerate = 16000;
        si.channels = 2;
        si.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
        QVERIFY(f);
        QCOMPARE(sf_writef_float(f, stereo.data(), n), sf_count_t(n));
        sf_close(f);

        AudioFile af(path);
        PeakPyramid p(af.info().frames, 256, 8);
        std::vector<double> fractions;
        std::atomic<bool> done{false};
        std::thread worker([&] {
            p.build(af, 0, [&](double fr, int64_t framesDone) {
                fractions.push_back(fr);
                return framesDone > 0;
            });
            done = true;
        });
        std::mt19937 rng{77};
        int answered = 0, refused = 0;
        while (!done.load() || answered < 100) {
            const int64_t s = int64_t(rng() % uint64_t(n));
            const int64_t e = s + 1 + int64_t(rng() % 20000);
            MinMax got;
            if (p.query(s, std::min(e, n), got)) {
                const MinMax want = expectedQuery(x, 256, s, std::min(e, n));
                QCOMPARE(got.min, want.min);
                QCOMPARE(got.max, want.max);
                ++answered;
            } else {
                ++refused;
            }
            // Also read raw frames meanwhile (the decoder is shared and locked).
            if ((answered + refused) % 50 == 0) {
                const std::vector<float> w = af.readFrames(s, 100, 0);
                QVERIFY(std::equal(w.begin(), w.end(), x.begin() + s));
            }
        }
        worker.join();
        QCOMPARE(p.readyFrames(), n);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

        // Same as from memory, level by level; the mix-down and channel 1 too.
        PeakPyramid mem(n, 256, 8);
        mem.buildFromSamples(x.data(), n);
        for (int l = 0; l < p.levels(); ++l) {
            const auto a = p.level(l), b = mem.level(l);
            QCOMPARE(a.size(), b.size());
            for (size_t j = 0; j < a.size(); ++j) {
                QCOMPARE(a[j].min, b[j].min);
                QCOMPARE(a[j].max, b[j].max);
            }
        }
        PeakPyramid ch1(n, 256, 8);
        ch1.build(af, 1);
        MinMax m1;
        QVERIFY(ch1.query(0, n, m1));
        const MinMax e0 = brute(x, 0, n);
        QCOMPARE(m1.max, -0.5f * e0.min);
        QCOMPARE(m1.min, -0.5f * e0.max);
    }

    void cancelStopsEarly()
    {
        const int64_t n = 500000;
        const std::vector<float> x = randomSignal(n, 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.wav"));
        SF_INFO si{};
        si.samplerate = 16000;
        si.channels = 1;
        si.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
        QVERIFY(f);
        sf_writef_float(f, x.data(), n);
        sf_close(f);
        AudioFile af(path);
        PeakPyramid p(n);
        int calls = 0;
        p.build(af, MixDown, [&](double, int64_t) { return ++calls < 2; });
        QCOMPARE(calls, 2);
        QVERIFY(p.readyFrames() > 0 && p.readyFrames() < n);
        MinMax m;
        QVERIFY(!p.query(0, n, m));
        // Building again continues where it stopped.
        p.build(af, MixDown);
        QCOMPARE(p.readyFrames(), n);
        QVERIFY(p.query(0, n, m));
        QCOMPARE(m.max, brute(x, 0, n).max);
    }

    void sparseOverviewProbes()
    {
        // Each column is the exact min/max of its probe, and lies inside the exact column range.
        const int64_t n = 123457;
        const std::vector<float> x = randomSignal(n, 11);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.wav"));
        SF_INFO si{};
        si.samplerate = 16000;
        si.channels = 1;
        si.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
        QVERIFY(f);
        sf_writef_float(f, x.data(), n);
        sf_close(f);
        AudioFile af(path);
        PeakPyramid p(n, 16, 8);
        p.build(af, MixDown);
        for (int columns : {1, 7, 640, 1920}) {
            const int probe = 32;
            const std::vector<MinMax> o = sparseOverview(af, MixDown, columns, probe);
            QCOMPARE(int(o.size()), columns);
            for (int c = 0; c < columns; ++c) {
                const int64_t s = n * c / columns, e = n * (c + 1) / columns;
                const int64_t len = std::min<int64_t>(probe, e - s);
                const int64_t start = s + (e - s - len) / 2;
                const MinMax want = brute(x, start, start + len);
                QCOMPARE(o[size_t(c)].min, want.min);
                QCOMPARE(o[size_t(c)].max, want.max);
                MinMax exact;
                QVERIFY(p.query(s, e, exact));
                QVERIFY(exact.min <= o[size_t(c)].min && o[size_t(c)].max <= exact.max);
            }
        }
        int calls = 0;
        sparseOverview(af, MixDown, 100, 32, [&](int done) { return ++calls < 10 && done > 0; });
        QCOMPARE(calls, 10);
    }

    void memoryIsSmall()
    {
        // One hour at 16 kHz, base 256: level 0 has 225000 blocks; all levels together < 2.1 MB.
        PeakPyramid p(int64_t(3600) * 16000, 256, 8);
        size_t blocks = 0;
        for (int l = 0; l < p.levels(); ++l)
            blocks += p.level(l).size();
        QVERIFY(blocks * sizeof(MinMax) < 2100000);
        QCOMPARE(p.level(0).size(), size_t(225000));
    }

    void rejectsBadParameters()
    {
        QVERIFY_THROWS_EXCEPTION(st::Error, PeakPyramid(100, 0, 8));
        QVERIFY_THROWS_EXCEPTION(st::Error, PeakPyramid(100, 256, 1));
        PeakPyramid empty(0);
        QCOMPARE(empty.levels(), 0);
        MinMax m;
        QVERIFY(!empty.query(0, 10, m));
    }
};

QTEST_GUILESS_MAIN(TestAudioPyramid)
#include "tst_audio_pyramid.moc"
