// PortAudioOutput against the real PortAudio library. With no sound card it must say it is
// unavailable and refuse to start with a reason. With ALSA's null device (a private ALSA
// configuration, as on CI) it opens, pulls frames from the render callback, and reports the end.
#include "playback/PlaybackController.h"
#include "playback/PortAudioOutput.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

using namespace st;

class TestUiPortAudio : public QObject
{
    Q_OBJECT
private slots:
    void withoutDevicesSaysSo()
    {
        if (qEnvironmentVariableIsSet("ALSA_CONFIG_PATH"))
            QSKIP("ALSA_CONFIG_PATH is set by the environment");
        PortAudioOutput out;
        if (out.isAvailable())
            QSKIP("this machine has an audio device");
        QVERIFY(!out.unavailableReason().isEmpty());
        QString error;
        QVERIFY(!out.start(16000, [](float *, int) { return 0; }, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!out.isRunning());
        out.stop(); // harmless
    }

    void nullDevicePlaysToTheEnd()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("asound.conf"));
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("pcm.!default { type null }\nctl.!default { type hw card 0 }\n");
        }
        qputenv("ALSA_CONFIG_PATH", conf.toLocal8Bit());
        PortAudioOutput out;
        if (!out.isAvailable())
            QSKIP("ALSA's null device is not usable here");
        QVERIFY(!out.deviceNames().isEmpty());
        PlaybackController pc(&out);
        std::atomic<int64_t> pulled{0};
        pc.setSource(16000, 4000, [&pulled](int64_t start, int64_t count) {
            std::vector<float> v(size_t(std::max<int64_t>(0, std::min<int64_t>(count, 4000 - start))), 0.1f);
            pulled += int64_t(v.size());
            return v;
        });
        QVERIFY(pc.play());
        // The null device is not paced: it swallows the 4000 frames at once and the stream ends.
        QTRY_COMPARE_WITH_TIMEOUT(pc.state(), PlaybackController::State::Stopped, 10000);
        QVERIFY(pulled.load() >= 4000);
        qunsetenv("ALSA_CONFIG_PATH");
    }
};

QTEST_GUILESS_MAIN(TestUiPortAudio)
#include "tst_ui_portaudio.moc"
