// End to end through sourcetrace-cli (env SOURCETRACE_CLI): library create / enrol (precomputed embeddings of a
// synthetic `embed` folder + a project protocol) / list --json / trace --json / calibrate / rename / merge /
// delete / export / import, and the refusal of another model's embeddings. No model weights are needed.
#include "testutil.h"

#include "library/FingerprintLibrary.h"
#include "util/Npy.h"

#include <QFile>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const char *kStopaSha = "fcca87bfd8efde60591998f1c9cc1096b4e13c14544db6a4f5640175528816fc";

// An `embed` output folder: 3 attacks x 4 clips, 160-d, attack k's clips near axis k; key "cK_J.flac".
void writeEmbedFolder(const QString &dir, const QString &modelName, const QString &sha)
{
    QDir().mkpath(dir);
    std::vector<float> emb, logits;
    QStringList keys;
    for (int k = 0; k < 3; ++k)
        for (int j = 0; j < 4; ++j) {
            for (int d = 0; d < 160; ++d)
                emb.push_back(d == k ? 1.0f : (d == 10 + j ? 0.1f : 0.0f));
            for (int c = 0; c < 13; ++c)
                logits.push_back(c == k ? 5.0f : 0.0f);
            keys << QStringLiteral("c%1_%2.flac").arg(k).arg(j);
        }
    writeNpy(dir + QStringLiteral("/embeddings.npy"), emb.data(), {12, 160});
    writeNpy(dir + QStringLiteral("/logits.npy"), logits.data(), {12, 13});
    QFile k(dir + QStringLiteral("/keys.txt"));
    k.open(QIODevice::WriteOnly);
    k.write(keys.join(QLatin1Char('\n')).toUtf8() + '\n');
    QFile m(dir + QStringLiteral("/model.json"));
    m.open(QIODevice::WriteOnly);
    m.write(QJsonDocument(QJsonObject{{QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), modelName}}},
                                      {QStringLiteral("weightsSha256"), sha}, {QStringLiteral("embeddingDim"), 160}})
                .toJson());
}

