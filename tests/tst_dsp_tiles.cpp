// The background tile engine: tiles equal a direct Stft::computeDb over the whole signal (level 0
// and coarser levels of detail), from memory and from a WAV file written here; stale work is
// cancelled; a params change drops everything; the cache keeps to its memory cap.
#include "audio/AudioFile.h"
#include "dsp/SpectrogramTiles.h"
#include "util/Error.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <condition_variable>
#include <mutex>
#include <random>

using namespace st;

namespace {

std::shared_ptr<std::vector<float>> testSignal(int n, int sr)
{
    auto x = std::make_shared<std::vector<float>>(static_cast<size_t>(n));
    std::mt19937 rng(3);
    std::normal_distribution<float> g(0.0f, 0.05f);
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        // A chirp, a steady tone and noise: every bin and frame differs.
        (*x)[size_t(i)] = float(0.5 * std::sin(2 * M_PI * (300 + 1500 * t) * t) +
                                0.2 * std::sin(2 * M_PI * 2500 * t)) +
                          g(rng);
    }
    return x;
}

SpectrogramParams makeParams(int fft, int hop, FrequencyScale scale = FrequencyScale::Linear)
{
    SpectrogramParams p;
    p.fftSize = fft;
    p.hop = hop;
    p.scale = scale;
    p.melBands = 40;
    return p;
}

// Rows [first, first + count) of a direct computation must equal the tile exactly (same arithmetic).
void compareTile(const SpectrogramTile &t, const std::vector<float> &direct, int bins)
{
    QCOMPARE(t.bins, bins);
    for (int f = 0; f < t.frames; ++f)
        for (int b = 0; b < bins; ++b)
            if (t.at(f, b) != direct[size_t(t.firstFrame + f) * bins + b])
                QFAIL(qPrintable(QStringLiteral("tile %1 frame %2 bin %3: %4 vs %5")
                                     .arg(t.index)
                                     .arg(f)
                                     .arg(b)
                                     .arg(t.at(f, b))
                                     .arg(direct[size_t(t.firstFrame + f) * bins + b])));
}

// A source whose reads block until the test opens the gate: makes "a tile is being computed right
// now" a state the test can wait for, without timing.
struct Gate
{
    std::mutex m;
    std::condition_variable cv;
    bool open = false;
    std::atomic<int> blocked{0};
    std::atomic<int> reads{0};
    void release()
    {
        std::lock_guard<std::mutex> l(m);
        open = true;
        cv.notify_all();
    }
};

SampleSource gatedSource(std::shared_ptr<std::vector<float>> x, int sr, std::shared_ptr<Gate> gate)
{
    SampleSource inner = SampleSource::fromBuffer(x, sr);
    SampleSource s = inner;
    s.read = [inner, gate](int64_t start, int64_t count) {
        ++gate->reads;
        std::unique_lock<std::mutex> l(gate->m);
        ++gate->blocked;
        gate->cv.wait(l, [&] { return gate->open; });
        --gate->blocked;
        l.unlock();
        return inner.read(start, count);
    };
    return s;
}

} // namespace

