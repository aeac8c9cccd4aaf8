// Integrated Gradients through real models: a small smooth TorchScript model against a brute-force
// integral of finite differences, completeness, padding and windows, targets, cancellation, and the
// published AASIST-L checkpoint (completeness under 1 % at 128 steps).
#include "testutil.h"

#include "audio/AudioFile.h"
#include "explain/AttributionReport.h"
#include "explain/Baseline.h"
#include "explain/IntegratedGradients.h"
#include "jobs/Job.h"
#include "models/AasistModel.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "models/TorchScriptModel.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>

using namespace st;

namespace {

ModelManifest mlpManifest()
{
    return ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("tests/data/explain_mlp.json")));
}

ModelManifest tinyDictManifest()
{
    return ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("tests/data/tiny_dict.json")));
}

std::vector<float> testSignal(int n, double f1 = 0.05, double f2 = 0.13)
{
    std::vector<float> x(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        x[size_t(i)] = float(0.4 * std::sin(f1 * i) + 0.2 * std::cos(f2 * i + 0.3));
    return x;
}

double relGap(const IgResult &r)
{
    return std::abs(r.attributionSum - (r.fInput - r.fBaseline)) / std::abs(r.fInput - r.fBaseline);
}

} // namespace

class TestExplainIg : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bruteForceIntegral();
    void completenessConvergesWithSteps();
    void noiseAndLowPassBaselines();
    void cosineTarget();
    void shortClipIsFoldedBack();
    void longClipWindows();
    void reportFiles();
    void cancellation();
    void refusesBadSettings();
    void aasistLCompleteness();
    void jumpSearchCostBreakdown();
    void interpolatedJumpSearch();
    void smoothPartAndSmallJumps();
    void timeEstimateCountsRows();
    void defaultModelCompleteness();
};

void TestExplainIg::initTestCase()
{
    QVERIFY2(!sttest::sourceDir().isEmpty(), "SOURCETRACE_SOURCE_DIR is not set");
}

void TestExplainIg::bruteForceIntegral()
{
    // IG_i = d_i * integral of dF/dx_i along the path, computed here without autograd: central finite
    // differences of the model's own forward pass at the midpoints of 200 equal steps.
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    const int n = 64;
    const std::vector<float> x = testSignal(n);
    const std::vector<float> b(static_cast<size_t>(n), 0.0f);
    const int grid = 200;
    const float h = 1e-2f;
    std::vector<double> brute(static_cast<size_t>(n), 0.0);
    for (int g = 0; g < grid; ++g) {
        const double alpha = (g + 0.5) / grid;
        std::vector<std::vector<float>> batch;
        for (int i = 0; i < n; ++i)
            for (float sgn : {1.0f, -1.0f}) {
                std::vector<float> z(static_cast<size_t>(n));
                for (int k = 0; k < n; ++k)
                    z[size_t(k)] = float(b[size_t(k)] + alpha * (x[size_t(k)] - b[size_t(k)]));
                z[size_t(i)] += sgn * h;
                batch.push_back(std::move(z));
            }
        const auto out = model->forward(batch);
        for (int i = 0; i < n; ++i) {
            const double dfdx = (double(out[size_t(2 * i)].logits[1]) - out[size_t(2 * i + 1)].logits[1]) / (2.0 * h);
            brute[size_t(i)] += dfdx / grid * (x[size_t(i)] - b[size_t(i)]);
        }
    }
    IntegratedGradients ig(model);
    for (IntegrationRule rule : {IntegrationRule::GaussLegendre, IntegrationRule::Trapezoid}) {
        IgSettings s;
        s.rule = rule;
        s.steps = rule == IntegrationRule::GaussLegendre ? 32 : 256;
        const IgResult r = ig.run(x, s);
        QCOMPARE(r.attribution.size(), size_t(n));
        double maxAbs = 0.0, maxErr = 0.0;
        for (int i = 0; i < n; ++i) {
            maxAbs = std::max(maxAbs, std::abs(brute[size_t(i)]));
            maxErr = std::max(maxErr, std::abs(brute[size_t(i)] - r.attribution[size_t(i)]));
        }
        QVERIFY(maxAbs > 1e-3);
        QVERIFY2(maxErr < 2e-3 * maxAbs, qPrintable(QStringLiteral("%1: max error %2 of max %3").arg(r.rule).arg(maxErr).arg(maxAbs)));
        QVERIFY2(r.completenessError < 1e-3, qPrintable(QString::number(r.completenessError)));
        QCOMPARE(r.jumps, 0); // a smooth model has none
        QCOMPARE(r.windows.size(), size_t(1));
        QCOMPARE(r.targetSpec, QStringLiteral("logit:1"));
        // F values agree with the model's forward.
        const auto fx = model->forward({x});
        QVERIFY(std::abs(r.fInput - fx[0].logits[1]) < 1e-5);
    }
}

