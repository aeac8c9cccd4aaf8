// Integrated Gradients building blocks without a model: quadrature rules against tabulated values and
// exact integrals, baselines, stitching weights, envelopes, the time-frequency map (completeness carries
// over), voice activity, band and speech/pause shares, targets.
#include "explain/AttributionMaps.h"
#include "explain/AttributionTarget.h"
#include "explain/Baseline.h"
#include "explain/IntegratedGradients.h"
#include "explain/Quadrature.h"
#include "util/Error.h"

#include <QtTest>
#include <cmath>
#include <numeric>

using namespace st;

class TestExplainMath : public QObject
{
    Q_OBJECT
private slots:
    void gaussLegendreTabulated_data();
    void gaussLegendreTabulated();
    void gaussLegendreExactForPolynomials();
    void gaussLegendreLarge();
    void trapezoid();
    void ruleNames();
    void silenceAndNoiseBaselines();
    void lowPassBaseline();
    void stitchWeightsArePartitionOfUnity();
    void envelopesByHand();
    void rollingMedianByHand();
    void tfMapCarriesCompleteness();
    void tfMapFollowsDifferenceEnergy();
    void vadAndShares();
    void bandSharesOfTone();
    void percentile();
    void targets();
};

void TestExplainMath::gaussLegendreTabulated_data()
{
    // Abramowitz & Stegun, table 25.4 (positive nodes, weights).
    QTest::addColumn<int>("n");
    QTest::addColumn<QVector<double>>("nodes");
    QTest::addColumn<QVector<double>>("weights");
    QTest::newRow("1") << 1 << QVector<double>{0.0} << QVector<double>{2.0};
    QTest::newRow("2") << 2 << QVector<double>{0.577350269189626} << QVector<double>{1.0};
    QTest::newRow("3") << 3 << QVector<double>{0.0, 0.774596669241483} << QVector<double>{0.888888888888889, 0.555555555555556};
    QTest::newRow("5") << 5 << QVector<double>{0.0, 0.538469310105683, 0.906179845938664}
                       << QVector<double>{0.568888888888889, 0.478628670499366, 0.236926885056189};
    QTest::newRow("8") << 8 << QVector<double>{0.183434642495650, 0.525532409916329, 0.796666477413627, 0.960289856497536}
                       << QVector<double>{0.362683783378362, 0.313706645877887, 0.222381034453374, 0.101228536290376};
}

void TestExplainMath::gaussLegendreTabulated()
{
    QFETCH(int, n);
    QFETCH(QVector<double>, nodes);
    QFETCH(QVector<double>, weights);
    const QuadratureNodes q = gaussLegendre(n);
    QCOMPARE(int(q.alphas.size()), n);
    // Ascending; the upper half holds the tabulated positive nodes.
    for (int i = 1; i < n; ++i)
        QVERIFY(q.alphas[size_t(i)] > q.alphas[size_t(i - 1)]);
    const int start = n / 2;
    for (int k = 0; k < nodes.size(); ++k) {
        QVERIFY2(std::abs(q.alphas[size_t(start + k)] - nodes[k]) < 1e-12, qPrintable(QString::number(q.alphas[size_t(start + k)], 'g', 17)));
        QVERIFY(std::abs(q.weights[size_t(start + k)] - weights[k]) < 1e-12);
        QVERIFY(std::abs(q.alphas[size_t(n - 1 - start - k)] + nodes[k]) < 1e-12); // symmetric
    }
}

void TestExplainMath::gaussLegendreExactForPolynomials()
{
    // m nodes integrate x^k exactly on [0, 1] for k <= 2m - 1.
    for (int m : {1, 2, 3, 7, 16}) {
        const QuadratureNodes q = quadratureOnUnitInterval(IntegrationRule::GaussLegendre, m);
        for (int k = 0; k <= 2 * m - 1; ++k) {
            double s = 0.0;
            for (size_t i = 0; i < q.alphas.size(); ++i) {
                QVERIFY(q.alphas[i] > 0.0 && q.alphas[i] < 1.0);
                s += q.weights[i] * std::pow(q.alphas[i], k);
            }
            QVERIFY2(std::abs(s - 1.0 / (k + 1)) < 1e-13, qPrintable(QStringLiteral("m %1 k %2: %3").arg(m).arg(k).arg(s, 0, 'g', 17)));
        }
    }
}

