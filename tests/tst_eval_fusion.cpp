// Logistic-regression score fusion (core/eval/ScoreFusion.h) against hand-computed optima (a closed-form
// two-trials-per-class problem, calibrated log-LRs, a noise detector), its own optimality conditions, the
// single-score calibration (LinearCalibration) it generalises; the fusion model file (round trip, strict
// reader); the join of score files; and `sourcetrace-cli fuse` train -> apply -> evaluate.
#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "eval/Protocol.h"
#include "eval/ScoreFusion.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace st;

namespace {

/// The objective written out again, independently of the library: z = w.s + b + logit p.
double objective(const FusionScores &s, const std::vector<bool> &tar, double p, double l2, const std::vector<double> &w, double b)
{
    const double off = std::log(p / (1 - p));
    double ct = 0, cn = 0, nt = 0, nn = 0, r = 0;
    for (std::size_t i = 0; i < tar.size(); ++i) {
        double z = b + off;
        for (std::size_t k = 0; k < w.size(); ++k)
            z += w[k] * s.scores[k][i];
        if (tar[i]) {
            ct += std::log1p(std::exp(-z));
            ++nt;
        } else {
            cn += std::log1p(std::exp(z));
            ++nn;
        }
    }
    for (double x : w)
        r += x * x;
    return p * ct / nt + (1 - p) * cn / nn + l2 * r;
}

/// n targets and n non-targets; detector 0: the true LLR of N(+-1, 1) data (2 x), detector 1 (when asked):
/// pure noise N(0, 1), detector 2 (when asked): the same x plus independent N(0, 1) noise, times 3, plus 5.
void gaussian(FusionScores &s, std::vector<bool> &tar, std::size_t n, int detectors, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, 1.0);
    s.detectors = QStringList{QStringLiteral("llr"), QStringLiteral("noise"), QStringLiteral("weak")}.mid(0, detectors);
    s.scores.assign(detectors, {});
    tar.clear();
    for (std::size_t i = 0; i < 2 * n; ++i) {
        const bool t = i < n;
        const double x = (t ? 1.0 : -1.0) + g(rng);
        tar.push_back(t);
        s.scores[0].push_back(2 * x);
        if (detectors > 1)
            s.scores[1].push_back(g(rng));
        if (detectors > 2)
            s.scores[2].push_back(3 * (x + g(rng)) + 5);
    }
}

std::vector<double> column(const FusionScores &s, int k, const std::vector<bool> &tar, bool wantTarget)
{
    std::vector<double> r;
    for (std::size_t i = 0; i < tar.size(); ++i)
        if (tar[i] == wantTarget)
            r.push_back(s.scores[k][i]);
    return r;
}

} // namespace

