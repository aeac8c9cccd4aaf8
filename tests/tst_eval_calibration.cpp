// Logistic-regression calibration against theory (Gaussian scores with a known LLR) and its own optimality
// conditions; Cllr before/after; the ENFSI verbal scale at its boundaries; closed-set attribution metrics by hand.
#include "eval/ClassificationReport.h"
#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "eval/MetricsJson.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <random>

using namespace st;

namespace {

void gaussianScores(std::vector<double> &tar, std::vector<double> &non, std::size_t n, double scale, unsigned seed)
{
    // Targets ~ N(1, 1), non-targets ~ N(-1, 1): the true LLR of s is log N(s; 1, 1) / N(s; -1, 1) = 2 s.
    // Scores are reported as scale * s + 3, so the true LLR is (2 / scale) * (score - 3).
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, 1.0);
    tar.resize(n);
    non.resize(n);
    for (auto &x : tar)
        x = scale * (1.0 + g(rng)) + 3.0;
    for (auto &x : non)
        x = scale * (-1.0 + g(rng)) + 3.0;
}

/// The prior-weighted objective the calibration minimises (written out again, independently).
double objective(const std::vector<double> &tar, const std::vector<double> &non, double p, double a, double b)
{
    const double off = std::log(p / (1 - p));
    double ct = 0, cn = 0;
    for (double s : tar)
        ct += std::log1p(std::exp(-(a * s + b + off)));
    for (double s : non)
        cn += std::log1p(std::exp(a * s + b + off));
    return p * ct / tar.size() + (1 - p) * cn / non.size();
}

} // namespace

