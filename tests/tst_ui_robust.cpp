// The GUI keeps running on corrupt evidence (issue 9): a float WAV with NaN/Inf samples, a cut FLAC
// or MP3 and an absurd header are shown as errors naming the file, never an abort from a paint
// event; and SafeApplication catches what an event handler lets through.
#include "window/MainWindow.h"
#include "view/Pane.h"
#include "common/SafeApplication.h"
#include "view/ViewState.h"

#include "audiotestutil.h"

#include <QEvent>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace st;
using namespace sttest;

namespace {

class Thrower : public QObject
{
public:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::User)
            throw Error(QStringLiteral("/evidence/x.wav"), QStringLiteral("thrown from an event handler"));
        return QObject::event(e);
    }
};

} // namespace

class TestUiRobust : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /// Opens `path`, paints the window at the whole-file zoom and zoomed in to single samples (the raw
    /// read path of the waveform), and lets the background jobs finish.
    QString openAndPaint(const QString &path, bool *opened, int *bannerPixels = nullptr)
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1200, 760);
        w.show();
        *opened = w.openFile(path);
        if (*opened) {
            w.waitUntilReady(20000);
            w.grab();
            w.viewState()->zoomToRange(100, 400);
            w.grab();
            w.viewState()->zoomToRange(0, 4000);
            w.grab();
            QTest::qWait(200);
            w.grab();
            if (bannerPixels) {
                // The damage banner across the top of the waveform pane (a flat line must not pass for silence).
                w.viewState()->zoomToRange(0, w.viewState()->totalFrames());
                const QImage img = w.waveformPane()->grab().toImage();
                *bannerPixels = 0;
                for (int y = 0; y < std::min(40, img.height()); ++y)
                    for (int x = 0; x < img.width(); ++x) {
                        const QColor c = img.pixelColor(x, y);
                        if (c.red() > 90 && c.green() < 70 && c.blue() < 50)
                            ++*bannerPixels;
                    }
            }
        }
        return w.lastError();
    }

private slots:
    void nonFiniteSamples_data()
    {
        QTest::addColumn<float>("bad");
        QTest::addRow("NaN") << std::numeric_limits<float>::quiet_NaN();
        QTest::addRow("Inf") << std::numeric_limits<float>::infinity();
    }

    void nonFiniteSamples()
    {
        QFETCH(float, bad);
        std::vector<float> x = sineWave(16000, 16000, 300, 0.3);
        x[200] = bad;
        const QString p = m_dir.filePath(QStringLiteral("bad_%1.wav").arg(QTest::currentDataTag()));
        QVERIFY(putBytes(p, wavBytes(16000, 1, x, true)));
        const QByteArray before = sha256Of(p);
        bool opened = false;
        int banner = 0;
        const QString e = openAndPaint(p, &opened, &banner);
        QVERIFY(opened); // the header is fine; the samples are not
        QVERIFY2(banner > 200, qPrintable(QString::number(banner)));
        QVERIFY2(e.contains(p) && (e.contains(QLatin1String("NaN")) || e.contains(QLatin1String("infinite"))), qPrintable(e));
        QCOMPARE(sha256Of(p), before);
    }

    void cutCompressedFiles_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("ext");
        QTest::addRow("flac") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << "flac";
        QTest::addRow("mp3") << int(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << "mp3";
        QTest::addRow("vorbis") << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS) << "ogg";
    }

    void cutCompressedFiles()
    {
        QFETCH(int, format);
        QFETCH(QString, ext);
        const QString good = m_dir.filePath(QStringLiteral("good.") + ext);
        QString why;
        if (!writeAudio(good, format, 16000, 1, sineWave(16000, 48000, 300, 0.3), &why))
            QSKIP(qPrintable(QStringLiteral("cannot write ") + ext + QStringLiteral(": ") + why));
        QByteArray b = bytesOf(good);
        for (int variant = 0; variant < 2; ++variant) {
            QByteArray v = b.left(b.size() / 2);
            if (variant == 1) // cut and garbled in the middle
                for (int i = v.size() / 3; i < v.size() / 3 + 64 && i < v.size(); ++i)
                    v[i] = char(0xA5 ^ i);
            const QString p = m_dir.filePath(QStringLiteral("cut%1.").arg(variant) + ext);
            QVERIFY(putBytes(p, v));
            bool opened = false;
            const QString e = openAndPaint(p, &opened);
            // Opened (showing what decodes) or refused: in both cases with any error naming the file.
            QVERIFY2(e.isEmpty() || e.contains(p), qPrintable(e));
        }
    }

    void absurdHeader()
    {
        const QString p = m_dir.filePath(QStringLiteral("one_hz.wav"));
        QVERIFY(putBytes(p, wavBytes(1, 1, sineWave(16000, 4000, 300, 0.3))));
        bool opened = true;
        const QString e = openAndPaint(p, &opened);
        QVERIFY(!opened);
        QVERIFY2(e.contains(p) && e.contains(QLatin1String("sample rate of 1 Hz")), qPrintable(e));
    }

    void safeApplicationCatchesHandlerExceptions()
    {
        auto *app = qobject_cast<SafeApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        Thrower t;
        QEvent e(QEvent::User);
        const int before = app->caughtErrors();
        QCoreApplication::sendEvent(&t, &e); // would terminate() under a plain QApplication
        QCOMPARE(app->caughtErrors(), before + 1);
        QVERIFY(app->lastCaughtError().contains(QLatin1String("thrown from an event handler")));
    }
};

int main(int argc, char **argv)
{
    SafeApplication app(argc, argv);
    app.setShowDialogs(false);
    TestUiRobust t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ui_robust.moc"
