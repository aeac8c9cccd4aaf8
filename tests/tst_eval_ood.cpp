// OOD scores of the class head in `evaluate trace` (issue #4): MSP, energy and NSD from logits.npy, known attacks'
// test clips = in-distribution, unknown attacks = OOD, each with AUROC / FPR@95%TPR / EER. Synthetic embeddings
// and logits chosen so that every AUROC is counted by hand over the 2 x 2 pairs; metrics.json and the CLI summary.
#include "eval/EvaluationRun.h"
#include "eval/Metrics.h"
#include "eval/OodScores.h"
#include "testutil.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace st;

class TestEvalOod : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder, m_protocol;

    // Two clips per attack with identical embedding and logits, so the seeded enrol/test split does not matter:
    // A and B known (1 enrolment + 1 test clip each), U held out (2 OOD clips).
    //   clip  embedding  logits      MSP                 energy = logsumexp
    //   A     (1, 0)     (3, 0)      1/(1+e^-3)=0.9526   3+ln(1+e^-3)   = 3.0486
    //   B     (0, 1)     (0, 2)      1/(1+e^-2)=0.8808   2+ln(1+e^-2)   = 2.1269
    //   U1    (1, 1)     (3, 2.5)    1/(1+e^-.5)=0.6225  3+ln(1+e^-.5)  = 3.4741
    //   U2    (-1, 0)    (2.5, 2.5)  0.5                 2.5+ln 2       = 3.1931
    // kNN cosine (k = 7, clipped to the 2 enrolment clips (1,0) and (0,1)): A 0.5, B 0.5, U1 0.7071, U2 -0.5
    // NSD = knn * energy: A 1.5243, B 1.0635, U1 2.4566, U2 -1.5966.
    // AUROC over in {A, B} x OOD {U1, U2}: MSP 4/4 = 1; energy 0/4 = 0; NSD 2/4 = 0.5.
    // FPR@95%TPR (threshold = the lower in-distribution score): MSP 0/2, energy 2/2, NSD 1/2 (U1 >= 1.0635).
    static double lse(double a, double b)
    {
        const double m = std::max(a, b);
        return m + std::log(std::exp(a - m) + std::exp(b - m));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("emb"));
        QVERIFY(QDir().mkpath(m_folder));
        const char *names[] = {"A_1.flac", "A_2.flac", "B_1.flac", "B_2.flac", "U_1.flac", "U_2.flac"};
        const float emb[] = {1, 0, 1, 0, 0, 1, 0, 1, 1, 1, -1, 0};
        const float logits[] = {3, 0, 3, 0, 0, 2, 0, 2, 3, 2.5f, 2.5f, 2.5f};
        writeNpy(QDir(m_folder).filePath(QStringLiteral("embeddings.npy")), emb, {6, 2});
        writeNpy(QDir(m_folder).filePath(QStringLiteral("logits.npy")), logits, {6, 2});
        QFile keys(QDir(m_folder).filePath(QStringLiteral("keys.txt")));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        QByteArray tsv("file\tattack\tengine\tvoice\tacoustic_model\twaveform_generator\tcodec\ttext\n");
        for (int i = 0; i < 6; ++i) {
            keys.write(QByteArray(names[i]) + '\n');
            const QByteArray atk(names[i], 1);
            tsv += QByteArray(names[i]) + '\t' + atk + "\te\tv\tam" + atk + "\tvm" + atk + "\tnone\tt\n";
        }
        keys.close();
        m_protocol = m_dir.filePath(QStringLiteral("protocol.tsv"));
        QFile p(m_protocol);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(tsv);
    }

    void oodScoresByHand()
    {
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = m_folder;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("U")};
        o.outDir = m_dir.filePath(QStringLiteral("out"));
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(r.testClips, std::size_t(4));
        QCOMPARE(int(r.oodScores.size()), 3);
        QCOMPARE(r.oodScores[0].first, QStringLiteral("msp"));
        QCOMPARE(r.oodScores[1].first, QStringLiteral("energy"));
        QCOMPARE(r.oodScores[2].first, QStringLiteral("nsd"));
        QCOMPARE(r.oodScores[0].second.auroc, 1.0);
        QCOMPARE(r.oodScores[1].second.auroc, 0.0);
        QCOMPARE(r.oodScores[2].second.auroc, 0.5);
        QCOMPARE(r.oodScores[0].second.fprAt95Tpr, 0.0);
        QCOMPARE(r.oodScores[1].second.fprAt95Tpr, 1.0);
        QCOMPARE(r.oodScores[2].second.fprAt95Tpr, 0.5);
        QCOMPARE(r.oodScores[0].second.eer, 0.0);
        // EERs of energy and NSD: the same as computeOod over the hand-computed score lists
        const double eA = lse(3, 0), eB = lse(0, 2), eU1 = lse(3, 2.5), eU2 = lse(2.5, 2.5);
        QCOMPARE(r.oodScores[1].second.eer, computeOod({eA, eB}, {eU1, eU2}, true).eer);
        const double k1 = (1 + 1) / std::sqrt(2.0) / 2.0;
        QCOMPARE(r.oodScores[2].second.eer,
                 computeOod({0.5 * eA, 0.5 * eB}, {k1 * eU1, -0.5 * eU2}, true).eer);

        QFile f(QDir(o.outDir).filePath(QStringLiteral("metrics.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject ood = j.value(QStringLiteral("ood_scores")).toObject();
        QCOMPARE(ood.value(QStringLiteral("msp")).toObject().value(QStringLiteral("auroc")).toDouble(), 1.0);
        QCOMPARE(ood.value(QStringLiteral("energy")).toObject().value(QStringLiteral("auroc")).toDouble(), 0.0);
        QCOMPARE(ood.value(QStringLiteral("nsd")).toObject().value(QStringLiteral("auroc")).toDouble(), 0.5);
        QCOMPARE(ood.value(QStringLiteral("nsd")).toObject().value(QStringLiteral("n_in")).toInt(), 2);
        QCOMPARE(ood.value(QStringLiteral("nsd")).toObject().value(QStringLiteral("n_ood")).toInt(), 2);
    }

    // One implementation (eval/OodScores.h) serves `evaluate trace` and the library's tracing (`trace`): the run's
    // OOD metrics are exactly those of OodScorer's scores of the same clips (reference = the enrolment clips).
    void runUsesTheOodScorer()
    {
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = m_folder;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("U")};
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(int(r.oodScores.size()), 3);
        EnrolmentSet reference;
        reference.bySource[QStringLiteral("A")] = {{1, 0}};
        reference.bySource[QStringLiteral("B")] = {{0, 1}};
        OodScorer scorer(o.knnK);
        scorer.fit(reference);
        const OodScores a = scorer.score({3, 0}, {1, 0}), b = scorer.score({0, 2}, {0, 1});
        const OodScores u1 = scorer.score({3, 2.5f}, {1, 1}), u2 = scorer.score({2.5f, 2.5f}, {-1, 0});
        const OodResult msp = computeOod({a.msp, b.msp}, {u1.msp, u2.msp}, true);
        const OodResult energy = computeOod({a.energy, b.energy}, {u1.energy, u2.energy}, true);
        const OodResult nsd = computeOod({a.nsd, b.nsd}, {u1.nsd, u2.nsd}, true);
        const OodResult *expected[3] = {&msp, &energy, &nsd};
        for (int k = 0; k < 3; ++k) {
            const OodResult &got = r.oodScores[std::size_t(k)].second;
            QCOMPARE(got.auroc, expected[k]->auroc);
            QCOMPARE(got.fprAt95Tpr, expected[k]->fprAt95Tpr);
            QCOMPARE(got.eer, expected[k]->eer);
            QCOMPARE(got.thresholdAt95Tpr, expected[k]->thresholdAt95Tpr); // the scores themselves agree
        }
        // and the scores themselves are the hand-computed ones of the table above
        QVERIFY(std::fabs(a.msp - 1.0 / (1.0 + std::exp(-3.0))) < 1e-12);
        QVERIFY(std::fabs(u2.energy - (2.5 + std::log(2.0))) < 1e-12);
        QVERIFY(std::fabs(u1.knnCosine - std::sqrt(0.5)) < 1e-6);
        QVERIFY(std::fabs(u2.nsd - (-0.5 * (2.5 + std::log(2.0)))) < 1e-6);
    }

    void noLogitsNoOodScores()
    {
        const QString folder = m_dir.filePath(QStringLiteral("nologits"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *f : {"embeddings.npy", "keys.txt"})
            QVERIFY(QFile::copy(QDir(m_folder).filePath(QLatin1String(f)), QDir(folder).filePath(QLatin1String(f))));
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = folder;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("U")};
        const EvaluationResult r = runEvaluation(o);
        QVERIFY(r.oodScores.empty());
        QVERIFY(!r.json.contains(QStringLiteral("ood_scores")));
    }

    void badLogitsShapeNamesFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("badlogits"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *f : {"embeddings.npy", "keys.txt"})
            QVERIFY(QFile::copy(QDir(m_folder).filePath(QLatin1String(f)), QDir(folder).filePath(QLatin1String(f))));
        const float z[] = {1, 2, 3, 4};
        writeNpy(QDir(folder).filePath(QStringLiteral("logits.npy")), z, {2, 2});
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = folder;
        o.protocol = m_protocol;
        try {
            runEvaluation(o);
            QFAIL("a logits.npy with 2 rows for 6 embeddings was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("logits.npy")), qPrintable(e.message()));
        }
    }

    void cliSummary()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        QProcess p;
        p.start(exe, {QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), m_folder,
                      QStringLiteral("--protocol"), m_protocol, QStringLiteral("--unknown-attacks"), QStringLiteral("U"),
                      QStringLiteral("--no-progress")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("OOD score msp")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OOD score energy")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OOD score nsd")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("AUROC 100")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestEvalOod)
#include "tst_eval_ood.moc"
