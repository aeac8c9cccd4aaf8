#pragma once
// k-th nearest neighbour: the score for a source is the k-th highest cosine similarity between the query and
// that source's enrolment embeddings (the lowest one when a source has fewer than k). k = 7 by default.
#include "eval/ScoringBackend.h"

namespace st {

class KnnScoring : public ScoringBackend
{
public:
    explicit KnnScoring(int k = 7) : m_k(k < 1 ? 1 : k) {}
    QString name() const override { return QStringLiteral("knn"); }
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;
    int k() const { return m_k; }

private:
    int m_k;
    std::vector<std::vector<std::vector<double>>> m_unit; ///< per source, unit-length enrolment embeddings
};

} // namespace st
