// The main window end to end (offscreen, fake audio output): opening files (and broken ones, which
// must give an error, not a crash), metadata from the data (SHA-256 checked against an independent
// hash), read-outs from the data (a sample value, the level of a known sine in its bin), exports of
// the view (PNG, SVG) and of a selection's spectrogram (CSV, .npy + JSON), playback state in the UI.
#include "document/AudioDocument.h"
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"
#include "document/MetadataPanel.h"
#include "view/Pane.h"
#include "playback/PlaybackController.h"
#include "view/SpectrogramLayer.h"
#include "view/TimeRuler.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "testutil.h"
#include "util/Npy.h"

#include <QAction>
#include <QCryptographicHash>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {
constexpr int kRate = 16000;
constexpr double kAmp = 0.5;
constexpr double kHz = 1000.0;

double sineAt(int64_t f) { return kAmp * std::sin(2 * M_PI * kHz * double(f) / kRate); }

// A 1 s float WAV holding a 1 kHz sine at amplitude 0.5 (-6.02 dBFS): a 512-point FFT puts it exactly
// on bin 32, where the window-normalised power is 0.25 = -6.02 dB.
QString writeSine(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("sine1k.wav"));
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(kRate);
    for (int i = 0; i < kRate; ++i)
        s[i] = float(sineAt(i));
    sf_writef_float(f, s.data(), kRate);
    sf_close(f);
    return path;
}

