// Model manifests and the model registry: parsing (errors name the field), folders, name
// resolution, weights-hash verification and its cache, the published manifests.
#include "models/ModelManifest.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace st;

namespace {

QJsonObject validManifest()
{
    QJsonObject o;
    o.insert("name", "m1");
    o.insert("version", "3");
    o.insert("kind", "torchscript");
    o.insert("architecture", "a note");
    o.insert("weightsFile", "w.pt");
    o.insert("weightsSha256", QString(64, QLatin1Char('a')));
    o.insert("sampleRate", 16000);
    o.insert("inputPolicy", "fixed-length");
    o.insert("inputLength", 4000);
    o.insert("hop", 2000);
    o.insert("embeddingOutput", 0);
    o.insert("logitsOutput", "logits");
    o.insert("embeddingDim", 8);
    o.insert("classNames", QJsonArray{"spoof", "bonafide"});
    o.insert("bonafideClass", 1);
    o.insert("higherIsBonafide", true);
    o.insert("licence", "CC0");
    o.insert("provenance", "made here");
    return o;
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// SHA-256("abc"), FIPS 180-2 appendix B.1.
const char *kShaAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
// SHA-256("abcd").
const char *kShaAbcd = "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589";

} // namespace

class TestModelsManifest : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryField()
    {
        const ModelManifest m = ModelManifest::fromJson(validManifest(), "/x/y/m1.json");
        QCOMPARE(m.name, QString("m1"));
        QCOMPARE(m.version, QString("3"));
        QCOMPARE(m.kind, QString("torchscript"));
        QCOMPARE(m.architecture, QString("a note"));
        QCOMPARE(m.weightsSha256, QString(64, QLatin1Char('a')));
        QCOMPARE(m.sampleRate, 16000);
        QCOMPARE(m.inputPolicy, InputPolicy::FixedLength);
        QCOMPARE(m.padding, Padding::Repeat);
        QCOMPARE(m.inputLength, 4000);
        QCOMPARE(m.hop, 2000);
        QCOMPARE(m.embeddingOutput, QString("0")); // a number is a tuple index
        QCOMPARE(m.logitsOutput, QString("logits"));
        QCOMPARE(m.embeddingDim, 8);
        QCOMPARE(m.classNames, QStringList({"spoof", "bonafide"}));
        QCOMPARE(m.bonafideClass, 1);
        QVERIFY(m.higherIsBonafide);
        QVERIFY(m.isDetector());
        QCOMPARE(m.licence, QString("CC0"));
        QCOMPARE(m.provenance, QString("made here"));
        QCOMPARE(m.resolvedWeightsPath(), QString("/x/y/w.pt"));
        QCOMPARE(m.scoreConvention(), QString("logit 1 = bona fide; higher = more bona fide"));
    }

    void roundTrips()
    {
        QJsonObject o = validManifest();
        o.insert("inputPolicy", "sliding-windows");
        o.insert("padding", "zeros");
        o.insert("configFile", "/abs/cfg.json");
        const ModelManifest a = ModelManifest::fromJson(o, "/p/a.json");
        const ModelManifest b = ModelManifest::fromJson(a.toJson(), "/p/a.json");
        QCOMPARE(QJsonDocument(b.toJson()).toJson(), QJsonDocument(a.toJson()).toJson());
        QCOMPARE(b.inputPolicy, InputPolicy::SlidingWindows);
        QCOMPARE(b.padding, Padding::Zeros);
        QCOMPARE(b.resolvedConfigPath(), QString("/abs/cfg.json"));
    }