void TestExplainIg::completenessConvergesWithSteps()
{
    // A piecewise-linear model (conv + ReLU + max/mean): the gap shrinks with more steps; few steps
    // give a warning.
    auto model = std::make_shared<TorchScriptModel>(tinyDictManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(4000, 0.07, 0.011);
    IgSettings s;
    s.target = AttributionTarget::parse(QStringLiteral("margin"));
    s.rule = IntegrationRule::Trapezoid;
    s.steps = 2;
    const IgResult coarse = ig.run(x, s);
    s.steps = 512;
    const IgResult fine = ig.run(x, s);
    QVERIFY2(fine.completenessError < 0.01, qPrintable(QString::number(fine.completenessError)));
    QVERIFY(fine.completenessError < coarse.completenessError);
    QVERIFY(std::abs(relGap(fine) - fine.completenessError) < 1e-9);
    QCOMPARE(fine.spoofSign, 1);
    if (coarse.completenessError > 0.05)
        QVERIFY(!coarse.warnings.isEmpty() && coarse.warnings.first().contains(QStringLiteral("steps")));
    QVERIFY(fine.warnings.isEmpty());
    // The margin is minus the bona fide logit's change: attributions flip sign (same baseline F offsets).
    s.target = AttributionTarget::parse(QStringLiteral("logit:0"));
    const IgResult l0 = ig.run(x, s);
    s.target = AttributionTarget::parse(QStringLiteral("logit:1"));
    const IgResult l1 = ig.run(x, s);
    for (size_t i = 0; i < x.size(); i += 37)
        QVERIFY(std::abs((l0.attribution[i] - l1.attribution[i]) - fine.attribution[i]) < 1e-5);
}

void TestExplainIg::noiseAndLowPassBaselines()
{
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(64);
    IgSettings s;
    s.steps = 32;
    s.baseline.kind = BaselineKind::Noise;
    s.baseline.noiseDbfs = -30.0;
    const IgResult noise = ig.run(x, s);
    QCOMPARE(noise.baselineKind, QStringLiteral("noise"));
    QVERIFY(noise.completenessError < 1e-3);
    // F(baseline) is the mean over the 4 draws.
    const auto draws = makeBaselines(x, s.baseline, 16000);
    double fb = 0.0;
    for (const auto &d : ig.evaluate(draws, s.target))
        fb += d / 4.0;
    QVERIFY(std::abs(noise.fBaseline - fb) < 1e-5);
    s.baseline.kind = BaselineKind::LowPass;
    s.baseline.lowPassHz = 2000.0;
    s.baseline.lowPassTaps = 31;
    const IgResult lp = ig.run(x, s);
    QVERIFY(lp.completenessError < 1e-3);
    QVERIFY(std::abs(lp.fBaseline - ig.evaluate({lowPassZeroPhase(x, 2000.0, 16000, 31)}, s.target)[0]) < 1e-5);
}

void TestExplainIg::cosineTarget()
{
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(64);
    const std::vector<float> fp{0.5f, -1.0f, 0.25f, 2.0f, -0.75f, 1.0f, 0.1f, -0.3f};
    IgSettings s;
    s.steps = 48;
    s.target = AttributionTarget::cosine(fp, QStringLiteral("AA01"));
    const IgResult r = ig.run(x, s);
    const auto out = model->forward({x});
    double dot = 0, ne = 0, nf = 0;
    for (int i = 0; i < 8; ++i) {
        dot += double(out[0].embedding[size_t(i)]) * fp[size_t(i)];
        ne += double(out[0].embedding[size_t(i)]) * out[0].embedding[size_t(i)];
        nf += double(fp[size_t(i)]) * fp[size_t(i)];
    }
    QVERIFY(std::abs(r.fInput - dot / std::sqrt(ne * nf)) < 1e-5);
    QVERIFY2(r.completenessError < 1e-3, qPrintable(QString::number(r.completenessError)));
    QCOMPARE(r.spoofSign, 0);
    QVERIFY(r.positiveMeaning.contains(QStringLiteral("AA01")));
}

void TestExplainIg::shortClipIsFoldedBack()
{
    // 40 samples, repeat-padded to the model's 64: completeness holds for the clip's own samples.
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(40);
    IgSettings s;
    s.steps = 32;
    const IgResult r = ig.run(x, s);
    QCOMPARE(r.attribution.size(), size_t(40));
    QVERIFY(r.completenessError < 1e-3);
    QVERIFY(std::abs(r.fInput - ig.evaluate({ModelRunner::fitToLength(x, 64)}, s.target)[0]) < 1e-5);
}

void TestExplainIg::longClipWindows()
{
    // 200 samples, windows of 64 every 32: 6 windows (the last one ends at the clip's end).
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(200);
    IgSettings s;
    s.steps = 32;
    s.stitching = Stitching::Mean;
    const IgResult mean = ig.run(x, s);
    QCOMPARE(mean.windows.size(), size_t(6));
    QCOMPARE(mean.windows.back().end, int64_t(200));
    for (const IgWindow &w : mean.windows)
        QVERIFY(w.completenessError < 1e-3);
    // Mean stitching: exact attribution of the mean of the windows' targets.
    QVERIFY2(mean.completenessError < 1e-3, qPrintable(QString::number(mean.completenessError)));
    s.stitching = Stitching::Crossfade;
    const IgResult cf = ig.run(x, s);
    QCOMPARE(cf.stitching, QStringLiteral("crossfade"));
    double worst = 0.0;
    for (const IgWindow &w : cf.windows)
        worst = std::max(worst, w.completenessError);
    QCOMPARE(cf.completenessError, worst);
    // Where one window covers a sample alone, crossfade keeps that window's attribution.
    const IgResult first = ig.run(std::vector<float>(x.begin(), x.begin() + 64), s);
    QVERIFY(std::abs(cf.attribution[0] - first.attribution[0]) < 1e-6);
}

void TestExplainIg::reportFiles()
{
    auto model = std::make_shared<TorchScriptModel>(tinyDictManifest());
    IntegratedGradients ig(model);
    const std::vector<float> x = testSignal(8000, 0.2, 0.03);
    IgSettings s;
    s.steps = 16;
    IgResult r = ig.run(x, s);
    SpectrogramParams tf;
    tf.fftSize = 512;
    tf.hop = 160;
    const AttributionReport rep = AttributionReport::analyze(r, x, s.baseline, tf);
    QCOMPARE(rep.envelopes.signedSum.size(), size_t(25));
    QTemporaryDir dir;
    const QStringList files = rep.writeTo(dir.path());
    QCOMPARE(files.size(), 4);
    std::vector<int64_t> shape;
    const std::vector<float> a = readNpy(dir.filePath(QStringLiteral("attribution.npy")), shape);
    QCOMPARE(shape, (std::vector<int64_t>{8000}));
    QCOMPARE(a, r.attribution);
    const std::vector<float> m = readNpy(dir.filePath(QStringLiteral("tf_map.npy")), shape);
    QCOMPARE(shape, (std::vector<int64_t>{tf.frameCount(8000), 257}));
    double ms = 0.0, as = 0.0;
    for (float v : m)
        ms += v;
    for (float v : a)
        as += v;
    QVERIFY(std::abs(ms - as) < 1e-4 * (1.0 + std::abs(as)));
    QFile jf(dir.filePath(QStringLiteral("report.json")));
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("sourcetrace-attribution"));
    QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("steps")).toInt(), 16);
    QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("baseline")).toString(), QStringLiteral("silence"));
    QCOMPARE(o.value(QStringLiteral("model")).toObject().value(QStringLiteral("weightsSha256")).toString(), model->manifest().weightsSha256);
    QCOMPARE(o.value(QStringLiteral("frames")).toObject().value(QStringLiteral("signed")).toArray().size(), 25);
    QCOMPARE(o.value(QStringLiteral("clip")).toObject().value(QStringLiteral("bandShares")).toObject().size(), 4);
    QVERIFY(std::abs(o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("relativeGap")).toDouble() - r.completenessError) < 1e-12);
    QVERIFY(!o.value(QStringLiteral("build")).toObject().value(QStringLiteral("commit")).toString().isEmpty());
}

