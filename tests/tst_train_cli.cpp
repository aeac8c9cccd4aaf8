// sourcetrace-cli train end to end: a small model trained for one epoch on a handful of dev clips, then used by
// detect, embed and explain unchanged; a run killed with SIGKILL and resumed ends with the weights of an
// uninterrupted run; broken configurations and protocols give clear errors naming the file and field.
#include "audiotestutil.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <csignal>
#include <random>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// 16 synthetic clips (as in tst_train_core) and their protocol.
QString tinyCorpus(const QString &dir)
{
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> f(100, 6000), a(0.05, 0.3);
    QByteArray tsv = "file\tattack\ttext\n";
    for (int i = 0; i < 16; ++i) {
        std::vector<float> x(16000, 0.0f);
        for (int t = 0; t < 3; ++t) {
            const double hz = f(rng), amp = a(rng);
            for (size_t s = 0; s < x.size(); ++s)
                x[s] += float(amp * std::sin(2 * M_PI * hz * double(s) / 16000.0));
        }
        const QString name = QStringLiteral("c%1.wav").arg(i, 2, 10, QLatin1Char('0'));
        sttest::writeAudio(dir + QLatin1Char('/') + name, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, x);
        tsv += QStringLiteral("%1\t%2\ts%3\n").arg(name, i % 2 ? "A01" : "bonafide").arg(i / 2).toUtf8();
    }
    writeFile(dir + QStringLiteral("/protocol.tsv"), tsv);
    return dir + QStringLiteral("/protocol.tsv");
}

QByteArray smallNetwork() { return R"("network": {"channels": [8, 16], "embeddingDim": 32, "attentionDim": 16})"; }

QByteArray sha(const QString &p) { return sttest::sha256Of(p); }

} // namespace

