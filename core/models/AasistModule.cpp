#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/autograd.h>

#include "models/AasistModule.h"
#include "models/AasistKernels.h"

#include <QtGlobal>

#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace st::aasist {

// ---- sinc front end -------------------------------------------------------------------------

at::Tensor sincFilterBank(int sincFilters, int kernelSize, int sampleRate)
{
    // Cut-offs: sincFilters + 1 points equally spaced on the mel scale between the mel values of the
    // lowest and highest bin of a 512-point FFT grid (0 .. sampleRate/2), in double as the reference.
    auto toMel = [](double hz) { return 2595.0 * std::log10(1.0 + hz / 700.0); };
    auto toHz = [](double mel) { return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0); };
    const int nfft = 512;
    const int bins = nfft / 2 + 1;
    const double nyq = double(sampleRate / 2);
    double melMin = 0.0, melMax = 0.0;
    for (int i = 0; i < bins; ++i) {
        const double f = nyq * (i * (1.0 / (bins - 1)));
        const double m = toMel(i == bins - 1 ? nyq : f);
        melMin = i == 0 ? m : std::min(melMin, m);
        melMax = i == 0 ? m : std::max(melMax, m);
    }
    std::vector<double> edges(size_t(sincFilters) + 1);
    const double step = (melMax - melMin) / sincFilters;
    for (int i = 0; i <= sincFilters; ++i)
        edges[size_t(i)] = toHz(i == sincFilters ? melMax : i * step + melMin);

    // The reference evaluates the ideal band-pass in float32 (its tap positions are a float32 tensor):
    // x = (2 f) * n / sr, sinc(x) = sin(pi x) / (pi x), scaled by 2 f / sr, times a Hamming window.
    const int half = (kernelSize - 1) / 2;
    const float pi = float(M_PI);
    auto sincTerm = [&](double fc, int n) {
        const float x = (float(2.0 * fc) * float(n)) / float(sampleRate);
        const float xs = x == 0.0f ? 1.0e-20f : x;
        const float y = pi * xs;
        return float(2.0 * fc / sampleRate) * (std::sin(y) / y);
    };
    at::Tensor bank = at::empty({sincFilters, 1, kernelSize}, at::kFloat);
    float *p = bank.data_ptr<float>();
    for (int i = 0; i < sincFilters; ++i) {
        for (int k = 0; k < kernelSize; ++k) {
            const int n = k - half;
            const float ideal = sincTerm(edges[size_t(i) + 1], n) - sincTerm(edges[size_t(i)], n);
            const float window =
                float(0.54 - 0.46 * std::cos(2.0 * M_PI * k / double(kernelSize - 1)));
            p[i * kernelSize + k] = window * ideal;
        }
    }
    return bank;
}

// ---- time max-pool ---------------------------------------------------------------------------

namespace {

// max_pool2d(x, {1, 3}) on a float CPU tensor [N, C, H, W] with NCHW or channels-last strides (the
// output has the input's), by kernels::timeMaxPool3Forward. ATen's kernel for NCHW walks every window with
// int64 indices: 84 ms for the first block's [1, 32, 23, 21490] on one thread here; ATen's channels-last
// kernel took 28 ms of a 145 ms AASIST probe. The pool's values go into y and, when `arg` is defined, the
// argmax bytes into it.
void timeMaxPool3Forward(const at::Tensor &x, at::Tensor &y, const at::Tensor &arg)
{
    const bool cl = !x.is_contiguous();
    const int64_t w = x.size(3), inner = cl ? x.size(1) : 1;
    const int64_t rows = cl ? x.size(0) * x.size(2) : x.size(0) * x.size(1) * x.size(2);
    const float *px = x.data_ptr<float>();
    float *py = y.data_ptr<float>();
    uint8_t *pa = arg.defined() ? arg.data_ptr<uint8_t>() : nullptr;
    at::parallel_for(0, rows, 8, [&](int64_t r0, int64_t r1) { kernels::timeMaxPool3Forward(px, py, pa, w, inner, r0, r1); });
}

// The pool's output (and argmax) layout: the input's (timeMaxPool3Forward walks both the same way).
at::MemoryFormat timeMaxPool3Format(const at::Tensor &x)
{
    return x.is_contiguous() ? at::MemoryFormat::Contiguous : at::MemoryFormat::ChannelsLast;
}

at::Tensor timeMaxPool3Output(const at::Tensor &x, at::ScalarType type = at::kFloat)
{
    return at::empty({x.size(0), x.size(1), x.size(2), x.size(3) / 3},
                     x.options().dtype(type).memory_format(timeMaxPool3Format(x)));
}

bool timeMaxPool3Fits(const at::Tensor &x)
{
    return x.device().is_cpu() && x.scalar_type() == at::kFloat && x.dim() == 4 && x.size(3) >= 3 &&
           (x.is_contiguous() || x.is_contiguous(at::MemoryFormat::ChannelsLast));
}

struct TimeMaxPool3Fn : public torch::autograd::Function<TimeMaxPool3Fn>
{
    static at::Tensor forward(torch::autograd::AutogradContext *ctx, const at::Tensor &x)
    {
        at::Tensor y = timeMaxPool3Output(x);
        const at::Tensor arg = timeMaxPool3Output(x, at::kByte);
        timeMaxPool3Forward(x, y, arg);
        ctx->save_for_backward({arg});
        ctx->saved_data["w"] = x.size(3);
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const at::Tensor arg = ctx->get_saved_variables()[0];
        const int64_t w = ctx->saved_data["w"].toInt();
        TORCH_CHECK(!grads[0].requires_grad(), "timeMaxPool3: no second derivative");
        const bool cl = !arg.is_contiguous();
        const at::MemoryFormat fmt = cl ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
        const at::Tensor g = grads[0].contiguous(fmt);
        const int64_t inner = cl ? arg.size(1) : 1;
        const int64_t rows = cl ? arg.size(0) * arg.size(2) : arg.size(0) * arg.size(1) * arg.size(2);
        at::Tensor gx = at::empty({arg.size(0), arg.size(1), arg.size(2), w}, g.options().memory_format(fmt));
        const float *pg = g.data_ptr<float>();
        const uint8_t *pa = arg.data_ptr<uint8_t>();
        float *px = gx.data_ptr<float>();
        at::parallel_for(0, rows, 8, [&](int64_t r0, int64_t r1) { kernels::timeMaxPool3Backward(pg, pa, px, w, inner, r0, r1); });
        return {gx};
    }
};

} // namespace

