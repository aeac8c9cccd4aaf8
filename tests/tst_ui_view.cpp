// The shared time axis, the ruler and the frequency axis: sample<->pixel mapping, zoom about a point,
// zoom to selection, fit all, clamping at the file ends, tick steps and h:mm:ss.mmm labels, against
// hand-computed values.
#include "view/FrequencyAxis.h"
#include "view/TimeRuler.h"
#include "view/ViewState.h"
#include "dsp/Spectrogram.h"
#include "util/TimeFormat.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>

using namespace st;

class TestUiView : public QObject
{
    Q_OBJECT

    // 10 s at 16 kHz in a 1000-pixel view: fit all gives 160 frames per pixel.
    void setUp(ViewState &v)
    {
        v.setWidth(1000);
        v.setDocument(160000, 16000);
    }

private slots:
    void fitAllMapping()
    {
        ViewState v;
        setUp(v);
        QCOMPARE(v.framesPerPixel(), 160.0);
        QCOMPARE(v.startFrame(), 0.0);
        QCOMPARE(v.frameToX(16000), 100.0);
        QCOMPARE(v.xToFrame(250), 40000.0);
        QCOMPARE(v.endFrame(), 160000.0);
        QCOMPARE(v.secondsPerPixel(), 0.01);
    }

    void zoomAboutKeepsPointFixed()
    {
        ViewState v;
        setUp(v);
        QSignalSpy spy(&v, &ViewState::rangeChanged);
        v.zoomAbout(0.5, 250); // frame 40000 under x = 250
        QCOMPARE(spy.count(), 1);
        QCOMPARE(v.framesPerPixel(), 80.0);
        QCOMPARE(v.startFrame(), 20000.0);
        QCOMPARE(v.frameToX(40000), 250.0);
        v.zoomAbout(0.125, 700); // frame 20000 + 700 * 80 = 76000 stays at 700
        QCOMPARE(v.framesPerPixel(), 10.0);
        QCOMPARE(v.frameToX(76000), 700.0);
        QCOMPARE(v.startFrame(), 69000.0);
    }

    void zoomLimits()
    {
        ViewState v;
        setUp(v);
        v.zoomAbout(1e-9, 0);
        QCOMPARE(v.framesPerPixel(), 1.0 / ViewState::kMaxPixelsPerFrame);
        for (int i = 0; i < 40; ++i)
            v.zoomOut();
        QCOMPARE(v.framesPerPixel(), 160.0);
        QCOMPARE(v.startFrame(), 0.0);
    }

    void clampingAtEnds()
    {
        ViewState v;
        setUp(v);
        v.zoomToRange(32000, 48000);
        QCOMPARE(v.framesPerPixel(), 16.0);
        QCOMPARE(v.startFrame(), 32000.0);
        v.panByFrames(1e9);
        QCOMPARE(v.startFrame(), 160000.0 - 16000.0);
        QCOMPARE(v.endFrame(), 160000.0);
        v.panByPixels(-1e9);
        QCOMPARE(v.startFrame(), 0.0);
        v.panByPixels(10); // 10 px = 160 frames
        QCOMPARE(v.startFrame(), 160.0);
        // Zooming out about the right edge near the end keeps the view inside the file.
        v.panByFrames(1e9);
        v.zoomAbout(4.0, 1000);
        QCOMPARE(v.framesPerPixel(), 64.0);
        QCOMPARE(v.endFrame(), 160000.0);
        QCOMPARE(v.startFrame(), 96000.0);
    }

