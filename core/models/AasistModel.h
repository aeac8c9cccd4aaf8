#pragma once
// The native AASIST model (Jung et al., 2021) behind st::EmbeddingModel, loaded straight from a
// published PyTorch checkpoint (.pth state dict) and its reference JSON config. No LibTorch types
// appear here; the network itself lives in the internal header AasistModule.h.
//
// Output per waveform: the 160-d embedding [T_max, T_avg, S_max, S_avg, master] (5 x gat_dims[1]) and
// the logits of `out_layer`, whose number of classes is read from the checkpoint (2 for the ASVspoof
// detectors, 13 for AASIST-STOPA). Eval mode: dropout off, BatchNorm running statistics.
#include "models/AasistConfig.h"
#include "models/EmbeddingModel.h"

#include <memory>

namespace st {

/// Loads the model a manifest describes (kind "native-aasist"): config from
/// m.resolvedConfigPath() (the AASIST defaults when the manifest names none), weights from
/// m.resolvedWeightsPath(). Throws st::Error naming the file and the cause; a checkpoint that does not
/// fit the config lists every missing, unexpected and mis-shaped parameter by name.
std::shared_ptr<EmbeddingModel> loadAasist(const ModelManifest &m, const RunOptions &opt);

/// Same from explicit paths (`configJson` may be empty: AASIST defaults). `m` fills manifest().
std::shared_ptr<EmbeddingModel> loadAasist(const QString &configJson, const QString &pthPath,
                                           const RunOptions &opt, const ModelManifest &m = {});

/// Same with an already parsed config.
std::shared_ptr<EmbeddingModel> loadAasist(const AasistConfig &config, const QString &pthPath,
                                           const RunOptions &opt, const ModelManifest &m = {});

/// Outputs of one waveform together with the gradient of one logit with respect to each of its samples.
struct AasistGradient
{
    ModelOutput output;
    std::vector<float> gradient; ///< d logits[classIndex] / d waveform[i], one per input sample
};

/// Runs `model` (made by loadAasist) through its differentiable path with autograd and returns, per
/// waveform of `batch` (equal lengths), the outputs and d logits[classIndex] / d input. The basis of
/// Integrated Gradients; the network's own weights are frozen (no parameter gradients are kept).
/// Throws st::Error when `model` is not a native AASIST, on unequal or too short inputs, or on a
/// class index out of range.
std::vector<AasistGradient> aasistInputGradients(const EmbeddingModel &model,
                                                 const std::vector<std::vector<float>> &batch, int classIndex);

} // namespace st
