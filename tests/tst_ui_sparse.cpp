// The first view of a long recording (issue #2): while the peak pyramid is held back, the waveform
// layer paints the document's provisional overview (one probe per column, in the provisional colour)
// where the signal is, and once the pyramid is complete it paints the exact columns instead. The
// provisional values are samples of the file, so they lie within the exact min/max of each column
// (checked by brute force over the decoded file). The file is written here: 10 s at 16 kHz, silent
// for the first half, loud noise in the second half.
#include "document/AudioDocument.h"
#include "view/LayerGeometry.h"
#include "common/Theme.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "jobs/JobManager.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <condition_variable>
#include <mutex>
#include <random>

using namespace st;

namespace {

constexpr int kRate = 16000;
constexpr int64_t kFrames = 10 * kRate;

class FixedGeometry : public LayerGeometry
{
public:
    FixedGeometry(const ViewState &v, QRect r) : m_v(v), m_r(r) {}
    const ViewState &view() const override { return m_v; }
    QRect dataRect() const override { return m_r; }

private:
    const ViewState &m_v;
    QRect m_r;
};

/// A gate the pyramid job waits at until the test opens it.
struct Gate
{
    std::mutex m;
    std::condition_variable cv;
    bool open = false;
    int waiting = 0;
    void wait()
    {
        std::unique_lock<std::mutex> l(m);
        ++waiting;
        cv.wait(l, [this] { return open; });
    }
    void release()
    {
        std::lock_guard<std::mutex> l(m);
        open = true;
        cv.notify_all();
    }
};

} // namespace