void TestExplainMath::gaussLegendreLarge()
{
    // 128 nodes: weights sum to 2, integral of cos over [-1, 1] = 2 sin 1.
    const QuadratureNodes q = gaussLegendre(128);
    double w = 0.0, c = 0.0;
    for (size_t i = 0; i < q.alphas.size(); ++i) {
        w += q.weights[i];
        c += q.weights[i] * std::cos(q.alphas[i]);
    }
    QVERIFY(std::abs(w - 2.0) < 1e-12);
    QVERIFY(std::abs(c - 2.0 * std::sin(1.0)) < 1e-12);
    QVERIFY_THROWS_EXCEPTION(Error, gaussLegendre(0));
}

void TestExplainMath::trapezoid()
{
    const QuadratureNodes q = quadratureOnUnitInterval(IntegrationRule::Trapezoid, 5);
    QCOMPARE(q.alphas, (std::vector<double>{0.0, 0.25, 0.5, 0.75, 1.0}));
    QCOMPARE(q.weights, (std::vector<double>{0.125, 0.25, 0.25, 0.25, 0.125}));
    // Error of the trapezoidal rule on x^2: h^2 / 6 for [0, 1] with step h.
    const QuadratureNodes q11 = quadratureOnUnitInterval(IntegrationRule::Trapezoid, 11);
    double s = 0.0;
    for (size_t i = 0; i < q11.alphas.size(); ++i)
        s += q11.weights[i] * q11.alphas[i] * q11.alphas[i];
    QVERIFY(std::abs(s - (1.0 / 3.0 + 0.01 / 6.0)) < 1e-14);
    QVERIFY_THROWS_EXCEPTION(Error, quadratureOnUnitInterval(IntegrationRule::Trapezoid, 1));
}

void TestExplainMath::ruleNames()
{
    IntegrationRule r;
    QVERIFY(integrationRuleFromName(QStringLiteral("gausslegendre"), r) && r == IntegrationRule::GaussLegendre);
    QVERIFY(integrationRuleFromName(QStringLiteral("trapezoid"), r) && r == IntegrationRule::Trapezoid);
    QVERIFY(!integrationRuleFromName(QStringLiteral("simpson"), r));
    BaselineKind k;
    QVERIFY(baselineKindFromName(QStringLiteral("lowpass"), k) && k == BaselineKind::LowPass);
    QVERIFY(!baselineKindFromName(QStringLiteral("mean-feature"), k));
}

void TestExplainMath::silenceAndNoiseBaselines()
{
    const std::vector<float> x(16000, 0.3f);
    BaselineSettings s;
    auto b = makeBaselines(x, s, 16000);
    QCOMPARE(b.size(), size_t(1));
    QVERIFY(std::all_of(b[0].begin(), b[0].end(), [](float v) { return v == 0.0f; }));

    s.kind = BaselineKind::Noise;
    b = makeBaselines(x, s, 16000);
    QCOMPARE(b.size(), size_t(4));
    for (const auto &draw : b) {
        double e = 0.0;
        for (float v : draw)
            e += double(v) * v;
        const double rmsDb = 10.0 * std::log10(e / draw.size());
        QVERIFY2(std::abs(rmsDb + 60.0) < 0.2, qPrintable(QString::number(rmsDb)));
    }
    QVERIFY(b[0] != b[1]);
    QCOMPARE(makeBaselines(x, s, 16000), b); // seeded: the same draws again
    s.seed = 2;
    QVERIFY(makeBaselines(x, s, 16000)[0] != b[0]);
}

