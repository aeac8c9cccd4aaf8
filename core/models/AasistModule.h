#pragma once
// INTERNAL header (includes LibTorch): the AASIST network as a torch::nn module, for .cpp files of
// core/models and core/explain only. Public code uses st::EmbeddingModel through AasistModel.h.
//
// The module computes what the reference implementation (clovaai/aasist, models/AASIST.py, commit
// a04c986) computes in eval mode, and its parameters and buffers carry the reference names, so a
// state dict of the reference maps one to one (conv_time has no parameters: its filters are fixed).
//
// forward() is made of differentiable ATen ops: run it under autograd for gradients with respect to
// the waveform (Integrated Gradients). forwardInference() is the fast path for embedding extraction
// (BatchNorm folded into convolutions, fused front end); it must be called under at::InferenceMode or
// torch::NoGradGuard and gives the same values within float rounding.
// Qt's `slots` keyword macro clashes with a LibTorch member name: hide it while torch is parsed.
#pragma push_macro("slots")
#undef slots
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#pragma pop_macro("slots")

#include "models/AasistConfig.h"

#include <functional>
#include <tuple>
#include <vector>

namespace st::aasist {

/// The fixed sinc front end of the reference (`CONV`): `sincFilters` band-pass filters with mel-spaced
/// cut-offs, Hamming-windowed, `kernelSize` taps. Computed exactly as the reference does (in float32).
at::Tensor sincFilterBank(int sincFilters, int kernelSize, int sampleRate = 16000);

/// max_pool2d(x, {1, 3}) with autograd: the same values and gradients (the first of equal maxima
/// takes the gradient, NaN propagates), several times faster on contiguous float CPU tensors (one
/// pass, a byte of argmax per output instead of ATen's int64 indices); other tensors go to
/// at::max_pool2d. First-order gradients only.
at::Tensor timeMaxPool3(const at::Tensor &x);

/// conv2d of a one-channel [B, 1, H, W] float CPU input (columns contiguous) with stride 1 and padding
/// (ph, pw), taps [kh * kw, C] (the weight [C, 1, kh, kw] transposed) and a bias [C], then SELU when
/// `selu`: a channels-last [B, C, Ho, Wo] output, with autograd to the input when it requires a
/// gradient (first order). The first residual block's conv1 and conv_downsample (AasistKernels.h says
/// why oneDNN is slow there).
at::Tensor oneChannelConv(const at::Tensor &x, const at::Tensor &taps, const at::Tensor &bias, int kh, int kw, int ph,
                          int pw, bool selu);

/// SELU of a dense float CPU tensor by AasistKernels.h's seluForward (with autograd, first order, when x
/// requires a gradient), the same memory format out; other tensors go to at::selu / at::selu_.
at::Tensor fastSelu(const at::Tensor &x);
void fastSeluInPlace(at::Tensor &x);

/// Residual_block: conv1 (2x3, pad 1x1) -> bn2 -> SELU -> conv2 (2x3, pad 0x1), plus the input (through
/// conv_downsample 1x3 when channels change), then max-pool (1, 3). As in the reference, bn1 is
/// present (and loaded) but its output is not used: conv1 reads the block's input.
struct ResidualBlockImpl : torch::nn::Module
{
    ResidualBlockImpl(int inChannels, int outChannels, bool first);
    at::Tensor forward(const at::Tensor &x);

    bool first;
    bool downsample;
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn2{nullptr};
    torch::nn::Conv2d conv2{nullptr};
    torch::nn::Conv2d conv_downsample{nullptr};
};
TORCH_MODULE(ResidualBlock);

/// GraphAttentionLayer: pairwise-product attention over all nodes, temperature-scaled softmax,
/// projections with and without attention, BatchNorm, SELU.
struct GraphAttentionLayerImpl : torch::nn::Module
{
    GraphAttentionLayerImpl(int inDim, int outDim, double temperature);
    at::Tensor forward(const at::Tensor &x); ///< [B, N, in] -> [B, N, out]

