#pragma once
// Tracing one clip to the sources of a fingerprint library: the clip's embedding from the library's own model,
// one scoring back-end per level (TraceBackend) with the open-set decision from the thresholds stored in the
// library, and per level the calibrated LR of the best candidate (the library's `library calibrate` fits), given
// or withheld by the model's validated conditions (ConditionsJudge). The GUI's Trace job, `sourcetrace-cli
// trace`, `sourcetrace-cli case analyse` and the report use it.
#include "analysis/ConditionsJudge.h"
#include "library/FingerprintLibrary.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"
#include "models/ModelManifest.h"

#include <QJsonObject>
#include <map>
#include <memory>
#include <vector>

namespace st {

class AudioFile;
class JobContext;
class ModelCache;

/// One level's LR for its best candidate: H1 the clip comes from it, H2 from another enrolled source of the level.
struct LevelLr
{
    bool due = false;    ///< the library holds a calibration for this level and back-end
    bool given = false;
    QString source;      ///< the best candidate
    double llr = 0;      ///< natural log, when given
    QString verbal;
    QStringList withheldReasons;
    StoredLrCalibration calibration;

    double log10Lr() const;
    QJsonObject toJson() const;
    static LevelLr fromJson(const QJsonObject &o);
};

/// A library's back-end with its thresholds and LR calibrations, read once on the library's thread; scoring is
/// then thread-safe (no database access).
class TraceScorer
{
public:
    /// Throws st::Error (an unknown back-end, a trained back-end without a valid stored fit).
    TraceScorer(const FingerprintLibrary &lib, const QString &backend, const BackendParams &params = {});

    const TraceBackend &backend() const { return *m_backend; }
    QString backendName() const { return m_backend->name(); }
    const std::map<SourceLevel, StoredLrCalibration> &lrCalibrations() const { return m_lr; }
    const std::map<SourceLevel, double> &thresholds() const { return m_thresholds; }

    /// Ranked candidates and open-set decisions per level. A non-finite embedding value or score is an error for
    /// the clip (st::Error naming `clipPath`), never an answer.
    std::vector<LevelDecision> decide(const std::vector<float> &embedding, const QString &clipPath) const;
    /// The LR of a level's best candidate under the library's calibration, withheld outside the validated
    /// conditions (`verdict`). Throws st::Error naming `clipPath` for a non-finite log LR.
    LevelLr lr(const LevelDecision &d, const ValidityVerdict &verdict, const QString &clipPath) const;

private:
    std::unique_ptr<TraceBackend> m_backend;
    std::map<SourceLevel, double> m_thresholds;
    std::map<SourceLevel, StoredLrCalibration> m_lr;
};

struct TraceResult
{
    QString libraryPath;
    QString librarySha256;       ///< of the library file when the trace ran (provenance)
    bool defaultLibrary = false; ///< the default library (beside the default model), used when none is open
    ModelBinding model;
    QString backend;
    QString clipPath;
    std::vector<float> embedding;
    std::vector<LevelDecision> decisions; ///< in level order, each ranked best first
    std::vector<LevelLr> lrs;             ///< per decision (same order); `due` false where no calibration
    /// The library's LR calibrations for this back-end, by level (`library calibrate`); levels without one are absent.
    std::map<SourceLevel, StoredLrCalibration> lrCalibrations;
    /// The clip against the model's validated conditions: inside when the model has no validity.json. A
    /// validity.json or feature bank that cannot be read makes it outside, with that as the reason.
    ValidityVerdict verdict;
    bool validityChecked = false; ///< the model has a validity.json (read or not)
    ClipConditions conditions;    ///< measured when validityChecked

    /// Decisions, every candidate with its score, thresholds, LRs, conditions; not the embedding.
    QJsonObject toJson() const;
    /// Throws st::Error naming the missing or mistyped member.
    static TraceResult fromJson(const QJsonObject &o);
};

/// The default library: library.db beside the default model's manifest (empty when there is none).
QString defaultLibraryPath();

/// The registered, usable model the library is bound to (same name and weights hash). Throws st::Error naming
/// the binding when there is none.
ModelManifest modelForLibrary(const ModelBinding &binding);

/// Scores an embedding against the library (no model involved).
TraceResult traceEmbedding(const FingerprintLibrary &lib, const std::vector<float> &embedding, const QString &backend);

/// Everything on the calling thread: opens the library read-only, checks it is bound to `m`, embeds the clip
/// (`clip`: the mix-down at the model's rate; empty = decode `file`), scores, judges the conditions and gives the
/// LRs. Throws st::Error or JobCancelled.
TraceResult runTrace(const QString &libraryPath, const ModelManifest &m, const AudioFile &file, ModelCache &cache,
                     const QString &backend, JobContext *ctx = nullptr, std::vector<float> clip = {});

/// The clip's embedding through the model's input policy (refuses digital silence and clips under 0.1 s).
std::vector<float> embedClip(const ModelManifest &m, const QString &path, const std::vector<float> &clip, ModelCache &cache);

} // namespace st
