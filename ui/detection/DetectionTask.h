#pragma once
// Running a detector on the open clip, as a background job: load the model (verifying its weights;
// kept in a ModelCache for the next run), read the clip's mix-down at the model's rate, compute the
// whole-clip detection score through the manifest's input policy (ModelRunner::run) and the score
// timeline over sliding windows (ModelRunner::timeline, window and hop from the manifest), one
// window at a time so that the job reports progress and can be cancelled between windows. The result
// is exactly what ModelRunner gives for the same clip: the score is logit[bonafideClass], and for
// the published AASIST models higher = more bona fide.
// When the model's folder holds a validity.json with a detection calibration (core/library/ValidatedConditions.h),
// the task also measures the clip's conditions (duration, bandwidth, codec, kNN cosine of its embedding to the
// model's feature bank) and judges them against the validated ones: the panel then shows the calibrated likelihood
// ratio, or withholds it with the reasons.
#include "detection/ScoreTimelineLayer.h"
#include "jobs/Job.h"
#include "library/ValidatedConditions.h"
#include "models/EmbeddingModel.h"
#include "models/ModelRunner.h"

#include <QMap>
#include <QString>
#include <memory>
#include <mutex>

namespace st {

class AudioFile;

/// Loaded models by manifest (path and every field), shared by the jobs of a window. A model runs one
/// forward at a time: the jobs hold runLock() while they use it.
class ModelCache
{
public:
    /// Loads on first use (ModelRegistry::load: weights verified). Thread-safe.
    EmbeddingModelPtr get(const ModelManifest &m, const RunOptions &opt = {});
    std::mutex &runLock() { return m_run; }
    int size() const;

private:
    mutable std::mutex m_mutex;
    std::mutex m_run;
    QMap<QString, EmbeddingModelPtr> m_models;
};

struct DetectionResult
{
    ModelManifest manifest;
    QString device;             ///< "cpu" or "cuda:0"
    QString clipPath;
    int clipRate = 0;           ///< frames per second of the document
    int modelRate = 0;          ///< samples per second the model saw
    int64_t modelSamples = 0;   ///< clip length at the model's rate
    ClipResult clip;            ///< the whole-clip result (manifest's input policy)
    int window = 0, hop = 0;    ///< timeline window and hop, in model samples
    std::vector<TimelineWindow> timeline; ///< in model samples
    double loadSeconds = 0, runSeconds = 0;

    /// The model's validated conditions (validity.json beside its manifest; `present` false when it has none or
    /// when it could not be read, see validityError).
    ValidatedConditions validity;
    /// Why the validated conditions could not be checked (a broken validity.json or feature bank); the LR is then
    /// withheld with this as its reason.
    QString validityError;
    ClipConditions conditions;  ///< measured when the model has a calibration
    ValidityVerdict verdict;    ///< assess(validity, conditions)

    /// The model states a detection calibration (or tried to: a broken validity.json): an LR line is due, given or
    /// withheld.
    bool hasCalibration() const { return (validity.present && validity.calibrated) || !validityError.isEmpty(); }
    /// The LR may be given: calibrated, the clip inside the validated conditions and the score finite.
    bool lrGiven() const;
    /// Natural log of the calibrated LR (NaN when !lrGiven()).
    double llr() const;
    /// Why the LR is withheld: the verdict's reasons, or the validity error (empty when it is given or not due).
    QStringList withheldReasons() const;

    /// The timeline in frames of the document (for ScoreTimelineLayer).
    std::vector<ScoreWindow> windowsInFrames() const;
};

class DetectionTask
{
public:
    /// The timeline window and hop the manifest implies (its inputLength / hop; 64600 / 32000 when
    /// it has none, e.g. a whole-clip model).
    static std::pair<int, int> timelineWindowAndHop(const ModelManifest &m);

    /// Runs everything on the calling thread; `ctx` (may be null) gets progress and cancellation.
    /// Throws st::Error (a refused model, an unreadable clip) or JobCancelled.
    static DetectionResult run(const ModelManifest &m, const std::shared_ptr<const AudioFile> &file,
                               ModelCache &cache, JobContext *ctx = nullptr, int threads = 0);

    /// The same as a Job; the result lands in `*out` once it has succeeded.
    static JobPtr makeJob(const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                          std::shared_ptr<ModelCache> cache, std::shared_ptr<DetectionResult> out, int threads = 0);
};

} // namespace st
