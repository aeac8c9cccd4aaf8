#pragma once
// The "fused" detector: a fusion model (eval/ScoreFusion.h, sourcetrace-fusion/1) whose input systems are
// detectors of the model registry, run on one clip. Each detector name of the fusion names a registry model:
// exactly, or as "<registry name>#<anything>" (so one model may enter a fusion twice, e.g. with two score
// conventions of training runs). Each distinct model runs once (runDetection, as the Detection panel runs it);
// the fused score is the fusion's llr = w . s + b of the components' whole-clip scores.
#include "analysis/DetectionAnalysis.h"
#include "eval/ScoreFusion.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace st {

class ModelRegistry;

struct FusedDetectionResult
{
    FusionModel fusion;
    QString fusionPath;                 ///< the fusion model file (provenance)
    QString fusionSha256;               ///< SHA-256 of that file's bytes
    QStringList componentModels;        ///< the registry model of each fusion detector, in fusion.detectors order
    std::vector<DetectionResult> components; ///< one per fusion detector (a model used twice appears twice)
    double score = 0;                   ///< the fused llr (natural log; > 0 favours bona fide)

    /// {"fusion": file, sha256, detectors, weights, offset, training protocol; "components": [{detector, model,
    /// weightsSha256, score}], "score"}.
    QJsonObject provenance() const;
};

/// The registry model name of fusion detector `detector` ("name" or "name#suffix").
QString fusionDetectorModel(const QString &detector);

/// The manifest of each fusion detector, in order. Throws st::Error naming `fusionPath` and every detector
/// that names no registry model (with the registry's names), or a model that is not a detector.
std::vector<ModelManifest> fusionComponents(const FusionModel &fusion, const ModelRegistry &registry,
                                            const QString &fusionPath = {});
/// The same against a list of models (e.g. the GUI catalog's usable ones), matched by manifest name.
std::vector<ModelManifest> fusionComponents(const FusionModel &fusion, const std::vector<ModelManifest> &models,
                                            const QString &fusionPath = {});

/// Runs every component on `file` and fuses the whole-clip scores. Throws st::Error (a component's failure
/// named by its detector) or JobCancelled.
FusedDetectionResult runFusedDetection(const FusionModel &fusion, const std::vector<ModelManifest> &components,
                                       const AudioFile &file, ModelCache &cache, JobContext *ctx = nullptr, int threads = 0);

} // namespace st
