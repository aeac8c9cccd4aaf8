// The attribution display: the waveform tint and the time-frequency heat map (colours by sign, modes,
// percentile clipping, read-outs, key), and the ExplainPanel running a real (tiny) model as a job:
// targets, completeness figure, region statistics, exports, cancellation; threads, time estimate and
// remaining time, stale marking on a new run and on a cancel, coarse-then-refine (with the tiny model and
// with the project's default model), and the captions of the PNG, SVG and JSON exports.
#include "testutil.h"

#include "view/LayerGeometry.h"
#include "view/ViewState.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/AttributionColourKey.h"
#include "attribution/ExplainPanel.h"
#include "common/AppSettings.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QImage>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

class TestGeometry : public LayerGeometry
{
public:
    TestGeometry(int64_t frames, int rate, const QRect &rect) : m_rect(rect)
    {
        m_view.setDocument(frames, rate);
        m_view.setWidth(rect.width());
        m_view.fitAll();
    }
    const ViewState &view() const override { return m_view; }
    QRect dataRect() const override { return m_rect; }

private:
    ViewState m_view;
    QRect m_rect;
};

// One second at 16 kHz: a 1 kHz tone; attributions +1e-3 in the first half, -1e-3 in the second,
// explaining the bona fide logit (positive = evidence for bona fide).
std::shared_ptr<AttributionReport> syntheticReport()
{
    const int n = 16000;
    std::vector<float> clip(static_cast<size_t>(n));
    IgResult r;
    r.sampleRate = 16000;
    r.attribution.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        clip[size_t(i)] = float(0.5 * std::sin(2.0 * M_PI * 1000.0 * i / 16000.0));
        r.attribution[size_t(i)] = i < n / 2 ? 1e-3f : -1e-3f;
    }
    r.spoofSign = -1;
    r.positiveMeaning = QStringLiteral("evidence for bona fide");
    r.negativeMeaning = QStringLiteral("evidence for spoof");
    r.targetDescription = QStringLiteral("logit 1 (bonafide)");
    r.modelName = QStringLiteral("synthetic");
    r.steps = 50;
    r.rule = QStringLiteral("gauss");
    SpectrogramParams p;
    p.fftSize = 512;
    p.hop = 160;
    return std::make_shared<AttributionReport>(AttributionReport::analyze(r, clip, BaselineSettings{}, p));
}

bool isBluish(QRgb c) { return qBlue(c) > qRed(c) + 40; }
bool isVermillionish(QRgb c) { return qRed(c) > qBlue(c) + 40; }

QString writeWav(const QString &path, const std::vector<float> &x, int rate)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    if (!f)
        return {};
    sf_write_float(f, x.data(), sf_count_t(x.size()));
    sf_close(f);
    return path;
}

ModelManifest mlp()
{
    return ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("tests/data/explain_mlp.json")));
}

} // namespace

class TestUiExplain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The measured seconds per row live in the settings: a test's own, starting empty.
        QStandardPaths::setTestModeEnabled(true);
        appSettings().remove(QStringLiteral("explain"));
    }
    void panelThreadsAndEstimate();
    void panelMarksStaleOnNewRunAndCancel();
    void panelCoarseThenRefine();
    void panelCoarseThenRefineDefaultModel();
    void panelExportsCarryCaptions();
    void dataMapsRatesAndColours();
    void waveformTintBySign();
    void heatmapModesAndClip();
    void readoutsAndKeys();
    void panelTargets();
    void panelRunsAndExports();
    void panelCancels();
    void panelOffersMoreSteps();
};

void TestUiExplain::dataMapsRatesAndColours()
{
    AttributionData d;
    QSignalSpy spy(&d, &AttributionData::changed);
    d.setReport(syntheticReport(), 48000);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(d.frameForSample(16000.0), 48000.0);
    QCOMPARE(d.sampleForFrame(4800.0), 1600.0);
    QCOMPARE(d.displaySign(), -1);
    QCOMPARE(d.vermillionMeaning(), QStringLiteral("evidence for spoof"));
    QCOMPARE(d.blueMeaning(), QStringLiteral("evidence for bona fide"));
    // All signed frames are +-0.32 (320 samples x 1e-3): the 98th percentile clip is 0.32.
    QVERIFY(std::abs(d.envelopeClip() - 0.32) < 1e-4);
    const double before = d.mapClip();
    d.setClipPercentile(50.0);
    QVERIFY(d.mapClip() <= before);
    QCOMPARE(d.clipPercentile(), 50.0);
}

