// The project's own default model and library (models/sourcetrace-default), as a fresh install sees them: listed
// with verified weights and small files, used by detect and trace when the user names none, with calibrated
// likelihood ratios that are withheld (with the reason) for clips outside the validated conditions: too short,
// a codec never trained on. Needs no ../shared.
#include "library/ValidatedConditions.h"
#include "models/ModelManifest.h"
#include "testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <random>

using namespace st;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString modelDir() { return QDir(sttest::sourceDir()).filePath("models/sourcetrace-default"); }
QString demo() { return QDir(sttest::sourceDir()).filePath("resources/demo/demo.flac"); }

// Noise-excited "speech-like" test audio: pink-ish noise with a syllable envelope, `seconds` long.
void writeClip(const QString &path, double seconds, int format)
{
    SF_INFO info{};
    info.samplerate = format == (SF_FORMAT_WAV | SF_FORMAT_GSM610) ? 8000 : 16000;
    info.channels = 1;
    info.format = format;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    QVERIFY2(f, sf_strerror(nullptr));
    std::mt19937 rng(5);
    std::normal_distribution<double> g(0, 0.1);
    std::vector<float> x(size_t(seconds * info.samplerate));
    double lp = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        lp = 0.9 * lp + g(rng);
        x[i] = float(lp * (0.6 + 0.4 * std::sin(2 * M_PI * 4 * double(i) / info.samplerate)));
    }
    sf_write_float(f, x.data(), sf_count_t(x.size()));
    sf_close(f);
}

QJsonObject firstJsonLine(const QString &out)
{
    for (const QString &line : out.split('\n'))
        if (line.startsWith('{'))
            return QJsonDocument::fromJson(line.toUtf8()).object();
    return {};
}

} // namespace

class TestDefaultModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("SOURCETRACE_CLI"), "SOURCETRACE_CLI is not set (run through ctest)");
        QVERIFY2(QFileInfo::exists(modelDir() + "/manifest.json"), "models/sourcetrace-default/manifest.json is missing");
    }

    void shippedFilesAreSmallAndVerified()
    {
        const ModelManifest m = ModelManifest::fromJsonFile(modelDir() + "/manifest.json");
        QCOMPARE(m.name, QString("sourcetrace-default"));
        QCOMPARE(m.kind, QString("native-spectral"));
        QVERIFY(m.isDetector());
        // A few MB at most: weights, OOD bank and library.
        for (const char *f : {"weights.safetensors", "ood.safetensors", "library.db"}) {
            const QFileInfo fi(modelDir() + "/" + f);
            QVERIFY2(fi.exists(), f);
            QVERIFY2(fi.size() < 6 * 1024 * 1024, qPrintable(QString("%1: %2 bytes").arg(f).arg(fi.size())));
        }
        const Run r = cli({"models", "--check"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString line = r.out.split('\n').filter("sourcetrace-default").value(0);
        QVERIFY2(!line.isEmpty(), qPrintable(r.out));
        QVERIFY2(line.contains("ok", Qt::CaseInsensitive), qPrintable(line));
        // The recipe, the training log and the model card's sources travel with it.
        for (const char *f : {"run.json", "training-log.csv", "train-config.json", "validity.json", "corpus-report.md"})
            QVERIFY2(QFileInfo::exists(modelDir() + "/" + f), f);
    }

    void validityIsCalibratedOnHeldOutClips()
    {
        const ValidatedConditions v = ValidatedConditions::load(modelDir() + "/validity.json");
        QVERIFY(v.calibrated);
        QVERIFY(v.a > 0); // higher score = more bona fide = larger LR
        QVERIFY(v.calibrationTargets > 50 && v.calibrationNontargets > 50);
        QCOMPARE(v.calibrationProtocol, QString("calibration.tsv"));
        QVERIFY(std::isfinite(v.calibrationCllr) && v.calibrationCllr < 1.0);
        QVERIFY(v.minSeconds > 0 && v.minBandwidthHz > 0);
        for (const char *c : {"none", "mp3", "opus", "g722", "vorbis"})
            QVERIFY2(v.codecs.contains(c), c);
        QVERIFY(!v.codecs.contains("gsm"));
        QVERIFY(std::isfinite(v.minOodScore));
        QCOMPARE(v.oodBank, QString("ood.safetensors"));
    }

    void detectUsesTheDefaultModel()
    {
        const Run r = cli({"detect", "--json", "--no-progress", demo()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = firstJsonLine(r.out);
        QCOMPARE(o.value("model").toString(), QString("sourcetrace-default"));
        QVERIFY(std::isfinite(o.value("score").toDouble(std::nan(""))));
        const QJsonObject lr = o.value("likelihoodRatio").toObject();
        QVERIFY2(!lr.isEmpty(), qPrintable(r.out));
        QVERIFY(lr.value("calibration").toString().endsWith("validity.json"));
        if (lr.value("withheld").toBool()) {
            QVERIFY(!lr.value("reasons").toArray().isEmpty());
        } else {
            QVERIFY(std::isfinite(lr.value("llr").toDouble(std::nan(""))));
            QVERIFY(!lr.value("verbal").toString().isEmpty());
        }
        const QJsonObject c = o.value("conditions").toObject();
        QCOMPARE(c.value("codec").toString(), QString("none")); // FLAC
        QVERIFY(std::abs(c.value("seconds").toDouble() - 5.86) < 0.05);
        // Text output says the same in one line.
        const Run t = cli({"detect", "--no-progress", demo()});
        QVERIFY2(t.code == 0, qPrintable(t.err));
        QVERIFY2(t.out.contains("# model sourcetrace-default"), qPrintable(t.out));
        QVERIFY(t.out.contains("LR "));
    }

    void shortClipGetsNoLr()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath("short.wav");
        writeClip(p, 0.2, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        const Run r = cli({"detect", "--json", "--no-progress", p});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject lr = firstJsonLine(r.out).value("likelihoodRatio").toObject();
        QVERIFY(lr.value("withheld").toBool());
        QVERIFY(!lr.contains("llr"));
        const QString reasons = lr.value("reasons").toVariant().toStringList().join(" | ");
        QVERIFY2(reasons.contains("shorter than the shortest validated duration"), qPrintable(reasons));
        const Run t = cli({"detect", "--no-progress", p});
        QVERIFY2(t.out.contains("LR withheld: the clip lasts 0.20 s"), qPrintable(t.out));
    }

    void untrainedCodecGetsNoLr()
    {
        // GSM 06.10 is outside the allowed training codecs: the LR is withheld and the codec named.
        QTemporaryDir dir;
        const QString p = dir.filePath("gsm.wav");
        writeClip(p, 3.0, SF_FORMAT_WAV | SF_FORMAT_GSM610);
        const Run r = cli({"detect", "--json", "--no-progress", p});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = firstJsonLine(r.out);
        QCOMPARE(o.value("conditions").toObject().value("codec").toString(), QString("gsm"));
        const QJsonObject lr = o.value("likelihoodRatio").toObject();
        QVERIFY(lr.value("withheld").toBool());
        QVERIFY(lr.value("reasons").toVariant().toStringList().join(" ").contains("its codec (gsm) was never trained on"));
    }

    void traceUsesTheDefaultLibrary()
    {
        const Run r = cli({"trace", "--json", "--no-progress", demo()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value("library").toString().endsWith("models/sourcetrace-default/library.db"), qPrintable(r.out.left(400)));
        const QJsonArray res = o.value("results").toArray();
        QCOMPARE(res.size(), 1);
        QStringList levels;
        for (const QJsonValue &lv : res[0].toObject().value("levels").toArray()) {
            levels << lv.toObject().value("level").toString();
            QVERIFY(!lv.toObject().value("candidates").toArray().isEmpty());
        }
        for (const char *l : {"attack", "acoustic_model", "vocoder", "codec"})
            QVERIFY2(levels.contains(l), qPrintable(levels.join(",")));
        // The shipped library is consistent (verify opens it read-only).
        const Run v = cli({"library", "verify", modelDir() + "/library.db"});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
    }
};

QTEST_GUILESS_MAIN(TestDefaultModel)
#include "tst_default_model.moc"
