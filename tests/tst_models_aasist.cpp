// The native AASIST against the reference implementation's outputs (../shared/reference: clovaai/aasist
// with Debian's python3-torch) on the 24 listed dev clips, whole clip and cut/repeat-padded to 64 600
// samples, for the three published checkpoints; plus config parsing and the loader's error paths.
#include "models/AasistConfig.h"
#include "models/AasistModel.h"
#include "models/TorchScriptModel.h"
#include "util/Error.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <algorithm>
#include <cmath>

using namespace st;

namespace {

// Whole FLAC clip as float32 = int16 / 32768, read with libsndfile (as the reference did).
std::vector<float> decodeClip(const QString &path)
{
    SF_INFO info{};
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_READ, &info);
    if (!f)
        throw Error(path, QString::fromUtf8(sf_strerror(nullptr)));
    std::vector<short> pcm(size_t(info.frames) * size_t(info.channels));
    sf_readf_short(f, pcm.data(), info.frames);
    sf_close(f);
    std::vector<float> out(size_t(info.frames));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = float(pcm[i * size_t(info.channels)]) / 32768.0f;
    return out;
}

// The reference evaluation's input policy: tile int(64600 / len) + 1 times, keep the first 64600.
std::vector<float> cutOrRepeat(const std::vector<float> &x, size_t len = 64600)
{
    std::vector<float> out;
    out.reserve(len);
    while (out.size() < len)
        out.insert(out.end(), x.begin(), x.begin() + long(std::min(x.size(), len - out.size())));
    return out;
}

double maxAbsDiff(const std::vector<float> &a, const QJsonArray &ref)
{
    if (int(a.size()) != ref.size())
        return INFINITY;
    double m = 0;
    for (int i = 0; i < ref.size(); ++i)
        m = std::max(m, std::abs(double(a[size_t(i)]) - ref.at(i).toDouble()));
    return m;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

RunOptions oneThread()
{
    RunOptions o;
    o.preferCuda = false;
    o.threads = 1; // pinned: tests run in parallel on a 2-core machine
    return o;
}

struct Checkpoint
{
    const char *tag, *conf, *pth, *reference;
    int classes;
};
const Checkpoint kCheckpoints[] = {
    {"aasist", "models/aasist/AASIST.conf", "models/aasist/AASIST.pth", "reference/aasist_dev.json", 2},
    {"aasist-l", "models/aasist/AASIST-L.conf", "models/aasist/AASIST-L.pth", "reference/aasist-l_dev.json", 2},
    {"aasist-stopa", "models/stopa/AASIST_STOPA.conf", "models/stopa/AASIST_STOPA.pth",
     "reference/aasist_stopa_dev.json", 13},
};

} // namespace

class TestModelsAasist : public QObject
{
    Q_OBJECT

private slots:
    void configFromReferenceFiles();
    void configRejectsBrokenFields_data();
    void configRejectsBrokenFields();
    void loaderListsMismatchedParameters();
    void loaderRejectsMissingFiles();
    void forwardRejectsBadInput();
    void loadsFromManifest();
    void batchEqualsSingle();
    void inputGradientsMatchFiniteDifferences();
    void twoThreadsMatchReference();
    void fidelityAgainstReference_data();
    void fidelityAgainstReference();
};