void TestUiExplain::waveformTintBySign()
{
    AttributionData d;
    d.setReport(syntheticReport(), 16000);
    AttributionLayer layer(&d);
    layer.setOpacity(1.0);
    layer.setShowTrend(false);
    QImage img(400, 100, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    TestGeometry g(16000, 16000, QRect(0, 0, 400, 100));
    layer.paint(p, g);
    p.end();
    // First half: positive attributions for the bona fide logit = evidence for bona fide = blue.
    QVERIFY(isBluish(img.pixel(100, 50)));
    QVERIFY(isVermillionish(img.pixel(300, 50)));
    QCOMPARE(layer.envelopeFrameAt(330.0), int64_t(1));
    QCOMPARE(layer.envelopeFrameAt(-5.0), int64_t(-1));
    QCOMPARE(layer.tintOf(0).alphaF(), 1.0);
}

void TestUiExplain::heatmapModesAndClip()
{
    AttributionData d;
    d.setReport(syntheticReport(), 16000);
    AttributionHeatmapLayer layer(&d);
    layer.setOpacity(1.0);
    layer.setFrequencyAxis(FrequencyAxis(SpectrogramParams{}, 16000));
    TestGeometry g(16000, 16000, QRect(0, 0, 400, 160));
    auto render = [&] {
        QImage img(400, 160, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        layer.paint(p, g);
        return img;
    };
    // The 1 kHz tone sits at y = 160 * (1 - 1000/8000) = 140 (linear axis to 8 kHz).
    QImage img = render();
    QVERIFY(isBluish(img.pixel(100, 140)));
    QVERIFY(isVermillionish(img.pixel(300, 140)));
    QCOMPARE(img.pixel(100, 20), qRgb(255, 255, 255)); // no energy at 7 kHz: nothing attributed there
    layer.setMode(AttributionHeatmapLayer::Mode::PositiveOnly);
    img = render();
    QVERIFY(isBluish(img.pixel(100, 140)));
    QCOMPARE(img.pixel(300, 140), qRgb(255, 255, 255));
    layer.setMode(AttributionHeatmapLayer::Mode::NegativeOnly);
    img = render();
    QCOMPARE(img.pixel(100, 140), qRgb(255, 255, 255));
    QVERIFY(isVermillionish(img.pixel(300, 140)));
    layer.setMode(AttributionHeatmapLayer::Mode::Absolute);
    img = render();
    QCOMPARE(img.pixel(100, 140), img.pixel(300, 140)); // same magnitude, one colour
    // Clipping: a value at the clip is fully opaque, half of it half; beyond it still fully opaque.
    layer.setMode(AttributionHeatmapLayer::Mode::Signed);
    const double clip = d.mapClip();
    QCOMPARE(layer.colourFor(clip).alpha(), 255);
    QVERIFY(std::abs(layer.colourFor(0.5 * clip).alphaF() - 0.5) < 0.01);
    QCOMPARE(layer.colourFor(10 * clip).alpha(), 255);
    QCOMPARE(layer.colourFor(std::nan("")).alpha(), 0);
    layer.setOpacity(0.5);
    QVERIFY(std::abs(layer.colourFor(clip).alphaF() - 0.5) < 0.01);
}

void TestUiExplain::readoutsAndKeys()
{
    AttributionData d;
    AttributionLayer wave(&d);
    AttributionHeatmapLayer heat(&d);
    TestGeometry g(16000, 16000, QRect(72, 0, 400, 160));
    QVERIFY(wave.readout(g, QPointF(100, 50)).isEmpty()); // no data yet
    d.setReport(syntheticReport(), 16000);
    heat.setFrequencyAxis(FrequencyAxis(SpectrogramParams{}, 16000));
    QVERIFY(wave.readout(g, QPointF(150, 50)).contains(QStringLiteral("bona fide")));
    QVERIFY(wave.readout(g, QPointF(400, 50)).contains(QStringLiteral("spoof")));
    QVERIFY(heat.readout(g, QPointF(150, 140)).contains(QStringLiteral("attribution map")));
    QVERIFY(std::isnan(heat.valueAt(-100.0, 1000.0)));
    QVERIFY(heat.valueAt(4000.0, 1000.0) > 0.0);
    QVERIFY(heat.valueAt(12000.0, 1000.0) < 0.0);
    QImage img(600, 200, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::black);
    QPainter p(&img);
    heat.paintKey(p, g, QRect(472, 0, 66, 160));
    wave.paintKey(p, g, QRect(472, 0, 66, 160));
    p.end();
    QVERIFY(img.pixel(480, 80) != qRgb(0, 0, 0));
}

void TestUiExplain::panelTargets()
{
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    QCOMPARE(panel.targetSpecs(), (QStringList{QStringLiteral("bonafide"), QStringLiteral("margin"), QStringLiteral("logit:0"), QStringLiteral("logit:1")}));
    panel.setFingerprints({QStringLiteral("AA01")}, {std::vector<float>(8, 1.0f)});
    QVERIFY(panel.selectTarget(QStringLiteral("cosine:AA01")));
    QCOMPARE(panel.settings().target.kind, AttributionTarget::Kind::Cosine);
    QVERIFY(panel.selectTarget(QStringLiteral("margin")));
    panel.setSteps(12);
    panel.setBaseline(BaselineKind::LowPass);
    panel.setRule(IntegrationRule::Trapezoid);
    const IgSettings s = panel.settings();
    QCOMPARE(s.target.kind, AttributionTarget::Kind::Margin);
    QCOMPARE(s.steps, 12);
    QCOMPARE(s.baseline.kind, BaselineKind::LowPass);
    QCOMPARE(s.rule, IntegrationRule::Trapezoid);
    QVERIFY(s.attributeJumps); // on by default
    panel.setAttributeJumps(false);
    QVERIFY(!panel.settings().attributeJumps);
    QVERIFY(!panel.selectTarget(QStringLiteral("logit:7")));
    QVERIFY(panel.run() == nullptr); // no clip yet
    QVERIFY(!panel.statusText().isEmpty());
}

void TestUiExplain::panelRunsAndExports()
{
    QTemporaryDir dir;
    std::vector<float> x(800);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.3 * std::sin(0.05 * double(i)) + (i > 400 ? 0.2 * std::sin(0.9 * double(i)) : 0.0));
    const QString wav = writeWav(dir.filePath(QStringLiteral("clip.wav")), x, 16000);
    QVERIFY(!wav.isEmpty());
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 800);
    panel.setSteps(16);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    JobPtr job = panel.run();
    QVERIFY(job);
    QVERIFY(panel.isRunning() || job->isFinished());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY2(panel.completenessText().startsWith(QStringLiteral("Completeness gap")), qPrintable(panel.completenessText()));
    QVERIFY2(panel.completenessText().contains(QStringLiteral("the attributions add up to ")), qPrintable(panel.completenessText()));
    QCOMPARE(panel.completenessText().contains(QStringLiteral("Warning")), panel.completenessWarning());
    QVERIFY(!panel.data()->isEmpty());
    QCOMPARE(panel.data()->report()->result.attribution.size(), size_t(800));
    QCOMPARE(panel.data()->report()->result.windows.size(), size_t(24)); // 64-sample windows every 32
    QVERIFY(panel.regionText().startsWith(QStringLiteral("Clip")));

    panel.setSelection(400, 800);
    QVERIFY(panel.regionText().startsWith(QStringLiteral("Selection 0.03")));
    const AttributionSummary sel = panel.regionSummary();
    QCOMPARE(sel.start, int64_t(400));
    QCOMPARE(sel.end, int64_t(800));
    double sum = 0.0;
    for (int i = 400; i < 800; ++i)
        sum += panel.data()->report()->result.attribution[size_t(i)];
    QVERIFY(std::abs(sel.sum - sum) < 1e-6);

    const QString json = dir.filePath(QStringLiteral("a.json"));
    panel.exportJson(json);
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("explain-mlp"));
    QCOMPARE(o.value(QStringLiteral("selection")).toObject().value(QStringLiteral("startSample")).toInt(), 400);
    QCOMPARE(o.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    const QString png = dir.filePath(QStringLiteral("a.png"));
    panel.exportPng(png);
    QImage back(png);
    QCOMPARE(back.width(), 1400);
    QVERIFY(back.height() > 500);
    QVERIFY_THROWS_EXCEPTION(Error, panel.exportPng(QStringLiteral("/nonexistent-dir/x.png")));

    panel.setDocument(QString(), 0, 0);
    QVERIFY(panel.data()->isEmpty());
    QVERIFY_THROWS_EXCEPTION(Error, panel.exportJson(json));
}

