// Trained tracing back-ends (core/library/TrainedBackends): gradients against finite differences, the contrastive
// loss by hand, Adam's first step, determinism, the published zero-shot weights, fitting on the shipped
// SSL-AASIST embeddings, and the fit stored with the library (round trip, staleness, verify).
#include "testutil.h"

#include "eval/EmbeddingTable.h"
#include "library/FingerprintLibrary.h"
#include "library/TraceBackend.h"
#include "library/TrainedBackends.h"
#include "util/Error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace st;

namespace {

nn::Rows randomRows(int n, int d, std::mt19937_64 &rng)
{
    std::normal_distribution<double> g(0.0, 1.0);
    nn::Rows r(static_cast<std::size_t>(n), std::vector<double>(static_cast<std::size_t>(d)));
    for (auto &row : r)
        for (double &v : row)
            v = g(rng);
    return r;
}

// Central differences of `loss` with respect to every parameter in `p` (changed and restored in place).
template <class F>
void compareGradient(std::vector<double> &p, const std::vector<double> &analytic, F loss, const char *what)
{
    QCOMPARE(analytic.size(), p.size());
    const double h = 1e-6;
    double worst = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double keep = p[i];
        p[i] = keep + h;
        const double up = loss();
        p[i] = keep - h;
        const double down = loss();
        p[i] = keep;
        const double numeric = (up - down) / (2 * h);
        const double err = std::fabs(numeric - analytic[i]) / std::max(1.0, std::fabs(numeric) + std::fabs(analytic[i]));
        worst = std::max(worst, err);
        if (err > 1e-5)
            QFAIL(qPrintable(QStringLiteral("%1: parameter %2: analytic %3, numeric %4").arg(QLatin1String(what)).arg(i)
                                 .arg(analytic[i], 0, 'g', 10).arg(numeric, 0, 'g', 10)));
    }
    qInfo("%s: %zu parameters, worst relative difference %.2e", what, p.size(), worst);
}

// Clusters around one centre per source: `perSource` embeddings of dimension d.
EnrolmentSet blobs(int sources, int perSource, int d, std::uint64_t seed, double spread = 0.3)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, 1.0);
    EnrolmentSet set;
    for (int s = 0; s < sources; ++s) {
        std::vector<double> centre(static_cast<std::size_t>(d));
        for (double &v : centre)
            v = g(rng);
        for (int k = 0; k < perSource; ++k) {
            Embedding e(static_cast<std::size_t>(d));
            for (int i = 0; i < d; ++i)
                e[std::size_t(i)] = float(centre[std::size_t(i)] + spread * g(rng));
            set.bySource[QStringLiteral("S%1").arg(s)].push_back(e);
        }
    }
    return set;
}

QString zeroShotWeights(const QString &shared)
{
    return shared + QStringLiteral("/models/zero-shot/zero_shot_siamese_network_CL_SSL_AASIST_AAM_RegMixup.pt");
}

// The shipped SSL-AASIST embeddings split per attack: the first `enrol` clips of each attack (file order) to
// enrol, the rest to test.
struct Split
{
    EnrolmentSet enrol;
    std::vector<std::pair<QString, Embedding>> test;
};

Split sharedSplit(const QString &shared, int enrol)
{
    const EmbeddingTable t = EmbeddingTable::readCsv(shared + QStringLiteral("/models/zero-shot/"
                                                                             "STOPA_ASVspoof2019_embeddings_from_SSL_AASIST_AAM_RegMixup.csv"));
    Split s;
    QMap<QString, int> seen;
    for (int i = 0; i < t.names.size(); ++i) {
        const QString attack = t.names[i].section(QLatin1Char('_'), 0, 0);
        if (seen[attack]++ < enrol)
            s.enrol.bySource[attack].push_back(t.rows[std::size_t(i)]);
        else
            s.test.push_back({attack, t.rows[std::size_t(i)]});
    }
    return s;
}

double accuracy(const TraceBackend &b, const std::vector<std::pair<QString, Embedding>> &test)
{
    int right = 0;
    for (const auto &c : test)
        right += b.score(c.second).front().ranked.front().source == c.first ? 1 : 0;
    return double(right) / double(test.size());
}

