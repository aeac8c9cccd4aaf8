#pragma once
// INTERNAL header (includes LibTorch): SourceTrace's fast spectral network as a torch::nn module, for .cpp files
// of core/models, core/explain and core/train only. Public code uses st::EmbeddingModel through SpectralModel.h.
//
// waveform [B, T] -> front end (STFT power -> LFCC with deltas, or log-power spectrogram; per-utterance mean
// removed) -> CNN (LCNN: conv + max-feature-map + BatchNorm + 2x2 max-pool per stage; or ResNet basic blocks) ->
// attentive statistics pooling over time -> linear + BatchNorm -> embedding [B, E] -> heads.
// Every step is a differentiable ATen op, so Integrated Gradients runs end to end from the waveform.
#pragma push_macro("slots")
#undef slots
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#pragma pop_macro("slots")

#include "models/PthReader.h"
#include "models/Safetensors.h"
#include "models/SpectralConfig.h"

#include <QMap>

#include <memory>
#include <tuple>
#include <vector>

namespace st {
class EmbeddingModel;
}

namespace st::spectral {

/// The time-frequency representation, [B, 1, F, frames].
at::Tensor frontEndFeatures(const SpectralConfig &c, const at::Tensor &waveform, const at::Tensor &window,
                            const at::Tensor &filterbank, const at::Tensor &dct);
/// The two halves of frontEndFeatures(): log filterbank energies (lfcc; log power for logspec) [B, F, frames],
/// before the DCT, the deltas and the per-utterance mean removal; and the rest (linear in the log energies).
at::Tensor frontEndLogEnergies(const SpectralConfig &c, const at::Tensor &waveform, const at::Tensor &window,
                               const at::Tensor &filterbank);
at::Tensor featuresFromLogEnergies(const SpectralConfig &c, const at::Tensor &logEnergies, const at::Tensor &dct);
/// Centre frequency (Hz) of each row of frontEndLogEnergies() (filter centroid; STFT bin frequency for logspec).
std::vector<double> logEnergyBinHz(const SpectralConfig &c, const at::Tensor &filterbank);

struct StageImpl : torch::nn::Module
{
    StageImpl(const QString &backbone, int in, int out, int index);
    at::Tensor forward(const at::Tensor &x);
    bool lcnn;
    bool project = false;
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, shortcut{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bnShort{nullptr};
};
TORCH_MODULE(Stage);

/// One head's parameters: "ce" a linear layer; "aam"/"ocsoftmax" class weight vectors; "ge2e" w, b and the class
/// centroids (a buffer fixed at the end of training).
struct HeadImpl : torch::nn::Module
{
    HeadImpl(const SpectralHead &spec, int embeddingDim);
    /// Raw output used by the losses: ce logits, or cosines [B, C] (aam, ocsoftmax: [B, 1], ge2e: centroid cosines).
    at::Tensor raw(const at::Tensor &embedding);
    /// The inference logits (see SpectralConfig): ce logits minus their mean, s*cos, [a*cos, -a*cos], w*cos+b.
    at::Tensor logits(const at::Tensor &embedding);
    SpectralHead spec;
    torch::nn::Linear linear{nullptr};
    at::Tensor weight;    ///< aam/ocsoftmax [C or 1, E]
    at::Tensor ge2eW, ge2eB; ///< ge2e scalars
    at::Tensor centroids; ///< ge2e buffer [C, E]
};
TORCH_MODULE(Head);

struct SpectralNetImpl : torch::nn::Module
{
    explicit SpectralNetImpl(const SpectralConfig &config);

    /// (embedding [B, E], logits of the primary head [B, C]).
    std::tuple<at::Tensor, at::Tensor> forward(const at::Tensor &waveform);
    /// The front end alone, [B, 1, F, frames].
    at::Tensor features(const at::Tensor &waveform);
    /// Everything after the front end: features -> embedding.
    at::Tensor embed(const at::Tensor &features);

    SpectralConfig config;
    at::Tensor window, filterbank, dct; ///< buffers (fixed)
    torch::nn::BatchNorm2d inputNorm{nullptr};
    torch::nn::ModuleList stages{nullptr};
    std::vector<Stage> stageList;
    torch::nn::Conv1d attention1{nullptr}, attention2{nullptr};
    torch::nn::Linear projection{nullptr};
    torch::nn::BatchNorm1d embeddingNorm{nullptr};
    torch::nn::ModuleList heads{nullptr};
    std::vector<Head> headList;
};
TORCH_MODULE(SpectralNet);

/// Parameters and buffers by name, as float32 tensors (the state dict of the module).
std::vector<NamedTensor> stateDictOf(torch::nn::Module &module);
/// Loads every parameter and buffer by name; throws st::Error naming `path` and listing missing, unexpected and
/// mis-shaped tensors.
void loadStateDict(torch::nn::Module &module, const std::vector<PthTensor> &tensors, const QString &path);

/// Builds the network for `config` and loads `weightsPath` (safetensors or .pth); eval mode.
SpectralNet loadSpectralNet(const SpectralConfig &config, const QString &weightsPath);

/// The network behind a model made by st::loadSpectral(), or an empty holder when it is not one.
SpectralNet spectralNetOf(const EmbeddingModel &model);

/// Multiply-accumulates of one forward pass (convolutions and linear layers) for `samples` input samples.
double forwardMacs(const SpectralConfig &config, long long samples);

} // namespace st::spectral