void TestUiExplain::panelCancels()
{
    QTemporaryDir dir;
    std::vector<float> x(16000);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.3 * std::sin(0.05 * double(i)));
    const QString wav = writeWav(dir.filePath(QStringLiteral("long.wav")), x, 16000);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 16000);
    panel.setSteps(4096);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    JobPtr job = panel.run();
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(job->state() == JobState::Running, 20000);
    panel.cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(job->state(), JobState::Cancelled);
    QCOMPARE(panel.statusText(), QStringLiteral("Cancelled"));
    QVERIFY(panel.data()->isEmpty());
}

// A gap above 5 % offers a run with four times the steps; the offer runs it and goes away when the
// gap is closed.
void TestUiExplain::panelOffersMoreSteps()
{
    QTemporaryDir dir;
    std::vector<float> x(800);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.9 * std::sin(0.05 * double(i)) + 0.5 * std::sin(0.9 * double(i)));
    const QString wav = writeWav(dir.filePath(QStringLiteral("clip.wav")), x, 16000);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 800);
    QCOMPARE(panel.suggestedSteps(), 0); // nothing run yet
    QVERIFY(panel.runWithMoreSteps() == nullptr);
    panel.setSteps(2);
    panel.setRule(IntegrationRule::Trapezoid);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(60000));
    QVERIFY2(panel.completenessWarning(), qPrintable(panel.completenessText()));
    QCOMPARE(panel.suggestedSteps(), 8);
    // The warning names the panel's button, never a command-line option.
    QVERIFY2(panel.completenessText().contains(QStringLiteral("press \"Run again with 8 steps\"")), qPrintable(panel.completenessText()));
    QVERIFY2(!panel.completenessText().contains(QStringLiteral("--")), qPrintable(panel.completenessText()));
    QVERIFY(panel.runWithMoreSteps());
    QVERIFY(done.wait(60000));
    QCOMPARE(panel.data()->report()->result.steps, 8);
    QCOMPARE(panel.settings().steps, 8);
    // Converged runs offer nothing.
    panel.setSteps(256);
    QVERIFY(panel.run());
    QVERIFY(done.wait(60000));
    QVERIFY2(!panel.completenessWarning(), qPrintable(panel.completenessText()));
    QCOMPARE(panel.suggestedSteps(), 0);
}