void TestExplainIg::cancellation()
{
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    IgSettings s;
    s.steps = 64;
    s.maxBatch = 4;
    int calls = 0;
    double lastFraction = -1.0;
    bool threw = false;
    try {
        ig.run(testSignal(64), s, [&](double f, const QString &) { QVERIFY(f >= lastFraction); lastFraction = f; },
               [&] { return ++calls > 3; });
    } catch (const JobCancelled &) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(calls, 4);
    // Progress reaches 1 on a full run; batches of 4 rows.
    const IgResult r = ig.run(testSignal(64), s, [&](double f, const QString &) { lastFraction = f; });
    QCOMPARE(lastFraction, 1.0);
    QCOMPARE(r.batchRows, 4);
    QCOMPARE(r.forwardBackwardRows, int64_t(64));
}

void TestExplainIg::refusesBadSettings()
{
    auto model = std::make_shared<TorchScriptModel>(mlpManifest());
    IntegratedGradients ig(model);
    IgSettings s;
    s.steps = 0;
    QVERIFY_THROWS_EXCEPTION(Error, ig.run(testSignal(64), s));
    s.steps = 8;
    QVERIFY_THROWS_EXCEPTION(Error, ig.run({}, s));
    s.target = AttributionTarget::parse(QStringLiteral("logit:2"));
    QVERIFY_THROWS_EXCEPTION(Error, ig.run(testSignal(64), s));
    s.target = AttributionTarget();
    s.rule = IntegrationRule::Trapezoid;
    s.steps = 1;
    QVERIFY_THROWS_EXCEPTION(Error, ig.run(testSignal(64), s));
    // Memory budget: rows from the per-sample estimate.
    QCOMPARE(ig.rowsForBudget(64600, 2.0e9), int(2.0e9 / ig.bytesPerRow(64600)));
    QCOMPARE(ig.rowsForBudget(64600, 1.0), 1);
}

