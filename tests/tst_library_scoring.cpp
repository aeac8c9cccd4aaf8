// Trace back-ends on hand-computed cases (cosine, Mahalanobis, kNN), the back-end factory, open-set decisions
// and threshold calibration, OOD scores, and STOPA-style trial lists through eval's pooled EER.
#include "testutil.h"

#include "eval/CosineScoring.h"
#include "eval/PooledEer.h"
#include "library/FingerprintLibrary.h"
#include "library/FingerprintMatrixScoring.h"
#include "eval/MahalanobisScoring.h"
#include "eval/OodScores.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

using namespace st;

namespace {

EnrolmentSet twoByTwo()
{
    EnrolmentSet s;
    s.bySource[QStringLiteral("A")] = {{1, 0}, {1, 0}};
    s.bySource[QStringLiteral("B")] = {{0, 2}, {0, 1}};
    return s;
}

// Within-source scatter diag(4, 16) over 8 embeddings: S = diag(0.5, 2).
EnrolmentSet mahalanobisSet()
{
    EnrolmentSet s;
    s.bySource[QStringLiteral("A")] = {{1, 0}, {-1, 0}, {0, 2}, {0, -2}};
    s.bySource[QStringLiteral("B")] = {{11, 0}, {9, 0}, {10, 2}, {10, -2}};
    return s;
}

class ConstantScoring : public ScoringBackend
{
public:
    explicit ConstantScoring(double v) : m_v(v) {}
    QString name() const override { return QStringLiteral("constant"); }
    void enrol(const EnrolmentSet &set) override
    {
        m_dim = set.checkedDimension();
        m_sources = set.bySource.keys();
    }
    std::vector<double> scores(const Embedding &e) const override
    {
        checkQuery(e);
        return std::vector<double>(std::size_t(m_sources.size()), m_v);
    }

private:
    double m_v;
};

} // namespace