// Short trainings for the tests (mlp takes no pairs).
BackendParams quick(const QString &name, int epochs, int pairs, int seed = 1)
{
    BackendParams p{{QStringLiteral("epochs"), epochs}, {QStringLiteral("seed"), seed}};
    if (name != QLatin1String("mlp"))
        p[QStringLiteral("pairs")] = pairs;
    return p;
}

std::map<SourceLevel, EnrolmentSet> attackLevel(const EnrolmentSet &s) { return {{SourceLevel::Attack, s}}; }

} // namespace

class TestLibraryBackends : public QObject
{
    Q_OBJECT

private slots:
    void forwardByHand()
    {
        // 2 -> 2 (ReLU) -> 2, then L2-normalised.
        nn::DenseNet n;
        n.sizes = {2, 2, 2};
        n.weights = {{1, 0, 0, -1}, {1, 1, 0, 2}};
        n.biases = {{0, 0}, {0, 0.5}};
        // x = (3, 4): hidden = relu(3, -4) = (3, 0); out = (3, 0.5)
        std::vector<double> y = n.forward({3, 4});
        QCOMPARE(y.size(), std::size_t(2));
        QCOMPARE(y[0], 3.0);
        QCOMPARE(y[1], 0.5);
        n.l2Output = true;
        y = n.forward({3, 4});
        const double norm = std::sqrt(9.25);
        QVERIFY(std::fabs(y[0] - 3 / norm) < 1e-15 && std::fabs(y[1] - 0.5 / norm) < 1e-15);
    }

    void mlpGradientMatchesFiniteDifferences()
    {
        std::mt19937_64 rng(3);
        nn::DenseNet net = nn::DenseNet::initialised({5, 7, 4}, false, 11);
        const nn::Rows x = randomRows(9, 5, rng);
        const std::vector<int> y{0, 1, 2, 3, 0, 1, 2, 3, 1};
        std::vector<double> grad;
        nn::softmaxCrossEntropy(net, x, y, &grad);
        std::vector<double> p = net.flat();
        compareGradient(p, grad, [&] { net.setFlat(p); return nn::softmaxCrossEntropy(net, x, y, nullptr); }, "mlp softmax CE");
    }

    void siameseBceGradientMatchesFiniteDifferences()
    {
        std::mt19937_64 rng(5);
        nn::DenseNet tower = nn::DenseNet::initialised({6, 8, 5, 4}, true, 13);
        std::vector<double> head{0.3, -0.7, 0.5, 0.9, -0.2};
        const nn::Rows a = randomRows(8, 6, rng), b = randomRows(8, 6, rng);
        const std::vector<double> y{1, 0, 1, 0, 0, 1, 1, 0};
        std::vector<double> gt, gh;
        nn::siameseBce(tower, head, a, b, y, &gt, &gh);
        std::vector<double> p = tower.flat();
        compareGradient(p, gt, [&] { tower.setFlat(p); return nn::siameseBce(tower, head, a, b, y, nullptr, nullptr); }, "siamese BCE (tower)");
        tower.setFlat(p);
        compareGradient(head, gh, [&] { return nn::siameseBce(tower, head, a, b, y, nullptr, nullptr); }, "siamese BCE (head)");
    }

    void contrastiveGradientMatchesFiniteDifferences()
    {
        std::mt19937_64 rng(7);
        nn::DenseNet tower = nn::DenseNet::initialised({6, 8, 5, 4}, true, 17);
        const nn::Rows a = randomRows(10, 6, rng), b = randomRows(10, 6, rng);
        const std::vector<double> y{1, 0, 1, 0, 0, 1, 0, 0, 1, 0};
        for (double margin : {1.0, 1.5}) {
            std::vector<double> grad;
            nn::siameseContrastive(tower, a, b, y, margin, &grad);
            std::vector<double> p = tower.flat();
            compareGradient(p, grad, [&] { tower.setFlat(p); return nn::siameseContrastive(tower, a, b, y, margin, nullptr); },
                            margin == 1.0 ? "contrastive, margin 1" : "contrastive, margin 1.5");
            tower.setFlat(p);
        }
    }