namespace {

QString sineWav(const QTemporaryDir &dir, const QString &name, size_t n)
{
    std::vector<float> x(n);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(0.3 * std::sin(0.05 * double(i)) + (i > n / 2 ? 0.2 * std::sin(0.9 * double(i)) : 0.0));
    return writeWav(dir.filePath(name), x, 16000);
}

} // namespace

// The thread setting reaches IgSettings and the run; the estimate is shown before the run (unknown for a
// TorchScript model never run, measured after its first run) and the remaining time while it runs.
void TestUiExplain::panelThreadsAndEstimate()
{
    QTemporaryDir dir;
    const QString wav = sineWav(dir, QStringLiteral("clip.wav"), 800);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 800);
    QCOMPARE(panel.threads(), std::max(1, QThread::idealThreadCount()));
    QCOMPARE(panel.settings().threads, panel.threads());
    panel.setThreads(1);
    QCOMPARE(panel.settings().threads, 1);
    QVERIFY2(panel.estimateText().startsWith(QStringLiteral("time unknown")), qPrintable(panel.estimateText()));
    QCOMPARE(panel.estimateSeconds(), -1.0);
    QVERIFY(panel.coarseFirst()); // unknown time: coarse first
    // Rows: 24 windows of 64 samples every 32 over 800 samples, 16 steps, silence (1 draw).
    IgSettings s = panel.settings();
    s.steps = 16;
    s.baseline.kind = BaselineKind::Silence;
    QCOMPARE(ExplainPanel::rowsFor(mlp(), 800, s), 24.0 * 16.0);
    s.baseline.kind = BaselineKind::Noise;
    s.baseline.noiseDraws = 4;
    QCOMPARE(ExplainPanel::rowsFor(mlp(), 800, s), 24.0 * 16.0 * 4.0);

    panel.setCoarseFirst(false);
    panel.setSteps(16);
    panel.setBaseline(BaselineKind::Silence);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    // The thread count of the run is remembered by the next panel.
    {
        ExplainPanel next(&jobs);
        QCOMPARE(next.threads(), 1);
    }
    QCOMPARE(panel.data()->report()->result.threads, 1);
    // Measured now: the estimate of the same settings is the measured rate x the rows.
    bool measured = false;
    const double rate = panel.secondsPerRow(&measured);
    QVERIFY(measured);
    QVERIFY(rate > 0);
    QVERIFY(std::abs(panel.estimateSeconds() - rate * 24 * 16) < 1e-9 * rate * 24 * 16 + 1e-12);
    QVERIFY2(panel.estimateText().contains(QStringLiteral("measured in its last run")), qPrintable(panel.estimateText()));
    QVERIFY2(panel.estimateText().contains(QStringLiteral("on 1 thread (")), qPrintable(panel.estimateText()));
    QVERIFY2(panel.statusText().contains(QStringLiteral("1 threads")), qPrintable(panel.statusText()));
    // Two threads have no measurement yet: no figure for a TorchScript model.
    panel.setThreads(2);
    QCOMPARE(panel.estimateSeconds(), -1.0);

    // While a long run goes on, the progress text says how long it has run and how long is left.
    panel.setThreads(1);
    panel.setSteps(4096);
    QVERIFY(panel.run());
    QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().contains(QStringLiteral(" left")), 30000);
    QVERIFY2(panel.statusText().contains(QStringLiteral("elapsed")), qPrintable(panel.statusText()));
    panel.cancel();
    QVERIFY(done.wait(60000));
}