    void wholeClipNeedsNoLength()
    {
        QJsonObject o = validManifest();
        o.insert("inputPolicy", "whole-clip");
        o.remove("inputLength");
        o.remove("hop");
        o.insert("kind", "native-aasist");
        o.remove("embeddingOutput");
        o.remove("logitsOutput");
        o.insert("bonafideClass", -1);
        const ModelManifest m = ModelManifest::fromJson(o, "m.json");
        QCOMPARE(m.inputPolicy, InputPolicy::WholeClip);
        QVERIFY(!m.isDetector());
        QVERIFY(m.scoreConvention().contains("not a detector"));
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the field
        QTest::addColumn<QString>("expected"); // a phrase of the message
        QTest::newRow("name missing") << "name" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("name with space") << "name" << QJsonValue("a b") << "must be letters";
        QTest::newRow("kind unknown") << "kind" << QJsonValue("onnx") << "must be \"native-aasist\", \"native-spectral\" or \"torchscript\"";
        QTest::newRow("weightsFile missing") << "weightsFile" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("sha not hex") << "weightsSha256" << QJsonValue("xyz") << "64 hexadecimal digits";
        QTest::newRow("sampleRate string") << "sampleRate" << QJsonValue("16k") << "must be an integer";
        QTest::newRow("sampleRate too low") << "sampleRate" << QJsonValue(8) << "must be at least";
        QTest::newRow("policy unknown") << "inputPolicy" << QJsonValue("chunks") << "must be \"whole-clip\"";
        QTest::newRow("length missing") << "inputLength" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("length fractional") << "inputLength" << QJsonValue(4000.5) << "must be an integer";
        QTest::newRow("padding unknown") << "padding" << QJsonValue("mirror") << "must be \"repeat\" or \"zeros\"";
        QTest::newRow("embeddingOutput missing") << "embeddingOutput" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("logitsOutput negative") << "logitsOutput" << QJsonValue(-1) << "tuple index >= 0";
        QTest::newRow("embeddingDim zero") << "embeddingDim" << QJsonValue(0) << "must be at least 1";
        QTest::newRow("classNames empty") << "classNames" << QJsonValue(QJsonArray()) << "is empty";
        QTest::newRow("classNames not strings") << "classNames" << QJsonValue(QJsonArray{1, 2}) << "non-empty strings";
        QTest::newRow("bonafideClass too big") << "bonafideClass" << QJsonValue(2) << "only 2 class names";
        QTest::newRow("bonafideClass missing") << "bonafideClass" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("polarity not bool") << "higherIsBonafide" << QJsonValue("yes") << "true or false";
        QTest::newRow("licence missing") << "licence" << QJsonValue(QJsonValue::Undefined) << "is missing";
        QTest::newRow("provenance empty") << "provenance" << QJsonValue("  ") << "is empty";
        QTest::newRow("format too new") << "formatVersion" << QJsonValue(99) << "update SourceTrace";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = validManifest();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        try {
            ModelManifest::fromJson(o, "/models/bad.json");
            QFAIL("accepted a bad manifest");
        } catch (const Error &e) {
            QCOMPARE(e.path(), QString("/models/bad.json"));
            QVERIFY2(e.cause().contains(QStringLiteral("\"%1\"").arg(field)), qPrintable(e.message()));
            QVERIFY2(e.cause().contains(expected), qPrintable(e.message()));
        }
    }