at::Tensor timeMaxPool3(const at::Tensor &x)
{
    if (!timeMaxPool3Fits(x))
        return at::max_pool2d(x, {1, 3});
    if (x.requires_grad() && at::GradMode::is_enabled())
        return TimeMaxPool3Fn::apply(x);
    at::Tensor y = timeMaxPool3Output(x);
    timeMaxPool3Forward(x, y, at::Tensor());
    return y;
}

// ---- first block's one-channel convolutions and SELU ----------------------------------------

namespace {

// ST_AASIST_NO_KERNELS=1: oneDNN and ATen's SELU as before the kernels, for bench_ig comparisons only.
bool kernelsOff()
{
    static const bool off = qEnvironmentVariableIntValue("ST_AASIST_NO_KERNELS") != 0;
    return off;
}

bool denseCpuFloat(const at::Tensor &x)
{
    return !kernelsOff() && x.device().is_cpu() && x.scalar_type() == at::kFloat &&
           (x.is_contiguous() || x.is_contiguous(at::MemoryFormat::ChannelsLast));
}

// d: batch, height, width, image stride, row stride, kh, kw, ph, pw (what the backward keeps).
kernels::OneChannelConv oneChannelShape(const std::vector<int64_t> &d, const at::Tensor &taps)
{
    kernels::OneChannelConv s;
    s.batch = d[0];
    s.height = d[1];
    s.width = d[2];
    s.imageStride = d[3];
    s.rowStride = d[4];
    s.channels = int(taps.size(1));
    s.kernelH = int(d[5]);
    s.kernelW = int(d[6]);
    s.padH = int(d[7]);
    s.padW = int(d[8]);
    return s;
}

std::vector<int64_t> oneChannelDims(const at::Tensor &x, int64_t kh, int64_t kw, int64_t ph, int64_t pw)
{
    return {x.size(0), x.size(2), x.size(3), x.stride(0), x.stride(2), kh, kw, ph, pw};
}

at::Tensor oneChannelConvForward(const at::Tensor &x, const at::Tensor &taps, const at::Tensor &bias, int64_t kh,
                                 int64_t kw, int64_t ph, int64_t pw, bool selu)
{
    const kernels::OneChannelConv s = oneChannelShape(oneChannelDims(x, kh, kw, ph, pw), taps);
    at::Tensor y = at::empty({s.batch, s.channels, s.outHeight(), s.outWidth()},
                             x.options().memory_format(at::MemoryFormat::ChannelsLast));
    const float *px = x.data_ptr<float>(), *pt = taps.data_ptr<float>(), *pb = bias.data_ptr<float>();
    float *py = y.data_ptr<float>();
    at::parallel_for(0, s.outRows(), 1, [&](int64_t r0, int64_t r1) {
        kernels::oneChannelConvForward(s, px, pt, pb, selu, py, r0, r1);
    });
    return y;
}

// conv2d of a one-channel [B, 1, H, W] float CPU input (columns contiguous) with taps [kh kw, C] and a
// bias [C], stride 1, padding (ph, pw), then SELU when `selu`: channels-last [B, C, Ho, Wo]. The
// gradient goes to the input only (the weights are constants of the explanation).
struct OneChannelConvFn : public torch::autograd::Function<OneChannelConvFn>
{
    static at::Tensor forward(torch::autograd::AutogradContext *ctx, const at::Tensor &x, const at::Tensor &taps,
                              const at::Tensor &bias, int64_t kh, int64_t kw, int64_t ph, int64_t pw, bool selu)
    {
        at::Tensor y = oneChannelConvForward(x, taps, bias, kh, kw, ph, pw, selu);
        ctx->save_for_backward({taps, selu ? y : at::Tensor()});
        std::vector<int64_t> d = oneChannelDims(x, kh, kw, ph, pw);
        d[3] = d[1] * d[2]; // the gradient is a contiguous [B, 1, H, W]
        d[4] = d[2];
        ctx->saved_data["shape"] = d;
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const auto saved = ctx->get_saved_variables();
        const at::Tensor taps = saved[0], y = saved[1];
        TORCH_CHECK(!grads[0].requires_grad(), "one-channel convolution: no second derivative");
        const kernels::OneChannelConv s = oneChannelShape(ctx->saved_data["shape"].toIntVector(), taps);
        const at::Tensor g = grads[0].contiguous(at::MemoryFormat::ChannelsLast);
        at::Tensor perTap = at::empty({s.outRows() * s.taps() * s.outWidth()}, g.options());
        at::Tensor gx = at::empty({s.batch, 1, s.height, s.width}, g.options());
        const float *pg = g.data_ptr<float>(), *pt = taps.data_ptr<float>();
        const float *py = y.defined() ? y.data_ptr<float>() : nullptr;
        float *pp = perTap.data_ptr<float>(), *pgx = gx.data_ptr<float>();
        at::parallel_for(0, s.outRows(), 1, [&](int64_t r0, int64_t r1) {
            kernels::oneChannelConvBackwardTaps(s, pg, py, pt, pp, r0, r1);
        });
        at::parallel_for(0, s.inRows(), 1, [&](int64_t r0, int64_t r1) {
            kernels::oneChannelConvBackwardGather(s, pp, pgx, r0, r1);
        });
        return {gx, at::Tensor(), at::Tensor(), at::Tensor(), at::Tensor(), at::Tensor(), at::Tensor(), at::Tensor()};
    }
};

constexpr int64_t kSeluGrain = 1 << 16;

// y = selu(x) elementwise over the memory of two dense tensors with the same strides (y may be x).
void seluInto(const at::Tensor &x, at::Tensor &y)
{
    const float *px = x.data_ptr<float>();
    float *py = y.data_ptr<float>();
    at::parallel_for(0, x.numel(), kSeluGrain, [&](int64_t i0, int64_t i1) { kernels::seluForward(px + i0, py + i0, i1 - i0); });
}

// SELU with autograd over a dense float CPU tensor (the kernels' polynomial exp; the same memory format
// out as in).
struct SeluFn : public torch::autograd::Function<SeluFn>
{
    static at::Tensor forward(torch::autograd::AutogradContext *ctx, const at::Tensor &x)
    {
        at::Tensor y = at::empty_like(x);
        TORCH_CHECK(y.strides() == x.strides(), "selu: unexpected strides");
        seluInto(x, y);
        ctx->save_for_backward({y});
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx,
                                                   torch::autograd::variable_list grads)
    {
        const at::Tensor y = ctx->get_saved_variables()[0];
        TORCH_CHECK(!grads[0].requires_grad(), "selu: no second derivative");
        at::Tensor g = grads[0];
        if (g.strides() != y.strides())
            g = at::empty_like(y).copy_(g);
        at::Tensor gx = at::empty_like(y);
        const float *pg = g.data_ptr<float>(), *py = y.data_ptr<float>();
        float *pgx = gx.data_ptr<float>();
        at::parallel_for(0, y.numel(), kSeluGrain, [&](int64_t i0, int64_t i1) {
            kernels::seluBackward(pg + i0, py + i0, pgx + i0, i1 - i0);
        });
        return {gx};
    }
};

} // namespace