class TestLibraryScoring : public QObject
{
    Q_OBJECT

private slots:
    void cosineHandComputed()
    {
        FingerprintMatrixScoring c;
        c.enrol(twoByTwo()); // fingerprints A = (1, 0), B = (0, 1.5)
        QCOMPARE(c.sources(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        const auto s = c.scores({3, 4});
        QVERIFY(std::fabs(s[0] - 0.6) < 1e-6);
        QVERIFY(std::fabs(s[1] - 0.8) < 1e-6);
        const auto z = c.scores({0, 0});
        QCOMPARE(z, (std::vector<double>{0, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, c.scores({1, 2, 3}));
    }

    void centredCosineHandComputed()
    {
        EnrolmentSet s;
        s.bySource[QStringLiteral("A")] = {{2, 1}};
        s.bySource[QStringLiteral("B")] = {{1, 2}};
        auto c = TraceBackend::create(QStringLiteral("cosine"), {{QStringLiteral("center"), 1}});
        c->fit({{SourceLevel::Attack, s}});
        // mean (1.5, 1.5): fingerprints (0.5, -0.5), (-0.5, 0.5); query (3, 2) -> (1.5, 0.5): cos = +-1/sqrt(5)
        const auto r = c->score({3, 2});
        QCOMPARE(r[0].ranked[0].source, QStringLiteral("A"));
        QVERIFY(std::fabs(r[0].ranked[0].score - 1 / std::sqrt(5.0)) < 1e-6);
        QVERIFY(std::fabs(r[0].ranked[1].score + 1 / std::sqrt(5.0)) < 1e-6);
        // without centring both are close to 1
        auto plain = TraceBackend::create(QStringLiteral("cosine"));
        plain->fit({{SourceLevel::Attack, s}});
        QVERIFY(plain->score({3, 2})[0].ranked[1].score > 0.85);
    }

    void cosineMatchesEvalBruteForce()
    {
        std::mt19937 rng(7);
        std::normal_distribution<float> n(0.f, 1.f);
        EnrolmentSet set;
        for (int c = 0; c < 20; ++c)
            for (int i = 0; i < 1 + c % 4; ++i) {
                Embedding e(32);
                for (float &v : e)
                    v = n(rng) + float(c % 5);
                set.bySource[QStringLiteral("S%1").arg(c)].push_back(e);
            }
        FingerprintMatrixScoring fast;
        CosineScoring reference;
        fast.enrol(set);
        reference.enrol(set);
        QCOMPARE(fast.sources(), reference.sources());
        for (int t = 0; t < 10; ++t) {
            Embedding q(32);
            for (float &v : q)
                v = n(rng);
            const auto a = fast.scores(q), b = reference.scores(q);
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY(std::fabs(a[i] - b[i]) < 1e-5);
        }
    }

    void mahalanobisHandComputed()
    {
        MahalanobisScoring m0(0.0, MahalanobisScoring::Output::NegativeDistance);
        m0.enrol(mahalanobisSet());
        auto s = m0.scores({0, 2});
        // d_A^2 = 0^2/0.5 + 2^2/2 = 2; d_B^2 = 10^2/0.5 + 2^2/2 = 202
        QVERIFY(std::fabs(s[0] + std::sqrt(2.0)) < 1e-9);
        QVERIFY(std::fabs(s[1] + std::sqrt(202.0)) < 1e-9);
        // shrinkage 0.5: S_a = 0.5 S + 0.5 (tr S / 2) I = diag(0.25 + 0.625, 1 + 0.625)
        MahalanobisScoring m5(0.5, MahalanobisScoring::Output::NegativeDistance);
        m5.enrol(mahalanobisSet());
        s = m5.scores({0, 2});
        QVERIFY(std::fabs(s[0] + std::sqrt(4.0 / 1.625)) < 1e-9);
        QVERIFY(std::fabs(s[1] + std::sqrt(100.0 / 0.875 + 4.0 / 1.625)) < 1e-9);
        // One embedding per source: S = 0 -> Euclidean distance.
        EnrolmentSet single;
        single.bySource[QStringLiteral("A")] = {{0, 0}};
        single.bySource[QStringLiteral("B")] = {{3, 4}};
        MahalanobisScoring e(0.1, MahalanobisScoring::Output::NegativeDistance);
        e.enrol(single);
        s = e.scores({0, 0});
        QVERIFY(std::fabs(s[0]) < 1e-12);
        QVERIFY(std::fabs(s[1] + 5.0) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(Error, MahalanobisScoring(1.5).enrol(single));
    }

    void knnHandComputed()
    {
        EnrolmentSet s;
        s.bySource[QStringLiteral("A")] = {{1, 0}, {0, 1}, {1, 1}};
        s.bySource[QStringLiteral("B")] = {{-1, 0}};
        auto k2 = TraceBackend::create(QStringLiteral("knn"), {{QStringLiteral("k"), 2}});
        k2->fit({{SourceLevel::Attack, s}});
        // cos to A's enrolments: 1, 0, 0.7071 -> 2nd nearest 0.7071; B: -1 (k clipped to 1)
        auto r = k2->score({1, 0});
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0].ranked[0].source, QStringLiteral("A"));
        QVERIFY(std::fabs(r[0].ranked[0].score - std::sqrt(0.5)) < 1e-9);
        QVERIFY(std::fabs(r[0].ranked[1].score + 1.0) < 1e-9);
        auto k7 = TraceBackend::create(QStringLiteral("knn")); // k = 7, clipped to 3 -> the lowest, 0
        k7->fit({{SourceLevel::Attack, s}});
        r = k7->score({1, 0});
        QVERIFY(std::fabs(r[0].ranked[0].score) < 1e-9);
    }

    void factoryAndTrainedBackends()
    {
        QVERIFY(TraceBackend::available().join(QLatin1Char(' ')).contains(QStringLiteral("mahalanobis")));
        try {
            TraceBackend::create(QStringLiteral("siamese"));
            QFAIL("unknown back-end accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("cosine")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("knn"), {{QStringLiteral("k"), 0}}));
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("knn"), {{QStringLiteral("kk"), 3}}));
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("cosine"), {{QStringLiteral("k"), 3}}));
        // A trained back-end plugs in through the same factory.
        TraceBackend::registerBackend(QStringLiteral("constant"), QStringLiteral("test"), [](const BackendParams &p) {
            return std::unique_ptr<ScoringBackend>(new ConstantScoring(p.value(QStringLiteral("v"), 0.25).toDouble()));
        });
        auto c = TraceBackend::create(QStringLiteral("constant"), {{QStringLiteral("v"), 0.5}});
        c->fit({{SourceLevel::Vocoder, twoByTwo()}});
        const auto r = c->score({1, 1});
        QCOMPARE(r[0].level, SourceLevel::Vocoder);
        QCOMPARE(r[0].ranked[0].score, 0.5);
        QCOMPARE(r[0].ranked[0].source, QStringLiteral("A")); // ties by name
    }

    void fitFromLibraryAndDecide()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, {QStringLiteral("toy"), QStringLiteral("00"), 2});
        FingerprintLibrary lib(p);
        std::vector<EnrolmentClip> clips;
        auto add = [&](const QString &sha, Embedding e, const QString &atk, const QString &voc) {
            EnrolmentClip c;
            c.sha256 = sha;
            c.path = sha;
            c.embedding = std::move(e);
            c.labels[SourceLevel::Attack] = atk;
            c.labels[SourceLevel::Vocoder] = voc;
            clips.push_back(c);
        };
        add(QStringLiteral("1"), {1, 0}, QStringLiteral("A01"), QStringLiteral("hifigan"));
        add(QStringLiteral("2"), {1, 0.2f}, QStringLiteral("A01"), QStringLiteral("hifigan"));
        add(QStringLiteral("3"), {0, 1}, QStringLiteral("A02"), QStringLiteral("hifigan"));
        lib.enrol(clips);
        auto cos = TraceBackend::create(QStringLiteral("cosine"));
        cos->fit(lib);
        QCOMPARE(int(cos->levels().size()), 2);
        const auto cands = cos->score({1, 0.1f});
        QCOMPARE(cands[0].level, SourceLevel::Attack);
        QCOMPARE(cands[0].ranked[0].source, QStringLiteral("A01"));
        QCOMPARE(cands[1].level, SourceLevel::Vocoder);
        // No threshold stored: the best candidate is the answer.
        auto d = decideOpenSet(cands, lib, QStringLiteral("cosine"));
        QVERIFY(!d[0].threshold.has_value());
        QCOMPARE(d[0].decision, QStringLiteral("A01"));
        // A threshold above the best score turns the level into "unknown" (score <= threshold rejected).
        StoredThreshold t;
        t.level = SourceLevel::Attack;
        t.backend = QStringLiteral("cosine");
        t.threshold = cands[0].ranked[0].score;
        t.rule = QStringLiteral("eer");
        t.protocolName = QStringLiteral("dev.tsv");
        t.protocolSha256 = QStringLiteral("abc");
        lib.setThreshold(t);
        d = decideOpenSet(cands, lib, QStringLiteral("cosine"));
        QVERIFY(d[0].unknown);
        QCOMPARE(d[0].decision, QStringLiteral("unknown"));
        QVERIFY(!d[1].unknown);
        QVERIFY(decideOpenSet(cands, lib, QStringLiteral("knn"))[0].decision == QStringLiteral("A01"));
        const auto stored = lib.threshold(SourceLevel::Attack, QStringLiteral("cosine"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->protocolName, QStringLiteral("dev.tsv"));
        QCOMPARE(stored->protocolSha256, QStringLiteral("abc"));
        QVERIFY(stored->created.isValid());
    }