    void selectionAndZoomToSelection()
    {
        ViewState v;
        setUp(v);
        QSignalSpy spy(&v, &ViewState::selectionChanged);
        v.setSelection(5000, 1000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(v.selectionStart(), int64_t(1000));
        QCOMPARE(v.selectionEnd(), int64_t(5000));
        v.zoomToSelection();
        QCOMPARE(v.framesPerPixel(), 4.0);
        QCOMPARE(v.startFrame(), 1000.0);
        v.setSelection(-10, 200000);
        QCOMPARE(v.selectionStart(), int64_t(0));
        QCOMPARE(v.selectionEnd(), int64_t(160000));
        v.setSelection(7, 7);
        QVERIFY(!v.hasSelection());
        v.fitAll();
        QCOMPARE(v.framesPerPixel(), 160.0);
    }

    void resizeKeepsFitAndZoom()
    {
        ViewState v;
        setUp(v);
        v.setWidth(500); // fitted: stays fitted
        QCOMPARE(v.framesPerPixel(), 320.0);
        v.zoomToRange(16000, 32000); // 32 frames per pixel
        v.setWidth(1000);
        QCOMPARE(v.framesPerPixel(), 32.0);
        QCOMPARE(v.startFrame(), 16000.0);
    }

    void ensureVisible()
    {
        ViewState v;
        setUp(v);
        v.zoomToRange(0, 16000); // 16 fpp, 1 s visible
        v.ensureVisible(8000);
        QCOMPARE(v.startFrame(), 0.0);
        v.ensureVisible(100000);
        QCOMPARE(v.startFrame(), 100000.0 - 8000.0);
    }

    void tickSteps_data()
    {
        QTest::addColumn<double>("secondsPerPixel");
        QTest::addColumn<double>("minPixels");
        QTest::addColumn<double>("step");
        QTest::newRow("0.8 s -> 1 s") << 0.01 << 80.0 << 1.0;
        QTest::newRow("80 ms -> 100 ms") << 0.001 << 80.0 << 0.1;
        QTest::newRow("45 ms -> 50 ms") << 0.0005 << 90.0 << 0.05;
        QTest::newRow("12 ms -> 20 ms") << 0.0001 << 120.0 << 0.02;
        QTest::newRow("80 s -> 2 min") << 1.0 << 80.0 << 120.0;
        QTest::newRow("7 s -> 10 s") << 0.07 << 100.0 << 10.0;
        QTest::newRow("12 s -> 15 s") << 0.12 << 100.0 << 15.0;
        QTest::newRow("sample level") << 1.0 / 16000 / 64 << 80.0 << 0.0001;
        QTest::newRow("10000 s -> 3 h") << 100.0 << 100.0 << 10800.0;
    }
    void tickSteps()
    {
        QFETCH(double, secondsPerPixel);
        QFETCH(double, minPixels);
        QFETCH(double, step);
        QCOMPARE(TimeRuler::tickStep(secondsPerPixel, minPixels), step);
    }

    void decimalsAndMinorSteps()
    {
        // Whole-second steps keep the milliseconds: every label reads h:mm:ss.mmm.
        QCOMPARE(TimeRuler::decimalsForStep(1.0), 3);
        QCOMPARE(TimeRuler::decimalsForStep(30.0), 3);
        QCOMPARE(TimeRuler::decimalsForStep(3600.0), 3);
        QCOMPARE(TimeRuler::decimalsForStep(0.5), 3);
        QCOMPARE(TimeRuler::decimalsForStep(0.001), 3);
        QCOMPARE(TimeRuler::decimalsForStep(0.0005), 4);
        QCOMPARE(TimeRuler::decimalsForStep(0.00001), 5);
        QCOMPARE(TimeRuler::minorStep(1.0), 0.2);
        QCOMPARE(TimeRuler::minorStep(2.0), 0.5);
        QCOMPARE(TimeRuler::minorStep(5.0), 1.0);
        QCOMPARE(TimeRuler::minorStep(15.0), 5.0);
        QCOMPARE(TimeRuler::minorStep(0.1), 0.02);
    }

    void formatTime_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << 3 << "0:00:00.000";
        QTest::newRow("1h 2m 5.5s") << 3725.5 << 3 << "1:02:05.500";
        QTest::newRow("sub-ms") << 0.0625 << 4 << "0:00:00.0625";
        QTest::newRow("carry on rounding") << 59.9996 << 3 << "0:01:00.000";
        QTest::newRow("negative") << -1.5 << 3 << "-0:00:01.500";
        QTest::newRow("whole seconds") << 36000.0 << 0 << "10:00:00";
        QTest::newRow("one second, ms") << 1.0 << 3 << "0:00:01.000";
        QTest::newRow("ten hours, ms") << 36000.0 << 3 << "10:00:00.000";
        QTest::newRow("frame 12345 at 16 kHz") << 12345.0 / 16000 << 3 << "0:00:00.772";
    }
    void formatTime()
    {
        QFETCH(double, seconds);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(TimeRuler::formatTime(seconds, decimals), text);
        if (decimals == 3) // the ruler and core's formatter agree
            QCOMPARE(formatHms(seconds), text);
    }