void TestExplainIg::aasistLCompleteness()
{
    ST_REQUIRE_SHARED(shared);
    const ModelManifest m = ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("models/published/aasist-l.json")));
    auto model = loadAasist(m, RunOptions{});
    IntegratedGradients ig(model);
    const std::vector<float> clip = ModelRunner::fitToLength(
        AudioFile(QDir(shared).filePath(QStringLiteral("corpus/dev/wav/dev_00100.flac"))).readAll(MixDown, 16000), 64600);

    // The sinc front end computed once per path gives the same attributions as the plain forward: with a
    // node at alpha = 0 (trapezoid) the sinc convolution is reused; with Gauss-Legendre from silence the
    // whole homogeneous front end (sinc, |.|, 3 x 3 max-pool; DifferentiableModel::homogeneousFrontEnd).
    for (const IntegrationRule rule : {IntegrationRule::Trapezoid, IntegrationRule::GaussLegendre}) {
        IgSettings two;
        two.steps = 2;
        two.rule = rule;
        two.maxBatch = 2;
        two.attributeJumps = false; // plain IG: the comparison is about the gradients
        const IgResult reused = ig.run(clip, two);
        two.reuseFrontEnd = false;
        const IgResult plain = ig.run(clip, two);
        // The reused path is another computation of the same function (the front end once, bn2 folded into
        // conv1, channels-last convolutions): float rounding differs, and where two values of a max-pool
        // window are nearly equal it can pick the other one, which moves that window's gradient to a
        // neighbouring position. So the attributions agree in L1 to 0.1 % and sample by sample to 2 % of the
        // largest value (measured: about 1e-4 and 0.8 %).
        double maxAbs = 0.0, maxDiff = 0.0, l1 = 0.0, l1Diff = 0.0;
        for (size_t i = 0; i < clip.size(); ++i) {
            maxAbs = std::max(maxAbs, double(std::abs(plain.attribution[i])));
            maxDiff = std::max(maxDiff, double(std::abs(plain.attribution[i] - reused.attribution[i])));
            l1 += std::abs(plain.attribution[i]);
            l1Diff += std::abs(plain.attribution[i] - reused.attribution[i]);
        }
        qInfo("front end reused vs plain forward (%s): L1 difference %.2e of L1, largest difference %.2e of the largest value",
              rule == IntegrationRule::Trapezoid ? "trapezoid" : "Gauss-Legendre", l1Diff / l1, maxDiff / maxAbs);
        QVERIFY2(l1Diff < 1e-3 * l1, qPrintable(QStringLiteral("%1 of %2").arg(l1Diff).arg(l1)));
        QVERIFY2(maxDiff < 2e-2 * maxAbs, qPrintable(QStringLiteral("%1 of %2").arg(maxDiff).arg(maxAbs)));
        QVERIFY(std::abs(plain.fInput - reused.fInput) < 1e-3);
        // Plain IG on 2 steps sees the jumps of the top-k graph pooling as unexplained change.
        QVERIFY(!plain.jumpsAttributed);
    }

    // AASIST is discontinuous along the path: its top-k graph pooling switches nodes as alpha grows,
    // and F jumps (the largest about 0.13 of a change of 4.5 on this clip). Plain IG cannot see a
    // jump (its gap stays near 5 % at any number of steps); with the jumps located and attributed
    // through their score crossings, the attributions must add up to F(x) - F(x') within 1 % at 128
    // steps (the requirement).
    IgSettings s;
    s.steps = 128;
    s.rule = IntegrationRule::GaussLegendre;
    std::vector<double> fractions;
    QStringList stages;
    const IgResult r = ig.run(clip, s, [&](double f, const QString &stage) {
        fractions.push_back(f);
        stages << stage;
    });
    // Progress moves forward through the steps, the search and the jumps' backward passes.
    QVERIFY(!fractions.empty());
    for (size_t i = 1; i < fractions.size(); ++i)
        QVERIFY2(fractions[i] >= fractions[i - 1], qPrintable(QStringLiteral("%1 after %2").arg(fractions[i]).arg(fractions[i - 1])));
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(!stages.filter(QStringLiteral("locating the jumps")).isEmpty());
    QVERIFY(!stages.filter(QStringLiteral("attributing jumps")).isEmpty());
    // F(x) agrees with the model's inference path (the detection score).
    const auto out = model->forward({clip});
    QVERIFY(std::abs(r.fInput - out[0].logits[1]) < 1e-3 * (1.0 + std::abs(r.fInput)));
    qInfo("AASIST-L, 128 Gauss-Legendre steps: F(x) %.4f, F(0) %.4f, sum %.4f, completeness gap %.4f %%; %d jumps attributed "
          "(%.4f %% of the change), %d negligible (%.4f %%); %lld probe rows (%d rows per batch, %.1f s)",
          r.fInput, r.fBaseline, r.attributionSum, 100.0 * r.completenessError, r.jumps, 100.0 * r.jumpShare, r.negligibleJumps,
          100.0 * r.negligibleJumpShare, static_cast<long long>(r.probeRows), r.batchRows, r.seconds);
    QVERIFY(r.jumpsAttributed);
    QVERIFY(r.jumps > 0);
    QCOMPARE(r.unresolvedJumps, 0);
    QVERIFY2(r.completenessError < 0.01, qPrintable(QString::number(r.completenessError)));
    // Every located jump lies in an interval of the stated tolerance, and their deltaF add up to the
    // reported share of the change.
    double jumpSum = 0.0;
    QCOMPARE(int(r.windows.front().jumpList.size()), r.jumps);
    for (const IgJump &j : r.windows.front().jumpList) {
        QVERIFY(j.alphaHigh - j.alphaLow <= s.jumpTolerance);
        QVERIFY(j.alphaLow >= 0.0 && j.alphaHigh <= 1.0);
        QVERIFY(!j.layers.isEmpty() && j.pairs > 0);
        jumpSum += j.deltaF;
    }
    QVERIFY(std::abs(std::abs(jumpSum) / std::abs(r.fInput - r.fBaseline) - r.jumpShare) < 1e-9);
    QVERIFY(r.warnings.isEmpty());
}

namespace {

std::vector<float> devClip(const QString &shared)
{
    return ModelRunner::fitToLength(
        AudioFile(QDir(shared).filePath(QStringLiteral("corpus/dev/wav/dev_00100.flac"))).readAll(MixDown, 16000), 64600);
}

// The small case of the jump search tests: AASIST-L, 16 Gauss-Legendre steps, only jumps above 0.2 % of the
// change searched, two rows side by side with one intra-op thread each (the default on 2 cores).
IntegratedGradients smallCaseIg()
{
    const ModelManifest m = ModelManifest::fromJsonFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("models/published/aasist-l.json")));
    return IntegratedGradients(loadAasist(m, RunOptions{}));
}
IgSettings smallCaseSettings()
{
    IgSettings s;
    s.steps = 16;
    s.jumpThreshold = 2e-3;
    s.threads = 2;
    s.rowWorkers = 2;
    return s;
}

// The two runs of the small case that several tests below look at (each takes tens of seconds on 2 cores), run
// once: the defaults of smallCaseSettings() (the interpolated search) and the same with the probe search.
const IgResult &smallCaseRun(IntegratedGradients &ig, const QString &shared, bool probeSearch)
{
    static std::map<bool, IgResult> runs;
    auto it = runs.find(probeSearch);
    if (it == runs.end()) {
        IgSettings s = smallCaseSettings();
        s.interpolatedJumpSearch = !probeSearch;
        it = runs.emplace(probeSearch, ig.run(devClip(shared), s)).first;
    }
    return it->second;
}

} // namespace