void TestModelsAasist::configFromReferenceFiles()
{
    ST_REQUIRE_SHARED(shared);
    const AasistConfig a = AasistConfig::fromJsonFile(shared + "/models/aasist/AASIST.conf");
    QCOMPARE(a.firstConv, 128);
    QCOMPARE(a.sincKernelSize(), 129);
    QCOMPARE(a.sincFilters, 70);
    QCOMPARE(a.blockChannels[2], std::make_pair(32, 64));
    QCOMPARE(a.gatDims[0], 64);
    QCOMPARE(a.gatDims[1], 32);
    QCOMPARE(a.poolRatios[1], 0.7);
    QCOMPARE(a.temperatures[2], 100.0);
    QCOMPARE(a.embeddingDim(), 160);
    QCOMPARE(a.nbSamp, 64600);

    const AasistConfig l = AasistConfig::fromJsonFile(shared + "/models/aasist/AASIST-L.conf");
    QCOMPARE(l.blockChannels[3], std::make_pair(24, 24));
    QCOMPARE(l.gatDims[0], 24);
    QCOMPARE(l.poolRatios[0], 0.4);
    QCOMPARE(l.encoderChannels(), 24);
    QCOMPARE(l.toJson(), AasistConfig::aasistL().toJson());
    QCOMPARE(AasistConfig::fromJson(a.toJson()).toJson(), AasistConfig::aasist().toJson());
}

void TestModelsAasist::configRejectsBrokenFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no first_conv") << "first_conv" << QJsonValue() << "first_conv";
    QTest::newRow("negative first_conv") << "first_conv" << QJsonValue(-5) << "first_conv";
    QTest::newRow("filts too short") << "filts" << QJsonValue(QJsonArray{70, QJsonArray{1, 32}}) << "filts";
    QTest::newRow("filts chain broken")
        << "filts"
        << QJsonValue(QJsonArray{70, QJsonArray{1, 32}, QJsonArray{32, 32}, QJsonArray{16, 64}, QJsonArray{64, 64}})
        << "filts[3]";
    QTest::newRow("gat_dims text") << "gat_dims" << QJsonValue(QJsonArray{"64", 32}) << "gat_dims[0]";
    QTest::newRow("pool ratio > 1") << "pool_ratios" << QJsonValue(QJsonArray{0.5, 1.5, 0.5, 0.5}) << "pool_ratios[1]";
    QTest::newRow("zero temperature") << "temperatures" << QJsonValue(QJsonArray{2, 2, 0, 100}) << "temperatures[2]";
}

void TestModelsAasist::configRejectsBrokenFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject mc = AasistConfig::aasist().toJson();
    if (value.isNull())
        mc.remove(field);
    else
        mc.insert(field, value);
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.conf");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{"model_config", mc}}).toJson());
    f.close();
    try {
        AasistConfig::fromJsonFile(path);
        QFAIL("a broken config was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("\"%1\"").arg(expected)), qPrintable(e.message()));
    }
}

void TestModelsAasist::loaderListsMismatchedParameters()
{
    ST_REQUIRE_SHARED(shared);
    // AASIST weights with the AASIST-L config: encoder.2.0 and later have 64 channels in the file, 24 in
    // the model.
    const QString pth = shared + "/models/aasist/AASIST.pth";
    try {
        loadAasist(shared + "/models/aasist/AASIST-L.conf", pth, oneThread());
        QFAIL("mis-shaped weights were accepted");
    } catch (const Error &e) {
        const QString msg = e.message();
        QVERIFY2(msg.startsWith(pth), qPrintable(msg));
        QVERIFY2(msg.contains("wrong shape"), qPrintable(msg));
        QVERIFY2(msg.contains("encoder.2.0.conv1.weight (file [64, 32, 2, 3], model [24, 32, 2, 3])"), qPrintable(msg));
        QVERIFY2(msg.contains("pos_S"), qPrintable(msg));
        QVERIFY2(!msg.contains("encoder.0.0.conv1.weight"), qPrintable(msg)); // that one fits
    }
    // A config whose extra sinc filters change pos_S: one mis-shaped tensor, named.
    AasistConfig c = AasistConfig::aasist();
    c.sincFilters = 90;
    try {
        loadAasist(c, pth, oneThread());
        QFAIL("mis-shaped pos_S was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains("pos_S (file [1, 23, 64], model [1, 30, 64])"), qPrintable(e.message()));
    }
}

void TestModelsAasist::loaderRejectsMissingFiles()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath("nothing.pth");
    try {
        loadAasist(QString(), missing, oneThread());
        QFAIL("a missing checkpoint was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
    }
    const QString conf = dir.filePath("missing.conf");
    try {
        loadAasist(conf, missing, oneThread());
        QFAIL("a missing config was accepted");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(conf), qPrintable(e.message()));
    }
}

