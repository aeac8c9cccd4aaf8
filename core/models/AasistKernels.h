#pragma once
// CPU kernels of the AASIST encoder's memory-bound layers, in plain C++ (no LibTorch: AasistModule.cpp
// wraps them as autograd functions; tests compare them with direct sums).
//
// oneDNN handles the convolutions of the first residual block badly: their input has one channel
// (the max-pooled sinc front end), so each output value is 6 (conv1) or 3 (conv_downsample)
// multiply-adds and the layer is bound by writing its [B, 32, 23, ~21 500] output. Measured on one
// thread here (Debian's LibTorch 1.13, channels-last, with glibc keeping large blocks on the heap):
// conv1 27 ms forward and 52 ms backward, conv_downsample 12 and 30 ms, against 45 and 57 ms for the
// 32-channel conv2 of the same block with 32 times the arithmetic. SELU over the same tensor took
// 18 ms forward and 15 to 34 ms backward. The kernels below do the two convolutions and the SELU in
// one pass each way.
//
// Every loop that matters is compiled for x86-64-v4 (AVX-512), x86-64-v3 (AVX2, FMA) and the baseline,
// chosen at run time (GCC's target_clones): results may differ between machines in the last bits
// (fused multiply-adds), never between runs on one machine.

#include <cstdint>

namespace st::aasist::kernels {

constexpr float kSeluLambda = 1.0507009873554804934193349852946f;
constexpr float kSeluAlpha = 1.6732632423543772848170429916717f;

/// A stride-1 convolution of a one-channel image into `channels` channels. The input is
/// x[b * imageStride + h * rowStride + w] (columns contiguous), b < batch, h < height, w < width; the
/// output is channels-last: y[((b * outHeight + ho) * outWidth + wo) * channels + c].
struct OneChannelConv
{
    int64_t batch = 1, height = 0, width = 0;
    int64_t imageStride = 0, rowStride = 0;
    int channels = 0, kernelH = 1, kernelW = 1, padH = 0, padW = 0;

    int taps() const { return kernelH * kernelW; }
    int64_t outHeight() const { return height + 2 * padH - kernelH + 1; }
    int64_t outWidth() const { return width + 2 * padW - kernelW + 1; }
    /// Rows of the output over the batch (the unit of the forward and the first backward pass).
    int64_t outRows() const { return batch * outHeight(); }
    /// Rows of the input over the batch (the unit of the second backward pass).
    int64_t inRows() const { return batch * height; }
};

/// y = conv(x) + bias, then SELU when `selu`, for the output rows [r0, r1) of s.outRows().
/// `taps` holds the weights as [kernelH * kernelW][channels]: taps[(i * kernelW + j) * channels + c]
/// multiplies x[ho + i - padH][wo + j - padW] (zero outside the image).
void oneChannelConvForward(const OneChannelConv &s, const float *x, const float *taps, const float *bias, bool selu,
                           float *y, int64_t r0, int64_t r1);

/// First pass of the gradient with respect to x: for the output rows [r0, r1), each output pixel's
/// gradient (channels-last, as y) times the SELU's derivative (from the forward's output `y`; pass
/// nullptr when the forward had no SELU) contracted with the taps, into
/// perTap[((b * outHeight + ho) * taps + k) * outWidth + wo]. At most 9 taps (std::invalid_argument).
void oneChannelConvBackwardTaps(const OneChannelConv &s, const float *grad, const float *y, const float *taps,
                                float *perTap, int64_t r0, int64_t r1);

/// Second pass: gx[(b * height + h) * width + w] (a contiguous [batch, height, width] gradient) for the
/// input rows [r0, r1), each the sum of the per-tap values of the output pixels that read it.
void oneChannelConvBackwardGather(const OneChannelConv &s, const float *perTap, float *gx, int64_t r0, int64_t r1);

/// y[i] = selu(x[i]) for i < n (y may be x). exp is a polynomial (Cephes' expf, within 2 ulp).
void seluForward(const float *x, float *y, int64_t n);

/// gx[i] = grad[i] * selu'(x) where y = selu(x): lambda for y > 0, y + lambda * alpha otherwise.
void seluBackward(const float *grad, const float *y, float *gx, int64_t n);

/// max_pool2d(x, {1, 3}) along the last axis of `rows` runs of `width` positions of `inner` floats each (a channels-last
/// [N, C, H, W] tensor: rows N H, inner C; NCHW: rows N C H, inner 1), for the runs [r0, r1): y holds width / 3
/// positions a run, `arg` (unless null) the argmax in each window, 0 to 2. A later element wins only when it is
/// greater or NaN, as in ATen. Branch-free: the scalar loop with two data-dependent branches a value took a quarter
/// of AASIST-L's Integrated Gradients on random-signed activations (perf, docs/explanations.md, Speed).
void timeMaxPool3Forward(const float *x, float *y, uint8_t *arg, int64_t width, int64_t inner, int64_t r0, int64_t r1);

/// The gradient of timeMaxPool3Forward: gx (runs of `width` positions, every one written) holds grad at each
/// window's argmax position and 0 elsewhere, for the runs [r0, r1).
void timeMaxPool3Backward(const float *grad, const uint8_t *arg, float *gx, int64_t width, int64_t inner, int64_t r0,
                          int64_t r1);

} // namespace st::aasist::kernels
