#pragma once
// One evaluation run, as `sourcetrace-cli evaluate` and the GUI's EvaluationPanel start it: read the inputs
// (protocol, score file, embeddings, STOPA trial list), compute every metric of this module, and write the
// result folder. Inputs are scores or embeddings, never audio, so a run over thousands of clips takes seconds.
//
// Three modes:
//   - Detection: bona fide vs spoof from a protocol and a score file (higher = more bona fide): pooled,
//     per-attack and per-codec reference EER (+ ROCCH), minDCF, Cllr/minCllr.
//   - Trace (source tracing, open set): embeddings + protocol (or attack = file name up to the first '_').
//     Each KNOWN attack's clips are split at random (seeded) into enrolment and test; UNKNOWN attacks are
//     test only. At each level (ATK, AcousticModel, VocoderModel = protocol columns attack, acoustic_model,
//     waveform_generator) a back-end is enrolled with the enrolment clips grouped by that level's label
//     (a fingerprint per source), every test clip is scored against every source, and a trial is a target when
//     the labels agree. Known/unknown pooled EERs follow STOPA (eval/PooledEer.h). Closed-set attribution
//     (argmax over the attack fingerprints) covers the known attacks' test clips; open-set detection of
//     unknown attacks uses each clip's best attack score (known clips = in-distribution).
//     With calibrate = true every attack's test clips are split again into dev and eval: a LinearCalibration
//     per level is trained on the dev trials (known subset) and every metric is reported on eval only.
//     Bona fide clips take no part in tracing.
//   - Trials: a STOPA trial list with a score column: the pooled known/unknown table and per-level metrics.
//
// The driver is plain C++ over QtCore; progress and cancellation are callbacks so that the CLI and the GUI
// can wrap it in a st::Job. Errors are st::Error naming the file (and line) concerned.
#include "eval/ClassificationReport.h"
#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "eval/PooledEer.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace st {

enum class EvaluationMode
{
    Detection,
    Trace,
    Trials,
};

/// How fingerprints are formed in trace mode.
enum class FingerprintGrouping
{
    PerLevel,  ///< one fingerprint per source at each level (an acoustic model's clips from several attacks pool)
    PerAttack, ///< STOPA: one fingerprint per known attack; a trial is a target at a level when the clip and the
               ///< fingerprint's attack share that component (all three levels score the same trials)
};

struct EvaluationOptions
{
    EvaluationMode mode = EvaluationMode::Detection;
    QString protocol;   ///< clip protocol (eval/Protocol.h); trace: optional with attackFromFilename
    QString scores;     ///< detection: score file (eval/ScoreFile.h) or `detect --json` output (JSON Lines)
    QString embeddings; ///< trace: an `embed` npy folder (embeddings.npy + keys.txt) or an embedding CSV
    QString trials;     ///< trials: STOPA trial list with a score column
    QString outDir;     ///< empty = write nothing

    bool attackFromFilename = false; ///< trace without protocol: attack = embedding name up to the first '_'
    double enrolFraction = 0.5;      ///< share of each known attack's clips used for enrolment
    QStringList unknownAttacks;      ///< attacks held out (never enrolled)
    QString backend = QStringLiteral("cosine"); ///< cosine | mahalanobis | knn
    int knnK = 7;
    double shrinkage = 0.1;
    std::uint64_t seed = 1;
    FingerprintGrouping grouping = FingerprintGrouping::PerLevel;
    UnknownTrials unknownRule = UnknownTrials::AttackTargets;
    bool calibrate = false;    ///< trace: train score->LLR calibration on a dev split
    double devFraction = 0.5;  ///< share of each attack's test clips that goes to dev when calibrating
    bool writeTrialScores = true; ///< trace: trial_scores.csv (one line per clip x source x level)
    DcfParams dcf;
    int histogramBins = 50;
};

/// Thrown by runEvaluation when the cancel callback returned true.
struct EvaluationCancelled
{
};

struct EvaluationCallbacks
{
    std::function<void(double fraction, const QString &stage)> progress; ///< may be empty
    std::function<bool()> cancelled;                                     ///< may be empty
};

/// Target and non-target scores of one condition, kept for the plots (DET, histograms, Tippett).
struct ScoreSet
{
    QString name; ///< e.g. "ATK known", "pooled"
    std::vector<double> targets, nontargets;
    bool areLlrs = false; ///< calibrated natural-log LRs (Tippett plots are meaningful)
};

