// bench-links: st_library
// Trained tracing back-ends against cosine on the zero-shot paper's SSL-AASIST embeddings (shared/models/zero-shot;
// 9 attacks x 33 clips, attack = file name up to the first '_'), with the protocol of bench_zeroshot (same seeds,
// so the same splits): per repetition each attack's clips are shuffled, the first 20 form its enrolment pool and the
// last 13 are test clips; 5 of the 9 attacks are known (the first N = 1, 5, 20 clips of the pool enrolled, and the
// trained back-ends are trained on them), 4 are unknown. Every test clip of all 9 attacks is scored against the 5 known attacks; pooled
// EERs as STOPA's scripts compute them (known = trials of known-attack clips; unknown = unknown-attack trials plus
// the target trials), and top-1 accuracy on the known-attack clips.
// Back-ends: cosine; siamese-zs and siamese-cl with the published weights (zero_shot_/few_shot_siamese_network_CL_*.pt,
// used as they are); siamese-zs, siamese-cl, siamese-ce and mlp trained here (seeded).
// Usage: bench_zeroshot_trained [repetitions=10] [siamese epochs=30] [pairs per epoch=4096]
#include "eval/EmbeddingTable.h"
#include "eval/PooledEer.h"
#include "library/TraceBackend.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <map>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace st;

