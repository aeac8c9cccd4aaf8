// Scoring back-ends on tiny hand-made embeddings, and the embedding CSV reader (real STOPA fingerprints too).
#include "eval/CosineScoring.h"
#include "eval/EmbeddingTable.h"
#include "eval/KnnScoring.h"
#include "eval/MahalanobisScoring.h"
#include "testutil.h"
#include "util/Error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace st;

class TestEvalScoring : public QObject
{
    Q_OBJECT
private slots:
    void cosine()
    {
        // A: (1,0) and (1,2) -> mean (1,1); B: (0,-1) -> mean (0,-1)
        EnrolmentSet set;
        set.bySource[QStringLiteral("B")] = {{0.f, -1.f}};
        set.bySource[QStringLiteral("A")] = {{1.f, 0.f}, {1.f, 2.f}};
        CosineScoring c;
        c.enrol(set);
        QCOMPARE(c.sources(), (QStringList{"A", "B"}));
        // query (2, 0): cos to (1,1) = 2/(2 sqrt2) = 1/sqrt2; to (0,-1) = 0
        const auto s = c.scores({2.f, 0.f});
        QVERIFY(std::fabs(s[0] - 1 / std::sqrt(2.0)) < 1e-12);
        QCOMPARE(s[1], 0.0);
        QVERIFY_THROWS_EXCEPTION(Error, c.scores({1.f, 2.f, 3.f}));
        EnrolmentSet bad;
        bad.bySource[QStringLiteral("A")] = {{1.f, 0.f}, {1.f}};
        QVERIFY_THROWS_EXCEPTION(Error, c.enrol(bad));
        QVERIFY_THROWS_EXCEPTION(Error, CosineScoring().scores({1.f}));
    }
    void knn()
    {
        // A: unit vectors at 0, 60 and 90 degrees; query at 0 degrees: cosines 1, .5, 0
        EnrolmentSet set;
        set.bySource[QStringLiteral("A")] = {{1.f, 0.f}, {0.5f, float(std::sqrt(3.0) / 2)}, {0.f, 3.f}};
        KnnScoring k1(1), k2(2), k7(7);
        k1.enrol(set);
        k2.enrol(set);
        k7.enrol(set);
        QCOMPARE(k1.scores({4.f, 0.f})[0], 1.0);
        QVERIFY(std::fabs(k2.scores({4.f, 0.f})[0] - 0.5) < 1e-7);
        QVERIFY(std::fabs(k7.scores({4.f, 0.f})[0]) < 1e-7); // fewer than k: the lowest
    }
    void mahalanobis()
    {
        // A: (0,0),(2,0) mean (1,0); B: (0,4),(2,4) mean (1,4). Within-class scatter: x deviations +-1, y 0
        // -> S = diag(1, 0); trace 1, S_a = 0.9 S + 0.1 * 1/2 I = diag(0.95, 0.05)
        // query (1, 1): A: -0.5 * (1/0.05) = -10; B: -0.5 * 9/0.05 = -90
        EnrolmentSet set;
        set.bySource[QStringLiteral("A")] = {{0.f, 0.f}, {2.f, 0.f}};
        set.bySource[QStringLiteral("B")] = {{0.f, 4.f}, {2.f, 4.f}};
        MahalanobisScoring m(0.1);
        m.enrol(set);
        const auto s = m.scores({1.f, 1.f});
        QVERIFY(std::fabs(s[0] + 10.0) < 1e-9);
        QVERIFY(std::fabs(s[1] + 90.0) < 1e-9);
        // (3, 0): A: -0.5 * 4/0.95
        QVERIFY(std::fabs(m.scores({3.f, 0.f})[0] + 0.5 * 4 / 0.95) < 1e-9);
        // The library's form: the negative distance, sqrt(20) and sqrt(180) for (1, 1).
        MahalanobisScoring nd(0.1, MahalanobisScoring::Output::NegativeDistance);
        nd.enrol(set);
        const auto t = nd.scores({1.f, 1.f});
        QVERIFY(std::fabs(t[0] + std::sqrt(20.0)) < 1e-9);
        QVERIFY(std::fabs(t[1] + std::sqrt(180.0)) < 1e-9);
    }
    void embeddingCsv()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("e.csv"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("filename,0,1\nA01_x.flac,0.5,-1\r\nA02_y.flac,1e-3,2\n");
        f.close();
        const EmbeddingTable t = EmbeddingTable::readCsv(p);
        QCOMPARE(t.names, (QStringList{"A01_x.flac", "A02_y.flac"}));
        QCOMPARE(t.rows[1][0], 1e-3f);
        QCOMPARE(t.dimension(), 2);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("file,0,1\na,1,2\nb,1,x\n");
        f.close();
        try {
            EmbeddingTable::readCsv(p);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.line(), 3);
            QCOMPARE(e.path(), p);
        }
    }
    void stopaFingerprints()
    {
        // The published fingerprints: 50 sources (5 known attacks x co/nc durations), 160-d; scoring a
        // fingerprint against all of them puts itself first with cosine 1.
        ST_REQUIRE_SHARED(shared);
        const EmbeddingTable t = EmbeddingTable::readCsv(shared + QStringLiteral("/models/stopa/AASIST_STOPA_fingerprint_avg_emb.csv"));
        QCOMPARE(t.names.size(), 50);
        QCOMPARE(t.dimension(), 160);
        EnrolmentSet set;
        for (int i = 0; i < t.names.size(); ++i)
            set.bySource[t.names[i]] = {t.rows[std::size_t(i)]};
        CosineScoring c;
        c.enrol(set);
        const int probe = t.names.indexOf(QStringLiteral("AA05-nc-all"));
        const auto s = c.scores(t.rows[std::size_t(probe)]);
        const int best = int(std::max_element(s.begin(), s.end()) - s.begin());
        QCOMPARE(c.sources()[best], QStringLiteral("AA05-nc-all"));
        QVERIFY(std::fabs(s[std::size_t(best)] - 1.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestEvalScoring)
#include "tst_eval_scoring.moc"
