#include "library/FingerprintMatrixScoring.h"

#include "util/Error.h"

#include <QCoreApplication>

#include <Eigen/Dense>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::FingerprintMatrixScoring)
};
} // namespace

void FingerprintMatrixScoring::setFingerprints(const QStringList &names, const std::vector<std::vector<float>> &fps)
{
    if (names.isEmpty() || std::size_t(names.size()) != fps.size())
        throw Error(Text::tr("cosine scoring: %1 names for %2 fingerprints").arg(names.size()).arg(fps.size()));
    const int dim = int(fps.front().size());
    if (dim == 0)
        throw Error(Text::tr("cosine scoring: empty fingerprint"));
    m_sources = names;
    m_dim = dim;
    m_offset.clear();
    m_unit.assign(fps.size() * std::size_t(dim), 0.0f);
    for (std::size_t r = 0; r < fps.size(); ++r) {
        if (int(fps[r].size()) != dim)
            throw Error(Text::tr("cosine scoring: fingerprint '%1' has dimension %2, expected %3")
                            .arg(names[int(r)]).arg(fps[r].size()).arg(dim));
        double n2 = 0;
        for (float v : fps[r])
            n2 += double(v) * v;
        const double n = std::sqrt(n2);
        if (n > 0)
            for (int i = 0; i < dim; ++i)
                m_unit[r * std::size_t(dim) + std::size_t(i)] = float(fps[r][std::size_t(i)] / n);
    }
}

void FingerprintMatrixScoring::enrol(const EnrolmentSet &set)
{
    const int dim = set.checkedDimension();
    QStringList names;
    std::vector<std::vector<float>> fps;
    std::vector<double> global(std::size_t(dim), 0.0);
    std::size_t total = 0;
    if (m_centre)
        for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it)
            for (const Embedding &e : it.value()) {
                for (int i = 0; i < dim; ++i)
                    global[std::size_t(i)] += e[std::size_t(i)];
                ++total;
            }
    for (auto it = set.bySource.cbegin(); it != set.bySource.cend(); ++it) {
        std::vector<double> sum(std::size_t(dim), 0.0);
        for (const Embedding &e : it.value())
            for (int i = 0; i < dim; ++i)
                sum[std::size_t(i)] += e[std::size_t(i)];
        std::vector<float> mean(static_cast<std::size_t>(dim));
        for (int i = 0; i < dim; ++i)
            mean[std::size_t(i)] = float(sum[std::size_t(i)] / double(it.value().size())
                                         - (m_centre ? global[std::size_t(i)] / double(total) : 0.0));
        names << it.key();
        fps.push_back(std::move(mean));
    }
    setFingerprints(names, fps); // QMap keys: sorted, as the interface promises
    m_offset.clear();
    if (m_centre)
        for (int i = 0; i < dim; ++i)
            m_offset.push_back(float(global[std::size_t(i)] / double(total)));
}

std::vector<double> FingerprintMatrixScoring::scores(const Embedding &e) const
{
    checkQuery(e);
    using Mat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const Mat> m(m_unit.data(), Eigen::Index(m_sources.size()), Eigen::Index(m_dim));
    Eigen::VectorXf x = Eigen::Map<const Eigen::VectorXf>(e.data(), Eigen::Index(m_dim));
    if (!m_offset.empty())
        x -= Eigen::Map<const Eigen::VectorXf>(m_offset.data(), Eigen::Index(m_dim));
    const double n = double(x.cast<double>().norm());
    std::vector<double> out(std::size_t(m_sources.size()), 0.0);
    if (n == 0)
        return out;
    const Eigen::VectorXf s = m * (x / float(n));
    for (Eigen::Index i = 0; i < s.size(); ++i)
        out[std::size_t(i)] = double(s[i]);
    return out;
}

} // namespace st
