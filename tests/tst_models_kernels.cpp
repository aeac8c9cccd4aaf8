// The AASIST encoder's CPU kernels (core/models/AasistKernels.h) against direct sums in double: the
// one-channel convolution forward (with and without SELU), its gradient with respect to the input,
// and SELU's values and slope, over shapes that reach every edge case (padding, narrow images,
// batches, strided rows, the 32-channel vectorised path and the portable one); the time max-pool by 3
// and its gradient against a direct window walk (ties, NaN, widths that are not a multiple of 3, every
// channel count with its own loop and one without).
#include "models/AasistKernels.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace st::aasist::kernels;

namespace {

constexpr double kLambda = 1.0507009873554804934193349852946;
constexpr double kAlpha = 1.6732632423543772848170429916717;

double seluRef(double v)
{
    return v > 0.0 ? kLambda * v : kLambda * kAlpha * std::expm1(v);
}

double seluSlopeRef(double v)
{
    return v > 0.0 ? kLambda : kLambda * kAlpha * std::exp(v);
}

struct Case
{
    OneChannelConv s;
    std::vector<float> x, taps, bias;
};

Case makeCase(int64_t batch, int64_t h, int64_t w, int64_t rowPad, int channels, int kh, int kw, int ph, int pw,
              unsigned seed)
{
    Case c;
    c.s.batch = batch;
    c.s.height = h;
    c.s.width = w;
    c.s.rowStride = w + rowPad; // rows longer than the image: a narrowed view
    c.s.imageStride = h * c.s.rowStride + 3;
    c.s.channels = channels;
    c.s.kernelH = kh;
    c.s.kernelW = kw;
    c.s.padH = ph;
    c.s.padW = pw;
    std::mt19937 rng(seed);
    std::normal_distribution<float> nd;
    c.x.assign(size_t(batch * c.s.imageStride), std::numeric_limits<float>::quiet_NaN()); // unread gaps
    for (int64_t b = 0; b < batch; ++b)
        for (int64_t i = 0; i < h; ++i)
            for (int64_t j = 0; j < w; ++j)
                c.x[size_t(b * c.s.imageStride + i * c.s.rowStride + j)] = nd(rng);
    c.taps.resize(size_t(kh * kw * channels));
    for (float &v : c.taps)
        v = 0.5f * nd(rng);
    c.bias.resize(size_t(channels));
    for (float &v : c.bias)
        v = 0.3f * nd(rng);
    return c;
}

// The pre-activation of output (b, ho, wo, ch), in double.
double preActivation(const Case &c, int64_t b, int64_t ho, int64_t wo, int ch)
{
    const OneChannelConv &s = c.s;
    double a = c.bias[size_t(ch)];
    for (int i = 0; i < s.kernelH; ++i)
        for (int j = 0; j < s.kernelW; ++j) {
            const int64_t h = ho + i - s.padH, w = wo + j - s.padW;
            if (h < 0 || h >= s.height || w < 0 || w >= s.width)
                continue;
            a += double(c.taps[size_t((i * s.kernelW + j) * s.channels + ch)]) *
                 c.x[size_t(b * s.imageStride + h * s.rowStride + w)];
        }
    return a;
}

} // namespace

class TestModelsKernels : public QObject
{
    Q_OBJECT
private slots:
    void seluValuesAndSlope();
    void oneChannelConv_data();
    void oneChannelConv();
    void rejectsTooManyTaps();
    void timeMaxPool3_data();
    void timeMaxPool3();
};

