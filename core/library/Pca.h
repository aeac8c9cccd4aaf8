#pragma once
// Principal component analysis of embeddings, for maps of a library (fingerprints and enrolment
// embeddings in two dimensions). Promises: the components are orthonormal, ordered by decreasing
// variance, each with the sign that makes its largest-magnitude coordinate positive (so a map does
// not flip between runs); projecting the fitted rows gives coordinates whose variances are the
// component variances. Computed from the covariance matrix (d x d) by a self-adjoint eigen
// decomposition in double precision: fine for d up to a few thousand, any number of rows.
#include <vector>

namespace st {

class Pca
{
public:
    /// Fits `components` principal axes to `rows` (all of one dimension d >= 1). Throws st::Error
    /// for no rows, rows of different dimensions, or components outside [1, d]. With one row, or
    /// rows that are all equal, the variances are 0 and the axes are the first coordinate axes.
    static Pca fit(const std::vector<std::vector<float>> &rows, int components = 2);

    int dimension() const { return int(m_mean.size()); }
    int components() const { return int(m_variance.size()); }
    const std::vector<double> &mean() const { return m_mean; }
    /// Axis k as d values (unit length).
    const std::vector<double> &axis(int k) const { return m_axes[std::size_t(k)]; }
    /// Variance along axis k (population variance, divided by the row count).
    double variance(int k) const { return m_variance[std::size_t(k)]; }
    /// Share of the total variance along axis k (0 when the total is 0).
    double explainedRatio(int k) const;

    /// Coordinates of `x` on the axes (x - mean, dotted with each axis). Throws st::Error on a
    /// dimension mismatch.
    std::vector<double> project(const std::vector<float> &x) const;

private:
    std::vector<double> m_mean;
    std::vector<std::vector<double>> m_axes;
    std::vector<double> m_variance;
    double m_totalVariance = 0;
};

} // namespace st
