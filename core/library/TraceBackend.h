#pragma once
// Source tracing over a library: one scoring back-end per level (eval's ScoringBackend: cosine to the
// fingerprint, Mahalanobis distance, k-th nearest neighbour, and later trained ones such as an MLP or a Siamese
// network), fitted on the library's enrolment embeddings, and a ranked list of candidate sources per level.
//
// Back-ends are made by name through a factory with a parameter map, so a trained back-end is added by
// registering a maker (registerBackend) without touching the callers:
//   "cosine"       zero-shot cosine to the fingerprints (FingerprintMatrixScoring); "center" (0): 1 = subtract the
//                  mean of all enrolment embeddings first
//   "mahalanobis"  negative Mahalanobis distance, shared covariance (eval/MahalanobisScoring, NegativeDistance); "shrinkage" (0.1)
//   "knn"          k-th nearest cosine among a source's enrolments (eval's KnnScoring); "k" (7), clipped to the
//                  source's count
//   "mlp", "siamese-ce", "siamese-cl", "siamese-zs"  trained back-ends (library/TrainedBackends.h): fit() trains
//                  them (epochs, lr, seed, hidden, batch, pairs, margin, weights=PTH); storeFit() keeps the result in
//                  the library and forLibrary() loads it back for tracing
// Every score is "higher = more likely that source".
#include "eval/ScoringBackend.h"
#include "library/SourceLevel.h"
#include "library/TrainedBackends.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace st {

class FingerprintLibrary;

struct Candidate
{
    QString source;
    double score = 0;
};

/// The candidates of one level, best first (ties: by name).
struct LevelCandidates
{
    SourceLevel level = SourceLevel::Attack;
    std::vector<Candidate> ranked;
};

using BackendParams = QVariantMap;
/// Makes an unfitted per-level back-end from parameters; throws st::Error for a bad parameter.
using LevelBackendMaker = std::function<std::unique_ptr<ScoringBackend>(const BackendParams &)>;

class TraceBackend
{
public:
    TraceBackend(const QString &name, LevelBackendMaker maker, const BackendParams &params = {});
    virtual ~TraceBackend();

    QString name() const { return m_name; }
    const BackendParams &params() const { return m_params; }

    /// True for a back-end whose fit trains a network (TrainedScoringBackend): mlp, siamese-*.
    bool trained() const;
    /// Called after every training epoch of a trained back-end (from the thread that fits); may throw to stop.
    using TrainingMonitor = std::function<void(SourceLevel, const TrainingEpoch &)>;
    void setTrainingMonitor(TrainingMonitor m) { m_monitor = std::move(m); }

    /// Fits one back-end per level that has sources (all levels when `levels` is empty).
    virtual void fit(const FingerprintLibrary &library, const std::vector<SourceLevel> &levels = {});
    virtual void fit(const std::map<SourceLevel, EnrolmentSet> &sets);
    /// Ranked candidates for every fitted level, in level order. Thread-safe after fit().
    virtual std::vector<LevelCandidates> score(const Embedding &embedding) const;
    /// Raw scores of one level in the order of sources(level) (for trial lists).
    std::vector<double> levelScores(SourceLevel level, const Embedding &embedding) const;
    QStringList sources(SourceLevel level) const;
    std::vector<SourceLevel> levels() const;

    /// Stores the fitted trained back-end in `library` (FingerprintLibrary::setBackendFits: one transaction that
    /// replaces this back-end's stored fits), with its parameters, per-epoch losses and the digest of the
    /// enrolments it was fitted on. Throws st::Error for an unfitted or untrained back-end.
    void storeFit(FingerprintLibrary &library) const;
    /// The back-end to trace with `library`: an untrained one (cosine, mahalanobis, knn) is made and fitted here;
    /// a trained one is loaded from the fit stored with the library (`library fit-backend`), which must match the
    /// library's current enrolments (siamese-zs, zero-shot, applies to any sources); without a stored fit,
    /// siamese-cl/zs with weights=PTH use the published weights as they are. Otherwise throws st::Error saying
    /// to run `sourcetrace-cli library fit-backend` (again). `params` of a trained back-end are ignored when a
    /// stored fit is used (its own are).
    static std::unique_ptr<TraceBackend> forLibrary(const FingerprintLibrary &library, const QString &name,
                                                    const BackendParams &params = {});

    /// The factory: throws st::Error naming the known back-ends for an unknown name.
    static std::unique_ptr<TraceBackend> create(const QString &name, const BackendParams &params = {});
    static void registerBackend(const QString &name, const QString &summary, LevelBackendMaker maker);
    /// "name: summary" of every registered back-end, sorted.
    static QStringList available();

private:
    const ScoringBackend &fitted(SourceLevel level) const;
    QString m_name;
    LevelBackendMaker m_maker;
    BackendParams m_params;
    std::map<SourceLevel, std::unique_ptr<ScoringBackend>> m_levels;
    std::map<SourceLevel, QString> m_digests; ///< enrolmentDigest of each fitted level's set
    TrainingMonitor m_monitor;
};

/// Sorts scores of `sources` into candidates, best first.
std::vector<Candidate> rankCandidates(const QStringList &sources, const std::vector<double> &scores);

} // namespace st
