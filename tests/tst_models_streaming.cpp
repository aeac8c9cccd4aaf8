// ModelRunner on evidence files (issue 9): fixed-length inputs decode only the head of a long
// recording, sliding windows and timelines stream window by window and equal the in-memory runs,
// Ctrl-C (a progress callback saying stop) ends a run promptly, and input the model cannot judge is
// refused or warned about instead of scored with confidence.
#include "audio/AudioFile.h"
#include "jobs/Job.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include "audiotestutil.h"
#include "fakemodel.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace st;
using namespace sttest;

namespace {

std::vector<float> speechLike(int rate, int64_t n)
{
    std::vector<float> x = sineWave(rate, n, 180, 0.3);
    for (int64_t i = 0; i < n; ++i)
        x[size_t(i)] += float(0.1 * std::sin(0.37 * double(i)) * std::sin(2e-4 * double(i)));
    return x;
}

} // namespace

class TestModelsStreaming : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString wav(const QString &name, int rate, const std::vector<float> &x)
    {
        const QString p = m_dir.filePath(name);
        putBytes(p, wavBytes(uint32_t(rate), 1, x));
        return p;
    }

private slots:
    void fixedLengthDecodesOnlyTheHead()
    {
        // 60 s: its whole decode (3.8 MB) is over the 1 MB budget, the 4000-sample head is not.
        const QString p = wav(QStringLiteral("long.wav"), 16000, speechLike(16000, 16000 * 60));
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4000, 2000));
        ModelRunner runner(model);
        AudioFile f(p);
        qputenv("SOURCETRACE_MEMORY_LIMIT", "1M");
        const QString whole = errorFrom([&] { f.readAll(MixDown, 16000); });
        ClipResult r;
        const QString e = errorFrom([&] { r = runner.runFile(f, MixDown); });
        qunsetenv("SOURCETRACE_MEMORY_LIMIT");
        QVERIFY2(whole.contains(QLatin1String("needs")), qPrintable(whole));
        QCOMPARE(e, QStringLiteral("NO ERROR"));
        QCOMPARE(model->inputs.size(), size_t(1));
        const std::vector<float> all = f.readAll(MixDown, 16000);
        QCOMPARE(model->inputs[0], std::vector<float>(all.begin(), all.begin() + 4000));
        QCOMPARE(r.clipSamples, int64_t(16000 * 60));
        QCOMPARE(r.analysedStart, int64_t(0));
        QCOMPARE(r.analysedEnd, int64_t(4000));
        QVERIFY2(r.warnings.join(QString()).contains(QLatin1String("only the first 0.25 s of 60.00 s")),
                 qPrintable(r.warnings.join(QLatin1Char('|'))));
    }

    void streamedWindowsEqualInMemory_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("samples");
        QTest::addRow("shorter than a window") << 16000 << 3000;
        QTest::addRow("exact windows") << 16000 << 16000;
        QTest::addRow("remainder") << 16000 << 17777;
        QTest::addRow("resampled 22050") << 22050 << 22050 * 3 + 17;
        QTest::addRow("long") << 16000 << 16000 * 20 + 5;
    }

    void streamedWindowsEqualInMemory()
    {
        QFETCH(int, rate);
        QFETCH(int, samples);
        const QString p = wav(QStringLiteral("w_%1_%2.wav").arg(rate).arg(samples), rate, speechLike(rate, samples));
        AudioFile f(p);
        const std::vector<float> clip = f.readAll(MixDown, 16000);

        auto a = std::make_shared<FakeModel>(manifest(InputPolicy::SlidingWindows, 4000, 3000));
        auto b = std::make_shared<FakeModel>(manifest(InputPolicy::SlidingWindows, 4000, 3000));
        ModelRunner inMemory(a), streamed(b);
        streamed.setBatchSize(3);
        const ClipResult x = inMemory.run(clip);
        int calls = 0;
        const ClipResult y = streamed.runFile(f, MixDown, [&](double) { return ++calls > 0; });
        QCOMPARE(y.inputs, x.inputs);
        QCOMPARE(b->inputs.size(), a->inputs.size());
        for (size_t i = 0; i < a->inputs.size(); ++i) {
            QCOMPARE(b->inputs[i].size(), a->inputs[i].size());
            for (size_t k = 0; k < a->inputs[i].size(); ++k)
                QVERIFY(std::fabs(a->inputs[i][k] - b->inputs[i][k]) < 1e-5f);
        }
        for (size_t j = 0; j < x.logits.size(); ++j)
            QVERIFY(std::fabs(x.logits[j] - y.logits[j]) < 1e-5f);
        QCOMPARE(y.clipSamples, int64_t(clip.size()));
        QVERIFY(calls >= 2);

        // The timeline: the same spans and scores as the in-memory one.
        auto c = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4000, 3000));
        ModelRunner tlRunner(c);
        const auto t1 = tlRunner.timeline(clip, 4000, 3000);
        const auto t2 = tlRunner.timelineFile(f, MixDown, 4000, 3000);
        QCOMPARE(t2.size(), t1.size());
        for (size_t i = 0; i < t1.size(); ++i) {
            QCOMPARE(t2[i].start, t1[i].start);
            QCOMPARE(t2[i].end, t1[i].end);
            QVERIFY(std::fabs(t2[i].score - t1[i].score) < 1e-5);
        }
    }

    void cancelStopsBetweenWindows()
    {
        const QString p = wav(QStringLiteral("cancel.wav"), 16000, speechLike(16000, 16000 * 120));
        AudioFile f(p);
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4000, 2000));
        ModelRunner runner(model);
        int calls = 0;
        bool cancelled = false;
        try {
            runner.timelineFile(f, MixDown, 4000, 2000, [&](double) { return ++calls < 5; });
        } catch (const JobCancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        // 120 s would be 959 windows; it stopped within a few.
        QVERIFY2(model->inputs.size() < 10, qPrintable(QString::number(model->inputs.size())));
    }

    void unjudgeableInputIsRefused_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("samples");
        QTest::addColumn<bool>("silent");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one sample") << 16000 << 1 << false << "too short to judge: 1 sample";
        QTest::addRow("resamples to 16 samples") << 1000 << 1 << false << "too short to judge:";
        QTest::addRow("digital silence") << 16000 << 16000 * 30 << true << "digital silence";
    }

    void unjudgeableInputIsRefused()
    {
        QFETCH(int, rate);
        QFETCH(int, samples);
        QFETCH(bool, silent);
        QFETCH(QString, expected);
        std::vector<float> x = silent ? std::vector<float>(size_t(samples), 0.0f) : speechLike(rate, samples);
        if (!silent)
            x[0] = 0.4f;
        const QString p = wav(QStringLiteral("u_%1.wav").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')), rate, x);
        AudioFile f(p);
        for (InputPolicy policy : {InputPolicy::FixedLength, InputPolicy::SlidingWindows, InputPolicy::WholeClip}) {
            auto model = std::make_shared<FakeModel>(manifest(policy, 4000, 2000));
            ModelRunner runner(model);
            const QString e = errorFrom([&] { runner.runFile(f, MixDown); });
            QVERIFY2(e.startsWith(f.info().path + QLatin1String(": ")) && e.contains(expected), qPrintable(e));
        }
    }

    void doubtfulInputIsWarned()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4000, 2000));
        ModelRunner runner(model);
        // Half a second: short.
        QVERIFY(runner.assessInput(speechLike(16000, 8000), QStringLiteral("x")).join(QString()).contains(QLatin1String("only 0.50 s long")));
        // -80 dBFS: nearly silent.
        std::vector<float> quiet = sineWave(16000, 32000, 300, 1e-4);
        QVERIFY(runner.assessInput(quiet, QStringLiteral("x")).join(QString()).contains(QLatin1String("nearly silent")));
        // A float sample of 3e38: beyond full scale.
        std::vector<float> hot = speechLike(16000, 32000);
        hot[100] = 3e38f;
        QVERIFY(runner.assessInput(hot, QStringLiteral("x")).join(QString()).contains(QLatin1String("exceed full scale")));
        QVERIFY(runner.assessInput(speechLike(16000, 32000), QStringLiteral("x")).isEmpty());
    }

    void nonFiniteResultsAreErrors()
    {
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::FixedLength, 4000, 2000));
        model->produceNaN = true;
        ModelRunner runner(model);
        const QString e = errorFrom([&] { runner.run(speechLike(16000, 8000)); });
        QVERIFY2(e.contains(QLatin1String("non-finite")) && e.contains(QLatin1String("no score")), qPrintable(e));
        const QString t = errorFrom([&] { runner.timeline(speechLike(16000, 8000), 4000, 2000); });
        QVERIFY2(t.contains(QLatin1String("non-finite")), qPrintable(t));
    }

    void wholeClipChecksMemoryFirst()
    {
        const QString p = wav(QStringLiteral("whole.wav"), 16000, speechLike(16000, 16000 * 10));
        AudioFile f(p);
        auto model = std::make_shared<FakeModel>(manifest(InputPolicy::WholeClip, 0, 0));
        ModelRunner runner(model);
        qputenv("SOURCETRACE_MEMORY_LIMIT", "64M"); // 10 s whole-clip: ~160 MB of activations
        const QString e = errorFrom([&] { runner.runFile(f, MixDown); });
        qunsetenv("SOURCETRACE_MEMORY_LIMIT");
        QVERIFY2(e.startsWith(f.info().path + QLatin1String(": ")) && e.contains(QLatin1String("whole-clip"))
                     && e.contains(QLatin1String("sliding-windows")),
                 qPrintable(e));
        QVERIFY(model->inputs.empty());
    }
};

QTEST_GUILESS_MAIN(TestModelsStreaming)
#include "tst_models_streaming.moc"