void writeProtocol(const QString &path, const QList<QPair<int, int>> &clips)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("file\tattack\tengine\tvoice\tacoustic_model\twaveform_generator\tcodec\ttext\n");
    const char *am[] = {"am0", "am0", "am2"};
    const char *voc[] = {"v0", "v1", "v2"};
    for (const auto &c : clips)
        f.write(QStringLiteral("c%1_%2.flac\tA0%1\teng\tx\t%3\t%4\tnone\thello\n").arg(c.first).arg(c.second)
                    .arg(QLatin1String(am[c.first]), QLatin1String(voc[c.first])).toUtf8());
}

} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI")))
            QSKIP("SOURCETRACE_CLI does not name the built sourcetrace-cli");
    }

    void endToEnd()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        const QString emb = dir.filePath(QStringLiteral("emb"));
        writeEmbedFolder(emb, QStringLiteral("aasist-stopa"), QString::fromLatin1(kStopaSha));
        // enrol clips 0..2 of attacks 0 and 1; attack 2 stays unknown
        const QString enrolP = dir.filePath(QStringLiteral("enrol.tsv"));
        writeProtocol(enrolP, {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}});
        Run r = cli({QStringLiteral("library"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("aasist-stopa"),
                     QStringLiteral("--out"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), enrolP, QStringLiteral("--embeddings"), emb,
                 QStringLiteral("--no-progress")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("24 added")), qPrintable(r.err)); // 6 clips x 4 levels (attack, am, vocoder, codec)
        r = cli({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), enrolP, QStringLiteral("--embeddings"), emb,
                 QStringLiteral("--no-progress")});
        QVERIFY2(r.err.contains(QStringLiteral("0 added, 24 skipped")), qPrintable(r.err));

        r = cli({QStringLiteral("library"), QStringLiteral("list"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(list.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("aasist-stopa"));
        const QJsonArray sources = list.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 6); // A00 A01, am0, v0 v1, codec none
        QJsonObject a00;
        for (const auto &s : sources)
            if (s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("A00"))
                a00 = s.toObject();
        QCOMPARE(a00.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(a00.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("vocoder")).toString(), QStringLiteral("v0"));

        // calibrate on the 4th clips of attacks 0, 1 and the unknown attack 2
        const QString devP = dir.filePath(QStringLiteral("dev.tsv"));
        writeProtocol(devP, {{0, 3}, {1, 3}, {2, 0}, {2, 1}});
        r = cli({QStringLiteral("library"), QStringLiteral("calibrate"), db, QStringLiteral("--protocol"), devP, QStringLiteral("--embeddings"), emb,
                 QStringLiteral("--no-progress")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("attack\tcosine\tthreshold")));

        // trace: a known clip is traced to its attack, an unknown one is "unknown"
        r = cli({QStringLiteral("trace"), QStringLiteral("--library"), db, QStringLiteral("--protocol"), devP, QStringLiteral("--embeddings"), emb,
                 QStringLiteral("--json"), QStringLiteral("--no-progress")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        auto attackDecision = [&](int i) {
            for (const auto &l : results[i].toObject().value(QStringLiteral("levels")).toArray())
                if (l.toObject().value(QStringLiteral("level")).toString() == QLatin1String("attack"))
                    return l.toObject();
            return QJsonObject();
        };
        QCOMPARE(attackDecision(0).value(QStringLiteral("decision")).toString(), QStringLiteral("A00"));
        QCOMPARE(attackDecision(1).value(QStringLiteral("decision")).toString(), QStringLiteral("A01"));
        QCOMPARE(attackDecision(2).value(QStringLiteral("decision")).toString(), QStringLiteral("unknown"));
        QVERIFY(attackDecision(2).contains(QStringLiteral("threshold")));
        QVERIFY(results[0].toObject().value(QStringLiteral("ood")).toObject().value(QStringLiteral("msp")).toDouble() > 0.9);
        // calibrate stored an LR calibration; trace gives the top candidate's LR = exp(a s + b) with the verbal scale
        {
            const auto cal = FingerprintLibrary(db).lrCalibration(SourceLevel::Attack, QStringLiteral("cosine"));
            QVERIFY(cal.has_value());
            QCOMPARE(cal->protocolName, QStringLiteral("dev.tsv"));
            QCOMPARE(cal->targets + cal->nontargets, qint64(4 * 2)); // 4 dev clips x 2 attack sources
            const QJsonObject top = attackDecision(0);
            const QJsonObject lr = top.value(QStringLiteral("lr")).toObject();
            QCOMPARE(lr.value(QStringLiteral("source")).toString(), QStringLiteral("A00"));
            const double s0 = top.value(QStringLiteral("candidates")).toArray().first().toObject().value(QStringLiteral("score")).toDouble();
            QVERIFY(std::abs(lr.value(QStringLiteral("llr")).toDouble() - (cal->a * s0 + cal->b)) < 1e-9);
            QVERIFY(std::abs(lr.value(QStringLiteral("log10_lr")).toDouble() - (cal->a * s0 + cal->b) / std::log(10.0)) < 1e-9);
            QVERIFY(!lr.value(QStringLiteral("verbal")).toString().isEmpty());
            QCOMPARE(lr.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("protocol")).toString(), QStringLiteral("dev.tsv"));
            const Run t = cli({QStringLiteral("trace"), QStringLiteral("--library"), db, QStringLiteral("--protocol"), devP, QStringLiteral("--embeddings"), emb,
                               QStringLiteral("--no-progress")});
            QVERIFY2(t.out.contains(QStringLiteral("LR for A00")) && t.out.contains(QStringLiteral("calibrated on dev.tsv")), qPrintable(t.out));
        }
        for (const QString &b : {QStringLiteral("mahalanobis"), QStringLiteral("knn")}) {
            r = cli({QStringLiteral("trace"), QStringLiteral("--library"), db, QStringLiteral("--backend"), b, QStringLiteral("--protocol"), devP,
                     QStringLiteral("--embeddings"), emb, QStringLiteral("--no-progress")});
            QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("A00")), qPrintable(r.err));
        }
        // pooled EER tables (known attacks A00, A01)
        r = cli({QStringLiteral("trace"), QStringLiteral("--library"), db, QStringLiteral("--protocol"), devP, QStringLiteral("--embeddings"), emb,
                 QStringLiteral("--pooled-eer"), dir.filePath(QStringLiteral("eer")), QStringLiteral("--no-progress")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("eer/pooled_eer_kn.csv"))));

        // edits
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("rename"), db, QStringLiteral("--level"), QStringLiteral("attack"), QStringLiteral("A00"), QStringLiteral("X")}).code, 0);
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("merge"), db, QStringLiteral("--level"), QStringLiteral("vocoder"), QStringLiteral("v0"), QStringLiteral("v1")}).code, 0);
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("delete"), db, QStringLiteral("--level"), QStringLiteral("attack"), QStringLiteral("A01")}).code, 0);
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("verify"), db}).code, 0);
        {
            FingerprintLibrary lib(db);
            QVERIFY(lib.hasSource(SourceLevel::Attack, QStringLiteral("X")));
            QVERIFY(!lib.hasSource(SourceLevel::Attack, QStringLiteral("A01")));
            QCOMPARE(lib.source(SourceLevel::Vocoder, QStringLiteral("v1")).count, 6);
        }
        QVERIFY(cli({QStringLiteral("library"), QStringLiteral("rename"), db, QStringLiteral("nope"), QStringLiteral("Y")}).code != 0);

        // export .npy
        r = cli({QStringLiteral("library"), QStringLiteral("export"), db, QStringLiteral("--level"), QStringLiteral("attack"), QStringLiteral("--npy"),
                 dir.filePath(QStringLiteral("fp.npy"))});
        QCOMPARE(r.code, 0);
        std::vector<int64_t> shape;
        readNpy(dir.filePath(QStringLiteral("fp.npy")), shape);
        QCOMPARE(shape, (std::vector<int64_t>{1, 160}));
    }

    void anotherModelIsRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        const QString emb = dir.filePath(QStringLiteral("emb"));
        writeEmbedFolder(emb, QStringLiteral("aasist"), QStringLiteral("51d2d9cf07380000"));
        const QString p = dir.filePath(QStringLiteral("p.tsv"));
        writeProtocol(p, {{0, 0}});
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("aasist-stopa"), QStringLiteral("--out"), db}).code, 0);
        const Run r = cli({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), p, QStringLiteral("--embeddings"), emb,
                           QStringLiteral("--no-progress")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("aasist-stopa")) && r.err.contains(QStringLiteral("refusing to use it with model aasist ")),
                 qPrintable(r.err));
        FingerprintLibrary lib(db);
        QCOMPARE(lib.sources().size(), 0);
    }

    void stopaCsvRoundTripThroughCli()
    {
        ST_REQUIRE_SHARED(shared);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        const QString csv = shared + QStringLiteral("/models/stopa/AASIST_CM_fingerprint_avg_emb.csv");
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("aasist-stopa"), QStringLiteral("--out"), db}).code, 0);
        // the CSV names no model: without --model-name / --force the import is refused, saying so
        Run r = cli({QStringLiteral("library"), QStringLiteral("import"), db, QStringLiteral("--csv"), csv, QStringLiteral("--level"), QStringLiteral("attack")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--model-name aasist-stopa")) && r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        r = cli({QStringLiteral("library"), QStringLiteral("import"), db, QStringLiteral("--csv"), csv, QStringLiteral("--level"), QStringLiteral("attack"),
                 QStringLiteral("--model-name"), QStringLiteral("wav2vec2-aasist")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bound to model aasist-stopa")), qPrintable(r.err));
        QCOMPARE(FingerprintLibrary(db).sources().size(), 0);
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("import"), db, QStringLiteral("--csv"), csv, QStringLiteral("--level"), QStringLiteral("attack"),
                      QStringLiteral("--model-name"), QStringLiteral("aasist-stopa")}).code, 0);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(cli({QStringLiteral("library"), QStringLiteral("export"), db, QStringLiteral("--level"), QStringLiteral("attack"), QStringLiteral("--csv"), out}).code, 0);
        QFile a(csv), b(out);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_library_cli.moc"
