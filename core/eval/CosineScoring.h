#pragma once
// Cosine similarity to each source's fingerprint = the mean of its enrolment embeddings (as STOPA's
// create_fingerprint_avg_emb + cosine_sim: the raw embeddings are averaged, then compared by cosine).
#include "eval/ScoringBackend.h"

namespace st {

class CosineScoring : public ScoringBackend
{
public:
    QString name() const override { return QStringLiteral("cosine"); }
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;
    /// The fingerprints (one mean embedding per source, order of sources()).
    const std::vector<std::vector<double>> &fingerprints() const { return m_means; }

private:
    std::vector<std::vector<double>> m_means;
    std::vector<double> m_norms;
};

/// cos(a, b); 0 when either vector is all zeros.
double cosineSimilarity(const float *a, const double *b, int dim, double normB);

} // namespace st
