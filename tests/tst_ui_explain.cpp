// The attribution display: the waveform tint and the time-frequency heat map (colours by sign, modes,
// percentile clipping, read-outs, key), and the ExplainPanel running a real (tiny) model as a job:
// targets, completeness figure, region statistics, exports, cancellation.
#include "testutil.h"

#include "view/LayerGeometry.h"
#include "view/ViewState.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/ExplainPanel.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QImage>
#include <QJsonDocument>
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

QTEST_MAIN(TestUiExplain)
#include "tst_ui_explain.moc"
