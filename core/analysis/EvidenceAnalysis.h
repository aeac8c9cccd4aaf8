#pragma once
// The analysis of one evidence item, the one pipeline the GUI, the CLI (`case analyse`) and the report share:
//   1. the SHA-256 of the file, compared with the hash recorded at intake (a mismatch stops the analysis);
//   2. decoding (mix-down, the model's rate) and the quality measures with the case's thresholds;
//   3. detection with its score timeline and calibrated LR (or why it is withheld);
//   4. tracing per level with open-set decisions and LRs against a fingerprint library;
//   5. optionally, Integrated Gradients of the detection score over the waveform.
// The result carries its settings and full provenance and round-trips through JSON, so a stored analysis is shown
// again without the model and re-running it with its stored settings reproduces its figures.
#include "analysis/DetectionAnalysis.h"
#include "analysis/Provenance.h"
#include "analysis/TraceAnalysis.h"

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace st {

class JobContext;
class ModelCache;

struct AnalysisSettings
{
    QString model;                ///< registry name or manifest path; empty = the default model
    bool detection = true;
    bool tracing = true;
    QString library;              ///< fingerprint library; empty = the default library (when tracing)
    QString backend = QStringLiteral("cosine");
    bool explanation = false;     ///< Integrated Gradients of the detection score
    int igSteps = 32;
    QString igTarget = QStringLiteral("bonafide"); ///< AttributionTarget::parse
    int threads = 0;              ///< 0 = the library default
    /// The quality thresholds (quality/Quality.h QualityThresholds::toJson); empty = the defaults.
    QJsonObject qualityThresholds;

    QJsonObject toJson() const;
    /// Strict: unknown members, wrong types or out-of-range values are st::Error naming the member.
    static AnalysisSettings fromJson(const QJsonObject &o);
};

/// Integrated Gradients of the detection score, as run (settings, completeness) and the attribution itself.
struct ExplanationResult
{
    QString target, targetDescription, positiveMeaning, negativeMeaning;
    QString baseline;
    int steps = 0;
    QString rule;
    int windowLength = 0, windowHop = 0;
    QString stitching;
    double fInput = 0, fBaseline = 0, attributionSum = 0;
    double completenessError = 0;      ///< relative
    double smoothCompletenessError = 0;
    int jumps = 0;
    double jumpShare = 0;
    double seconds = 0;
    QStringList warnings;
    int sampleRate = 0;                ///< of the attribution (the model's rate)
    std::vector<float> attribution;    ///< one per sample of the clip at the model's rate

    QJsonObject toJson() const;
    static ExplanationResult fromJson(const QJsonObject &o);
};

struct AnalysisResult
{
    AnalysisSettings settings;
    Provenance provenance;
    /// quality/Quality.h: {"measures": ..., "verdict": ..., "thresholds": ...}; empty when not measured.
    QJsonObject quality;
    std::optional<DetectionResult> detection;
    std::optional<TraceResult> tracing;
    std::optional<ExplanationResult> explanation;
    /// A step that failed without stopping the others (e.g. tracing with a library that cannot be opened).
    QStringList problems;

    QJsonObject toJson() const;
    /// Throws st::Error naming the missing or mistyped member.
    static AnalysisResult fromJson(const QJsonObject &o);
};

/// What differs between two analyses of the same evidence, as "detection.score: 0.1234 then 0.1235" lines (the
/// figures, settings, evidence and model hashes; not the time, user, host, device or thread count of the runs). Empty
/// when a re-run reproduced the stored analysis.
QStringList analysisDifferences(const AnalysisResult &stored, const AnalysisResult &rerun);

/// The manifest `settings.model` names (the default model when empty). Throws st::Error.
ModelManifest analysisModel(const AnalysisSettings &settings);

/// Analyses `path` (opened read-only). With `expectedSha256` the file's hash must equal it, else st::Error
/// "… has changed since intake" and nothing runs. Throws st::Error (unreadable evidence, a refused model) or
/// JobCancelled; a tracing failure is recorded in `problems`.
AnalysisResult analyseEvidence(const QString &path, const AnalysisSettings &settings, ModelCache &cache,
                               JobContext *ctx = nullptr, const QString &expectedSha256 = {});

} // namespace st
