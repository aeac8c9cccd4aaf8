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
// Every score is "higher = more likely that source".
#include "eval/ScoringBackend.h"
#include "library/SourceLevel.h"

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

    /// Fits one back-end per level that has sources (all levels when `levels` is empty).
    virtual void fit(const FingerprintLibrary &library, const std::vector<SourceLevel> &levels = {});
    virtual void fit(const std::map<SourceLevel, EnrolmentSet> &sets);
    /// Ranked candidates for every fitted level, in level order. Thread-safe after fit().
    virtual std::vector<LevelCandidates> score(const Embedding &embedding) const;
    /// Raw scores of one level in the order of sources(level) (for trial lists).
    std::vector<double> levelScores(SourceLevel level, const Embedding &embedding) const;
    QStringList sources(SourceLevel level) const;
    std::vector<SourceLevel> levels() const;

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
};

/// Sorts scores of `sources` into candidates, best first.
std::vector<Candidate> rankCandidates(const QStringList &sources, const std::vector<double> &scores);

} // namespace st