void TestExplainIg::jumpSearchCostBreakdown()
{
    // The jump search with its probes started from the reused sinc front end (forwardInferenceFromSinc) on
    // a small case (AASIST-L, 16 Gauss-Legendre steps, only jumps above 0.2 % of the change searched):
    // completeness within 1 %, every jump located within the tolerance, and the cost breakdown adds up.
    ST_REQUIRE_SHARED(shared);
    IntegratedGradients ig = smallCaseIg();
    IgSettings s = smallCaseSettings();
    QVERIFY(!s.fastJumpSearch); // experimental, off by default
    // The search by probes of the whole model (the interpolated search, the default, is tested below).
    QVERIFY(s.interpolatedJumpSearch);
    s.interpolatedJumpSearch = false;
    const IgResult &r = smallCaseRun(ig, shared, true);
    qInfo("AASIST-L, 16 steps, threshold 2e-3: gap %.3f %%, %d jumps (%d negligible); steps %.1f s (%lld rows), %lld probes %.1f s, "
          "jumps %.1f s (%lld rows, %lld backward passes); total %.1f s",
          100.0 * r.completenessError, r.jumps, r.negligibleJumps, r.gradientSeconds, static_cast<long long>(r.gradientRows),
          static_cast<long long>(r.probeRows), r.probeSeconds, r.jumpSeconds, static_cast<long long>(r.jumpRows),
          static_cast<long long>(r.jumpBackwardPasses), r.seconds);
    QVERIFY(r.jumpsAttributed && r.jumps > 0);
    QCOMPARE(r.unresolvedJumps, 0);
    QVERIFY2(r.completenessError < 0.01, qPrintable(QString::number(r.completenessError)));
    for (const IgJump &j : r.windows.front().jumpList)
        QVERIFY(j.alphaHigh - j.alphaLow <= s.jumpTolerance);
    QCOMPARE(r.gradientRows, int64_t(16));
    QCOMPARE(r.rowWorkers, 2);
    // Jumps of one sign between the same two nodes share a row (IgSettings::mergeJumpRows, the default).
    QVERIFY(s.mergeJumpRows);
    QVERIFY(r.jumpRows > 0 && r.jumpRows <= int64_t(r.jumps));
    QCOMPARE(r.forwardBackwardRows, r.gradientRows + r.jumpRows);
    QVERIFY(r.jumpBackwardPasses >= (r.jumpRows + r.batchRows - 1) / r.batchRows);
    // The nodes' F and choices come from the gradient passes (IgSettings::recordNodeChoices, the default):
    // probed are both ends of the path (Gauss-Legendre has no node at 0 or 1), then the search.
    QVERIFY(s.recordNodeChoices);
    QVERIFY(r.probeRows >= 2);
    QVERIFY(r.gradientSeconds > 0.0 && r.probeSeconds > 0.0 && r.jumpSeconds > 0.0);
    QVERIFY(r.gradientSeconds + r.probeSeconds + r.jumpSeconds <= r.seconds + 1e-6);

    // The probes one row at a time (IgSettings::probeBatch 1, the default) with the nodes taken from the
    // gradient passes locate the same jumps as the former search, which probed the 16 nodes again through
    // the inference path (recordNodeChoices off) in batches (here of 2 rows: on a CPU a batched probe costs more
    // per row than a single one, bench_ig --probe-rate, so larger batches only make the test slower),
    // with fewer probes: same count, each alpha
    // within the tolerance, the same deltaF within 1e-5 of |F(x) - F(x')|, and the same completeness
    // gap. Another batch size rounds the float32 forward differently (a few ulp of F ~ 4, i.e. ~1e-7 of
    // the change, per value), which can move a bisection's side at a near-tie, so a located interval
    // may shift within the tolerance and its deltaF by the smooth part's curvature over it (measured:
    // alphas 8.9e-5 apart, deltaF 1.04e-6 of the change; the issue asked for 1e-6). The nodes recorded on
    // the autograd path differ from the inference path's by the same rounding.
    QCOMPARE(s.probeBatch, 1);
    IgSettings old = s;
    old.probeBatch = 2;
    old.recordNodeChoices = false;
    // (Rows side by side as in `s`: one row at a time on both threads is compared in interpolatedJumpSearch.)
    const IgResult o = ig.run(devClip(shared), old);
    QCOMPARE(o.rowWorkers, 2);
    const auto &nj = r.windows.front().jumpList, &oj = o.windows.front().jumpList;
    const double change = std::abs(r.fInput - r.fBaseline);
    double worstAlpha = 0.0, worstDelta = 0.0;
    for (size_t k = 0; k < std::min(nj.size(), oj.size()); ++k) {
        worstAlpha = std::max({worstAlpha, std::abs(nj[k].alphaLow - oj[k].alphaLow), std::abs(nj[k].alphaHigh - oj[k].alphaHigh)});
        worstDelta = std::max(worstDelta, std::abs(nj[k].deltaF - oj[k].deltaF) / change);
    }
    qInfo("probes one at a time, nodes recorded: %lld probes %.1f s; nodes probed again, batched (former): %lld probes %.1f s; %zu vs %zu jumps, largest alpha "
          "difference %.2g, largest deltaF difference %.2g of the change",
          static_cast<long long>(r.probeRows), r.probeSeconds, static_cast<long long>(o.probeRows), o.probeSeconds, nj.size(),
          oj.size(), worstAlpha, worstDelta);
    QCOMPARE(nj.size(), oj.size());
    QVERIFY2(r.probeRows < o.probeRows, qPrintable(QStringLiteral("%1 vs %2").arg(r.probeRows).arg(o.probeRows)));
    QVERIFY2(worstAlpha <= s.jumpTolerance, qPrintable(QString::number(worstAlpha)));
    QVERIFY2(worstDelta <= 1e-5, qPrintable(QString::number(worstDelta)));
    QVERIFY(std::abs(r.completenessError - o.completenessError) < 1e-4);
    // The nodes from the gradient passes and from the inference path give the attributions to rounding.
    double maxAbs = 0.0, maxDiff = 0.0;
    for (size_t i = 0; i < r.attribution.size(); ++i) {
        maxAbs = std::max(maxAbs, double(std::abs(o.attribution[i])));
        maxDiff = std::max(maxDiff, double(std::abs(r.attribution[i] - o.attribution[i])));
    }
    QVERIFY2(maxDiff < 1e-3 * maxAbs, qPrintable(QStringLiteral("%1 of %2").arg(maxDiff).arg(maxAbs)));

    // One row per jump (mergeJumpRows off), here with each normal at its own predicted crossing
    // (IgSettings::normalAtPredictedCrossing, off by default: where the pair's scores cross, linear between the
    // interval's ends, or the midpoint where the interval holds several pairs): the same jumps.
    // Shared rows take their members' normals at the largest member's midpoint, a jump of the same sign;
    // every row's terms still sum to its members' deltaF, so the sum of the attributions is the same to
    // rounding. The attributions move by the normals' displacement (at most IgSettings::jumpMergeWidth in alpha):
    // measured 7.6 % in L1 here with the probe search, 8.4 % since OpenBLAS sums the back end's products in another order
    // (16 steps: wide node intervals, few large jumps; 9.8 % with the
    // interpolated search, whose located intervals are not those of the probe search); at the default 50 steps the
    // attributions stay as close to a finer search as with separate rows (docs/explanations.md, Speed). Both runs
    // search by probes, the run with shared rows being `r` above.
    const IgResult &ri = r;
    IgSettings sep = smallCaseSettings();
    sep.interpolatedJumpSearch = false;
    sep.mergeJumpRows = false;
    QVERIFY(!sep.normalAtPredictedCrossing);
    sep.normalAtPredictedCrossing = true;
    const IgResult p = ig.run(devClip(shared), sep);
    QCOMPARE(p.jumpRows, int64_t(p.jumps));
    QCOMPARE(p.jumps, ri.jumps);
    QVERIFY2(ri.jumpRows < p.jumpRows, qPrintable(QStringLiteral("%1 shared rows vs %2").arg(ri.jumpRows).arg(p.jumpRows)));
    const auto &ij = ri.windows.front().jumpList, &pj = p.windows.front().jumpList;
    int predicted = 0;
    for (size_t k = 0; k < pj.size(); ++k) {
        QVERIFY(pj[k].normalAlpha >= pj[k].alphaLow && pj[k].normalAlpha <= pj[k].alphaHigh);
        if (pj[k].normalAlpha != 0.5 * (pj[k].alphaLow + pj[k].alphaHigh))
            ++predicted;
        QCOMPARE(ij[k].alphaLow, pj[k].alphaLow);
        QCOMPARE(ij[k].deltaF, pj[k].deltaF);
        bool lead = false;
        for (const IgJump &o2 : ij)
            if (o2.normalAlpha == ij[k].normalAlpha && std::abs(o2.deltaF) >= std::abs(ij[k].deltaF) * (1.0 - 1e-12) &&
                (o2.deltaF > 0) == (ij[k].deltaF > 0) && o2.normalAlpha == 0.5 * (o2.alphaLow + o2.alphaHigh))
                lead = true;
        QVERIFY2(lead, qPrintable(QStringLiteral("jump %1: no lead at alpha %2").arg(k).arg(ij[k].normalAlpha)));
        QVERIFY(std::abs(0.5 * (ij[k].alphaLow + ij[k].alphaHigh) - ij[k].normalAlpha) <= s.jumpMergeWidth);
    }
    QVERIFY2(predicted > 0, "no normal at a predicted crossing");
    QVERIFY2(std::abs(ri.attributionSum - p.attributionSum) < 1e-5 * change,
             qPrintable(QStringLiteral("%1 vs %2").arg(ri.attributionSum).arg(p.attributionSum)));
    double l1 = 0.0, l1Diff = 0.0;
    for (size_t i = 0; i < ri.attribution.size(); ++i) {
        l1 += std::abs(p.attribution[i]);
        l1Diff += std::abs(ri.attribution[i] - p.attribution[i]);
    }
    qInfo("shared rows: %lld rows for %d jumps (separate: %lld); attributions differ by %.3f %% in L1", static_cast<long long>(ri.jumpRows),
          ri.jumps, static_cast<long long>(p.jumpRows), 100.0 * l1Diff / l1);
    QVERIFY2(l1Diff < 0.10 * l1, qPrintable(QString::number(l1Diff / l1)));
}

