#pragma once
// Detection of one clip: the whole-clip score through the manifest's input policy, the score timeline over
// sliding windows (one window at a time, so that a job reports progress and can be cancelled between windows),
// and the calibrated likelihood ratio, given or withheld by the model's validated conditions (ConditionsJudge).
// The GUI's Detect job, `sourcetrace-cli case analyse` and the report all use this; `sourcetrace-cli detect`
// streams long files through ModelRunner and judges the LR with the same ConditionsJudge / detectionLr.
#include "analysis/ConditionsJudge.h"
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"
#include "models/ModelRunner.h"

#include <QJsonObject>
#include <QString>
#include <utility>
#include <vector>

namespace st {

class AudioFile;
class JobContext;
class ModelCache;

struct DetectionResult
{
    ModelManifest manifest;
    QString scoreConvention;    ///< the manifest's, in words (kept for a result read back from JSON)
    QString device;             ///< "cpu" or "cuda:0"
    QString clipPath;
    int clipRate = 0;           ///< the file's own sample rate
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
    bool conditionsChecked = false; ///< the model has a validity.json (read or not): conditions/verdict hold
    ClipConditions conditions;  ///< measured when the model has a validity.json
    ValidityVerdict verdict;    ///< the clip against the validated conditions
    DetectionLr lr;             ///< the calibrated LR, given or withheld (detectionLr)

    /// The model states a detection calibration (or tried to: a broken validity.json): an LR line is due, given or
    /// withheld.
    bool hasCalibration() const { return lr.due; }
    /// The LR may be given: calibrated, the clip inside the validated conditions and the score finite.
    bool lrGiven() const { return lr.given; }
    /// Natural log of the calibrated LR (NaN when !lrGiven()).
    double llr() const;
    /// Why the LR is withheld (empty when it is given or not due).
    QStringList withheldReasons() const { return lr.withheldReasons; }

    /// Everything a report or a case needs to show the result again without the model: score, convention,
    /// logits, warnings, timeline (model samples), conditions, verdict, LR. Non-finite numbers are null.
    QJsonObject toJson() const;
    /// Reads toJson()'s output back (the manifest only by name, weights hash and score convention). Throws
    /// st::Error naming the missing or mistyped member.
    static DetectionResult fromJson(const QJsonObject &o);
};

/// The timeline window and hop the manifest implies (its inputLength / hop; 64600 / 32000 when it has none, e.g.
/// a whole-clip model).
std::pair<int, int> timelineWindowAndHop(const ModelManifest &m);

/// Runs detection of `file`'s mix-down on the calling thread; `ctx` (may be null) gets progress and
/// cancellation. Throws st::Error (a refused model, an unreadable clip, a model that is no detector) or
/// JobCancelled.
DetectionResult runDetection(const ModelManifest &m, const AudioFile &file, ModelCache &cache, JobContext *ctx = nullptr,
                             int threads = 0);

/// The same on a clip already decoded at the model's rate (`clip`); `file` supplies the path, rate and codec.
DetectionResult runDetection(const ModelManifest &m, const AudioFile &file, const std::vector<float> &clip,
                             ModelCache &cache, JobContext *ctx = nullptr, int threads = 0);

} // namespace st