    double temp;
    torch::nn::Linear att_proj{nullptr};
    at::Tensor att_weight; ///< [out, 1]
    torch::nn::Linear proj_with_att{nullptr};
    torch::nn::Linear proj_without_att{nullptr};
    torch::nn::BatchNorm1d bn{nullptr};
};
TORCH_MODULE(GraphAttentionLayer);

/// HtrgGraphAttentionLayer: heterogeneous attention over temporal (type 1) and spectral (type 2) nodes
/// with separate attention weights for the 1-1, 2-2 and cross blocks, plus a master node.
struct HtrgGraphAttentionLayerImpl : torch::nn::Module
{
    HtrgGraphAttentionLayerImpl(int inDim, int outDim, double temperature);
    /// x1 [B, N1, in], x2 [B, N2, in], master [B or 1, 1, in] -> (x1' [B,N1,out], x2' [B,N2,out], master' [B,1,out])
    std::tuple<at::Tensor, at::Tensor, at::Tensor> forward(const at::Tensor &x1, const at::Tensor &x2,
                                                           const at::Tensor &master);

    double temp;
    torch::nn::Linear proj_type1{nullptr}, proj_type2{nullptr};
    torch::nn::Linear att_proj{nullptr}, att_projM{nullptr};
    at::Tensor att_weight11, att_weight22, att_weight12, att_weightM; ///< [out, 1]
    torch::nn::Linear proj_with_att{nullptr}, proj_without_att{nullptr};
    torch::nn::Linear proj_with_attM{nullptr}, proj_without_attM{nullptr};
    torch::nn::BatchNorm1d bn{nullptr};
};
TORCH_MODULE(HtrgGraphAttentionLayer);

/// The node choices of the graph pools in one forward pass, in the order the pools run: each pool's
/// scores [B, N] (with their autograd graph when autograd is on) and the nodes it kept [B, k]. `level`
/// orders the pools by dependence: pool_S and pool_T (0) see the encoder only; the four pools of the
/// heterogeneous layers (1) see the nodes that level 0 kept. Integrated Gradients uses it to find where
/// the target jumps along the path and which score crossing caused the jump (docs/explanations.md).
struct SelectionRecord
{
    struct Entry
    {
        const char *pool = "";
        int level = 0;
        at::Tensor scores, index;
    };
    std::vector<Entry> entries;
    /// The back end's input (the encoder output [B, C, H, T] that backEnd() took), so that Integrated
    /// Gradients can run the back end alone on points between recorded ones.
    at::Tensor backEndInput;
};

/// GraphPool: keeps the max(int(N * k), 1) nodes of highest sigmoid score, each scaled by its score,
/// in descending score order (as torch.topk returns them).
struct GraphPoolImpl : torch::nn::Module
{
    GraphPoolImpl(double k, int inDim);
    at::Tensor forward(const at::Tensor &h);

    double k;
    torch::nn::Linear proj{nullptr};
    const char *name = "";
    int level = 0;
};
TORCH_MODULE(GraphPool);

/// The whole network. Input [B, T] float32 waveforms at 16 kHz (T >= minimumSamples()); output
/// (embedding [B, 5 * gat_dims[1]], logits [B, numClasses]). Call eval() before use (the loader does).
struct AasistNetImpl : torch::nn::Module
{
    AasistNetImpl(const AasistConfig &config, int numClasses);

    std::tuple<at::Tensor, at::Tensor> forward(const at::Tensor &waveform);
    /// Same values as forward() for inference only (no autograd); prepareInference() must have been
    /// called after the weights were loaded.
    std::tuple<at::Tensor, at::Tensor> forwardInference(const at::Tensor &waveform);
    /// forwardInference() from the sinc convolution's output `sinc` [B, filters, samples - kernel + 1]
    /// (at::conv1d(waveform.unsqueeze(1), sincFilters)): the front end is linear, so Integrated
    /// Gradients computes it twice per path and probes the path from there.
    std::tuple<at::Tensor, at::Tensor> forwardInferenceFromSinc(const at::Tensor &sinc);
    /// forwardInference() from the front end's max-pool output `pooled` [B, 1, filters / 3, frames]
    /// (at::max_pool2d(|sinc output|, {3, 3})).
    std::tuple<at::Tensor, at::Tensor> forwardInferenceFromPooled(const at::Tensor &pooled);
    /// Precomputes the folded/fused weights forwardInference() and encoderFolded() use.
    void prepareInference();
    /// The encoder (the six residual blocks) on the front end's output [B, 1, rows, frames] with
    /// autograd, for Integrated Gradients: each block's bn2 folded into conv1 (eval mode only; the same
    /// values as the blocks' forward() up to float rounding). prepareInference() must have been called.
    at::Tensor encoderFolded(const at::Tensor &x);