void TestExplainMath::lowPassBaseline()
{
    const int sr = 16000, n = 8000;
    const std::vector<double> h = lowPassKernel(1000.0, sr, 255);
    QCOMPARE(h.size(), size_t(255));
    QVERIFY(std::abs(std::accumulate(h.begin(), h.end(), 0.0) - 1.0) < 1e-12);
    for (size_t k = 0; k < h.size(); ++k)
        QVERIFY(std::abs(h[k] - h[h.size() - 1 - k]) < 1e-15); // symmetric: zero phase
    auto tone = [&](double hz) {
        std::vector<float> x(static_cast<size_t>(n), 0.0f);
        for (int i = 0; i < n; ++i)
            x[size_t(i)] = float(0.5 * std::sin(2.0 * M_PI * hz * i / sr));
        return x;
    };
    auto rmsMid = [&](const std::vector<float> &x) {
        double e = 0.0;
        for (int i = 1000; i < n - 1000; ++i)
            e += double(x[size_t(i)]) * x[size_t(i)];
        return std::sqrt(e / (n - 2000));
    };
    const std::vector<float> low = tone(200.0), high = tone(4000.0);
    const std::vector<float> yl = lowPassZeroPhase(low, 1000.0, sr, 255), yh = lowPassZeroPhase(high, 1000.0, sr, 255);
    QVERIFY(std::abs(rmsMid(yl) / rmsMid(low) - 1.0) < 1e-3);        // pass band
    QVERIFY(20.0 * std::log10(rmsMid(yh) / rmsMid(high)) < -60.0);   // stop band
    for (int i = 1000; i < n - 1000; i += 97)
        QVERIFY(std::abs(yl[size_t(i)] - low[size_t(i)]) < 2e-3);    // no delay
    QVERIFY_THROWS_EXCEPTION(Error, lowPassKernel(9000.0, sr, 255));
    QVERIFY_THROWS_EXCEPTION(Error, lowPassKernel(1000.0, sr, 256));
}

void TestExplainMath::stitchWeightsArePartitionOfUnity()
{
    const int64_t n = 1000;
    const std::vector<std::pair<int64_t, int64_t>> spans{{0, 400}, {200, 600}, {400, 800}, {600, 1000}};
    const auto w = IntegratedGradients::stitchWeights(spans, n, Stitching::Crossfade);
    for (int64_t t = 0; t < n; ++t) {
        double s = 0.0;
        for (size_t k = 0; k < spans.size(); ++k) {
            if (t < spans[k].first || t >= spans[k].second)
                QCOMPARE(w[k][size_t(t)], 0.0f);
            s += w[k][size_t(t)];
        }
        QVERIFY(std::abs(s - 1.0) < 1e-6);
    }
    QVERIFY(w[0][0] > 0.999f);                 // only window 0 covers the start
    QVERIFY(std::abs(w[0][300] - w[1][300]) < 0.02f); // equal where their tapers cross
    QVERIFY(w[1][400] > 0.99f);                // window 1's centre, windows 0 and 2 at their ends
    const auto m = IntegratedGradients::stitchWeights(spans, n, Stitching::Mean);
    QCOMPARE(m[2][500], 0.25f);
}

void TestExplainMath::envelopesByHand()
{
    // 16 kHz, 20 ms = 320 samples; 700 samples = 3 frames (the last one partial).
    std::vector<float> a(700, 0.0f);
    a[0] = 1.0f;
    a[10] = -3.0f;
    a[330] = 2.0f;
    a[699] = -0.5f;
    const AttributionEnvelopes e = attributionEnvelopes(a, 16000, 20.0, 1);
    QCOMPARE(e.frameLength, 320);
    QCOMPARE(e.signedSum, (std::vector<float>{-2.0f, 2.0f, -0.5f}));
    QCOMPARE(e.absoluteSum, (std::vector<float>{4.0f, 2.0f, 0.5f}));
    QCOMPARE(e.trend, e.signedSum);
    QCOMPARE(attributionEnvelopes(a, 16000, 20.0, 4).trendFrames, 5);
}

void TestExplainMath::rollingMedianByHand()
{
    const std::vector<float> v{5, 1, 9, 2, 8, 3};
    // window 3: [5,1] -> 3 (even: mean of the middle two), [5,1,9] -> 5, [1,9,2] -> 2, [9,2,8] -> 8, [2,8,3] -> 3, [8,3] -> 5.5
    QCOMPARE(rollingMedian(v, 3), (std::vector<float>{3.0f, 5.0f, 2.0f, 8.0f, 3.0f, 5.5f}));
    QCOMPARE(rollingMedian(v, 1), v);
}

