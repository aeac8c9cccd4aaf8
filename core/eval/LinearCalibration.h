#pragma once
// Score-to-LLR calibration by prior-weighted logistic regression, as BOSARIS `train_llr_fusion` /
// `train_binary_classifier` for a single score: it minimises the prior-weighted cross-entropy
//     C(a, b) = p/Nt * sum_tar softplus(-(a s + b + logit p)) + (1-p)/Nn * sum_non softplus(a s + b + logit p)
// at the training prior p = pTarget, by Newton's method (2x2 Hessian, step halving). The calibrated LLR is
//     llr(s) = a s + b          (i.e. the posterior log-odds at prior p, minus logit p).
// C(a, b)/ln 2 at p = 0.5 is the Cllr of the calibrated dev scores. Perfectly separable training data has
// no finite optimum: there (only) a tiny ridge 1e-6 (a^2 + b^2) on the standardised scores keeps the weights
// finite; check `separable`.
#include <QString>
#include <vector>

namespace st {

class LinearCalibration
{
public:
    double a = 1.0;       ///< scale
    double b = 0.0;       ///< offset (LLR = a s + b)
    double pTarget = 0.5; ///< prior the objective was weighted at
    int iterations = 0;   ///< Newton iterations used
    bool converged = false;
    bool separable = false; ///< the dev targets and non-targets did not overlap

    /// Trains on dev scores; throws st::Error on empty lists, NaN scores or pTarget outside (0, 1).
    static LinearCalibration train(const std::vector<double> &targets, const std::vector<double> &nontargets,
                                   double pTarget = 0.5);
    double apply(double score) const { return a * score + b; }
    std::vector<double> apply(const std::vector<double> &scores) const;
};

/// Dev-trained calibration applied to eval scores, with Cllr (bits) before and after.
struct CalibrationReport
{
    LinearCalibration calibration;
    double devCllrRaw = 0, devCllrCalibrated = 0;
    double evalCllrRaw = 0, evalCllrCalibrated = 0, evalMinCllr = 0;
};
CalibrationReport calibrateAndEvaluate(const std::vector<double> &devTargets,
                                       const std::vector<double> &devNontargets,
                                       const std::vector<double> &evalTargets,
                                       const std::vector<double> &evalNontargets, double pTarget = 0.5);

/// The verbal equivalent of a likelihood ratio on the ENFSI scale (ENFSI Guideline for Evaluative Reporting
/// in Forensic Science, 2015, section 2.4 / table of verbal equivalents):
///   1 < LR < 10 weak, 10 <= LR < 100 moderate, 100 <= LR < 1000 moderately strong, 1000 <= LR < 10^4 strong,
///   10^4 <= LR < 10^6 very strong, LR >= 10^6 extremely strong support for the proposition (H1 over H2);
/// LR < 1 maps symmetrically (1/LR) to "... support for the alternative proposition"; LR = 1 gives
/// "no support for either proposition". Lower bounds belong to the higher category.
QString verbalEquivalent(double likelihoodRatio);
/// Same from a natural-log LR (what LinearCalibration produces).
QString verbalEquivalentForLlr(double llr);

} // namespace st