void TestModelsAasist::forwardRejectsBadInput()
{
    ST_REQUIRE_SHARED(shared);
    auto model = loadAasist(shared + "/models/aasist/AASIST-L.conf", shared + "/models/aasist/AASIST-L.pth", oneThread());
    QCOMPARE(model->embeddingDim(), 160);
    QCOMPARE(model->numClasses(), 2);
    QCOMPARE(model->device(), QStringLiteral("cpu")); // preferCuda = false
    QCOMPARE(model->manifest().kind, QStringLiteral("native-aasist"));
    {
        // preferCuda: CUDA when LibTorch has it and a GPU is present (never with Debian's LibTorch),
        // with the same outputs as the CPU model within the fidelity bound.
        RunOptions cudaOpt = oneThread();
        cudaOpt.preferCuda = true;
        auto onDevice = loadAasist(shared + "/models/aasist/AASIST-L.conf", shared + "/models/aasist/AASIST-L.pth", cudaOpt);
        QCOMPARE(onDevice->device(), TorchScriptModel::cudaAvailable() ? QStringLiteral("cuda:0") : QStringLiteral("cpu"));
        std::vector<float> w(16000);
        for (size_t i = 0; i < w.size(); ++i)
            w[i] = 0.3f * std::sin(0.05f * float(i)) * float(i % 7) / 7.0f;
        const ModelOutput a = model->forward({w}).at(0), b = onDevice->forward({w}).at(0);
        QCOMPARE(b.logits.size(), a.logits.size());
        for (size_t i = 0; i < a.logits.size(); ++i)
            QVERIFY(std::abs(a.logits[i] - b.logits[i]) < 1e-3f);
        for (size_t i = 0; i < a.embedding.size(); ++i)
            QVERIFY(std::abs(a.embedding[i] - b.embedding[i]) < 1e-3f);
    }
    QVERIFY(model->forward({}).empty());
    QVERIFY_THROWS_EXCEPTION(Error, model->forward({std::vector<float>(1000, 0.1f)}));
    QVERIFY_THROWS_EXCEPTION(Error, model->forward({std::vector<float>(8000), std::vector<float>(8001)}));
    // The shortest input that leaves one temporal node works.
    const auto out = model->forward({std::vector<float>(2315, 0.01f)});
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].embedding.size(), size_t(160));
    for (float v : out[0].embedding)
        QVERIFY(std::isfinite(v));
}

void TestModelsAasist::loadsFromManifest()
{
    ST_REQUIRE_SHARED(shared);
    ModelManifest m;
    m.name = "aasist-stopa";
    m.kind = "native-aasist";
    m.manifestPath = shared + "/models/stopa/manifest.json"; // relative files resolve against its folder
    m.weightsFile = "AASIST_STOPA.pth";
    m.configFile = "AASIST_STOPA.conf";
    for (int i = 0; i < 13; ++i)
        m.classNames << QString("class%1").arg(i);
    auto model = loadAasist(m, oneThread());
    QCOMPARE(model->numClasses(), 13);
    QCOMPARE(model->manifest().name, QStringLiteral("aasist-stopa"));
    QCOMPARE(model->manifest().embeddingDim, 160);

    m.classNames = QStringList{"spoof", "bonafide"};
    try {
        loadAasist(m, oneThread());
        QFAIL("a manifest with 2 class names was accepted for a 13-class checkpoint");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains("13"), qPrintable(e.message()));
    }
}

