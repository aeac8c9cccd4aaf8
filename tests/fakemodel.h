#pragma once
// A stand-in EmbeddingModel for ModelRunner tests: its outputs are simple functions of its input.
#include "models/EmbeddingModel.h"
#include "util/Error.h"

#include <cmath>
#include <numeric>
#include <vector>

namespace sttest {

using namespace st;

// Embedding = [mean, length, first sample]; logits = [-mean, mean]: so the score (logit 1) is the
// mean of the input it was given. Records the batches it sees.
class FakeModel : public EmbeddingModel
{
public:
    explicit FakeModel(ModelManifest m) : m_manifest(std::move(m)) {}
    const ModelManifest &manifest() const override { return m_manifest; }
    int embeddingDim() const override { return 3; }
    int numClasses() const override { return 2; }
    QString device() const override { return QStringLiteral("cpu"); }
    std::vector<ModelOutput> forward(const std::vector<std::vector<float>> &batch) override
    {
        batchSizes.push_back(int(batch.size()));
        std::vector<ModelOutput> out;
        for (const auto &x : batch) {
            if (x.size() != batch.front().size())
                throw Error(QStringLiteral("unequal lengths in a batch"));
            inputs.push_back(x);
            const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
            const float score = produceNaN ? std::nanf("") : float(mean);
            out.push_back({{float(mean), float(x.size()), x.front()}, {float(-mean), score}});
        }
        return out;
    }
    ModelManifest m_manifest;
    std::vector<int> batchSizes;
    std::vector<std::vector<float>> inputs;
    bool produceNaN = false; ///< the bona fide logit is NaN (a model overflowing on extreme input)
};

inline ModelManifest manifest(InputPolicy p, int length, int hop)
{
    ModelManifest m;
    m.name = "fake";
    m.kind = "torchscript";
    m.inputPolicy = p;
    m.inputLength = length;
    m.hop = hop;
    m.embeddingDim = 3;
    m.classNames = {"spoof", "bonafide"};
    m.bonafideClass = 1;
    return m;
}

} // namespace sttest
