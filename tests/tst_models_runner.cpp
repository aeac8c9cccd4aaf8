// ModelRunner: input policies (crop, repeat-pad as the AASIST reference, zero-pad, sliding windows),
// window spans, batching and score timelines, checked with a stand-in model whose outputs are
// simple functions of its input.
#include "models/ModelRunner.h"
#include "util/Error.h"

#include "fakemodel.h"

#include <QTest>
#include <cmath>
#include <numeric>

using namespace st;

using sttest::FakeModel;
using sttest::manifest;

namespace {

std::vector<float> ramp(int n, float start = 1.0f)
{
    std::vector<float> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = start + float(i);
    return v;
}

// The reference's pad(): np.tile(x, int(max_len / x_len) + 1)[:max_len], written out independently.
std::vector<float> referencePad(const std::vector<float> &x, int maxLen)
{
    if (int(x.size()) >= maxLen)
        return std::vector<float>(x.begin(), x.begin() + maxLen);
    const int reps = maxLen / int(x.size()) + 1;
    std::vector<float> tiled;
    for (int r = 0; r < reps; ++r)
        tiled.insert(tiled.end(), x.begin(), x.end());
    tiled.resize(size_t(maxLen));
    return tiled;
}

using Spans = std::vector<std::pair<int64_t, int64_t>>;

} // namespace

Q_DECLARE_METATYPE(Spans)

class TestModelsRunner : public QObject
{
    Q_OBJECT
private slots:
    void fitToLengthByHand()
    {
        const std::vector<float> x{1, 2, 3};
        QCOMPARE(ModelRunner::fitToLength(x, 7), std::vector<float>({1, 2, 3, 1, 2, 3, 1}));
        QCOMPARE(ModelRunner::fitToLength(x, 6), std::vector<float>({1, 2, 3, 1, 2, 3}));
        QCOMPARE(ModelRunner::fitToLength(x, 3), x);
        QCOMPARE(ModelRunner::fitToLength(x, 2), std::vector<float>({1, 2}));
        QCOMPARE(ModelRunner::fitToLength(x, 5, Padding::Zeros), std::vector<float>({1, 2, 3, 0, 0}));
        QCOMPARE(ModelRunner::fitToLength({}, 2), std::vector<float>({0, 0}));
    }

    void fitToLengthMatchesTheReferencePad()
    {
        for (int len : {1, 2, 7, 1000, 32299, 32300, 32301, 64599, 64600, 64601, 100000}) {
            const std::vector<float> x = ramp(len);
            QCOMPARE(ModelRunner::fitToLength(x, 64600), referencePad(x, 64600));
        }
    }