void TestModelsAasist::batchEqualsSingle()
{
    ST_REQUIRE_SHARED(shared);
    auto model = loadAasist(shared + "/models/aasist/AASIST.conf", shared + "/models/aasist/AASIST.pth", oneThread());
    const QStringList clips = {"dev_00100.flac", "dev_00040.flac"};
    std::vector<std::vector<float>> batch;
    for (const QString &c : clips)
        batch.push_back(cutOrRepeat(decodeClip(shared + "/corpus/dev/wav/" + c), 32000));
    const auto both = model->forward(batch);
    QCOMPARE(both.size(), size_t(2));
    for (size_t b = 0; b < 2; ++b) {
        const auto one = model->forward({batch[b]});
        for (size_t i = 0; i < one[0].embedding.size(); ++i)
            QVERIFY(std::abs(one[0].embedding[i] - both[b].embedding[i]) < 1e-4f);
        for (size_t i = 0; i < one[0].logits.size(); ++i)
            QVERIFY(std::abs(one[0].logits[i] - both[b].logits[i]) < 1e-4f);
    }
    // Different clips give different embeddings (nothing constant slipped through).
    double d = 0;
    for (size_t i = 0; i < 160; ++i)
        d += std::abs(both[0].embedding[i] - both[1].embedding[i]);
    QVERIFY(d > 1.0);
}

void TestModelsAasist::inputGradientsMatchFiniteDifferences()
{
    ST_REQUIRE_SHARED(shared);
    auto model = loadAasist(shared + "/models/aasist/AASIST-L.conf", shared + "/models/aasist/AASIST-L.pth", oneThread());
    const std::vector<float> x = cutOrRepeat(decodeClip(shared + "/corpus/dev/wav/dev_00040.flac"), 24000);
    // The differentiable path gives the fast path's outputs.
    const auto fast = model->forward({x});
    const auto g = aasistInputGradients(*model, {x}, 1);
    QCOMPARE(g.size(), size_t(1));
    QCOMPARE(g[0].gradient.size(), x.size());
    for (size_t i = 0; i < 160; ++i)
        QVERIFY(std::abs(g[0].output.embedding[i] - fast[0].embedding[i]) < 1e-4f);
    QVERIFY(std::abs(g[0].output.logits[1] - fast[0].logits[1]) < 1e-4f);

    // Directional derivative along the gradient: (f(x + e d) - f(x - e d)) / 2e = |g| for d = g / |g|.
    double norm = 0;
    for (float v : g[0].gradient) {
        QVERIFY(std::isfinite(v));
        norm += double(v) * v;
    }
    norm = std::sqrt(norm);
    QVERIFY(norm > 0);
    const double eps = 3e-5; // the logit curves fast: at 1e-3 the central difference is 20 % low
    std::vector<float> plus = x, minus = x;
    for (size_t i = 0; i < x.size(); ++i) {
        plus[i] += float(eps * g[0].gradient[i] / norm);
        minus[i] -= float(eps * g[0].gradient[i] / norm);
    }
    const auto fp = model->forward({plus, minus});
    const double fd = (double(fp[0].logits[1]) - fp[1].logits[1]) / (2 * eps);
    QVERIFY2(std::abs(fd - norm) < 0.05 * norm, qPrintable(QString("finite difference %1, |gradient| %2").arg(fd).arg(norm)));

    QVERIFY_THROWS_EXCEPTION(Error, aasistInputGradients(*model, {x}, 2));
}