void TestExplainMath::tfMapCarriesCompleteness()
{
    const int sr = 16000, n = 5000;
    std::vector<float> a(static_cast<size_t>(n)), diff(static_cast<size_t>(n));
    uint32_t st = 7;
    double total = 0.0;
    for (int i = 0; i < n; ++i) {
        st = st * 1664525u + 1013904223u;
        a[size_t(i)] = float(int(st >> 9) % 2001 - 1000) / 1000.0f;
        diff[size_t(i)] = float(std::sin(0.1 * i) + 0.3 * std::sin(1.3 * i));
        total += a[size_t(i)];
    }
    for (bool centred : {true, false}) {
        SpectrogramParams p;
        p.fftSize = 512;
        p.hop = 160;
        p.centred = centred;
        const TfAttribution m = tfAttribution(a, diff, p, sr);
        QCOMPARE(m.frames, p.frameCount(n));
        // The frames' spans partition the clip.
        int64_t covered = 0;
        for (int64_t t = 0; t < m.frames; ++t) {
            const auto [s0, s1] = tfFrameSpan(p, t, n);
            QCOMPARE(s0, covered);
            covered = s1;
            double row = 0.0;
            for (int b = 0; b < m.bins; ++b)
                row += m.at(t, b);
            QVERIFY(std::abs(row - m.frameSums[size_t(t)]) < 1e-4 * (1.0 + std::abs(row)));
        }
        QCOMPARE(covered, int64_t(n));
        const double mapSum = std::accumulate(m.values.begin(), m.values.end(), 0.0);
        QVERIFY2(std::abs(mapSum - total) < 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(mapSum).arg(total)));
    }
}

