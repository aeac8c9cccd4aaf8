// bench-links: st_library
// Memory and time of `trace --pooled-eer`'s scoring path at lab scale: N clips (default 10^6) against F attack
// fingerprints (default 100) of 160 dimensions, through the same core calls as the command: a library with F
// enrolled attack sources (each with its acoustic model and vocoder), the cosine back-end fitted on it, and
// tracePooledEer (every clip against every fingerprint, each trial kept as 9 bytes, then one sort and one walk).
// With --trial-list: the path before Dec 7 instead, traceTrials (the N x F trials as one TrialList, with names)
// and computePooledEer, for comparison; both print every row's EER and threshold in full, which must agree.
// Synthetic embeddings. Run under `/usr/bin/time -v` for the peak resident set size (docs/cluster.md).
// Usage: bench_pooled_scale [clips=1000000] [fingerprints=100] [dim=160] [--trial-list]
#include "eval/PooledEer.h"
#include "library/FingerprintLibrary.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace st;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool trialList = args.removeAll(QStringLiteral("--trial-list")) > 0;
    const long clips = args.size() > 0 ? args[0].toLong() : 1000000;
    const int fps = args.size() > 1 ? args[1].toInt() : 100;
    const int dim = args.size() > 2 ? args[2].toInt() : 160;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("lib.db"));
    FingerprintLibrary::create(db, ModelBinding{QStringLiteral("bench"), QStringLiteral("0"), dim});
    FingerprintLibrary lib(db);
    std::mt19937 rng(5);
    std::normal_distribution<float> n(0.f, 1.f);
    std::vector<std::vector<float>> centres(static_cast<size_t>(fps), std::vector<float>(static_cast<size_t>(dim)));
    std::vector<EnrolmentClip> enrol;
    for (int s = 0; s < fps; ++s) {
        for (float &v : centres[size_t(s)])
            v = n(rng);
        EnrolmentClip c;
        c.sha256 = QStringLiteral("%1").arg(s, 64, 10, QLatin1Char('0'));
        c.path = QStringLiteral("enrol_%1.flac").arg(s);
        c.embedding = centres[size_t(s)];
        const QString atk = QStringLiteral("A%1").arg(s, 3, 10, QLatin1Char('0'));
        c.labels[SourceLevel::Attack] = atk;
        c.attributes[SourceLevel::Attack] = {{QStringLiteral("acoustic_model"), QStringLiteral("am%1").arg(s % 10)},
                                             {QStringLiteral("vocoder"), QStringLiteral("voc%1").arg(s % 7)}};
        enrol.push_back(c);
    }
    lib.enrol(enrol);
    auto backend = TraceBackend::create(QStringLiteral("cosine"));
    backend->fit(lib, {SourceLevel::Attack});

    QElapsedTimer t;
    t.start();
    // The clips as the command holds them (LabelledEmbedding: labels + embedding); 1 in 5 of an unknown attack.
    std::vector<LabelledEmbedding> good;
    good.reserve(size_t(clips));
    std::uniform_int_distribution<int> pick(0, fps + fps / 4 - 1);
    for (long i = 0; i < clips; ++i) {
        const int a = pick(rng);
        LabelledEmbedding e;
        e.clip.file = QStringLiteral("clip_%1.flac").arg(i, 7, 10, QLatin1Char('0'));
        e.clip.attack = QStringLiteral("A%1").arg(a, 3, 10, QLatin1Char('0'));
        e.clip.acousticModel = QStringLiteral("am%1").arg(a % 10);
        e.clip.vocoder = QStringLiteral("voc%1").arg(a % 7);
        e.embedding.resize(size_t(dim));
        for (int d = 0; d < dim; ++d)
            e.embedding[size_t(d)] = (a < fps ? centres[size_t(a)][size_t(d)] : 0.f) + 2.f * n(rng);
        good.push_back(std::move(e));
    }
    const double tClips = t.restart() / 1000.0;
    QSet<QString> known;
    for (const QString &s : backend->sources(SourceLevel::Attack))
        known.insert(s);
    PooledEerTable table;
    std::size_t trialCount = 0;
    double tTrials = 0;
    if (trialList) {
        const TrialList trials = traceTrials(*backend, lib, good);
        tTrials = t.restart() / 1000.0;
        trialCount = trials.size();
        table = computePooledEer(trials, known);
    } else {
        table = tracePooledEer(*backend, lib, good, known, &trialCount);
    }
    const double tEer = t.restart() / 1000.0;
    std::printf("clips %ld, fingerprints %d, dim %d: %zu trials (%s); make clips %.1f s, %s %.1f s; "
                "known ATK EER %.2f %%, unknown ATK EER %.2f %%\n",
                clips, fps, dim, trialCount, trialList ? "trial list" : "streamed", tClips,
                trialList ? "traceTrials" : "scoring", trialList ? tTrials : tEer, 100 * table.known[0].eer,
                100 * table.unknown[0].eer);
    if (trialList)
        std::printf("computePooledEer %.1f s\n", tEer);
    for (const auto *rows : {&table.known, &table.unknown})
        for (const PooledEerRow &r : *rows)
            std::printf("%s %s: eer %.17g threshold %.17g rocch %.17g targets %zu nontargets %zu\n",
                        rows == &table.known ? "known" : "unknown", qPrintable(r.level), r.eer, r.threshold,
                        r.rocchEer, r.targets, r.nontargets);
    return 0;
}