    void contrastiveLossByHand()
    {
        // Same source, d = 5: 25. Different, d = 0.5 < margin 1: (1 - 0.5)^2 = 0.25. Different, d = 2: 0.
        const nn::Rows za{{0, 0}, {3, 4}, {0, 0}}, zb{{3, 4}, {3, 4.5}, {0, 2}};
        const std::vector<double> y{1, 0, 0};
        QCOMPARE(nn::contrastiveLoss(za, zb, y, 1.0), (25.0 + 0.25 + 0.0) / 3.0);
        // margin 3: the last pair adds (3 - 2)^2 = 1, the second (3 - 0.5)^2 = 6.25.
        QCOMPARE(nn::contrastiveLoss(za, zb, y, 3.0), (25.0 + 6.25 + 1.0) / 3.0);
    }

    void adamFirstStep()
    {
        // The first bias-corrected step moves every parameter by lr * g / (|g| + eps).
        std::vector<double> p{1.0, -2.0, 0.5};
        nn::Adam adam(3, 0.01);
        adam.step(p, {0.5, -4.0, 0.0});
        QVERIFY(std::fabs(p[0] - (1.0 - 0.01 * 0.5 / (0.5 + 1e-8))) < 1e-15);
        QVERIFY(std::fabs(p[1] - (-2.0 + 0.01 * 4.0 / (4.0 + 1e-8))) < 1e-15);
        QCOMPARE(p[2], 0.5);
    }

    void sameSeedSameWeights()
    {
        const EnrolmentSet set = blobs(4, 12, 10, 21);
        for (const QString &name : {QStringLiteral("mlp"), QStringLiteral("siamese-ce"), QStringLiteral("siamese-cl"), QStringLiteral("siamese-zs")}) {
            const BackendParams p = quick(name, 5, 512, 7);
            auto a = TraceBackend::create(name, p), b = TraceBackend::create(name, p);
            BackendParams p2 = p;
            p2[QStringLiteral("seed")] = 8;
            auto c = TraceBackend::create(name, p2);
            QVERIFY(a->trained());
            a->fit(attackLevel(set));
            b->fit(attackLevel(set));
            c->fit(attackLevel(set));
            const Embedding q = set.bySource.first().front();
            QCOMPARE(a->levelScores(SourceLevel::Attack, q), b->levelScores(SourceLevel::Attack, q));
            QVERIFY2(a->levelScores(SourceLevel::Attack, q) != c->levelScores(SourceLevel::Attack, q), qPrintable(name));
            // and the stored states are byte-identical
            QTemporaryDir dir;
            const QString d1 = dir.filePath(QStringLiteral("a.db")), d2 = dir.filePath(QStringLiteral("b.db"));
            for (const QString &path : {d1, d2}) {
                FingerprintLibrary::create(path, ModelBinding{QStringLiteral("toy"), QString(64, QLatin1Char('a')), 10});
                FingerprintLibrary lib(path);
                (path == d1 ? a : b)->storeFit(lib);
            }
            FingerprintLibrary l1(d1, LibraryAccess::ReadOnly), l2(d2, LibraryAccess::ReadOnly);
            QCOMPARE(l1.backendFits(name).front().state, l2.backendFits(name).front().state);
        }
    }

    void syntheticClustersAreSeparated()
    {
        const EnrolmentSet train = blobs(5, 15, 12, 31);
        for (const QString &name : {QStringLiteral("mlp"), QStringLiteral("siamese-ce"), QStringLiteral("siamese-cl"), QStringLiteral("siamese-zs")}) {
            auto b = TraceBackend::create(name, quick(name, 10, 1024));
            b->fit(attackLevel(train));
            int right = 0, all = 0;
            for (auto it = train.bySource.cbegin(); it != train.bySource.cend(); ++it)
                for (const Embedding &e : it.value()) {
                    right += b->score(e).front().ranked.front().source == it.key() ? 1 : 0;
                    ++all;
                }
            qInfo("%s: %d / %d enrolment clips ranked to their own source first", qPrintable(name), right, all);
            QVERIFY2(right >= all * 9 / 10, qPrintable(name));
        }
    }