    void thresholdAtFarHandComputed()
    {
        const std::vector<double> non{0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6, 0.5, 0.0};
        // far 0.1: floor(1) = 1 -> the 2nd highest, 0.8: one non-target (0.9) above it = 10 %.
        QCOMPARE(thresholdAtFar(non, 0.1), 0.8);
        QCOMPARE(thresholdAtFar(non, 0.0), 0.9);
        QCOMPARE(thresholdAtFar(non, 0.25), 0.7);
        QVERIFY_THROWS_EXCEPTION(Error, thresholdAtFar({}, 0.1));
        QVERIFY_THROWS_EXCEPTION(Error, thresholdAtFar(non, 1.0));
    }

    void calibrateOnDevelopmentClips()
    {
        EnrolmentSet set;
        set.bySource[QStringLiteral("A01")] = {{1, 0}};
        set.bySource[QStringLiteral("A02")] = {{0, 1}};
        auto cos = TraceBackend::create(QStringLiteral("cosine"));
        cos->fit({{SourceLevel::Attack, set}});
        std::vector<LabelledEmbedding> dev;
        auto add = [&](const QString &atk, Embedding e) {
            LabelledEmbedding l;
            l.clip.file = atk + QString::number(dev.size());
            l.clip.attack = atk;
            l.embedding = std::move(e);
            dev.push_back(l);
        };
        add(QStringLiteral("A01"), {1, 0.1f});
        add(QStringLiteral("A02"), {0.1f, 1});
        add(QStringLiteral("A99"), {1, 1}); // unknown: only non-targets
        const auto eer = calibrateOpenSet(*cos, dev, QStringLiteral("eer"), 0, QStringLiteral("dev.tsv"), QStringLiteral("h"));
        QCOMPARE(eer.size(), std::size_t(1));
        // targets: cos((1,.1),(1,0)) = cos((.1,1),(0,1)) = 0.99504; non-targets 0.0995, 0.0995, 0.7071, 0.7071
        std::vector<double> tar{1 / std::sqrt(1.01), 1 / std::sqrt(1.01)};
        std::vector<double> non{0.1 / std::sqrt(1.01), 0.1 / std::sqrt(1.01), std::sqrt(0.5), std::sqrt(0.5)};
        const EerResult ref = computeEer(tar, non);
        QCOMPARE(eer[0].eer, 0.0);
        QVERIFY(std::fabs(eer[0].threshold - ref.threshold) < 1e-6);
        QCOMPARE(eer[0].protocolName, QStringLiteral("dev.tsv"));
        const auto far = calibrateOpenSet(*cos, dev, QStringLiteral("far"), 0.25, QStringLiteral("dev.tsv"), QStringLiteral("h"));
        QVERIFY(std::fabs(far[0].threshold - std::sqrt(0.5)) < 1e-6); // floor(0.25 * 4) = 1 -> 2nd highest
        QCOMPARE(far[0].targetFar, 0.25);
        QVERIFY_THROWS_EXCEPTION(Error, calibrateOpenSet(*cos, dev, QStringLiteral("median"), 0, {}, {}));
    }

