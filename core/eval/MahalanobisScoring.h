#pragma once
// Gaussian back-end with a shared within-class covariance (LDA-style): source means mu_c, pooled covariance
// S = (1/N) sum_c sum_i (x - mu_c)(x - mu_c)^T, regularised S + lambda I with lambda = shrinkage * trace(S)/d
// (or shrinkage when S = 0, e.g. one embedding per source). Score = -0.5 (x - mu_c)^T (S + lambda I)^-1 (x - mu_c),
// the class log-likelihood up to a constant shared by all sources.
#include "eval/ScoringBackend.h"

namespace st {

class MahalanobisScoring : public ScoringBackend
{
public:
    explicit MahalanobisScoring(double shrinkage = 0.1) : m_shrinkage(shrinkage) {}
    QString name() const override { return QStringLiteral("mahalanobis"); }
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;

private:
    double m_shrinkage;
    std::vector<std::vector<double>> m_means;
    std::vector<double> m_precision; ///< d x d, row-major
};

} // namespace st
