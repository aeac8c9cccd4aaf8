#pragma once
// Pooled EER tables of STOPA's open-set protocol, and bona fide vs spoof detection tables.
//
// Source tracing (STOPA, compute_eer_pooled.py): every trial pairs a clip with a fingerprint; at each level
// (ATK = attack, AcousticModel, VocoderModel) the trial is a target when the clip and the fingerprint share
// that component. With K = the attacks that have a fingerprint ("known" attacks):
//   - known:   trials whose clip's attack is in K;
//   - unknown: trials whose clip's attack is NOT in K, plus the target trials (so the EER is defined).
// STOPA's pooled script takes "the target trials" at the attack level (IsTargetATK) for all three levels
// (UnknownTrials::AttackTargets, the default); the zero-shot paper's script takes them at each level
// (UnknownTrials::LevelTargets). EERs are the reference EER (see Metrics.h).
#include "eval/Metrics.h"
#include "eval/Protocol.h"

#include <QSet>
#include <QString>
#include <utility>
#include <vector>

namespace st {

enum class UnknownTrials
{
    AttackTargets, ///< unknown = not-known attacks OR IsTargetATK (STOPA compute_eer_pooled.py)
    LevelTargets,  ///< unknown = not-known attacks OR the level's own IsTarget flag (zero-shot EER scripts)
};

struct PooledEerRow
{
    QString level;          ///< "ATK", "AcousticModel", "VocoderModel"
    double eer = 0;         ///< fraction
    double threshold = 0;
    double rocchEer = 0;    ///< fraction
    std::size_t targets = 0, nontargets = 0;
};

struct PooledEerTable
{
    std::vector<PooledEerRow> known;
    std::vector<PooledEerRow> unknown;
    QStringList knownAttacks; ///< sorted
};

/// Needs trials.hasScores(). `knownAttacks` empty = the attacks of the fingerprints in the list.
/// A level whose subset lacks targets or non-targets gets eer = NaN (and a count of 0 on that side).
/// Computed through PooledTrials (below).
PooledEerTable computePooledEer(const TrialList &trials, const QSet<QString> &knownAttacks = {},
                                UnknownTrials rule = UnknownTrials::AttackTargets);

/// The trials of a pooled table held compactly, for lab scale (10^6 clips x 100 fingerprints = 10^8 trials):
/// per trial only its score (as the 64-bit sort key of the double, exact) and four flags (the clip's attack
/// is known; target at ATK, AcousticModel, VocoderModel), 9 bytes; no names. compute() sorts them once, in place,
/// and walks the six subsets (known / unknown x three levels) together in one pass (DetWalk, Metrics.h), which
/// gives exactly what one sorted pair of lists per subset gives: 10^8 trials take 0.9 GB.
class PooledTrials
{
public:
    void reserve(std::size_t trials);
    /// Throws st::Error for a NaN score (naming the trial, 0-based in the order added).
    void add(double score, bool knownAttack, bool targetAtk, bool targetAm, bool targetVm);
    std::size_t size() const { return m_trials.size(); }
    /// The table of the trials added so far; `knownAttacks` is stored in it sorted. Sorts the trials in place
    /// (later add() calls may follow; the next compute() sorts again).
    PooledEerTable compute(const QStringList &knownAttacks, UnknownTrials rule = UnknownTrials::AttackTargets);

#pragma pack(push, 1)
    struct Trial
    {
        unsigned long long key; ///< the score's bits, ordered as the doubles (-0.0 as +0.0)
        unsigned char flags;
    };
#pragma pack(pop)

private:
    std::vector<Trial> m_trials;
};

/// STOPA's EER CSV (pandas DataFrame.to_csv of one "EER" column): the line ",EER" then "label,value" with the
/// EER in percent rounded to 2 decimals and printed as Python prints a float (39.15, 37.1, 0.0, 100.0);
/// labels containing a comma or quote are quoted ("(0, 0)"). `rows` hold EERs as fractions.
void writeStopaEerCsv(const QString &path, const std::vector<std::pair<QString, double>> &rows);
/// Rows of a table written as above, EERs in PERCENT as stored. Throws st::Error(path, cause, line).
std::vector<std::pair<QString, double>> readStopaEerCsv(const QString &path);
/// The known/unknown pooled table as STOPA's two files (pooled_eer_kn.csv, pooled_eer_ukn.csv) in `dir`.
void writeStopaPooledEer(const QString &dir, const PooledEerTable &table);
/// round(100 * fraction, 2) printed as Python's repr of a float.
QString formatEerPercent(double fraction);

/// Bona fide vs spoof detection (score: higher = more bona fide; bona fide clips are the targets).
struct DetectionRow
{
    QString condition;     ///< "pooled", an attack id, or a codec name
    EerResult eer;
    double rocchEer = 0;
    std::size_t bonafide = 0, spoof = 0;
    bool bonafidePooled = false; ///< per-codec row without bona fide clips of that codec: all bona fide used
};
struct DetectionReport
{
    DetectionRow pooled;
    std::vector<DetectionRow> perAttack; ///< all bona fide vs the spoofs of one attack, sorted by attack
    std::vector<DetectionRow> perCodec;  ///< bona fide and spoofs of one codec ("" = "none"), sorted
};
/// `scores[i]` belongs to `clips[i]`. Throws st::Error when the sizes differ or a class is missing.
DetectionReport evaluateDetection(const std::vector<LabelledClip> &clips, const std::vector<double> &scores);

} // namespace st
