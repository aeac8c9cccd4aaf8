#pragma once
// SourceTrace's own spectral network (kind "native-spectral") behind st::EmbeddingModel: the model folder holds
// the manifest, the network config (configFile) and safetensors weights. No LibTorch types here.
#include "models/EmbeddingModel.h"
#include "models/SpectralConfig.h"

#include <memory>

namespace st {

/// Loads the model a manifest describes (config from m.resolvedConfigPath(), weights from
/// m.resolvedWeightsPath()); throws st::Error naming the file and the cause.
std::shared_ptr<EmbeddingModel> loadSpectral(const ModelManifest &m, const RunOptions &opt);

/// Parameters of the network `config` describes (counted on a freshly built one).
long long spectralParameterCount(const SpectralConfig &config);
/// Multiply-accumulates of one forward pass over `samples` input samples.
double spectralForwardMacs(const SpectralConfig &config, long long samples);

} // namespace st