void TestExplainIg::interpolatedJumpSearch()
{
    // The jump search on the back end alone, with the encoder output interpolated between recorded points
    // (IgSettings::interpolatedJumpSearch, the default), against the search by probes of the whole model on
    // the same small case as above (AASIST-L, 16 Gauss-Legendre steps, jumps above 0.2 % of the change).
    ST_REQUIRE_SHARED(shared);
    IntegratedGradients ig = smallCaseIg();
    const IgSettings s = smallCaseSettings();
    QVERIFY(s.interpolatedJumpSearch);
    const IgResult &r = smallCaseRun(ig, shared, false);
    const IgResult &p = smallCaseRun(ig, shared, true);
    const double change = std::abs(r.fInput - r.fBaseline);
    qInfo("interpolated search: gap %.3f %%, %d jumps, %lld probes, %lld back-end rows (%d midpoint checks failed), %lld jump rows, %.1f s; "
          "probe search: gap %.3f %%, %d jumps, %lld probes, %lld jump rows, %.1f s",
          100.0 * r.completenessError, r.jumps, static_cast<long long>(r.probeRows), static_cast<long long>(r.backEndRows),
          r.interpolationFallbacks, static_cast<long long>(r.jumpRows), r.seconds, 100.0 * p.completenessError, p.jumps,
          static_cast<long long>(p.probeRows), static_cast<long long>(p.jumpRows), p.seconds);
    QVERIFY(r.jumpsAttributed && r.jumps > 0);
    QCOMPARE(r.unresolvedJumps, 0);
    QVERIFY2(r.completenessError < 0.01, qPrintable(QString::number(r.completenessError)));
    QVERIFY(r.backEndRows > 0 && p.backEndRows == 0);
    QVERIFY(r.interpolatedSearch && !p.interpolatedSearch);
    QVERIFY2(r.probeRows < p.probeRows, qPrintable(QStringLiteral("%1 vs %2").arg(r.probeRows).arg(p.probeRows)));
    // The same F at the ends (the nodes are the same rows), every jump located to the finer tolerance.
    QVERIFY(std::abs(r.fInput - p.fInput) < 1e-6 * (1.0 + std::abs(p.fInput)));
    for (const IgJump &j : r.windows.front().jumpList)
        QVERIFY(j.alphaHigh - j.alphaLow <= std::max(s.interpolatedTolerance, s.jumpTolerance));
    // Every jump of the probe search above 1 % of the change is found within jumpTolerance, with its deltaF
    // within 25 % (the probe search's intervals also hold the small changes beside it).
    int large = 0;
    for (const IgJump &pj : p.windows.front().jumpList) {
        if (std::abs(pj.deltaF) < 0.01 * change)
            continue;
        ++large;
        bool found = false;
        for (const IgJump &rj : r.windows.front().jumpList)
            if (rj.alphaHigh >= pj.alphaLow - s.jumpTolerance && rj.alphaLow <= pj.alphaHigh + s.jumpTolerance &&
                std::abs(rj.deltaF - pj.deltaF) <= 0.25 * std::abs(pj.deltaF))
                found = true;
        QVERIFY2(found, qPrintable(QStringLiteral("jump at %1 (deltaF %2) not found").arg(pj.alphaLow).arg(pj.deltaF)));
    }
    QVERIFY(large > 0);
    // The attributions agree in L1 to 10 % (16 steps: wide intervals; measured 2.1 %. At 50 steps on AASIST both
    // searches come within 1.03 % of a probe search at tolerance 1e-4, docs/explanations.md, Speed).
    double l1 = 0.0, l1Diff = 0.0;
    for (size_t i = 0; i < r.attribution.size(); ++i) {
        l1 += std::abs(p.attribution[i]);
        l1Diff += std::abs(r.attribution[i] - p.attribution[i]);
    }
    qInfo("interpolated vs probe search: attributions differ by %.3f %% in L1", 100.0 * l1Diff / l1);
    QVERIFY2(l1Diff < 0.1 * l1, qPrintable(QString::number(l1Diff / l1)));
    // One row worker gives the same jumps and the attributions to rounding (the back end runs in fixed chunks).
    IgSettings one = s;
    one.rowWorkers = 1;
    const IgResult o = ig.run(devClip(shared), one);
    QCOMPARE(o.jumps, r.jumps);
    double maxAbs = 0.0, maxDiff = 0.0;
    for (size_t i = 0; i < r.attribution.size(); ++i) {
        maxAbs = std::max(maxAbs, double(std::abs(o.attribution[i])));
        maxDiff = std::max(maxDiff, double(std::abs(r.attribution[i] - o.attribution[i])));
    }
    QVERIFY2(maxDiff < 1e-3 * maxAbs, qPrintable(QStringLiteral("%1 of %2").arg(maxDiff).arg(maxAbs)));
}

