// TorchScript models through the registry: outputs equal what PyTorch computed
// (tests/data/tiny_expected.json, made by scripts/make_test_torchscript.py), and broken files,
// altered weights and wrong output shapes are refused with messages that say so.
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "models/TorchScriptModel.h"
#include "util/Error.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace st;

namespace {

QString dataDir()
{
    return sttest::sourceDir() + QStringLiteral("/tests/data");
}

// The fixed input of scripts/make_test_torchscript.py (float64 maths, then float32).
std::vector<float> testRow(int r, int length)
{
    std::vector<float> x(static_cast<size_t>(length));
    for (int t = 0; t < length; ++t)
        x[size_t(t)] = float(0.5 * std::sin(2.0 * M_PI * 220.0 * (r + 1) * t / 16000.0)
                             + 0.25 * std::cos(2.0 * M_PI * 3.0 * t / length));
    return x;
}

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

// A copy of a test manifest in `dir` whose weightsFile points back at the committed model, with
// `changes` applied.
ModelManifest variant(const QTemporaryDir &dir, const QString &base, const QJsonObject &changes)
{
    QJsonObject o = readObject(dataDir() + "/" + base);
    o.insert("weightsFile", dataDir() + "/" + o.value("weightsFile").toString());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    const QString p = dir.filePath("variant.json");
    writeJson(p, o);
    return ModelManifest::fromJsonFile(p);
}

void expectRefused(const ModelManifest &m, const QStringList &phrases)
{
    try {
        ModelRegistry::load(m);
        QFAIL("the model was accepted");
    } catch (const Error &e) {
        for (const QString &ph : phrases)
            QVERIFY2(e.message().contains(ph), qPrintable(QStringLiteral("no \"%1\" in: %2").arg(ph, e.message())));
    }
}

} // namespace

