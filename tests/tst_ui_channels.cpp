// Channel selection in the viewer (offscreen, fake audio output): a stereo file written here holds a
// 1 kHz sine at amplitude 0.5 on the left and silence on the right. The waveform and spectrogram
// read-outs, the pyramid and the playback source follow View > Channel: the left channel reads the
// sine, the right reads zero, the mix-down reads half the sine.
#include "document/AudioDocument.h"
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"
#include "document/MetadataPanel.h"
#include "view/Pane.h"
#include "view/SpectrogramLayer.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "testutil.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {
constexpr int kRate = 16000;
constexpr double kAmp = 0.5;

double sineAt(int64_t f) { return kAmp * std::sin(2 * M_PI * 1000.0 * double(f) / kRate); }

QString writeStereo(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("left-sine.wav"));
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(2 * kRate, 0.0f);
    for (int i = 0; i < kRate; ++i)
        s[2 * i] = float(sineAt(i));
    sf_writef_float(f, s.data(), kRate);
    sf_close(f);
    return path;
}

QString writeMono(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("mono.wav"));
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(kRate, 0.25f);
    sf_writef_float(f, s.data(), kRate);
    sf_close(f);
    return path;
}
} // namespace

class TestUiChannels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_stereo;

    // The largest |x| over the whole file according to the document's pyramid.
    static double pyramidMax(const AudioDocument &d)
    {
        MinMax mm;
        if (!d.pyramid()->query(0, d.info().frames, mm))
            return std::nan("");
        return std::max(std::abs(double(mm.min)), std::abs(double(mm.max)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        m_stereo = writeStereo(m_tmp.path());
    }

    void documentSwitchesChannelAndPyramid()
    {
        AudioDocument d(m_stereo);
        d.startBackgroundWork(nullptr);
        QCOMPARE(d.channel(), int(MixDown));
        QSignalSpy spy(&d, &AudioDocument::channelChanged);
        // Samples: mix-down = half the sine, left = the sine, right = 0.
        QCOMPARE(d.readMono(4010, 1).at(0), float(sineAt(4010) / 2));
        QVERIFY(std::abs(pyramidMax(d) - kAmp / 2) < 1e-3);
        d.setChannel(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(d.readMono(4010, 1).at(0), float(sineAt(4010)));
        QVERIFY(std::abs(pyramidMax(d) - kAmp) < 1e-3);
        d.setChannel(1);
        // The pyramid was rebuilt for the channel: its min/max over the whole file is zero.
        QCOMPARE(pyramidMax(d), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::exception, d.setChannel(2));
        QVERIFY_THROWS_EXCEPTION(std::exception, d.setChannel(-2));
        QCOMPARE(d.channel(), 1);
        d.setChannel(1); // no change, no signal
        QCOMPARE(spy.count(), 2);
    }

    void windowReadoutsFollowTheChannel()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.channelMenu());
        QVERIFY(!w.channelMenu()->isEnabled()); // no file
        QVERIFY(!w.setChannel(0));
        QVERIFY(w.openFile(m_stereo));
        QVERIFY(w.channelMenu()->isEnabled());
        QCOMPARE(w.channelMenu()->actions().size(), 3); // Mix-down, Channel 1, Channel 2
        QVERIFY(w.channelMenu()->actions().at(0)->isChecked());
        QCOMPARE(w.metadataPanel()->fieldText(QStringLiteral("channels")), QStringLiteral("2 (stereo; shown mixed down)"));

        SpectrogramSettings s = w.spectrogramLayer()->settings();
        s.params.fftSize = 512;
        s.params.hop = 128;
        s.params.scale = FrequencyScale::Linear;
        s.params.window = WindowType::Hann;
        w.spectrogramLayer()->setSettings(s);

        auto specDb = [&]() {
            Pane *sp = w.spectrogramPane();
            const QRect r = sp->dataRect();
            const double x = r.left() + w.viewState()->frameToX(8000);
            const double y = r.bottom() + 1 - (32.0 / 256.0) * r.height();
            const SpectrogramLayer::Probe pr = w.spectrogramLayer()->probe(*sp, QPointF(x, y));
            return pr.valid ? pr.db : std::nan("");
        };
        auto waveText = [&]() {
            w.viewState()->zoomToRange(4000, 4000 + w.viewState()->width() / 16.0);
            Pane *wp = w.waveformPane();
            const double wx = wp->dataRect().left() + w.viewState()->frameToX(4010 + 0.5);
            const QString t = wp->readoutAt(QPointF(wx, wp->dataRect().center().y()));
            w.viewState()->fitAll();
            return t;
        };
        auto sampleText = [](double v) { return QStringLiteral("sample 4010 = %1").arg(v, 0, 'f', 5); };

        // Mix-down: the sine at half amplitude, -12.04 dB in bin 32.
        QVERIFY(w.waitUntilReady(30000));
        QVERIFY2(std::abs(specDb() - 20 * std::log10(kAmp / 2)) < 0.05, qPrintable(QString::number(specDb())));
        QVERIFY2(waveText().contains(sampleText(sineAt(4010) / 2)), qPrintable(waveText()));

        // Channel 1 (left) through the menu: the full sine, -6.02 dB.
        w.channelMenu()->actions().at(1)->trigger();
        QCOMPARE(w.document()->channel(), 0);
        QVERIFY(w.channelMenu()->actions().at(1)->isChecked());
        QCOMPARE(w.metadataPanel()->fieldText(QStringLiteral("channels")), QStringLiteral("2 (stereo; showing channel 1)"));
        QVERIFY(w.waitUntilReady(30000));
        QVERIFY2(std::abs(specDb() - 20 * std::log10(kAmp)) < 0.05, qPrintable(QString::number(specDb())));
        QVERIFY2(waveText().contains(sampleText(sineAt(4010))), qPrintable(waveText()));

        // Channel 2 (right): silence.
        QVERIFY(w.setChannel(1));
        QVERIFY(w.waitUntilReady(30000));
        QVERIFY2(specDb() < -100, qPrintable(QString::number(specDb())));
        QVERIFY2(waveText().contains(sampleText(0.0)), qPrintable(waveText()));
        QVERIFY(!w.setChannel(5));
        QVERIFY(!w.lastError().isEmpty());
        QCOMPARE(w.document()->channel(), 1);

        // Back to the mix-down.
        QVERIFY(w.setChannel(MixDown));
        QVERIFY(w.waitUntilReady(30000));
        QVERIFY(std::abs(specDb() - 20 * std::log10(kAmp / 2)) < 0.05);
    }

    void monoDisablesTheChooser()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        QVERIFY(w.openFile(writeMono(m_tmp.path())));
        QVERIFY(!w.channelMenu()->isEnabled());
        QVERIFY(w.setChannel(0));
        QCOMPARE(w.document()->readMono(10, 1).at(0), 0.25f);
    }
};

QTEST_MAIN(TestUiChannels)
#include "tst_ui_channels.moc"
