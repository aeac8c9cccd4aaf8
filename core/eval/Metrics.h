#pragma once
// Detection metrics over two score lists: target (positive) scores and non-target (negative) scores, higher
// score = more target-like. Every function throws st::Error when a list is empty or holds a NaN.
//
// EER: `computeEer` reproduces the ASVspoof 2019/2021 and STOPA reference (`compute_det_curve` +
// `compute_eer` of the official evaluation scripts) exactly, ties included:
//   - targets and non-targets are concatenated (targets first) and STABLY sorted by score, so among equal
//     scores the targets come first;
//   - at each of the n+1 cut positions i (0 = nothing rejected) the miss rate is (#targets in the first i) / Nt
//     and the false-alarm rate is (#non-targets after the first i) / Nn;
//   - the EER is the mean of both rates at the FIRST index where |Pmiss - Pfa| is smallest; its threshold is
//     the i-th sorted score (i >= 1; a score <= threshold is rejected), or the lowest score - 0.001 for i = 0.
// This is the EER the STOPA tables report. `rocchEer` is the ROC-convex-hull EER of the BOSARIS toolkit
// (PAV-based hull; ties pooled), which never depends on the order of tied scores; it goes into the JSON too.
#include <cstddef>
#include <vector>

namespace st {

class SortedScores;

/// The reference EER and where it was found.
struct EerResult
{
    double eer = 0;       ///< fraction in [0, 1] (multiply by 100 for %)
    double threshold = 0; ///< the reference's threshold at the EER index
    std::size_t index = 0; ///< cut position in the sorted list (0 .. Nt + Nn)
    double pmiss = 0;     ///< miss rate at that index
    double pfa = 0;       ///< false-alarm rate at that index
};

/// Costs of a detection cost function. The default is that of ASVspoof 5 / SASV-style minDCF with equal costs.
struct DcfParams
{
    double pTarget = 0.05;
    double cMiss = 1.0;
    double cFa = 1.0;
    /// min(pTarget*cMiss, (1-pTarget)*cFa): the cost of the best trivial system, which normalises DCF.
    double defaultCost() const;
    /// log((1-p)*cFa / (p*cMiss)): the Bayes decision threshold for calibrated LLRs.
    double bayesThreshold() const;
};

/// A normalised detection cost and its operating point.
struct DcfResult
{
    double dcf = 0;       ///< normalised: 1 = as good as always accepting or always rejecting
    double threshold = 0; ///< reference-style threshold (score <= threshold rejected), as EerResult
    double pmiss = 0;
    double pfa = 0;
};

/// EER and minDCF from one sort: the fast path for large score sets (10 million scores well under 1 s).
struct EerDcf
{
    EerResult eer;
    DcfResult minDcf;
};

/// The full DET curve of the reference: n+1 points, pmiss rising from 0 to 1, pfa falling from 1 to 0.
struct DetCurve
{
    std::vector<double> pmiss;
    std::vector<double> pfa;
    std::vector<double> thresholds;
};

/// A DET curve reduced to real operating points (one per distinct score) for plotting, with the probit axes.
struct DetPlot
{
    std::vector<double> pmiss, pfa;
    std::vector<double> probitPmiss, probitPfa; ///< probit(p), clipped at p in [1e-6, 1 - 1e-6]
};

EerResult computeEer(const std::vector<double> &targets, const std::vector<double> &nontargets);
EerDcf computeEerDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                     const DcfParams &params = {});
/// The same from lists sorted once (SortedScores), so that several metrics share one sort.
EerDcf computeEerDcf(const SortedScores &scores, const DcfParams &params = {});
DetCurve computeDetCurve(const std::vector<double> &targets, const std::vector<double> &nontargets);
/// Keeps the last point of each run of equal scores (the operating points a threshold can reach), then thins
/// to at most `maxPoints` points if needed (always keeping both ends).
DetPlot computeDetPlot(const std::vector<double> &targets, const std::vector<double> &nontargets,
                       std::size_t maxPoints = 2000);

/// Minimum normalised DCF over all cut positions of the reference DET curve.
DcfResult minDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                 const DcfParams &params = {});
/// Normalised DCF when accepting scores >= threshold (BOSARIS convention: Pmiss = share of targets < t,
/// Pfa = share of non-targets >= t).
DcfResult actualDcf(const std::vector<double> &targets, const std::vector<double> &nontargets,
                    double threshold, const DcfParams &params = {});
/// actualDcf at the Bayes threshold of `params`: for scores that are calibrated LLRs.
DcfResult actualDcfLlr(const std::vector<double> &targetLlrs, const std::vector<double> &nontargetLlrs,
                       const DcfParams &params = {});