    void oodScoresHandComputed()
    {
        // logits (0, ln 3): softmax (1/4, 3/4), energy = ln 4
        const std::vector<float> z{0.0f, float(std::log(3.0))};
        QVERIFY(std::fabs(OodScorer::maxSoftmax(z) - 0.75) < 1e-6);
        QVERIFY(std::fabs(OodScorer::energy(z) - std::log(4.0)) < 1e-6);
        // large logits do not overflow
        QVERIFY(std::fabs(OodScorer::energy({1000.0f, 1000.0f}) - (1000.0 + std::log(2.0))) < 1e-9);
        EnrolmentSet ref;
        ref.bySource[QStringLiteral("A")] = {{1, 0}};
        ref.bySource[QStringLiteral("B")] = {{0, 2}};
        OodScorer one(1), many;
        one.fit(ref);
        many.fit(ref);
        const OodScores a = one.score(z, {3, 0});
        QVERIFY(std::fabs(a.knnCosine - 1.0) < 1e-6);
        QVERIFY(std::fabs(a.nsd - std::log(4.0)) < 1e-6);
        const OodScores b = many.score(z, {3, 0}); // k = 7 clipped to 2: mean(1, 0)
        QVERIFY(std::fabs(b.knnCosine - 0.5) < 1e-6);
        QVERIFY(std::fabs(b.nsd - 0.5 * std::log(4.0)) < 1e-6);
        QVERIFY_THROWS_EXCEPTION(Error, one.score({}, {1, 0}));
    }