namespace {

struct Stat
{
    std::vector<double> v;
    double mean() const
    {
        double s = 0;
        for (double x : v)
            s += x;
        return v.empty() ? NAN : s / double(v.size());
    }
    double sd() const
    {
        if (v.size() < 2)
            return 0;
        const double m = mean();
        double s = 0;
        for (double x : v)
            s += (x - m) * (x - m);
        return std::sqrt(s / double(v.size() - 1));
    }
};

QString sharedDir()
{
    const QString env = qEnvironmentVariable("SOURCETRACE_SHARED");
    return env.isEmpty() ? QStringLiteral("../shared") : env;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const int reps = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
        const int epochs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 30;
        const int pairs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 4096;
        const QString zs = sharedDir() + QStringLiteral("/models/zero-shot/");
        const EmbeddingTable table = EmbeddingTable::readCsv(zs + QStringLiteral("STOPA_ASVspoof2019_embeddings_from_SSL_AASIST_AAM_RegMixup.csv"));
        QMap<QString, std::vector<int>> byAttack;
        for (int i = 0; i < table.names.size(); ++i)
            byAttack[table.names[i].section(QLatin1Char('_'), 0, 0)].push_back(i);
        const QStringList attacks = byAttack.keys();
        std::printf("%lld clips, %d-d, %lld attacks; %d repetitions; 20 enrolled + 13 test clips per attack; 5 known attacks; "
                    "siamese: %d epochs x %d pairs\n\n",
                    qlonglong(table.names.size()), table.dimension(), qlonglong(attacks.size()), reps, epochs, pairs);

        struct Run
        {
            QString label, backend;
            BackendParams params;
        };
        const QString ep = QString::number(epochs), pp = QString::number(pairs);
        const std::vector<Run> runs{
            {QStringLiteral("cosine"), QStringLiteral("cosine"), {}},
            {QStringLiteral("siamese-zs published"), QStringLiteral("siamese-zs"),
             {{QStringLiteral("weights"), zs + QStringLiteral("zero_shot_siamese_network_CL_SSL_AASIST_AAM_RegMixup.pt")}}},
            {QStringLiteral("siamese-cl published few-shot"), QStringLiteral("siamese-cl"),
             {{QStringLiteral("weights"), zs + QStringLiteral("few_shot_siamese_network_CL_SSL_AASIST_AAM_RegMixup.pt")}}},
            {QStringLiteral("siamese-zs trained"), QStringLiteral("siamese-zs"), {{QStringLiteral("epochs"), ep}, {QStringLiteral("pairs"), pp}}},
            {QStringLiteral("siamese-cl trained"), QStringLiteral("siamese-cl"), {{QStringLiteral("epochs"), ep}, {QStringLiteral("pairs"), pp}}},
            {QStringLiteral("siamese-ce trained"), QStringLiteral("siamese-ce"), {{QStringLiteral("epochs"), ep}, {QStringLiteral("pairs"), pp}}},
            {QStringLiteral("mlp trained"), QStringLiteral("mlp"), {}},
        };
        const std::vector<int> sizes{1, 5, 20};
        std::map<std::pair<std::size_t, int>, std::array<Stat, 3>> stats; // (run, N): known EER, unknown EER, accuracy
        std::map<std::pair<std::size_t, int>, double> seconds;
        const int kPool = 20, kKnown = 5;
        for (int r = 0; r < reps; ++r) {
            std::mt19937_64 rng(1000 + r); // bench_zeroshot's seeds: the same splits
            QMap<QString, std::vector<int>> shuffled = byAttack;
            for (auto &v : shuffled)
                std::shuffle(v.begin(), v.end(), rng);
            QStringList order = attacks;
            std::shuffle(order.begin(), order.end(), rng);
            const QStringList known = order.mid(0, kKnown);
            const QSet<QString> knownSet(known.begin(), known.end());
            for (int n : sizes) {
            EnrolmentSet enrol;
            for (const QString &a : known)
                for (int k = 0; k < n; ++k)
                    enrol.bySource[a].push_back(table.rows[std::size_t(shuffled[a][std::size_t(k)])]);
            for (std::size_t b = 0; b < runs.size(); ++b) {
                BackendParams params = runs[b].params;
                if (!params.contains(QStringLiteral("weights")) && runs[b].backend != QLatin1String("cosine"))
                    params[QStringLiteral("seed")] = r + 1;
                QElapsedTimer timer;
                timer.start();
                auto backend = TraceBackend::create(runs[b].backend, params);
                backend->fit({{SourceLevel::Attack, enrol}});
                seconds[{b, n}] += double(timer.nsecsElapsed()) / 1e9;
                const QStringList src = backend->sources(SourceLevel::Attack);
                TrialList trials;
                int right = 0, knownClips = 0;
                for (const QString &a : attacks) {
                    const auto &idx = shuffled[a];
                    for (std::size_t t = kPool; t < idx.size(); ++t) {
                        const auto s = backend->levelScores(SourceLevel::Attack, table.rows[std::size_t(idx[t])]);
                        if (knownSet.contains(a)) {
                            ++knownClips;
                            right += src[int(std::max_element(s.begin(), s.end()) - s.begin())] == a ? 1 : 0;
                        }
                        for (int c = 0; c < src.size(); ++c) {
                            trials.files << table.names[idx[t]];
                            trials.fingerprints << src[c];
                            trials.attacks << a;
                            const char target = a == src[c] ? 1 : 0;
                            trials.targetAtk.push_back(target);
                            trials.targetAm.push_back(target);
                            trials.targetVm.push_back(target);
                            trials.scores.push_back(s[std::size_t(c)]);
                        }
                    }
                }
                const PooledEerTable pooled = computePooledEer(trials, knownSet, UnknownTrials::LevelTargets);
                auto &st = stats[{b, n}];
                st[0].v.push_back(pooled.known[0].eer * 100);
                st[1].v.push_back(pooled.unknown[0].eer * 100);
                st[2].v.push_back(100.0 * right / knownClips);
            }
            }
            std::fprintf(stderr, "repetition %d/%d done\n", r + 1, reps);
        }
        std::printf("ATK-level pooled EER %% (mean +- sd over repetitions), top-1 accuracy on known-attack test clips\n");
        std::printf("%-30s %3s  %-15s  %-15s  %-8s  %s\n", "backend", "N", "known EER", "unknown EER", "acc(kn)", "fit s/rep");
        for (std::size_t b = 0; b < runs.size(); ++b)
            for (int n : sizes) {
                const auto &st = stats[{b, n}];
                std::printf("%-30s %3d  %5.2f +- %5.2f  %5.2f +- %5.2f  %7.2f  %8.2f\n", qPrintable(runs[b].label), n, st[0].mean(),
                            st[0].sd(), st[1].mean(), st[1].sd(), st[2].mean(), seconds[{b, n}] / reps);
            }
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_zeroshot_trained: %s\n", e.what());
        return 1;
    }
    return 0;
}