/// The ROC convex hull (BOSARIS `rocch`): PAV on the labels sorted by score; the vertices in order of
/// rising threshold, pmiss rising, pfa falling, from (pmiss 0, pfa 1) to (pmiss 1, pfa 0).
struct Rocch
{
    std::vector<double> pmiss;
    std::vector<double> pfa;
};
Rocch computeRocch(const std::vector<double> &targets, const std::vector<double> &nontargets);
/// EER of the convex hull: where the hull crosses pmiss = pfa (linear interpolation on the crossing segment).
/// Equal to BOSARIS `rocch2eer` (which takes the largest line-diagonal intersection over all hull segments).
double rocchEer(const std::vector<double> &targets, const std::vector<double> &nontargets);
double rocchEer(const SortedScores &scores);

/// The walk along the reference DET curve behind computeEerDcf, rocchEer and minCllr, fed with the scores in
/// runs: each distinct score once, in ascending order, with how many targets and non-targets have it (either may
/// be 0; -0.0 and +0.0 are one score). The results are those of the functions above on the two lists the runs
/// came from, bit for bit (they are computed by this class). For callers that sort many subsets at once (the
/// pooled tables of eval/PooledEer.h sort all trials once and walk six subsets together) instead of holding one
/// pair of lists per subset.
class DetWalk
{
public:
    enum Parts
    {
        EerAndDcf = 1,
        Hull = 2, ///< the PAV blocks behind rocch, rocchEer and minCllr
        All = 3,
    };
    /// `targets` and `nontargets`: the totals the runs will add up to (both > 0). Throws st::Error for a count of
    /// 0 or DCF parameters out of range.
    DetWalk(std::size_t targets, std::size_t nontargets, const DcfParams &params = {}, int parts = All);
    /// The next run; its score must be above every earlier one (not checked, for speed) and not NaN.
    void add(double score, std::size_t targets, std::size_t nontargets);
    /// These throw st::Error when the runs did not add up to the totals, or the part was not asked for.
    EerDcf eerDcf() const;
    Rocch rocch() const;
    double rocchEer() const;
    double minCllr() const;

private:
    void finished(int part) const;
    struct Block
    {
        std::size_t t = 0, n = 0;
    };
    void push(bool isTarget);
    std::size_t m_nt, m_nn, m_k = 0, m_j = 0, m_i = 0;
    DcfParams m_params;
    int m_parts;
    double m_ntD, m_nnD, m_wMiss, m_wFa;
    double m_bestDiff, m_bestDcf;
    EerDcf m_r;
    std::vector<Block> m_blocks;
};

/// Cllr in bits (BOSARIS `cllr`): 1/(2 ln 2) * (mean softplus(-tar) + mean softplus(non)); LLRs may be +-inf.
double cllr(const std::vector<double> &targetLlrs, const std::vector<double> &nontargetLlrs);
/// minCllr in bits: Cllr after the optimal monotone (PAV) calibration of the scores, at the empirical prior
/// Nt/(Nt+Nn), as BOSARIS `min_cllr`. Bins of only targets (or only non-targets) get LLR +inf (-inf) and add
/// exactly 0, which is what BOSARIS gets with its infinite LLRs.
double minCllr(const std::vector<double> &targets, const std::vector<double> &nontargets);
double minCllr(const SortedScores &scores);

/// Out-of-distribution detection: positives are IN-distribution clips (a known source), negatives are OOD.
/// With higherIsPositive = true a higher score means more in-distribution; false flips all scores first.
struct OodResult
{
    double auroc = 0;       ///< P(score_pos > score_neg) + 0.5 P(equal)
    double fprAt95Tpr = 0;  ///< share of OOD scores >= t, where t is the highest threshold with TPR >= 0.95
    double thresholdAt95Tpr = 0; ///< that t (on the flipped scale when higherIsPositive = false)
    double eer = 0;         ///< reference EER with positives as targets
};
OodResult computeOod(const std::vector<double> &inDistribution, const std::vector<double> &outOfDistribution,
                     bool higherIsPositive = true);
/// Area under the ROC curve, ties counted one half (Mann-Whitney U / (Np Nn)).
double auroc(const std::vector<double> &positives, const std::vector<double> &negatives);

/// The standard normal quantile (probit), Acklam's rational approximation refined by one Halley step
/// (relative error near 1e-15). Returns -inf/+inf at 0/1 and NaN outside [0, 1].
double probit(double p);

/// Pool-adjacent-violators on a 0/1 (or any real) sequence: the nondecreasing least-squares fit, returned as
/// block values and block widths (in input order; equal neighbouring blocks are merged).
struct PavBlocks
{
    std::vector<double> value;
    std::vector<std::size_t> width;
};
PavBlocks pav(const std::vector<double> &y);

/// log(1 + exp(x)) without overflow; softplus(+inf) = inf, softplus(-inf) = 0.
double softplus(double x);

} // namespace st
