#pragma once
// A TorchScript model (torch.jit.script or torch.jit.trace, saved with .save()) described by a
// manifest of kind "torchscript". The module's forward takes one float32 tensor of shape
// (batch, samples) and returns either a tuple/list of tensors or a dict of tensors; the manifest's
// embeddingOutput / logitsOutput pick the embedding [batch, embeddingDim] and the logits
// [batch, classNames.size()] by tuple index or dict key. LibTorch stays inside the .cpp file.
#include "models/EmbeddingModel.h"

#include <memory>

namespace st {

class TorchScriptModel : public EmbeddingModel
{
public:
    /// Loads the module (onto CUDA when opt.preferCuda and a GPU is usable, else the CPU with
    /// opt.threads threads when > 0) and runs it once on a test input (1 x inputLength: zeros plus
    /// small deterministic noise) to check that the outputs exist and have the declared shapes.
    /// Throws st::Error naming the weights file and the cause. Does not check the weights hash
    /// (ModelRegistry::load does).
    TorchScriptModel(const ModelManifest &manifest, const RunOptions &opt = {});
    ~TorchScriptModel() override;

    const ModelManifest &manifest() const override;
    int embeddingDim() const override;
    int numClasses() const override;
    QString device() const override;
    std::vector<ModelOutput> forward(const std::vector<std::vector<float>> &batch) override;

    /// True when this LibTorch build has CUDA and a GPU is present.
    static bool cudaAvailable();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace st
