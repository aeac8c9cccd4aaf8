#include "models/AasistKernels.h"

#include <algorithm>
#if defined(__x86_64__)
#include <immintrin.h>
#endif
#include <cstring>
#include <stdexcept>
#include <vector>

// One copy of a hot loop per instruction set, picked at load time (GCC on x86-64; elsewhere the
// baseline build only).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define ST_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define ST_CLONES
#endif

namespace st::aasist::kernels {

namespace {

constexpr float kLambdaAlpha = kSeluLambda * kSeluAlpha;

inline float asFloat(int32_t i)
{
    float f;
    std::memcpy(&f, &i, sizeof f);
    return f;
}

inline int32_t asInt(float f)
{
    int32_t i;
    std::memcpy(&i, &f, sizeof i);
    return i;
}

// SELU with exp(v) for v <= 0 as Cephes' expf: v = n ln 2 + r, |r| <= ln 2 / 2 (Cody-Waite), a degree-7
// polynomial for e^r, 2^n from the exponent bits. Branch-free so that loops over it vectorise; for
// v < -87 the result is -lambda alpha to float precision, as exp(v) - 1 is -1 there.
inline float seluOf(float v)
{
    const float t = std::max(std::min(v, 0.0f), -87.0f);
    // Round t / ln 2 to the nearest integer by adding and subtracting 1.5 * 2^23.
    const float shifted = t * 1.44269504088896341f + 12582912.0f;
    const float n = shifted - 12582912.0f;
    const int32_t ni = asInt(shifted) - 0x4B400000;
    const float r = (t - n * 0.693359375f) + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    const float er = p * r * r + r + 1.0f;
    const float e = er * asFloat((ni + 127) << 23);
    return v > 0.0f ? kSeluLambda * v : kLambdaAlpha * (e - 1.0f);
}

inline float seluSlope(float y)
{
    return y > 0.0f ? kSeluLambda : y + kLambdaAlpha;
}

// One output row: `line` holds the kernelH padded input rows the row reads (each outWidth + kernelW - 1
// long, zeros outside the image). CC > 0 fixes the channel count at compile time (kept in registers).
template<int CC>
ST_CLONES void convRow(const float *__restrict line, int64_t lineLen, int64_t outWidth, int kh, int kw, int channels,
                       const float *__restrict taps, const float *__restrict bias, bool selu, float *__restrict out)
{
    const int C = CC > 0 ? CC : channels;
    for (int64_t wo = 0; wo < outWidth; ++wo) {
        float *__restrict o = out + wo * C;
        if constexpr (CC > 0) {
            float acc[CC];
            for (int c = 0; c < CC; ++c)
                acc[c] = bias[c];
            for (int i = 0; i < kh; ++i)
                for (int j = 0; j < kw; ++j) {
                    const float v = line[i * lineLen + wo + j];
                    const float *__restrict t = taps + (i * kw + j) * CC;
                    for (int c = 0; c < CC; ++c)
                        acc[c] += t[c] * v;
                }
            if (selu)
                for (int c = 0; c < CC; ++c)
                    acc[c] = seluOf(acc[c]);
            for (int c = 0; c < CC; ++c)
                o[c] = acc[c];
        } else {
            for (int c = 0; c < C; ++c)
                o[c] = bias[c];
            for (int i = 0; i < kh; ++i)
                for (int j = 0; j < kw; ++j) {
                    const float v = line[i * lineLen + wo + j];
                    const float *__restrict t = taps + (i * kw + j) * C;
                    for (int c = 0; c < C; ++c)
                        o[c] += t[c] * v;
                }
            if (selu)
                for (int c = 0; c < C; ++c)
                    o[c] = seluOf(o[c]);
        }
    }
}

// Per output pixel: g' = grad (times the SELU's slope), then per tap k the sum over channels of
// taps[k][c] g'[c], into perTap ([tap][pixel] per output row). The portable version; AVX-512 below.
constexpr int kMaxTaps = 9;
ST_CLONES void tapRow(const float *__restrict grad, const float *__restrict y, int64_t outWidth, int nTaps, int channels,
                      const float *__restrict taps, float *__restrict perTap, float *__restrict scaled)
{
    for (int64_t w = 0; w < outWidth; ++w) {
        const float *__restrict g = grad + w * channels;
        if (y) {
            const float *__restrict yy = y + w * channels;
            for (int c = 0; c < channels; ++c)
                scaled[c] = g[c] * seluSlope(yy[c]);
        } else {
            for (int c = 0; c < channels; ++c)
                scaled[c] = g[c];
        }
        for (int k = 0; k < nTaps; ++k) {
            const float *__restrict t = taps + k * channels;
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += t[c] * scaled[c];
            perTap[k * outWidth + w] = sum;
        }
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define ST_AVX512_TAPS 1
// GCC 12's _mm512_reduce_add_ps reads an "undefined" register on purpose (-Wmaybe-uninitialized).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// 32 channels as two 16-float registers; each tap's sum is one multiply, one fused multiply-add and a
// horizontal add per pixel (GCC and Clang's loops above would reduce over channels one by one).
__attribute__((target("avx512f"))) void tapRow32Avx512(const float *grad, const float *y, int64_t outWidth, int nTaps,
                                                       const float *taps, float *perTap)
{
    __m512 lo[kMaxTaps], hi[kMaxTaps];
    for (int k = 0; k < nTaps; ++k) {
        lo[k] = _mm512_loadu_ps(taps + k * 32);
        hi[k] = _mm512_loadu_ps(taps + k * 32 + 16);
    }
    const __m512 lambda = _mm512_set1_ps(kSeluLambda), lambdaAlpha = _mm512_set1_ps(kLambdaAlpha);
    const __m512 zero = _mm512_setzero_ps();
    for (int64_t w = 0; w < outWidth; ++w) {
        __m512 g0 = _mm512_loadu_ps(grad + w * 32), g1 = _mm512_loadu_ps(grad + w * 32 + 16);
        if (y) {
            const __m512 y0 = _mm512_loadu_ps(y + w * 32), y1 = _mm512_loadu_ps(y + w * 32 + 16);
            // seluSlope: lambda where y > 0, y + lambda alpha elsewhere (NaN included).
            g0 = _mm512_mul_ps(g0, _mm512_mask_blend_ps(_mm512_cmp_ps_mask(y0, zero, _CMP_GT_OQ),
                                                        _mm512_add_ps(y0, lambdaAlpha), lambda));
            g1 = _mm512_mul_ps(g1, _mm512_mask_blend_ps(_mm512_cmp_ps_mask(y1, zero, _CMP_GT_OQ),
                                                        _mm512_add_ps(y1, lambdaAlpha), lambda));
        }
        for (int k = 0; k < nTaps; ++k)
            perTap[k * outWidth + w] = _mm512_reduce_add_ps(_mm512_fmadd_ps(lo[k], g0, _mm512_mul_ps(hi[k], g1)));
    }
}

#pragma GCC diagnostic pop

bool haveAvx512()
{
    static const bool yes = __builtin_cpu_supports("avx512f");
    return yes;
}
#endif

ST_CLONES void addRow(const float *__restrict src, int64_t shift, float *__restrict dst, int64_t w0, int64_t w1)
{
    for (int64_t w = w0; w < w1; ++w)
        dst[w] += src[w + shift];
}

ST_CLONES void seluLoop(const float *__restrict x, float *__restrict y, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] = seluOf(x[i]);
}

ST_CLONES void seluInPlace(float *x, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        x[i] = seluOf(x[i]);
}

ST_CLONES void seluBackwardLoop(const float *__restrict g, const float *__restrict y, float *__restrict gx, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        gx[i] = g[i] * seluSlope(y[i]);
}

} // namespace

void oneChannelConvForward(const OneChannelConv &s, const float *x, const float *taps, const float *bias, bool selu,
                           float *y, int64_t r0, int64_t r1)
{
    const int64_t outH = s.outHeight(), outW = s.outWidth();
    const int64_t lineLen = outW + s.kernelW - 1;
    std::vector<float> line(size_t(s.kernelH * lineLen));
    for (int64_t r = r0; r < r1; ++r) {
        const int64_t b = r / outH, ho = r % outH;
        for (int i = 0; i < s.kernelH; ++i) {
            float *l = line.data() + i * lineLen;
            const int64_t h = ho + i - s.padH;
            if (h < 0 || h >= s.height) {
                std::fill(l, l + lineLen, 0.0f);
                continue;
            }
            // Column q of the line is input column q - padW.
            const float *src = x + b * s.imageStride + h * s.rowStride;
            const int64_t q0 = std::min<int64_t>(s.padW, lineLen);
            const int64_t q1 = std::max<int64_t>(q0, std::min<int64_t>(lineLen, s.padW + s.width));
            std::fill(l, l + q0, 0.0f);
            std::copy(src + (q0 - s.padW), src + (q1 - s.padW), l + q0);
            std::fill(l + q1, l + lineLen, 0.0f);
        }
        float *out = y + r * outW * s.channels;
        if (s.channels == 32)
            convRow<32>(line.data(), lineLen, outW, s.kernelH, s.kernelW, 32, taps, bias, selu, out);
        else
            convRow<0>(line.data(), lineLen, outW, s.kernelH, s.kernelW, s.channels, taps, bias, selu, out);
    }
}

void oneChannelConvBackwardTaps(const OneChannelConv &s, const float *grad, const float *y, const float *taps,
                                float *perTap, int64_t r0, int64_t r1)
{
    const int64_t outW = s.outWidth();
    const int64_t C = s.channels, K = s.taps();
    if (K > kMaxTaps)
        throw std::invalid_argument("oneChannelConvBackwardTaps: more than 9 taps");
    std::vector<float> scaled(static_cast<size_t>(C));
    for (int64_t r = r0; r < r1; ++r) {
        const float *g = grad + r * outW * C;
        const float *yy = y ? y + r * outW * C : nullptr;
        float *pt = perTap + r * outW * K;
#ifdef ST_AVX512_TAPS
        if (s.channels == 32 && haveAvx512()) {
            tapRow32Avx512(g, yy, outW, int(K), taps, pt);
            continue;
        }
#endif
        tapRow(g, yy, outW, int(K), int(C), taps, pt, scaled.data());
    }
}

void oneChannelConvBackwardGather(const OneChannelConv &s, const float *perTap, float *gx, int64_t r0, int64_t r1)
{
    const int64_t outH = s.outHeight(), outW = s.outWidth();
    const int K = s.taps();
    for (int64_t r = r0; r < r1; ++r) {
        const int64_t b = r / s.height, h = r % s.height;
        float *out = gx + r * s.width;
        std::fill(out, out + s.width, 0.0f);
        // Input (h, w) is read by output (h - i + padH, w - j + padW) through tap (i, j).
        for (int i = 0; i < s.kernelH; ++i) {
            const int64_t ho = h - i + s.padH;
            if (ho < 0 || ho >= outH)
                continue;
            for (int j = 0; j < s.kernelW; ++j) {
                const int k = i * s.kernelW + j;
                const float *row = perTap + ((b * outH + ho) * K + k) * outW;
                const int64_t shift = s.padW - j; // wo = w + shift
                const int64_t w0 = std::max<int64_t>(0, -shift), w1 = std::min<int64_t>(s.width, outW - shift);
                addRow(row, shift, out, w0, w1);
            }
        }
    }
}

void seluForward(const float *x, float *y, int64_t n)
{
    if (x == y)
        seluInPlace(y, n);
    else
        seluLoop(x, y, n);
}

void seluBackward(const float *grad, const float *y, float *gx, int64_t n)
{
    seluBackwardLoop(grad, y, gx, n);
}

namespace {

// The windows of one run: `inner` values of each of the three columns of a window (inner apart). The
// channel loop is unrolled for the channel counts of AASIST's blocks (a run-time count shorter than one
// vector of bytes would leave GCC's vector loop unused).
template<int N>
inline __attribute__((always_inline)) void poolWindowsOf(const float *__restrict in, float *__restrict out,
                                                          uint8_t *__restrict arg, int64_t wo, int64_t inner)
{
    const int64_t n = N > 0 ? N : inner;
    for (int64_t o = 0; o < wo; ++o) {
        const float *p0 = in + 3 * o * n, *p1 = p0 + n, *p2 = p1 + n;
        float *q = out + o * n;
        if (arg) {
            uint8_t *qa = arg + o * n;
            for (int64_t c = 0; c < n; ++c) {
                const float v0 = p0[c], v1 = p1[c], v2 = p2[c];
                const bool t1 = v1 > v0 || v1 != v1;
                const float m1 = t1 ? v1 : v0;
                const bool t2 = v2 > m1 || v2 != v2;
                q[c] = t2 ? v2 : m1;
                qa[c] = uint8_t(t2 ? 2 : (t1 ? 1 : 0));
            }
        } else {
            for (int64_t c = 0; c < n; ++c) {
                const float v0 = p0[c], v1 = p1[c], v2 = p2[c];
                const float m1 = (v1 > v0 || v1 != v1) ? v1 : v0;
                q[c] = (v2 > m1 || v2 != v2) ? v2 : m1;
            }
        }
    }
}

template<int N>
inline __attribute__((always_inline)) void unpoolWindowsOf(const float *__restrict grad, const uint8_t *__restrict arg,
                                                            float *__restrict gx, int64_t wo, int64_t inner)
{
    const int64_t n = N > 0 ? N : inner;
    for (int64_t o = 0; o < wo; ++o) {
        const float *g = grad + o * n;
        const uint8_t *a = arg + o * n;
        float *q = gx + 3 * o * n;
        for (int64_t c = 0; c < n; ++c) {
            const float v = g[c];
            const uint8_t k = a[c];
            q[c] = k == 0 ? v : 0.0f;
            q[n + c] = k == 1 ? v : 0.0f;
            q[2 * n + c] = k == 2 ? v : 0.0f;
        }
    }
}

#define ST_POOL_VARIANT(N, NAME)                                                                                       \
    ST_CLONES void pool##NAME(const float *in, float *out, uint8_t *arg, int64_t wo, int64_t inner)                     \
    {                                                                                                                   \
        poolWindowsOf<N>(in, out, arg, wo, inner);                                                                      \
    }                                                                                                                   \
    ST_CLONES void unpool##NAME(const float *grad, const uint8_t *arg, float *gx, int64_t wo, int64_t inner)            \
    {                                                                                                                   \
        unpoolWindowsOf<N>(grad, arg, gx, wo, inner);                                                                   \
    }
ST_POOL_VARIANT(24, 24)
ST_POOL_VARIANT(32, 32)
ST_POOL_VARIANT(64, 64)
ST_POOL_VARIANT(0, Any)
#undef ST_POOL_VARIANT

// One column at a time (inner == 1, NCHW): the windows along the run.
ST_CLONES void poolColumns(const float *__restrict in, float *__restrict out, uint8_t *__restrict arg, int64_t wo)
{
    for (int64_t o = 0; o < wo; ++o) {
        const float v0 = in[3 * o], v1 = in[3 * o + 1], v2 = in[3 * o + 2];
        const bool t1 = v1 > v0 || v1 != v1;
        const float m1 = t1 ? v1 : v0;
        const bool t2 = v2 > m1 || v2 != v2;
        out[o] = t2 ? v2 : m1;
        if (arg)
            arg[o] = uint8_t(t2 ? 2 : (t1 ? 1 : 0));
    }
}

} // namespace

void timeMaxPool3Forward(const float *x, float *y, uint8_t *arg, int64_t width, int64_t inner, int64_t r0, int64_t r1)
{
    const int64_t wo = width / 3;
    for (int64_t r = r0; r < r1; ++r) {
        const float *in = x + r * width * inner;
        float *out = y + r * wo * inner;
        uint8_t *a = arg ? arg + r * wo * inner : nullptr;
        switch (inner) {
        case 1: poolColumns(in, out, a, wo); break;
        case 24: pool24(in, out, a, wo, inner); break;
        case 32: pool32(in, out, a, wo, inner); break;
        case 64: pool64(in, out, a, wo, inner); break;
        default: poolAny(in, out, a, wo, inner); break;
        }
    }
}

void timeMaxPool3Backward(const float *grad, const uint8_t *arg, float *gx, int64_t width, int64_t inner, int64_t r0,
                          int64_t r1)
{
    const int64_t wo = width / 3;
    for (int64_t r = r0; r < r1; ++r) {
        const float *g = grad + r * wo * inner;
        const uint8_t *a = arg + r * wo * inner;
        float *q = gx + r * width * inner;
        switch (inner) {
        case 24: unpool24(g, a, q, wo, inner); break;
        case 32: unpool32(g, a, q, wo, inner); break;
        case 64: unpool64(g, a, q, wo, inner); break;
        default: unpoolAny(g, a, q, wo, inner); break;
        }
        // Columns past the last whole window (width not a multiple of 3) get no gradient.
        std::memset(q + 3 * wo * inner, 0, sizeof(float) * size_t((width - 3 * wo) * inner));
    }
}

} // namespace st::aasist::kernels