    void windowSpans_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("hop");
        QTest::addColumn<Spans>("expected");
        QTest::newRow("hop fits exactly") << 70 << 40 << 30 << Spans{{0, 40}, {30, 70}};
        QTest::newRow("last window added") << 100 << 40 << 30 << Spans{{0, 40}, {30, 70}, {60, 100}};
        QTest::newRow("overlapping tail") << 100 << 40 << 25 << Spans{{0, 40}, {25, 65}, {50, 90}, {60, 100}};
        QTest::newRow("short clip") << 30 << 40 << 30 << Spans{{0, 30}};
        QTest::newRow("exactly one window") << 40 << 40 << 30 << Spans{{0, 40}};
        QTest::newRow("hop larger than window") << 100 << 20 << 50 << Spans{{0, 20}, {50, 70}, {80, 100}};
        QTest::newRow("defaults, 5 s at 16 kHz") << 80000 << 64600 << 32000 << Spans{{0, 64600}, {15400, 80000}};
    }

    void windowSpans()
    {
        QFETCH(int, length);
        QFETCH(int, window);
        QFETCH(int, hop);
        QFETCH(Spans, expected);
        QCOMPARE(ModelRunner::windowSpans(length, window, hop), expected);
    }

    void wholeClipGivesTheClip()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::WholeClip, 64600, 32000));
        ModelRunner r(model);
        const ClipResult res = r.run(ramp(10));
        QCOMPARE(model->inputs.size(), size_t(1));
        QCOMPARE(model->inputs[0], ramp(10));
        QCOMPARE(res.embedding, std::vector<float>({5.5f, 10.0f, 1.0f}));
        QCOMPARE(res.score, 5.5);
        QVERIFY(res.higherIsBonafide);
        QCOMPARE(res.inputs, 1);
    }

    void fixedLengthRepeatPads()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 7, 3));
        ModelRunner r(model);
        r.run(std::vector<float>{1, 2, 3});
        r.run(ramp(20));
        QCOMPARE(model->inputs[0], std::vector<float>({1, 2, 3, 1, 2, 3, 1}));
        QCOMPARE(model->inputs[1], ramp(7));
    }

    void slidingWindowsAverage()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::SlidingWindows, 4, 3));
        ModelRunner r(model);
        // 0..9: windows [0,4) [3,7) [6,10): means 1.5, 4.5, 7.5 -> 4.5.
        std::vector<float> x(10);
        std::iota(x.begin(), x.end(), 0.0f);
        const ClipResult res = r.run(x);
        QCOMPARE(res.inputs, 3);
        QCOMPARE(model->inputs.size(), size_t(3));
        QCOMPARE(model->inputs[2], std::vector<float>({6, 7, 8, 9}));
        QCOMPARE(res.embedding[0], 4.5f);
        QCOMPARE(res.embedding[2], (0.0f + 3.0f + 6.0f) / 3.0f);
        QCOMPARE(res.score, 4.5);
    }

    void policyOverride()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::WholeClip, 64600, 32000));
        ModelRunner r(model);
        r.setInputPolicy(InputPolicy::FixedLength, 5);
        r.run(std::vector<float>{1, 2});
        QCOMPARE(model->inputs[0], std::vector<float>({1, 2, 1, 2, 1}));
    }

    void batchingKeepsOrder()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4, 2));
        ModelRunner r(model);
        r.setBatchSize(3);
        std::vector<std::vector<float>> clips;
        for (int i = 0; i < 7; ++i)
            clips.push_back(std::vector<float>(size_t(1 + i % 3), float(i)));
        const auto res = r.run(clips);
        QCOMPARE(model->batchSizes, std::vector<int>({3, 3, 1}));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(res[size_t(i)].score, double(i));

        // Whole clips of different lengths are batched by length.
        auto model2 = std::make_shared<FakeModel>(manifest(InputPolicy::WholeClip, 4, 2));
        ModelRunner r2(model2);
        r2.setBatchSize(8);
        const auto res2 = r2.run(clips);
        QCOMPARE(model2->batchSizes, std::vector<int>({3, 2, 2}));
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(res2[size_t(i)].score, double(i));
            QCOMPARE(res2[size_t(i)].embedding[1], float(1 + i % 3));
        }
    }

    void timeline()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 64600, 32000));
        ModelRunner r(model);
        r.setBatchSize(2);
        std::vector<float> x(100);
        std::iota(x.begin(), x.end(), 0.0f);
        const auto tl = r.timeline(x, 40, 30);
        QCOMPARE(tl.size(), size_t(3));
        QCOMPARE(tl[0].start, int64_t(0));
        QCOMPARE(tl[2].start, int64_t(60));
        QCOMPARE(tl[2].end, int64_t(100)); // the last window covers the end
        QCOMPARE(tl[0].score, 19.5);
        QCOMPARE(tl[1].score, 49.5);
        QCOMPARE(tl[2].score, 79.5);
        QCOMPARE(tl[1].logits, std::vector<float>({-49.5f, 49.5f}));

        // A clip shorter than the window: one window, repeat-padded to the window.
        model->inputs.clear();
        const auto tl2 = r.timeline(std::vector<float>{1, 2, 3}, 8, 4);
        QCOMPARE(tl2.size(), size_t(1));
        QCOMPARE(tl2[0].end, int64_t(3));
        QCOMPARE(model->inputs[0], std::vector<float>({1, 2, 3, 1, 2, 3, 1, 2}));
        QCOMPARE(tl2[0].score, 15.0 / 8.0);

        // Defaults: 64600 / 32000.
        model->inputs.clear();
        const auto tl3 = r.timeline(std::vector<float>(80000, 0.5f));
        QCOMPARE(tl3.size(), size_t(2));
        QCOMPARE(tl3[1].start, int64_t(15400));
        QCOMPARE(model->inputs[0].size(), size_t(64600));
    }

    void scoreOfANonDetectorIsNaN()
    {
        ModelManifest m = manifest(InputPolicy::WholeClip, 1, 1);
        m.bonafideClass = -1;
        QVERIFY(std::isnan(ModelRunner::detectionScore(m, {1.0f, 2.0f})));
        m.bonafideClass = 0;
        QCOMPARE(ModelRunner::detectionScore(m, {1.0f, 2.0f}), 1.0);
    }

    void emptyClipIsAnError()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::WholeClip, 4, 2));
        ModelRunner r(model);
        QVERIFY_THROWS_EXCEPTION(Error, r.run(std::vector<float>{}));
        QVERIFY_THROWS_EXCEPTION(Error, r.timeline({}));
    }
};

QTEST_GUILESS_MAIN(TestModelsRunner)
#include "tst_models_runner.moc"