    void rulerLabels_data()
    {
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<double>("zoomTo"); // frames shown from 0 (0 = fit all)
        QTest::addColumn<int>("decimals");
        QTest::newRow("10 s fit") << qint64(160000) << 0.0 << 3;
        QTest::newRow("10 h fit") << qint64(16000) * 36000 << 0.0 << 3;
        QTest::newRow("2 s") << qint64(160000) << 32000.0 << 3;
        QTest::newRow("20 samples") << qint64(160000) << 20.0 << 4;
    }
    void rulerLabels()
    {
        QFETCH(qint64, frames);
        QFETCH(double, zoomTo);
        QFETCH(int, decimals);
        ViewState v;
        v.setWidth(1000);
        v.setDocument(frames, 16000);
        if (zoomTo > 0)
            v.zoomToRange(0, zoomTo);
        // A monospaced stand-in for the font: 7 px per character.
        const auto width = [](const QString &t) { return 7.0 * t.size(); };
        const QVector<TimeRuler::Label> labels = TimeRuler::labels(v, width);
        QVERIFY(labels.size() >= 2);
        const QRegularExpression re(QStringLiteral("^\\d+:\\d\\d:\\d\\d\\.\\d{%1}$").arg(decimals));
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY2(re.match(labels[i].text).hasMatch(), qPrintable(labels[i].text));
            QCOMPARE(labels[i].text, TimeRuler::formatTime(labels[i].seconds, decimals));
            // No overlap: each label (drawn 3 px right of its tick) ends before the next tick.
            if (i + 1 < labels.size())
                QVERIFY2(labels[i].x + 3 + width(labels[i].text) < labels[i + 1].x,
                         qPrintable(labels[i].text + QLatin1Char(' ') + labels[i + 1].text));
        }
        if (zoomTo == 32000.0) // 2 s over 1000 px: a whole second is a tick, with its milliseconds
            QVERIFY(std::any_of(labels.begin(), labels.end(),
                                [](const TimeRuler::Label &l) { return l.text == QLatin1String("0:00:01.000"); }));
    }

    void tickPositions()
    {
        const QVector<double> t = TimeRuler::ticks(0.05, 0.42, 0.1);
        QCOMPARE(t.size(), 4);
        QCOMPARE(t[0], 0.1);
        QVERIFY(qAbs(t[3] - 0.4) < 1e-12);
        QCOMPARE(TimeRuler::ticks(0.0, 2.0, 1.0).size(), 3);
    }

    void linearFrequencyAxis()
    {
        SpectrogramParams p;
        p.fftSize = 512;
        const FrequencyAxis a(p, 16000);
        QCOMPARE(a.hzAt(0.5), 4000.0);
        QCOMPARE(a.positionOf(2000), 0.25);
        QCOMPARE(a.binAt(0.5), 128);
        QCOMPARE(a.binAt(1.0), 256);
        QCOMPARE(a.binAt(0.0), 0);
        // 600 Hz minimum step on a 400 px axis with 30 px spacing -> 1 kHz ticks, 0..8 kHz.
        const QVector<double> t = a.ticks(400, 30);
        QCOMPARE(t.size(), 9);
        QCOMPARE(t[1], 1000.0);
        QCOMPARE(t.last(), 8000.0);
    }

    void melFrequencyAxisMatchesCore()
    {
        SpectrogramParams p;
        p.scale = FrequencyScale::Mel;
        p.melBands = 64;
        const FrequencyAxis a(p, 16000);
        QVERIFY(qAbs(a.hzAt(a.positionOf(1000)) - 1000) < 1e-6);
        QVERIFY(qAbs(a.hzAt(1.0) - 8000) < 1e-6);
        // The band shown at the height of a band centre is that band, and its centre is core's.
        for (int b : {0, 10, 31, 63}) {
            const double u = double(b + 1) / (p.melBands + 1);
            QCOMPARE(a.binAt(u), b);
            QVERIFY(qAbs(a.hzAt(u) - binCentreHz(p, b, 16000)) < 1e-6);
        }
        // Mel ticks are at round frequencies and at least the asked spacing apart.
        const QVector<double> t = a.ticks(300, 25);
        QVERIFY(t.size() >= 5);
        for (int i = 1; i < t.size(); ++i)
            QVERIFY((a.positionOf(t[i]) - a.positionOf(t[i - 1])) * 300 >= 25 - 1e-9);
    }

    void frequencyLabels()
    {
        QCOMPARE(FrequencyAxis::formatHz(0), QStringLiteral("0 Hz"));
        QCOMPARE(FrequencyAxis::formatHz(500), QStringLiteral("500 Hz"));
        QCOMPARE(FrequencyAxis::formatHz(1000), QStringLiteral("1 kHz"));
        QCOMPARE(FrequencyAxis::formatHz(1500), QStringLiteral("1.5 kHz"));
        QCOMPARE(FrequencyAxis::formatHz(12000), QStringLiteral("12 kHz"));
    }
};

QTEST_GUILESS_MAIN(TestUiView)
#include "tst_ui_view.moc"
