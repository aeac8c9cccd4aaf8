// The evaluation driver (core/eval/EvaluationRun.h) and `sourcetrace-cli evaluate`: histogram and Tippett data by
// hand, detection tables by hand, source tracing on synthetic embeddings checked against an independent
// re-computation from the written split (fingerprints, cosine scores, STOPA known/unknown selection), trial
// counts by hand, file formats, errors naming file and line, cancellation, the CLI through QProcess, and the
// real SSL-AASIST embeddings of ../shared.
#include "eval/EvaluationRun.h"
#include "eval/PooledEer.h"
#include "testutil.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace st;

namespace {

/// A fixed pseudo-random normal sequence (LCG + Box-Muller), independent of the library's generator.
struct Normal
{
    quint64 s = 12345;
    double uniform()
    {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return (double((s >> 11) & ((1ull << 53) - 1)) + 0.5) / double(1ull << 53);
    }
    double next()
    {
        const double u = uniform(), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
};

double cosine(const std::vector<double> &a, const std::vector<double> &b)
{
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    return ab / std::sqrt(aa * bb);
}

} // namespace

class TestEvalRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::map<QString, std::vector<double>> m_emb; // synthetic embeddings by clip name
    QString m_embCsv, m_protocol;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    const SplitMetrics &metric(const EvaluationResult &r, const QString &level, const QString &subset)
    {
        for (const SplitMetrics &m : r.metrics)
            if (m.level == level && m.subset == subset)
                return m;
        qFatal("no metric %s %s", qPrintable(level), qPrintable(subset));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Three attacks of 10 clips in 8 dimensions; A and B overlap somewhat (non-zero EER), C lies apart.
        // acoustic model: A am1, B am2, C am2; vocoder: A voc1, B voc1, C voc2.
        Normal g;
        QByteArray csv = "file";
        for (int d = 0; d < 8; ++d)
            csv += "," + QByteArray::number(d);
        csv += "\n";
        QByteArray tsv = "file\tattack\tacoustic_model\twaveform_generator\tcodec\n";
        const char *attacks[3] = {"A", "B", "C"};
        const char *am[3] = {"am1", "am2", "am2"};
        const char *voc[3] = {"voc1", "voc1", "voc2"};
        for (int a = 0; a < 3; ++a)
            for (int i = 0; i < 10; ++i) {
                const QString name = QStringLiteral("%1_clip%2.flac").arg(QLatin1String(attacks[a])).arg(i);
                std::vector<double> e(8);
                for (int d = 0; d < 8; ++d)
                    e[std::size_t(d)] = g.next() * (a == 2 ? 0.1 : 0.7);
                e[std::size_t(a == 2 ? 5 : a)] += a == 2 ? 3.0 : 1.0;
                if (a < 2)
                    e[2] += 0.8; // A and B share a component: they overlap
                m_emb[name] = e;
                csv += name.toUtf8();
                for (double v : e)
                    csv += "," + QByteArray::number(v, 'g', 9);
                csv += "\n";
                tsv += QStringLiteral("%1\t%2\t%3\t%4\tnone\n").arg(name, QLatin1String(attacks[a]), QLatin1String(am[a]),
                                                                  QLatin1String(voc[a])).toUtf8();
            }
        tsv += "bona_1.flac\tbonafide\tbonafide\tbonafide\tnone\n";
        m_embCsv = write(QStringLiteral("emb.csv"), csv);
        m_protocol = write(QStringLiteral("protocol.tsv"), tsv);
    }