// A run started over a result marks it stale (dimmed, badge) until its own result arrives; a cancel
// leaves the earlier result marked stale, not as if current.
void TestUiExplain::panelMarksStaleOnNewRunAndCancel()
{
    QTemporaryDir dir;
    const QString wav = sineWav(dir, QStringLiteral("long.wav"), 16000);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 16000);
    panel.setCoarseFirst(false);
    panel.setSteps(16);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(60000));
    QVERIFY(!panel.data()->isStale());
    QVERIFY(panel.staleText().isEmpty());
    const int alpha = panel.heatmapLayer()->colourFor(panel.data()->mapClip()).alpha();

    panel.setSteps(4096);
    JobPtr job = panel.run();
    QVERIFY(job);
    QVERIFY(panel.data()->isStale());
    QVERIFY2(panel.staleText().startsWith(QStringLiteral("stale: settings changed")), qPrintable(panel.staleText()));
    QVERIFY(panel.heatmapLayer()->colourFor(panel.data()->mapClip()).alpha() < alpha / 2);
    QVERIFY(panel.colourKey()->lines().last().startsWith(QStringLiteral("stale: ")));
    QTRY_VERIFY_WITH_TIMEOUT(job->state() == JobState::Running, 20000);
    panel.cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.last().first().toBool(), false);
    QCOMPARE(panel.data()->report()->result.steps, 16); // the earlier result, still shown ...
    QVERIFY2(panel.staleText().startsWith(QStringLiteral("stale: run cancelled")), qPrintable(panel.staleText())); // ... marked

    // Its own result replaces it and is current.
    panel.setSteps(16);
    QVERIFY(panel.run());
    QVERIFY2(panel.staleText().startsWith(QStringLiteral("stale: a new run is under way")),
             qPrintable(QStringLiteral("%1 | %2 | %3").arg(panel.data()->badgeText(), panel.statusText()).arg(panel.data()->report()->result.steps)));
    QVERIFY(done.wait(60000));
    QVERIFY(!panel.data()->isStale());
    QCOMPARE(panel.heatmapLayer()->colourFor(panel.data()->mapClip()).alpha(), alpha);
}