    void traceTrialsPooledEer()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, {QStringLiteral("toy"), QStringLiteral("00"), 3});
        FingerprintLibrary lib(p);
        // Two known attacks sharing a vocoder; a third (unknown) attack with A01's acoustic model.
        std::vector<EnrolmentClip> clips;
        auto enrol = [&](const QString &atk, const QString &am, const QString &voc, Embedding e) {
            EnrolmentClip c;
            c.sha256 = atk + QString::number(clips.size());
            c.path = c.sha256;
            c.embedding = std::move(e);
            c.labels[SourceLevel::Attack] = atk;
            c.attributes[SourceLevel::Attack] = {{QStringLiteral("acoustic_model"), am}, {QStringLiteral("vocoder"), voc}};
            clips.push_back(c);
        };
        enrol(QStringLiteral("A01"), QStringLiteral("am1"), QStringLiteral("v1"), {1, 0, 0});
        enrol(QStringLiteral("A02"), QStringLiteral("am2"), QStringLiteral("v1"), {0, 1, 0});
        lib.enrol(clips);
        auto cos = TraceBackend::create(QStringLiteral("cosine"));
        cos->fit(lib);
        std::vector<LabelledEmbedding> test;
        auto clip = [&](const QString &atk, const QString &am, const QString &voc, Embedding e) {
            LabelledEmbedding l;
            l.clip.file = atk + QString::number(test.size());
            l.clip.attack = atk;
            l.clip.acousticModel = am;
            l.clip.vocoder = voc;
            l.embedding = std::move(e);
            test.push_back(l);
        };
        clip(QStringLiteral("A01"), QStringLiteral("am1"), QStringLiteral("v1"), {1, 0.1f, 0});
        clip(QStringLiteral("A02"), QStringLiteral("am2"), QStringLiteral("v1"), {0.1f, 1, 0});
        clip(QStringLiteral("A03"), QStringLiteral("am1"), QStringLiteral("v3"), {0.2f, 0.2f, 1});
        const TrialList trials = traceTrials(*cos, lib, test);
        QCOMPARE(trials.size(), std::size_t(6));
        QCOMPARE(int(std::count(trials.targetAtk.begin(), trials.targetAtk.end(), 1)), 2);
        QCOMPARE(int(std::count(trials.targetAm.begin(), trials.targetAm.end(), 1)), 3); // A03 vs A01 shares am1
        QCOMPARE(int(std::count(trials.targetVm.begin(), trials.targetVm.end(), 1)), 4);
        const PooledEerTable table = computePooledEer(trials);
        QCOMPARE(table.knownAttacks, (QStringList{QStringLiteral("A01"), QStringLiteral("A02")}));
        QCOMPARE(table.known[0].level, QStringLiteral("ATK"));
        QCOMPARE(table.known[0].eer, 0.0);

        // tracePooledEer: the same table without the trial list, bit for bit, on a larger random set with every
        // level's targets (clips of 8 attacks, 6 enrolled; acoustic models and vocoders shared between attacks).
        std::size_t n = 0;
        const PooledEerTable streamed = tracePooledEer(*cos, lib, test, {}, &n);
        QCOMPARE(n, trials.size());
        QCOMPARE(streamed.knownAttacks, table.knownAttacks);
        QCOMPARE(streamed.known[0].eer, table.known[0].eer);
        QTemporaryDir dir2;
        const QString p2 = dir2.filePath(QStringLiteral("l2.db"));
        FingerprintLibrary::create(p2, {QStringLiteral("toy"), QStringLiteral("00"), 4});
        FingerprintLibrary lib2(p2);
        std::mt19937 rng(3);
        std::normal_distribution<float> g(0.f, 1.f);
        clips.clear();
        std::vector<Embedding> centre(8, Embedding(4));
        for (int a = 0; a < 8; ++a) {
            for (float &v : centre[std::size_t(a)])
                v = g(rng);
            if (a < 6)
                enrol(QStringLiteral("B%1").arg(a), QStringLiteral("am%1").arg(a % 3), QStringLiteral("v%1").arg(a % 4),
                      centre[std::size_t(a)]);
        }
        lib2.enrol(clips);
        auto cos2 = TraceBackend::create(QStringLiteral("cosine"));
        cos2->fit(lib2);
        test.clear();
        for (int i = 0; i < 400; ++i) {
            const int a = i % 8;
            Embedding e = centre[std::size_t(a)];
            for (float &v : e)
                v = std::round((v + g(rng)) * 4.f) / 4.f; // coarse: tied scores between clips
            clip(QStringLiteral("B%1").arg(a), QStringLiteral("am%1").arg(a % 3), QStringLiteral("v%1").arg(a % 4), e);
        }
        const TrialList list2 = traceTrials(*cos2, lib2, test);
        for (const QSet<QString> &known : {QSet<QString>{}, QSet<QString>{QStringLiteral("B1"), QStringLiteral("B4")}}) {
            const PooledEerTable a = computePooledEer(list2, known);
            const PooledEerTable b = tracePooledEer(*cos2, lib2, test, known);
            QCOMPARE(b.knownAttacks, a.knownAttacks);
            for (int l = 0; l < 3; ++l)
                for (const auto &[x, y] : {std::pair{a.known[l], b.known[l]}, std::pair{a.unknown[l], b.unknown[l]}}) {
                    QCOMPARE(y.level, x.level);
                    QCOMPARE(y.eer, x.eer);
                    QCOMPARE(y.threshold, x.threshold);
                    QCOMPARE(y.rocchEer, x.rocchEer);
                    QCOMPARE(y.targets, x.targets);
                    QCOMPARE(y.nontargets, x.nontargets);
                    QVERIFY(x.targets > 0 && x.nontargets > 0);
                }
        }
        QVERIFY_THROWS_EXCEPTION(Error, tracePooledEer(*cos2, lib2, {}));
    }
};

QTEST_GUILESS_MAIN(TestLibraryScoring)
#include "tst_library_scoring.moc"
