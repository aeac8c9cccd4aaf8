#pragma once
// Linear logistic-regression fusion of K detectors' scores, as BOSARIS `train_linear_fuser` (Brümmer): the
// fused score is the calibrated log-LR
//     llr(s) = w . s + b
// with w, b minimising the prior-weighted cross-entropy at the training prior P (z = w . s + b + logit P):
//     C(w, b) = P/Nt * sum_tar softplus(-z) + (1-P)/Nn * sum_non softplus(z) + l2 * |w|^2
// (the offset b is not regularised). C without the ridge, divided by ln 2, is the Cllr at P = 0.5. The
// ridge keeps the weights finite on separable training data. Solved by Newton's method ((K+1)x(K+1) Hessian,
// Armijo step halving) from w = 0, b = 0: deterministic. Train on one protocol, apply to another.
#include "eval/Metrics.h"
#include "eval/Protocol.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

/// Scores of several detectors for the same trials: scores[k][i] is detector k's score of trial i.
struct FusionScores
{
    QStringList detectors;
    std::vector<std::vector<double>> scores;
    std::size_t trials() const { return scores.empty() ? 0 : scores.front().size(); }
};

/// A trained fusion, stored as JSON with format tag "sourcetrace-fusion/1".
class FusionModel
{
public:
    QStringList detectors;       ///< in the order of `weights`
    std::vector<double> weights; ///< one per detector
    double offset = 0.0;         ///< b
    double prior = 0.5;          ///< training target prior P
    double l2 = 1e-4;            ///< ridge on the weights
    QString trainingProtocol;    ///< file name of the training protocol (information only)
    QString trainingSha256;      ///< SHA-256 of the training inputs (see fusionInputsSha256)
    int targets = 0, nontargets = 0;
    double objective = 0.0;      ///< final C(w, b), ridge included, natural log units
    double trainingCllr = 0.0;   ///< Cllr (bits) of the fused training scores
    int iterations = 0;
    bool converged = false;

    double apply(const std::vector<double> &perDetector) const;
    /// Fused scores of each trial. The detectors of `in` must be exactly the model's (any order, matched by
    /// name); otherwise st::Error names the missing or extra ones.
    std::vector<double> apply(const FusionScores &in) const;

    QJsonObject toJson() const;
    /// Strict: every key present with the right type, no other key; errors name `path` and the key.
    static FusionModel fromJson(const QJsonObject &o, const QString &path = {});
    /// Written to a temporary file and renamed; an existing file is refused unless `overwrite`.
    void save(const QString &path, bool overwrite = false) const;
    static FusionModel load(const QString &path);
};

struct FusionTraining
{
    FusionModel model;
    std::vector<double> objectiveHistory; ///< C after each iteration (index 0: at the start, w = 0, b = 0)
    std::vector<double> finalGradient;    ///< dC/dw_1..K, dC/db at the solution
};

/// Trains on labelled trials (scores[k][i], isTarget[i]). Throws st::Error for fewer than 2 trials of each
/// class, a NaN or infinite score, detectors of unequal length or duplicate names, P outside (0, 1), l2 < 0.
FusionTraining trainFusion(const FusionScores &scores, const std::vector<bool> &isTarget, double prior = 0.5,
                           double l2 = 1e-4);

/// The training objective C(w, b) (natural log units), as above.
double fusionObjective(const FusionScores &scores, const std::vector<bool> &isTarget, double prior, double l2,
                       const std::vector<double> &weights, double offset);

/// Reads `name=path` score files (ScoreFile format) for the protocol's clips, in clip order. A file that
/// scores a clip twice throws st::Error(file, ..., line); a clip without a score names the file and clip; a
/// detector named twice or a NaN/inf score is refused.
FusionScores joinScoreFiles(const QStringList &names, const QStringList &paths, const std::vector<LabelledClip> &clips);

/// SHA-256 (hex) over the protocol file's bytes and then each score file's name and bytes, in order.
QString fusionInputsSha256(const QString &protocolPath, const QStringList &names, const QStringList &paths);

/// Detection metrics of one system (targets = bona fide), as `evaluate detection` reports them.
struct FusionSystemMetrics
{
    QString name;
    double eer = 0;     ///< reference EER (computeEer), fraction
    double minDcf = 0;  ///< normalised minDCF at the DcfParams given
    double cllr = 0;    ///< bits, the scores taken as natural-log LRs
    double minCllr = 0; ///< bits
    int targets = 0, nontargets = 0;
};

/// Each input system's metrics (in the model's detector order) and then the fused system's ("fused").
struct FusionEvaluation
{
    std::vector<FusionSystemMetrics> systems;
    std::vector<double> fused; ///< the fused llr of each trial
    QJsonObject toJson() const;
    /// A header line and one line per system: system, eer, min_dcf, cllr, min_cllr, targets, nontargets.
    QString toTsv() const;
};

/// Applies `model` to `scores` (matched by name) and computes every system's metrics on the labelled trials.
/// Throws st::Error without trials of both classes, or (from apply) when the detectors differ from the model's.
FusionEvaluation evaluateFusion(const FusionModel &model, const FusionScores &scores, const std::vector<bool> &isTarget,
                                const DcfParams &dcf = {});

/// The fused score of one clip from its component detectors' scores, by name (the GUI's "Fused" detector):
/// `componentScores` must name exactly the model's detectors (st::Error names the missing or extra ones).
double fuseDetections(const FusionModel &model, const QMap<QString, double> &componentScores);

} // namespace st
