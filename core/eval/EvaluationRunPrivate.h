#pragma once
// Internals shared by the Evaluation*.cpp files (not part of the module's API). The run is split by
// responsibility:
//   EvaluationRun.cpp        the entry point (runEvaluation) and the metrics of one target/non-target split
//   EvaluationInputs.cpp     the readers of a run's inputs: embeddings (npy folder or CSV, logits), detection scores
//   EvaluationDetection.cpp  detection mode (bona fide vs spoof)
//   EvaluationTrials.cpp     trials mode (a STOPA trial list with scores)
//   EvaluationTrace.cpp      trace mode: clips, the seeded split, enrolment and scoring per level, level metrics
//   EvaluationOpenSet.cpp    trace mode: closed-set attribution, open-set detection, the class head's OOD scores
//   EvaluationOutput.cpp     the output folder (metrics.json, CSV tables, stale outputs) and number formatting
//   EvaluationPlots.cpp      the plot data (histograms, Tippett curves, DET/histogram/Tippett/confusion CSV)
#include "eval/EvaluationRun.h"
#include "eval/ScoringBackend.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <vector>

namespace st::evalrun {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline const char *const kLevelNames[3] = {"ATK", "AcousticModel", "VocoderModel"};

// --- formatting and output (EvaluationOutput.cpp) ---
/// A finite number, or JSON null.
QJsonValue num(double v);
/// A CSV number: empty for NaN, "inf"/"-inf", else %g with `precision` significant digits.
QString csvNum(double v, int precision = 10);
/// A CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &s);
/// Writes `data` through QSaveFile (never half-written); throws st::Error naming the file.
void writeText(const QString &path, const QByteArray &data);
/// The absolute paths of the run's inputs, for metrics.json.
QJsonObject inputsJson(const EvaluationOptions &o);
/// Writes dir/name and records it in r.writtenFiles.
void writeOut(EvaluationResult &r, const QString &dir, const QString &name, const QByteArray &data);
/// Creates the output folder or checks that it holds only an earlier run's outputs (see the .cpp).
void makeOutDir(const QString &dir);
/// The outputs every mode writes (metrics table, DET, histograms, Tippett, confusion), then metrics.json last.
void writeCommonOutputs(EvaluationResult &r, const EvaluationOptions &o);

// --- progress ---
struct Reporter
{
    const EvaluationCallbacks &cb;
    void operator()(double f, const QString &stage) const
    {
        if (cb.progress)
            cb.progress(std::clamp(f, 0.0, 1.0), stage);
    }
    /// Throws EvaluationCancelled when the cancel callback says so.
    void check() const
    {
        if (cb.cancelled && cb.cancelled())
            throw EvaluationCancelled{};
    }
};

// --- split metrics (EvaluationRun.cpp) ---
/// Every metric of one target/non-target split; NaN throughout when either side is empty.
SplitMetrics splitMetrics(const QString &level, const QString &subset, const std::vector<double> &tar,
                          const std::vector<double> &non, const DcfParams &dcf);
QJsonObject splitJson(const SplitMetrics &m, const DcfParams &dcf);

/// The known and unknown target/non-target scores of one level of a trial list, by the rule of PooledEer.h.
struct SubsetScores
{
    std::vector<double> kt, kn, ut, un;
};
SubsetScores subsetScores(const TrialList &trials, const QSet<QString> &known, UnknownTrials rule, int level);

// --- inputs (EvaluationInputs.cpp) ---
struct Embeddings
{
    QStringList names;
    std::vector<Embedding> rows;
    std::vector<std::vector<float>> logits; ///< per row, from logits.npy beside embeddings.npy; empty = none
    QString namesFile;                      ///< where the names come from (keys.txt or the CSV)
    std::vector<int> nameLines;             ///< keys.txt: the line of each name; empty for a CSV
};
/// An `embed` npy folder (embeddings.npy + keys.txt [+ logits.npy]) or an embedding CSV. Throws st::Error naming
/// the file (and line).
Embeddings readEmbeddings(const QString &path);

// --- trace mode (EvaluationTrace.cpp, EvaluationOpenSet.cpp) ---
struct TraceItem
{
    QString file;
    QString label[3]; ///< attack, acoustic model, vocoder
    int row = -1;     ///< embedding row
    enum Role { Enrol, Test, Dev } role = Test;
};

/// Closed-set attribution over the known attacks and open-set detection of unknown attacks from each test clip's
/// best attack score (`atkScores[i]`: item i against `atkSources`; empty when not scored): fills r.classification
/// and r.ood and their entries of `json` ("closed_set", "open_set").
void addAttribution(EvaluationResult &r, QJsonObject &json, const std::vector<TraceItem> &items,
                    const QSet<QString> &known, const std::vector<std::vector<double>> &atkScores,
                    const QStringList &atkSources);
/// The class head's OOD scores (MSP, energy, NSD of eval/OodScores.h, NSD with k = o.knnK and the enrolment
/// clips pooled as reference) when the embeddings came with logits and some attacks are held out: fills
/// r.oodScores and json "ood_scores".
void addOodScores(EvaluationResult &r, QJsonObject &json, const EvaluationOptions &o, const Embeddings &emb,
                  const std::vector<TraceItem> &items, const QSet<QString> &known);

// --- the modes ---
EvaluationResult runDetection(const EvaluationOptions &o, const Reporter &progress);
EvaluationResult runTrials(const EvaluationOptions &o, const Reporter &progress);
EvaluationResult runTrace(const EvaluationOptions &o, const Reporter &progress);

} // namespace st::evalrun
