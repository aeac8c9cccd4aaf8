// The explain panel's "bona fide mean (file…)" baseline: feature-space Integrated Gradients with the mean
// front-end feature of bona fide reference clips (FeatureIntegratedGradients.h). A baseline file computed from
// two synthetic clips through the core API, the panel run with it on a third clip with the default model: the
// map over the spectrogram, the per-frame envelope on the waveform (a step per feature frame), the key, the
// completeness sentence and the captions (file name and SHA-256); a file made with another model is refused
// with the core's message; the entry is disabled (with the reason as its tooltip) for a model without features.
#include "testutil.h"

#include "attribution/AttributionColourKey.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/ExplainPanel.h"
#include "audio/AudioFile.h"
#include "common/AppSettings.h"
#include "explain/FeatureIntegratedGradients.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QComboBox>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

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

// Half a second of a tone at `hz` with a little of its octave.
QString toneWav(const QTemporaryDir &dir, const QString &name, double hz, size_t n = 8000)
{
    std::vector<float> x(n);
    for (size_t i = 0; i < n; ++i)
        x[i] = float(0.3 * std::sin(2 * M_PI * hz * double(i) / 16000.0) + 0.05 * std::sin(4 * M_PI * hz * double(i) / 16000.0));
    return writeWav(dir.filePath(name), x, 16000);
}

} // namespace

class TestUiExplainFeature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appSettings().remove(QStringLiteral("explain"));
    }
    void featureBaselineRun();
    void offeredOnlyForFeatureModels();
};