at::Tensor oneChannelConv(const at::Tensor &x, const at::Tensor &taps, const at::Tensor &bias, int kh, int kw, int ph,
                          int pw, bool selu)
{
    TORCH_CHECK(x.device().is_cpu() && x.scalar_type() == at::kFloat && x.dim() == 4 && x.size(1) == 1 &&
                    x.stride(3) == 1 && taps.is_contiguous() && taps.dim() == 2 && taps.size(0) == kh * kw &&
                    bias.is_contiguous() && bias.numel() == taps.size(1),
                "oneChannelConv: a [B, 1, H, W] float CPU input with contiguous columns and taps [kh kw, C]");
    if (x.requires_grad() && at::GradMode::is_enabled())
        return OneChannelConvFn::apply(x, taps, bias, kh, kw, ph, pw, selu);
    return oneChannelConvForward(x, taps, bias, kh, kw, ph, pw, selu);
}

at::Tensor fastSelu(const at::Tensor &x)
{
    if (!denseCpuFloat(x))
        return at::selu(x);
    if (x.requires_grad() && at::GradMode::is_enabled())
        return SeluFn::apply(x);
    at::Tensor y = at::empty_like(x);
    TORCH_CHECK(y.strides() == x.strides(), "selu: unexpected strides");
    seluInto(x, y);
    return y;
}

void fastSeluInPlace(at::Tensor &x)
{
    if (!denseCpuFloat(x) || (x.requires_grad() && at::GradMode::is_enabled())) {
        at::selu_(x);
        return;
    }
    seluInto(x, x);
}

// ---- residual block -------------------------------------------------------------------------

ResidualBlockImpl::ResidualBlockImpl(int inChannels, int outChannels, bool isFirst)
    : first(isFirst), downsample(inChannels != outChannels)
{
    if (!first)
        bn1 = register_module("bn1", torch::nn::BatchNorm2d(inChannels));
    conv1 = register_module(
        "conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, {2, 3}).padding({1, 1})));
    bn2 = register_module("bn2", torch::nn::BatchNorm2d(outChannels));
    conv2 = register_module(
        "conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(outChannels, outChannels, {2, 3}).padding({0, 1})));
    if (downsample)
        conv_downsample = register_module(
            "conv_downsample",
            torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, outChannels, {1, 3}).padding({0, 1})));
}

at::Tensor ResidualBlockImpl::forward(const at::Tensor &x)
{
    // The reference computes selu(bn1(x)) for non-first blocks and then discards it: conv1 reads x.
    at::Tensor out = conv1->forward(x);
    out = at::selu(bn2->forward(out));
    out = conv2->forward(out);
    out = out + (downsample ? conv_downsample->forward(x) : x);
    return timeMaxPool3(out);
}

// ---- graph attention ------------------------------------------------------------------------

namespace {

at::Tensor batchNormLastDim(const at::Tensor &x, torch::nn::BatchNorm1d &bn)
{
    const auto sizes = x.sizes().vec();
    at::Tensor y = bn->forward(x.reshape({-1, sizes.back()}));
    return y.view(sizes);
}

at::Tensor pairwiseProducts(const at::Tensor &x) // [B,N,D] -> [B,N,N,D]
{
    return x.unsqueeze(2) * x.unsqueeze(1);
}

} // namespace

GraphAttentionLayerImpl::GraphAttentionLayerImpl(int inDim, int outDim, double temperature)
    : temp(temperature)
{
    att_proj = register_module("att_proj", torch::nn::Linear(inDim, outDim));
    att_weight = register_parameter("att_weight", at::zeros({outDim, 1}));
    proj_with_att = register_module("proj_with_att", torch::nn::Linear(inDim, outDim));
    proj_without_att = register_module("proj_without_att", torch::nn::Linear(inDim, outDim));
    bn = register_module("bn", torch::nn::BatchNorm1d(outDim));
}

