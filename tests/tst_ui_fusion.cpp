// The Detection dock's fused detectors (ui/detection/FusedDetectorBox) under offscreen: a fusion model of the
// default model with itself (systems "sourcetrace-default" and "sourcetrace-default#2", weights w1, w2, offset b)
// gives (w1 + w2) * s + b for the default model's own score s of the demo clip; the entry is remembered in
// QSettings; a fusion naming an unknown system is refused naming it. In the main window each fusion model is also
// a "Fused: <name>" entry of the toolbar's model chooser: Detect with it selected runs the fused detector (the same
// box, core runFusedDetection) and its score is the hand-computed one; explaining a fused entry is refused.
#include "analysis/DetectionAnalysis.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "detection/FusedDetectorBox.h"
#include "eval/ScoreFusion.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "attribution/ExplainPanel.h"
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"

#include "testutil.h"

#include <QComboBox>
#include <QFileInfo>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

class TestUiFusion : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::vector<ModelManifest> m_models;

    static QString demo() { return QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")); }

    QString fusion(const QString &name, const QStringList &detectors, const std::vector<double> &w, double b)
    {
        FusionModel f;
        f.detectors = detectors;
        f.weights = w;
        f.offset = b;
        f.trainingProtocol = QStringLiteral("hand-made.txt");
        const QString p = m_tmp.filePath(name);
        f.save(p, true);
        return p;
    }

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("data")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("SourceTraceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_fusion"));
        QSettings().clear();
        const ModelRegistry reg({QDir(sttest::sourceDir()).filePath(QStringLiteral("models"))});
        for (const QString &n : reg.names())
            m_models.push_back(reg.find(n)->manifest);
        QVERIFY(reg.find(defaultModelName()));
    }

    void fusedDefaultWithItself()
    {
        JobManager jobs(1);
        auto cache = std::make_shared<ModelCache>();
        std::shared_ptr<const AudioFile> clip = std::make_shared<AudioFile>(demo());
        bool haveClip = false;
        FusedDetectorBox box(&jobs, cache, [&]() { return haveClip ? clip : nullptr; }, [this]() { return m_models; });
        QVERIFY(box.entries().isEmpty());
        QVERIFY(!box.run(true));
        QCOMPARE(box.status(), QStringLiteral("Add a fusion model first"));

        // refused: an unknown system is named, nothing is added
        const QString bad = fusion(QStringLiteral("bad.json"), {defaultModelName(), QStringLiteral("lcnn")}, {1, 1}, 0);
        QVERIFY(!box.addFusionModel(bad));
        QVERIFY2(box.status().contains(QStringLiteral("lcnn")) && box.status().contains(QStringLiteral("name no model")), qPrintable(box.status()));
        QVERIFY(box.entries().isEmpty());

        const double w1 = 0.75, w2 = -2.5, b = 0.4;
        const QString good = fusion(QStringLiteral("self.json"), {defaultModelName(), defaultModelName() + QStringLiteral("#2")}, {w1, w2}, b);
        QVERIFY2(box.addFusionModel(good), qPrintable(box.status()));
        QCOMPARE(box.entries(), QStringList{QStringLiteral("Fused: self.json")});
        QCOMPARE(QSettings().value(QStringLiteral("detection/fusionModels")).toStringList(), QStringList{QFileInfo(good).absoluteFilePath()});

        QVERIFY(!box.run(true));
        QCOMPARE(box.status(), QStringLiteral("Open a clip first"));
        haveClip = true;
        QVERIFY2(box.run(true), qPrintable(box.status()));
        QVERIFY(box.result().has_value());
        ModelManifest m;
        for (const ModelManifest &x : m_models)
            if (x.name == defaultModelName())
                m = x;
        const double s = runDetection(m, *clip, *cache).clip.score;
        const double expected = (w1 + w2) * s + b;
        QVERIFY(std::fabs(box.result()->score - expected) < 1e-12 * std::max(1.0, std::fabs(expected)));
        QCOMPARE(box.fieldText(QStringLiteral("score")), QString::number(expected, 'f', 4));
        const QStringList comps = box.fieldText(QStringLiteral("components")).split(QLatin1Char('\n'));
        QCOMPARE(comps.size(), 2);
        QCOMPARE(comps[0], QStringLiteral("%1 (%1): %2 x 0.75").arg(defaultModelName(), QString::number(s, 'f', 4)));
        QCOMPARE(comps[1], QStringLiteral("%1#2 (%1): %2 x -2.5").arg(defaultModelName(), QString::number(s, 'f', 4)));
        QVERIFY2(box.fieldText(QStringLiteral("provenance")).contains(QStringLiteral("self.json"))
                     && box.fieldText(QStringLiteral("provenance")).contains(QStringLiteral("hand-made.txt")),
                 qPrintable(box.fieldText(QStringLiteral("provenance"))));

        // remembered: a new box lists it again
        FusedDetectorBox again(&jobs, cache, [&]() { return clip; }, [this]() { return m_models; });
        QCOMPARE(again.entries(), QStringList{QStringLiteral("Fused: self.json")});
    }

    void fusedInToolbarChooser()
    {
        const double w1 = 0.5, w2 = 1.25, b = -0.3;
        const QString path = QFileInfo(fusion(QStringLiteral("tb.json"), {defaultModelName(), defaultModelName() + QStringLiteral("#2")}, {w1, w2}, b))
                                 .absoluteFilePath();
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({QDir(sttest::sourceDir()).filePath(QStringLiteral("models"))});
        QVERIFY(w.waitForModels(60000));
        auto *box = w.findChild<FusedDetectorBox *>(QStringLiteral("fusedDetectorBox"));
        QVERIFY(box);
        QComboBox *combo = w.modelCombo();
        const QString data = QStringLiteral("fused:") + path;
        QCOMPARE(combo->findData(data), -1);
        QVERIFY2(box->addFusionModel(path), qPrintable(box->status()));
        // The toolbar lists it at once, after the registry's models.
        const int i = combo->findData(data);
        QVERIFY(i >= 0);
        QCOMPARE(combo->itemText(i), QStringLiteral("Fused: tb.json"));
        QVERIFY(combo->findData(defaultModelName()) < i);
        QVERIFY2(combo->itemData(i, Qt::ToolTipRole).toString().contains(QStringLiteral("cannot trace or explain")),
                 qPrintable(combo->itemData(i, Qt::ToolTipRole).toString()));
        QVERIFY(w.setCurrentModel(data));
        QCOMPARE(w.currentModel(), data);
        QCOMPARE(combo->currentIndex(), i);
        QVERIFY(!w.setCurrentModel(QStringLiteral("fused:/nonexistent.json")));
        // No clip: Detect is off and says why.
        QVERIFY(!w.detectAction()->isEnabled());
        QVERIFY(!w.detect());
        QVERIFY(w.openFile(demo()));
        QVERIFY(w.detectAction()->isEnabled());
        QVERIFY2(w.detectAction()->toolTip().contains(QStringLiteral("fused detector Fused: tb.json")), qPrintable(w.detectAction()->toolTip()));
        QVERIFY2(w.detect(true), qPrintable(w.lastError()));
        QVERIFY(box->result().has_value());
        QCOMPARE(box->result()->fusionPath, path);
        // The fused score against the default model's own score s: (w1 + w2) * s + b.
        ModelManifest m;
        for (const ModelManifest &x : m_models)
            if (x.name == defaultModelName())
                m = x;
        ModelCache cache;
        const double s = runDetection(m, AudioFile(demo()), cache).clip.score;
        const double expected = (w1 + w2) * s + b;
        QVERIFY(std::fabs(box->result()->score - expected) < 1e-9 * std::max(1.0, std::fabs(expected)));
        QCOMPARE(box->fieldText(QStringLiteral("score")), QString::number(expected, 'f', 4));
        // The choice is remembered; explaining a fused entry is refused with the reason.
        QCOMPARE(QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")).value(QStringLiteral("models/current")).toString(), data);
        QVERIFY(!w.explainPanel()->selectModel(combo->itemText(i)));
        QVERIFY2(w.explainPanel()->statusText().contains(QStringLiteral("cannot be explained")), qPrintable(w.explainPanel()->statusText()));
        // Back to a registry model: Detect runs it as before.
        QVERIFY(w.setCurrentModel(defaultModelName()));
        QCOMPARE(w.currentModel(), defaultModelName());
    }
};

QTEST_MAIN(TestUiFusion)
#include "tst_ui_fusion.moc"
