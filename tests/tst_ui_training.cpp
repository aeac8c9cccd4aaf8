// The Training dock (ui/training/TrainingPanel): the form's configuration round-trips through a JSON run configuration
// and through its widgets; the heads table offers the levels a protocol fills; a bad protocol and a bad
// configuration give the core's message (file and field); a real tiny run started from the panel inside the main
// window completes, draws two points per curve, and its model lands in the user's model folder and in the model
// chooser; a run folder's curves load again.
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"
#include "catalog/ModelCatalog.h"
#include "training/TrainingPanel.h"
#include "audiotestutil.h"
#include "traintestutil.h"
#include "charts/TrainingChart.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "train/TrainConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace st;
using namespace st::train;

using sttest::writeTinyCorpus;

namespace {


TrainConfig tinyConfig(const QString &protocol, const QString &out, const QString &name)
{
    TrainConfig c;
    c.name = name;
    c.protocols = {protocol};
    c.validationProtocols = {protocol};
    c.outputDir = out;
    c.network.channels = {8, 16};
    c.network.embeddingDim = 32;
    c.network.attentionDim = 16;
    c.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ce")},
               HeadPlan{QStringLiteral("attack"), QStringLiteral("ce")}};
    c.epochs = 3;
    c.batchSize = 8;
    c.cropSeconds = 1.0;
    c.validationSeconds = 1.0;
    c.optim.learningRate = 3e-3;
    c.optim.warmupEpochs = 0;
    c.threads = 1;
    c.workers = 1;
    c.seed = 7;
    c.oodBankSize = 64;
    return c;
}

QByteArray canonical(const TrainConfig &c) { return QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact); }

} // namespace

