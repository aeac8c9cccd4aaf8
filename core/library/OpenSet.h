#pragma once
// Open-set decisions: a level's answer is "unknown source" when its best score is at or below the threshold
// stored with the library for that level and back-end; thresholds are chosen on a development protocol.
//
// Calibration trials (per level): every development clip with a label at that level is scored against every
// enrolled source of the level; the trial is a target when the clip's label is that source, a non-target
// otherwise (clips of sources the library does not hold give only non-targets). Rules:
//   "eer": the reference EER threshold of eval's computeEer (score <= threshold rejected);
//   "far": the lowest threshold t taken from the non-target scores such that the share of non-targets
//          scoring above t is at most the target false-alarm rate (t = the (floor(far * Nn)+1)-th highest
//          non-target score).
// The same trial construction against the attack-level sources, with the acoustic-model / vocoder targets
// taken from the sources' attributes ("acoustic_model", "vocoder"), gives STOPA-style trial lists for the
// pooled EER tables of eval (traceTrials).
#include "eval/PooledEer.h"
#include "eval/Protocol.h"
#include "library/FingerprintLibrary.h"
#include "library/TraceBackend.h"

#include <optional>
#include <vector>

namespace st {

struct LevelDecision
{
    SourceLevel level = SourceLevel::Attack;
    std::vector<Candidate> ranked;
    std::optional<double> threshold; ///< none stored: no open-set decision, the best candidate is the answer
    bool unknown = false;
    QString decision; ///< the best source, or "unknown"
};

/// One development clip: its labels and embedding.
struct LabelledEmbedding
{
    LabelledClip clip;
    Embedding embedding;
};

std::vector<LevelDecision> decideOpenSet(const std::vector<LevelCandidates> &candidates,
                                         const std::map<SourceLevel, double> &thresholds);
/// Thresholds from the library for `backend` (levels without one get no decision).
std::vector<LevelDecision> decideOpenSet(const std::vector<LevelCandidates> &candidates, const FingerprintLibrary &library,
                                         const QString &backend);

/// The "far" rule above. Throws st::Error on an empty list or a rate outside [0, 1).
double thresholdAtFar(const std::vector<double> &nontargets, double targetFar);

/// Calibrates every level the back-end was fitted on (that has both targets and non-targets among the clips).
/// rule is "eer" or "far". The results carry the protocol's name and SHA-256 and today's date; store them
/// with FingerprintLibrary::setThreshold.
std::vector<StoredThreshold> calibrateOpenSet(const TraceBackend &backend, const std::vector<LabelledEmbedding> &clips,
                                              const QString &rule, double targetFar, const QString &protocolName,
                                              const QString &protocolSha256);

/// Fits a score-to-log-LR calibration (eval/LinearCalibration at prior 0.5) for every level the back-end was
/// fitted on, from the same trials as calibrateOpenSet (each labelled clip against each source of the level;
/// target when the labels agree). Levels without both targets and non-targets are left out. The results carry the
/// protocol's name and SHA-256, the trial counts and today's date; store them with
/// FingerprintLibrary::setLrCalibration.
std::vector<StoredLrCalibration> calibrateLr(const TraceBackend &backend, const std::vector<LabelledEmbedding> &clips,
                                             const QString &protocolName, const QString &protocolSha256);

/// STOPA-style trials: each clip against each attack-level source of the (fitted) back-end, targets at ATK /
/// AcousticModel / VocoderModel from the clip's labels and the source's attributes. For computePooledEer.
TrialList traceTrials(const TraceBackend &backend, const FingerprintLibrary &library,
                      const std::vector<LabelledEmbedding> &clips);

/// computePooledEer(traceTrials(backend, library, clips), known) without the trial list: each clip is scored
/// against the attack-level sources and its trials kept as PooledTrials (9 bytes each, eval/PooledEer.h), so
/// that 10^6 clips x 100 fingerprints take 0.9 GB beside the clips instead of about 11 GB. Same table, bit for
/// bit. `trials` (optional) receives the number of trials. `known` empty = the back-end's attack-level sources.
PooledEerTable tracePooledEer(const TraceBackend &backend, const FingerprintLibrary &library,
                              const std::vector<LabelledEmbedding> &clips, const QSet<QString> &known = {},
                              std::size_t *trials = nullptr);

} // namespace st