void TestExplainIg::smoothPartAndSmallJumps()
{
    // IgSettings::matchSmoothChange: the gradient steps' part is scaled by smoothScale and nothing else changes,
    // so the attributions with and without it differ by (smoothScale - 1) x plain IG's (the same rows) sample by
    // sample; the gap left is that of the negligible changes, and the sums differ by the reported quadrature miss.
    ST_REQUIRE_SHARED(shared);
    IntegratedGradients ig = smallCaseIg();
    const IgSettings s = smallCaseSettings();
    QVERIFY(s.matchSmoothChange && s.smallJumpShare == 0.0);
    const std::vector<float> clip = devClip(shared);
    const IgResult &on = smallCaseRun(ig, shared, false);
    IgSettings offSettings = s;
    offSettings.matchSmoothChange = false;
    const IgResult off = ig.run(clip, offSettings);
    IgSettings plainSettings = s;
    plainSettings.attributeJumps = false;
    const IgResult plain = ig.run(clip, plainSettings);
    const double change = std::abs(on.fInput - on.fBaseline);
    qInfo("smooth part matched: scale %.5f, quadrature miss %.3f %%, gap %.3f %% (negligible changes %.3f %%); unscaled: gap %.3f %%",
          on.smoothScale, 100.0 * on.quadratureGap, 100.0 * on.completenessError, 100.0 * on.negligibleJumpShare,
          100.0 * off.completenessError);
    QVERIFY(on.smoothMatched && !off.smoothMatched);
    QCOMPARE(off.smoothScale, 1.0);
    QVERIFY(on.smoothScale != 1.0 && std::abs(on.smoothScale - 1.0) < 0.25);
    QVERIFY2(on.completenessError <= on.negligibleJumpShare + 1e-6, qPrintable(QString::number(on.completenessError)));
    QVERIFY(std::abs(std::abs(on.attributionSum - off.attributionSum) - on.quadratureGap * change) < 1e-4 * change);
    QCOMPARE(on.quadratureGap, off.quadratureGap);
    double maxAbs = 0.0, maxDiff = 0.0;
    for (size_t i = 0; i < clip.size(); ++i) {
        const double expected = off.attribution[i] + (on.smoothScale - 1.0) * plain.attribution[i];
        maxAbs = std::max(maxAbs, double(std::abs(on.attribution[i])));
        maxDiff = std::max(maxDiff, std::abs(on.attribution[i] - expected));
    }
    QVERIFY2(maxDiff < 1e-4 * maxAbs, qPrintable(QStringLiteral("%1 of %2").arg(maxDiff).arg(maxAbs)));

    // IgSettings::smallJumpShare: a small jump joins the row of a larger neighbour; the jumps and their sum stay.
    // (Off by default; this case searches only changes above 0.2 % of the change, so "small" is taken as below 1 %
    // here. Rows: at most as many; AASIST-L at 50 steps, 2e-3: 59 -> 50, docs/explanations.md.)
    IgSettings joinedSettings = s;
    joinedSettings.smallJumpShare = 0.01;
    const IgResult joined = ig.run(clip, joinedSettings);
    double l1 = 0.0, l1Diff = 0.0;
    for (size_t i = 0; i < clip.size(); ++i) {
        l1 += std::abs(on.attribution[i]);
        l1Diff += std::abs(joined.attribution[i] - on.attribution[i]);
    }
    qInfo("small jumps (below 1 %%) joined: %lld jump rows against %lld, attributions differ by %.3f %% in L1",
          static_cast<long long>(joined.jumpRows), static_cast<long long>(on.jumpRows), 100.0 * l1Diff / l1);
    QCOMPARE(joined.jumps, on.jumps);
    QVERIFY(joined.jumpRows <= on.jumpRows);
    QVERIFY(std::abs(joined.attributionSum - on.attributionSum) < 1e-4 * change);
    QVERIFY2(l1Diff < 0.05 * l1, qPrintable(QString::number(l1Diff / l1)));
}

