// The playback position logic, driven by a fake output: play to the end, play a selection (stops at
// its end), loop (wraps), pause/resume (continues where it paused), stop (back to the start), seek,
// and no device (says so, nothing crashes).
#include "playback/FakeAudioOutput.h"
#include "playback/PlaybackController.h"

#include <QSignalSpy>
#include <QtTest>

using namespace st;

namespace {
// A document whose frame i has value i (exactly representable up to 2^24), so played frames say
// which frames they were.
PlaybackController::Reader rampReader(int64_t total)
{
    return [total](int64_t start, int64_t count) {
        std::vector<float> out;
        for (int64_t i = std::max<int64_t>(0, start); i < std::min(total, start + count); ++i)
            out.push_back(float(i));
        return out;
    };
}
std::vector<float> ramp(int64_t a, int64_t b)
{
    std::vector<float> v;
    for (int64_t i = a; i < b; ++i)
        v.push_back(float(i));
    return v;
}
} // namespace

class TestUiPlayback : public QObject
{
    Q_OBJECT
private slots:
    void playToEnd()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        pc.setSource(8000, 3000, rampReader(3000));
        QSignalSpy states(&pc, &PlaybackController::stateChanged);
        QVERIFY(pc.play());
        QCOMPARE(pc.state(), PlaybackController::State::Playing);
        QCOMPARE(out.sampleRate(), 8000);
        QCOMPARE(out.pump(1024), 1024);
        QCOMPARE(pc.position(), int64_t(1024));
        QCOMPARE(out.pump(1024), 1024);
        QCOMPARE(out.pump(1024), 952);
        QCOMPARE(pc.state(), PlaybackController::State::Stopped);
        QCOMPARE(out.played(), ramp(0, 3000));
        QCOMPARE(states.count(), 2);
        QCOMPARE(pc.position(), int64_t(0)); // back to where it started
    }

    void playSelectionStopsAtItsEnd()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        pc.setSource(16000, 10000, rampReader(10000));
        QVERIFY(pc.playRange(2000, 1000)); // order does not matter
        QCOMPARE(out.pump(512), 512);
        QCOMPARE(pc.position(), int64_t(1512));
        QCOMPARE(out.pump(512), 488);
        QCOMPARE(pc.state(), PlaybackController::State::Stopped);
        QCOMPARE(out.played(), ramp(1000, 2000));
        QCOMPARE(pc.position(), int64_t(1000));
        QCOMPARE(out.pump(512), 0); // the output stopped
    }

    void loopWraps()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        pc.setSource(16000, 10000, rampReader(10000));
        pc.setLoop(true);
        QVERIFY(pc.playRange(100, 200));
        QCOMPARE(out.pump(250), 250);
        QCOMPARE(pc.state(), PlaybackController::State::Playing);
        QCOMPARE(pc.position(), int64_t(150));
        std::vector<float> expect = ramp(100, 200);
        const auto again = ramp(100, 200), half = ramp(100, 150);
        expect.insert(expect.end(), again.begin(), again.end());
        expect.insert(expect.end(), half.begin(), half.end());
        QCOMPARE(out.played(), expect);
        // Turning the loop off lets it end at the range end.
        pc.setLoop(false);
        QCOMPARE(out.pump(100), 50);
        QCOMPARE(pc.state(), PlaybackController::State::Stopped);
    }

    void pauseAndResume()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        pc.setSource(16000, 10000, rampReader(10000));
        QVERIFY(pc.play());
        out.pump(300);
        pc.pause();
        QCOMPARE(pc.state(), PlaybackController::State::Paused);
        QCOMPARE(pc.position(), int64_t(300));
        QCOMPARE(out.pump(100), 0); // paused: nothing is pulled
        pc.togglePlayPause();       // resumes
        QCOMPARE(pc.state(), PlaybackController::State::Playing);
        out.pump(100);
        const std::vector<float> tail(out.played().end() - 100, out.played().end());
        QCOMPARE(tail, ramp(300, 400));
        pc.stop();
        QCOMPARE(pc.state(), PlaybackController::State::Stopped);
        QCOMPARE(pc.position(), int64_t(0));
    }

    void seekSetsStartPoint()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        pc.setSource(16000, 10000, rampReader(10000));
        QSignalSpy pos(&pc, &PlaybackController::positionChanged);
        pc.seek(9000);
        QCOMPARE(pos.count(), 1);
        QCOMPARE(pos.first().first().toLongLong(), qint64(9000));
        QVERIFY(pc.play());
        QCOMPARE(out.pump(2000), 1000);
        QCOMPARE(out.played(), ramp(9000, 10000));
        QCOMPARE(pc.position(), int64_t(9000));
        pc.seek(20000); // clamped to the end: next play starts from 0
        QCOMPARE(pc.position(), int64_t(10000));
        QVERIFY(pc.play());
        QCOMPARE(pc.rangeStart(), int64_t(0));
        // Seeking while playing jumps there.
        pc.seek(5000);
        out.pump(10);
        const std::vector<float> tail(out.played().end() - 10, out.played().end());
        QCOMPARE(tail, ramp(5000, 5010));
    }

    void noDevice()
    {
        FakeAudioOutput out(false);
        PlaybackController pc(&out);
        pc.setSource(16000, 10000, rampReader(10000));
        QSignalSpy errors(&pc, &PlaybackController::errorOccurred);
        QVERIFY(!pc.play());
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("no audio output")));
        QCOMPARE(pc.state(), PlaybackController::State::Stopped);
        QVERIFY(!pc.playRange(0, 100));
        pc.pause();
        pc.stop();
    }

    void noSource()
    {
        FakeAudioOutput out;
        PlaybackController pc(&out);
        QVERIFY(!pc.play());
        QVERIFY(!pc.playRange(0, 100));
        pc.setSource(16000, 100, rampReader(100));
        QVERIFY(!pc.playRange(50, 50)); // empty range
    }
};

QTEST_GUILESS_MAIN(TestUiPlayback)
#include "tst_ui_playback.moc"