void TestExplainMath::tfMapFollowsDifferenceEnergy()
{
    // The difference is a 1 kHz tone: the attribution of each frame goes to the bins around 1 kHz.
    const int sr = 16000, n = 4000;
    std::vector<float> a(static_cast<size_t>(n), 1e-3f), diff(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        diff[size_t(i)] = float(0.5 * std::sin(2.0 * M_PI * 1000.0 * i / sr));
    SpectrogramParams p;
    p.fftSize = 512;
    p.hop = 160;
    const TfAttribution m = tfAttribution(a, diff, p, sr);
    const int64_t t = m.frames / 2;
    double near = 0.0, all = 0.0;
    for (int b = 0; b < m.bins; ++b) {
        all += m.at(t, b);
        if (std::abs(binCentreHz(p, b, sr) - 1000.0) <= 100.0)
            near += m.at(t, b);
    }
    QVERIFY(near / all > 0.99);
    QVERIFY_THROWS_EXCEPTION(Error, tfAttribution(a, std::vector<float>(10), p, sr));
}

void TestExplainMath::vadAndShares()
{
    // 0.5 s of tone, 0.5 s of silence, 0.5 s of tone; attribution 1 per sample in the tones, 3 in the pause.
    const int sr = 16000, n = 24000;
    std::vector<float> x(static_cast<size_t>(n), 0.0f), a(static_cast<size_t>(n), 0.0f);
    for (int i = 0; i < n; ++i) {
        const bool tone = i < 8000 || i >= 16000;
        x[size_t(i)] = tone ? float(0.3 * std::sin(2.0 * M_PI * 300.0 * i / sr)) : 0.0f;
        a[size_t(i)] = tone ? 1.0f : -3.0f;
    }
    const std::vector<uint8_t> vad = energyVad(x, 320);
    QCOMPARE(vad.size(), size_t(75));
    QCOMPARE(int(std::accumulate(vad.begin(), vad.end(), 0)), 50);
    QCOMPARE(int(vad[30]), 0);
    SpectrogramParams p;
    p.fftSize = 512;
    p.hop = 160;
    const TfAttribution m = tfAttribution(a, x, p, sr);
    const AttributionSummary s = summarizeAttribution(a, m, vad, 320, 0, n);
    QCOMPARE(s.sum, 16000.0 - 24000.0);
    QCOMPARE(s.absoluteSum, 40000.0);
    QCOMPARE(s.positiveSum, 16000.0);
    QCOMPARE(s.negativeSum, -24000.0);
    QVERIFY(std::abs(s.speechShare - 0.4) < 1e-9);
    QVERIFY(std::abs(s.pauseShare - 0.6) < 1e-9);
    QVERIFY(std::abs(s.speechTimeFraction - 2.0 / 3.0) < 1e-9);
    // A selection inside the first tone only.
    const AttributionSummary sel = summarizeAttribution(a, m, vad, 320, 1000, 5000);
    QCOMPARE(sel.absoluteSum, 4000.0);
    QCOMPARE(sel.speechShare, 1.0);
    QVERIFY(sel.bandShares[0] > 0.99); // 300 Hz
}

void TestExplainMath::bandSharesOfTone()
{
    const int sr = 16000, n = 16000;
    std::vector<float> x(static_cast<size_t>(n)), a(static_cast<size_t>(n), 0.5f);
    for (int i = 0; i < n; ++i)
        x[size_t(i)] = float(0.3 * std::sin(2.0 * M_PI * 3000.0 * i / sr));
    SpectrogramParams p;
    p.fftSize = 1024;
    p.hop = 256;
    const TfAttribution m = tfAttribution(a, x, p, sr);
    const AttributionSummary s = summarizeAttribution(a, m, energyVad(x, 320), 320, 0, n);
    QCOMPARE(s.bandNames, (QStringList{QStringLiteral("0-1 kHz"), QStringLiteral("1-2 kHz"), QStringLiteral("2-4 kHz"), QStringLiteral("4-8 kHz")}));
    QVERIFY(s.bandShares[2] > 0.99);
    QVERIFY(std::abs(std::accumulate(s.bandShares.begin(), s.bandShares.end(), 0.0) - 1.0) < 1e-9);
    SpectrogramParams mel = p;
    mel.scale = FrequencyScale::Mel;
    QVERIFY_THROWS_EXCEPTION(Error, summarizeAttribution(a, tfAttribution(a, x, mel, sr), {}, 320, 0, n));
}

void TestExplainMath::percentile()
{
    std::vector<float> v;
    for (int i = 0; i <= 100; ++i)
        v.push_back(i % 2 ? -float(i) : float(i));
    QCOMPARE(absPercentile(v, 98.0), 98.0);
    QCOMPARE(absPercentile(v, 50.0), 50.0);
    QCOMPARE(absPercentile({}, 98.0), 0.0);
}

void TestExplainMath::targets()
{
    ModelManifest det;
    det.name = QStringLiteral("det");
    det.classNames = {QStringLiteral("spoof"), QStringLiteral("bonafide")};
    det.bonafideClass = 1;
    const AttributionTarget bona = AttributionTarget::parse(QStringLiteral("bonafide")).resolvedFor(det, 2, 160);
    QCOMPARE(bona.classIndex, 1);
    QCOMPARE(bona.spoofSign(det), -1);
    const AttributionTarget margin = AttributionTarget::parse(QStringLiteral("margin")).resolvedFor(det, 2, 160);
    QCOMPARE(margin.spoofSign(det), 1);
    QCOMPARE(AttributionTarget::spoofClassOf(det), 0);
    QCOMPARE(AttributionTarget::parse(QStringLiteral("logit:0")).spoofSign(det), 1);

    ModelManifest stopa;
    stopa.name = QStringLiteral("stopa");
    stopa.bonafideClass = -1;
    for (int i = 0; i < 13; ++i)
        stopa.classNames << QStringLiteral("A%1").arg(i);
    const AttributionTarget k = AttributionTarget::parse(QStringLiteral("logit:12")).resolvedFor(stopa, 13, 160);
    QCOMPARE(k.spoofSign(stopa), 0);
    QCOMPARE(k.positiveMeaning(stopa), QStringLiteral("evidence for A12"));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::parse(QStringLiteral("logit:13")).resolvedFor(stopa, 13, 160));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::parse(QStringLiteral("margin")).resolvedFor(stopa, 13, 160));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::parse(QStringLiteral("bonafide")).resolvedFor(stopa, 13, 160));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::parse(QStringLiteral("loggit")));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::cosine(std::vector<float>(159, 1.0f), QStringLiteral("x")).resolvedFor(stopa, 13, 160));
    QVERIFY_THROWS_EXCEPTION(Error, AttributionTarget::cosine(std::vector<float>(160, 0.0f), QStringLiteral("x")).resolvedFor(stopa, 13, 160));
    QCOMPARE(AttributionTarget::cosine(std::vector<float>(160, 1.0f), QStringLiteral("AA01")).spec(), QStringLiteral("cosine:AA01"));
}

QTEST_GUILESS_MAIN(TestExplainMath)
#include "tst_explain_math.moc"
