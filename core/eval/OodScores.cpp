#include "eval/OodScores.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <functional>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::OodScores)
};
} // namespace

double OodScorer::energy(const std::vector<float> &z)
{
    if (z.empty())
        throw Error(Text::tr("OOD scores need the model's logits (this model has no class head)"));
    const double m = *std::max_element(z.begin(), z.end());
    double s = 0;
    for (float v : z)
        s += std::exp(double(v) - m);
    return m + std::log(s);
}

double OodScorer::maxSoftmax(const std::vector<float> &z)
{
    const double lse = energy(z);
    const double m = *std::max_element(z.begin(), z.end());
    return std::exp(m - lse);
}

void OodScorer::fit(const EnrolmentSet &set)
{
    m_dim = set.checkedDimension();
    m_unit.clear();
    for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it)
        for (const Embedding &e : it.value()) {
            double n2 = 0;
            for (float v : e)
                n2 += double(v) * v;
            const double n = std::sqrt(n2);
            for (float v : e)
                m_unit.push_back(n > 0 ? float(v / n) : 0.0f);
        }
}

OodScores OodScorer::score(const std::vector<float> &logits, const Embedding &e) const
{
    if (m_dim == 0)
        throw Error(Text::tr("OOD scorer: no reference embeddings fitted"));
    if (int(e.size()) != m_dim)
        throw Error(Text::tr("OOD scorer: embedding of dimension %1, expected %2").arg(e.size()).arg(m_dim));
    OodScores s;
    s.energy = energy(logits);
    s.msp = maxSoftmax(logits);
    using Mat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Index rows = Eigen::Index(m_unit.size() / std::size_t(m_dim));
    const Eigen::Map<const Mat> m(m_unit.data(), rows, m_dim);
    const Eigen::Map<const Eigen::VectorXf> x(e.data(), m_dim);
    const double n = double(x.cast<double>().norm());
    std::vector<double> sims(std::size_t(rows), 0.0);
    if (n > 0) {
        const Eigen::VectorXf c = m * (x / float(n));
        for (Eigen::Index i = 0; i < rows; ++i)
            sims[std::size_t(i)] = c[i];
    }
    const std::size_t k = std::min<std::size_t>(std::size_t(m_k), sims.size());
    std::partial_sort(sims.begin(), sims.begin() + std::ptrdiff_t(k), sims.end(), std::greater<double>());
    double sum = 0;
    for (std::size_t i = 0; i < k; ++i)
        sum += sims[i];
    s.knnCosine = sum / double(k);
    s.nsd = s.knnCosine * s.energy;
    return s;
}

} // namespace st