void TestModelsAasist::twoThreadsMatchReference()
{
    // With more than one thread the fast path computes time chunks in parallel: same values.
    ST_REQUIRE_SHARED(shared);
    RunOptions two = oneThread();
    two.threads = 2;
    auto model = loadAasist(shared + "/models/aasist/AASIST.conf", shared + "/models/aasist/AASIST.pth", two);
    const QJsonObject ref = readJson(shared + "/reference/aasist_dev.json");
    for (const QString clip : {"dev_00040.flac", "dev_00476.flac"}) {
        const std::vector<float> wave = decodeClip(shared + "/corpus/dev/wav/" + clip);
        const auto out = model->forward({wave, wave});
        const QJsonObject r = ref.value(clip).toObject();
        for (size_t b = 0; b < 2; ++b) {
            const double de = maxAbsDiff(out[b].embedding, r.value("emb_full").toArray());
            const double dl = maxAbsDiff(out[b].logits, r.value("logits_full").toArray());
            QVERIFY2(de <= 1e-3 && dl <= 1e-3, qPrintable(QString("%1: %2 %3").arg(clip).arg(de).arg(dl)));
        }
    }
    loadAasist(shared + "/models/aasist/AASIST-L.conf", shared + "/models/aasist/AASIST-L.pth", oneThread());
}

void TestModelsAasist::fidelityAgainstReference_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 3; ++i)
        QTest::newRow(kCheckpoints[i].tag) << i;
}

void TestModelsAasist::fidelityAgainstReference()
{
    ST_REQUIRE_SHARED(shared);
    QFETCH(int, index);
    const Checkpoint &cp = kCheckpoints[index];
    const QJsonObject ref = readJson(shared + "/" + cp.reference);
    QVERIFY2(!ref.isEmpty(), qPrintable("cannot read " + shared + "/" + cp.reference));
    QFile list(shared + "/reference/dev_clips.txt");
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList clips;
    for (const QByteArray &l : list.readAll().split('\n'))
        if (!l.trimmed().isEmpty())
            clips << QString::fromUtf8(l.trimmed());
    QCOMPARE(clips.size(), 24);

    auto model = loadAasist(shared + "/" + cp.conf, shared + "/" + cp.pth, oneThread());
    QCOMPARE(model->numClasses(), cp.classes);
    QCOMPARE(model->embeddingDim(), 160);

    const double bound = 1e-3;
    double worstFull = 0, worstCut = 0;
    std::vector<std::vector<float>> cutBatch;
    QStringList cutNames;
    auto checkCut = [&]() {
        const auto outs = model->forward(cutBatch);
        for (int b = 0; b < cutNames.size(); ++b) {
            const QJsonObject r = ref.value(cutNames[b]).toObject();
            const double de = maxAbsDiff(outs[size_t(b)].embedding, r.value("emb_64600").toArray());
            const double dl = maxAbsDiff(outs[size_t(b)].logits, r.value("logits_64600").toArray());
            worstCut = std::max({worstCut, de, dl});
            QVERIFY2(de <= bound && dl <= bound,
                     qPrintable(QString("%1 %2 (64600): embedding diff %3, logits diff %4")
                                    .arg(cp.tag, cutNames[b]).arg(de).arg(dl)));
        }
        cutBatch.clear();
        cutNames.clear();
    };
    for (const QString &clip : clips) {
        QVERIFY2(ref.contains(clip), qPrintable(clip));
        const std::vector<float> wave = decodeClip(shared + "/corpus/dev/wav/" + clip);
        const QJsonObject r = ref.value(clip).toObject();
        const auto full = model->forward({wave});
        const double de = maxAbsDiff(full[0].embedding, r.value("emb_full").toArray());
        const double dl = maxAbsDiff(full[0].logits, r.value("logits_full").toArray());
        worstFull = std::max({worstFull, de, dl});
        QVERIFY2(de <= bound && dl <= bound,
                 qPrintable(QString("%1 %2 (whole clip): embedding diff %3, logits diff %4")
                                .arg(cp.tag, clip).arg(de).arg(dl)));
        cutBatch.push_back(cutOrRepeat(wave));
        cutNames << clip;
        if (cutBatch.size() == 8)
            checkCut();
    }
    if (!cutBatch.empty())
        checkCut();
    qInfo("%s: max |diff| whole clips %.2e, 64600-sample inputs %.2e (bound %.0e)", cp.tag, worstFull, worstCut,
          bound);
}

QTEST_GUILESS_MAIN(TestModelsAasist)
#include "tst_models_aasist.moc"