    void histogramByHand()
    {
        // bins of width 1 on [0, 4]; 4 falls in the last (closed) bin; infinities are not counted
        const ScoreHistogram h = computeScoreHistogram({0, 1, 2, 3, 4, INFINITY}, {0.5, 4, 0.999}, 4);
        QCOMPARE(h.edges, (std::vector<double>{0, 1, 2, 3, 4}));
        QCOMPARE(h.targetCounts, (std::vector<std::size_t>{1, 1, 1, 2}));
        QCOMPARE(h.nontargetCounts, (std::vector<std::size_t>{2, 0, 0, 1}));
        QCOMPARE(h.targetTotal, std::size_t(5));
        QCOMPARE(h.targetDensity(3), 2.0 / 5.0);
        QCOMPARE(h.nontargetDensity(0), 2.0 / 3.0);
        // all equal: one bin of width 1 around the value
        const ScoreHistogram one = computeScoreHistogram({2, 2}, {2}, 10);
        QCOMPARE(one.edges, (std::vector<double>{1.5, 2.5}));
        QCOMPARE(one.targetCounts, (std::vector<std::size_t>{2}));
        const QString csv = histogramCsv(QStringLiteral("x"), h);
        QVERIFY(csv.startsWith(QStringLiteral("set,bin_lo,bin_hi,target_count,nontarget_count")));
        QVERIFY(csv.contains(QStringLiteral("\nx,3,4,2,1,0.4,")));
    }

    void tippettByHand()
    {
        const double l10 = std::log(10.0);
        const TippettCurve c = computeTippett({-1 * l10, 0, 0, 2 * l10, INFINITY});
        QCOMPARE(c.log10Lr.size(), std::size_t(3));
        QVERIFY(std::abs(c.log10Lr[0] + 1) < 1e-12 && c.log10Lr[1] == 0 && std::abs(c.log10Lr[2] - 2) < 1e-12);
        QCOMPARE(c.proportion, (std::vector<double>{1.0, 0.8, 0.4}));
    }

