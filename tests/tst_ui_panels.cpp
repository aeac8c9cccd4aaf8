// The evaluation and explanation panels inside the main window: both docks exist; the explain panel
// is offered the window's usable models and the open library's fingerprints; a finished Integrated
// Gradients run puts its layers over the waveform and spectrogram panes (and opening another clip
// takes them away again).
#include "playback/FakeAudioOutput.h"
#include "tracing/LibraryPanel.h"
#include "window/MainWindow.h"
#include "view/Pane.h"
#include "charts/EvaluationPanel.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "annotation/AnnotationLayer.h"
#include "annotation/AnnotationPanel.h"
#include "attribution/ExplainPanel.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "testutil.h"

#include <QDockWidget>
#include <QTabWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {
QString writeClip(const QString &path, int frames)
{
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i)
        s[size_t(i)] = float(0.3 * std::sin(0.05 * i) + (i > frames / 2 ? 0.2 * std::sin(0.9 * i) : 0.0));
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
    return path;
}
} // namespace

class TestUiPanels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void evaluationTab()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        QVERIFY(w.evaluationPanel());
        QTabWidget *tabs = w.centralTabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentIndex(), 0); // the clip view first
        QVERIFY(tabs->widget(1)->isAncestorOf(w.evaluationPanel()));
        QVERIFY(!w.evaluationPanel()->hasResult());
        QVERIFY(w.findChild<QDockWidget *>(QStringLiteral("explainDock")));
    }

    void explainLayersFollowAttributions()
    {
        // Only the explain test model in the model folder.
        QTemporaryDir models;
        const QString data = sttest::sourceDir() + QStringLiteral("/tests/data");
        QFile src(data + QStringLiteral("/explain_mlp.json"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(src.readAll()).object();
        o.insert(QStringLiteral("weightsFile"), data + QLatin1Char('/') + o.value(QStringLiteral("weightsFile")).toString());
        QFile dst(QDir(models.path()).filePath(QStringLiteral("mlp.json")));
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(QJsonDocument(o).toJson());
        dst.close();

        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({models.path()});
        QVERIFY(w.waitForModels(30000));
        ExplainPanel *ex = w.explainPanel();
        QVERIFY(ex->targetSpecs().contains(QStringLiteral("bonafide")));

        // The library's fingerprints become cosine targets.
        const QString db = QDir(m_tmp.path()).filePath(QStringLiteral("fp.db"));
        FingerprintLibrary::create(db, ModelBinding{o.value(QStringLiteral("name")).toString(),
                                                    o.value(QStringLiteral("weightsSha256")).toString(),
                                                    o.value(QStringLiteral("embeddingDim")).toInt()});
        {
            FingerprintLibrary lib(db);
            EnrolmentClip c;
            c.sha256 = sha256Hex("x");
            c.path = QStringLiteral("x.wav");
            c.embedding.assign(size_t(o.value(QStringLiteral("embeddingDim")).toInt()), 0.5f);
            c.labels[SourceLevel::Attack] = QStringLiteral("AA01");
            lib.enrol({c});
        }
        QVERIFY(w.openLibrary(db));
        QVERIFY(ex->targetSpecs().contains(QStringLiteral("cosine:AA01")));

        const QString clip = writeClip(QDir(m_tmp.path()).filePath(QStringLiteral("clip.wav")), 800);
        QVERIFY(w.openFile(clip));
        QVERIFY(!w.waveformPane()->layers().contains(ex->waveformLayer()));
        QVERIFY(ex->selectTarget(QStringLiteral("bonafide")));
        ex->setSteps(16);
        JobPtr job = ex->run();
        QVERIFY2(job, qPrintable(ex->statusText()));
        QVERIFY(w.jobs()->waitFor(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QTRY_VERIFY(!ex->data()->isEmpty());
        QVERIFY(w.waveformPane()->layers().contains(ex->waveformLayer()));
        QVERIFY(w.spectrogramPane()->layers().contains(ex->heatmapLayer()));
        // On top of the waveform, under the annotations (which stay the top layer).
        const QList<Layer *> layers = w.waveformPane()->layers();
        QCOMPARE(layers.last(), static_cast<Layer *>(w.waveformAnnotationLayer()));
        QCOMPARE(layers[layers.size() - 2], static_cast<Layer *>(ex->waveformLayer()));
        // The Annotations dock gives the share of this explanation's attribution per cue type.
        Annotation a;
        a.startS = 0.0;
        a.endS = 0.01;
        a.cue = Cue::Glitch;
        QVERIFY(w.annotationPanel()->addAnnotation(a));
        QVERIFY(w.annotationPanel()->hasAttribution());
        QVERIFY2(w.annotationPanel()->sharesText().startsWith(QStringLiteral("glitch ")), qPrintable(w.annotationPanel()->sharesText()));
        QVERIFY(w.waitUntilReady(20000));
        const QString png = QDir(m_tmp.path()).filePath(QStringLiteral("view.png"));
        QVERIFY(w.exportViewImage(png));

        QVERIFY(w.openFile(writeClip(QDir(m_tmp.path()).filePath(QStringLiteral("other.wav")), 900)));
        QVERIFY(ex->data()->isEmpty());
        QVERIFY(!w.waveformPane()->layers().contains(ex->waveformLayer()));
        QVERIFY(!w.spectrogramPane()->layers().contains(ex->heatmapLayer()));
    }
};

QTEST_MAIN(TestUiPanels)
#include "tst_ui_panels.moc"