void TestModelsKernels::seluValuesAndSlope()
{
    // Points across the polynomial's range reduction, the clamp at -87 and beyond, and both signs.
    std::vector<float> x;
    for (float v = -100.0f; v <= 5.0f; v += 0.0137f)
        x.push_back(v);
    for (float v : {0.0f, -0.0f, 1e-30f, -1e-30f, -1e-7f, -87.0f, -88.0f, -1e4f, 3e4f,
                    std::numeric_limits<float>::denorm_min()})
        x.push_back(v);
    std::vector<float> y(x.size());
    seluForward(x.data(), y.data(), int64_t(x.size()));
    for (size_t i = 0; i < x.size(); ++i) {
        const double ref = seluRef(x[i]);
        // float rounding of the result plus the polynomial's few ulp, relative to the output's scale
        const double tol = 1e-6 * std::max(1.0, std::abs(ref));
        QVERIFY2(std::abs(y[i] - ref) <= tol, qPrintable(QStringLiteral("selu(%1) = %2, expected %3").arg(x[i]).arg(y[i]).arg(ref)));
    }
    // In place gives the same.
    std::vector<float> z = x;
    seluForward(z.data(), z.data(), int64_t(z.size()));
    QCOMPARE(z, y);
    // NaN stays NaN.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    float n = nan;
    seluForward(&n, &n, 1);
    QVERIFY(std::isnan(n));

    // The slope from the output: lambda above 0, lambda alpha exp(x) = y + lambda alpha below.
    std::vector<float> g(x.size(), 1.5f), gx(x.size());
    seluBackward(g.data(), y.data(), gx.data(), int64_t(x.size()));
    for (size_t i = 0; i < x.size(); ++i) {
        const double ref = 1.5 * seluSlopeRef(x[i]);
        QVERIFY2(std::abs(gx[i] - ref) <= 2e-6 * std::max(1.0, std::abs(ref)),
                 qPrintable(QStringLiteral("selu'(%1) = %2, expected %3").arg(x[i]).arg(gx[i] / 1.5).arg(ref / 1.5)));
    }
}

void TestModelsKernels::oneChannelConv_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("kh");
    QTest::addColumn<int>("kw");
    QTest::addColumn<int>("ph");
    QTest::addColumn<int>("pw");
    QTest::addColumn<bool>("selu");
    // AASIST's first block: conv1 (2, 3) padding (1, 1) + SELU, conv_downsample (1, 3) padding (0, 1);
    // the fast path's chunks: no width padding; then the portable path (5 channels), wide padding,
    // images narrower than the kernel's reach, a larger kernel.
    QTest::newRow("conv1 + selu") << 1 << 23 << 389 << 32 << 2 << 3 << 1 << 1 << true;
    QTest::newRow("downsample") << 1 << 23 << 389 << 32 << 1 << 3 << 0 << 1 << false;
    QTest::newRow("chunk conv1, batch 2") << 2 << 7 << 40 << 32 << 2 << 3 << 1 << 0 << true;
    QTest::newRow("chunk downsample, batch 3") << 3 << 5 << 21 << 32 << 1 << 3 << 0 << 0 << false;
    QTest::newRow("5 channels + selu") << 2 << 6 << 33 << 5 << 2 << 3 << 1 << 1 << true;
    QTest::newRow("wide padding") << 1 << 3 << 4 << 32 << 2 << 3 << 2 << 3 << true;
    QTest::newRow("one column") << 2 << 4 << 1 << 32 << 2 << 3 << 1 << 1 << false;
    QTest::newRow("3 x 3, 7 channels") << 1 << 9 << 17 << 7 << 3 << 3 << 1 << 1 << true;
}

