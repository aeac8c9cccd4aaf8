#pragma once
// Training as a job of the job layer: progress by epoch and batch with an estimated time, cancel = checkpoint and
// stop (resumable with Trainer::resume), the epoch records delivered as they come (for live curves and logs).
#include "jobs/Job.h"
#include "train/Trainer.h"

#include <functional>
#include <memory>

namespace st::train {

/// The work function of a training job over `trainer` (kept alive by the job). `onEpoch` runs on the worker thread:
/// post to the GUI thread from it. The job's result is a QVariantMap {runDir, modelDir, manifest, bestEpoch,
/// bestValue, cancelled, stoppedEarly}; a cancelled run ends the job Cancelled after its checkpoint is written.
Job::Work trainingWork(std::shared_ptr<Trainer> trainer, std::function<void(const EpochRecord &)> onEpoch = {});

/// "3 min 20 s", "1 h 05 min"
QString formatEta(double seconds);

} // namespace st::train