    void detectionByHand()
    {
        // bona fide {1,2,3}, spoof A01 {0, 1.5}, A02 {-1}: sorted -1 n, 0 n, 1 t, 1.5 n, 2 t, 3 t;
        // cut 3: Pmiss 1/3, Pfa 1/3 -> EER 1/3; A02 alone: EER 0.
        const QString prot = write(QStringLiteral("det.tsv"),
                                   "file\tattack\tcodec\nb1.flac\tbonafide\tnone\nb2.flac\tbonafide\tnone\n"
                                   "b3.flac\tbonafide\tnone\ns1.flac\tA01\tnone\ns2.flac\tA01\tmp3\ns3.flac\tA02\tnone\n");
        const QString jsonl = write(QStringLiteral("det.jsonl"),
                                    "{\"file\":\"b1.flac\",\"score\":1}\n{\"file\":\"b2.flac\",\"score\":2}\n"
                                    "{\"file\":\"b3.flac\",\"score\":3}\n\n{\"file\":\"s1.flac\",\"score\":0}\n"
                                    "{\"file\":\"s2.flac\",\"score\":1.5,\"model\":\"aasist\"}\n{\"file\":\"s3.flac\",\"score\":-1}\n");
        EvaluationOptions o;
        o.mode = EvaluationMode::Detection;
        o.protocol = prot;
        o.scores = jsonl;
        o.outDir = m_dir.filePath(QStringLiteral("det_out"));
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(r.metrics.front().eer, 1.0 / 3.0);
        QCOMPARE(r.detection.pooled.eer.eer, 1.0 / 3.0);
        QCOMPARE(r.detection.perAttack.size(), std::size_t(2));
        QCOMPARE(r.detection.perAttack[1].condition, QStringLiteral("A02"));
        QCOMPARE(r.detection.perAttack[1].eer.eer, 0.0);
        QCOMPARE(r.metrics.front().targets, std::size_t(3));
        for (const char *f : {"metrics.json", "detection_eer.csv", "det.csv", "histograms.csv", "metrics_table.csv"})
            QVERIFY2(QFileInfo::exists(QDir(o.outDir).filePath(QLatin1String(f))), f);
        const QString table = QString::fromUtf8(readAll(QDir(o.outDir).filePath(QStringLiteral("detection_eer.csv"))));
        QVERIFY(table.contains(QStringLiteral("\npooled,pooled,33.3333,")));
        QVERIFY(table.contains(QStringLiteral("\nA02,attack,0,")));
        const QJsonObject j = QJsonDocument::fromJson(readAll(QDir(o.outDir).filePath(QStringLiteral("metrics.json")))).object();
        QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("detection"));
        QCOMPARE(j.value(QStringLiteral("pooled")).toObject().value(QStringLiteral("eer")).toDouble(), 1.0 / 3.0);
        // the same scores as a plain 'file score' file give the same result
        const QString plain = write(QStringLiteral("det.txt"), "b1 1\nb2 2\nb3 3\ns1 0\ns2 1.5\ns3 -1\n");
        o.scores = plain;
        o.outDir.clear();
        QCOMPARE(runEvaluation(o).metrics.front().eer, 1.0 / 3.0);
    }

    void scoreErrorsNameFileAndLine()
    {
        const QString bad = write(QStringLiteral("bad.jsonl"), "{\"file\":\"a\",\"score\":1}\n{\"file\":\"b\",\"score\":null}\n");
        try {
            readDetectionScores(bad);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.path(), bad);
            QCOMPARE(e.line(), 2);
            QVERIFY(e.message().contains(QStringLiteral("null")));
        }
        const QString twice = write(QStringLiteral("twice.jsonl"), "{\"file\":\"a\",\"score\":1}\n{\"file\":\"a\",\"score\":2}\n");
        QVERIFY_THROWS_EXCEPTION(Error, readDetectionScores(twice));
    }

    void traceAgainstIndependentRecomputation()
    {
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = m_embCsv;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("C")};
        o.seed = 7;
        o.outDir = m_dir.filePath(QStringLiteral("trace_out"));
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(r.knownAttacks, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r.enrolClips, std::size_t(10)); // round(0.5 x 10) of A and of B
        QCOMPARE(r.testClips, std::size_t(20));  // 5 + 5 + all 10 of C
        QCOMPARE(r.pooled.known.size(), std::size_t(3));

        // Trial counts by hand. ATK: sources A, B; known 10 test clips x 2 -> 10 targets, 10 non-targets;
        // unknown = C's 20 trials (non-targets) + the 10 targets. AcousticModel: sources am1 (A), am2 (B);
        // C (am2) is a target against am2: unknown = 10 + 10 targets, 10 non-targets.
        QCOMPARE(metric(r, "ATK", "known").targets, std::size_t(10));
        QCOMPARE(metric(r, "ATK", "known").nontargets, std::size_t(10));
        QCOMPARE(metric(r, "ATK", "unknown").targets, std::size_t(10));
        QCOMPARE(metric(r, "ATK", "unknown").nontargets, std::size_t(20));
        QCOMPARE(metric(r, "AcousticModel", "unknown").targets, std::size_t(20));
        QCOMPARE(metric(r, "AcousticModel", "unknown").nontargets, std::size_t(10));
        QCOMPARE(metric(r, "VocoderModel", "known").targets, std::size_t(10)); // one source voc1: all targets...
        QCOMPARE(metric(r, "VocoderModel", "known").nontargets, std::size_t(0)); // ... so the EER is undefined
        QVERIFY(std::isnan(metric(r, "VocoderModel", "known").eer));

        // Independent: read the split, average the enrolment embeddings per attack, score by cosine.
        std::map<QString, std::vector<double>> sum;
        std::map<QString, int> n;
        QStringList test;
        const QStringList lines = QString::fromUtf8(readAll(QDir(o.outDir).filePath(QStringLiteral("split.csv"))))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("file,attack,role"));
        QCOMPARE(lines.size(), 31);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(QLatin1Char(','));
            if (f[2] == QLatin1String("enrol")) {
                auto &s = sum[f[1]];
                s.resize(8, 0.0);
                for (int d = 0; d < 8; ++d)
                    s[std::size_t(d)] += m_emb[f[0]][std::size_t(d)];
                ++n[f[1]];
            } else {
                QCOMPARE(f[2], QStringLiteral("test"));
                test << f[0];
            }
        }
        QCOMPARE(n[QStringLiteral("A")], 5);
        QVERIFY(!sum.count(QStringLiteral("C")));
        std::vector<double> kt, kn, ut, un;
        QStringList truth, predicted;
        for (const QString &clip : test) {
            const QString attack = clip.left(1);
            double best = -2;
            QString bestSrc;
            for (const auto &[src, s] : sum) {
                const double c = cosine(m_emb[clip], s); // the mean's scale does not change a cosine
                const bool tgt = src == attack;
                if (attack != QLatin1String("C"))
                    (tgt ? kt : kn).push_back(c);
                if (attack == QLatin1String("C") || tgt)
                    (tgt ? ut : un).push_back(c);
                if (c > best) {
                    best = c;
                    bestSrc = src;
                }
            }
            if (attack != QLatin1String("C")) {
                truth << attack;
                predicted << bestSrc;
            }
        }
        const double eerKn = computeEer(kt, kn).eer, eerUkn = computeEer(ut, un).eer;
        QVERIFY(std::abs(metric(r, "ATK", "known").eer - eerKn) < 1e-12);
        QVERIFY(std::abs(metric(r, "ATK", "unknown").eer - eerUkn) < 1e-12);
        QVERIFY(std::abs(r.pooled.known[0].eer - eerKn) < 1e-12);
        QVERIFY2(eerKn > 0.0, "the synthetic A/B overlap should give a non-zero EER");
        const ClassificationReport cr = ClassificationReport::compute(truth, predicted, {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(r.classification.confusion, cr.confusion);
        QCOMPARE(r.classification.accuracy, cr.accuracy);
        QVERIFY(r.hasOod);

        // STOPA layout round trip
        const auto kn2 = readStopaEerCsv(QDir(o.outDir).filePath(QStringLiteral("pooled_eer_kn.csv")));
        QCOMPARE(kn2.size(), std::size_t(3));
        QCOMPARE(kn2[0].first, QStringLiteral("ATK"));
        QVERIFY(std::abs(kn2[0].second - std::round(eerKn * 10000.0) / 100.0) < 1e-9); // percent, 2 decimals
        const QJsonObject j = QJsonDocument::fromJson(readAll(QDir(o.outDir).filePath(QStringLiteral("metrics.json")))).object();
        QCOMPARE(j.value(QStringLiteral("levels")).toArray().size(), 3);
        QVERIFY(j.contains(QStringLiteral("closed_set")));
        QVERIFY(j.contains(QStringLiteral("open_set")));
        QCOMPARE(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("bonafide_left_out")).toInt(), 1);
        const QByteArray trials = readAll(QDir(o.outDir).filePath(QStringLiteral("trial_scores.csv")));
        QCOMPARE(trials.count('\n'), 1 + 3 * 20 * 2 - 20); // ATK 40, AM 40, VM 20 (one vocoder source)

        // same seed -> same split; another seed -> another split
        const QByteArray split1 = readAll(QDir(o.outDir).filePath(QStringLiteral("split.csv")));
        o.outDir = m_dir.filePath(QStringLiteral("trace_out2"));
        runEvaluation(o);
        QCOMPARE(readAll(QDir(o.outDir).filePath(QStringLiteral("split.csv"))), split1);
        o.seed = 8;
        runEvaluation(o);
        QVERIFY(readAll(QDir(o.outDir).filePath(QStringLiteral("split.csv"))) != split1);
    }

    void traceBackendsCalibrationAndStopaGrouping()
    {
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = m_embCsv;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("C")};
        for (const char *b : {"cosine", "mahalanobis", "knn"}) {
            o.backend = QLatin1String(b);
            const EvaluationResult r = runEvaluation(o);
            QCOMPARE(r.backend, QLatin1String(b));
            QVERIFY(metric(r, "ATK", "known").eer < 0.5);
            qInfo("%s: ATK known EER %.4f, OOD AUROC %.4f", b, metric(r, "ATK", "known").eer, r.ood.auroc);
            // C lies far from A and B; Mahalanobis estimates an 8-d covariance from 10 clips (8 degrees of
            // freedom), whose near-null directions make some known test clips look far too: 0.9 here.
            QVERIFY2(r.ood.auroc >= 0.85, b);
        }
        o.backend = QStringLiteral("cosine");
        o.calibrate = true;
        const EvaluationResult c = runEvaluation(o);
        QVERIFY(c.hasCalibration);
        QVERIFY(c.devClips > 0);
        QCOMPARE(c.enrolClips + c.devClips + c.testClips, std::size_t(30));
        QVERIFY(!c.calibration.empty());
        QCOMPARE(c.calibration.front().first, QStringLiteral("ATK"));
        bool llrs = false;
        for (const ScoreSet &s : c.scoreSets)
            llrs = llrs || s.areLlrs;
        QVERIFY(llrs);

        // STOPA grouping: fingerprints per attack, flags at all three levels from the attack's components.
        o.calibrate = false;
        o.grouping = FingerprintGrouping::PerAttack;
        const EvaluationResult s = runEvaluation(o);
        // AM: C (am2) vs B's fingerprint (am2) is a target: unknown = 10 C-vs-B + 10 ATK targets; non = C-vs-A
        QCOMPARE(metric(s, "AcousticModel", "unknown").targets, std::size_t(20));
        QCOMPARE(metric(s, "AcousticModel", "unknown").nontargets, std::size_t(10));
        // VM: A and B both voc1: every known trial is a target
        QCOMPARE(metric(s, "VocoderModel", "known").nontargets, std::size_t(0));
        QCOMPARE(metric(s, "ATK", "known").eer, metric(runEvaluation([&] {
                                                           EvaluationOptions p = o;
                                                           p.grouping = FingerprintGrouping::PerLevel;
                                                           return p;
                                                       }()),
                                                       "ATK", "known")
                                                    .eer);
    }

    void traceErrorsAndCancel()
    {
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = m_embCsv;
        o.protocol = m_protocol;
        o.unknownAttacks = {QStringLiteral("A09")};
        try {
            runEvaluation(o);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("A09")));
        }
        o.unknownAttacks = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QVERIFY_THROWS_EXCEPTION(Error, runEvaluation(o));
        o.unknownAttacks.clear();
        o.embeddings = m_dir.filePath(QStringLiteral("absent.csv"));
        try {
            runEvaluation(o);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.path(), o.embeddings);
        }
        // attack-from-filename on names without '_': the line is named
        const QString noUnderscore = write(QStringLiteral("nou.csv"), "filename,0,1\nA_1,1,0\nbad,0,1\n");
        o.protocol.clear();
        o.attackFromFilename = true;
        o.embeddings = noUnderscore;
        try {
            runEvaluation(o);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.line(), 3);
        }
        o.embeddings = m_embCsv;
        EvaluationCallbacks cb;
        int calls = 0;
        cb.progress = [&](double, const QString &) { ++calls; };
        cb.cancelled = [] { return true; };
        bool cancelled = false;
        try {
            runEvaluation(o, cb);
        } catch (const EvaluationCancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QVERIFY(calls > 0);
    }

    void trialsMode()
    {
        // STOPA trial list: fingerprints AA01 (known), clips of AA01 and AA02 (unknown).
        const QString t = write(QStringLiteral("trials.txt"),
                                "AbstractModel FileName ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel CosScore\n"
                                "AA01-x c1 AA01 True True True 0.9\n"
                                "AA01-x c2 AA01 True True True 0.8\n"
                                "AA01-x c3 AA02 False True False 0.85\n"
                                "AA01-x c4 AA02 False False False 0.1\n");
        EvaluationOptions o;
        o.mode = EvaluationMode::Trials;
        o.trials = t;
        o.outDir = m_dir.filePath(QStringLiteral("trials_out"));
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(r.unknownAttacks, QStringList{QStringLiteral("AA02")});
        // ATK unknown: targets {0.9, 0.8}, non-targets {0.85, 0.1}: sorted 0.1 n, 0.8 t, 0.85 n, 0.9 t;
        // cut 2: Pmiss 1/2, Pfa 1/2 -> EER 0.5
        QCOMPARE(metric(r, "ATK", "unknown").eer, 0.5);
        QCOMPARE(readAll(QDir(o.outDir).filePath(QStringLiteral("pooled_eer_ukn.csv"))).split('\n').value(1),
                 QByteArray("ATK,50.0"));
    }

    void cli()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        const auto run = [&](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
            QProcess p;
            p.start(exe, args);
            if (!p.waitForFinished(120000))
                return -1;
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput());
            if (err)
                *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString out, err;
        const QString dir = m_dir.filePath(QStringLiteral("cli_trace"));
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), m_embCsv,
                      QStringLiteral("--attack-from-filename"), QStringLiteral("--unknown-attacks"), QStringLiteral("C"),
                      QStringLiteral("--backend"), QStringLiteral("knn"), QStringLiteral("--k"), QStringLiteral("3"),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), dir,
                      QStringLiteral("--no-progress")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("closed set")), qPrintable(out + err));
        QVERIFY(out.contains(QStringLiteral("# trace (knn)")));
        for (const char *f : {"pooled_eer_kn.csv", "pooled_eer_ukn.csv", "metrics.json", "split.csv", "confusion.csv"})
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(QLatin1String(f))), f);
        // --json prints metrics.json
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), m_embCsv,
                      QStringLiteral("--protocol"), m_protocol, QStringLiteral("--json"), QStringLiteral("--no-progress")},
                     &out),
                 0);
        const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("mode")).toString(), QStringLiteral("trace"));
        // usage errors: 2; input errors: 1 with file named
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("sideways")}, nullptr, &err), 2);
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), m_embCsv,
                      QStringLiteral("--attack-from-filename"), QStringLiteral("--enrol-fraction"), QStringLiteral("1.5")},
                     nullptr, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("enrol-fraction")));
        const QString badProt = write(QStringLiteral("bad.tsv"), "file\tattack\nx.flac\tA\ty\n");
        QCOMPARE(run({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), badProt,
                      QStringLiteral("--scores"), m_embCsv, QStringLiteral("--no-progress")},
                     nullptr, &err),
                 1);
        QVERIFY2(err.contains(badProt + QStringLiteral(":2:")), qPrintable(err));
    }

    void realSslAasistEmbeddings()
    {
        ST_REQUIRE_SHARED(shared);
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = shared + QStringLiteral("/models/zero-shot/STOPA_ASVspoof2019_embeddings_from_SSL_AASIST_AAM_RegMixup.csv");
        o.attackFromFilename = true;
        o.unknownAttacks = {QStringLiteral("A05"), QStringLiteral("AA13")};
        const EvaluationResult r = runEvaluation(o);
        QCOMPARE(r.knownAttacks.size(), 7);
        QCOMPARE(r.enrolClips + r.testClips, std::size_t(297));
        QCOMPARE(r.pooled.known.size(), std::size_t(1)); // attack level only: no component labels
        // bench_zeroshot (docs/evaluation.md) finds these attacks perfectly separated by cosine scoring
        QCOMPARE(metric(r, "ATK", "known").eer, 0.0);
        QCOMPARE(r.classification.accuracy, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEvalRun)
#include "tst_eval_run.moc"
