#include "library/Pca.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Pca)
};
} // namespace

Pca Pca::fit(const std::vector<std::vector<float>> &rows, int components)
{
    if (rows.empty())
        throw Error(Text::tr("PCA needs at least one embedding"));
    const std::size_t d = rows.front().size();
    if (d == 0)
        throw Error(Text::tr("PCA of empty embeddings (dimension 0)"));
    if (components < 1 || std::size_t(components) > d)
        throw Error(Text::tr("PCA: %1 components asked of %2-d embeddings").arg(components).arg(d));
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(Eigen::Index(d));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].size() != d)
            throw Error(Text::tr("PCA: embedding %1 has %2 values, the first has %3").arg(r).arg(rows[r].size()).arg(d));
        for (std::size_t j = 0; j < d; ++j)
            mean[Eigen::Index(j)] += rows[r][j];
    }
    mean /= double(rows.size());
    Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(Eigen::Index(d), Eigen::Index(d));
    Eigen::VectorXd c = Eigen::VectorXd::Zero(Eigen::Index(d));
    for (const auto &row : rows) {
        for (std::size_t j = 0; j < d; ++j)
            c[Eigen::Index(j)] = row[j] - mean[Eigen::Index(j)];
        cov.selfadjointView<Eigen::Lower>().rankUpdate(c);
    }
    cov = cov.selfadjointView<Eigen::Lower>();
    cov /= double(rows.size());

    Pca p;
    p.m_mean.assign(mean.data(), mean.data() + d);
    p.m_totalVariance = std::max(0.0, cov.trace());
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    // Eigen sorts eigenvalues ascending: the last columns are the principal axes.
    for (int k = 0; k < components; ++k) {
        const Eigen::Index col = Eigen::Index(d) - 1 - k;
        double var = std::max(0.0, eig.eigenvalues()[col]);
        Eigen::VectorXd axis = eig.eigenvectors().col(col);
        if (p.m_totalVariance <= 0) { // degenerate: no spread at all
            var = 0;
            axis = Eigen::VectorXd::Unit(Eigen::Index(d), k);
        }
        Eigen::Index big = 0;
        axis.cwiseAbs().maxCoeff(&big);
        if (axis[big] < 0)
            axis = -axis;
        p.m_axes.emplace_back(axis.data(), axis.data() + d);
        p.m_variance.push_back(var);
    }
    return p;
}

double Pca::explainedRatio(int k) const
{
    return m_totalVariance > 0 ? m_variance[std::size_t(k)] / m_totalVariance : 0.0;
}

std::vector<double> Pca::project(const std::vector<float> &x) const
{
    if (x.size() != m_mean.size())
        throw Error(Text::tr("PCA: a %1-d embedding projected on %2-d axes").arg(x.size()).arg(m_mean.size()));
    std::vector<double> out(m_axes.size(), 0.0);
    for (std::size_t k = 0; k < m_axes.size(); ++k)
        for (std::size_t j = 0; j < x.size(); ++j)
            out[k] += (double(x[j]) - m_mean[j]) * m_axes[k][j];
    return out;
}

} // namespace st