    void fileErrorsNameFileAndLine()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("broken.json");
        writeBytes(p, "{\n  \"name\": \"x\",\n  \"kind\": torchscript\n}\n");
        try {
            ModelManifest::fromJsonFile(p);
            QFAIL("accepted broken JSON");
        } catch (const Error &e) {
            QCOMPARE(e.path(), p);
            QCOMPARE(e.line(), 3);
        }
        try {
            ModelManifest::fromJsonFile(dir.filePath("none.json"));
            QFAIL("accepted a missing file");
        } catch (const Error &e) {
            QVERIFY(e.message().contains("not found"));
        }
    }

    void registryScansFoldersInOrder()
    {
        QTemporaryDir a, b;
        QVERIFY(QDir(b.path()).mkpath("sub/deeper"));
        QJsonObject m = validManifest();
        writeJson(a.filePath("one.json"), m);
        m.insert("version", "other");
        writeJson(b.filePath("sub/one-again.json"), m); // same name: shadowed by a's
        m.insert("name", "two");
        writeJson(b.filePath("sub/deeper/two.json"), m);
        QJsonObject notManifest;
        notManifest.insert("model_config", QJsonObject());
        writeJson(b.filePath("AASIST.conf.json"), notManifest); // a JSON without "kind": ignored
        writeBytes(b.filePath("broken.json"), "{ \"kind\": \"torchscript\", ");

        ModelRegistry reg({a.path(), b.path()});
        QCOMPARE(reg.names(), QStringList({"m1", "two"}));
        QCOMPARE(reg.entries().size(), 3);
        QCOMPARE(reg.find("m1")->manifest.version, QString("3"));
        QCOMPARE(reg.entries().at(1).shadowedBy, a.filePath("one.json"));
        QCOMPARE(reg.problems().size(), 1);
        QVERIFY(reg.problems().first().contains("broken.json"));
        // Missing weights are seen without hashing.
        QCOMPARE(reg.find("two")->weights, ModelEntry::WeightsState::Missing);

        QCOMPARE(reg.resolve("two").manifestPath, b.filePath("sub/deeper/two.json"));
        QCOMPARE(reg.resolve(b.filePath("sub/one-again.json")).version, QString("other"));
        try {
            reg.resolve("nope");
            QFAIL("resolved an unknown name");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("\"nope\"") && e.message().contains("m1, two"), qPrintable(e.message()));
        }
    }

    void defaultFoldersHonourTheEnvironment()
    {
        QTemporaryDir a, b;
        qputenv("SOURCETRACE_MODEL_PATH", (a.path() + ":" + b.path()).toUtf8());
        const QStringList f = ModelRegistry::defaultFolders();
        qunsetenv("SOURCETRACE_MODEL_PATH");
        QVERIFY(f.size() >= 3);
        QCOMPARE(f.at(0), a.path());
        QCOMPARE(f.at(1), b.path());
        QCOMPARE(f.at(2), ModelRegistry::userFolder());
        QVERIFY(ModelRegistry::userFolder().endsWith("/models"));
        // The project's models/ folder (found beside the build or through SOURCETRACE_SOURCE_DIR).
        if (!sttest::sourceDir().isEmpty())
            QVERIFY2(f.contains(QDir(sttest::sourceDir() + "/models").canonicalPath())
                         || f.contains(QDir::cleanPath(sttest::sourceDir() + "/models")),
                     qPrintable(f.join(", ")));
    }

    void hashMismatchIsRefused()
    {
        QTemporaryDir dir;
        writeBytes(dir.filePath("w.pt"), "abc");
        QJsonObject o = validManifest();
        o.insert("weightsSha256", kShaAbc);
        writeJson(dir.filePath("m.json"), o);
        const ModelManifest good = ModelManifest::fromJsonFile(dir.filePath("m.json"));
        ModelRegistry::verifyWeights(good); // no throw

        o.insert("weightsSha256", QString(kShaAbc).replace(0, 1, "0"));
        writeJson(dir.filePath("m.json"), o);
        const ModelManifest bad = ModelManifest::fromJsonFile(dir.filePath("m.json"));
        try {
            ModelRegistry::verifyWeights(bad);
            QFAIL("accepted weights with another hash");
        } catch (const Error &e) {
            QCOMPARE(e.path(), dir.filePath("w.pt"));
            QVERIFY2(e.message().contains(kShaAbc), qPrintable(e.message()));
            QVERIFY2(e.message().contains(bad.weightsSha256), qPrintable(e.message()));
            QVERIFY2(e.message().contains(dir.filePath("m.json")), qPrintable(e.message()));
        }
        try {
            ModelRegistry::load(bad);
            QFAIL("loaded weights with another hash");
        } catch (const Error &e) {
            QVERIFY(e.message().contains("refused"));
        }

        ModelRegistry reg({dir.path()});
        reg.checkWeights();
        QCOMPARE(reg.find("m1")->weights, ModelEntry::WeightsState::Mismatch);
        QCOMPARE(reg.find("m1")->actualSha256, QString(kShaAbc));

        o.remove("weightsSha256");
        writeJson(dir.filePath("m.json"), o);
        try {
            ModelRegistry::verifyWeights(ModelManifest::fromJsonFile(dir.filePath("m.json")));
            QFAIL("accepted unpinned weights");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("pins no weightsSha256") && e.message().contains(kShaAbc), qPrintable(e.message()));
        }
        QFile::remove(dir.filePath("w.pt"));
        try {
            ModelRegistry::verifyWeights(good);
            QFAIL("accepted missing weights");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("not found"), qPrintable(e.message()));
        }
    }

    void hashCacheFollowsSizeAndTime()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("w.bin");
        writeBytes(p, "abc");
        QCOMPARE(ModelRegistry::cachedSha256(p), QString(kShaAbc));
        QCOMPARE(ModelRegistry::cachedSha256(p), QString(kShaAbc));
        writeBytes(p, "abcd"); // another size: hashed again
        QCOMPARE(ModelRegistry::cachedSha256(p), QString(kShaAbcd));
    }

    void publishedManifestsPinTheSharedCheckpoints()
    {
        ST_REQUIRE_SHARED(shared);
        const QString src = sttest::sourceDir();
        if (src.isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set");
        ModelRegistry reg({src + "/models"});
        QVERIFY2(reg.problems().isEmpty(), qPrintable(reg.problems().join("\n")));
        // The published checkpoints (looked up in shared/) and the project's own default model (bundled).
        QCOMPARE(reg.names(), QStringList({"aasist-l", "aasist-stopa", "aasist", "sourcetrace-default"}));
        reg.checkWeights();
        for (const ModelEntry &e : reg.entries()) {
            if (e.manifest.name == QLatin1String("sourcetrace-default")) {
                QCOMPARE(e.manifest.kind, QString("native-spectral"));
                QVERIFY(e.weights == ModelEntry::WeightsState::Ok);
                QVERIFY(QFileInfo(e.manifest.resolvedWeightsPath()).canonicalFilePath().startsWith(QDir(src).canonicalPath()));
                continue;
            }
            QCOMPARE(e.manifest.kind, QString("native-aasist"));
            QCOMPARE(e.manifest.embeddingDim, 160);
            QVERIFY2(e.weights == ModelEntry::WeightsState::Ok, qPrintable(e.manifest.name + ": " + weightsStateName(e.weights)));
            QVERIFY(QFileInfo(e.manifest.resolvedConfigPath()).isFile());
            // Looked up in shared/, never bundled.
            QVERIFY(QFileInfo(e.manifest.resolvedWeightsPath()).canonicalFilePath().startsWith(shared));
        }
        QCOMPARE(reg.find("aasist")->manifest.inputLength, 64600);
        QCOMPARE(reg.find("aasist")->manifest.bonafideClass, 1);
        QCOMPARE(reg.find("aasist-stopa")->manifest.classNames.size(), 13);
        QVERIFY(!reg.find("aasist-stopa")->manifest.isDetector());
    }
};

QTEST_GUILESS_MAIN(TestModelsManifest)
#include "tst_models_manifest.moc"
