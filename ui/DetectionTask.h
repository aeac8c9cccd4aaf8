#pragma once
// Running a detector on the open clip, as a background job: load the model (verifying its weights;
// kept in a ModelCache for the next run), read the clip's mix-down at the model's rate, compute the
// whole-clip detection score through the manifest's input policy (ModelRunner::run) and the score
// timeline over sliding windows (ModelRunner::timeline, window and hop from the manifest), one
// window at a time so that the job reports progress and can be cancelled between windows. The result
// is exactly what ModelRunner gives for the same clip: the score is logit[bonafideClass], and for
// the published AASIST models higher = more bona fide.
#include "ScoreTimelineLayer.h"
#include "jobs/Job.h"
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