class TestUiSparse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::vector<float> m_samples;

    QImage paint(WaveformLayer &layer, const ViewState &v, const QRect &r)
    {
        QImage img(r.width(), r.height(), QImage::Format_RGB32);
        img.fill(Qt::black);
        QPainter p(&img);
        FixedGeometry g(v, r);
        layer.paint(p, g);
        return img;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("half.wav"));
        m_samples.assign(size_t(kFrames), 0.f);
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> u(-0.8f, 0.8f);
        for (int64_t i = kFrames / 2; i < kFrames; ++i)
            m_samples[size_t(i)] = u(rng);
        SF_INFO info{};
        info.samplerate = kRate;
        info.channels = 1;
        info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *f = sf_open(m_path.toLocal8Bit().constData(), SFM_WRITE, &info);
        QVERIFY(f);
        QCOMPARE(sf_writef_float(f, m_samples.data(), kFrames), kFrames);
        sf_close(f);
    }

    void opusSkipsTheSketch()
    {
        AudioInfo info;
        info.frames = 1000;
        info.sampleFormat = QStringLiteral("PCM_16");
        QVERIFY(AudioDocument::wantsProvisionalOverview(info));
        info.sampleFormat = QStringLiteral("VORBIS");
        QVERIFY(AudioDocument::wantsProvisionalOverview(info));
        info.sampleFormat = QStringLiteral("OPUS");
        QVERIFY(!AudioDocument::wantsProvisionalOverview(info));
        info.sampleFormat = QStringLiteral("PCM_16");
        info.frames = 0;
        QVERIFY(!AudioDocument::wantsProvisionalOverview(info));
    }

    void paintsSketchThenPyramid()
    {
        Gate gate; // outlives the manager, which waits for the held-back job
        JobManager jobs(2);
        AudioDocument doc(m_path);
        const auto openGate = qScopeGuard([&gate] { gate.release(); }); // also when a check fails
        AudioDocument::Options o;
        o.provisionalColumns = 500;
        o.pyramidGate = [&gate] { gate.wait(); };
        doc.setOptions(o);
        WaveformLayer layer(&doc);
        QSignalSpy changed(&layer, &Layer::changed);
        ViewState v;
        v.setDocument(kFrames, kRate);
        const QRect r(0, 0, 400, 100); // 400 frames per pixel >= the 256-frame base block
        v.setWidth(r.width());
        QCOMPARE(WaveformLayer::modeFor(v.framesPerPixel(), doc.pyramid()->baseBlock()),
                 WaveformLayer::Mode::Pyramid);
        FixedGeometry g(v, r);

        doc.startBackgroundWork(&jobs);
        QTRY_VERIFY_WITH_TIMEOUT(doc.provisionalOverview() != nullptr, 20000);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(doc.pyramid()->readyFrames(), int64_t(0)); // held back
        QVERIFY(!layer.isComplete(g));
        QVERIFY(layer.isPaintable(g));

        const QRgb bg = Theme::background().rgb();
        const QRgb sketchColour = WaveformLayer::provisionalColour().rgb();
        const QRgb exactColour = Theme::waveform().rgb();
        QVERIFY(sketchColour != bg && sketchColour != exactColour);
        // A row at +0.3: the noise (|x| up to 0.8) crosses it, silence does not.
        const int y = int(std::lround(WaveformLayer::yForValue(0.3, r, 1.0)));
        auto countRow = [&](const QImage &img, int x0, int x1, QRgb c) {
            int n = 0;
            for (int x = x0; x < x1; ++x)
                n += img.pixel(x, y) == c;
            return n;
        };
        const QImage provisional = paint(layer, v, r);
        // Second half (signal, away from the boundary): drawn, provisionally.
        QCOMPARE(countRow(provisional, 205, 400, sketchColour), 195);
        // First half (silence): background at that height, no "coming" band, nothing exact.
        QCOMPARE(countRow(provisional, 0, 195, bg), 195);
        QCOMPARE(countRow(provisional, 0, 400, exactColour), 0);
        const int mid = int(std::lround(WaveformLayer::yForValue(0.0, r, 1.0)));
        const QRgb notReady = Theme::waveformNotReady().rgb();
        for (int x = 0; x < 400; ++x)
            QVERIFY(provisional.pixel(x, mid) != notReady);

        // Open the gate: the exact pyramid replaces the sketch.
        gate.release();
        QVERIFY(jobs.waitForAll(60000));
        QCOMPARE(doc.pyramid()->readyFrames(), kFrames);
        QVERIFY(layer.isComplete(g));
        const QImage exact = paint(layer, v, r);
        QCOMPARE(countRow(exact, 205, 400, exactColour), 195);
        QCOMPARE(countRow(exact, 0, 195, bg), 195);
        QCOMPARE(countRow(exact, 0, 400, sketchColour), 0);
    }

    void sketchValuesLieWithinExactColumns()
    {
        Gate gate; // outlives the manager, which waits for the held-back job
        JobManager jobs(2);
        AudioDocument doc(m_path);
        const auto openGate = qScopeGuard([&gate] { gate.release(); }); // also when a check fails
        AudioDocument::Options o;
        o.provisionalColumns = 333; // spans that do not divide the file evenly
        o.pyramidGate = [&gate] { gate.wait(); };
        doc.setOptions(o);
        doc.startBackgroundWork(&jobs);
        QTRY_VERIFY_WITH_TIMEOUT(doc.provisionalOverview() != nullptr, 20000);
        const auto sketch = doc.provisionalOverview();
        gate.release();
        QVERIFY(jobs.waitForAll(60000));
        QCOMPARE(int(sketch->size()), 333);
        const int64_t n = int64_t(sketch->size());
        int loud = 0;
        for (int64_t c = 0; c < n; ++c) {
            const int64_t s = kFrames * c / n, e = kFrames * (c + 1) / n;
            const auto [lo, hi] = std::minmax_element(m_samples.begin() + s, m_samples.begin() + e);
            const MinMax &m = (*sketch)[size_t(c)];
            QVERIFY2(m.min >= *lo && m.max <= *hi && m.min <= m.max,
                     qPrintable(QStringLiteral("column %1: sketch [%2, %3] outside exact [%4, %5]")
                                    .arg(c).arg(m.min).arg(m.max).arg(*lo).arg(*hi)));
            if (s >= kFrames / 2 && m.max > 0.5f && m.min < -0.5f)
                ++loud;
            if (e <= kFrames / 2)
                QCOMPARE(m.max - m.min, 0.f);
        }
        // Each 256-frame probe of uniform noise in +-0.8 reaches past +-0.5 (all but surely).
        QVERIFY(loud >= n / 2 - 2);
    }

    void channelSwitchDropsTheSketch()
    {
        JobManager jobs(2);
        AudioDocument doc(m_path);
        AudioDocument::Options o;
        o.provisionalColumns = 100;
        doc.setOptions(o);
        doc.startBackgroundWork(&jobs);
        QVERIFY(jobs.waitForAll(60000));
        doc.setChannel(0);
        QVERIFY(doc.provisionalOverview() == nullptr);
        QVERIFY(jobs.waitForAll(60000));
        QCOMPARE(doc.pyramid()->readyFrames(), kFrames);
        // A sketch of the new channel may still arrive (unless the pyramid overtook it): either way
        // the layer draws exact columns now.
    }

    void noSketchWithoutManagerOrWhenDisabled()
    {
        AudioDocument doc(m_path);
        doc.startBackgroundWork(nullptr);
        QVERIFY(doc.provisionalOverview() == nullptr);
        QCOMPARE(doc.pyramid()->readyFrames(), kFrames);

        JobManager jobs(2);
        AudioDocument off(m_path);
        AudioDocument::Options o;
        o.provisionalOverview = false;
        off.setOptions(o);
        off.startBackgroundWork(&jobs);
        QVERIFY(jobs.waitForAll(60000));
        QVERIFY(off.provisionalOverview() == nullptr);
    }
};

QTEST_MAIN(TestUiSparse)
#include "tst_ui_sparse.moc"