void TestUiExplainFeature::featureBaselineRun()
{
    const QString manifestPath = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
    if (!QFileInfo::exists(manifestPath))
        QSKIP("models/sourcetrace-default is not in this checkout");
    const ModelManifest manifest = ModelManifest::fromJsonFile(manifestPath);
    QTemporaryDir dir;
    const QString ref1 = toneWav(dir, QStringLiteral("ref1.wav"), 200), ref2 = toneWav(dir, QStringLiteral("ref2.wav"), 300);
    const QString clip = toneWav(dir, QStringLiteral("clip.wav"), 1500);
    const QString bm = dir.filePath(QStringLiteral("bm.json")), wrong = dir.filePath(QStringLiteral("other.json"));
    {
        const EmbeddingModelPtr model = ModelRegistry::load(manifest, RunOptions{true, 1});
        FeatureBaseline b = computeFeatureBaseline(model, {ref1, ref2});
        writeFeatureBaseline(b, bm);
        b.modelName = QStringLiteral("some-other-model");
        writeFeatureBaseline(b, wrong);
    }
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({manifest});
    panel.setDocument(clip, 16000, 8000);
    panel.setThreads(1);
    panel.setSteps(8);

    // No time figure for feature-space IG: the panel says so instead of a waveform-IG estimate.
    panel.setFeatureBaselineFile(bm);
    QVERIFY(panel.selectFeatureBaseline());
    QCOMPARE(panel.estimateSeconds(), -1.0);
    QVERIFY2(panel.estimateText().contains(QStringLiteral("not estimated")), qPrintable(panel.estimateText()));
    // Broken files: a missing one and one that is not JSON are refused with a message naming the file.
    const QString missing = dir.filePath(QStringLiteral("missing.json")), broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    for (const QString &bad : {missing, broken}) {
        panel.setFeatureBaselineFile(bad);
        QVERIFY(!panel.run());
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Refused")) && panel.statusText().contains(QFileInfo(bad).fileName()),
                 qPrintable(panel.statusText()));
    }
    // The file made for another model: refused at once, with the core's message naming both models.
    panel.setFeatureBaselineFile(wrong);
    QVERIFY(panel.selectFeatureBaseline());
    QVERIFY(panel.featureBaselineSelected());
    QVERIFY(!panel.run());
    QVERIFY2(panel.statusText().contains(QStringLiteral("Refused")) && panel.statusText().contains(QStringLiteral("some-other-model")) &&
                 panel.statusText().contains(QStringLiteral("other.json")),
             qPrintable(panel.statusText()));
    QVERIFY(panel.data()->isEmpty());

    // The right file: remembered in the settings, run as feature-space IG.
    panel.setFeatureBaselineFile(bm);
    QCOMPARE(appSettings().value(QStringLiteral("explain/featureBaselineFile")).toString(), bm);
    QVERIFY(panel.featureBaselineSelected());
    QSignalSpy done(&panel, &ExplainPanel::finished);
    QVERIFY(panel.run());
    QVERIFY(done.wait(120000));
    QCOMPARE(done.first().first().toBool(), true);
    const AttributionData *d = panel.data();
    QVERIFY(d->isFeatureDomain());
    const AttributionReport &rep = *d->report();
    QVERIFY(rep.result.attribution.empty()); // no per-sample attributions
    // Waveform pane: one envelope value per 10 ms feature frame (hop 160 at 16 kHz), the sum over the bins.
    QCOMPARE(rep.envelopes.frameLength, 160);
    QVERIFY(rep.envelopes.signedSum.size() >= 40 && rep.envelopes.signedSum.size() <= 60);
    double total = 0;
    for (float v : rep.envelopes.signedSum)
        total += v;
    QVERIFY2(std::abs(total - rep.result.attributionSum) <= 1e-3 * std::max(1.0, std::abs(rep.result.attributionSum)),
             qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(rep.result.attributionSum)));
    // Spectrogram pane: the map exists on the linear grid, with the frames of the envelope.
    QCOMPARE(rep.linearMap.frames, int64_t(rep.envelopes.signedSum.size()));
    QCOMPARE(rep.linearMap.bins, 257);
    QCOMPARE(rep.linearMap.values.size(), size_t(rep.linearMap.frames) * 257);
    double mapAbs = 0;
    for (float v : rep.linearMap.values)
        mapAbs += std::abs(v);
    QVERIFY(mapAbs > 0);
    QVERIFY(d->mapClip() > 0);
    // The key says per frame, not per sample, and the unit.
    const QStringList key = AttributionColourKey::lines(*d, *panel.heatmapLayer());
    const QString keyText = key.join(QLatin1Char('\n'));
    QVERIFY2(keyText.contains(QStringLiteral("feature bins")) && keyText.contains(QStringLiteral("logit per bin")), qPrintable(keyText));
    QVERIFY2(keyText.contains(QStringLiteral("per frame, not per sample")), qPrintable(keyText));
    // Completeness sentence and captions name the baseline file and its SHA-256.
    const QString sha = sha256OfFile(bm);
    QVERIFY2(panel.completenessText().contains(QStringLiteral("bm.json")) && panel.completenessText().contains(sha), qPrintable(panel.completenessText()));
    const QJsonObject cap = panel.caption();
    QCOMPARE(cap.value(QStringLiteral("baselineFile")).toString(), QStringLiteral("bm.json"));
    QCOMPARE(cap.value(QStringLiteral("baselineSha256")).toString(), sha);
    QCOMPARE(cap.value(QStringLiteral("domain")).toString(), QStringLiteral("features"));
    QVERIFY2(cap.value(QStringLiteral("baseline")).toString().contains(QStringLiteral("bona fide mean")), qPrintable(cap.value(QStringLiteral("baseline")).toString()));
    const QString png = dir.filePath(QStringLiteral("x.png")), svg = dir.filePath(QStringLiteral("x.svg")), json = dir.filePath(QStringLiteral("x.json"));
    panel.exportPng(png);
    const QImage img(png);
    QVERIFY(!img.isNull());
    QVERIFY2(img.text(QStringLiteral("Settings")).contains(QStringLiteral("bm.json")), qPrintable(img.text(QStringLiteral("Settings"))));
    QVERIFY2(img.text(QStringLiteral("Settings")).contains(sha), qPrintable(img.text(QStringLiteral("Settings"))));
    panel.exportSvg(svg);
    QFile s(svg);
    QVERIFY(s.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(s.readAll());
    QVERIFY(svgText.contains(QStringLiteral("bm.json")) && svgText.contains(sha));
    panel.exportJson(json);
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QJsonObject jo = QJsonDocument::fromJson(j.readAll()).object();
    QCOMPARE(jo.value(QStringLiteral("caption")).toObject().value(QStringLiteral("baselineSha256")).toString(), sha);
    // Region statistics: not computed (no per-sample attributions), and it says so.
    panel.setSelection(1000, 4000);
    QVERIFY2(panel.regionText().contains(QStringLiteral("no per-sample attributions")), qPrintable(panel.regionText()));
}

// A model without front-end features (the tiny MLP of the tests): the entry is disabled, its tooltip says why,
// and selecting it is refused.
void TestUiExplainFeature::offeredOnlyForFeatureModels()
{
    const ModelManifest mlp = ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("tests/data/explain_mlp.json")));
    JobManager jobs(1);
    ExplainPanel panel(&jobs);
    panel.setModels({mlp});
    QString why;
    QVERIFY(!panel.featureBaselineAvailable(&why));
    QVERIFY2(why.contains(QStringLiteral("exposes no front-end features")), qPrintable(why));
    QVERIFY(!panel.selectFeatureBaseline());
    QVERIFY(!panel.featureBaselineSelected());
    QComboBox *box = nullptr;
    for (QComboBox *b : panel.findChildren<QComboBox *>())
        for (int i = 0; i < b->count(); ++i)
            if (b->itemText(i).startsWith(QStringLiteral("Bona fide mean")))
                box = b;
    QVERIFY(box);
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    QVERIFY(model);
    int i = 0;
    while (!box->itemText(i).startsWith(QStringLiteral("Bona fide mean")))
        ++i;
    QVERIFY(!model->item(i)->isEnabled());
    QVERIFY2(model->item(i)->toolTip().contains(QStringLiteral("exposes no front-end features")), qPrintable(model->item(i)->toolTip()));
}

QTEST_MAIN(TestUiExplainFeature)
#include "tst_ui_explain_feature.moc"
