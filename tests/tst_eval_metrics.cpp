// Detection metrics against cases computed by hand (worked out in the comments), a brute-force version of the
// reference EER, and (when /usr/bin/python3 has numpy) the ASVspoof reference algorithm itself.
#include "eval/Metrics.h"
#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace st;

namespace {

/// The reference EER written the slow, obvious way: stable sort of (score, label) pairs, targets first.
EerResult bruteForceEer(const std::vector<double> &tar, const std::vector<double> &non)
{
    std::vector<std::pair<double, int>> all;
    for (double t : tar)
        all.push_back({t, 1});
    for (double n : non)
        all.push_back({n, 0});
    std::stable_sort(all.begin(), all.end(), [](auto x, auto y) { return x.first < y.first; });
    EerResult best;
    double bestDiff = 1e300;
    double k = 0;
    for (std::size_t i = 0; i <= all.size(); ++i) {
        if (i > 0)
            k += all[i - 1].second;
        const double frr = k / double(tar.size());
        const double far = (double(non.size()) - (double(i) - k)) / double(non.size());
        if (std::fabs(frr - far) < bestDiff) {
            bestDiff = std::fabs(frr - far);
            best.index = i;
            best.eer = (frr + far) / 2;
            best.threshold = i == 0 ? all[0].first - 0.001 : all[i - 1].first;
        }
    }
    return best;
}

} // namespace