namespace {

struct Shown
{
    int steps;
    QString badge;
    bool stale;
};

void coarseThenRefine(ExplainPanel &panel, int steps)
{
    QList<Shown> shown;
    QObject::connect(panel.data(), &AttributionData::changed, &panel, [&] {
        if (!panel.data()->isEmpty())
            shown << Shown{panel.data()->report()->result.steps, panel.data()->badgeText(), panel.data()->isStale()};
    });
    panel.setCoarseFirst(true);
    panel.setSteps(steps);
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(300000));
    QCOMPARE(done.first().first().toBool(), true);
    // First the coarse result, marked, then the full one, unmarked.
    QVERIFY(shown.size() >= 2);
    int coarse = -1;
    for (int i = 0; i < shown.size(); ++i)
        if (shown[i].steps == ExplainPanel::kCoarseSteps && coarse < 0)
            coarse = i;
    QVERIFY(coarse >= 0);
    QVERIFY2(shown[coarse].badge.startsWith(QStringLiteral("coarse (8 steps, completeness gap ")), qPrintable(shown[coarse].badge));
    QVERIFY(!shown[coarse].stale);
    QCOMPARE(shown.last().steps, steps);
    QVERIFY(shown.last().badge.isEmpty());
    QVERIFY(coarse < shown.size() - 1);
    QVERIFY(!panel.data()->report()->result.jumpsAttributed || panel.settings().attributeJumps);
    QVERIFY2(panel.completenessText().startsWith(QStringLiteral("Completeness gap")), qPrintable(panel.completenessText()));
}

} // namespace

void TestUiExplain::panelCoarseThenRefine()
{
    QTemporaryDir dir;
    const QString wav = sineWav(dir, QStringLiteral("clip.wav"), 800);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 800);
    coarseThenRefine(panel, 64);
}

void TestUiExplain::panelCoarseThenRefineDefaultModel()
{
    const QString manifest = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
    if (!QFileInfo::exists(manifest))
        QSKIP("models/sourcetrace-default is not in this checkout");
    QTemporaryDir dir;
    const QString wav = sineWav(dir, QStringLiteral("short.wav"), 8000); // half a second
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({ModelManifest::fromJsonFile(manifest)});
    panel.setDocument(wav, 16000, 8000);
    panel.setThreads(2);
    QVERIFY2(panel.estimateText().contains(QStringLiteral(" on 2 threads (rough: documented figure)")), qPrintable(panel.estimateText()));
    // The default model has a documented figure: an estimate before any run.
    QVERIFY2(panel.estimateSeconds() > 0, qPrintable(panel.estimateText()));
    QVERIFY2(panel.estimateText().startsWith(QStringLiteral("about ")) || panel.estimateText().startsWith(QStringLiteral("under a second")),
             qPrintable(panel.estimateText()));
    coarseThenRefine(panel, 32);
}