class TestModelsTorchScript : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty() || !QFile::exists(dataDir() + "/tiny_tuple.pt"))
            QSKIP("tests/data/tiny_tuple.pt not found (SOURCETRACE_SOURCE_DIR unset?)");
    }

    void outputsEqualPyTorch_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::newRow("scripted, tuple output") << "tiny_tuple.json";
        QTest::newRow("traced, dict output") << "tiny_dict.json";
    }

    void outputsEqualPyTorch()
    {
        QFETCH(QString, manifest);
        const ModelManifest m = ModelManifest::fromJsonFile(dataDir() + "/" + manifest);
        RunOptions opt;
        opt.threads = 1;
        EmbeddingModelPtr model = ModelRegistry::load(m, opt);
        QCOMPARE(model->embeddingDim(), 8);
        QCOMPARE(model->numClasses(), 2);
        QCOMPARE(model->device(), QStringLiteral("cpu")); // Debian's LibTorch has no CUDA
        const QJsonObject expected = readObject(dataDir() + "/tiny_expected.json");
        const QJsonArray cases = expected.value("cases").toArray();
        QCOMPARE(cases.size(), 3);
        for (const QJsonValue &cv : cases) {
            const QJsonObject c = cv.toObject();
            const int rows = c.value("rows").toInt(), length = c.value("length").toInt();
            std::vector<std::vector<float>> batch;
            for (int r = 0; r < rows; ++r)
                batch.push_back(testRow(r, length));
            const std::vector<ModelOutput> out = model->forward(batch);
            QCOMPARE(int(out.size()), rows);
            for (int r = 0; r < rows; ++r) {
                const QJsonArray e = c.value("embedding").toArray().at(r).toArray();
                const QJsonArray l = c.value("logits").toArray().at(r).toArray();
                QCOMPARE(out[size_t(r)].embedding.size(), size_t(e.size()));
                QCOMPARE(out[size_t(r)].logits.size(), size_t(l.size()));
                for (int j = 0; j < e.size(); ++j)
                    QVERIFY2(std::abs(out[size_t(r)].embedding[size_t(j)] - e.at(j).toDouble()) < 1e-5,
                             qPrintable(QStringLiteral("case %1x%2 row %3 emb %4: %5 vs %6").arg(rows).arg(length).arg(r).arg(j)
                                            .arg(out[size_t(r)].embedding[size_t(j)]).arg(e.at(j).toDouble())));
                for (int j = 0; j < l.size(); ++j)
                    QVERIFY(std::abs(out[size_t(r)].logits[size_t(j)] - l.at(j).toDouble()) < 1e-5);
            }
        }
    }

    void runnerAppliesThePolicy()
    {
        const ModelManifest m = ModelManifest::fromJsonFile(dataDir() + "/tiny_tuple.json");
        auto model = ModelRegistry::load(m);
        ModelRunner runner(model);
        const QJsonObject c = readObject(dataDir() + "/tiny_expected.json").value("cases").toArray().at(2).toObject();
        QCOMPARE(c.value("length").toInt(), 1234);
        const std::vector<float> clip = testRow(0, 1234);
        // Whole clip: exactly PyTorch's forward of the 1234 samples.
        runner.setInputPolicy(InputPolicy::WholeClip);
        const ClipResult whole = runner.run(clip);
        const QJsonArray logits = c.value("logits").toArray().at(0).toArray();
        QVERIFY(std::abs(whole.score - logits.at(1).toDouble()) < 1e-5);
        // Fixed length (the manifest's 4000, repeat-padded): the forward of the padded clip.
        runner.setInputPolicy(InputPolicy::FixedLength, 4000);
        const ClipResult fixed = runner.run(clip);
        const ModelOutput direct = model->forward({ModelRunner::fitToLength(clip, 4000)}).front();
        QCOMPARE(fixed.embedding, direct.embedding);
        QCOMPARE(fixed.score, double(direct.logits[1]));
        QVERIFY(std::abs(fixed.score - whole.score) > 1e-6); // padding changes the input
    }

    void hashMismatchIsRefused()
    {
        QTemporaryDir dir;
        const ModelManifest m = variant(dir, "tiny_tuple.json", {{"weightsSha256", QString(64, QLatin1Char('0'))}});
        const QString actual = ModelRegistry::cachedSha256(m.resolvedWeightsPath());
        expectRefused(m, {m.resolvedWeightsPath(), actual, QString(64, QLatin1Char('0')), "refused"});
    }

    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a zip") << QByteArray("this is not a TorchScript archive\n");
        QFile f(dataDir() + "/tiny_tuple.pt");
        f.open(QIODevice::ReadOnly);
        const QByteArray all = f.readAll();
        QTest::newRow("truncated") << all.left(all.size() / 2);
        QTest::newRow("empty") << QByteArray();
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString pt = dir.filePath("broken.pt");
        {
            QFile f(pt);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const ModelManifest m = variant(dir, "tiny_tuple.json",
                                        {{"weightsFile", pt}, {"weightsSha256", ModelRegistry::cachedSha256(pt)}});
        expectRefused(m, {pt, "not a loadable TorchScript file"});
    }

    void wrongOutputsAreRefused_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("embedding size") << "tiny_tuple.json" << "embeddingDim" << QJsonValue(7) << "embeddingDim";
        QTest::newRow("class count") << "tiny_tuple.json" << "classNames" << QJsonValue(QJsonArray{"a", "b", "c"}) << "one per class name";
        QTest::newRow("tuple index") << "tiny_tuple.json" << "embeddingOutput" << QJsonValue(5) << "not an index";
        QTest::newRow("dict key") << "tiny_dict.json" << "logitsOutput" << QJsonValue("scores") << "{emb, logits}";
        QTest::newRow("index into a dict") << "tiny_dict.json" << "embeddingOutput" << QJsonValue(0) << "not one of them";
        QTest::newRow("swapped outputs") << "tiny_tuple.json" << "embeddingOutput" << QJsonValue(1) << "embedding output has shape [1,2]";
    }

    void wrongOutputsAreRefused()
    {
        QFETCH(QString, base);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        QJsonObject changes;
        changes.insert(field, value);
        const ModelManifest m = variant(dir, base, changes);
        expectRefused(m, {m.resolvedWeightsPath(), phrase});
    }

    void registryListsTestModels()
    {
        ModelRegistry reg({dataDir()});
        // tests/data is shared with other suites' models: look for ours.
        QVERIFY(reg.names().contains("tiny-dict"));
        QVERIFY(reg.names().contains("tiny-tuple"));
        reg.checkWeights();
        for (const ModelEntry &e : reg.entries())
            QVERIFY2(e.weights == ModelEntry::WeightsState::Ok, qPrintable(e.manifest.name));
        QVERIFY(reg.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelsTorchScript)
#include "tst_models_torchscript.moc"