class TestEvalMetrics : public QObject
{
    Q_OBJECT
private slots:
    void eerSimple()
    {
        // sorted: .1N .3N .4T .5N .8T .9T  (Nt = Nn = 3)
        // i=0 (0, 1); i=1 (0, 2/3); i=2 (0, 1/3); i=3 (1/3, 1/3) -> |d| = 0: EER 1/3, threshold .4
        const auto r = computeEer({0.9, 0.8, 0.4}, {0.1, 0.5, 0.3});
        QCOMPARE(r.eer, 1.0 / 3.0);
        QCOMPARE(r.threshold, 0.4);
        QCOMPARE(r.index, std::size_t(3));
    }
    void eerTiesTargetsFirst()
    {
        // tar {1, 2}, non {1, 0}: stable order 0N 1T 1N 2T (the tied target comes first).
        // i=1 (0, .5); i=2 (.5, .5) -> EER .5 at threshold 1. Had the tied non-target come first, i=2 would be
        // (0, 0) and the EER 0: the reference's tie order matters and is reproduced.
        const auto r = computeEer({1.0, 2.0}, {1.0, 0.0});
        QCOMPARE(r.eer, 0.5);
        QCOMPARE(r.threshold, 1.0);
        QCOMPARE(r.index, std::size_t(2));
    }
    void eerAllTied()
    {
        // Everything 0: order T T N N. i=0 (0,1) d1; i=1 (.5,1) d.5; i=2 (1,1) d0 -> EER 1, threshold 0.
        const auto r = computeEer({0.0, 0.0}, {0.0, 0.0});
        QCOMPARE(r.eer, 1.0);
        QCOMPARE(r.threshold, 0.0);
    }
    void eerPerfectAndInitialThreshold()
    {
        // tar {3}, non {1, 2}: i=2 (0, 0) -> EER 0 at threshold 2.
        auto r = computeEer({3.0}, {1.0, 2.0});
        QCOMPARE(r.eer, 0.0);
        QCOMPARE(r.threshold, 2.0);
        // Fully reversed: tar {0}, non {5}: i=0 (0,1) d1; i=1 (1,1) d0 -> EER 1 at threshold 0.
        r = computeEer({0.0}, {5.0});
        QCOMPARE(r.eer, 1.0);
        // The initial cut (nothing rejected) has threshold lowest score - 0.001:
        const auto det = computeDetCurve({1.0}, {2.0});
        QCOMPARE(det.thresholds.front(), 1.0 - 0.001);
        QCOMPARE(det.pmiss.front(), 0.0);
        QCOMPARE(det.pfa.front(), 1.0);
        QCOMPARE(det.pmiss.back(), 1.0);
        QCOMPARE(det.pfa.back(), 0.0);
    }
    void eerUnbalanced()
    {
        // tar {.2 .6 .7 .9} (Nt 4), non {.1 .3 .5} (Nn 3); sorted .1N .2T .3N .5N .6T .7T .9T
        // i=1 (0, 2/3) d .667; i=2 (1/4, 2/3) d .417; i=3 (1/4, 1/3) d .083; i=4 (1/4, 0) d .25
        // -> EER (1/4 + 1/3)/2 = 7/24 at threshold .3
        const auto r = computeEer({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5});
        QCOMPARE(r.eer, (0.25 + 1.0 / 3.0) / 2.0);
        QCOMPARE(r.threshold, 0.3);
    }
    void rocchUnbalanced()
    {
        // Same lists; labels by score 0 1 0 0 1 1 1. PAV blocks: [0] (t0 n1), [1 0 0] (t1 n2) = 1/3, [1 1 1].
        // Hull vertices (pfa, pmiss): (1,0) (2/3,0) (0,1/4) (0,1). The diagonal is crossed on
        // (2/3,0)-(0,1/4): x/(2/3) + y/(1/4) = 1 with x = y -> x = 1/(3/2 + 4) = 2/11 (= BOSARIS rocch2eer).
        const auto h = computeRocch({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5});
        QCOMPARE(int(h.pmiss.size()), 4);
        QCOMPARE(h.pfa[1], 2.0 / 3.0);
        QCOMPARE(h.pmiss[2], 0.25);
        QVERIFY(std::fabs(rocchEer({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}) - 2.0 / 11.0) < 1e-15);
        // Ties are pooled, so the hull EER ignores tie order: tar {1,2} non {1,0}: labels 0 [1 0] 1 ->
        // blocks [0] [1 0]=.5 [1]; vertices (1,0) (1/2,0) (0,1/2) (0,1); crossing at 1/4.
        QVERIFY(std::fabs(rocchEer({1.0, 2.0}, {1.0, 0.0}) - 0.25) < 1e-15);
        // Perfect separation -> 0; complete reversal -> the hull is the chance diagonal's upper bound: 0.5.
        QCOMPARE(rocchEer({3.0, 4.0}, {1.0, 2.0}), 0.0);
        QCOMPARE(rocchEer({1.0, 2.0}, {3.0, 4.0}), 0.5);
    }
    void pavBlocks()
    {
        // 1 3 2 4 3 5 -> [1] [3 2]=2.5 [4 3]=3.5 [5]
        const auto b = pav({1, 3, 2, 4, 3, 5});
        QCOMPARE(b.value, (std::vector<double>{1, 2.5, 3.5, 5}));
        QCOMPARE(b.width, (std::vector<std::size_t>{1, 2, 2, 1}));
        // Equal neighbours merge (as BOSARIS pavx): 1 1 -> one block of width 2.
        QCOMPARE(pav({1, 1}).width, (std::vector<std::size_t>{2}));
    }
    void minDcfHand()
    {
        // tar {.9 .8 .4}, non {.1 .5 .3}, p .5, costs 1: DCF_i = (frr + far)/2, default cost .5.
        // i=2: frr 0, far 1/3 -> 1/6 (first minimum; i=4 gives 1/6 too) -> minDCF 1/3, threshold .3
        DcfParams p;
        p.pTarget = 0.5;
        auto r = minDcf({0.9, 0.8, 0.4}, {0.1, 0.5, 0.3}, p);
        QVERIFY(std::fabs(r.dcf - 1.0 / 3.0) < 1e-15);
        QCOMPARE(r.threshold, 0.3);
        // tar {.2 .6 .7 .9}, non {.1 .3 .5}, p .05: w_miss .05, w_fa .95, default .05.
        // i=4: frr 1/4, far 0 -> .0125 (i=3: .0125 + .95/3 = .329; i=5: .025) -> minDCF .0125/.05 = .25
        p.pTarget = 0.05;
        r = minDcf({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}, p);
        QVERIFY(std::fabs(r.dcf - 0.25) < 1e-12);
        QCOMPARE(r.threshold, 0.5);
        // Asymmetric costs: C_fa 10, p .05: default min(.05, 9.5) = .05; i=4 -> .05*.25/.05 = .25 again.
        p.cFa = 10;
        QVERIFY(std::fabs(minDcf({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}, p).dcf - 0.25) < 1e-12);
    }
    void actualDcfHand()
    {
        // Accept >= .5: targets < .5: {.2} -> Pmiss 1/4; non-targets >= .5: {.5} -> Pfa 1/3.
        // p .05: (.05/4 + .95/3)/.05 = .25 + 19/3
        DcfParams p;
        const auto r = actualDcf({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}, 0.5, p);
        QCOMPARE(r.pmiss, 0.25);
        QCOMPARE(r.pfa, 1.0 / 3.0);
        QVERIFY(std::fabs(r.dcf - (0.25 + 19.0 / 3.0)) < 1e-12);
        // Bayes threshold at p .5, equal costs: 0. LLRs tar {1, -1}, non {-2}: Pmiss 1/2, Pfa 0
        // -> DCF = .5 * .5 / .5 = .5
        p.pTarget = 0.5;
        QCOMPARE(p.bayesThreshold(), 0.0);
        QCOMPARE(actualDcfLlr({1.0, -1.0}, {-2.0}, p).dcf, 0.5);
    }
    void cllrHand()
    {
        // LLR 0 everywhere: softplus(0) = ln 2 for each -> (ln2 + ln2)/(2 ln2) = 1 bit.
        QCOMPARE(cllr({0.0, 0.0}, {0.0}), 1.0);
        // Infinite, correct LLRs cost nothing; an infinite wrong one costs infinity.
        const double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(cllr({inf}, {-inf}), 0.0);
        QVERIFY(std::isinf(cllr({-inf}, {-inf})));
        // tar ln3, non -ln3: softplus(-ln3) = ln(4/3) for both -> ln(4/3)/ln 2.
        QVERIFY(std::fabs(cllr({std::log(3.0)}, {-std::log(3.0)}) - std::log(4.0 / 3.0) / std::log(2.0)) < 1e-15);
    }
    void minCllrHand()
    {
        // tar {.2 .6 .7 .9}, non {.1 .3 .5}: PAV blocks (t0 n1) (t1 n2) (t3 n0); prior log-odds ln(4/3).
        // Pure blocks: LLR -inf / +inf, cost 0. Middle block: LLR = ln(1/2) - ln(4/3) = ln(3/8):
        //   target cost softplus(-ln 3/8) = ln(11/3), non-target cost 2 softplus(ln 3/8) = 2 ln(11/8).
        // minCllr = (ln(11/3)/4 + 2 ln(11/8)/3) / (2 ln 2) = 0.38745...
        const double expected = (std::log(11.0 / 3.0) / 4.0 + 2.0 * std::log(11.0 / 8.0) / 3.0) / (2.0 * std::log(2.0));
        QVERIFY(std::fabs(minCllr({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}) - expected) < 1e-14);
        // Perfect separation: every bin is pure -> 0 (BOSARIS gets 0 from its +-inf LLRs as well).
        QCOMPARE(minCllr({3.0, 4.0}, {1.0, 2.0}), 0.0);
        // Useless scores: one bin with the prior posterior -> LLR 0 -> 1 bit.
        QVERIFY(std::fabs(minCllr({1.0, 1.0}, {1.0, 1.0}) - 1.0) < 1e-15);
        // minCllr never exceeds the Cllr of the same scores used as LLRs.
        QVERIFY(minCllr({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}) <= cllr({0.2, 0.6, 0.7, 0.9}, {0.1, 0.3, 0.5}));
    }
    void aurocAndOod()
    {
        // pos {.9 .8 .4} vs neg {.1 .5 .3}: .9 and .8 beat all 3, .4 beats 2 -> 8/9.
        QCOMPARE(auroc({0.9, 0.8, 0.4}, {0.1, 0.5, 0.3}), 8.0 / 9.0);
        // ties count one half: pos {1 2} neg {1 0}: 1 vs 1 -> .5, 1 vs 0 -> 1, 2 -> 2: 3.5/4
        QCOMPARE(auroc({1.0, 2.0}, {1.0, 0.0}), 0.875);
        // FPR at 95 % TPR: 20 positives 1..20 -> ceil(.95*20) = 19 must pass -> t = 2 (TPR 19/20);
        // negatives >= 2: {2.5, 10.5} of 4 -> .5
        std::vector<double> pos;
        for (int i = 1; i <= 20; ++i)
            pos.push_back(i);
        std::vector<double> neg{0.5, 1.5, 2.5, 10.5};
        auto r = computeOod(pos, neg, true);
        QCOMPARE(r.thresholdAt95Tpr, 2.0);
        QCOMPARE(r.fprAt95Tpr, 0.5);
        QCOMPARE(r.auroc, auroc(pos, neg));
        // Distances (lower = more in-distribution): negate and say so; the same figures come out.
        for (double &v : pos)
            v = -v;
        for (double &v : neg)
            v = -v;
        const auto flipped = computeOod(pos, neg, false);
        QCOMPARE(flipped.fprAt95Tpr, 0.5);
        QCOMPARE(flipped.auroc, r.auroc);
        QCOMPARE(flipped.eer, r.eer);
    }
    void probitValues()
    {
        QCOMPARE(probit(0.5), 0.0);
        QVERIFY(std::fabs(probit(0.975) - 1.959963984540054) < 1e-13);
        QVERIFY(std::fabs(probit(0.8413447460685429) - 1.0) < 1e-13);
        QVERIFY(std::fabs(probit(1e-10) + 6.361340902404056) < 1e-11);
        QVERIFY(std::fabs(probit(0.01) + probit(0.99)) < 1e-13);
        QVERIFY(std::isinf(probit(0.0)) && probit(0.0) < 0);
        QVERIFY(std::isnan(probit(1.5)));
        // round trip through Phi(x) = erfc(-x/sqrt2)/2 over the whole range, tails included
        for (double p : {1e-300, 1e-20, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.7, 0.97575, 0.999, 1 - 1e-12}) {
            const double x = probit(p);
            const double tol = 1e-12 * std::min(p, 1 - p) + 4e-16;
            QVERIFY2(std::fabs(0.5 * std::erfc(-x / std::sqrt(2.0)) - p) <= tol,
                     qPrintable(QString::number(p)));
        }
    }
    void detPlotKeepsOperatingPoints()
    {
        // tar {1 2}, non {1 0}: DET cut points 0..4; points 2 and 3 share score 1 -> only the last of a run
        // is an operating point: keep 0, 1 (score 0), 3 (score 1), 4 (score 2).
        const auto p = computeDetPlot({1.0, 2.0}, {1.0, 0.0});
        QCOMPARE(p.pmiss, (std::vector<double>{0, 0, 0.5, 1}));
        QCOMPARE(p.pfa, (std::vector<double>{1, 0.5, 0, 0}));
        QVERIFY(std::fabs(p.probitPmiss[0] - probit(1e-6)) < 1e-12);
    }
    void errors()
    {
        QVERIFY_THROWS_EXCEPTION(Error, computeEer({}, {1.0}));
        QVERIFY_THROWS_EXCEPTION(Error, computeEer({1.0}, {std::nan("")}));
        try {
            computeEer({1.0, std::nan("")}, {1.0});
            QFAIL("no exception");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("target score 1")));
        }
        DcfParams bad;
        bad.pTarget = 1.0;
        QVERIFY_THROWS_EXCEPTION(Error, minDcf({1.0}, {0.0}, bad));
    }
    void radixSortMatchesStdSort()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> g(0, 3);
        std::vector<double> v(100000);
        for (auto &x : v)
            x = g(rng);
        v[5] = -0.0;
        v[6] = 0.0;
        v[7] = std::numeric_limits<double>::infinity();
        v[8] = -std::numeric_limits<double>::infinity();
        v[9] = std::numeric_limits<double>::denorm_min();
        auto w = v;
        SortedScores::sortAscending(v);
        std::sort(w.begin(), w.end());
        for (std::size_t i = 0; i < v.size(); ++i)
            QVERIFY(v[i] == w[i]);
    }
    void eerMatchesBruteForceWithTies()
    {
        // Random sizes and heavy ties (scores rounded to 1 decimal), small and large (radix path) lists.
        std::mt19937_64 rng(11);
        for (int trial = 0; trial < 40; ++trial) {
            const int nt = 1 + int(rng() % (trial < 20 ? 30 : 3000));
            const int nn = 1 + int(rng() % (trial < 20 ? 30 : 3000));
            std::normal_distribution<double> gt(1.0, 1.0), gn(0.0, 1.0);
            std::vector<double> tar(nt), non(nn);
            for (auto &x : tar)
                x = std::round(gt(rng) * 10) / 10;
            for (auto &x : non)
                x = std::round(gn(rng) * 10) / 10;
            const auto fast = computeEer(tar, non);
            const auto slow = bruteForceEer(tar, non);
            QCOMPARE(fast.eer, slow.eer);
            QCOMPARE(fast.threshold, slow.threshold);
            QCOMPARE(fast.index, slow.index);
        }
    }
    void detWalkFromRunsEqualsLists()
    {
        // DetWalk fed with runs made here (a map from score to counts, -0.0 folded into +0.0 by the map's
        // ordering) gives what the list functions give, bit for bit, and the brute-force EER.
        std::mt19937_64 rng(23);
        for (int trial = 0; trial < 30; ++trial) {
            const int nt = 1 + int(rng() % (trial < 15 ? 20 : 2000));
            const int nn = 1 + int(rng() % (trial < 15 ? 20 : 2000));
            std::normal_distribution<double> gt(0.7, 1.0), gn(0.0, 1.0);
            std::vector<double> tar(nt), non(nn);
            for (auto &x : tar)
                x = std::round(gt(rng) * 8) / 8;
            for (auto &x : non)
                x = std::round(gn(rng) * 8) / 8;
            tar[0] = -0.0;
            non[0] = 0.0;
            std::map<double, std::pair<std::size_t, std::size_t>> runs; // -0.0 == 0.0: one key
            for (double x : tar)
                ++runs[x].first;
            for (double x : non)
                ++runs[x].second;
            DetWalk w(tar.size(), non.size());
            for (const auto &[score, c] : runs)
                w.add(score, c.first, c.second);
            const EerDcf a = computeEerDcf(tar, non), b = w.eerDcf();
            QCOMPARE(b.eer.eer, a.eer.eer);
            QCOMPARE(b.eer.threshold, a.eer.threshold);
            QCOMPARE(b.eer.index, a.eer.index);
            QCOMPARE(b.minDcf.dcf, a.minDcf.dcf);
            QCOMPARE(b.minDcf.threshold, a.minDcf.threshold);
            const EerResult slow = bruteForceEer(tar, non);
            QCOMPARE(b.eer.eer, slow.eer);
            QCOMPARE(b.eer.threshold, slow.threshold);
            QCOMPARE(w.rocchEer(), rocchEer(tar, non));
            QCOMPARE(w.minCllr(), minCllr(tar, non));
            QCOMPARE(w.rocch().pmiss, computeRocch(tar, non).pmiss);
        }
        // By hand: tar {0, 1, 2}, non {-0.0, -1, -2}. 0.0 and -0.0 are one score, the target first:
        // -2N -1N 0T 0N 1T 2T: cut 3 (after 0T) has Pmiss 1/3 = Pfa 1/3: EER 1/3 at threshold +0.0.
        DetWalk h(3, 3);
        h.add(-2, 0, 1);
        h.add(-1, 0, 1);
        h.add(-0.0, 1, 1);
        h.add(1, 1, 0);
        h.add(2, 1, 0);
        QCOMPARE(h.eerDcf().eer.eer, 1.0 / 3.0);
        QCOMPARE(h.eerDcf().eer.index, std::size_t(3));
        QCOMPARE(h.eerDcf().eer.threshold, 0.0);
        QVERIFY(!std::signbit(h.eerDcf().eer.threshold));
        // Runs that do not add up to the totals, a total of 0, a part not asked for: errors, no crash.
        DetWalk short_(3, 3);
        short_.add(1, 1, 1);
        QVERIFY_THROWS_EXCEPTION(Error, short_.eerDcf());
        QVERIFY_THROWS_EXCEPTION(Error, DetWalk(0, 3));
        DetWalk eerOnly(1, 1, {}, DetWalk::EerAndDcf);
        eerOnly.add(0, 0, 1);
        eerOnly.add(1, 1, 0);
        QCOMPARE(eerOnly.eerDcf().eer.eer, 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, eerOnly.rocchEer());
    }
    void eerMatchesNumpyReference()
    {
        // The reference algorithm run by numpy on the same scores (skipped without /usr/bin/python3 + numpy).
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import numpy")});
        if (!probe.waitForFinished(20000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("/usr/bin/python3 with numpy is not available");
        QTemporaryDir dir;
        std::mt19937_64 rng(3);
        std::normal_distribution<double> gt(0.8, 1.0), gn(0.0, 1.0);
        std::vector<double> tar(5000), non(7000);
        for (auto &x : tar)
            x = std::round(gt(rng) * 20) / 20;
        for (auto &x : non)
            x = std::round(gn(rng) * 20) / 20;
        const auto write = [&](const QString &name, const std::vector<double> &v) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QTextStream ts(&f);
            for (double x : v)
                ts << QString::number(x, 'g', 17) << '\n';
        };
        write(QStringLiteral("tar.txt"), tar);
        write(QStringLiteral("non.txt"), non);
        const QString script = QStringLiteral(
            "import numpy as np,sys\n"
            "t=np.loadtxt(sys.argv[1]);n=np.loadtxt(sys.argv[2])\n"
            "a=np.concatenate((t,n));l=np.concatenate((np.ones(t.size),np.zeros(n.size)))\n"
            "i=np.argsort(a,kind='mergesort');l=l[i];c=np.cumsum(l)\n"
            "ns=n.size-(np.arange(1,a.size+1)-c)\n"
            "frr=np.concatenate((np.atleast_1d(0),c/t.size));far=np.concatenate((np.atleast_1d(1),ns/n.size))\n"
            "th=np.concatenate((np.atleast_1d(a[i[0]]-0.001),a[i]))\n"
            "m=np.argmin(np.abs(frr-far));print(repr(float(np.mean((frr[m],far[m])))),repr(float(th[m])),m)\n");
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), script, dir.filePath(QStringLiteral("tar.txt")),
                  dir.filePath(QStringLiteral("non.txt"))});
        QVERIFY(py.waitForFinished(60000));
        const QStringList out = QString::fromUtf8(py.readAllStandardOutput()).split(' ', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 3);
        const auto r = computeEer(tar, non);
        QCOMPARE(r.eer, out[0].toDouble());
        QCOMPARE(r.threshold, out[1].toDouble());
        QCOMPARE(qulonglong(r.index), out[2].trimmed().toULongLong());
    }
};

QTEST_APPLESS_MAIN(TestEvalMetrics)
#include "tst_eval_metrics.moc"