at::Tensor GraphAttentionLayerImpl::forward(const at::Tensor &x)
{
    at::Tensor att = at::tanh(att_proj->forward(pairwiseProducts(x)));
    att = at::matmul(att, att_weight).squeeze(-1) / temp; // [B,N,N]
    att = at::softmax(att, -1);                            // over the neighbours j of node i
    at::Tensor y = proj_with_att->forward(at::matmul(att, x)) + proj_without_att->forward(x);
    return at::selu(batchNormLastDim(y, bn));
}

HtrgGraphAttentionLayerImpl::HtrgGraphAttentionLayerImpl(int inDim, int outDim, double temperature)
    : temp(temperature)
{
    proj_type1 = register_module("proj_type1", torch::nn::Linear(inDim, inDim));
    proj_type2 = register_module("proj_type2", torch::nn::Linear(inDim, inDim));
    att_proj = register_module("att_proj", torch::nn::Linear(inDim, outDim));
    att_projM = register_module("att_projM", torch::nn::Linear(inDim, outDim));
    att_weight11 = register_parameter("att_weight11", at::zeros({outDim, 1}));
    att_weight22 = register_parameter("att_weight22", at::zeros({outDim, 1}));
    att_weight12 = register_parameter("att_weight12", at::zeros({outDim, 1}));
    att_weightM = register_parameter("att_weightM", at::zeros({outDim, 1}));
    proj_with_att = register_module("proj_with_att", torch::nn::Linear(inDim, outDim));
    proj_without_att = register_module("proj_without_att", torch::nn::Linear(inDim, outDim));
    proj_with_attM = register_module("proj_with_attM", torch::nn::Linear(inDim, outDim));
    proj_without_attM = register_module("proj_without_attM", torch::nn::Linear(inDim, outDim));
    bn = register_module("bn", torch::nn::BatchNorm1d(outDim));
}

std::tuple<at::Tensor, at::Tensor, at::Tensor>
HtrgGraphAttentionLayerImpl::forward(const at::Tensor &x1in, const at::Tensor &x2in, const at::Tensor &master)
{
    const int64_t n1 = x1in.size(1);
    const int64_t n2 = x2in.size(1);
    const int64_t n = n1 + n2;
    at::Tensor x = at::cat({proj_type1->forward(x1in), proj_type2->forward(x2in)}, 1);

    // Node-to-node attention: one weight vector per block (1-1, 2-2, and both cross blocks share 1-2).
    at::Tensor att = at::tanh(att_proj->forward(pairwiseProducts(x))); // [B,N,N,out]
    at::Tensor w = at::cat({att_weight11, att_weight22, att_weight12}, 1); // [out,3]
    at::Tensor scores = at::matmul(att, w);                                // [B,N,N,3]
    at::Tensor type = at::zeros({n}, x.options().dtype(at::kBool));
    type.narrow(0, n1, n2).fill_(true);
    const at::Tensor ti = type.unsqueeze(1), tj = type.unsqueeze(0);
    const at::Tensor in11 = at::logical_and(ti.logical_not(), tj.logical_not());
    const at::Tensor in22 = at::logical_and(ti, tj);
    at::Tensor board = at::where(in11, scores.select(3, 0),
                                 at::where(in22, scores.select(3, 1), scores.select(3, 2)));
    board = at::softmax(board / temp, -1);

    // Master node: attention of the master over all nodes.
    at::Tensor am = at::tanh(att_projM->forward(x * master));        // [B,N,out]
    am = at::softmax(at::matmul(am, att_weightM) / temp, 1);          // [B,N,1]
    at::Tensor newMaster = proj_with_attM->forward(at::matmul(am.transpose(1, 2), x))
                         + proj_without_attM->forward(master);        // [B,1,out]

    at::Tensor y = proj_with_att->forward(at::matmul(board, x)) + proj_without_att->forward(x);
    y = at::selu(batchNormLastDim(y, bn));
    return {y.narrow(1, 0, n1), y.narrow(1, n1, n2), newMaster};
}

namespace {
thread_local SelectionRecord *t_selectionRecord = nullptr;
}

GraphPoolImpl::GraphPoolImpl(double ratio, int inDim) : k(ratio)
{
    proj = register_module("proj", torch::nn::Linear(inDim, 1));
}

at::Tensor GraphPoolImpl::forward(const at::Tensor &h)
{
    at::Tensor scores = at::sigmoid(proj->forward(h)); // [B,N,1]
    const int64_t nodes = h.size(1);
    const int64_t keep = std::max<int64_t>(int64_t(double(nodes) * k), 1);
    at::Tensor idx = std::get<1>(at::topk(scores, keep, 1));
    if (t_selectionRecord)
        t_selectionRecord->entries.push_back({name, level, scores.squeeze(2), idx.squeeze(2)});
    idx = idx.expand({-1, -1, h.size(2)});
    return at::gather(h * scores, 1, idx);
}

// ---- the network ----------------------------------------------------------------------------

