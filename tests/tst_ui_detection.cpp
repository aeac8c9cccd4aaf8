// Detection in the GUI: the score-timeline layer's mapping of windows to pixels (by hand), its
// drawing and read-out; the detection job against ModelRunner run directly on the same clip with the
// tiny TorchScript test model (tests/data/tiny_tuple.json); window positions converted to frames of
// a clip at another rate; cancellation; the model chooser listing a refused model disabled with the
// registry's reason; and the window end to end (Detect -> score, timeline pane, results dock).
#include "detection/DetectionPanel.h"
#include "detection/DetectionTask.h"
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"
#include "catalog/ModelCatalog.h"
#include "view/Pane.h"
#include "detection/ScoreTimelineLayer.h"
#include "view/ViewState.h"
#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "testutil.h"
#include "util/Error.h"

#include <QComboBox>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }

// A mono float WAV: a chirp-like mixture so windows differ.
QString writeClip(const QString &dir, const QString &name, int rate, int frames)
{
    const QString path = QDir(dir).filePath(name);
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        s[size_t(i)] = float(0.4 * std::sin(2 * M_PI * (200 + 300 * t) * t) + 0.1 * std::sin(2 * M_PI * 3100 * t));
    }
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
    return path;
}

// A surface of known geometry.
class FixedGeometry : public LayerGeometry
{
public:
    FixedGeometry(const ViewState &v, QRect r) : m_v(v), m_r(r) {}
    const ViewState &view() const override { return m_v; }
    QRect dataRect() const override { return m_r; }
    bool isExporting() const override { return true; }

private:
    const ViewState &m_v;
    QRect m_r;
};

// Cancels after `after` progress reports.
class CancellingContext : public JobContext
{
public:
    explicit CancellingContext(int after) : m_after(after) {}
    void setProgress(double, const QString &) override { ++m_reports; }
    bool isCancelled() const override { return m_reports >= m_after; }
    int reports() const { return m_reports; }

private:
    int m_after;
    int m_reports = 0;
};

ModelManifest tinyManifest() { return ModelManifest::fromJsonFile(dataDir() + QStringLiteral("/tiny_tuple.json")); }

bool near(double a, double b) { return std::abs(a - b) <= 1e-5 * std::max(1.0, std::abs(b)); }

} // namespace

