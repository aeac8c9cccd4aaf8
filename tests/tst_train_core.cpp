// The learning engine (core/train): losses against hand-computed values, a tiny network that overfits 16 clips,
// resume after a simulated kill equals the uninterrupted run, a trained model round-trips through the registry,
// broken run configurations give errors naming the file and field.
#include "audiotestutil.h"
#include "traintestutil.h"
#include "testutil.h"

#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "models/Safetensors.h"
#include "train/Losses.h"
#include "train/TrainConfig.h"
#include "train/Trainer.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace st;
using namespace st::train;

using sttest::writeTinyCorpus;

namespace {

double softplus(double x) { return x > 30 ? x : std::log1p(std::exp(x)); }
double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

TrainConfig tinyConfig(const QString &protocol, const QString &out)
{
    TrainConfig c;
    c.name = QStringLiteral("tiny");
    c.protocols = {protocol};
    c.validationProtocols = {protocol}; // overfitting: validate on the training clips themselves
    c.outputDir = out;
    c.network.channels = {8, 16};
    c.network.embeddingDim = 32;
    c.network.attentionDim = 16;
    c.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ce")}};
    c.epochs = 3;
    c.batchSize = 8;
    c.cropSeconds = 1.0;
    c.validationSeconds = 1.0;
    c.optim.learningRate = 3e-3;
    c.optim.warmupEpochs = 0;
    c.threads = 1;
    c.workers = 2;
    c.seed = 7;
    c.oodBankSize = 64;
    return c;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestTrainCore : public QObject
{
    Q_OBJECT
private slots:
    void crossEntropyByHand()
    {
        const LossValue v = crossEntropyProbe({1, 2, 3}, 1, 3, {2});
        QVERIFY(std::abs(v.loss - std::log(1 + std::exp(-1.0) + std::exp(-2.0))) < 1e-9);
        const double z = std::exp(1.0) + std::exp(2.0) + std::exp(3.0);
        QVERIFY(std::abs(v.gradient[0] - std::exp(1.0) / z) < 1e-9);
        QVERIFY(std::abs(v.gradient[2] - (std::exp(3.0) / z - 1)) < 1e-9);
        // A row without a label is ignored.
        const LossValue w = crossEntropyProbe({1, 2, 3, 9, 9, 9}, 2, 3, {2, -1});
        QVERIFY(std::abs(w.loss - v.loss) < 1e-9);
        QCOMPARE(w.gradient[3], 0.0);
    }

    void aamSoftmaxByHand()
    {
        const double s = 10, m = 0.3, c0 = 0.5, c1 = 0.2;
        const LossValue v = aamSoftmaxProbe({float(c0), float(c1)}, 1, 2, {0}, s, m);
        const double phi = std::cos(std::acos(c0) + m);
        const double zt = s * phi, zo = s * c1;
        const double loss = -zt + std::log(std::exp(zt) + std::exp(zo));
        QVERIFY2(std::abs(v.loss - loss) < 1e-5, qPrintable(QString::number(v.loss)));
        const double pt = std::exp(zt) / (std::exp(zt) + std::exp(zo));
        const double dphi = std::cos(m) + c0 / std::sqrt(1 - c0 * c0) * std::sin(m);
        QVERIFY(std::abs(v.gradient[0] - (pt - 1) * s * dphi) < 1e-4);
        QVERIFY(std::abs(v.gradient[1] - (1 - pt) * s) < 1e-4);
        // Margin 0 is plain softmax cross-entropy on s * cos.
        const LossValue plain = aamSoftmaxProbe({float(c0), float(c1)}, 1, 2, {0}, s, 0.0);
        QVERIFY(std::abs(plain.loss - (-s * c0 + std::log(std::exp(s * c0) + std::exp(s * c1)))) < 1e-5);
        // theta + m beyond pi: the loss stays finite and monotonic.
        const LossValue far = aamSoftmaxProbe({-0.99f, 0.5f}, 1, 2, {0}, s, 0.5);
        QVERIFY(std::isfinite(far.loss));
        QVERIFY(far.gradient[0] < 0);
    }

    void ocSoftmaxByHand()
    {
        const double a = 20, mr = 0.9, mf = 0.2;
        const LossValue v = ocSoftmaxProbe({0.5f, 0.5f}, {0, 1}, a, mr, mf);
        QVERIFY(std::abs(v.loss - (softplus(a * (mr - 0.5)) + softplus(a * (0.5 - mf))) / 2) < 1e-6);
        QVERIFY(std::abs(v.gradient[0] - (-a * sigmoid(a * (mr - 0.5)) / 2)) < 1e-6);
        QVERIFY(std::abs(v.gradient[1] - (a * sigmoid(a * (0.5 - mf)) / 2)) < 1e-6);
    }

    void ge2eByHand()
    {
        // Two classes of two 2-d embeddings each.
        const std::vector<float> e{1, 0, 0.8f, 0.6f, 0, 1, -0.6f, 0.8f};
        const std::vector<int> y{0, 0, 1, 1};
        const double w = 10, b = -5;
        const LossValue v = ge2eProbe(e, 4, 2, y, w, b);
        // By hand: unit vectors; own centroid without the row itself = the other member of the class.
        auto unit = [&](int i) {
            const double x = e[size_t(2 * i)], z = e[size_t(2 * i + 1)], n = std::hypot(x, z);
            return std::make_pair(x / n, z / n);
        };
        auto cosv = [](std::pair<double, double> p, std::pair<double, double> q) {
            return (p.first * q.first + p.second * q.second) / std::hypot(p.first, p.second) / std::hypot(q.first, q.second);
        };
        double total = 0;
        for (int i = 0; i < 4; ++i) {
            const int k = y[size_t(i)];
            const int other = k == 0 ? (i == 0 ? 1 : 0) : (i == 2 ? 3 : 2);
            const auto own = unit(other);
            const int j0 = k == 0 ? 2 : 0;
            const auto u0 = unit(j0), u1 = unit(j0 + 1);
            const std::pair<double, double> cent{(u0.first + u1.first) / 2, (u0.second + u1.second) / 2};
            const double sOwn = w * cosv(unit(i), own) + b, sOther = w * cosv(unit(i), cent) + b;
            total += -sOwn + std::log(std::exp(sOwn) + std::exp(sOther));
        }
        QVERIFY2(std::abs(v.loss - total / 4) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(v.loss).arg(total / 4)));
        // Autograd against central differences.
        for (size_t i = 0; i < e.size(); ++i) {
            std::vector<float> p = e, q = e;
            p[i] += 1e-3f;
            q[i] -= 1e-3f;
            const double fd = (ge2eProbe(p, 4, 2, y, w, b).loss - ge2eProbe(q, 4, 2, y, w, b).loss) / 2e-3;
            QVERIFY2(std::abs(fd - v.gradient[i]) < 2e-2 * std::max(1.0, std::abs(fd)),
                     qPrintable(QStringLiteral("element %1: %2 vs %3").arg(i).arg(fd).arg(v.gradient[i])));
        }
    }

    void tinyNetworkOverfits16Clips()
    {
        QTemporaryDir dir;
        const QString protocol = writeTinyCorpus(dir.path());
        TrainConfig c = tinyConfig(protocol, dir.path() + QStringLiteral("/run"));
        c.epochs = 8;
        c.epochSize = 128; // 8 steps an epoch: BatchNorm's running statistics settle
        c.batchSize = 16;
        c.optim.learningRate = 5e-3;
        c.optim.weightDecay = 0;
        c.optim.schedule = QStringLiteral("constant");
        c.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ce")},
                   HeadPlan{QStringLiteral("attack"), QStringLiteral("ce")}};
        c.selectMetric = QStringLiteral("accuracy:attack");
        Trainer t(c);
        const TrainResult r = t.run();
        QVERIFY(!r.cancelled);
        QCOMPARE(int(r.history.size()), 8);
        const EpochRecord &best = r.history.back();
        QCOMPARE(best.accuracy.at(QStringLiteral("bonafide")), 1.0);
        QCOMPARE(best.accuracy.at(QStringLiteral("attack")), 1.0);
        QCOMPARE(best.detectionEer, 0.0);
        QVERIFY(r.history.back().trainLoss < r.history.front().trainLoss);
        // The log has one row per epoch.
        QFile log(r.runDir + QStringLiteral("/log.csv"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count('\n'), 9);
        // readEpochLog gives the run's history back from log.csv.
        const std::vector<EpochRecord> back = readEpochLog(r.runDir);
        QCOMPARE(int(back.size()), 8);
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].epoch, r.history[i].epoch);
            QVERIFY(std::abs(back[i].trainLoss - r.history[i].trainLoss) <= 1e-6 * std::abs(r.history[i].trainLoss));
            QCOMPARE(back[i].accuracy.at(QStringLiteral("attack")), r.history[i].accuracy.at(QStringLiteral("attack")));
            QCOMPARE(back[i].best, r.history[i].best);
        }
        // A damaged row names its line.
        QFile bad(r.runDir + QStringLiteral("/log.csv"));
        QVERIFY(bad.open(QIODevice::Append));
        bad.write("9,nan\n");
        bad.close();
        try {
            readEpochLog(r.runDir);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("log.csv:10")), qPrintable(e.message()));
        }
    }

    void aasistLFineTunesFromThePublishedCheckpoint()
    {
        ST_REQUIRE_SHARED(shared);
        QTemporaryDir dir;
        const QString protocol = writeTinyCorpus(dir.path(), 4);
        TrainConfig c = tinyConfig(protocol, dir.path() + QStringLiteral("/run"));
        c.architecture = QStringLiteral("aasist-l");
        c.initFrom = shared + QStringLiteral("/models/aasist/AASIST-L.pth");
        c.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ce")},
                   HeadPlan{QStringLiteral("attack"), QStringLiteral("aam")}};
        c.epochs = 1;
        c.batchSize = 2;
        c.optim.learningRate = 1e-5;
        Trainer t(c);
        const TrainResult r = t.run();
        const ModelManifest m = ModelManifest::fromJsonFile(r.manifestPath);
        QCOMPARE(m.kind, QStringLiteral("native-aasist"));
        // The published detectors' convention is kept: class 1 = bona fide.
        QCOMPARE(m.classNames, (QStringList{"spoof", "bonafide"}));
        QCOMPARE(m.bonafideClass, 1);
        EmbeddingModelPtr model = ModelRegistry::load(m, RunOptions{false, 1});
        QCOMPARE(model->embeddingDim(), 160);
        ModelRunner runner(model);
        AudioFile f(dir.path() + QStringLiteral("/clip_00.wav"));
        const ClipResult out = runner.run(f.readFrames(0, f.info().frames));
        QVERIFY(std::isfinite(out.score));
        // Fine-tuned, not replaced: a small learning rate keeps the weights near the published ones.
        const std::vector<PthTensor> mine = readStateDictFile(m.resolvedWeightsPath());
        const std::vector<PthTensor> published = readStateDictFile(c.initFrom);
        double diff = 0, norm = 0;
        for (const PthTensor &a : mine)
            for (const PthTensor &b : published)
                if (a.name == b.name && a.name == QLatin1String("out_layer.weight")) {
                    const auto va = a.toFloat(), vb = b.toFloat();
                    for (size_t i = 0; i < va.size(); ++i) {
                        diff += (va[i] - vb[i]) * (va[i] - vb[i]);
                        norm += vb[i] * vb[i];
                    }
                }
        QVERIFY(norm > 0);
        QVERIFY2(diff > 0 && diff < 0.01 * norm, qPrintable(QStringLiteral("%1 / %2").arg(diff).arg(norm)));
    }

    void resumeAfterKillEqualsUninterrupted()
    {
        QTemporaryDir dir;
        const QString protocol = writeTinyCorpus(dir.path());
        const TrainConfig a = tinyConfig(protocol, dir.path() + QStringLiteral("/a"));
        TrainConfig b = a;
        b.outputDir = dir.path() + QStringLiteral("/b");
        {
            Trainer t(a);
            QVERIFY(!t.run().cancelled);
        }
        {
            Trainer t(b);
            t.setStopAfterSteps(3); // 2 batches per epoch: killed in the middle of epoch 2
            QVERIFY(t.run().cancelled);
        }
        QVERIFY(QFileInfo::exists(b.outputDir + QStringLiteral("/checkpoint/state.json")));
        QVERIFY(!QFileInfo::exists(b.outputDir + QStringLiteral("/model/manifest.json")));
        {
            Trainer t = Trainer::resume(b.outputDir);
            const TrainResult r = t.run();
            QVERIFY(!r.cancelled);
            QCOMPARE(int(r.history.size()), 3);
        }
        const QByteArray wa = sttest::sha256Of(a.outputDir + QStringLiteral("/model/weights.safetensors"));
        const QByteArray wb = sttest::sha256Of(b.outputDir + QStringLiteral("/model/weights.safetensors"));
        QVERIFY(!wa.isEmpty());
        QCOMPARE(wb, wa);
        QCOMPARE(sttest::bytesOf(b.outputDir + QStringLiteral("/log.csv")).count('\n'),
                 sttest::bytesOf(a.outputDir + QStringLiteral("/log.csv")).count('\n'));
        // Cancelled (not killed) runs write a checkpoint mid-epoch and resume the same way.
        TrainConfig cc = a;
        cc.outputDir = dir.path() + QStringLiteral("/c");
        {
            Trainer t(cc);
            int calls = 0;
            t.setCancel([&calls] { return ++calls > 5; });
            QVERIFY(t.run().cancelled);
        }
        {
            Trainer t = Trainer::resume(cc.outputDir);
            QVERIFY(!t.run().cancelled);
        }
        QCOMPARE(sttest::sha256Of(cc.outputDir + QStringLiteral("/model/weights.safetensors")), wa);
        // A finished run cannot be started again in the same folder.
        QVERIFY_THROWS_EXCEPTION(st::Error, Trainer t(a));
    }

    void trainedModelRoundTripsThroughRegistry()
    {
        QTemporaryDir dir;
        const QString protocol = writeTinyCorpus(dir.path());
        TrainConfig c = tinyConfig(protocol, dir.path() + QStringLiteral("/run"));
        c.epochs = 2;
        c.heads = {HeadPlan{QStringLiteral("bonafide"), QStringLiteral("ocsoftmax")},
                   HeadPlan{QStringLiteral("attack"), QStringLiteral("aam")},
                   HeadPlan{QStringLiteral("vocoder"), QStringLiteral("ge2e")}};
        Trainer t(c);
        const TrainResult r = t.run();
        QVERIFY(QFileInfo::exists(r.manifestPath));
        ModelRegistry reg(QStringList{r.modelDir});
        QVERIFY2(reg.problems().isEmpty(), qPrintable(reg.problems().join('\n')));
        QVERIFY(reg.find(QStringLiteral("tiny")));
        const ModelManifest m = reg.resolve(QStringLiteral("tiny"));
        QCOMPARE(m.kind, QStringLiteral("native-spectral"));
        QCOMPARE(m.classNames, (QStringList{"bonafide", "spoof"}));
        QCOMPARE(m.bonafideClass, 0);
        EmbeddingModelPtr model = ModelRegistry::load(m, RunOptions{false, 1});
        QCOMPARE(model->embeddingDim(), 32);
        ModelRunner runner(model);
        // The training set's class means (ood.safetensors) from the registry's model, clip by clip.
        std::vector<PthTensor> ood = readSafetensors(r.modelDir + QStringLiteral("/ood.safetensors"));
        const PthTensor *means = nullptr;
        for (const PthTensor &x : ood)
            if (x.name == QLatin1String("class_means"))
                means = &x;
        QVERIFY(means);
        QCOMPARE(means->shape, (std::vector<int64_t>{2, 32}));
        // Recompute from the validation protocol == training protocol, first second of each clip.
        std::vector<double> sum(64, 0.0);
        int count[2] = {0, 0};
        double firstScore = 0;
        for (int i = 0; i < 16; ++i) {
            AudioFile f(dir.path() + QStringLiteral("/clip_%1.wav").arg(i, 2, 10, QLatin1Char('0')));
            const std::vector<float> x = f.readFrames(0, f.info().frames);
            const ClipResult out = runner.run(x);
            const int y = i % 2 == 0 ? 0 : 1;
            for (int d = 0; d < 32; ++d)
                sum[size_t(y * 32 + d)] += out.embedding[size_t(d)];
            ++count[y];
            if (i == 0)
                firstScore = out.score;
        }
        const std::vector<float> mv = means->toFloat();
        for (int y = 0; y < 2; ++y)
            for (int d = 0; d < 32; ++d)
                QVERIFY2(std::abs(sum[size_t(y * 32 + d)] / count[y] - mv[size_t(y * 32 + d)]) < 1e-3,
                         qPrintable(QStringLiteral("class %1 dim %2").arg(y).arg(d)));
        QVERIFY(std::isfinite(firstScore));
        // Loading again gives the same numbers.
        ModelRunner again(ModelRegistry::load(m, RunOptions{false, 1}));
        AudioFile f0(dir.path() + QStringLiteral("/clip_00.wav"));
        QCOMPARE(again.run(f0.readFrames(0, f0.info().frames)).score, firstScore);
        // The OOD thresholds are there.
        QFile oj(r.modelDir + QStringLiteral("/ood.json"));
        QVERIFY(oj.open(QIODevice::ReadOnly));
        const QJsonObject th = QJsonDocument::fromJson(oj.readAll()).object().value("thresholds").toObject();
        for (const char *k : {"msp", "energy", "knnCosine", "nsd", "mahalanobis"})
            QVERIFY2(th.contains(k), k);
    }

    void brokenConfigurationsNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"epochs\": 3,,}") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong type") << QByteArray("{\"epochs\": \"ten\"}") << QStringLiteral("epochs: must be an integer");
        QTest::newRow("out of range") << QByteArray("{\"batchSize\": 0}") << QStringLiteral("batchSize: must be in");
        QTest::newRow("unknown") << QByteArray("{\"epocs\": 3}") << QStringLiteral("epocs: unknown field");
        QTest::newRow("loss") << QByteArray("{\"heads\": [{\"level\": \"attack\", \"loss\": \"hinge\"}]}")
                              << QStringLiteral("heads[0].loss: must be one of");
        QTest::newRow("oc level") << QByteArray("{\"heads\": [{\"level\": \"attack\", \"loss\": \"ocsoftmax\"}]}")
                                  << QStringLiteral("heads[0].loss: ocsoftmax learns");
        QTest::newRow("network") << QByteArray("{\"network\": {\"frontEnd\": \"mfcc\"}}")
                                 << QStringLiteral("network.frontEnd: must be one of");
        QTest::newRow("optim") << QByteArray("{\"optim\": {\"learningRate\": -1}}")
                               << QStringLiteral("optim.learningRate: must be in");
        QTest::newRow("metric") << QByteArray("{\"selectMetric\": \"accuracy:codec\"}")
                                << QStringLiteral("selectMetric: names the head \"codec\"");
        QTest::newRow("augment") << QByteArray("{\"augmentation\": {\"noiseProbability\": 2}}")
                                 << QStringLiteral("noiseProbability");
    }
    void brokenConfigurationsNameFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/run.json");
        writeText(path, json);
        try {
            TrainConfig::fromJsonFile(path);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void brokenDataNamesTheFile()
    {
        QTemporaryDir dir;
        const QString protocol = writeTinyCorpus(dir.path(), 8);
        // A level the protocol does not have.
        TrainConfig c = tinyConfig(protocol, dir.path() + QStringLiteral("/r1"));
        c.heads = {HeadPlan{QStringLiteral("speaker"), QStringLiteral("ce")}};
        try {
            Trainer t(c);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("speaker")), qPrintable(e.message()));
        }
        // A missing clip stops the run with its name.
        QFile::remove(dir.path() + QStringLiteral("/clip_03.wav"));
        TrainConfig d = tinyConfig(protocol, dir.path() + QStringLiteral("/r2"));
        try {
            Trainer t(d);
            t.run();
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("clip_03.wav")), qPrintable(e.message()));
        }
        // A protocol that does not exist.
        TrainConfig m = tinyConfig(dir.path() + QStringLiteral("/nope.tsv"), dir.path() + QStringLiteral("/r3"));
        m.validationProtocols.clear();
        try {
            Trainer t(m);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("nope.tsv")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainCore)
#include "tst_train_core.moc"