AasistNetImpl::AasistNetImpl(const AasistConfig &cfg, int classes) : config(cfg), numClasses(classes)
{
    sincFilters = sincFilterBank(cfg.sincFilters, cfg.sincKernelSize());
    first_bn = register_module("first_bn", torch::nn::BatchNorm2d(1));
    encoder = register_module("encoder", torch::nn::ModuleList());
    const int blockFilts[6] = {0, 1, 2, 3, 3, 3};
    for (int i = 0; i < 6; ++i) {
        const auto &ch = cfg.blockChannels[size_t(blockFilts[i])];
        ResidualBlock b(ch.first, ch.second, i == 0);
        torch::nn::ModuleList wrap;
        wrap->push_back(b);
        encoder->push_back(wrap);
        blocks.push_back(b);
    }
    const int encCh = cfg.encoderChannels();
    const int g0 = cfg.gatDims[0], g1 = cfg.gatDims[1];
    pos_S = register_parameter("pos_S", at::zeros({1, cfg.sincFilters / 3, encCh}));
    master1 = register_parameter("master1", at::zeros({1, 1, g0}));
    master2 = register_parameter("master2", at::zeros({1, 1, g0}));
    GAT_layer_S = register_module("GAT_layer_S", GraphAttentionLayer(encCh, g0, cfg.temperatures[0]));
    GAT_layer_T = register_module("GAT_layer_T", GraphAttentionLayer(encCh, g0, cfg.temperatures[1]));
    HtrgGAT_layer_ST11 = register_module("HtrgGAT_layer_ST11", HtrgGraphAttentionLayer(g0, g1, cfg.temperatures[2]));
    HtrgGAT_layer_ST12 = register_module("HtrgGAT_layer_ST12", HtrgGraphAttentionLayer(g1, g1, cfg.temperatures[2]));
    HtrgGAT_layer_ST21 = register_module("HtrgGAT_layer_ST21", HtrgGraphAttentionLayer(g0, g1, cfg.temperatures[2]));
    HtrgGAT_layer_ST22 = register_module("HtrgGAT_layer_ST22", HtrgGraphAttentionLayer(g1, g1, cfg.temperatures[2]));
    pool_S = register_module("pool_S", GraphPool(cfg.poolRatios[0], g0));
    pool_T = register_module("pool_T", GraphPool(cfg.poolRatios[1], g0));
    pool_hS1 = register_module("pool_hS1", GraphPool(cfg.poolRatios[2], g1));
    pool_hT1 = register_module("pool_hT1", GraphPool(cfg.poolRatios[2], g1));
    pool_hS2 = register_module("pool_hS2", GraphPool(cfg.poolRatios[2], g1));
    pool_hT2 = register_module("pool_hT2", GraphPool(cfg.poolRatios[2], g1));
    // Names and levels for SelectionRecord: level 0 sees the encoder, level 1 what level 0 kept.
    const std::pair<GraphPool *, const char *> pools[] = {{&pool_S, "pool_S"},     {&pool_T, "pool_T"},
                                                          {&pool_hS1, "pool_hS1"}, {&pool_hT1, "pool_hT1"},
                                                          {&pool_hS2, "pool_hS2"}, {&pool_hT2, "pool_hT2"}};
    for (const auto &[p, name] : pools) {
        (*p)->name = name;
        (*p)->level = (p == &pool_S || p == &pool_T) ? 0 : 1;
    }
    out_layer = register_module("out_layer", torch::nn::Linear(cfg.embeddingDim(), classes));
}

void AasistNetImpl::setSelectionRecord(SelectionRecord *record) { t_selectionRecord = record; }

int64_t AasistNetImpl::minimumSamples() const
{
    // (T - kernel + 1) / 3 after the front end, then six max-pools of 3: at least 3^7 front-end frames.
    return int64_t(2187) + config.sincKernelSize() - 1;
}