void TestModelsKernels::oneChannelConv()
{
    QFETCH(int, batch);
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, channels);
    QFETCH(int, kh);
    QFETCH(int, kw);
    QFETCH(int, ph);
    QFETCH(int, pw);
    QFETCH(bool, selu);
    const Case c = makeCase(batch, height, width, 2, channels, kh, kw, ph, pw, unsigned(height * 131 + width));
    const OneChannelConv &s = c.s;
    const int64_t outH = s.outHeight(), outW = s.outWidth();
    QVERIFY(outH > 0 && outW > 0);
    const int64_t outCount = s.outRows() * outW * channels;

    // Forward, in two row ranges (as at::parallel_for splits it).
    std::vector<float> y(size_t(outCount), -999.0f);
    const int64_t split = s.outRows() / 2;
    oneChannelConvForward(s, c.x.data(), c.taps.data(), c.bias.data(), selu, y.data(), 0, split);
    oneChannelConvForward(s, c.x.data(), c.taps.data(), c.bias.data(), selu, y.data(), split, s.outRows());
    double maxErr = 0.0;
    std::vector<double> slope(static_cast<size_t>(outCount));
    for (int64_t b = 0; b < batch; ++b)
        for (int64_t ho = 0; ho < outH; ++ho)
            for (int64_t wo = 0; wo < outW; ++wo)
                for (int ch = 0; ch < channels; ++ch) {
                    const double a = preActivation(c, b, ho, wo, ch);
                    const size_t at = size_t(((b * outH + ho) * outW + wo) * channels + ch);
                    const double ref = selu ? seluRef(a) : a;
                    slope[at] = selu ? seluSlopeRef(a) : 1.0;
                    maxErr = std::max(maxErr, std::abs(y[at] - ref) / std::max(1.0, std::abs(ref)));
                }
    QVERIFY2(maxErr < 2e-6, qPrintable(QStringLiteral("forward: relative error %1").arg(maxErr)));

    // Backward: gx[h][w] = sum over the outputs that read (h, w) of grad * slope * tap.
    std::mt19937 rng(7);
    std::normal_distribution<float> nd;
    std::vector<float> grad(static_cast<size_t>(outCount));
    for (float &v : grad)
        v = nd(rng);
    std::vector<float> perTap(size_t(s.outRows() * s.taps() * outW));
    oneChannelConvBackwardTaps(s, grad.data(), selu ? y.data() : nullptr, c.taps.data(), perTap.data(), 0, split);
    oneChannelConvBackwardTaps(s, grad.data(), selu ? y.data() : nullptr, c.taps.data(), perTap.data(), split, s.outRows());
    std::vector<float> gx(size_t(batch * height * width), -999.0f);
    oneChannelConvBackwardGather(s, perTap.data(), gx.data(), 0, 1);
    oneChannelConvBackwardGather(s, perTap.data(), gx.data(), 1, s.inRows());
    std::vector<double> ref(gx.size(), 0.0);
    for (int64_t b = 0; b < batch; ++b)
        for (int64_t ho = 0; ho < outH; ++ho)
            for (int64_t wo = 0; wo < outW; ++wo)
                for (int ch = 0; ch < channels; ++ch) {
                    const size_t at = size_t(((b * outH + ho) * outW + wo) * channels + ch);
                    const double g = grad[at] * slope[at];
                    for (int i = 0; i < kh; ++i)
                        for (int j = 0; j < kw; ++j) {
                            const int64_t h = ho + i - ph, w = wo + j - pw;
                            if (h < 0 || h >= height || w < 0 || w >= width)
                                continue;
                            ref[size_t((b * height + h) * width + w)] += g * c.taps[size_t((i * kw + j) * channels + ch)];
                        }
                }
    double scale = 0.0, err = 0.0;
    for (size_t i = 0; i < gx.size(); ++i) {
        scale = std::max(scale, std::abs(ref[i]));
        err = std::max(err, std::abs(gx[i] - ref[i]));
    }
    QVERIFY2(err <= 2e-6 * std::max(1.0, scale), qPrintable(QStringLiteral("backward: error %1 of %2").arg(err).arg(scale)));
}

void TestModelsKernels::rejectsTooManyTaps()
{
    Case c = makeCase(1, 4, 8, 0, 2, 2, 5, 0, 0, 1); // 10 taps: the backward holds at most 9
    std::vector<float> g(size_t(c.s.outRows() * c.s.outWidth() * 2), 1.0f), perTap(size_t(c.s.outRows() * 10 * c.s.outWidth()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             oneChannelConvBackwardTaps(c.s, g.data(), nullptr, c.taps.data(), perTap.data(), 0, c.s.outRows()));
}

void TestModelsKernels::timeMaxPool3_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("inner");
    QTest::newRow("NCHW runs (inner 1)") << 5 << 31 << 1;
    QTest::newRow("24 channels, width 3k") << 3 << 30 << 24;
    QTest::newRow("32 channels, width 3k+2") << 4 << 29 << 32;
    QTest::newRow("64 channels, width 3k+1") << 2 << 19 << 64;
    QTest::newRow("7 channels (the generic loop)") << 3 << 20 << 7;
}