class TestEvalCalibration : public QObject
{
    Q_OBJECT
private slots:
    void recoversTheTrueLlr_data()
    {
        QTest::addColumn<double>("prior");
        QTest::newRow("p=0.5") << 0.5;
        QTest::newRow("p=0.1") << 0.1;
        QTest::newRow("p=0.9") << 0.9;
    }
    void recoversTheTrueLlr()
    {
        // With the right model family, the calibration learns the true LLR whatever the training prior.
        QFETCH(double, prior);
        std::vector<double> tar, non;
        gaussianScores(tar, non, 40000, 4.0, 5);
        const LinearCalibration c = LinearCalibration::train(tar, non, prior);
        QVERIFY(c.converged);
        QVERIFY(!c.separable);
        // true: llr = 0.5 (score - 3) -> a = 0.5, b = -1.5; sampling error of 40000 + 40000 scores is ~1 %
        QVERIFY2(std::fabs(c.a - 0.5) < 0.02, qPrintable(QString::number(c.a)));
        QVERIFY2(std::fabs(c.b + 1.5) < 0.06, qPrintable(QString::number(c.b)));
    }
    void firstOrderOptimality()
    {
        // Small overlapping set: the gradient of the objective vanishes at the solution, and moving away raises it.
        const std::vector<double> tar{1.0, -0.5, 2.0, 0.3}, non{-2.0, 0.8, -1.0};
        for (double p : {0.5, 0.2}) {
            const LinearCalibration c = LinearCalibration::train(tar, non, p);
            const double h = 1e-5, f0 = objective(tar, non, p, c.a, c.b);
            const double ga = (objective(tar, non, p, c.a + h, c.b) - objective(tar, non, p, c.a - h, c.b)) / (2 * h);
            const double gb = (objective(tar, non, p, c.a, c.b + h) - objective(tar, non, p, c.a, c.b - h)) / (2 * h);
            QVERIFY2(std::fabs(ga) < 1e-6 && std::fabs(gb) < 1e-6, qPrintable(QStringLiteral("%1 %2").arg(ga).arg(gb)));
            for (double da : {-0.1, 0.1})
                for (double db : {-0.1, 0.1})
                    QVERIFY(objective(tar, non, p, c.a + da, c.b + db) > f0);
            // At p = 0.5 the objective / ln 2 is the Cllr of the calibrated scores.
            if (p == 0.5)
                QVERIFY(std::fabs(f0 / std::log(2.0) - cllr(c.apply(tar), c.apply(non))) < 1e-12);
        }
    }
    void separableIsFlaggedAndFinite()
    {
        const LinearCalibration c = LinearCalibration::train({2.0, 3.0}, {0.0, 1.0});
        QVERIFY(c.separable);
        QVERIFY(std::isfinite(c.a) && std::isfinite(c.b) && c.a > 0);
        QVERIFY_THROWS_EXCEPTION(Error, LinearCalibration::train({1.0}, {0.0}, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, LinearCalibration::train({}, {0.0}));
    }
    void cllrBeforeAndAfter()
    {
        // Over-confident raw scores (LLR x 10, shifted): calibration on dev brings the eval Cllr down to near minCllr.
        std::vector<double> dt, dn, et, en;
        gaussianScores(dt, dn, 5000, 20.0, 1);
        gaussianScores(et, en, 5000, 20.0, 2);
        const CalibrationReport r = calibrateAndEvaluate(dt, dn, et, en);
        QVERIFY(r.evalCllrRaw > 1.0); // badly calibrated
        QVERIFY(r.evalCllrCalibrated < r.evalCllrRaw);
        QVERIFY(r.evalCllrCalibrated >= r.evalMinCllr - 1e-12);
        QVERIFY(r.evalCllrCalibrated - r.evalMinCllr < 0.02);
        QVERIFY(r.devCllrCalibrated < r.devCllrRaw);
        const QJsonObject j = toJson(r);
        QCOMPARE(j.value(QStringLiteral("calibration")).toObject().value(QStringLiteral("a")).toDouble(), r.calibration.a);
    }
    void verbalScale_data()
    {
        QTest::addColumn<double>("lr");
        QTest::addColumn<QString>("text");
        const QString h = QStringLiteral(" support for the proposition");
        const QString alt = QStringLiteral(" support for the alternative proposition");
        QTest::newRow("1") << 1.0 << QStringLiteral("no support for either proposition");
        QTest::newRow("2") << 2.0 << QStringLiteral("weak") + h;
        QTest::newRow("9.99") << 9.99 << QStringLiteral("weak") + h;
        QTest::newRow("10") << 10.0 << QStringLiteral("moderate") + h;
        QTest::newRow("99") << 99.0 << QStringLiteral("moderate") + h;
        QTest::newRow("100") << 100.0 << QStringLiteral("moderately strong") + h;
        QTest::newRow("1000") << 1000.0 << QStringLiteral("strong") + h;
        QTest::newRow("10^4") << 1e4 << QStringLiteral("very strong") + h;
        QTest::newRow("999999") << 999999.0 << QStringLiteral("very strong") + h;
        QTest::newRow("10^6") << 1e6 << QStringLiteral("extremely strong") + h;
        QTest::newRow("1/2") << 0.5 << QStringLiteral("weak") + alt;
        QTest::newRow("1/1000") << 0.001 << QStringLiteral("strong") + alt;
        QTest::newRow("1/10^7") << 1e-7 << QStringLiteral("extremely strong") + alt;
    }
    void verbalScale()
    {
        QFETCH(double, lr);
        QFETCH(QString, text);
        QCOMPARE(verbalEquivalent(lr), text);
    }
    void verbalScaleFromLlr()
    {
        QCOMPARE(verbalEquivalentForLlr(std::log(5e4)), QStringLiteral("very strong support for the proposition"));
        QCOMPARE(verbalEquivalentForLlr(-std::log(50.0)),
                 QStringLiteral("moderate support for the alternative proposition"));
        QCOMPARE(verbalEquivalentForLlr(1e4), QStringLiteral("extremely strong support for the proposition"));
    }
    void attributionByHand()
    {
        // truth A A A B B C, predicted A A B B C C
        // confusion (rows true, cols predicted): A [2 1 0], B [0 1 1], C [0 0 1]; accuracy 4/6
        // precision A 2/2, B 1/2, C 1/2; recall A 2/3, B 1/2, C 1
        // F1 A 2(1)(2/3)/(5/3) = 0.8, B 0.5, C 2(.5)(1)/1.5 = 2/3; macro (0.8 + 0.5 + 2/3)/3
        const QStringList truth{"A", "A", "A", "B", "B", "C"}, pred{"A", "A", "B", "B", "C", "C"};
        const auto r = ClassificationReport::compute(truth, pred);
        QCOMPARE(r.classes, (QStringList{"A", "B", "C"}));
        QCOMPARE(r.confusion[0], (std::vector<std::size_t>{2, 1, 0}));
        QCOMPARE(r.confusion[1], (std::vector<std::size_t>{0, 1, 1}));
        QCOMPARE(r.confusion[2], (std::vector<std::size_t>{0, 0, 1}));
        QCOMPARE(r.accuracy, 4.0 / 6.0);
        QCOMPARE(r.precision, (std::vector<double>{1.0, 0.5, 0.5}));
        QCOMPARE(r.recall[0], 2.0 / 3.0);
        QCOMPARE(r.f1[0], 0.8);
        QCOMPARE(r.f1[2], 2.0 / 3.0);
        QCOMPARE(r.macroF1, (0.8 + 0.5 + 2.0 / 3.0) / 3.0);
        QCOMPARE(r.support, (std::vector<std::size_t>{3, 2, 1}));
        // An extra class with no clips and no predictions has F1 0 and lowers the macro average.
        const auto r4 = ClassificationReport::compute(truth, pred, {"C", "B", "A", "D"});
        QCOMPARE(r4.confusion[0], (std::vector<std::size_t>{1, 0, 0, 0}));
        QCOMPARE(r4.macroF1, (0.8 + 0.5 + 2.0 / 3.0) / 4.0);
        QVERIFY_THROWS_EXCEPTION(Error, ClassificationReport::compute(truth, pred, {"A", "B"}));
        QVERIFY_THROWS_EXCEPTION(Error, ClassificationReport::compute(truth, {"A"}));
        const QJsonObject j = toJson(r);
        QCOMPARE(j.value(QStringLiteral("confusion_matrix")).toObject().value(QStringLiteral("counts")).toArray().at(0).toArray().at(1).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("classes")).toArray().at(2).toString(), QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestEvalCalibration)
#include "tst_eval_calibration.moc"
