#pragma once
// Cosine similarity to each source's fingerprint (the mean of its enrolment embeddings), the zero-shot
// back-end: score(x, c) = <x, mu_c> / (|x| |mu_c|) (0 when either is all zeros). The unit-length fingerprints are
// kept as one row-major float matrix, so scoring one embedding against N sources is a single matrix-vector
// product (10 000 x 160 in well under a millisecond). Same scores as eval's CosineScoring up to float rounding.
// With centring on (enrol() only), the mean m of ALL enrolment embeddings (sources pooled) is subtracted from the
// fingerprints and from every query first: score = cos(x - m, mu_c - m). Embeddings with a large component
// shared by every clip (AASIST's are like that) then separate better.
#include "eval/ScoringBackend.h"

#include <vector>

namespace st {

class FingerprintMatrixScoring : public ScoringBackend
{
public:
    explicit FingerprintMatrixScoring(bool centre = false) : m_centre(centre) {}
    QString name() const override { return QStringLiteral("cosine"); }
    void enrol(const EnrolmentSet &set) override;
    std::vector<double> scores(const Embedding &embedding) const override;
    /// Sets the fingerprints directly (already averaged), one per name; names need not be sorted.
    void setFingerprints(const QStringList &names, const std::vector<std::vector<float>> &fingerprints);

private:
    bool m_centre;
    std::vector<float> m_offset; ///< subtracted from queries (empty = none)
    std::vector<float> m_unit; ///< sources x dim, row-major, unit rows (zero rows stay zero)
};

} // namespace st
