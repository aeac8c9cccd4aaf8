#pragma once
// Tracing the open clip to the sources of a library, as a background job: the clip's embedding from
// the library's own model (the registry's manifest with the library's name and weights hash; loaded
// through the ModelCache), then one scoring back-end per level (TraceBackend: cosine, mahalanobis,
// knn) fitted on the library's enrolment embeddings, the ranked candidates per level and the
// open-set decision with the thresholds stored in the library (decideOpenSet: best score at or
// below the threshold = "unknown"). The job opens its own connection to the library.
// When the model has a validity.json (core/library/ValidatedConditions.h), the clip's conditions are measured and
// judged as `sourcetrace-cli trace` does: outside them, the panel withholds the LRs (ranking and decisions stay).
#include "library/FingerprintLibrary.h"
#include "library/OpenSet.h"
#include "library/ValidatedConditions.h"
#include "jobs/Job.h"
#include "models/ModelManifest.h"

#include <QList>
#include <map>
#include <memory>
#include <vector>

namespace st {

class AudioFile;
class ModelCache;
struct CatalogEntry;

struct TraceResult
{
    QString libraryPath;
    bool defaultLibrary = false; ///< the default library (beside the default model), used when none is open
    ModelBinding model;
    QString backend;
    QString clipPath;
    std::vector<float> embedding;
    std::vector<LevelDecision> decisions; ///< in level order, each ranked best first
    /// The library's LR calibrations for this back-end, by level (`library calibrate`); levels without one are absent.
    std::map<SourceLevel, StoredLrCalibration> lrCalibrations;
    /// The clip against the model's validated conditions: inside when the model has no validity.json. A
    /// validity.json or feature bank that cannot be read makes it outside, with that as the reason.
    ValidityVerdict verdict;
    bool validityChecked = false; ///< the model has a validity.json (read or not)
    ClipConditions conditions;    ///< measured when validityChecked
};

class TraceTask
{
public:
    /// The usable catalog model the library is bound to (same name and weights hash). Throws st::Error
    /// naming the binding when there is none.
    static ModelManifest modelFor(const ModelBinding &binding, const QList<CatalogEntry> &entries);
    /// The clip's embedding through the model's input policy. Throws st::Error.
    static std::vector<float> embedClip(const ModelManifest &m, const AudioFile &file, ModelCache &cache);
    /// Measures the clip (at the model's rate, `clip`) and judges it against the model's validity.json, as
    /// `sourcetrace-cli trace` does; leaves `r` unchecked when the model has none.
    static void judgeConditions(TraceResult &r, const ModelManifest &m, const AudioFile &file, const std::vector<float> &clip);
    /// Scores an embedding against the library (no model involved).
    static TraceResult score(const FingerprintLibrary &lib, const std::vector<float> &embedding, const QString &backend);
    /// Everything on the calling thread.
    static TraceResult run(const QString &libraryPath, const ModelManifest &m, const AudioFile &file, ModelCache &cache,
                           const QString &backend, JobContext *ctx = nullptr);
    /// As a job; the result lands in `*out` once it has succeeded.
    static JobPtr makeJob(const QString &libraryPath, const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                          std::shared_ptr<ModelCache> cache, const QString &backend, std::shared_ptr<TraceResult> out);
};

} // namespace st
