#pragma once
// Out-of-distribution scores of a clip for a model with a class head (the codec source-tracing work), all
// "higher = more in-distribution":
//   MSP     = max_i softmax(z)_i
//   energy  = log sum_i exp(z_i)                      (the negative free energy at temperature 1)
//   knnCos  = mean of the k largest cosine similarities between the embedding and the library's enrolment
//             embeddings (all sources of the fitted level pooled; k = 7, clipped to their number)
//   NSD     = knnCos * energy
// NSD is only meaningful while energy > 0 (a negative energy flips its direction), which holds for the logits
// of a trained classifier on speech; callers threshold all four with "score <= threshold = OOD".
// The one implementation of these scores: `trace` (the library's tracing) and `evaluate trace` (EvaluationRun,
// with the enrolment clips as reference) both use it, so it lives in eval, below library.
#include "eval/ScoringBackend.h"

#include <vector>

namespace st {

struct OodScores
{
    double msp = 0;
    double energy = 0;
    double knnCosine = 0;
    double nsd = 0;
};

class OodScorer
{
public:
    explicit OodScorer(int k = 7) : m_k(k < 1 ? 1 : k) {}
    /// The reference set: every enrolment embedding of `set` (sources pooled). Throws st::Error when empty.
    void fit(const EnrolmentSet &set);
    /// Throws st::Error on empty logits or a dimension mismatch.
    OodScores score(const std::vector<float> &logits, const Embedding &embedding) const;
    int k() const { return m_k; }

    static double maxSoftmax(const std::vector<float> &logits);
    static double energy(const std::vector<float> &logits);

private:
    int m_k;
    int m_dim = 0;
    std::vector<float> m_unit; ///< rows x dim, unit length
};

} // namespace st
