#include "eval/MahalanobisScoring.h"

#include "util/Error.h"

#include <Eigen/Dense>

namespace st {

void MahalanobisScoring::enrol(const EnrolmentSet &set)
{
    const int d = set.checkedDimension();
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    std::vector<std::vector<double>> means;
    std::size_t total = 0;
    for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it) {
        Eigen::VectorXd mu = Eigen::VectorXd::Zero(d);
        for (const Embedding &e : it.value())
            mu += Eigen::Map<const Eigen::VectorXf>(e.data(), d).cast<double>();
        mu /= double(it.value().size());
        for (const Embedding &e : it.value()) {
            const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXf>(e.data(), d).cast<double>() - mu;
            scatter.selfadjointView<Eigen::Lower>().rankUpdate(x);
        }
        total += it.value().size();
        means.emplace_back(mu.data(), mu.data() + d);
    }
    Eigen::MatrixXd cov = scatter.selfadjointView<Eigen::Lower>();
    cov /= double(total);
    const double tr = cov.trace();
    const double lambda = tr > 0 ? m_shrinkage * tr / double(d) : (m_shrinkage > 0 ? m_shrinkage : 1.0);
    cov.diagonal().array() += lambda;
    Eigen::LDLT<Eigen::MatrixXd> ldlt(cov);
    if (ldlt.info() != Eigen::Success)
        throw Error(QStringLiteral("mahalanobis scoring: the within-class covariance cannot be inverted"));
    const Eigen::MatrixXd precision = ldlt.solve(Eigen::MatrixXd::Identity(d, d));
    m_precision.assign(std::size_t(d) * std::size_t(d), 0.0);
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(m_precision.data(), d, d) =
        precision;
    m_means = std::move(means);
    m_sources = set.bySource.keys();
    m_dim = d;
}

std::vector<double> MahalanobisScoring::scores(const Embedding &e) const
{
    checkQuery(e);
    const int d = m_dim;
    const Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> P(
        m_precision.data(), d, d);
    const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXf>(e.data(), d).cast<double>();
    std::vector<double> r(m_means.size());
    for (std::size_t c = 0; c < m_means.size(); ++c) {
        const Eigen::VectorXd diff = x - Eigen::Map<const Eigen::VectorXd>(m_means[c].data(), d);
        r[c] = -0.5 * diff.dot(P * diff);
    }
    return r;
}

} // namespace st