    /// Shortest input that leaves at least one temporal node after the encoder's pooling.
    int64_t minimumSamples() const;

    /// While `record` is set, every forward()/backEnd() that runs on the calling thread appends the
    /// graph pools' choices to it (a thread-local setting: other threads' passes are not recorded).
    /// nullptr stops recording.
    static void setSelectionRecord(SelectionRecord *record);

    /// The network after the encoder: graph attention back end on the encoder output [B, C, spec,
    /// time] -> (embedding, logits). Public for core/explain, which runs the (linear) sinc front end
    /// once per Integrated Gradients path and the rest per step.
    std::tuple<at::Tensor, at::Tensor> backEnd(const at::Tensor &e);

    AasistConfig config;
    int numClasses;
    at::Tensor sincFilters; ///< [sincFilters, 1, kernel] (not a parameter: fixed)
    torch::nn::BatchNorm2d first_bn{nullptr};
    torch::nn::ModuleList encoder{nullptr}; ///< encoder.<i>.0 = ResidualBlock
    std::vector<ResidualBlock> blocks;
    at::Tensor pos_S, master1, master2;
    GraphAttentionLayer GAT_layer_S{nullptr}, GAT_layer_T{nullptr};
    HtrgGraphAttentionLayer HtrgGAT_layer_ST11{nullptr}, HtrgGAT_layer_ST12{nullptr};
    HtrgGraphAttentionLayer HtrgGAT_layer_ST21{nullptr}, HtrgGAT_layer_ST22{nullptr};
    GraphPool pool_S{nullptr}, pool_T{nullptr}, pool_hS1{nullptr}, pool_hT1{nullptr}, pool_hS2{nullptr},
        pool_hT2{nullptr};
    torch::nn::Linear out_layer{nullptr};

private:
    at::Tensor frontEnd(const at::Tensor &waveform);
    at::Tensor frontEndChunk(const at::Tensor &padded, int64_t c0, int64_t c1, int64_t columns);
    at::Tensor sincChunk(const at::Tensor &paddedSinc, int64_t c0, int64_t c1, int64_t columns);
    at::Tensor poolSincChunk(const at::Tensor &absSinc, int64_t c0, int64_t c1, int64_t columns);
    at::Tensor pooledChunk(const at::Tensor &paddedPooled, int64_t c0, int64_t c1, int64_t columns);
    at::Tensor activateChunk(at::Tensor pooled, int64_t c0, int64_t c1, int64_t columns);
    std::tuple<at::Tensor, at::Tensor> inferenceBlocks(at::Tensor x, int64_t height);
    at::Tensor blockFast(size_t i, int64_t batch, int64_t height, int64_t frames,
                         const std::function<at::Tensor(int64_t, int64_t)> &input);

    struct FoldedBlock
    {
        at::Tensor w1, b1; // conv1 with bn2 folded in
        at::Tensor w1n;    // w1 with NCHW strides (the autograd path, encoderFolded())
        at::Tensor w2, b2; // conv2
        at::Tensor wd, bd; // conv_downsample (undefined when none)
        at::Tensor t1, td; // conv1 and conv_downsample as taps [kh kw, C] for oneChannelConv() (one input channel only)
    };
    std::vector<FoldedBlock> m_folded;
    at::Tensor m_sincUsed; // the filter rows the front end's max-pool reads
    int64_t m_poolRows = 0;
    float m_feScale = 1.0f, m_feShift = 0.0f; // first_bn as an affine map
    bool m_prepared = false;
};
TORCH_MODULE(AasistNet);

} // namespace st::aasist

namespace st {
class EmbeddingModel;
}

namespace st::aasist {

/// Builds the network for `config` with the number of classes of the checkpoint (rows of
/// out_layer.weight), loads every parameter and buffer of `pthPath` by name and switches to eval mode.
/// Throws st::Error naming the file and listing missing, unexpected and mis-shaped tensors.
AasistNet loadAasistNet(const AasistConfig &config, const QString &pthPath);

/// The network behind a model returned by st::loadAasist(), or an empty holder (nullptr) when `model`
/// is not a native AASIST. Shares the weights: do not run it concurrently with model.forward().
AasistNet aasistNetOf(const EmbeddingModel &model);

} // namespace st::aasist
