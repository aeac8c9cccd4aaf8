#pragma once
// The Detect job of the window: core's detection of one clip (analysis/DetectionAnalysis.h: the whole-clip score,
// the score timeline one window at a time, the calibrated LR given or withheld by the model's validated
// conditions) run in the background with the window's ModelCache, and the timeline in frames of the document for
// the ScoreTimelineLayer.
#include "analysis/DetectionAnalysis.h"
#include "analysis/ModelCache.h"
#include "detection/ScoreTimelineLayer.h"
#include "jobs/Job.h"

#include <memory>

namespace st {

class AudioFile;

/// The timeline of `r` in frames of the document (its own sample rate), for ScoreTimelineLayer.
std::vector<ScoreWindow> windowsInFrames(const DetectionResult &r);

class DetectionTask
{
public:
    static std::pair<int, int> timelineWindowAndHop(const ModelManifest &m) { return st::timelineWindowAndHop(m); }

    /// Runs core's runDetection on the calling thread (the file's mix-down at the model's rate).
    static DetectionResult run(const ModelManifest &m, const std::shared_ptr<const AudioFile> &file, ModelCache &cache,
                               JobContext *ctx = nullptr, int threads = 0);

    /// The same as a Job; the result lands in `*out` once it has succeeded.
    static JobPtr makeJob(const ModelManifest &m, std::shared_ptr<const AudioFile> file, std::shared_ptr<ModelCache> cache,
                          std::shared_ptr<DetectionResult> out, int threads = 0);
};

} // namespace st