void TestModelsKernels::timeMaxPool3()
{
    QFETCH(int, rows);
    QFETCH(int, width);
    QFETCH(int, inner);
    const int wo = width / 3;
    std::mt19937 rng(uint32_t(rows * 1000 + width * 10 + inner));
    std::normal_distribution<float> nd;
    std::uniform_int_distribution<int> pick(0, 19);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::vector<float> x(size_t(rows) * size_t(width) * size_t(inner));
    for (float &v : x) {
        const int k = pick(rng);
        v = k == 0 ? nan : k <= 3 ? 1.0f : nd(rng); // NaNs and ties among the values
    }
    // Runs [1, rows - 1) only: the first and last must stay untouched.
    const int r0 = rows > 2 ? 1 : 0, r1 = rows > 2 ? rows - 1 : rows;
    const float fill = -7.0f;
    std::vector<float> y(size_t(rows) * size_t(wo) * size_t(inner), fill), yNoArg = y;
    std::vector<uint8_t> arg(y.size(), 9);
    timeMaxPool3Forward(x.data(), y.data(), arg.data(), width, inner, r0, r1);
    timeMaxPool3Forward(x.data(), yNoArg.data(), nullptr, width, inner, r0, r1);
    for (int r = 0; r < rows; ++r)
        for (int o = 0; o < wo; ++o)
            for (int c = 0; c < inner; ++c) {
                const size_t at = (size_t(r) * size_t(wo) + size_t(o)) * size_t(inner) + size_t(c);
                if (r < r0 || r >= r1) {
                    QCOMPARE(y[at], fill);
                    QCOMPARE(int(arg[at]), 9);
                    continue;
                }
                // ATen's rule: a later element wins only when greater or NaN.
                auto in = [&](int j) { return x[(size_t(r) * size_t(width) + size_t(3 * o + j)) * size_t(inner) + size_t(c)]; };
                float m = in(0);
                int k = 0;
                for (int j = 1; j < 3; ++j)
                    if (in(j) > m || std::isnan(in(j))) {
                        m = in(j);
                        k = j;
                    }
                QCOMPARE(int(arg[at]), k);
                if (std::isnan(m)) {
                    QVERIFY(std::isnan(y[at]) && std::isnan(yNoArg[at]));
                } else {
                    QCOMPARE(y[at], m);
                    QCOMPARE(yNoArg[at], m);
                }
            }

    // The gradient: each window's gradient at its argmax, zero at the other positions and past the last window.
    std::vector<float> g(y.size());
    for (float &v : g)
        v = nd(rng);
    std::vector<float> gx(x.size(), fill);
    timeMaxPool3Backward(g.data(), arg.data(), gx.data(), width, inner, r0, r1);
    for (int r = 0; r < rows; ++r)
        for (int p = 0; p < width; ++p)
            for (int c = 0; c < inner; ++c) {
                const float got = gx[(size_t(r) * size_t(width) + size_t(p)) * size_t(inner) + size_t(c)];
                if (r < r0 || r >= r1) {
                    QCOMPARE(got, fill);
                    continue;
                }
                const int o = p / 3;
                float want = 0.0f;
                if (o < wo) {
                    const size_t at = (size_t(r) * size_t(wo) + size_t(o)) * size_t(inner) + size_t(c);
                    if (arg[at] == p - 3 * o)
                        want = g[at];
                }
                QCOMPARE(got, want);
            }
}

QTEST_APPLESS_MAIN(TestModelsKernels)
#include "tst_models_kernels.moc"