at::Tensor AasistNetImpl::frontEnd(const at::Tensor &waveform)
{
    at::Tensor x = at::conv1d(waveform.unsqueeze(1), sincFilters.to(waveform.device()));
    x = at::max_pool2d(at::abs(x.unsqueeze(1)), {3, 3});
    return at::selu(first_bn->forward(x));
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::backEnd(const at::Tensor &e)
{
    if (t_selectionRecord)
        t_selectionRecord->backEndInput = e;
    const at::Tensor ea = at::abs(e);
    at::Tensor eS = std::get<0>(at::max(ea, 3)).transpose(1, 2) + pos_S; // [B, spec, C]
    at::Tensor outS = pool_S->forward(GAT_layer_S->forward(eS));
    at::Tensor eT = std::get<0>(at::max(ea, 2)).transpose(1, 2);         // [B, time, C]
    at::Tensor outT = pool_T->forward(GAT_layer_T->forward(eT));

    auto branch = [&](HtrgGraphAttentionLayer &l1, HtrgGraphAttentionLayer &l2, GraphPool &pS, GraphPool &pT,
                      const at::Tensor &master) {
        auto [t1, s1, m1] = l1->forward(outT, outS, master);
        s1 = pS->forward(s1);
        t1 = pT->forward(t1);
        auto [tAug, sAug, mAug] = l2->forward(t1, s1, m1);
        return std::make_tuple(t1 + tAug, s1 + sAug, m1 + mAug);
    };
    auto [t1, s1, m1] = branch(HtrgGAT_layer_ST11, HtrgGAT_layer_ST12, pool_hS1, pool_hT1, master1);
    auto [t2, s2, m2] = branch(HtrgGAT_layer_ST21, HtrgGAT_layer_ST22, pool_hS2, pool_hT2, master2);

    const at::Tensor outT2 = at::max(t1, t2);
    const at::Tensor outS2 = at::max(s1, s2);
    const at::Tensor master = at::max(m1, m2);
    at::Tensor emb = at::cat({std::get<0>(at::max(at::abs(outT2), 1)), at::mean(outT2, 1),
                              std::get<0>(at::max(at::abs(outS2), 1)), at::mean(outS2, 1), master.squeeze(1)},
                             1);
    at::Tensor logits = out_layer->forward(emb);
    return {emb, logits};
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::forward(const at::Tensor &waveform)
{
    TORCH_CHECK(waveform.dim() == 2, "AASIST expects a [batch, samples] waveform");
    TORCH_CHECK(waveform.size(1) >= minimumSamples(), "AASIST needs at least ", minimumSamples(), " samples");
    at::Tensor x = frontEnd(waveform);
    for (auto &b : blocks)
        x = b->forward(x);
    return backEnd(x);
}

namespace {

// ST_AASIST_PROFILE=1 prints the process CPU time of each stage of forwardInference() to stderr
// (CPU time rather than wall time: steadier on a shared machine).
struct StageTimer
{
    bool on = qEnvironmentVariableIsSet("ST_AASIST_PROFILE");
    double t = now();
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + ts.tv_nsec * 1e-6;
    }
    void mark(const char *stage, int index = -1)
    {
        if (!on)
            return;
        const double n = now();
        if (index >= 0)
            std::fprintf(stderr, "  %s %d: %.1f ms CPU\n", stage, index, n - t);
        else
            std::fprintf(stderr, "  %s: %.1f ms CPU\n", stage, n - t);
        t = n;
    }
};

// Output frames (after the block's max-pool) computed per chunk: small enough that a chunk's
// intermediates stay in cache and are recycled by the allocator instead of being mapped afresh.
const std::vector<int64_t> kOnes{1, 1}, kPad00{0, 0}, kPad10{1, 0};
// Zeros around the waveform so that front-end columns -2, -1 and columns + 1, + 2 can be computed
// (and then zeroed) with the same shape as any other chunk.
constexpr int64_t kWavePadLeft = 6, kWavePadRight = 12;

// A copy with channels-last strides, also for one channel (where .contiguous(ChannelsLast) keeps the
// NCHW strides and oneDNN would then pick its slower NCHW kernels).
at::Tensor channelsLast(const at::Tensor &t)
{
    return at::empty(t.sizes(), t.options().memory_format(at::MemoryFormat::ChannelsLast)).copy_(t);
}

// oneDNN convolution called directly: ATen's heuristics send small 1-channel inputs (front-end
// chunks) to its im2col path on the generic reference BLAS, which is many times slower.
at::Tensor conv(const at::Tensor &x, const at::Tensor &w, const at::Tensor &b, at::IntArrayRef pad)
{
    return at::mkldnn_convolution(x, w, b, pad, kOnes, kOnes, 1);
}

// Runs f with every ATen/oneDNN operation inside single-threaded, also when LibTorch has several
// threads: the small tensors of the late blocks and the graph back end gain nothing from a fork-join
// per operation, and on a shared machine each of those barriers can stall for a time slice. Inside an
// at::parallel_for body operations run serially; the second thread has nothing to do.
template<typename Fn>
void runSerially(Fn &&f)
{
    if (at::get_num_threads() > 1 && !at::in_parallel_region()) {
        at::parallel_for(0, 2, 1, [&](int64_t begin, int64_t) {
            if (begin == 0)
                f();
        });
    } else {
        f();
    }
}

int64_t chunkFrames()
{
    static const int64_t n = [] {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue("ST_AASIST_CHUNK", &ok);
        return ok && v > 0 ? int64_t(v) : int64_t(128);
    }();
    return n;
}

} // namespace

void AasistNetImpl::prepareInference()
{
    torch::NoGradGuard noGrad;
    m_folded.clear();
    for (auto &b : blocks) {
        // Eval-mode BatchNorm after conv1 is an affine map per channel: fold it into conv1.
        const auto &bn = b->bn2;
        const at::Tensor scale = bn->weight / at::sqrt(bn->running_var + bn->options.eps());
        FoldedBlock f;
        f.w1n = (b->conv1->weight * scale.view({-1, 1, 1, 1})).contiguous();
        f.w1 = channelsLast(f.w1n);
        f.b1 = ((b->conv1->bias - bn->running_mean) * scale + bn->bias).contiguous();
        f.w2 = channelsLast(b->conv2->weight);
        f.b2 = b->conv2->bias.detach().clone();
        if (b->downsample) {
            f.wd = channelsLast(b->conv_downsample->weight);
            f.bd = b->conv_downsample->bias.detach().clone();
        }
        if (f.w1n.size(1) == 1 && !kernelsOff()) {
            f.t1 = f.w1n.reshape({f.w1n.size(0), -1}).t().contiguous();
            if (b->downsample) {
                const at::Tensor wd = b->conv_downsample->weight.detach();
                f.td = wd.reshape({wd.size(0), -1}).t().contiguous();
            }
        }
        m_folded.push_back(f);
    }
    // The max-pool keeps 3 * (sincFilters / 3) filter rows: the others are never used.
    m_poolRows = 3 * (config.sincFilters / 3);
    m_sincUsed = sincFilters.narrow(0, 0, m_poolRows).unsqueeze(2).contiguous(); // [rows, 1, 1, kernel]
    const at::Tensor s0 = first_bn->weight / at::sqrt(first_bn->running_var + first_bn->options.eps());
    m_feScale = s0.item<float>();
    m_feShift = (first_bn->bias - first_bn->running_mean * s0).item<float>();
    m_prepared = true;
}

at::Tensor AasistNetImpl::encoderFolded(const at::Tensor &input)
{
    TORCH_CHECK(m_prepared, "AasistNet::prepareInference() was not called");
    // ST_AASIST_NCHW=1: the NCHW convolutions instead of channels-last, for bench_ig comparisons only.
    static const bool nchw = qEnvironmentVariableIntValue("ST_AASIST_NCHW") != 0;
    const at::Device dev = input.device();
    at::Tensor x = nchw || !dev.is_cpu() ? input : channelsLast(input);
    const std::vector<int64_t> pad01{0, 1}, pad11{1, 1};
    for (size_t i = 0; i < blocks.size(); ++i) {
        const FoldedBlock &f = m_folded[i];
        auto &b = blocks[i];
        // One input channel: conv1 + SELU and conv_downsample by the kernels (AasistKernels.h).
        const bool one = !nchw && dev.is_cpu() && f.t1.defined() && x.size(1) == 1;
        at::Tensor out;
        if (one) {
            out = oneChannelConv(x, f.t1, f.b1, 2, 3, 1, 1, true);
        } else {
            out = at::conv2d(x, nchw || !dev.is_cpu() ? f.w1n.to(dev) : f.w1, f.b1.to(dev), kOnes, pad11);
            out = nchw ? at::selu(out) : fastSelu(out);
        }
        out = at::conv2d(out, f.w2.to(dev), f.b2.to(dev), kOnes, pad01);
        if (!b->downsample)
            out = out + x;
        else if (one && f.td.defined())
            out = out + oneChannelConv(x, f.td, f.bd, 1, 3, 0, 1, false);
        else
            out = out + at::conv2d(x, f.wd.to(dev), f.bd.to(dev), kOnes, pad01);
        x = timeMaxPool3(out);
    }
    return x;
}

// The fast path works on time chunks of constant shape, so that oneDNN builds one set of kernels per
// block and reuses it for every chunk and every clip (each new shape costs JIT time and memory held
// in its primitive cache). A chunk of output frames [o0, o1) of a block needs block-input columns
// [3 o0 - 2, 3 o1 + 2): conv1 and conv2 each reach one column to either side. The reference zero-pads
// the block input for conv1 and conv1's activation for conv2 at the true ends only; both are
// reproduced by zero columns: every block output is stored with two zero columns on either side, and
// the activation columns outside the clip are zeroed.

at::Tensor AasistNetImpl::frontEndChunk(const at::Tensor &padded, int64_t c0, int64_t c1, int64_t columns)
{
    // Columns [c0, c1) (c0 may be -2, c1 up to columns + 2) of selu(first_bn(maxpool(|sinc * x|))).
    // Column j reads samples [3 j, 3 j + 3 + kernel - 1), found in `padded` at offset +kPadLeft.
    const int64_t k = sincFilters.size(2);
    const int64_t batch = padded.size(0);
    const at::Tensor xs =
        padded.narrow(1, 3 * c0 + kWavePadLeft, 3 * (c1 - c0) + k - 1).reshape({batch, 1, 1, -1});
    at::Tensor y = conv(xs, m_sincUsed, at::Tensor(), kPad00); // [B, rows, 1, 3 (c1 - c0)], NCHW
    y.abs_();
    return poolSincChunk(y.view({batch, 1, y.size(1), y.size(3)}), c0, c1, columns);
}

at::Tensor AasistNetImpl::poolSincChunk(const at::Tensor &absSinc, int64_t c0, int64_t c1, int64_t columns)
{
    // |sinc output| [B, 1, rows, 3 (c1 - c0)] of columns [c0, c1) -> selu(first_bn(maxpool)), with the
    // columns outside the clip zeroed.
    return activateChunk(at::max_pool2d(absSinc, {3, 3}), c0, c1, columns); // [B, 1, rows / 3, c1 - c0]
}

at::Tensor AasistNetImpl::pooledChunk(const at::Tensor &paddedPooled, int64_t c0, int64_t c1, int64_t columns)
{
    // Columns [c0, c1) of the max-pool output, found in `paddedPooled` at offset +2.
    return activateChunk(paddedPooled.narrow(3, c0 + 2, c1 - c0).clone(), c0, c1, columns);
}

at::Tensor AasistNetImpl::activateChunk(at::Tensor y, int64_t c0, int64_t c1, int64_t columns)
{
    // selu(first_bn(y)) in place on the max-pooled columns [c0, c1), the columns outside the clip zeroed.
    y.mul_(m_feScale).add_(m_feShift);
    at::selu_(y);
    if (c0 < 0)
        y.narrow(3, 0, -c0).zero_();
    if (c1 > columns)
        y.narrow(3, columns - c0, c1 - columns).zero_();
    return channelsLast(y);
}

at::Tensor AasistNetImpl::blockFast(size_t i, int64_t batch, int64_t height, int64_t frames,
                                    const std::function<at::Tensor(int64_t, int64_t)> &input)
{
    // Returns [B, C, H, frames / 3 + 4] (channels-last) whose columns 2 .. end-2 are the block's output.
    const FoldedBlock &f = m_folded[i];
    const int64_t outCh = f.w2.size(0);
    const int64_t outFrames = frames / 3;
    at::Tensor out = at::empty({batch, outCh, height, outFrames + 4},
                               at::TensorOptions().dtype(at::kFloat).memory_format(at::MemoryFormat::ChannelsLast));
    out.narrow(3, 0, 2).zero_();
    out.narrow(3, outFrames + 2, 2).zero_();
    const int64_t chunk = std::min(chunkFrames(), outFrames);
    const int64_t chunks = (outFrames + chunk - 1) / chunk;
    auto runChunk = [&](int64_t c) {
        // The last chunk is moved back to end at the last frame: same shape, a few frames computed
        // twice (and written once).
        const int64_t next = c * chunk;
        const int64_t o0 = std::min(next, outFrames - chunk), o1 = o0 + chunk;
        const int64_t s = 3 * o0, e = 3 * o1;
        const at::Tensor xs = input(s - 2, e + 2); // [B, C, H, e - s + 4], zero outside the clip
        // columns [s - 1, e + 1), height H + 1
        const bool one = f.t1.defined() && xs.size(1) == 1;
        at::Tensor h = one ? oneChannelConv(xs, f.t1, f.b1, 2, 3, 1, 0, true) : conv(xs, f.w1, f.b1, kPad10);
        if (!one)
            fastSeluInPlace(h);
        if (s == 0)
            h.narrow(3, 0, 1).zero_();
        if (e == frames)
            h.narrow(3, e - s + 1, 1).zero_();
        at::Tensor y = conv(h, f.w2, f.b2, kPad00); // columns [s, e)
        if (f.wd.defined())
            y.add_(one && f.td.defined() ? oneChannelConv(xs.narrow(3, 1, e - s + 2), f.td, f.bd, 1, 3, 0, 0, false)
                                         : conv(xs.narrow(3, 1, e - s + 2), f.wd, f.bd, kPad00));
        else
            y.add_(xs.narrow(3, 2, e - s));
        out.narrow(3, 2 + next, o1 - next).copy_(timeMaxPool3(y).narrow(3, next - o0, o1 - next));
    };
    if (chunks > 1 && at::get_num_threads() > 1) {
        // Chunks in parallel, each single-threaded (ATen and oneDNN run serially inside a parallel
        // region): one fork-join per block instead of one per operation, which matters when the
        // machine is shared.
        at::parallel_for(0, chunks, 1, [&](int64_t begin, int64_t end) {
            for (int64_t c = begin; c < end; ++c)
                runChunk(c);
        });
    } else {
        runSerially([&] {
            for (int64_t c = 0; c < chunks; ++c)
                runChunk(c);
        });
    }
    return out;
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::forwardInference(const at::Tensor &waveformIn)
{
    TORCH_CHECK(waveformIn.dim() == 2, "AASIST expects a [batch, samples] waveform");
    TORCH_CHECK(waveformIn.size(1) >= minimumSamples(), "AASIST needs at least ", minimumSamples(), " samples");
    TORCH_CHECK(m_prepared, "AasistNet::prepareInference() was not called");
    if (!waveformIn.device().is_cpu())
        return forward(waveformIn);
    StageTimer timer;
    const int64_t batch = waveformIn.size(0);
    const int64_t height = m_poolRows / 3;
    const int64_t columns = (waveformIn.size(1) - sincFilters.size(2) + 1) / 3; // front-end output
    const at::Tensor padded = at::constant_pad_nd(waveformIn.to(at::kFloat), {kWavePadLeft, kWavePadRight});
    at::Tensor x = blockFast(0, batch, height, columns, [&](int64_t c0, int64_t c1) {
        return frontEndChunk(padded, c0, c1, columns);
    });
    timer.mark("front end + block", 0);
    return inferenceBlocks(x, height);
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::inferenceBlocks(at::Tensor x, int64_t height)
{
    StageTimer timer;
    const int64_t batch = x.size(0);
    for (size_t i = 1; i < blocks.size(); ++i) {
        const at::Tensor in = x;
        x = blockFast(i, batch, height, in.size(3) - 4, [&](int64_t c0, int64_t c1) {
            return in.narrow(3, c0 + 2, c1 - c0).contiguous(at::MemoryFormat::ChannelsLast);
        });
        timer.mark("block", int(i));
    }
    std::tuple<at::Tensor, at::Tensor> r;
    runSerially([&] { r = backEnd(x.narrow(3, 2, x.size(3) - 4).contiguous()); });
    timer.mark("back end");
    return r;
}

at::Tensor AasistNetImpl::sincChunk(const at::Tensor &paddedSinc, int64_t c0, int64_t c1, int64_t columns)
{
    // frontEndChunk with the convolution already done: columns [c0, c1) read sinc outputs
    // [3 c0, 3 c1), found in `paddedSinc` at offset +kWavePadLeft (columns outside the clip are zeroed).
    const int64_t batch = paddedSinc.size(0);
    const at::Tensor y = paddedSinc.narrow(2, 3 * c0 + kWavePadLeft, 3 * (c1 - c0)).abs();
    return poolSincChunk(y.view({batch, 1, y.size(1), y.size(2)}), c0, c1, columns);
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::forwardInferenceFromSinc(const at::Tensor &sinc)
{
    TORCH_CHECK(sinc.dim() == 3 && sinc.size(1) == sincFilters.size(0), "AASIST expects a [batch, filters, frames] sinc output");
    TORCH_CHECK(m_prepared, "AasistNet::prepareInference() was not called");
    if (!sinc.device().is_cpu()) {
        at::Tensor x = at::max_pool2d(at::abs(sinc.unsqueeze(1)), {3, 3});
        x = at::selu(first_bn->forward(x));
        for (auto &b : blocks)
            x = b->forward(x);
        return backEnd(x);
    }
    StageTimer timer;
    const int64_t batch = sinc.size(0);
    const int64_t height = m_poolRows / 3;
    const int64_t columns = sinc.size(2) / 3;
    // Only the rows the max-pool keeps; zeros around for the columns -2, -1, columns, columns + 1.
    const at::Tensor padded =
        at::constant_pad_nd(sinc.narrow(1, 0, m_poolRows).to(at::kFloat), {kWavePadLeft, kWavePadRight}).contiguous();
    at::Tensor x = blockFast(0, batch, height, columns, [&](int64_t c0, int64_t c1) {
        return sincChunk(padded, c0, c1, columns);
    });
    timer.mark("front end (from sinc) + block", 0);
    return inferenceBlocks(x, height);
}

std::tuple<at::Tensor, at::Tensor> AasistNetImpl::forwardInferenceFromPooled(const at::Tensor &pooled)
{
    TORCH_CHECK(pooled.dim() == 4 && pooled.size(1) == 1 && pooled.size(2) == sincFilters.size(0) / 3,
                "AASIST expects a [batch, 1, filters / 3, frames] max-pooled front end");
    TORCH_CHECK(m_prepared, "AasistNet::prepareInference() was not called");
    if (!pooled.device().is_cpu()) {
        at::Tensor x = at::selu(first_bn->forward(pooled));
        for (auto &b : blocks)
            x = b->forward(x);
        return backEnd(x);
    }
    StageTimer timer;
    const int64_t batch = pooled.size(0);
    const int64_t height = pooled.size(2);
    const int64_t columns = pooled.size(3);
    const at::Tensor padded = at::constant_pad_nd(pooled.to(at::kFloat), {2, 2}).contiguous();
    at::Tensor x = blockFast(0, batch, height, columns, [&](int64_t c0, int64_t c1) {
        return pooledChunk(padded, c0, c1, columns);
    });
    timer.mark("front end (from max-pool) + block", 0);
    return inferenceBlocks(x, height);
}

} // namespace st::aasist
