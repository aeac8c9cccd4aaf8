#pragma once
// The interface every model behind SourceTrace implements: a waveform in, an embedding and class
// logits out. Implementations (native AASIST, TorchScript) keep LibTorch inside their .cpp files.
#include "models/ModelManifest.h"

#include <memory>
#include <vector>

namespace st {

struct ModelOutput
{
    std::vector<float> embedding; ///< embeddingDim() values
    std::vector<float> logits;    ///< numClasses() values
};

/// Where the model runs and how. Defaults: CPU (CUDA when built with it and a GPU is present and
/// `preferCuda`), threads = 0 means "leave LibTorch's setting".
struct RunOptions
{
    bool preferCuda = true;
    int threads = 0;
};

class EmbeddingModel
{
public:
    virtual ~EmbeddingModel() = default;
    virtual const ModelManifest &manifest() const = 0;
    virtual int embeddingDim() const = 0;
    virtual int numClasses() const = 0;
    /// "cpu" or "cuda:0".
    virtual QString device() const = 0;

    /// Forward pass in eval mode without autograd over a batch of mono waveforms at manifest().sampleRate
    /// that all have the same length (the caller applies the input policy). Thread-compatible: one call
    /// at a time per instance.
    virtual std::vector<ModelOutput> forward(const std::vector<std::vector<float>> &batch) = 0;
};

using EmbeddingModelPtr = std::shared_ptr<EmbeddingModel>;

} // namespace st