class TestUiTraining : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_protocol;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QDir(m_tmp.path()).mkpath(QStringLiteral("corpus"));
        m_protocol = writeTinyCorpus(m_tmp.filePath(QStringLiteral("corpus")));
    }

    void configRoundTrip()
    {
        JobManager jobs(1);
        TrainingPanel p(&jobs);
        p.setInteractive(false);
        // The defaults: one bona fide head, threads = the cores.
        QCOMPARE(int(p.config().heads.size()), 1);
        QCOMPARE(p.config().threads, std::max(1, QThread::idealThreadCount()));

        // A configuration file with settings the form shows and settings it does not.
        QJsonObject o{{"name", "round-trip"},
                      {"protocols", QJsonArray{m_protocol}},
                      {"validationProtocols", QJsonArray{m_protocol}},
                      {"splitBy", "speaker"},
                      {"architecture", "spectral"},
                      {"network", QJsonObject{{"channels", QJsonArray{8, 16}}, {"embeddingDim", 32}, {"attentionDim", 16}}},
                      {"heads", QJsonArray{QJsonObject{{"level", "bonafide"}, {"loss", "ocsoftmax"}},
                                           QJsonObject{{"level", "attack"}, {"loss", "aam"}, {"weight", 0.5}, {"margin", 0.3}}}},
                      {"balanceLevel", "attack"},
                      {"epochs", 7},
                      {"batchSize", 12},
                      {"cropSeconds", 1.5},
                      {"augment", true},
                      {"augmentation", QJsonObject{{"noiseProbability", 0.25}, {"rawboost", QJsonObject{{"algorithm", 3}, {"snrMin", 15}}}}},
                      {"regMixup", true},
                      {"mixupAlpha", 10},
                      {"optim", QJsonObject{{"learningRate", 0.003}, {"schedule", "constant"}}},
                      {"selectMetric", "accuracy:attack"},
                      {"patience", 2},
                      {"threads", 1},
                      {"seed", 99},
                      {"outputDir", m_tmp.filePath(QStringLiteral("rt-run"))}};
        const QString path = m_tmp.filePath(QStringLiteral("rt.json"));
        QVERIFY(sttest::putBytes(path, QJsonDocument(o).toJson()));
        QVERIFY2(p.loadConfig(path), qPrintable(p.lastError()));
        const TrainConfig fromFile = TrainConfig::fromJsonFile(path);
        QCOMPARE(canonical(p.config()), canonical(fromFile));

        // The widgets show it.
        QCOMPARE(p.findChild<QSpinBox *>(QStringLiteral("epochs"))->value(), 7);
        QCOMPARE(p.findChild<QSpinBox *>(QStringLiteral("batchSize"))->value(), 12);
        QCOMPARE(p.findChild<QComboBox *>(QStringLiteral("rawBoost"))->currentData().toInt(), 3);
        QVERIFY(p.findChild<QCheckBox *>(QStringLiteral("augment"))->isChecked());
        QVERIFY(p.findChild<QCheckBox *>(QStringLiteral("regMixup"))->isChecked());
        QCOMPARE(p.findChild<QComboBox *>(QStringLiteral("balanceLevel"))->currentData().toString(), QStringLiteral("attack"));
        QCOMPARE(p.findChild<QLineEdit *>(QStringLiteral("channels"))->text(), QStringLiteral("8, 16"));
        QCOMPARE(p.headsTable()->rowCount(), 2);
        QCOMPARE(static_cast<QComboBox *>(p.headsTable()->cellWidget(1, 1))->currentText(), QStringLiteral("aam"));

        // What is set in the widgets is what config() gives; the rest is kept.
        p.findChild<QSpinBox *>(QStringLiteral("epochs"))->setValue(4);
        p.findChild<QComboBox *>(QStringLiteral("rawBoost"))->setCurrentIndex(5);
        p.findChild<QLineEdit *>(QStringLiteral("learningRate"))->setText(QStringLiteral("2.5e-4"));
        p.findChild<QLineEdit *>(QStringLiteral("channels"))->setText(QStringLiteral("4, 8, 12"));
        static_cast<QDoubleSpinBox *>(p.headsTable()->cellWidget(1, 2))->setValue(2.0);
        p.findChild<QCheckBox *>(QStringLiteral("regMixup"))->setChecked(false);
        const TrainConfig c = p.config();
        QCOMPARE(c.epochs, 4);
        QCOMPARE(c.augment.rawboost.algorithm, 5);
        QCOMPARE(c.augment.rawboost.snrMin, 15.0); // not in the form: kept
        QCOMPARE(c.optim.learningRate, 2.5e-4);
        QCOMPARE(c.optim.schedule, QStringLiteral("constant"));
        QCOMPARE(c.network.channels, (std::vector<int>{4, 8, 12}));
        QCOMPARE(c.network.attentionDim, 16);
        QCOMPARE(c.heads.at(1).weight, 2.0);
        QCOMPARE(c.heads.at(1).margin, 0.3);
        QCOMPARE(c.heads.at(0).loss, QStringLiteral("ocsoftmax"));
        QVERIFY(!c.regMixup);
        QCOMPARE(c.mixupAlpha, 10.0);
        QCOMPARE(c.seed, uint64_t(99));
        QCOMPARE(c.patience, 2);

        // Save and load again: the same configuration.
        const QString saved = m_tmp.filePath(QStringLiteral("saved.json"));
        QVERIFY2(p.saveConfig(saved), qPrintable(p.lastError()));
        QCOMPARE(canonical(TrainConfig::fromJsonFile(saved)), canonical(c));
        TrainingPanel q(&jobs);
        q.setInteractive(false);
        QVERIFY(q.loadConfig(saved));
        QCOMPARE(canonical(q.config()), canonical(c));
        jobs.waitForAll(60000);
    }

    void headsFromProtocol()
    {
        JobManager jobs(1);
        TrainingPanel p(&jobs);
        p.setInteractive(false);
        QCOMPARE(p.levelChoices(0), QStringList{QStringLiteral("bonafide")});
        p.setProtocols({m_protocol});
        JobPtr job = p.readProtocols();
        QVERIFY(job);
        QVERIFY(jobs.waitFor(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        const QStringList levels{"bonafide", "attack", "acoustic_model", "vocoder", "codec"};
        QCOMPARE(p.levels(), levels);
        QCOMPARE(p.levelChoices(0), levels);
        QVERIFY2(p.datasetSummary().startsWith(QStringLiteral("16 clips: 8 bona fide, 8 spoof")), qPrintable(p.datasetSummary()));
        QVERIFY2(p.datasetSummary().contains(QStringLiteral("attack: 3 classes")), qPrintable(p.datasetSummary()));
        auto *balance = p.findChild<QComboBox *>(QStringLiteral("balanceLevel"));
        QCOMPARE(balance->count(), 1 + levels.size());
        p.oneHeadPerLevel();
        QCOMPARE(p.headsTable()->rowCount(), levels.size());
        const TrainConfig c = p.config();
        QCOMPARE(int(c.heads.size()), levels.size());
        for (int i = 0; i < levels.size(); ++i) {
            QCOMPARE(c.heads[size_t(i)].level, levels[i]);
            QCOMPARE(c.heads[size_t(i)].loss, QStringLiteral("ce"));
        }
    }

    void errorsNameFileAndField()
    {
        JobManager jobs(1);
        TrainingPanel p(&jobs);
        p.setInteractive(false);
        QStringList seen;
        connect(&p, &TrainingPanel::errorOccurred, this, [&](const QString &, const QString &m) { seen << m; });

        // A protocol that is not one.
        const QString bad = m_tmp.filePath(QStringLiteral("garbage.tsv"));
        QVERIFY(sttest::putBytes(bad, "this is not\ta protocol\n"));
        p.setProtocols({bad});
        QTRY_VERIFY_WITH_TIMEOUT(!p.lastError().isEmpty(), 60000);
        QVERIFY2(p.lastError().contains(QStringLiteral("garbage.tsv")), qPrintable(p.lastError()));
        QCOMPARE(seen.size(), 1);
        QVERIFY(p.levels().isEmpty());

        // A configuration file with a value out of range: the file and the field, as the core says it.
        const QString cfg = m_tmp.filePath(QStringLiteral("bad-config.json"));
        QVERIFY(sttest::putBytes(cfg, R"({"protocols": ["p.tsv"], "epochs": 0})"));
        QVERIFY(!p.loadConfig(cfg));
        QVERIFY2(p.lastError().contains(QStringLiteral("bad-config.json")) && p.lastError().contains(QStringLiteral("epochs")),
                 qPrintable(p.lastError()));

        // Starting without a run folder, and with a head the network cannot train.
        TrainConfig c = tinyConfig(m_protocol, QString(), QStringLiteral("x"));
        p.setConfig(c);
        QVERIFY(!p.start());
        QVERIFY2(p.lastError().contains(QStringLiteral("outputDir")), qPrintable(p.lastError()));
        c.outputDir = m_tmp.filePath(QStringLiteral("never"));
        c.heads = {HeadPlan{QStringLiteral("attack"), QStringLiteral("ocsoftmax")}};
        p.setConfig(c);
        QVERIFY(!p.start());
        QVERIFY2(p.lastError().contains(QStringLiteral("heads[0].loss")), qPrintable(p.lastError()));

        // A run on the bad protocol fails with the trainer's message, naming the protocol.
        c = tinyConfig(bad, m_tmp.filePath(QStringLiteral("bad-run")), QStringLiteral("bad-run"));
        c.validationProtocols.clear();
        p.setConfig(c);
        QSignalSpy ended(&p, &TrainingPanel::runFinished);
        JobPtr job = p.start();
        QVERIFY2(job, qPrintable(p.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished() && ended.count() == 1, 120000);
        QCOMPARE(ended.at(0).at(0).toBool(), false);
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->errorMessage().contains(QStringLiteral("garbage.tsv")), qPrintable(job->errorMessage()));
        QVERIFY(seen.contains(job->errorMessage()));
        QVERIFY2(p.statusText() == job->errorMessage(), qPrintable(p.statusText()));
        jobs.waitForAll(60000);
    }

    void cancelAndResume()
    {
        JobManager jobs(1);
        TrainingPanel p(&jobs);
        p.setInteractive(false);
        p.setModelFolder(m_tmp.filePath(QStringLiteral("models-cr")));
        const QString runDir = m_tmp.filePath(QStringLiteral("cr-run"));
        TrainConfig c = tinyConfig(m_protocol, runDir, QStringLiteral("tiny-cr"));
        c.epochs = 40; // far more than the first epoch the cancel waits for
        p.setConfig(c);
        QSignalSpy ended(&p, &TrainingPanel::runFinished);
        JobPtr job = p.start();
        QVERIFY2(job, qPrintable(p.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!p.lossChart()->history().empty(), 600000);
        p.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 1, 600000);
        QCOMPARE(job->state(), JobState::Cancelled);
        QVERIFY2(p.statusText().contains(QStringLiteral("Resume")), qPrintable(p.statusText()));
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/checkpoint/state.json")));
        QVERIFY(p.installedManifest().isEmpty());
        const int done = int(p.lossChart()->history().size());
        QVERIFY(done >= 1 && done < 40);

        // Resume: the epochs logged show at once, the rest arrive, the model is installed.
        JobPtr again = p.resume(runDir);
        QVERIFY2(again, qPrintable(p.lastError()));
        QVERIFY(int(p.lossChart()->history().size()) >= done);
        QTRY_VERIFY_WITH_TIMEOUT(ended.count() == 2, 900000);
        QVERIFY2(again->state() == JobState::Succeeded, qPrintable(again->errorMessage()));
        QCOMPARE(p.lossChart()->series(QStringLiteral("training"))->count(), 40);
        QCOMPARE(p.installedManifest(), m_tmp.filePath(QStringLiteral("models-cr/tiny-cr/model/manifest.json")));
        QVERIFY(QFileInfo::exists(p.installedManifest()));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("models-cr/tiny-cr/checkpoint"))));
        jobs.waitForAll(60000);
    }

    void trainFromTheWindow()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        QVERIFY(w.waitForModels(120000));
        TrainingPanel *p = w.trainingPanel();
        QVERIFY(p);
        QDockWidget *dock = w.findChild<QDockWidget *>(QStringLiteral("trainingDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());
        dock->toggleViewAction()->trigger();
        QVERIFY(!dock->isHidden());
        bool inMenu = false;
        for (QAction *m : w.menuBar()->actions())
            if (m->menu() && m->menu()->actions().contains(dock->toggleViewAction()))
                inMenu = true;
        QVERIFY(inMenu);

        const QString name = QStringLiteral("tiny-gui");
        const QString runDir = m_tmp.filePath(QStringLiteral("gui-run"));
        p->setConfig(tinyConfig(m_protocol, runDir, name));
        p->findChild<QSpinBox *>(QStringLiteral("epochs"))->setValue(2);
        QSignalSpy ended(p, &TrainingPanel::runFinished);
        QSignalSpy installed(p, &TrainingPanel::modelInstalled);
        p->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
        JobPtr job = p->job();
        QVERIFY2(job, qPrintable(p->lastError()));
        QVERIFY(p->isRunning());
        QVERIFY(!p->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QVERIFY(p->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished() && ended.count() == 1, 900000);
        QCOMPARE(installed.count(), 1);
        QCOMPARE(installed.at(0).at(0).toString(), QStringLiteral("tiny-gui"));
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorMessage()));
        QCOMPARE(p->progressBar()->value(), 1000);

        // Two points per curve.
        for (TrainingChart *chart : {p->lossChart(), p->metricsChart()}) {
            QVERIFY(chart->seriesCount() >= 2);
            for (int i = 0; i < chart->seriesCount(); ++i)
                QVERIFY2(chart->series(i)->count() == 2, qPrintable(chart->series(i)->name()));
        }
        QVERIFY(p->lossChart()->series(QStringLiteral("training")));
        QVERIFY(p->lossChart()->series(QStringLiteral("validation")));
        QVERIFY(p->metricsChart()->series(QStringLiteral("EER")));
        QVERIFY(p->metricsChart()->series(QStringLiteral("acc. bonafide")));
        QVERIFY(p->metricsChart()->series(QStringLiteral("acc. attack")));
        QCOMPARE(p->lossChart()->csv().count(QLatin1Char('\n')), 3);

        // The model is in the user's model folder (with its run.json) and in the chooser.
        const QString manifest = p->installedManifest();
        QCOMPARE(manifest, QDir(ModelRegistry::userFolder()).filePath(name + QStringLiteral("/model/manifest.json")));
        QVERIFY(QFileInfo::exists(QDir(ModelRegistry::userFolder()).filePath(name + QStringLiteral("/run.json"))));
        QVERIFY2(p->statusText().contains(QDir::toNativeSeparators(QFileInfo(manifest).absolutePath())), qPrintable(p->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(w.modelCatalog()->find(name) && w.modelCatalog()->find(name)->usable, 120000);
        QVERIFY(w.modelCombo()->findData(name) >= 0);
        ModelRegistry reg;
        reg.checkWeights();
        const ModelEntry *e = reg.find(name);
        QVERIFY(e);
        QCOMPARE(e->weights, ModelEntry::WeightsState::Ok);
        QVERIFY(w.setCurrentModel(name));

        // The same name again is refused before anything runs.
        p->setConfig(tinyConfig(m_protocol, m_tmp.filePath(QStringLiteral("gui-run-2")), name));
        QVERIFY(!p->start());
        QVERIFY2(p->lastError().contains(QStringLiteral("already offered")), qPrintable(p->lastError()));

        // A run folder's curves load again.
        TrainingPanel other(w.jobs());
        other.setInteractive(false);
        QVERIFY2(other.loadRun(runDir), qPrintable(other.lastError()));
        QCOMPARE(other.lossChart()->series(QStringLiteral("training"))->count(), 2);
        QCOMPARE(other.metricsChart()->series(QStringLiteral("EER"))->count(), 2);
        QCOMPARE(other.config().name, name);
        QVERIFY(!other.loadRun(m_tmp.filePath(QStringLiteral("corpus"))));
        w.jobs()->waitForAll(60000);
    }
};

QTEST_MAIN(TestUiTraining)
#include "tst_ui_training.moc"
