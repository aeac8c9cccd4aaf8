#include "eval/KnnScoring.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace st {

void KnnScoring::enrol(const EnrolmentSet &set)
{
    m_dim = set.checkedDimension();
    m_sources = set.bySource.keys();
    m_unit.clear();
    for (const QString &s : m_sources) {
        std::vector<std::vector<double>> unit;
        for (const Embedding &e : set.bySource[s]) {
            std::vector<double> u(e.begin(), e.end());
            double n2 = 0;
            for (double v : u)
                n2 += v * v;
            const double n = std::sqrt(n2);
            if (n > 0)
                for (double &v : u)
                    v /= n;
            unit.push_back(std::move(u));
        }
        m_unit.push_back(std::move(unit));
    }
}

std::vector<double> KnnScoring::scores(const Embedding &e) const
{
    checkQuery(e);
    double n2 = 0;
    for (float v : e)
        n2 += double(v) * double(v);
    const double n = std::sqrt(n2);
    std::vector<double> r(m_unit.size());
    std::vector<double> sims;
    for (std::size_t c = 0; c < m_unit.size(); ++c) {
        sims.clear();
        for (const auto &u : m_unit[c]) {
            double dot = 0;
            for (int i = 0; i < m_dim; ++i)
                dot += double(e[std::size_t(i)]) * u[std::size_t(i)];
            sims.push_back(n > 0 ? dot / n : 0.0);
        }
        const std::size_t k = std::min<std::size_t>(std::size_t(m_k), sims.size());
        std::nth_element(sims.begin(), sims.begin() + std::ptrdiff_t(k - 1), sims.end(), std::greater<double>());
        r[c] = sims[k - 1];
    }
    return r;
}

} // namespace st