void TestExplainIg::timeEstimateCountsRows()
{
    // Hand-counted rows: the default model (windows of 64 000 every 32 000) on 64 600 samples has 2
    // windows; the noise baseline 4 draws; plain IG 50 steps: 2 x 4 x 50 = 400 rows.
    IgSettings s;
    s.attributeJumps = false;
    s.baseline.kind = BaselineKind::Noise;
    QCOMPARE(estimateIgSeconds(s, 64600, 16000, QStringLiteral("native-spectral"), 0.01), 4.0);
    // AASIST: 64 600 samples are one window; silence one draw; 32 plain steps.
    IgSettings a;
    a.steps = 32;
    a.attributeJumps = false;
    QCOMPARE(estimateIgSeconds(a, 64600, 16000, QStringLiteral("native-aasist"), 0.5), 16.0);
    // 100 000 samples: windows at 0 and 32 000 and one ending at the clip's end.
    QCOMPARE(estimateIgSeconds(a, 100000, 16000, QStringLiteral("native-aasist"), 0.5), 48.0);
    // The jump search adds to the steps; a TorchScript model is explained on the whole clip.
    a.attributeJumps = true;
    QVERIFY(estimateIgSeconds(a, 64600, 16000, QStringLiteral("native-aasist"), 0.5) > 16.0);
    QCOMPARE(estimateIgSeconds(a, 64600, 16000, QStringLiteral("torchscript"), 0.5), 16.0);
    QCOMPARE(estimateIgSeconds(a, 64600, 16000, QStringLiteral("native-aasist"), 0.0), 0.0);
}

void TestExplainIg::defaultModelCompleteness()
{
    // SourceTrace's own default model (models/sourcetrace-default, committed): no discrete choices along the path
    // (STFT, LFCC, LCNN with max-feature-map), so plain IG needs no jump search, and from its recommended baseline
    // (noise at -50 dBFS: recommendedBaseline) the attributions add up to F(x) - F(x') within 1 % at 50
    // Gauss-Legendre steps, on the bundled demo clip. From silence the path starts on the front end's log floor
    // (log(energy + 1e-8)) and the score jumps near alpha = 1e-4: the gap is then far above 1 %, which is why
    // silence is not the recommended baseline for this kind.
    const QString manifestPath = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
    if (!QFileInfo::exists(manifestPath))
        QSKIP("models/sourcetrace-default is not in this checkout");
    const ModelManifest m = ModelManifest::fromJsonFile(manifestPath);
    auto model = ModelRegistry::load(m, RunOptions{});
    IntegratedGradients ig(model);
    const std::vector<float> clip = ModelRunner::fitToLength(
        AudioFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac"))).readAll(MixDown, 16000), 64000);
    IgSettings s;
    s.steps = 50;
    s.rule = IntegrationRule::GaussLegendre;
    s.attributeJumps = false;
    s.baseline = recommendedBaseline(m.kind);
    QCOMPARE(s.baseline.kind, BaselineKind::Noise);
    const IgResult r = ig.run(clip, s);
    IgSettings silence = s;
    silence.baseline = BaselineSettings{};
    const IgResult fromSilence = ig.run(clip, silence);
    qInfo("default model from silence: completeness gap %.2f %%", 100.0 * fromSilence.completenessError);
    QVERIFY(fromSilence.completenessError > 0.05);
    qInfo("default model, noise baseline, 50 Gauss-Legendre steps: F(x) %.4f, F(baseline) %.4f, sum %.4f, completeness gap %.4f %% (%.1f s)",
          r.fInput, r.fBaseline, r.attributionSum, 100.0 * r.completenessError, r.seconds);
    QVERIFY(std::abs(r.fInput - r.fBaseline) > 1e-3); // the clip moves the score: the check means something
    QVERIFY2(r.completenessError < 0.01, qPrintable(QString::number(r.completenessError)));
    QVERIFY(std::abs(relGap(r) - r.completenessError) < 1e-9);
    // F(x) is the detection score of the inference path.
    QCOMPARE(r.baselineKind, QString("noise"));
    const auto out = model->forward({clip});
    QVERIFY(std::abs(r.fInput - out[0].logits[size_t(m.bonafideClass)]) < 1e-3 * (1.0 + std::abs(r.fInput)));
}

// The AASIST-L case runs 128 forward+backward passes: allow it more than Qt Test's default 5 minutes
// per function on a loaded single core.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    QCoreApplication app(argc, argv);
    TestExplainIg tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_explain_ig.moc"