class TstDspTiles : public QObject
{
    Q_OBJECT
private slots:
    void tilesEqualDirectComputation_data()
    {
        QTest::addColumn<int>("fft");
        QTest::addColumn<int>("hop");
        QTest::addColumn<bool>("mel");
        QTest::addColumn<bool>("centred");
        QTest::newRow("512/128 linear") << 512 << 128 << false << true;
        QTest::newRow("1024/300 linear") << 1024 << 300 << false << true;
        QTest::newRow("256/64 mel") << 256 << 64 << true << true;
        QTest::newRow("512/100 not centred") << 512 << 100 << false << false;
    }
    void tilesEqualDirectComputation()
    {
        QFETCH(int, fft);
        QFETCH(int, hop);
        QFETCH(bool, mel);
        QFETCH(bool, centred);
        const int sr = 16000, n = 3 * sr + 123;
        auto x = testSignal(n, sr);
        SpectrogramParams p = makeParams(fft, hop, mel ? FrequencyScale::Mel : FrequencyScale::Linear);
        p.centred = centred;
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), p, 32);
        QSignalSpy ready(&tiles, &SpectrogramTiles::tileReady);
        const int64_t frames = tiles.frameCount();
        QCOMPARE(frames, p.frameCount(n));
        const int64_t nTiles = tiles.tileCount();
        QCOMPARE(nTiles, (frames + 31) / 32);
        tiles.request(0, frames - 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), int(nTiles), 60000);
        QCOMPARE(tiles.tilesComputed(), nTiles);

        Stft stft(p, sr);
        const std::vector<float> direct = stft.computeDb(x->data(), n, 0, frames);
        int64_t covered = 0;
        for (int64_t i = 0; i < nTiles; ++i) {
            auto t = tiles.tile(i);
            QVERIFY(t);
            QCOMPARE(t->index, i);
            QCOMPARE(t->firstFrame, i * 32);
            QCOMPARE(t->level, 0);
            QCOMPARE(t->hop, int64_t(hop));
            compareTile(*t, direct, p.bins());
            covered += t->frames;
        }
        QCOMPARE(covered, frames);
        QVERIFY(!tiles.tile(nTiles));
        // Read-outs: from the cache, equal to the direct values.
        for (int64_t f : {int64_t(0), int64_t(7), frames / 2, frames - 1})
            for (int b : {0, 3, p.bins() - 1})
                QCOMPARE(tiles.valueAt(f, b), direct[size_t(f) * p.bins() + b]);
        QVERIFY(std::isnan(tiles.valueAt(frames, 0)));
        QVERIFY(std::isnan(tiles.valueAt(-1, 0)));
        QVERIFY(std::isnan(tiles.valueAt(0, p.bins())));
    }

    void valueAtWithoutTilesComputesDirectly()
    {
        const int sr = 8000, n = 20000;
        auto x = testSignal(n, sr);
        const SpectrogramParams p = makeParams(512, 160);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), p, 16);
        Stft stft(p, sr);
        const int64_t frames = p.frameCount(n);
        const std::vector<float> direct = stft.computeDb(x->data(), n, 0, frames);
        for (int64_t f : {int64_t(0), int64_t(1), int64_t(55), frames - 1})
            for (int b : {0, 100, 256})
                QCOMPARE(tiles.valueAt(f, b), direct[size_t(f) * 257 + b]);
        QCOMPARE(tiles.tilesComputed(), int64_t(0));
    }

    void levelsOfDetailAreExactSubsamples()
    {
        const int sr = 16000, n = 5 * sr;
        auto x = testSignal(n, sr);
        const SpectrogramParams p = makeParams(512, 64);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), p, 64);
        Stft stft(p, sr);
        const int64_t frames0 = p.frameCount(n);
        const std::vector<float> direct = stft.computeDb(x->data(), n, 0, frames0);
        for (int level : {1, 3, 6}) {
            QCOMPARE(tiles.hopAt(level), int64_t(64) << level);
            const int64_t frames = tiles.frameCount(level);
            SpectrogramParams pl = p;
            pl.hop = 64 << level;
            QCOMPARE(frames, pl.frameCount(n));
            tiles.request(0, frames - 1, level);
            QVERIFY(tiles.waitForIdle(60000));
            for (int64_t i = 0; i < tiles.tileCount(level); ++i) {
                auto t = tiles.tile(level, i);
                QVERIFY2(t, qPrintable(QStringLiteral("level %1 tile %2").arg(level).arg(i)));
                QCOMPARE(t->hop, int64_t(64) << level);
                for (int f = 0; f < t->frames; ++f) {
                    const int64_t f0 = t->levelZeroFrame(f);
                    QCOMPARE(f0, (t->firstFrame + f) << level);
                    QCOMPARE(tiles.frameCentreSample(t->firstFrame + f, level), f0 * 64);
                    for (int b = 0; b < 257; b += 16)
                        QCOMPARE(t->at(f, b), direct[size_t(f0) * 257 + b]);
                }
            }
        }
    }

    void levelChoice()
    {
        const SpectrogramParams p = makeParams(1024, 256);
        QCOMPARE(SpectrogramTiles::levelForSamplesPerPixel(p, 1.0), 0);
        QCOMPARE(SpectrogramTiles::levelForSamplesPerPixel(p, 511.0), 0);
        QCOMPARE(SpectrogramTiles::levelForSamplesPerPixel(p, 512.0), 1);
        // One hour at 16 kHz over 1600 pixels: 36000 samples a pixel -> hop 256 << 7 = 32768.
        QCOMPARE(SpectrogramTiles::levelForSamplesPerPixel(p, 3600.0 * 16000 / 1600), 7);
        // A short recording caps the level so that it still has frames to show.
        auto x = std::make_shared<std::vector<float>>(4000, 0.0f);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, 16000), p, 8);
        QVERIFY(tiles.frameCount(tiles.levelForSamplesPerPixel(1e9)) >= 2);
        // requestSamples picks that level and schedules its tiles.
        QCOMPARE(tiles.requestSamples(0, 3999, 1.0), 0);
        QVERIFY(tiles.waitForIdle(60000));
        QVERIFY(tiles.tile(0, 0));
    }

    void fromAudioFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("two.wav");
        const int sr = 16000, n = 2 * sr;
        auto left = testSignal(n, sr);
        auto right = std::make_shared<std::vector<float>>(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            (*right)[size_t(i)] = 0.7f * std::sin(float(2 * M_PI * 440.0 * i / sr));
        {
            SF_INFO info{};
            info.samplerate = sr;
            info.channels = 2;
            info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
            SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
            QVERIFY(f);
            std::vector<float> inter(size_t(2 * n));
            for (int i = 0; i < n; ++i) {
                inter[size_t(2 * i)] = (*left)[size_t(i)];
                inter[size_t(2 * i + 1)] = (*right)[size_t(i)];
            }
            QCOMPARE(sf_writef_float(f, inter.data(), n), sf_count_t(n));
            sf_close(f);
        }
        auto file = std::make_shared<const AudioFile>(path);
        const SpectrogramParams p = makeParams(1024, 256);
        SpectrogramTiles tiles(file, 1, p, 16);
        QCOMPARE(tiles.sampleRate(), sr);
        QCOMPARE(tiles.sampleCount(), int64_t(n));
        QSignalSpy ready(&tiles, &SpectrogramTiles::tileReady);
        tiles.request(0, tiles.frameCount() - 1);
        while (ready.count() < tiles.tileCount())
            QVERIFY(ready.wait(60000));
        Stft stft(p, sr);
        const std::vector<float> direct = stft.computeDb(right->data(), n, 0, p.frameCount(n));
        for (int64_t i = 0; i < tiles.tileCount(); ++i) {
            auto t = tiles.tile(i);
            QVERIFY(t);
            compareTile(*t, direct, 513);
        }
        QVERIFY_THROWS_EXCEPTION(Error, SpectrogramTiles(file, 2, p, 16));
    }

    void staleTilesAreCancelled()
    {
        const int sr = 8000, n = 64 * 8 * 60; // 60 tiles of 8 frames
        auto x = testSignal(n, sr);
        auto gate = std::make_shared<Gate>();
        const SpectrogramParams p = makeParams(256, 64);
        SpectrogramTiles tiles(gatedSource(x, sr, gate), p, 8);
        tiles.setMaxThreads(1);
        struct Opener { std::shared_ptr<Gate> g; ~Opener() { g->release(); } } opener{gate};

        tiles.request(0, 8 * 5 - 1); // tiles 0..4 visible, 5..9 neighbours
        QTRY_COMPARE(gate->blocked.load(), 1); // the worker is inside the first (centre) tile
        QVERIFY(tiles.pendingCount() >= 10);
        const int64_t far0 = 8 * 50, far1 = 8 * 53 - 1; // tiles 50..52
        tiles.request(far0, far1);
        gate->release();
        QVERIFY(tiles.waitForIdle(60000));
        // The tile being computed when the view moved was dropped; the others never started.
        QCOMPARE(tiles.tilesCancelled(), int64_t(1));
        for (int64_t i = 0; i < 10; ++i)
            QVERIFY2(!tiles.tile(i), qPrintable(QString::number(i)));
        // The new view and its neighbours (47..49, 53..55) are all there.
        for (int64_t i = 47; i <= 55; ++i)
            QVERIFY2(tiles.tile(i), qPrintable(QString::number(i)));
        QCOMPARE(tiles.tilesComputed(), int64_t(9));
        // Reads: the cancelled tile (1), then one per new tile.
        QCOMPARE(gate->reads.load(), 1 + 9);
    }

    void visibleTilesComeFirstNearestCentre()
    {
        const int sr = 8000, n = 64 * 8 * 40;
        auto x = testSignal(n, sr);
        const SpectrogramParams p = makeParams(256, 64);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), p, 8);
        tiles.setMaxThreads(1);
        std::mutex m;
        std::vector<int64_t> order;
        tiles.setTileReadyCallback([&](int, int64_t index) {
            std::lock_guard<std::mutex> l(m);
            order.push_back(index);
        });
        tiles.request(8 * 10, 8 * 15 - 1); // tiles 10..14, centre 12
        QVERIFY(tiles.waitForIdle(60000));
        std::lock_guard<std::mutex> l(m);
        QCOMPARE(int(order.size()), 5 + 2 * 5);
        QCOMPARE(order[0], int64_t(12));
        std::vector<int64_t> visible(order.begin(), order.begin() + 5);
        std::sort(visible.begin(), visible.end());
        QCOMPARE(visible, (std::vector<int64_t>{10, 11, 12, 13, 14}));
        QCOMPARE(order[5], int64_t(15)); // then neighbours, nearest first
        QCOMPARE(order[6], int64_t(9));
    }

    void paramsChangeInvalidates()
    {
        const int sr = 8000, n = 30000;
        auto x = testSignal(n, sr);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), makeParams(512, 128), 16);
        tiles.request(0, tiles.frameCount() - 1);
        QVERIFY(tiles.waitForIdle(60000));
        QVERIFY(tiles.tile(0));
        QVERIFY(tiles.memoryUsed() > 0);

        QSignalSpy invalidated(&tiles, &SpectrogramTiles::invalidated);
        const SpectrogramParams q = makeParams(256, 100, FrequencyScale::Mel);
        tiles.setParams(q);
        QCOMPARE(invalidated.count(), 1);
        QVERIFY(!tiles.tile(0));
        QCOMPARE(tiles.memoryUsed(), size_t(0));
        QCOMPARE(tiles.bins(), 40);
        QVERIFY(tiles.params() == q);
        // Invalid params are refused and change nothing.
        SpectrogramParams bad = q;
        bad.fftSize = 100;
        QVERIFY_THROWS_EXCEPTION(Error, tiles.setParams(bad));
        QVERIFY(tiles.params() == q);

        tiles.request(0, tiles.frameCount() - 1);
        QVERIFY(tiles.waitForIdle(60000));
        Stft stft(q, sr);
        const std::vector<float> direct = stft.computeDb(x->data(), n, 0, q.frameCount(n));
        for (int64_t i = 0; i < tiles.tileCount(); ++i) {
            auto t = tiles.tile(i);
            QVERIFY(t);
            compareTile(*t, direct, 40);
        }
    }

    void paramsChangeDropsTileInProgress()
    {
        const int sr = 8000, n = 64 * 8 * 10;
        auto x = testSignal(n, sr);
        auto gate = std::make_shared<Gate>();
        SpectrogramTiles tiles(gatedSource(x, sr, gate), makeParams(256, 64), 8);
        tiles.setMaxThreads(1);
        struct Opener { std::shared_ptr<Gate> g; ~Opener() { g->release(); } } opener{gate};
        tiles.request(0, 7); // tile 0 and its neighbour 1
        QTRY_COMPARE(gate->blocked.load(), 1);
        tiles.setParams(makeParams(512, 64));
        gate->release();
        QVERIFY(tiles.waitForIdle(60000));
        QVERIFY(!tiles.tile(0));
        QVERIFY(!tiles.tile(1));
        QCOMPARE(tiles.tilesComputed(), int64_t(0));
        QCOMPARE(tiles.tilesCancelled(), int64_t(1));
    }

    void memoryCap()
    {
        const int sr = 8000, n = 64 * 16 * 20;
        auto x = testSignal(n, sr);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, sr), makeParams(256, 64), 16);
        tiles.request(0, 15); // tile 0 alone, to learn a tile's size
        QVERIFY(tiles.waitForIdle(60000));
        auto t0 = tiles.tile(0);
        QVERIFY(t0);
        const size_t one = t0->bytes();
        QVERIFY(one >= size_t(16 * 129 * 4));
        tiles.setMemoryLimit(3 * one);
        QCOMPARE(tiles.memoryLimit(), 3 * one);
        tiles.request(16 * 8, 16 * 10 - 1); // tiles 8, 9 visible; 6, 7, 10, 11 neighbours
        QVERIFY(tiles.waitForIdle(60000));
        QVERIFY(tiles.memoryUsed() <= 3 * one);
        QVERIFY(tiles.tile(8));
        QVERIFY(tiles.tile(9));
        int present = 0;
        for (int64_t i = 0; i < 20; ++i)
            present += tiles.tile(i) ? 1 : 0;
        QCOMPARE(present, 3);
        // The shared pointer a caller holds stays valid after eviction.
        QCOMPARE(t0->frames, 16);
    }

    void frameAndBinLookup()
    {
        auto x = std::make_shared<std::vector<float>>(16000, 0.0f);
        SpectrogramTiles tiles(SampleSource::fromBuffer(x, 16000), makeParams(1024, 256), 8);
        QCOMPARE(tiles.frameAtSample(0), int64_t(0));
        QCOMPARE(tiles.frameAtSample(127), int64_t(0));
        QCOMPARE(tiles.frameAtSample(129), int64_t(1));
        QCOMPARE(tiles.frameAtSample(-500), int64_t(0));
        QCOMPARE(tiles.frameAtSample(1000000), int64_t(16000 / 256)); // last frame
        QCOMPARE(tiles.binAtHz(1000.0), 64);   // 1000 * 1024 / 16000
        QCOMPARE(tiles.binAtHz(1007.0), 64);
        QCOMPARE(tiles.binAtHz(1008.0), 65);   // nearer 1015.625
        QCOMPARE(tiles.binAtHz(1e6), 512);
        tiles.setParams(makeParams(1024, 256, FrequencyScale::Mel));
        const int b = tiles.binAtHz(2000.0);
        SpectrogramParams mel = tiles.params();
        QVERIFY(std::abs(binCentreHz(mel, b, 16000) - 2000.0) <= std::abs(binCentreHz(mel, b + 1, 16000) - 2000.0));
        QVERIFY(std::abs(binCentreHz(mel, b, 16000) - 2000.0) <= std::abs(binCentreHz(mel, b - 1, 16000) - 2000.0));
    }

    void rejectsBadArguments()
    {
        auto x = std::make_shared<std::vector<float>>(1000, 0.0f);
        QVERIFY_THROWS_EXCEPTION(Error, SpectrogramTiles(SampleSource::fromBuffer(x, 8000), makeParams(256, 64), 0));
        QVERIFY_THROWS_EXCEPTION(Error, SpectrogramTiles(SampleSource::fromBuffer(x, 8000), makeParams(300, 64), 8));
        QVERIFY_THROWS_EXCEPTION(Error, SpectrogramTiles(SampleSource::fromBuffer(x, 0), makeParams(256, 64), 8));
    }

    void readFailureIsReported()
    {
        SampleSource s;
        s.sampleRate = 8000;
        s.frames = 10000;
        s.read = [](int64_t, int64_t) -> std::vector<float> {
            throw Error(QStringLiteral("/evidence/x.wav"), QStringLiteral("decode failed"));
        };
        SpectrogramTiles tiles(s, makeParams(256, 64), 8);
        QSignalSpy failed(&tiles, &SpectrogramTiles::readFailed);
        tiles.request(0, 7);
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.at(0).at(0).toString().contains("/evidence/x.wav"));
        QVERIFY(tiles.waitForIdle(60000));
        QVERIFY(!tiles.tile(0));
    }
};

QTEST_GUILESS_MAIN(TstDspTiles)
#include "tst_dsp_tiles.moc"
