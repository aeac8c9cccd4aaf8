#include "eval/CosineScoring.h"

#include <cmath>

namespace st {

double cosineSimilarity(const float *a, const double *b, int dim, double normB)
{
    double dot = 0, na = 0;
    for (int i = 0; i < dim; ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * double(a[i]);
    }
    const double den = std::sqrt(na) * normB;
    return den > 0 ? dot / den : 0.0;
}

void CosineScoring::enrol(const EnrolmentSet &set)
{
    m_dim = set.checkedDimension();
    m_sources = set.bySource.keys();
    m_means.clear();
    m_norms.clear();
    for (const QString &s : m_sources) {
        const auto &embs = set.bySource[s];
        std::vector<double> mean(std::size_t(m_dim), 0.0);
        for (const Embedding &e : embs)
            for (int i = 0; i < m_dim; ++i)
                mean[std::size_t(i)] += e[std::size_t(i)];
        double n2 = 0;
        for (double &v : mean) {
            v /= double(embs.size());
            n2 += v * v;
        }
        m_means.push_back(std::move(mean));
        m_norms.push_back(std::sqrt(n2));
    }
}

std::vector<double> CosineScoring::scores(const Embedding &e) const
{
    checkQuery(e);
    std::vector<double> r(m_means.size());
    for (std::size_t c = 0; c < m_means.size(); ++c)
        r[c] = cosineSimilarity(e.data(), m_means[c].data(), m_dim, m_norms[c]);
    return r;
}

} // namespace st
