#pragma once
// Mahalanobis distance to each source's mean with one covariance shared by all sources (the within-source
// scatter), shrinkage-regularised:
//   mu_c = mean of source c's enrolment embeddings;
//   S    = (1/N) sum_c sum_{x in c} (x - mu_c)(x - mu_c)^T          (N = all enrolment embeddings)
//   S_a  = (1 - a) S + a (tr(S)/d) I, a = shrinkage in [0, 1] (default 0.1); when tr(S) = 0 (one embedding per
//          source) S_a = I, i.e. Euclidean distance;
//   score(x, c) = -sqrt((x - mu_c)^T S_a^-1 (x - mu_c))   (negative distance: higher = closer).
// S_a^-1 = W^T W through a Cholesky factor, so scoring is the Euclidean distance between W x and W mu_c.
#include "eval/ScoringBackend.h"

#include <vector>

namespace st {

class MahalanobisDistanceScoring : public ScoringBackend
{
public:
    explicit MahalanobisDistanceScoring(double shrinkage = 0.1) : m_shrinkage(shrinkage) {}
    QString name() const override { return QStringLiteral("mahalanobis"); }
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;
    double shrinkage() const { return m_shrinkage; }

private:
    double m_shrinkage;
    std::vector<double> m_whiten;      ///< W, d x d row-major (S_a^-1 = W^T W)
    std::vector<double> m_whiteMeans;  ///< W mu_c, sources x d
};

} // namespace st