/// Every score-level metric of one target/non-target split (known or unknown subset of a level, or detection).
struct SplitMetrics
{
    QString level;  ///< "ATK", "AcousticModel", "VocoderModel", or "pooled"
    QString subset; ///< "known", "unknown", "all"
    std::size_t targets = 0, nontargets = 0;
    double eer = 0;      ///< reference EER, fraction (NaN when undefined)
    double rocchEer = 0; ///< fraction
    DcfResult minDcf;
    double cllr = 0;    ///< bits, scores taken as LLRs (after calibration when calibrated)
    double minCllr = 0; ///< bits
};

struct EvaluationResult
{
    EvaluationMode mode = EvaluationMode::Detection;
    QString backend;               ///< trace
    QStringList knownAttacks, unknownAttacks;
    std::size_t enrolClips = 0, testClips = 0, devClips = 0;

    std::vector<SplitMetrics> metrics; ///< detection: pooled; trace/trials: known and unknown per level
    DetectionReport detection;         ///< detection mode
    PooledEerTable pooled;             ///< trace and trials modes

    bool hasClassification = false;
    ClassificationReport classification; ///< closed-set over the known attacks (trace)
    bool hasOod = false;
    OodResult ood; ///< unknown-attack detection from the best attack score (trace)
    /// Trace with logits.npy in the embedding folder and unknown attacks: the class head's OOD scores "msp",
    /// "energy", "nsd" (as core/library/OodScores; NSD's k = knnK), known test clips = in-distribution.
    std::vector<std::pair<QString, OodResult>> oodScores;
    bool hasCalibration = false;
    std::vector<std::pair<QString, CalibrationReport>> calibration; ///< per level (trace, calibrate)

    std::vector<ScoreSet> scoreSets; ///< for plots, the main condition first
    QJsonObject json;                ///< what metrics.json holds
    QStringList writtenFiles;        ///< absolute paths, in the order written
};

/// Runs one evaluation; writes options.outDir when set. Throws st::Error (inputs, options) or
/// EvaluationCancelled.
EvaluationResult runEvaluation(const EvaluationOptions &options, const EvaluationCallbacks &callbacks = {});

/// A detection score file: ScoreFile's formats, or the JSON Lines of `sourcetrace-cli detect --json`
/// (objects with "file" and "score"). Returns file -> score. Throws st::Error(path, cause, line).
QHash<QString, double> readDetectionScores(const QString &path);

/// Histogram of target and non-target scores on shared bins: `bins` equal-width bins from the lowest to the
/// highest finite score of both lists; bin i holds lo + i w <= s < lo + (i + 1) w, the last bin also its upper
/// edge. Infinite scores are not counted. All scores equal: one bin [s - 0.5, s + 0.5].
struct ScoreHistogram
{
    std::vector<double> edges; ///< bins + 1
    std::vector<std::size_t> targetCounts, nontargetCounts;
    std::size_t targetTotal = 0, nontargetTotal = 0; ///< finite scores counted
    /// count / (total * width): each class integrates to 1, so unequal class sizes compare.
    double targetDensity(std::size_t bin) const;
    double nontargetDensity(std::size_t bin) const;
};
ScoreHistogram computeScoreHistogram(const std::vector<double> &targets, const std::vector<double> &nontargets,
                                     int bins = 50);

/// A Tippett curve of one class: the proportion of its LLRs >= x, as a step function. `log10Lr` holds the
/// distinct finite values ascending (natural-log LLRs / ln 10); `proportion[i]` = share of the class's LLRs
/// (all of them, infinite included) >= that value.
struct TippettCurve
{
    std::vector<double> log10Lr;
    std::vector<double> proportion;
};
TippettCurve computeTippett(const std::vector<double> &llrs);

/// CSV writers of the plot data (UTF-8, header line, numbers with 17 significant digits where they matter).
/// Each throws st::Error naming the file when it cannot be written.
void writeDetCsv(const QString &path, const std::vector<ScoreSet> &sets);
void writeHistogramCsv(const QString &path, const QString &name, const ScoreHistogram &h);
void writeTippettCsv(const QString &path, const std::vector<ScoreSet> &sets);
void writeConfusionCsv(const QString &path, const ClassificationReport &r);
/// The CSV text of the same (what the writers write), for the charts' exports and the tests.
QString detCsv(const std::vector<ScoreSet> &sets);
QString histogramCsv(const QString &name, const ScoreHistogram &h);
QString tippettCsv(const std::vector<ScoreSet> &sets);
QString confusionCsv(const ClassificationReport &r);

QString evaluationModeName(EvaluationMode m);

} // namespace st
