// sourcetrace-cli models / embed / detect, run as a user would, on the committed tiny TorchScript
// model and WAV files this test writes; results are compared with the same model run in-process.
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "util/Npy.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }

Run cli(const QStringList &args, const QString &modelPath = dataDir())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SOURCETRACE_MODEL_PATH", modelPath);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

std::vector<float> tone(int n, double freq)
{
    std::vector<float> x(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        x[size_t(i)] = float(0.4 * std::sin(2.0 * M_PI * freq * i / 16000.0) + 0.1 * std::sin(0.37 * i));
    return x;
}

// A 16 kHz mono float WAV (float, so the CLI reads back exactly these samples).
void writeWav(const QString &path, const std::vector<float> &x)
{
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    QVERIFY(f);
    QCOMPARE(sf_writef_float(f, x.data(), sf_count_t(x.size())), sf_count_t(x.size()));
    sf_close(f);
}

} // namespace

class TestCliModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<std::vector<float>> m_clips;
    QStringList m_files;
    std::shared_ptr<ModelRunner> m_runner;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI")))
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(QDir(m_dir.path()).mkpath("clips"));
        int i = 0;
        for (int n : {3000, 5000, 4000, 4500}) {
            m_clips.push_back(tone(n, 200.0 + 150.0 * i));
            m_files << m_dir.filePath(QStringLiteral("clips/c%1.wav").arg(i++));
            writeWav(m_files.last(), m_clips.back());
        }
        QFile bad(m_dir.filePath("clips/broken.wav"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("RIFF....WAVEnot really");
        bad.close();
        RunOptions opt;
        opt.threads = 1;
        m_runner = std::make_shared<ModelRunner>(
            ModelRegistry::load(ModelManifest::fromJsonFile(dataDir() + "/tiny_tuple.json"), opt));
    }

    void modelsListsTheRegistry()
    {
        const Run r = cli({"models"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("tiny-tuple") && r.out.contains("tiny-dict"), qPrintable(r.out));
        QVERIFY(r.out.contains("torchscript"));
        QVERIFY(r.out.contains("fixed-length 4000 (repeat-pad)"));
        QVERIFY(r.out.contains(dataDir() + "/tiny_tuple.pt"));
        QVERIFY(r.out.contains(" OK "));

        const Run j = cli({"models", "--json", "--check"});
        QCOMPARE(j.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value("folders").toArray().at(0).toString(), dataDir());
        bool found = false;
        for (const QJsonValue &v : o.value("models").toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value("name").toString() != "tiny-tuple")
                continue;
            found = true;
            QCOMPARE(m.value("weightsState").toString(), QString("OK"));
            QCOMPARE(m.value("load").toString(), QString("loads OK on cpu"));
            QCOMPARE(m.value("embeddingDim").toInt(), 8);
        }
        QVERIFY(found);
    }

    void modelsReportsAMismatch()
    {
        QTemporaryDir dir;
        QFile::copy(dataDir() + "/tiny_tuple.pt", dir.filePath("tiny_tuple.pt"));
        QFile src(dataDir() + "/tiny_tuple.json");
        QVERIFY(src.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(src.readAll()).object();
        o.insert("name", "altered");
        o.insert("weightsSha256", QString(64, QLatin1Char('f')));
        QFile dst(dir.filePath("altered.json"));
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(QJsonDocument(o).toJson());
        dst.close();
        const Run r = cli({"models"}, dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("MISMATCH") && r.out.contains(QString(64, QLatin1Char('f'))), qPrintable(r.out));
        const Run d = cli({"detect", "--model", "altered", m_files[0]}, dir.path());
        QCOMPARE(d.code, 1);
        QVERIFY2(d.err.contains("refused") && d.err.contains(dir.filePath("tiny_tuple.pt")), qPrintable(d.err));
    }

    void embedNpyIsResumable()
    {
        const QString out = m_dir.filePath("emb");
        const QString broken = m_dir.filePath("clips/broken.wav");
        Run r = cli({"embed", "--model", "tiny-tuple", m_files[0], m_files[1], broken, m_files[2], "--out", out, "--no-progress"});
        QCOMPARE(r.code, 1); // one clip failed, the others are done
        QVERIFY2(r.err.contains(broken + ":"), qPrintable(r.err));
        std::vector<int64_t> shape;
        std::vector<float> emb = readNpy(out + "/embeddings.npy", shape);
        QCOMPARE(shape, std::vector<int64_t>({3, 8}));
        std::vector<int64_t> lshape;
        std::vector<float> logits = readNpy(out + "/logits.npy", lshape);
        QCOMPARE(lshape, std::vector<int64_t>({3, 2}));
        QFile keys(out + "/keys.txt");
        QVERIFY(keys.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(keys.readAll()), m_files[0] + "\n" + m_files[1] + "\n" + m_files[2] + "\n");
        for (int i = 0; i < 3; ++i) {
            const ClipResult expected = m_runner->run(m_clips[size_t(i)]);
            for (int j = 0; j < 8; ++j)
                QVERIFY(std::abs(emb[size_t(i * 8 + j)] - expected.embedding[size_t(j)]) < 1e-6);
            QVERIFY(std::abs(logits[size_t(i * 2 + 1)] - expected.score) < 1e-6);
        }
        QFile info(out + "/model.json");
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject mi = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(mi.value("weightsSha256").toString(), m_runner->manifest().weightsSha256);
        QCOMPARE(mi.value("model").toObject().value("name").toString(), QString("tiny-tuple"));
        QCOMPARE(mi.value("run").toObject().value("inputPolicy").toString(), QString("fixed-length"));
        QVERIFY(!mi.value("build").toObject().value("commit").toString().isEmpty());

        // Again with one more clip: the three done are skipped, the new one is appended.
        r = cli({"embed", "--model", "tiny-tuple", m_files[0], m_files[1], m_files[2], m_files[3], "--out", out, "--no-progress"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("3 already in"), qPrintable(r.err));
        emb = readNpy(out + "/embeddings.npy", shape);
        QCOMPARE(shape, std::vector<int64_t>({4, 8}));
        const ClipResult expected = m_runner->run(m_clips[3]);
        QVERIFY(std::abs(emb[3 * 8 + 5] - expected.embedding[5]) < 1e-6);

        // Another model into the same folder is refused.
        r = cli({"embed", "--model", "tiny-dict", m_files[0], "--out", out, "--no-progress"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("tiny-tuple") && r.err.contains("another output folder"), qPrintable(r.err));
    }

    void embedCsvFromAProtocol()
    {
        const QString proto = m_dir.filePath("protocol.tsv");
        QFile p(proto);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("attack\tfile\ttext\nA01\tc1.wav\thello\nbonafide\tc2.wav\tworld\n");
        p.close();
        const QString out = m_dir.filePath("emb.csv");
        Run r = cli({"embed", "--model", dataDir() + "/tiny_tuple.json", "--protocol", proto, "--root",
                     m_dir.filePath("clips"), "--out", out, "--threads", "1", "--no-progress"});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QString("file,0,1,2,3,4,5,6,7"));
        const QStringList row = lines[2].split(',');
        QCOMPARE(row.size(), 9);
        QCOMPARE(row[0], QString("c2.wav"));
        const ClipResult expected = m_runner->run(m_clips[2]);
        for (int j = 0; j < 8; ++j)
            QVERIFY(std::abs(row[j + 1].toDouble() - expected.embedding[size_t(j)]) < 1e-6);
        // Resume: nothing to do.
        r = cli({"embed", "--model", "tiny-tuple", "--protocol", proto, "--root", m_dir.filePath("clips"), "--out", out,
                 "--no-progress"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("2 already in"), qPrintable(r.err));
        QVERIFY(f.seek(0));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count('\n'), 3);
    }

    void detectPrintsScoreAndConvention()
    {
        const ClipResult expected = m_runner->run(m_clips[1]);
        Run r = cli({"detect", "--model", "tiny-tuple", m_files[1]});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("(logit 1 = bona fide; higher = more bona fide)"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::number(expected.score, 'f', 4)), qPrintable(r.out));

        r = cli({"detect", "--model", "tiny-tuple", "--json", "--timeline", "--window", "2000", "--hop", "1000",
                 m_files[1], m_dir.filePath("clips/missing.wav")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_dir.filePath("clips/missing.wav")), qPrintable(r.err));
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(o.value("file").toString(), m_files[1]);
        QCOMPARE(o.value("scoreConvention").toString(), QString("logit 1 = bona fide; higher = more bona fide"));
        QVERIFY(std::abs(o.value("score").toDouble() - expected.score) < 1e-6);
        const QJsonArray tl = o.value("timeline").toArray();
        const auto windows = m_runner->timeline(m_clips[1], 2000, 1000);
        QCOMPARE(tl.size(), 4);
        QCOMPARE(qsizetype(windows.size()), tl.size());
        for (int i = 0; i < tl.size(); ++i) {
            const QJsonObject w = tl[i].toObject();
            QCOMPARE(w.value("start").toInteger(), windows[size_t(i)].start);
            QCOMPARE(w.value("end").toInteger(), windows[size_t(i)].end);
            QVERIFY(std::abs(w.value("score").toDouble() - windows[size_t(i)].score) < 1e-6);
        }
        QCOMPARE(tl[3].toObject().value("end").toInt(), 5000);
    }

    // The published AASIST manifests through the whole CLI path (registry, hash check, native model,
    // input policy) against the reference implementation's outputs (shared/reference/).
    void publishedModelsMatchTheReference()
    {
        ST_REQUIRE_SHARED(shared);
        const QString wav = shared + "/corpus/dev/wav/";
        QFile rf(shared + "/reference/aasist_dev.json");
        QVERIFY(rf.open(QIODevice::ReadOnly));
        const QJsonObject ref = QJsonDocument::fromJson(rf.readAll()).object();
        // dev_00211 has 38925 samples: the 64600-sample input is repeat-padded.
        const Run r = cli({"detect", "--model", "aasist", "--json", "--threads", "1", wav + "dev_00211.flac"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.split('\n').first().toUtf8()).object();
        QCOMPARE(o.value("samples").toInt(), 38925);
        const QJsonArray expected = ref.value("dev_00211.flac").toObject().value("logits_64600").toArray();
        const QJsonArray logits = o.value("logits").toArray();
        QCOMPARE(logits.size(), 2);
        for (int j = 0; j < 2; ++j)
            QVERIFY2(std::abs(logits[j].toDouble() - expected[j].toDouble()) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(logits[j].toDouble()).arg(expected[j].toDouble())));
        QCOMPARE(o.value("score").toDouble(), logits[1].toDouble());

        // aasist-stopa embeds the whole clip (STOPA's extraction).
        QFile sf(shared + "/reference/aasist_stopa_dev.json");
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QJsonArray embRef = QJsonDocument::fromJson(sf.readAll()).object().value("dev_00211.flac").toObject().value("emb_full").toArray();
        const QString out = m_dir.filePath("stopa.csv");
        const Run e = cli({"embed", "--model", "aasist-stopa", "--threads", "1", "--no-progress", "--protocol",
                           shared + "/reference/dev_clips.txt", "--out", out, "--root", wav, "--format", "csv"});
        QCOMPARE(e.code, 2); // a list without a header line is not a protocol
        QVERIFY2(e.err.contains("dev_clips.txt:1: the header line has no column `file`"), qPrintable(e.err));
        const Run e2 = cli({"embed", "--model", "aasist-stopa", "--threads", "1", "--no-progress", wav + "dev_00211.flac",
                            "--out", out});
        QCOMPARE(e2.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList row = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts).at(1).split(',');
        QCOMPARE(row.size(), 161);
        QCOMPARE(embRef.size(), 160);
        for (int j = 0; j < 160; ++j)
            QVERIFY2(std::abs(row[j + 1].toDouble() - embRef[j].toDouble()) < 1e-4, qPrintable(QString::number(j)));
    }

    void usageErrors()
    {
        // Without --model: the project's default model (models/sourcetrace-default, found beside the build).
        Run r = cli({"detect", "--no-progress", m_files[0]});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("# model sourcetrace-default"), qPrintable(r.out));
        r = cli({"detect", "--model", "no-such-model", m_files[0]});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("no model named \"no-such-model\"") && r.err.contains("tiny-tuple"), qPrintable(r.err));
        r = cli({"embed", "--model", "tiny-tuple", m_files[0]});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--out"));
        r = cli({"embed", "--model", "tiny-tuple", "--protocol", m_dir.filePath("none.tsv"), "--out", m_dir.filePath("x")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("none.tsv"));
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "tst_cli_models.moc"