// PNG (text chunks and caption strip), SVG (visible text, <title>, <desc>, <metadata>) and JSON ("caption")
// all carry the clip's SHA-256, the model and weights hash, target, baseline, steps, rule and completeness.
void TestUiExplain::panelExportsCarryCaptions()
{
    QTemporaryDir dir;
    const QString wav = sineWav(dir, QStringLiteral("clip.wav"), 800);
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp()});
    panel.setDocument(wav, 16000, 800);
    panel.setCoarseFirst(false);
    panel.setSteps(16);
    QVERIFY_THROWS_EXCEPTION(Error, panel.exportSvg(dir.filePath(QStringLiteral("none.svg"))));
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(60000));
    const IgResult &r = panel.data()->report()->result;
    const QString sha = panel.data()->report()->evidenceSha256;
    QCOMPARE(sha.size(), 64);
    const QString sentence = completenessSentence(r);

    const QString png = dir.filePath(QStringLiteral("x.png"));
    panel.exportPng(png);
    QImage img(png);
    QCOMPARE(img.text(QStringLiteral("Evidence-SHA256")), sha);
    const QJsonObject stamp = QJsonDocument::fromJson(img.text(QStringLiteral("Settings")).toUtf8()).object();
    QCOMPARE(stamp.value(QStringLiteral("evidence_sha256")).toString(), sha);
    const QJsonObject set = stamp.value(QStringLiteral("settings")).toObject();
    QCOMPARE(set.value(QStringLiteral("model")).toString(), QStringLiteral("explain-mlp"));
    QCOMPARE(set.value(QStringLiteral("weights_sha256")).toString(), r.weightsSha256);
    QCOMPARE(set.value(QStringLiteral("target")).toString(), r.targetDescription);
    QCOMPARE(set.value(QStringLiteral("baseline")).toString(), r.baselineDescription);
    QCOMPARE(set.value(QStringLiteral("steps")).toString(), QStringLiteral("16"));
    QCOMPARE(set.value(QStringLiteral("rule")).toString(), r.rule);
    QCOMPARE(set.value(QStringLiteral("completeness")).toString(), sentence);

    const QString svg = dir.filePath(QStringLiteral("x.svg"));
    panel.exportSvg(svg);
    if (!qEnvironmentVariableIsEmpty("ST_SCREENSHOT_DIR")) {
        QFile::copy(png, QDir(qEnvironmentVariable("ST_SCREENSHOT_DIR")).filePath(QStringLiteral("explain-export.png")));
        QFile::copy(svg, QDir(qEnvironmentVariable("ST_SCREENSHOT_DIR")).filePath(QStringLiteral("explain-export.svg")));
    }
    QFile sf(svg);
    QVERIFY(sf.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sf.readAll());
    QVERIFY(text.contains(QStringLiteral("<title>Integrated Gradients of explain-mlp")));
    QVERIFY(text.contains(QStringLiteral("<desc>")));
    QVERIFY(text.contains(QStringLiteral("<metadata")));
    QVERIFY2(text.count(sha) >= 3, "the SHA-256 in <desc>, <metadata> and the visible caption");
    QVERIFY(text.contains(r.weightsSha256));
    // The visible caption: the stamp's lines as <text> elements.
    QVERIFY(text.contains(QStringLiteral("<text")));
    QVERIFY(QRegularExpression(QStringLiteral("<text[^>]*>[^<]*SHA-256 %1").arg(sha)).match(text).hasMatch());
    QVERIFY_THROWS_EXCEPTION(Error, panel.exportSvg(QStringLiteral("/nonexistent-dir/x.svg")));

    const QString json = dir.filePath(QStringLiteral("x.json"));
    panel.exportJson(json);
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject cap = QJsonDocument::fromJson(jf.readAll()).object().value(QStringLiteral("caption")).toObject();
    QCOMPARE(cap.value(QStringLiteral("clip")).toString(), QStringLiteral("clip.wav"));
    QCOMPARE(cap.value(QStringLiteral("evidenceSha256")).toString(), sha);
    QCOMPARE(cap.value(QStringLiteral("model")).toString(), QStringLiteral("explain-mlp"));
    QCOMPARE(cap.value(QStringLiteral("weightsSha256")).toString(), r.weightsSha256);
    QCOMPARE(cap.value(QStringLiteral("target")).toString(), r.targetDescription);
    QCOMPARE(cap.value(QStringLiteral("baseline")).toString(), r.baselineDescription);
    QCOMPARE(cap.value(QStringLiteral("steps")).toInt(), 16);
    QCOMPARE(cap.value(QStringLiteral("rule")).toString(), r.rule);
    QCOMPARE(cap.value(QStringLiteral("completenessGap")).toDouble(), r.completenessError);
    QCOMPARE(cap.value(QStringLiteral("completeness")).toString(), sentence);
}

QTEST_MAIN(TestUiExplain)
#include "tst_ui_explain.moc"