    void parametersAreChecked()
    {
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("mlp"), {{QStringLiteral("margin"), 1}}));
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("siamese-cl"), {{QStringLiteral("epochs"), QStringLiteral("x")}}));
        QVERIFY_THROWS_EXCEPTION(Error, TraceBackend::create(QStringLiteral("siamese-zs"), {{QStringLiteral("lr"), -1}}));
        auto one = TraceBackend::create(QStringLiteral("mlp"));
        try {
            one->fit(attackLevel(blobs(1, 5, 4, 1)));
            QFAIL("an MLP was trained on one source");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("at least 2 sources")), qPrintable(e.message()));
        }
        QVERIFY(!TraceBackend::create(QStringLiteral("cosine"))->trained());
    }

    void brokenWeightsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.pt"));
        const QString text = dir.filePath(QStringLiteral("text.pt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a checkpoint\n");
        }
        QStringList files{missing, text};
        const QString shared = sttest::sharedDir();
        if (!shared.isEmpty()) {
            QFile in(zeroShotWeights(shared));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QString cut = dir.filePath(QStringLiteral("cut.pt"));
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 2));
            files << cut;
        }
        for (const QString &f : files) {
            try {
                nn::loadSiameseTower(f);
                QFAIL(qPrintable(f + QStringLiteral(" was read")));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(f), qPrintable(e.message()));
            }
            // through the factory too: the error names the file
            auto b = TraceBackend::create(QStringLiteral("siamese-zs"), {{QStringLiteral("weights"), f}});
            try {
                b->fit(attackLevel(blobs(2, 3, 160, 1)));
                QFAIL("fitted with broken weights");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(f), qPrintable(e.message()));
            }
        }
    }

    void publishedWeightsLoad()
    {
        ST_REQUIRE_SHARED(shared);
        for (const QString &f : {zeroShotWeights(shared),
                                 shared + QStringLiteral("/models/zero-shot/few_shot_siamese_network_CL_SSL_AASIST_AAM_RegMixup.pt")}) {
            const nn::DenseNet t = nn::loadSiameseTower(f);
            QCOMPARE(t.sizes, (std::vector<int>{160, 128, 64, 32}));
            QVERIFY(t.l2Output);
            QCOMPARE(t.parameterCount(), std::size_t(160 * 128 + 128 + 128 * 64 + 64 + 64 * 32 + 32));
            std::vector<double> x(160, 0.1);
            const std::vector<double> y = t.forward(x);
            double n = 0;
            for (double v : y)
                n += v * v;
            QVERIFY(std::fabs(n - 1.0) < 1e-12);
        }
    }

    void sharedEmbeddingsRankTheRightAttack()
    {
        ST_REQUIRE_SHARED(shared);
        const Split s = sharedSplit(shared, 20); // 9 attacks x 20 enrolled, 9 x 13 held out; chance = 11 %
        QCOMPARE(s.enrol.bySource.size(), 9);
        const std::vector<std::pair<QString, BackendParams>> runs{
            {QStringLiteral("cosine"), {}},
            {QStringLiteral("mlp"), {}},
            {QStringLiteral("siamese-ce"), {{QStringLiteral("epochs"), 10}, {QStringLiteral("pairs"), 2048}}},
            {QStringLiteral("siamese-cl"), {{QStringLiteral("epochs"), 10}, {QStringLiteral("pairs"), 2048}}},
            {QStringLiteral("siamese-zs"), {{QStringLiteral("epochs"), 10}, {QStringLiteral("pairs"), 2048}}},
            {QStringLiteral("siamese-zs"), {{QStringLiteral("weights"), zeroShotWeights(shared)}}},
        };
        for (const auto &r : runs) {
            auto b = TraceBackend::create(r.first, r.second);
            b->fit(attackLevel(s.enrol));
            const double acc = accuracy(*b, s.test);
            qInfo("%s%s: top-1 attack accuracy %.1f %% on %zu held-out clips", qPrintable(r.first),
                  r.second.contains(QStringLiteral("weights")) ? " (published weights)" : "", 100 * acc, s.test.size());
            QVERIFY2(acc >= 0.5, qPrintable(QStringLiteral("%1: %2").arg(r.first).arg(acc)));
        }
    }

    void storedFitRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.db"));
        const int d = 16;
        FingerprintLibrary::create(path, ModelBinding{QStringLiteral("toy"), QString(64, QLatin1Char('a')), d});
        const EnrolmentSet set = blobs(3, 8, d, 41);
        std::vector<EnrolmentClip> clips;
        int n = 0;
        for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it)
            for (const Embedding &e : it.value()) {
                EnrolmentClip c;
                c.sha256 = sha256Hex(QByteArray::number(n++));
                c.path = QStringLiteral("clip%1.flac").arg(n);
                c.embedding = e;
                c.labels[SourceLevel::Attack] = it.key();
                c.labels[SourceLevel::Vocoder] = QStringLiteral("V%1").arg(n % 2);
                clips.push_back(c);
            }
        FingerprintLibrary lib(path);
        lib.enrol(clips);
        const std::vector<Embedding> queries = blobs(3, 4, d, 99).bySource.first();
        for (const QString &name : {QStringLiteral("mlp"), QStringLiteral("siamese-ce"), QStringLiteral("siamese-cl"), QStringLiteral("siamese-zs")}) {
            auto fitted = TraceBackend::create(name, quick(name, 3, 256));
            fitted->fit(lib);
            QCOMPARE(fitted->levels().size(), std::size_t(2));
            fitted->storeFit(lib);
            auto loaded = TraceBackend::forLibrary(lib, name);
            QCOMPARE(loaded->levels(), fitted->levels());
            for (const Embedding &q : queries)
                for (SourceLevel l : fitted->levels())
                    QCOMPARE(loaded->levelScores(l, q), fitted->levelScores(l, q)); // identical, not close
            const auto fits = lib.backendFits(name);
            QCOMPARE(fits.size(), 2);
            QCOMPARE(fits.front().losses.size(), std::size_t(3));
            QCOMPARE(fits.front().params.value(QStringLiteral("epochs")).toInt(), 3);
        }
        QVERIFY(lib.verify().isEmpty());
        QCOMPARE(lib.backendFits().size(), 8); // every back-end's, at both levels
        // Storing again replaces the back-end's fits.
        auto again = TraceBackend::create(QStringLiteral("mlp"), {{QStringLiteral("epochs"), 2}, {QStringLiteral("seed"), 5}});
        again->fit(lib, {SourceLevel::Attack});
        again->storeFit(lib);
        QCOMPARE(lib.backendFits(QStringLiteral("mlp")).size(), 1);
        QCOMPARE(TraceBackend::forLibrary(lib, QStringLiteral("mlp"))->levels(), std::vector<SourceLevel>{SourceLevel::Attack});

        // New enrolments: the few-shot fits are stale and refused; the zero-shot one applies to them.
        EnrolmentClip extra;
        extra.sha256 = sha256Hex("extra");
        extra.path = QStringLiteral("extra.flac");
        extra.embedding = queries.front();
        extra.labels[SourceLevel::Attack] = QStringLiteral("S9");
        lib.enrol({extra});
        for (const QString &name : {QStringLiteral("mlp"), QStringLiteral("siamese-ce"), QStringLiteral("siamese-cl")}) {
            try {
                TraceBackend::forLibrary(lib, name);
                QFAIL(qPrintable(name + QStringLiteral(": a stale fit was used")));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("fit-backend")) && e.message().contains(QStringLiteral("again")), qPrintable(e.message()));
            }
        }
        auto zs = TraceBackend::forLibrary(lib, QStringLiteral("siamese-zs"));
        QCOMPARE(zs->sources(SourceLevel::Attack).size(), 4); // S9 was never seen in training
        // No fit stored at all: refused, saying what to run.
        QTemporaryDir dir2;
        const QString other = dir2.filePath(QStringLiteral("o.db"));
        FingerprintLibrary::create(other, ModelBinding{QStringLiteral("toy"), QString(64, QLatin1Char('a')), d});
        FingerprintLibrary olib(other);
        olib.enrol(clips);
        try {
            TraceBackend::forLibrary(olib, QStringLiteral("siamese-cl"));
            QFAIL("a back-end with no stored fit was used");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("holds no fit")) && e.message().contains(QStringLiteral("fit-backend")),
                     qPrintable(e.message()));
        }
        // A changed state is found by verify() and refused by a read.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE backend_fits SET state = x'00' || substr(state, 2) WHERE backend = 'siamese-cl' AND level = 'attack'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        FingerprintLibrary inspect(path, LibraryAccess::Inspect);
        const auto problems = inspect.verify();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().describe().contains(QStringLiteral("SHA-256")), qPrintable(problems.front().describe()));
        QVERIFY_THROWS_EXCEPTION(Error, inspect.backendFits(QStringLiteral("siamese-cl")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackends)
#include "tst_library_backends.moc"
