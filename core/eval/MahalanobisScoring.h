#pragma once
// Gaussian back-end with one covariance shared by all sources (the within-source scatter, LDA-style),
// shrinkage-regularised; the one Mahalanobis back-end of both `evaluate` and the library's `trace`:
//   mu_c = mean of source c's enrolment embeddings;
//   S    = (1/N) sum_c sum_{x in c} (x - mu_c)(x - mu_c)^T          (N = all enrolment embeddings)
//   S_a  = (1 - a) S + a (tr(S)/d) I, a = shrinkage in [0, 1] (default 0.1); when tr(S) = 0 (one embedding per
//          source) S_a = I, i.e. Euclidean distance;
//   d^2(x, c) = (x - mu_c)^T S_a^-1 (x - mu_c).
// Score: -d^2 / 2 (LogLikelihood: the class log-likelihood up to a constant shared by all sources; what
// `evaluate` reports) or -d (NegativeDistance: what the library's open-set thresholds are set on). Both
// are decreasing in d, so rankings and EERs agree.
// S_a^-1 = W^T W through a Cholesky factor, so scoring is the Euclidean distance between W x and W mu_c.
#include "eval/ScoringBackend.h"

#include <vector>

namespace st {

class MahalanobisScoring : public ScoringBackend
{
public:
    enum class Output
    {
        LogLikelihood,   ///< -d^2 / 2
        NegativeDistance ///< -d
    };
    explicit MahalanobisScoring(double shrinkage = 0.1, Output output = Output::LogLikelihood)
        : m_shrinkage(shrinkage), m_output(output)
    {
    }
    QString name() const override { return QStringLiteral("mahalanobis"); }
    /// Throws st::Error for a shrinkage outside [0, 1] or a singular covariance (shrinkage 0).
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;
    double shrinkage() const { return m_shrinkage; }
    Output output() const { return m_output; }

private:
    double m_shrinkage;
    Output m_output;
    std::vector<double> m_whiten;     ///< W, d x d row-major (S_a^-1 = W^T W)
    std::vector<double> m_whiteMeans; ///< W mu_c, sources x d
};

} // namespace st
