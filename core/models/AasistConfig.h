#pragma once
// The hyper-parameters of an AASIST network, as the `model_config` object of the reference
// implementation's JSON configs (clovaai/aasist config/*.conf): `first_conv`, `filts`, `gat_dims`,
// `pool_ratios`, `temperatures`, `nb_samp`. Validated on reading so that a model is never built from a
// config the architecture cannot run.
#include <QJsonObject>
#include <QString>

#include <array>
#include <utility>

namespace st {

struct AasistConfig
{
    int nbSamp = 64600;           ///< input length the model was trained on (informative)
    int firstConv = 128;          ///< sinc filter length; even values are rounded up to odd (129)
    int sincFilters = 70;         ///< filts[0]: number of mel-spaced band-pass filters
    /// filts[1..4]: (in, out) channels of the residual blocks; blocks 4 and 5 repeat filts[4].
    std::array<std::pair<int, int>, 4> blockChannels{{{1, 32}, {32, 32}, {32, 64}, {64, 64}}};
    std::array<int, 2> gatDims{{64, 32}};
    std::array<double, 4> poolRatios{{0.5, 0.7, 0.5, 0.5}};
    std::array<double, 4> temperatures{{2.0, 2.0, 100.0, 100.0}};

    /// Odd sinc filter length actually used.
    int sincKernelSize() const { return firstConv % 2 == 0 ? firstConv + 1 : firstConv; }
    /// Channels of the encoder output (filts[-1][-1]).
    int encoderChannels() const { return blockChannels[3].second; }
    /// Embedding size: 5 x gat_dims[1].
    int embeddingDim() const { return 5 * gatDims[1]; }

    /// The configuration of the published AASIST / AASIST-L checkpoints.
    static AasistConfig aasist();
    static AasistConfig aasistL();

    /// Reads a reference config file (the object with `model_config`) or a bare model config object.
    /// Throws st::Error naming the file and the field that is missing or wrong.
    static AasistConfig fromJsonFile(const QString &path);
    static AasistConfig fromJson(const QJsonObject &obj, const QString &pathForMessages = {});
    QJsonObject toJson() const;
};

} // namespace st