class TestUiDetection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    }

    // Windows of 4000 every 2000 frames over 10000 frames (ModelRunner's spans): centres 2000, 4000,
    // 6000, 8000, so the cells are [0,3000) [3000,5000) [5000,7000) [7000,10000). A 1000 px wide data
    // area starting at x = 72 shows 10 frames per pixel.
    void layerMapsWindowsToPixels()
    {
        const auto spans = ModelRunner::windowSpans(10000, 4000, 2000);
        QCOMPARE(spans.size(), size_t(4));
        const double scores[] = {-2.0, 0.5, 3.0, -0.7};
        std::vector<ScoreWindow> w;
        for (size_t i = 0; i < spans.size(); ++i)
            w.push_back({double(spans[i].first), double(spans[i].second), scores[i]});
        ScoreTimelineLayer layer;
        layer.setWindows(w);
        ViewState v;
        v.setDocument(10000, 16000);
        v.setWidth(1000);
        const FixedGeometry g(v, QRect(72, 0, 1000, 100));
        const double cells[4][2] = {{0, 3000}, {3000, 5000}, {5000, 7000}, {7000, 10000}};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(layer.cellFrames(i).first, cells[i][0]);
            QCOMPARE(layer.cellFrames(i).second, cells[i][1]);
            QCOMPARE(layer.cellX(g, i).first, 72 + cells[i][0] / 10);
            QCOMPARE(layer.cellX(g, i).second, 72 + cells[i][1] / 10);
        }
        QCOMPARE(layer.windowAtFrame(0), 0);
        QCOMPARE(layer.windowAtFrame(2999.5), 0);
        QCOMPARE(layer.windowAtFrame(3000), 1);
        QCOMPARE(layer.windowAtFrame(9999), 3);
        QCOMPARE(layer.windowAtFrame(10000), -1);
        QCOMPARE(layer.windowAtFrame(-1), -1);

        // Largest distance from 0 is 3 -> 3.15 with the margin -> step 1 -> range [-4, 4].
        QCOMPARE(layer.scoreRange().first, -4.0);
        QCOMPARE(layer.scoreRange().second, 4.0);
        const QRect r = g.dataRect();
        QCOMPARE(layer.yForScore(3.0, r), 12.5);
        QCOMPARE(layer.yForScore(-2.0, r), 75.0);
        QCOMPARE(layer.yForScore(0.0, r), 50.0);
        QCOMPARE(layer.yForScore(100.0, r), 0.0); // clamped

        // Zoomed in and panned: frames 5000.. at 5 frames per pixel.
        v.setRange(5000, 5);
        QCOMPARE(layer.cellX(g, 3).first, 72 + (7000 - 5000) / 5.0);

        // The read-out names the window under the pointer and its side.
        v.setRange(0, 10);
        const QString ro = layer.readout(g, QPointF(72 + 600, 50)); // frame 6000: window 3
        QVERIFY2(ro.contains(QStringLiteral("window 3/4")), qPrintable(ro));
        QVERIFY2(ro.contains(QStringLiteral("3.0000")), qPrintable(ro));
        QVERIFY2(ro.contains(QStringLiteral("bona fide side")), qPrintable(ro));
        QVERIFY(layer.readout(g, QPointF(72 + 150, 50)).contains(QStringLiteral("spoof side")));

        // Polarity: a model where lower means more bona fide swaps the colours.
        const QColor up = layer.colourFor(1.0), down = layer.colourFor(-1.0);
        QVERIFY(up != down);
        layer.setWindows(w, false);
        QCOMPARE(layer.colourFor(1.0), down);
        QCOMPARE(layer.colourFor(-1.0), up);
    }

    // What is drawn: window 3's step (score 3 -> y 12.5) in the bona fide colour inside its cell,
    // window 1's (score -2 -> y 75) in the spoof colour, nothing of either outside its cell.
    void layerDrawsSteps()
    {
        const auto spans = ModelRunner::windowSpans(10000, 4000, 2000);
        const double scores[] = {-2.0, 0.5, 3.0, -0.7};
        std::vector<ScoreWindow> w;
        for (size_t i = 0; i < spans.size(); ++i)
            w.push_back({double(spans[i].first), double(spans[i].second), scores[i]});
        ScoreTimelineLayer layer;
        layer.setWindows(w);
        ViewState v;
        v.setDocument(10000, 16000);
        v.setWidth(1000);
        QImage img(1100, 100, QImage::Format_RGB32);
        img.fill(Qt::black);
        const FixedGeometry g(v, QRect(72, 0, 1000, 100));
        {
            QPainter p(&img);
            layer.paint(p, g);
        }
        auto rowHas = [&](int x, int y0, int y1, const QColor &c) {
            for (int y = y0; y <= y1; ++y)
                if (img.pixelColor(x, y) == c)
                    return true;
            return false;
        };
        const QColor bona = layer.colourFor(3.0), spoof = layer.colourFor(-2.0);
        QVERIFY(rowHas(72 + 600, 11, 14, bona));   // window 3, mid-cell
        QVERIFY(!rowHas(72 + 450, 11, 14, bona));  // window 2's cell at that height: nothing
        QVERIFY(rowHas(72 + 150, 74, 76, spoof));  // window 1
        QVERIFY(!rowHas(72 + 800, 74, 76, spoof)); // window 4 is at y 58.75, not 75
    }

    // The job's result is ModelRunner's, run directly: whole-clip score through the manifest's policy
    // and every window of timeline(clip, 4000, 2000) (the manifest's inputLength and hop).
    void taskEqualsModelRunner()
    {
        const QString clipPath = writeClip(m_tmp.path(), QStringLiteral("clip16k.wav"), 16000, 13000);
        const ModelManifest m = tinyManifest();
        QCOMPARE(DetectionTask::timelineWindowAndHop(m), std::make_pair(4000, 2000));
        auto file = std::make_shared<const AudioFile>(clipPath);
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(m, file, cache);
        QCOMPARE(cache.size(), 1);

        ModelRunner direct(ModelRegistry::load(m));
        const std::vector<float> clip = AudioFile(clipPath).readAll(MixDown, 16000);
        const ClipResult whole = direct.run(clip);
        const std::vector<TimelineWindow> tl = direct.timeline(clip, 4000, 2000);
        QVERIFY(near(r.clip.score, whole.score));
        QVERIFY(r.clip.higherIsBonafide);
        QCOMPARE(r.timeline.size(), tl.size());
        QCOMPARE(tl.size(), size_t(6)); // starts 0, 2000, 4000, 6000, 8000, then [9000, 13000)
        for (size_t i = 0; i < tl.size(); ++i) {
            QCOMPARE(r.timeline[i].start, tl[i].start);
            QCOMPARE(r.timeline[i].end, tl[i].end);
            QVERIFY2(near(r.timeline[i].score, tl[i].score),
                     qPrintable(QStringLiteral("window %1: %2 vs %3").arg(i).arg(r.timeline[i].score).arg(tl[i].score)));
        }
        QCOMPARE(r.timeline.back().start, int64_t(9000));
        // At the clip's own rate frames are samples.
        const auto frames = windowsInFrames(r);
        QCOMPARE(frames[1].start, 2000.0);
        QCOMPARE(frames[1].end, 6000.0);

        // A second run reuses the loaded model.
        DetectionTask::run(m, file, cache);
        QCOMPARE(cache.size(), 1);

        // A clip shorter than the input with zero padding: the whole-clip input is not a timeline
        // window (those are always repeat-padded), so the task runs it on its own.
        QJsonObject o = m.toJson();
        o.insert(QStringLiteral("padding"), QStringLiteral("zeros"));
        const ModelManifest zeros = ModelManifest::fromJson(o, m.manifestPath);
        QCOMPARE(zeros.padding, Padding::Zeros);
        auto shortFile = std::make_shared<const AudioFile>(writeClip(m_tmp.path(), QStringLiteral("short.wav"), 16000, 2500));
        const DetectionResult rz = DetectionTask::run(zeros, shortFile, cache);
        ModelRunner directZeros(ModelRegistry::load(zeros));
        const std::vector<float> shortClip = AudioFile(shortFile->info().path).readAll(MixDown, 16000);
        QVERIFY(near(rz.clip.score, directZeros.run(shortClip).score));
        QCOMPARE(rz.timeline.size(), size_t(1));
        QVERIFY(near(rz.timeline[0].score, directZeros.timeline(shortClip, 4000, 2000)[0].score));
        QVERIFY(!near(rz.clip.score, rz.timeline[0].score)); // zeros vs repeat padding differ
    }

    // A clip at 8 kHz is resampled to the model's 16 kHz; the windows come back in frames of the clip
    // (half the model's samples).
    void windowsInFramesOfAnotherRate()
    {
        const QString clipPath = writeClip(m_tmp.path(), QStringLiteral("clip8k.wav"), 8000, 6000);
        auto file = std::make_shared<const AudioFile>(clipPath);
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(tinyManifest(), file, cache);
        QCOMPARE(r.modelRate, 16000);
        QCOMPARE(r.clipRate, 8000);
        QVERIFY(std::abs(r.modelSamples - 12000) <= 2);
        const auto frames = windowsInFrames(r);
        QCOMPARE(frames.size(), r.timeline.size());
        for (size_t i = 0; i < frames.size(); ++i) {
            QCOMPARE(frames[i].start, r.timeline[i].start / 2.0);
            QCOMPARE(frames[i].end, r.timeline[i].end / 2.0);
        }
        QCOMPARE(frames[1].start, 1000.0);
    }

    void taskCancelsBetweenWindows()
    {
        const QString clipPath = writeClip(m_tmp.path(), QStringLiteral("clip-cancel.wav"), 16000, 20000);
        auto file = std::make_shared<const AudioFile>(clipPath);
        ModelCache cache;
        CancellingContext ctx(4);
        bool cancelled = false;
        try {
            DetectionTask::run(tinyManifest(), file, cache, &ctx);
        } catch (const JobCancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(ctx.reports(), 4);
    }

    void unjudgeableAndDoubtfulClips()
    {
        // Digital silence is refused (an error naming the file); half a second is scored with a warning.
        const QString silentPath = m_tmp.filePath(QStringLiteral("silent.wav"));
        {
            QFile f(silentPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const int n = 16000 * 3;
            QByteArray b("RIFF");
            auto le32 = [&](quint32 v) { for (int i = 0; i < 4; ++i) b.append(char((v >> (8 * i)) & 0xff)); };
            auto le16 = [&](quint16 v) { b.append(char(v & 0xff)); b.append(char(v >> 8)); };
            le32(36 + 2 * n); b.append("WAVEfmt "); le32(16); le16(1); le16(1); le32(16000); le32(32000); le16(2); le16(16);
            b.append("data"); le32(2 * n); b.append(QByteArray(2 * n, '\0'));
            f.write(b);
        }
        ModelCache cache;
        auto silent = std::make_shared<const AudioFile>(silentPath);
        try {
            DetectionTask::run(tinyManifest(), silent, cache);
            QFAIL("digital silence was scored");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(silent->info().path) && e.message().contains(QLatin1String("digital silence")),
                     qPrintable(e.message()));
        }
        auto shortClip = std::make_shared<const AudioFile>(writeClip(m_tmp.path(), QStringLiteral("half.wav"), 16000, 8000));
        const DetectionResult r = DetectionTask::run(tinyManifest(), shortClip, cache);
        QVERIFY2(r.clip.warnings.join(QString()).contains(QLatin1String("only 0.50 s long")), qPrintable(r.clip.warnings.join(QLatin1Char('|'))));
        auto longClip = std::make_shared<const AudioFile>(writeClip(m_tmp.path(), QStringLiteral("long.wav"), 16000, 40000));
        const DetectionResult l = DetectionTask::run(tinyManifest(), longClip, cache);
        QVERIFY2(l.clip.warnings.join(QString()).contains(QLatin1String("first 0.25 s of 2.50 s")), qPrintable(l.clip.warnings.join(QLatin1Char('|'))));
    }

    void nonDetectorRefused()
    {
        QJsonObject o = QJsonDocument::fromJson([] {
                            QFile f(dataDir() + QStringLiteral("/tiny_tuple.json"));
                            f.open(QIODevice::ReadOnly);
                            return f.readAll();
                        }()).object();
        o.insert(QStringLiteral("bonafideClass"), -1);
        const ModelManifest m = ModelManifest::fromJson(o, dataDir() + QStringLiteral("/tiny_tuple.json"));
        auto file = std::make_shared<const AudioFile>(writeClip(m_tmp.path(), QStringLiteral("c.wav"), 16000, 5000));
        ModelCache cache;
        QVERIFY_THROWS_EXCEPTION(Error, DetectionTask::run(m, file, cache));
    }

    // The chooser lists the tiny models and a copy whose pinned hash is wrong: that one is disabled,
    // with the registry's refusal as its tooltip. Detect gives ModelRunner's score, shows the timeline
    // pane and fills the results dock.
    void windowDetectsEndToEnd()
    {
        QTemporaryDir models;
        QFile src(dataDir() + QStringLiteral("/tiny_tuple.json"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(src.readAll()).object();
        o.insert(QStringLiteral("name"), QStringLiteral("tiny-altered"));
        o.insert(QStringLiteral("weightsFile"), dataDir() + QStringLiteral("/tiny_tuple.pt"));
        o.insert(QStringLiteral("weightsSha256"), QString(64, QLatin1Char('0')));
        QFile bad(QDir(models.path()).filePath(QStringLiteral("altered.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(o).toJson());
        bad.close();

        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({dataDir(), models.path()});
        QVERIFY(w.waitForModels(30000));
        QComboBox *combo = w.modelCombo();
        const int good = combo->findData(QStringLiteral("tiny-tuple"));
        QVERIFY(good >= 0);
        QVERIFY(combo->findData(QStringLiteral("tiny-dict")) >= 0);
        int refused = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(QStringLiteral("tiny-altered")))
                refused = i;
        QVERIFY(refused >= 0);
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(items);
        QVERIFY(!items->item(refused)->isEnabled());
        QVERIFY(items->item(good)->isEnabled());
        const QString tip = combo->itemData(refused, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("refused")) && tip.contains(QString(64, QLatin1Char('0'))), qPrintable(tip));
        QVERIFY(!w.setCurrentModel(QStringLiteral("tiny-altered")));

        // No clip yet: Detect is off and says why.
        QVERIFY(w.setCurrentModel(QStringLiteral("tiny-tuple")));
        QVERIFY(!w.detectAction()->isEnabled());
        QVERIFY(!w.detect());

        const QString clipPath = writeClip(m_tmp.path(), QStringLiteral("window.wav"), 16000, 13000);
        QVERIFY(w.openFile(clipPath));
        QVERIFY(w.detectAction()->isEnabled());
        QVERIFY(w.scorePane()->isHidden());
        QVERIFY(w.detect(true));
        const DetectionResult *r = w.detectionResult();
        QVERIFY(r);

        ModelRunner direct(ModelRegistry::load(tinyManifest()));
        const std::vector<float> clip = AudioFile(clipPath).readAll(MixDown, 16000);
        QVERIFY(near(r->clip.score, direct.run(clip).score));
        const auto tl = direct.timeline(clip, 4000, 2000);
        QCOMPARE(w.scoreLayer()->windows().size(), tl.size());
        for (size_t i = 0; i < tl.size(); ++i)
            QVERIFY(near(w.scoreLayer()->windows()[i].score, tl[i].score));
        QVERIFY(!w.scorePane()->isHidden());
        QCOMPARE(w.detectionPanel()->fieldText(QStringLiteral("score")), QString::number(r->clip.score, 'f', 4));
        QCOMPARE(w.detectionPanel()->fieldText(QStringLiteral("sha256")), tinyManifest().weightsSha256);
        QVERIFY(w.detectionPanel()->fieldText(QStringLiteral("convention")).contains(QStringLiteral("higher = more bona fide")));
        QCOMPARE(w.detectionPanel()->windowTable()->rowCount(), int(tl.size()));

        // Another clip clears the result and hides the pane.
        QVERIFY(w.openFile(writeClip(m_tmp.path(), QStringLiteral("other.wav"), 16000, 5000)));
        QVERIFY(!w.detectionResult());
        QVERIFY(w.scorePane()->isHidden());
        QVERIFY(w.scoreLayer()->windows().empty());
    }
};

QTEST_MAIN(TestUiDetection)
#include "tst_ui_detection.moc"