class TestTrainCli : public QObject
{
    Q_OBJECT
private slots:
    void trainOnDevClipsThenDetectEmbedExplain()
    {
        ST_REQUIRE_SHARED(shared);
        QTemporaryDir dir;
        // A handful of dev clips: 6 bona fide and 6 synthetic of two attacks, with their sentences.
        QFile in(shared + QStringLiteral("/corpus/dev/protocol.tsv"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QByteArray sub = lines.first() + '\n';
        int bona = 0, a01 = 0, a02 = 0;
        QString firstClip;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split('\t');
            if (f.size() < 2)
                continue;
            int &n = f[1] == "bonafide" ? bona : f[1] == "A01" ? a01 : f[1] == "A02" ? a02 : bona;
            const int cap = f[1] == "bonafide" ? 6 : 3;
            if (f[1] != "bonafide" && f[1] != "A01" && f[1] != "A02")
                continue;
            if (n >= cap)
                continue;
            ++n;
            sub += lines[i] + '\n';
            if (firstClip.isEmpty())
                firstClip = shared + QStringLiteral("/corpus/dev/wav/") + QString::fromUtf8(f[0]);
        }
        const QString protocol = dir.path() + QStringLiteral("/sub.tsv");
        writeFile(protocol, sub);
        const QString config = dir.path() + QStringLiteral("/run.json");
        writeFile(config, "{" + smallNetwork() + R"(, "validationFraction": 0.3, "cropSeconds": 1, "batchSize": 4})");
        const QString out = dir.path() + QStringLiteral("/run");
        const Run t = cli({"train", "--config", config, "--protocol", protocol, "--root",
                           shared + QStringLiteral("/corpus/dev/wav"), "--out", out, "--name", "dev-tiny", "--epochs", "1",
                           "--heads", "bonafide:ocsoftmax,attack:aam", "--threads", "1", "--seed", "3", "--no-progress"});
        QVERIFY2(t.code == 0, qPrintable(t.err + t.out));
        QVERIFY2(t.out.contains(QStringLiteral("epoch   1")), qPrintable(t.out));
        QVERIFY(t.out.contains(QStringLiteral("val_eer")));
        const QString manifest = out + QStringLiteral("/model/manifest.json");
        QVERIFY(QFileInfo::exists(manifest));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/log.csv")));
        QFile rj(out + QStringLiteral("/run.json"));
        QVERIFY(rj.open(QIODevice::ReadOnly));
        const QJsonObject run = QJsonDocument::fromJson(rj.readAll()).object();
        QCOMPARE(run.value("protocols").toArray().at(0).toObject().value("sha256").toString(),
                 QString::fromLatin1(sha(protocol)));
        QVERIFY(run.value("build").toString().startsWith(QStringLiteral("SourceTrace")));

        // The model works with the other commands unchanged.
        const Run d = cli({"detect", "--model", manifest, firstClip, "--json", "--no-progress", "--threads", "1"});
        QVERIFY2(d.code == 0, qPrintable(d.err));
        const QJsonObject dj = QJsonDocument::fromJson(d.out.split('\n').first().toUtf8()).object();
        QVERIFY2(std::isfinite(dj.value("score").toDouble(NAN)), qPrintable(d.out));
        const Run e = cli({"embed", "--model", manifest, "--protocol", protocol, "--root",
                           shared + QStringLiteral("/corpus/dev/wav"), "--out", dir.path() + QStringLiteral("/emb.csv"),
                           "--no-progress", "--threads", "1"});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QCOMPARE(sttest::bytesOf(dir.path() + QStringLiteral("/emb.csv")).count('\n'), 13);
        const Run x = cli({"explain", "--model", manifest, "--steps", "8", firstClip, "--out",
                           dir.path() + QStringLiteral("/ig"), "--threads", "1"});
        QVERIFY2(x.code == 0, qPrintable(x.err + x.out));
        QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/ig/report.json")));
    }

    void killedRunResumesToTheSameWeights()
    {
        QTemporaryDir dir;
        const QString protocol = tinyCorpus(dir.path());
        const QString config = dir.path() + QStringLiteral("/run.json");
        writeFile(config, "{" + smallNetwork() + R"(, "validationProtocols": ["protocol.tsv"], "protocols": ["protocol.tsv"],
            "epochs": 6, "epochSize": 256, "batchSize": 8, "cropSeconds": 1, "validationSeconds": 1, "threads": 1,
            "seed": 11})");
        const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
        const Run ra = cli({"train", "--config", config, "--out", a, "--no-progress"});
        QVERIFY2(ra.code == 0, qPrintable(ra.err));

        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), {"train", "--config", config, "--out", b, "--no-progress"});
        QVERIFY(p.waitForStarted());
        // Kill it (SIGKILL: nothing is written on the way out) once two epochs are logged.
        QTRY_VERIFY_WITH_TIMEOUT(sttest::bytesOf(b + QStringLiteral("/log.csv")).count('\n') >= 3
                                     || p.state() == QProcess::NotRunning,
                                 300000);
        QVERIFY2(p.state() == QProcess::Running, "the run ended before it could be killed");
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        QVERIFY(!QFileInfo::exists(b + QStringLiteral("/model/manifest.json")));
        const Run rb = cli({"train", "--resume", b, "--no-progress"});
        QVERIFY2(rb.code == 0, qPrintable(rb.err));
        QCOMPARE(sha(b + QStringLiteral("/model/weights.safetensors")), sha(a + QStringLiteral("/model/weights.safetensors")));
        // The log has every epoch once.
        QCOMPARE(sttest::bytesOf(b + QStringLiteral("/log.csv")).count('\n'), 7);
        // A resumed run refuses new settings.
        const Run bad = cli({"train", "--resume", b, "--epochs", "9"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--epochs")));
        // A second run into a used folder is refused.
        const Run again = cli({"train", "--config", config, "--out", a, "--no-progress"});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("holds another training run")), qPrintable(again.err));
    }

    void brokenInputsGiveClearErrors()
    {
        QTemporaryDir dir;
        const QString protocol = tinyCorpus(dir.path());
        const QString config = dir.path() + QStringLiteral("/bad.json");
        writeFile(config, R"({"epochs": 3, "optim": {"schedule": "linear"}})");
        Run r = cli({"train", "--config", config, "--protocol", protocol, "--out", dir.path() + QStringLiteral("/r")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(config) && r.err.contains(QStringLiteral("optim.schedule")), qPrintable(r.err));
        // A protocol line with too few fields names its line.
        const QString badProtocol = dir.path() + QStringLiteral("/bad.tsv");
        writeFile(badProtocol, "file\tattack\ttext\nc00.wav\tbonafide\ts0\nc01.wav\n");
        r = cli({"train", "--protocol", badProtocol, "--out", dir.path() + QStringLiteral("/r2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.tsv:3")), qPrintable(r.err));
        // Usage errors.
        r = cli({"train", "--protocol", protocol});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = cli({"train", "--protocol", protocol, "--out", dir.path() + QStringLiteral("/r3"), "--heads", "bonafide:svm"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("svm")));
        // --describe prints the architecture's size.
        r = cli({"train", "--describe"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("parameters")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_train_cli.moc"