class TestEvalFusion : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    static int cli(const QStringList &args, QString *err, QString *out = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        if (!p.waitForFinished(120000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

private slots:
    void closedFormTwoTrialsPerClass()
    {
        // targets {2, -1}, non-targets {1, -2}, P = 0.5, no ridge. s -> -s swaps the classes, so b = 0 and
        // C(w) = (softplus(-2w) + softplus(w)) / 2; C'(w) = 0 <=> 2 sigma(-2w) = sigma(w) <=> with u = e^w:
        // u^3 - u - 2 = 0, whose real root is (Cardano) u = cbrt(1 + sqrt(26/27)) + cbrt(1 - sqrt(26/27)).
        const FusionScores s{{QStringLiteral("d")}, {{2.0, -1.0, 1.0, -2.0}}};
        const std::vector<bool> tar{true, true, false, false};
        const double u = std::cbrt(1 + std::sqrt(26.0 / 27.0)) + std::cbrt(1 - std::sqrt(26.0 / 27.0));
        QVERIFY(std::fabs(u * u * u - u - 2) < 1e-12);
        const FusionTraining t = trainFusion(s, tar, 0.5, 0.0);
        QVERIFY(t.model.converged);
        QVERIFY2(std::fabs(t.model.weights[0] - std::log(u)) < 1e-9, qPrintable(QString::number(t.model.weights[0], 'g', 17)));
        QVERIFY(std::fabs(t.model.offset) < 1e-9);
        const double c = 0.5 * (std::log1p(std::exp(-2 * std::log(u))) + std::log1p(u));
        QVERIFY(std::fabs(t.model.objective - c) < 1e-12);
        QVERIFY(std::fabs(t.model.trainingCllr - c / std::log(2.0)) < 1e-9);
        QCOMPARE(t.model.targets, 2);
        QCOMPARE(t.model.nontargets, 2);
    }
    void uninformativeDetector()
    {
        // Both classes score the same: w = 0, and sigma(b + logit P) = P gives b = 0 at any prior; the
        // objective is then the entropy of the prior.
        const FusionScores s{{QStringLiteral("d")}, {{1.0, -1.0, 1.0, -1.0}}};
        const std::vector<bool> tar{true, true, false, false};
        for (double p : {0.5, 0.1}) {
            const FusionTraining t = trainFusion(s, tar, p, 1e-4);
            QVERIFY(std::fabs(t.model.weights[0]) < 1e-12);
            QVERIFY(std::fabs(t.model.offset) < 1e-12);
            QVERIFY(std::fabs(t.model.objective - (-p * std::log(p) - (1 - p) * std::log(1 - p))) < 1e-12);
        }
    }
    void calibratedScoresKeepWeightOne_data()
    {
        QTest::addColumn<double>("prior");
        QTest::newRow("p=0.5") << 0.5;
        QTest::newRow("p=0.2") << 0.2;
    }
    void calibratedScoresKeepWeightOne()
    {
        // Scores that are already the true log-LR: weight 1, offset 0 whatever the prior (sampling error ~1 %).
        QFETCH(double, prior);
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 40000, 1, 3);
        const FusionTraining t = trainFusion(s, tar, prior, 0.0);
        QVERIFY(t.model.converged);
        QVERIFY2(std::fabs(t.model.weights[0] - 1) < 0.03, qPrintable(QString::number(t.model.weights[0])));
        QVERIFY2(std::fabs(t.model.offset) < 0.05, qPrintable(QString::number(t.model.offset)));
    }
    void noiseDetectorGetsNoWeight()
    {
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 40000, 2, 11);
        const FusionTraining t = trainFusion(s, tar);
        QVERIFY(t.model.converged);
        QVERIFY2(std::fabs(t.model.weights[0] - 1) < 0.03, qPrintable(QString::number(t.model.weights[0])));
        QVERIFY2(std::fabs(t.model.weights[1]) < 0.03, qPrintable(QString::number(t.model.weights[1])));
    }
    void optimalityAndObjective()
    {
        // Three detectors on a small set: the objective never rises, the gradient vanishes at the solution (the
        // library's and a finite-difference one of the objective written out above), moving away raises C.
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 60, 3, 7);
        for (double l2 : {0.0, 1e-2}) {
            const FusionTraining t = trainFusion(s, tar, 0.3, l2);
            QVERIFY(t.model.converged);
            for (std::size_t i = 1; i < t.objectiveHistory.size(); ++i)
                QVERIFY(t.objectiveHistory[i] <= t.objectiveHistory[i - 1]);
            QVERIFY(t.objectiveHistory.back() < t.objectiveHistory.front());
            for (double g : t.finalGradient)
                QVERIFY2(std::fabs(g) < 1e-9, qPrintable(QString::number(g)));
            std::vector<double> w = t.model.weights;
            const double f0 = objective(s, tar, 0.3, l2, w, t.model.offset);
            QVERIFY(std::fabs(f0 - t.model.objective) < 1e-12);
            QVERIFY(std::fabs(fusionObjective(s, tar, 0.3, l2, w, t.model.offset) - f0) < 1e-12);
            const double h = 1e-5;
            for (std::size_t k = 0; k <= w.size(); ++k) {
                std::vector<double> wp = w, wm = w;
                double bp = t.model.offset, bm = t.model.offset;
                if (k < w.size()) {
                    wp[k] += h;
                    wm[k] -= h;
                } else {
                    bp += h;
                    bm -= h;
                }
                const double fp = objective(s, tar, 0.3, l2, wp, bp), fm = objective(s, tar, 0.3, l2, wm, bm);
                QVERIFY2(std::fabs((fp - fm) / (2 * h)) < 1e-6, qPrintable(QString::number((fp - fm) / (2 * h))));
                QVERIFY(fp > f0 && fm > f0);
            }
        }
    }
    void fusionBeatsTheBestSingleDetector()
    {
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 500, 3, 21);
        const FusionTraining all = trainFusion(s, tar);
        for (int k = 0; k < 3; ++k) {
            const FusionScores one{{s.detectors[k]}, {s.scores[k]}};
            const FusionTraining single = trainFusion(one, tar);
            QVERIFY2(all.model.trainingCllr <= single.model.trainingCllr + 1e-12,
                     qPrintable(QStringLiteral("%1 > %2").arg(all.model.trainingCllr).arg(single.model.trainingCllr)));
            QVERIFY(all.model.trainingCllr <= cllr(column(s, k, tar, true), column(s, k, tar, false)) + 1e-12);
        }
        // the fused training Cllr is that of the model applied to the training scores
        const std::vector<double> fused = all.model.apply(s);
        std::vector<double> ft, fn;
        for (std::size_t i = 0; i < tar.size(); ++i)
            (tar[i] ? ft : fn).push_back(fused[i]);
        QVERIFY(std::fabs(cllr(ft, fn) - all.model.trainingCllr) < 1e-12);
    }
    void oneDetectorEqualsLinearCalibration()
    {
        // K = 1 without a ridge is exactly the single-score calibration (an independent Newton solver).
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 300, 3, 5);
        const FusionScores one{{QStringLiteral("weak")}, {s.scores[2]}};
        for (double p : {0.5, 0.1}) {
            const FusionTraining t = trainFusion(one, tar, p, 0.0);
            const LinearCalibration c = LinearCalibration::train(column(s, 2, tar, true), column(s, 2, tar, false), p);
            QVERIFY2(std::fabs(t.model.weights[0] - c.a) < 1e-7 && std::fabs(t.model.offset - c.b) < 1e-6,
                     qPrintable(QStringLiteral("%1 %2 vs %3 %4").arg(t.model.weights[0]).arg(t.model.offset).arg(c.a).arg(c.b)));
        }
    }
    void separableDataConvergesWithTheRidge()
    {
        const FusionScores s{{QStringLiteral("a"), QStringLiteral("b")}, {{3, 2, 1, -1, -2}, {1, 0.5, 2, -1, 0}}};
        const std::vector<bool> tar{true, true, true, false, false};
        const FusionTraining t = trainFusion(s, tar, 0.5, 1e-4);
        QVERIFY(t.model.converged);
        for (double w : t.model.weights)
            QVERIFY(std::isfinite(w) && std::fabs(w) < 1e3);
        for (double g : t.finalGradient)
            QVERIFY(std::fabs(g) < 1e-9);
        // the same problem solved by an independent numpy Newton implementation (500 iterations, not run here)
        QVERIFY2(std::fabs(t.model.weights[0] - 3.5391447109) < 1e-6 && std::fabs(t.model.weights[1] - 2.45692464535) < 1e-6
                     && std::fabs(t.model.offset + 1.19041630231) < 1e-6,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(t.model.weights[0], 0, 'g', 12).arg(t.model.weights[1], 0, 'g', 12)
                                .arg(t.model.offset, 0, 'g', 12)));
    }
    void refusesBadTrainingInput()
    {
        const std::vector<bool> tar{true, true, false, false};
        const auto refuses = [&](const FusionScores &s, const std::vector<bool> &t, double p, double l2, const char *what) {
            try {
                trainFusion(s, t, p, l2);
            } catch (const Error &e) {
                return e.message().contains(QLatin1String(what));
            }
            return false;
        };
        const FusionScores ok{{QStringLiteral("a")}, {{1, 2, 0, -1}}};
        QVERIFY(refuses(ok, {true, false, false, false}, 0.5, 0, "at least 2 target and 2 non-target"));
        QVERIFY(refuses(ok, {true, true, true, false}, 0.5, 0, "at least 2 target and 2 non-target"));
        QVERIFY(refuses({{QStringLiteral("a")}, {{1, std::nan(""), 0, -1}}}, tar, 0.5, 0, "finite"));
        QVERIFY(refuses({{QStringLiteral("a")}, {{1, INFINITY, 0, -1}}}, tar, 0.5, 0, "finite"));
        QVERIFY(refuses({{QStringLiteral("a"), QStringLiteral("b")}, {{1, 2, 0, -1}, {1, 2, 0}}}, tar, 0.5, 0,
                        "every trial needs every detector"));
        QVERIFY(refuses({{QStringLiteral("a"), QStringLiteral("a")}, {{1, 2, 0, -1}, {1, 2, 0, 1}}}, tar, 0.5, 0, "named twice"));
        QVERIFY(refuses(ok, tar, 1.0, 0, "prior"));
        QVERIFY(refuses(ok, tar, 0.5, -1, "regulariser"));
    }
    void modelFileRoundTripAndStrictReader()
    {
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 50, 3, 9);
        FusionModel m = trainFusion(s, tar, 0.25, 1e-3).model;
        m.trainingProtocol = QStringLiteral("train.txt");
        m.trainingSha256 = QString(64, QLatin1Char('a'));
        const QString path = m_dir.filePath(QStringLiteral("fusion.json"));
        m.save(path);
        const FusionModel r = FusionModel::load(path);
        QCOMPARE(r.toJson(), m.toJson());
        QCOMPARE(r.detectors, m.detectors);
        QCOMPARE(r.weights, m.weights); // JSON keeps doubles exactly
        QCOMPARE(r.offset, m.offset);
        QCOMPARE(r.apply(s), m.apply(s));
        // no overwrite unless asked
        try {
            m.save(path);
            QFAIL("overwrote");
        } catch (const Error &e) {
            QCOMPARE(e.path(), path);
        }
        m.save(path, true);

        const auto loadFails = [&](const QByteArray &text, const QString &what) {
            const QString p = write(QStringLiteral("broken.json"), text);
            try {
                FusionModel::load(p);
            } catch (const Error &e) {
                return e.path() == p && e.message().contains(what);
            }
            return false;
        };
        const QJsonObject good = m.toJson();
        const auto with = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = good;
            if (v.isUndefined())
                o.remove(key);
            else
                o[key] = v;
            return QJsonDocument(o).toJson();
        };
        QVERIFY(loadFails("{\"format\": ", QStringLiteral("not valid JSON")));
        QVERIFY(loadFails("[1]", QStringLiteral("JSON object")));
        QVERIFY(loadFails(with(QStringLiteral("format"), QStringLiteral("sourcetrace-fusion/2")), QStringLiteral("'format'")));
        QVERIFY(loadFails(with(QStringLiteral("offset"), QJsonValue::Undefined), QStringLiteral("'offset': missing")));
        QVERIFY(loadFails(with(QStringLiteral("extra"), 1), QStringLiteral("'extra': unknown key")));
        QVERIFY(loadFails(with(QStringLiteral("weights"), QJsonArray{1.0}), QStringLiteral("'weights': 1 weights for 3 detectors")));
        QVERIFY(loadFails(with(QStringLiteral("weights"), QJsonArray{1.0, QStringLiteral("x"), 2.0}), QStringLiteral("'weights'")));
        QVERIFY(loadFails(with(QStringLiteral("detectors"), QJsonArray{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b")}),
                          QStringLiteral("listed twice")));
        QVERIFY(loadFails(with(QStringLiteral("prior"), 1.5), QStringLiteral("'prior'")));
        QVERIFY(loadFails(with(QStringLiteral("targets"), 2.5), QStringLiteral("'targets'")));
        QVERIFY(loadFails(with(QStringLiteral("converged"), 1), QStringLiteral("'converged'")));
    }
    void applyMatchesDetectorsByName()
    {
        FusionModel m;
        m.detectors = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        m.weights = {2.0, -1.0};
        m.offset = 0.5;
        const FusionScores swapped{{QStringLiteral("b"), QStringLiteral("a")}, {{1.0, 0.0}, {3.0, 1.0}}};
        const std::vector<double> f = m.apply(swapped);
        QCOMPARE(f, (std::vector<double>{2 * 3.0 - 1.0 + 0.5, 2 * 1.0 - 0.0 + 0.5}));
        try {
            m.apply(FusionScores{{QStringLiteral("a"), QStringLiteral("c")}, {{1.0}, {1.0}}});
            QFAIL("accepted a wrong detector");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("missing: b")) && e.message().contains(QLatin1String("not in the model: c")),
                     qPrintable(e.message()));
        }
    }
    void joinOfScoreFiles()
    {
        const QString proto = write(QStringLiteral("join_proto.txt"),
                                    "LA_1 c1 - - bonafide\nLA_1 c2 - - bonafide\nLA_1 c3 - A01 spoof\n");
        const std::vector<LabelledClip> clips = readClipProtocol(proto);
        const QString a = write(QStringLiteral("a.txt"), "c3 -1\nc1 2\nc2 1.5\n");
        const QString b = write(QStringLiteral("b.csv"), "file,score\nc1,0.5\nc2,0.25\nc3,-4\n");
        const FusionScores s = joinScoreFiles({QStringLiteral("A"), QStringLiteral("B")}, {a, b}, clips);
        QCOMPARE(s.scores[0], (std::vector<double>{2, 1.5, -1}));
        QCOMPARE(s.scores[1], (std::vector<double>{0.5, 0.25, -4}));
        const auto fails = [&](const QStringList &names, const QStringList &paths, const QString &path, int line, const QString &what) {
            try {
                joinScoreFiles(names, paths, clips);
            } catch (const Error &e) {
                return e.path() == path && e.line() == line && e.message().contains(what);
            }
            return false;
        };
        const QString dup = write(QStringLiteral("dup.txt"), "c1 1\nc2 1\nc1 3\nc3 0\n");
        QVERIFY(fails({QStringLiteral("A"), QStringLiteral("D")}, {a, dup}, dup, 3, QStringLiteral("c1")));
        const QString missing = write(QStringLiteral("missing.txt"), "c1 1\nc3 0\n");
        QVERIFY(fails({QStringLiteral("A"), QStringLiteral("M")}, {a, missing}, missing, 0, QStringLiteral("c2")));
        const QString nan = write(QStringLiteral("nan.txt"), "c1 1\nc2 nan\nc3 0\n");
        QVERIFY(fails({QStringLiteral("N")}, {nan}, nan, 2, QStringLiteral("finite")));
        QVERIFY(fails({QStringLiteral("A"), QStringLiteral("A")}, {a, b}, b, 0, QStringLiteral("given twice")));
    }
    void evaluateFusionHandComputed()
    {
        // A: targets (bona fide) 2, 0; non-targets 1, -1. B: targets 0.5, 1; non-targets 0, -1.
        // fused = 1 A + 2 B - 1: targets 2, 1; non-targets 0, -4.
        FusionModel m;
        m.detectors = QStringList{QStringLiteral("A"), QStringLiteral("B")};
        m.weights = {1.0, 2.0};
        m.offset = -1.0;
        const FusionScores s{{QStringLiteral("B"), QStringLiteral("A")}, {{0.5, 1, 0, -1}, {2, 0, 1, -1}}};
        const std::vector<bool> tar{true, true, false, false};
        const FusionEvaluation ev = evaluateFusion(m, s, tar, DcfParams{});
        QCOMPARE(ev.systems.size(), std::size_t(3));
        QCOMPARE(ev.systems[0].name, QStringLiteral("A"));
        QCOMPARE(ev.systems[1].name, QStringLiteral("B"));
        QCOMPARE(ev.systems[2].name, QStringLiteral("fused"));
        QCOMPARE(ev.fused, (std::vector<double>{2, 1, 0, -4}));
        // A sorted: -1 n, 0 t, 1 n, 2 t: (Pmiss, Pfa) after each cut (0,1) (0,.5) (.5,.5) (.5,0) (1,0) -> EER 0.5;
        // minDCF(p = 0.05) = min over cuts of (0.05 Pmiss + 0.95 Pfa) / 0.05 = 0.025 / 0.05 = 0.5.
        QCOMPARE(ev.systems[0].eer, 0.5);
        QVERIFY(std::fabs(ev.systems[0].minDcf - 0.5) < 1e-12);
        // B and the fused system separate the classes: EER 0, minDCF 0.
        QCOMPARE(ev.systems[1].eer, 0.0);
        QCOMPARE(ev.systems[1].minDcf, 0.0);
        QCOMPARE(ev.systems[2].eer, 0.0);
        QCOMPARE(ev.systems[2].minDcf, 0.0);
        // Cllr = (mean_tar log2(1 + e^-s) + mean_non log2(1 + e^s)) / 2
        const auto sp = [](double x) { return std::log1p(std::exp(x)) / std::log(2.0); };
        const double cllrA = ((sp(-2) + sp(0)) / 2 + (sp(1) + sp(-1)) / 2) / 2;
        const double cllrF = ((sp(-2) + sp(-1)) / 2 + (sp(0) + sp(-4)) / 2) / 2;
        QVERIFY(std::fabs(ev.systems[0].cllr - cllrA) < 1e-12);
        QVERIFY(std::fabs(ev.systems[2].cllr - cllrF) < 1e-12);
        QCOMPARE(ev.systems[2].minCllr, 0.0); // separable: PAV gives llr +-inf, cost 0
        QCOMPARE(ev.systems[2].targets, 2);
        QCOMPARE(ev.systems[2].nontargets, 2);
        const QStringList tsv = ev.toTsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(tsv.size(), 4);
        QVERIFY(tsv[1].startsWith(QStringLiteral("A\t0.5\t0.5\t")));
        // broken inputs: one class only; a detector the model does not know
        try {
            evaluateFusion(m, s, {true, true, true, true});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("bona fide and spoofed")), e.what());
        }
        try {
            evaluateFusion(m, FusionScores{{QStringLiteral("A"), QStringLiteral("C")}, {{1, 2, 3, 4}, {1, 2, 3, 4}}}, tar);
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("missing: B")) && e.message().contains(QStringLiteral("not in the model: C")), e.what());
        }
    }

    void fuseDetectionsByName()
    {
        FusionModel m;
        m.detectors = QStringList{QStringLiteral("x"), QStringLiteral("y")};
        m.weights = {0.5, -2.0};
        m.offset = 0.25;
        QCOMPARE(fuseDetections(m, {{QStringLiteral("y"), 1.0}, {QStringLiteral("x"), 3.0}}), 0.5 * 3 - 2 * 1 + 0.25);
        try {
            fuseDetections(m, {{QStringLiteral("x"), 3.0}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("missing: y")), e.what());
        }
        try {
            fuseDetections(m, {{QStringLiteral("x"), 3.0}, {QStringLiteral("y"), std::nan("")}});
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("'y'")), e.what());
        }
    }

    void cliEvaluateWithFusion()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        // the hand-computed set above as files; a training protocol on other clips for --fuse-train
        const QString ep = write(QStringLiteral("fe_eval.txt"), "LA_1 E0 - - bonafide\nLA_1 E1 - - bonafide\nLA_1 E2 - A01 spoof\nLA_1 E3 - A01 spoof\n");
        const QString ea = write(QStringLiteral("fe_a.txt"), "E0 2\nE1 0\nE2 1\nE3 -1\nT0 1\nT1 2\nT2 0\nT3 -1\nT4 0.5\nT5 -0.5\n");
        const QString eb = write(QStringLiteral("fe_b.txt"), "E0 0.5\nE1 1\nE2 0\nE3 -1\nT0 0\nT1 1\nT2 0.5\nT3 -1\nT4 -0.2\nT5 0.1\n");
        FusionModel m;
        m.detectors = QStringList{QStringLiteral("A"), QStringLiteral("B")};
        m.weights = {1.0, 2.0};
        m.offset = -1.0;
        const QString model = m_dir.filePath(QStringLiteral("fe_model.json"));
        m.save(model, true);
        QString err, out;
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse"), model,
                      QStringLiteral("--scores"), QStringLiteral("B=") + eb, QStringLiteral("--scores"), QStringLiteral("A=") + ea,
                      QStringLiteral("--json")},
                     &err, &out),
                 0);
        const QJsonArray systems = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("systems")).toArray();
        QCOMPARE(systems.size(), 3);
        QCOMPARE(systems[0].toObject().value(QStringLiteral("eer")).toDouble(), 0.5);
        QCOMPARE(systems[2].toObject().value(QStringLiteral("system")).toString(), QStringLiteral("fused"));
        QCOMPARE(systems[2].toObject().value(QStringLiteral("eer")).toDouble(), 0.0);
        // the table
        const QString outDir = m_dir.filePath(QStringLiteral("fe_out"));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse"), model,
                      QStringLiteral("--scores"), QStringLiteral("A=") + ea, QStringLiteral("--scores"), QStringLiteral("B=") + eb,
                      QStringLiteral("--out"), outDir},
                     &err, &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("llr = 1 A + 2 B - 1")), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\nA +50\\.00 +0\\.500"))), qPrintable(out));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\nfused +0\\.00 +0\\.000"))), qPrintable(out));
        QFile fused(outDir + QStringLiteral("/fused_scores.txt"));
        QVERIFY(fused.open(QIODevice::ReadOnly));
        QCOMPARE(fused.readAll(), QByteArray("E0 2\nE1 1\nE2 0\nE3 -4\n"));
        // --fuse-train on another protocol trains there (equal to trainFusion on those clips)
        const QString tp = write(QStringLiteral("fe_train.txt"), "LA_1 T0 - - bonafide\nLA_1 T1 - - bonafide\nLA_1 T2 - - bonafide\n"
                                                                 "LA_1 T3 - A01 spoof\nLA_1 T4 - A01 spoof\nLA_1 T5 - A01 spoof\n");
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse-train"), tp,
                      QStringLiteral("--scores"), QStringLiteral("A=") + ea, QStringLiteral("--scores"), QStringLiteral("B=") + eb,
                      QStringLiteral("--json")},
                     &err, &out),
                 0);
        const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
        const FusionModel trained = trainFusion(FusionScores{{QStringLiteral("A"), QStringLiteral("B")}, {{1, 2, 0, -1, 0.5, -0.5}, {0, 1, 0.5, -1, -0.2, 0.1}}},
                                                {true, true, true, false, false, false}).model;
        const QJsonArray w = j.value(QStringLiteral("fusion")).toObject().value(QStringLiteral("weights")).toArray();
        QVERIFY2(std::fabs(w[0].toDouble() - trained.weights[0]) < 1e-12, qPrintable(out.left(600)));
        // refused: training on the evaluated protocol itself, or on a protocol sharing clips with it; plain lists without --fuse
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse-train"), ep,
                      QStringLiteral("--scores"), QStringLiteral("A=") + ea, QStringLiteral("--scores"), QStringLiteral("B=") + eb},
                     &err),
                 1);
        QVERIFY2(err.contains(ep) && err.contains(QStringLiteral("evaluated protocol itself")), qPrintable(err));
        const QString overlap = write(QStringLiteral("fe_overlap.txt"), "LA_1 T0 - - bonafide\nLA_1 E1 - - bonafide\nLA_1 T3 - A01 spoof\nLA_1 T4 - A01 spoof\n");
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse-train"), overlap,
                      QStringLiteral("--scores"), QStringLiteral("A=") + ea, QStringLiteral("--scores"), QStringLiteral("B=") + eb},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("clip 'E1'")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--fuse"), model,
                      QStringLiteral("--scores"), ea},
                     &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("NAME=FILE")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--scores"), ea,
                      QStringLiteral("--scores"), eb},
                     &err),
                 2);
    }

    void cliTrainApplyEvaluate()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        // train on one protocol, apply to another (different clips), evaluate the fused scores
        FusionScores s;
        std::vector<bool> tar;
        gaussian(s, tar, 40, 2, 31);
        QByteArray trainProto, evalProto, a1, b1, a2, b2;
        for (std::size_t i = 0; i < tar.size(); ++i) {
            const QByteArray lab = tar[i] ? "- bonafide\n" : "A01 spoof\n";
            trainProto += "LA_1 T" + QByteArray::number(int(i)) + " - " + lab;
            evalProto += "LA_1 E" + QByteArray::number(int(i)) + " - " + lab;
            a1 += "T" + QByteArray::number(int(i)) + ' ' + QByteArray::number(s.scores[0][i], 'g', 17) + '\n';
            b1 += "T" + QByteArray::number(int(i)) + ' ' + QByteArray::number(s.scores[1][i], 'g', 17) + '\n';
            a2 += "E" + QByteArray::number(int(i)) + ' ' + QByteArray::number(s.scores[0][i] + 0.25, 'g', 17) + '\n';
            b2 += "E" + QByteArray::number(int(i)) + ' ' + QByteArray::number(s.scores[1][i], 'g', 17) + '\n';
        }
        const QString tp = write(QStringLiteral("cli_train.txt"), trainProto), ep = write(QStringLiteral("cli_eval.txt"), evalProto);
        const QString ta = write(QStringLiteral("cli_ta.txt"), a1), tb = write(QStringLiteral("cli_tb.txt"), b1);
        const QString ea = write(QStringLiteral("cli_ea.txt"), a2), eb = write(QStringLiteral("cli_eb.txt"), b2);
        const QString model = m_dir.filePath(QStringLiteral("cli_fusion.json")), fused = m_dir.filePath(QStringLiteral("cli_fused.txt"));
        QString err, out;
        QCOMPARE(cli({QStringLiteral("fuse"), QStringLiteral("train"), QStringLiteral("--protocol"), tp, QStringLiteral("--scores"),
                      QStringLiteral("A=") + ta, QStringLiteral("--scores"), QStringLiteral("B=") + tb, QStringLiteral("--out"), model},
                     &err, &out),
                 0);
        const FusionModel m = FusionModel::load(model);
        const FusionModel expected = trainFusion(FusionScores{{QStringLiteral("A"), QStringLiteral("B")}, s.scores}, tar).model;
        QCOMPARE(m.detectors, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(std::fabs(m.weights[0] - expected.weights[0]) < 1e-12 && std::fabs(m.offset - expected.offset) < 1e-12);
        QCOMPARE(m.trainingProtocol, QStringLiteral("cli_train.txt"));
        QCOMPARE(m.trainingSha256, fusionInputsSha256(tp, {QStringLiteral("A"), QStringLiteral("B")}, {ta, tb}));
        QCOMPARE(m.targets, 40);
        // a second train to the same file is refused
        QCOMPARE(cli({QStringLiteral("fuse"), QStringLiteral("train"), QStringLiteral("--protocol"), tp, QStringLiteral("--scores"),
                      QStringLiteral("A=") + ta, QStringLiteral("--scores"), QStringLiteral("B=") + tb, QStringLiteral("--out"), model},
                     &err),
                 1);
        QVERIFY2(err.contains(model), qPrintable(err));
        // apply: the detectors in another order are matched by name; a missing one is refused
        QCOMPARE(cli({QStringLiteral("fuse"), QStringLiteral("apply"), QStringLiteral("--model"), model, QStringLiteral("--protocol"), ep,
                      QStringLiteral("--scores"), QStringLiteral("B=") + eb, QStringLiteral("--out"), fused},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("missing: A")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("fuse"), QStringLiteral("apply"), QStringLiteral("--model"), model, QStringLiteral("--protocol"), ep,
                      QStringLiteral("--scores"), QStringLiteral("B=") + eb, QStringLiteral("--scores"), QStringLiteral("A=") + ea,
                      QStringLiteral("--out"), fused},
                     &err),
                 0);
        QFile f(fused);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 81); // 80 lines and the final newline
        for (std::size_t i = 0; i < tar.size(); ++i) {
            const QList<QByteArray> fields = lines[int(i)].split(' ');
            QCOMPARE(fields[0], "E" + QByteArray::number(int(i)));
            const double v = m.weights[0] * (s.scores[0][i] + 0.25) + m.weights[1] * s.scores[1][i] + m.offset;
            QVERIFY(std::fabs(fields[1].toDouble() - v) < 1e-12 * std::max(1.0, std::fabs(v)));
        }
        // evaluate reads the fused scores like any detector's
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), ep, QStringLiteral("--scores"),
                      fused, QStringLiteral("--json"), QStringLiteral("--no-progress")},
                     &err, &out),
                 0);
        QVERIFY2(QJsonDocument::fromJson(out.toUtf8()).isObject(), qPrintable(out.left(400) + err));
    }
};

QTEST_GUILESS_MAIN(TestEvalFusion)
#include "tst_eval_fusion.moc"
