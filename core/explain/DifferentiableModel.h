#pragma once
// INTERNAL header (includes LibTorch): the autograd view of a model that Integrated Gradients needs,
// for .cpp files of core/explain only. Adapters exist for the native AASIST (through
// aasist::aasistNetOf) and for TorchScript models (the module file is loaded again for autograd).
#include <ATen/core/Tensor.h>
#include <c10/core/Device.h>

#include "models/EmbeddingModel.h"

#include <memory>
#include <utility>

namespace st {

class DifferentiableModel
{
public:
    virtual ~DifferentiableModel() = default;

    /// (embedding [B, D], logits [B, C]) of waveforms [B, T] with autograd (eval mode).
    virtual std::pair<at::Tensor, at::Tensor> forward(const at::Tensor &waveforms) = 0;
    virtual c10::Device device() const = 0;
    /// Shortest input the network takes.
    virtual int64_t minimumSamples() const { return 1; }
    /// Bytes of activations kept for backward per input sample and batch row (an estimate).
    virtual double bytesPerSample() const = 0;

    /// A front end L that is linear in the waveform, with forwardFromFrontEnd(L(x)) == forward(x).
    /// IG then computes L(x') and L(x - x') once per path instead of L at every step.
    virtual bool hasLinearFrontEnd() const { return false; }
    virtual at::Tensor frontEnd(const at::Tensor &waveforms) { return waveforms; }
    virtual std::pair<at::Tensor, at::Tensor> forwardFromFrontEnd(const at::Tensor &h) { return forward(h); }
};

/// The adapter for `model`; throws st::Error naming the model for a kind that is not differentiable here.
std::unique_ptr<DifferentiableModel> makeDifferentiableModel(const EmbeddingModelPtr &model);

} // namespace st
