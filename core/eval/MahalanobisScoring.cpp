#include "eval/MahalanobisScoring.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <Eigen/Dense>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::MahalanobisScoring)
};
} // namespace

using MatD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

void MahalanobisScoring::enrol(const EnrolmentSet &set)
{
    const int d = set.checkedDimension();
    if (m_shrinkage < 0 || m_shrinkage > 1)
        throw Error(Text::tr("mahalanobis scoring: shrinkage must be in [0, 1], not %1").arg(m_shrinkage));
    m_sources = set.bySource.keys();
    m_dim = d;
    MatD means(m_sources.size(), d);
    MatD scatter = MatD::Zero(d, d);
    std::size_t n = 0;
    for (int c = 0; c < m_sources.size(); ++c) {
        const auto &embs = set.bySource[m_sources[c]];
        Eigen::VectorXd mu = Eigen::VectorXd::Zero(d);
        for (const Embedding &e : embs)
            mu += Eigen::Map<const Eigen::VectorXf>(e.data(), d).cast<double>();
        mu /= double(embs.size());
        means.row(c) = mu.transpose();
        for (const Embedding &e : embs) {
            const Eigen::VectorXd r = Eigen::Map<const Eigen::VectorXf>(e.data(), d).cast<double>() - mu;
            scatter.noalias() += r * r.transpose();
        }
        n += embs.size();
    }
    scatter /= double(n);
    const double tr = scatter.trace();
    MatD reg;
    if (tr <= 0) {
        reg = MatD::Identity(d, d);
    } else {
        reg = (1.0 - m_shrinkage) * scatter;
        reg.diagonal().array() += m_shrinkage * tr / d;
    }
    Eigen::LLT<MatD> llt(reg);
    if (llt.info() != Eigen::Success)
        throw Error(Text::tr("mahalanobis scoring: the within-source covariance is singular; use a shrinkage > 0"));
    // reg = L L^T  =>  reg^-1 = L^-T L^-1, W = L^-1.
    const MatD w = llt.matrixL().solve(MatD::Identity(d, d));
    m_whiten.assign(w.data(), w.data() + w.size());
    const MatD wm = means * w.transpose();
    m_whiteMeans.assign(wm.data(), wm.data() + wm.size());
}

std::vector<double> MahalanobisScoring::scores(const Embedding &e) const
{
    checkQuery(e);
    const Eigen::Map<const MatD> w(m_whiten.data(), m_dim, m_dim);
    const Eigen::Map<const MatD> wm(m_whiteMeans.data(), m_sources.size(), m_dim);
    const Eigen::VectorXd wx = w * Eigen::Map<const Eigen::VectorXf>(e.data(), m_dim).cast<double>();
    std::vector<double> out(std::size_t(m_sources.size()));
    for (int c = 0; c < m_sources.size(); ++c) {
        const double d2 = (wm.row(c).transpose() - wx).squaredNorm();
        out[std::size_t(c)] = m_output == Output::LogLikelihood ? -0.5 * d2 : -std::sqrt(d2);
    }
    return out;
}

} // namespace st
