// core/library/Pca: axes and variances of hand-made point sets, the sign convention, projection of
// shifted data, a brute-force check that no direction carries more variance than the first axis,
// degenerate and broken inputs.
#include "library/Pca.h"
#include "util/Error.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace st;

class TestLibraryPca : public QObject
{
    Q_OBJECT

private slots:
    // Points on the x axis (+-3) and the y axis (+-1), shifted by (10, 10, 10): covariance
    // diag(4.5, 0.5, 0), so axis 1 = x (variance 4.5, 90 %), axis 2 = y (0.5).
    void handMadeAxes()
    {
        const std::vector<std::vector<float>> rows{{13, 10, 10}, {7, 10, 10}, {10, 11, 10}, {10, 9, 10}};
        const Pca p = Pca::fit(rows, 2);
        QCOMPARE(p.dimension(), 3);
        QCOMPARE(p.components(), 2);
        for (int j = 0; j < 3; ++j)
            QCOMPARE(p.mean()[std::size_t(j)], 10.0);
        QVERIFY(std::abs(p.variance(0) - 4.5) < 1e-12);
        QVERIFY(std::abs(p.variance(1) - 0.5) < 1e-12);
        QVERIFY(std::abs(p.explainedRatio(0) - 0.9) < 1e-12);
        const double ex[2][3] = {{1, 0, 0}, {0, 1, 0}};
        for (int k = 0; k < 2; ++k)
            for (int j = 0; j < 3; ++j)
                QVERIFY2(std::abs(p.axis(k)[std::size_t(j)] - ex[k][j]) < 1e-12, qPrintable(QString::number(p.axis(k)[std::size_t(j)])));
        const auto xy = p.project({11, 12, 15});
        QVERIFY(std::abs(xy[0] - 1) < 1e-12);
        QVERIFY(std::abs(xy[1] - 2) < 1e-12);
    }

    // The sign convention: the largest-magnitude coordinate of an axis is positive, whatever the
    // order of the rows or a flip of the data.
    void signIsStable()
    {
        const std::vector<std::vector<float>> a{{-2, -1}, {2, 1}, {-4, -2.1f}, {4, 2.1f}};
        const std::vector<std::vector<float>> b{{4, 2.1f}, {-2, -1}, {-4, -2.1f}, {2, 1}};
        const Pca pa = Pca::fit(a, 1), pb = Pca::fit(b, 1);
        QVERIFY(pa.axis(0)[0] > 0);
        QVERIFY(std::abs(pa.axis(0)[0] - pb.axis(0)[0]) < 1e-12);
        QVERIFY(std::abs(pa.axis(0)[1] - pb.axis(0)[1]) < 1e-12);
    }

    // Random 5-d data: orthonormal axes; the variance of the projected rows is variance(k); no
    // random direction has more variance than axis 0, none orthogonal to axis 0 more than axis 1.
    void bruteForce()
    {
        std::mt19937 rng(7);
        std::normal_distribution<double> n(0, 1);
        const double scale[5] = {3, 0.5, 2, 1, 0.2};
        std::vector<std::vector<float>> rows(200, std::vector<float>(5));
        for (auto &r : rows)
            for (int j = 0; j < 5; ++j)
                r[std::size_t(j)] = float(scale[j] * n(rng) + j);
        const Pca p = Pca::fit(rows, 3);
        for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 3; ++b) {
                double dot = 0;
                for (int j = 0; j < 5; ++j)
                    dot += p.axis(a)[std::size_t(j)] * p.axis(b)[std::size_t(j)];
                QVERIFY(std::abs(dot - (a == b ? 1.0 : 0.0)) < 1e-9);
            }
        for (int k = 0; k < 3; ++k) {
            double s = 0, s2 = 0;
            for (const auto &r : rows) {
                const double v = p.project(r)[std::size_t(k)];
                s += v;
                s2 += v * v;
            }
            const double mean = s / rows.size();
            QVERIFY(std::abs(mean) < 1e-9);
            QVERIFY(std::abs(s2 / rows.size() - p.variance(k)) < 1e-6 * p.variance(k));
        }
        QVERIFY(p.variance(0) >= p.variance(1) && p.variance(1) >= p.variance(2));
        auto varianceAlong = [&](const std::vector<double> &u) {
            double s = 0, s2 = 0;
            for (const auto &r : rows) {
                double v = 0;
                for (int j = 0; j < 5; ++j)
                    v += r[std::size_t(j)] * u[std::size_t(j)];
                s += v;
                s2 += v * v;
            }
            const double m = s / rows.size();
            return s2 / rows.size() - m * m;
        };
        for (int t = 0; t < 300; ++t) {
            std::vector<double> u(5);
            double norm = 0;
            for (double &x : u) {
                x = n(rng);
                norm += x * x;
            }
            for (double &x : u)
                x /= std::sqrt(norm);
            QVERIFY(varianceAlong(u) <= p.variance(0) * (1 + 1e-9));
            // Remove the axis-0 part: what is left cannot beat axis 1.
            double d0 = 0;
            for (int j = 0; j < 5; ++j)
                d0 += u[std::size_t(j)] * p.axis(0)[std::size_t(j)];
            norm = 0;
            for (int j = 0; j < 5; ++j) {
                u[std::size_t(j)] -= d0 * p.axis(0)[std::size_t(j)];
                norm += u[std::size_t(j)] * u[std::size_t(j)];
            }
            for (double &x : u)
                x /= std::sqrt(norm);
            QVERIFY(varianceAlong(u) <= p.variance(1) * (1 + 1e-9));
        }
    }

    void degenerateAndBroken()
    {
        const Pca one = Pca::fit({{1, 2, 3}}, 2);
        QCOMPARE(one.variance(0), 0.0);
        QCOMPARE(one.explainedRatio(0), 0.0);
        QCOMPARE(one.axis(0)[0], 1.0);
        QCOMPARE(one.axis(1)[1], 1.0);
        QCOMPARE(one.project({1, 2, 3})[0], 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit({}, 2));
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit({{1, 2}, {1, 2, 3}}, 1));
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit({{1, 2}}, 3));
        QVERIFY_THROWS_EXCEPTION(Error, Pca::fit({{1, 2}}, 0));
        QVERIFY_THROWS_EXCEPTION(Error, one.project({1, 2}));
    }
};

QTEST_MAIN(TestLibraryPca)
#include "tst_library_pca.moc"
