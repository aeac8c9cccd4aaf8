// bench-links: st_eval
// Zero-shot source tracing on real embeddings: STOPA's open-set protocol mirrored on the 297 SSL-AASIST
// embeddings of shared/models/zero-shot (9 attacks x 33 clips; attack = file name up to the first '_').
//
// Per repetition (seeded, so every back-end and enrolment size sees the same splits):
//   - each attack's 33 clips are shuffled: the first 20 form its enrolment pool, the last 13 are test clips;
//   - 5 of the 9 attacks are "known" (they get a fingerprint), the other 4 are unknown (held out entirely);
//   - a known attack's fingerprint is made from the first N clips of its pool (N = 1, 5, 10, 20);
//   - every test clip of all 9 attacks is scored against the 5 fingerprints: a trial is a target when the clip
//     comes from the fingerprint's attack (IsTargetATK);
//   - pooled EERs as the paper's scripts compute them: known = trials of clips from known attacks; unknown =
//     trials of clips from unknown attacks plus the target trials.
// Printed: mean and standard deviation over the repetitions of the known / unknown EER (%) for cosine,
// Mahalanobis and kNN (k = 7) back-ends, beside the paper's cosine EERs (ATK level) from
// EERs_cosine_similarity/eer_{kn,ukn}_att.csv; plus closed-set accuracy on known attacks and OOD AUROC /
// FPR@95%TPR with the best fingerprint score as the in-distribution score.
// Usage: bench_zeroshot [embeddings.csv] [repetitions=50] [output folder for STOPA-style CSVs]
#include "eval/ClassificationReport.h"
#include "eval/CosineScoring.h"
#include "eval/EmbeddingTable.h"
#include "eval/KnnScoring.h"
#include "eval/MahalanobisScoring.h"
#include "eval/Metrics.h"
#include "eval/PooledEer.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
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
    if (!env.isEmpty())
        return env;
    return QStringLiteral("../shared");
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const QString embPath = argc > 1 && argv[1][0] ? QString::fromLocal8Bit(argv[1])
                                         : sharedDir() + QStringLiteral("/models/zero-shot/"
                                                                        "STOPA_ASVspoof2019_embeddings_from_SSL_AASIST_AAM_RegMixup.csv");
        const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
        const QString outDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
        const EmbeddingTable table = EmbeddingTable::readCsv(embPath);
        QMap<QString, std::vector<int>> byAttack;
        for (int i = 0; i < table.names.size(); ++i)
            byAttack[table.names[i].section(QLatin1Char('_'), 0, 0)].push_back(i);
        const QStringList attacks = byAttack.keys();
        std::printf("%s: %lld clips, %d-d, %lld attacks:", qPrintable(QFileInfo(embPath).fileName()),
                    qlonglong(table.names.size()), table.dimension(), qlonglong(attacks.size()));
        for (const QString &a : attacks)
            std::printf(" %s(%zu)", qPrintable(a), byAttack[a].size());
        std::printf("\n%d repetitions; pool 20 + test 13 clips per attack; 5 known attacks\n\n", reps);

        const int kPool = 20, kKnown = 5;
        const std::vector<int> sizes{1, 5, 10, 20};
        const QStringList backends{QStringLiteral("cosine"), QStringLiteral("mahalanobis"), QStringLiteral("knn")};
        using Stats = QMap<QString, QMap<int, std::array<Stat, 5>>>; // [backend][N]: kn EER, ukn EER, acc, AUROC, FPR95
        const auto experiment = [&](const QMap<QString, std::vector<int>> &groups, const QStringList &backends,
                                    const std::vector<int> &sizes) {
        const QStringList attacks = groups.keys();
        Stats stats;
        for (int r = 0; r < reps; ++r) {
            std::mt19937_64 rng(1000 + r);
            QMap<QString, std::vector<int>> shuffled = groups;
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
                for (const QString &bname : backends) {
                    std::unique_ptr<ScoringBackend> b;
                    if (bname == QLatin1String("cosine"))
                        b = std::make_unique<CosineScoring>();
                    else if (bname == QLatin1String("mahalanobis"))
                        b = std::make_unique<MahalanobisScoring>();
                    else
                        b = std::make_unique<KnnScoring>(7);
                    b->enrol(enrol);
                    const QStringList src = b->sources();
                    TrialList trials;
                    QStringList truth, predicted;
                    std::vector<double> inMax, outMax;
                    for (const QString &a : attacks) {
                        const auto &idx = shuffled[a];
                        for (std::size_t t = kPool; t < idx.size(); ++t) {
                            const auto s = b->scores(table.rows[std::size_t(idx[t])]);
                            const auto best = std::max_element(s.begin(), s.end());
                            (knownSet.contains(a) ? inMax : outMax).push_back(*best);
                            if (knownSet.contains(a)) {
                                truth << a;
                                predicted << src[int(best - s.begin())];
                            }
                            for (int c = 0; c < src.size(); ++c) {
                                trials.files << table.names[idx[t]];
                                trials.fingerprints << src[c] + QStringLiteral("-n%1").arg(n);
                                trials.attacks << a;
                                const char target = a == src[c] ? 1 : 0;
                                trials.targetAtk.push_back(target);
                                trials.targetAm.push_back(target); // no AM/VM metadata for these attacks:
                                trials.targetVm.push_back(target); // only the ATK row is meaningful
                                trials.scores.push_back(s[std::size_t(c)]);
                            }
                        }
                    }
                    const PooledEerTable pooled = computePooledEer(trials, knownSet, UnknownTrials::LevelTargets);
                    const auto cls = ClassificationReport::compute(truth, predicted);
                    const OodResult ood = computeOod(inMax, outMax, true);
                    auto &st = stats[bname][n];
                    st[0].v.push_back(pooled.known[0].eer * 100);
                    st[1].v.push_back(pooled.unknown[0].eer * 100);
                    st[2].v.push_back(cls.accuracy * 100);
                    st[3].v.push_back(ood.auroc * 100);
                    st[4].v.push_back(ood.fprAt95Tpr * 100);
                }
            }
        }
        return stats;
        };
        const Stats stats = experiment(byAttack, backends, sizes);

        // Control: the same protocol with the clips dealt into 9 random groups of 33 (labels carry no
        // information): every EER must come out near 50 %, showing that the pipeline does not leak labels.
        std::vector<int> all(std::size_t(table.names.size()));
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = int(i);
        std::mt19937_64 crng(77);
        std::shuffle(all.begin(), all.end(), crng);
        QMap<QString, std::vector<int>> random;
        for (std::size_t i = 0; i < all.size(); ++i)
            random[QStringLiteral("R%1").arg(i % std::size_t(attacks.size()))].push_back(all[i]);
        const Stats control = experiment(random, {QStringLiteral("cosine")}, {10});

        // The paper's cosine-similarity EERs, ATK level ("(j, k)": j 0 = co, 1 = nc; k indexes the duration).
        const QString paperDir = sharedDir() + QStringLiteral("/models/zero-shot/EERs_cosine_similarity");
        QMap<QString, double> paperKn, paperUkn;
        if (QFileInfo::exists(paperDir + QStringLiteral("/eer_kn_att.csv"))) {
            for (const auto &row : readStopaEerCsv(paperDir + QStringLiteral("/eer_kn_att.csv")))
                paperKn[row.first] = row.second;
            for (const auto &row : readStopaEerCsv(paperDir + QStringLiteral("/eer_ukn_att.csv")))
                paperUkn[row.first] = row.second;
        }
        const auto paper = [&](const QMap<QString, double> &m, const char *key) {
            return m.contains(QLatin1String(key)) ? QString::number(m[QLatin1String(key)], 'f', 2) : QStringLiteral("-");
        };

        std::printf("ATK-level pooled EER %% (mean +- sd over repetitions)\n");
        std::printf("%-12s %4s  %-15s %-15s  %-9s %-9s %-9s\n", "backend", "N", "known EER", "unknown EER",
                    "acc(kn)", "OOD AUROC", "FPR@95TPR");
        for (const QString &bname : backends) {
            for (int n : sizes) {
                const auto st = stats.value(bname).value(n);
                std::printf("%-12s %4d  %5.2f +- %5.2f  %5.2f +- %5.2f  %8.2f  %8.2f  %8.2f\n", qPrintable(bname), n,
                            st[0].mean(), st[0].sd(), st[1].mean(), st[1].sd(), st[2].mean(), st[3].mean(), st[4].mean());
            }
        }
        const auto c = control.value(QStringLiteral("cosine")).value(10);
        std::printf("%-12s %4d  %5.2f +- %5.2f  %5.2f +- %5.2f  %8.2f  %8.2f  %8.2f   <- control: random labels\n",
                    "cosine", 10, c[0].mean(), c[0].sd(), c[1].mean(), c[1].sd(), c[2].mean(), c[3].mean(), c[4].mean());
        std::printf("\npaper (cosine, STOPA full eval, eer_{kn,ukn}_att.csv), known / unknown EER %%:\n");
        std::printf("  co   1 utt (0, 0): %s / %s    nc   1 utt (1, 0): %s / %s\n", qPrintable(paper(paperKn, "(0, 0)")),
                    qPrintable(paper(paperUkn, "(0, 0)")), qPrintable(paper(paperKn, "(1, 0)")),
                    qPrintable(paper(paperUkn, "(1, 0)")));
        std::printf("  co  10 utt (0, 1): %s / %s    nc  10 utt (1, 1): %s / %s\n", qPrintable(paper(paperKn, "(0, 1)")),
                    qPrintable(paper(paperUkn, "(0, 1)")), qPrintable(paper(paperKn, "(1, 1)")),
                    qPrintable(paper(paperUkn, "(1, 1)")));
        std::printf("  co 100 utt (0, 2): %s / %s    nc all     (1, 5): %s / %s\n", qPrintable(paper(paperKn, "(0, 2)")),
                    qPrintable(paper(paperUkn, "(0, 2)")), qPrintable(paper(paperKn, "(1, 5)")),
                    qPrintable(paper(paperUkn, "(1, 5)")));

        if (!outDir.isEmpty()) {
            QDir().mkpath(outDir);
            for (const QString &bname : backends) {
                std::vector<std::pair<QString, double>> kn, ukn;
                for (int n : sizes) {
                    kn.push_back({QStringLiteral("N=%1").arg(n), stats.value(bname).value(n)[0].mean() / 100});
                    ukn.push_back({QStringLiteral("N=%1").arg(n), stats.value(bname).value(n)[1].mean() / 100});
                }
                writeStopaEerCsv(QDir(outDir).filePath(bname + QStringLiteral("_eer_kn_att.csv")), kn);
                writeStopaEerCsv(QDir(outDir).filePath(bname + QStringLiteral("_eer_ukn_att.csv")), ukn);
            }
            std::printf("\ntables written to %s\n", qPrintable(outDir));
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_zeroshot: %s\n", e.what());
        return 1;
    }
    return 0;
}