QString sha256Independent(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestUiWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_sine;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Keep the user's settings (recent files) out of the tests.
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        m_sine = writeSine(m_tmp.path());
    }

    void opensDemoClipWithMetadata()
    {
        const QString demo = sttest::sourceDir() + QStringLiteral("/resources/demo/demo.flac");
        QVERIFY2(QFile::exists(demo), qPrintable(demo));
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(demo));
        QVERIFY(w.document());
        QCOMPARE(w.document()->info().sampleRate, 16000);
        QVERIFY(w.waitUntilReady(30000));
        MetadataPanel *m = w.metadataPanel();
        QCOMPARE(m->fieldText("rate"), QStringLiteral("16000 Hz"));
        QCOMPARE(m->fieldText("frames"), QString::number(w.document()->info().frames));
        QCOMPARE(m->fieldText("sha256").remove(QLatin1Char('\n')), sha256Independent(demo));
        QVERIFY(m->fieldText("peak").contains(QStringLiteral("dBFS")));
        QCOMPARE(m->fieldText("clipped"), QStringLiteral("none"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("demo.flac")));
        QCOMPARE(MainWindow::recentFiles().value(0), QFileInfo(demo).absoluteFilePath());
        // Fit all: the whole file is in view.
        QCOMPARE(w.viewState()->startFrame(), 0.0);
        QCOMPARE(w.viewState()->endFrame(), double(w.document()->info().frames));
    }

    void brokenAndMissingFilesGiveErrors()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.show();
        const QString broken = QDir(m_tmp.path()).filePath(QStringLiteral("broken.wav"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // 48 bytes: the literal itself (ASan caught a write of 48 bytes from a shorter literal).
            static const char raw[] = "RIFF\x10\x00\x00\x00WAVEfmt this is not a wave file at all";
            const QByteArray bytes = QByteArray(raw, int(sizeof raw) - 1).leftJustified(48, '\0');
            f.write(bytes);
        }
        QVERIFY(!w.openFile(broken));
        QVERIFY(w.lastError().contains(QStringLiteral("broken.wav")));
        QVERIFY(!w.document());
        const QString missing = QDir(m_tmp.path()).filePath(QStringLiteral("missing.flac"));
        QVERIFY(!w.openFile(missing));
        QVERIFY(w.lastError().contains(QStringLiteral("missing.flac")));
        // A good file still opens afterwards, and a broken one then leaves it open.
        QVERIFY(w.openFile(m_sine));
        QVERIFY(!w.openFile(broken));
        QVERIFY(w.document());
        QCOMPARE(w.document()->info().frames, int64_t(kRate));
    }

    void readoutsComeFromTheData()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_sine));
        SpectrogramSettings s = w.spectrogramLayer()->settings();
        s.params.fftSize = 512;
        s.params.hop = 128;
        s.params.scale = FrequencyScale::Linear;
        s.params.window = WindowType::Hann;
        w.spectrogramLayer()->setSettings(s);
        QVERIFY(w.waitUntilReady(30000));

        // Spectrogram: the 1 kHz row in the middle of the file reads bin 32 at -6.02 dB.
        Pane *sp = w.spectrogramPane();
        const QRect r = sp->dataRect();
        const double x = r.left() + w.viewState()->frameToX(8000);
        const double y = r.bottom() + 1 - (32.0 / 256.0) * r.height();
        const SpectrogramLayer::Probe pr = w.spectrogramLayer()->probe(*sp, QPointF(x, y));
        QVERIFY(pr.valid);
        QCOMPARE(pr.bin, 32);
        QCOMPARE(pr.binHz, 1000.0);
        QVERIFY2(std::abs(pr.db - 20 * std::log10(kAmp)) < 0.05, qPrintable(QString::number(pr.db)));
        const QString text = sp->readoutAt(QPointF(x, y));
        QVERIFY2(text.contains(QStringLiteral("bin 32")), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("0:00:00.5")));
        // Far from the tone the level is far lower.
        const SpectrogramLayer::Probe quiet = w.spectrogramLayer()->probe(*sp, QPointF(x, r.top() + 10));
        QVERIFY(quiet.valid && quiet.db < pr.db - 60);

        // Waveform, zoomed in to single samples: the read-out is the sample value.
        w.viewState()->zoomToRange(4000, 4000 + w.viewState()->width() / 16.0);
        Pane *wp = w.waveformPane();
        const int64_t f = 4010;
        const double wx = wp->dataRect().left() + w.viewState()->frameToX(f + 0.5);
        const QString wt = wp->readoutAt(QPointF(wx, wp->dataRect().center().y()));
        QVERIFY2(wt.contains(QStringLiteral("sample 4010 = %1").arg(sineAt(f), 0, 'f', 5)), qPrintable(wt));
        QCOMPARE(WaveformLayer::modeFor(w.viewState()->framesPerPixel(), 256), WaveformLayer::Mode::LineWithDots);
    }

    void mouseSelectsPansAndZooms()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_sine));
        ViewState *v = w.viewState();
        Pane *p = w.waveformPane();
        const QRect r = p->dataRect();
        const int y = r.center().y();
        // Drag from view pixel 100 to 300: selects those frames.
        const int64_t a = int64_t(std::llround(v->xToFrame(100))), b = int64_t(std::llround(v->xToFrame(300)));
        QTest::mousePress(p, Qt::LeftButton, {}, QPoint(r.left() + 100, y));
        QTest::mouseMove(p, QPoint(r.left() + 200, y));
        QTest::mouseMove(p, QPoint(r.left() + 300, y));
        QTest::mouseRelease(p, Qt::LeftButton, {}, QPoint(r.left() + 300, y));
        QVERIFY(v->hasSelection());
        QVERIFY(std::abs(v->selectionStart() - a) <= 1);
        QVERIFY(std::abs(v->selectionEnd() - b) <= 1);
        // The status read-out follows the pointer and starts with its time.
        QVERIFY(w.readoutText().startsWith(TimeRuler::formatTime(v->frameToSeconds(std::floor(v->xToFrame(300))), 3)));
        // The wheel zooms in about the pointer: the frame under it stays there.
        const double anchor = v->xToFrame(400);
        QWheelEvent wheel(QPointF(r.left() + 400, y), p->mapToGlobal(QPointF(r.left() + 400, y)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(p, &wheel);
        QVERIFY(v->framesPerPixel() < double(kRate) / v->width());
        QVERIFY(std::abs(v->frameToX(anchor) - 400) < 1e-6);
        // Shift+drag pans: moving the content right by 50 px shows earlier frames.
        const double start = v->startFrame();
        QTest::mousePress(p, Qt::LeftButton, Qt::ShiftModifier, QPoint(r.left() + 500, y));
        QTest::mouseMove(p, QPoint(r.left() + 450, y));
        QTest::mouseRelease(p, Qt::LeftButton, Qt::ShiftModifier, QPoint(r.left() + 450, y));
        QVERIFY(std::abs(v->startFrame() - (start + 50 * v->framesPerPixel())) < 1e-6);
        // A click without dragging clears the selection and moves the play position there.
        QTest::mouseClick(p, Qt::LeftButton, {}, QPoint(r.left() + 10, y));
        QVERIFY(!v->hasSelection());
        QCOMPARE(w.playback()->position(), int64_t(std::floor(v->xToFrame(10))));
    }

    void exportsViewAndSelection()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_sine));
        QVERIFY(w.waitUntilReady(30000));
        const QString png = QDir(m_tmp.path()).filePath(QStringLiteral("view.png"));
        const QString svg = QDir(m_tmp.path()).filePath(QStringLiteral("view.svg"));
        QVERIFY(w.exportViewImage(png));
        QVERIFY(w.exportViewImage(svg));
        QImage img(png);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), w.waveformPane()->width());
        QVERIFY(img.height() > w.waveformPane()->height() + w.spectrogramPane()->height());
        QFile sf(svg);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray svgText = sf.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("sine1k.wav"));
        // Unwritable place: an error, not a crash.
        QVERIFY(!w.exportViewImage(QStringLiteral("/nonexistent-dir/x.png")));

        // Selection spectrogram as data.
        const QString npy = QDir(m_tmp.path()).filePath(QStringLiteral("sel.npy"));
        const QString csv = QDir(m_tmp.path()).filePath(QStringLiteral("sel.csv"));
        QVERIFY(!w.exportSelectionSpectrogram(npy, true)); // no selection yet
        w.viewState()->setSelection(4000, 8000);
        QVERIFY(w.exportSelectionSpectrogram(npy, true));
        QVERIFY(w.exportSelectionSpectrogram(csv, true));
        std::vector<int64_t> shape;
        const std::vector<float> data = readNpy(npy, shape);
        QCOMPARE(shape.size(), size_t(2));
        QCOMPARE(shape[1], int64_t(w.spectrogramLayer()->settings().params.bins()));
        QVERIFY(shape[0] > 0);
        QVERIFY(QFile::exists(QDir(m_tmp.path()).filePath(QStringLiteral("sel.json"))));
        QVERIFY(QFileInfo(csv).size() > 100);
    }

    void playbackStateInTheUi()
    {
        auto *fake = new FakeAudioOutput;
        MainWindow w{std::unique_ptr<AudioOutput>(fake)};
        w.setInteractive(false);
        w.resize(1000, 700);
        w.show();
        QVERIFY(w.openFile(m_sine));
        QVERIFY(w.playAction()->isEnabled());
        w.viewState()->setSelection(1000, 2000);
        QVERIFY(w.playback()->playRange(1000, 2000));
        fake->pump(500);
        QTRY_COMPARE(w.viewState()->playFrame(), int64_t(1500));
        fake->pump(600);
        QCOMPARE(w.playback()->state(), PlaybackController::State::Stopped);

        MainWindow silent{std::unique_ptr<AudioOutput>(new FakeAudioOutput(false))};
        silent.setInteractive(false);
        QVERIFY(silent.openFile(m_sine));
        QVERIFY(!silent.playAction()->isEnabled());
        QVERIFY(silent.playAction()->toolTip().contains(QStringLiteral("no audio output")));
    }
};

QTEST_MAIN(TestUiWindow)
#include "tst_ui_window.moc"
