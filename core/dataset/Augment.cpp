// Seeded waveform augmentation (Augment.h). Every random draw comes from the caller's std::mt19937_64 through
// the few helpers below, which map its raw 64-bit output to numbers by fixed arithmetic (no std::*_distribution),
// so a seed gives the same output with any standard library. Filters are windowed-sinc FIRs designed here;
// long convolutions (reverb, band-limit) go through a small radix-2 FFT.
#include "dataset/Augment.h"
#include "dataset/DspKernels.h"

#include "util/Error.h"

#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Augment) };
} // namespace

namespace st::train {

// ---------------------------------------------------------------------------------------------------------------
// Random draws
// ---------------------------------------------------------------------------------------------------------------

double uniform01(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * (1.0 / 9007199254740992.0); // [0, 1), 53 bits
}

double uniformIn(std::mt19937_64 &rng, double a, double b)
{
    return a + (b - a) * uniform01(rng);
}

int64_t uniformInt(std::mt19937_64 &rng, int64_t a, int64_t b)
{
    if (b <= a)
        return a;
    const uint64_t span = uint64_t(b - a) + 1;
    // Rejection sampling: unbiased.
    const uint64_t limit = std::numeric_limits<uint64_t>::max() - std::numeric_limits<uint64_t>::max() % span;
    uint64_t r;
    do {
        r = rng();
    } while (r >= limit);
    return a + int64_t(r % span);
}

double gaussian(std::mt19937_64 &rng)
{
    // Box-Muller, one value per call (the second is dropped: simpler state, same stream for every caller).
    double u1 = uniform01(rng);
    const double u2 = uniform01(rng);
    if (u1 < 1e-300)
        u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

namespace {

double gammaDraw(double shape, std::mt19937_64 &rng)
{
    // Marsaglia and Tsang (2000); shape < 1 by the boost Gamma(shape + 1) * U^(1/shape).
    if (shape < 1.0) {
        const double g = gammaDraw(shape + 1.0, rng);
        double u = uniform01(rng);
        if (u < 1e-300)
            u = 1e-300;
        return g * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = gaussian(rng);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform01(rng);
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (u > 0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

double energy(const std::vector<float> &x)
{
    double e = 0;
    for (float v : x)
        e += double(v) * double(v);
    return e;
}

/// Scales by 1/peak when the peak exceeds 1 (RawBoost's normalisation after each noise).
void normaliseIfOver(std::vector<float> &x)
{
    float peak = 0;
    for (float v : x)
        peak = std::max(peak, std::fabs(v));
    if (peak > 1.0f) {
        const float g = 1.0f / peak;
        for (float &v : x)
            v *= g;
    }
}

} // namespace

double drawBeta(double alpha, std::mt19937_64 &rng)
{
    if (!(alpha > 0) || !std::isfinite(alpha))
        throw Error(QStringLiteral("drawBeta: alpha must be a positive finite number (got %1)").arg(alpha));
    const double a = gammaDraw(alpha, rng);
    const double b = gammaDraw(alpha, rng);
    if (a + b <= 0)
        return 0.5;
    return a / (a + b);
}

// ---------------------------------------------------------------------------------------------------------------
// FIR design and filtering
// ---------------------------------------------------------------------------------------------------------------

namespace dsp {

std::vector<double> lowPassKernel(int taps, double cutoffHz, double sampleRate)
{
    // Windowed sinc (Hamming), odd length, unit gain at DC.
    std::vector<double> h(size_t(std::max(1, taps)));
    const double fc = cutoffHz / sampleRate; // cycles per sample
    const double m = double(h.size() - 1) / 2.0;
    for (size_t n = 0; n < h.size(); ++n) {
        const double t = double(n) - m;
        const double s = t == 0 ? 2.0 * fc : std::sin(2.0 * M_PI * fc * t) / (M_PI * t);
        const double w = h.size() == 1 ? 1.0 : 0.54 - 0.46 * std::cos(2.0 * M_PI * double(n) / double(h.size() - 1));
        h[n] = s * w;
    }
    double sum = 0;
    for (double v : h)
        sum += v;
    if (fc > 0 && sum != 0)
        for (double &v : h)
            v /= sum;
    return h;
}

std::vector<double> bandPassKernel(int taps, double lowHz, double highHz, double sampleRate)
{
    const double nyq = sampleRate / 2.0;
    std::vector<double> hi = highHz >= nyq ? std::vector<double>() : lowPassKernel(taps, highHz, sampleRate);
    std::vector<double> lo = lowHz <= 0 ? std::vector<double>() : lowPassKernel(taps, lowHz, sampleRate);
    std::vector<double> h(size_t(taps), 0.0);
    const size_t mid = size_t(taps / 2);
    // band-pass = lowpass(high) - lowpass(low); an open end is the identity (delta).
    if (hi.empty())
        h[mid] = 1.0;
    else
        h = hi;
    if (!lo.empty())
        for (size_t n = 0; n < h.size(); ++n)
            h[n] -= lo[n];
    return h;
}

std::vector<double> bandStopKernel(int taps, double lowHz, double highHz, double sampleRate)
{
    std::vector<double> h = bandPassKernel(taps, lowHz, highHz, sampleRate);
    for (double &v : h)
        v = -v;
    h[size_t(taps / 2)] += 1.0;
    return h;
}

double maxMagnitude(const std::vector<double> &h, int gridPoints)
{
    // |H(e^jw)| on a grid of [0, pi].
    double best = 0;
    for (int k = 0; k <= gridPoints; ++k) {
        const double w = M_PI * double(k) / double(gridPoints);
        double re = 0, im = 0;
        const double c = std::cos(w), s = std::sin(w);
        // Rotate a phasor instead of calling cos/sin per tap.
        double pr = 1, pi = 0;
        for (double v : h) {
            re += v * pr;
            im -= v * pi;
            const double nr = pr * c - pi * s;
            pi = pr * s + pi * c;
            pr = nr;
        }
        best = std::max(best, std::sqrt(re * re + im * im));
    }
    return best;
}

std::vector<double> convolveFull(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.empty() || b.empty())
        return {};
    std::vector<double> out(a.size() + b.size() - 1, 0.0);
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < b.size(); ++j)
            out[i + j] += a[i] * b[j];
    return out;
}

namespace {

void fft(std::vector<double> &re, std::vector<double> &im, bool inverse)
{
    const size_t n = re.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j) {
            std::swap(re[i], re[j]);
            std::swap(im[i], im[j]);
        }
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double ang = 2.0 * M_PI / double(len) * (inverse ? 1.0 : -1.0);
        const double wr = std::cos(ang), wi = std::sin(ang);
        for (size_t i = 0; i < n; i += len) {
            double cr = 1, ci = 0;
            for (size_t k = 0; k < len / 2; ++k) {
                const size_t a = i + k, b = i + k + len / 2;
                const double tr = re[b] * cr - im[b] * ci;
                const double ti = re[b] * ci + im[b] * cr;
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
                const double ncr = cr * wr - ci * wi;
                ci = cr * wi + ci * wr;
                cr = ncr;
            }
        }
    }
    if (inverse) {
        const double s = 1.0 / double(n);
        for (size_t i = 0; i < n; ++i) {
            re[i] *= s;
            im[i] *= s;
        }
    }
}

} // namespace

std::vector<double> convolveLong(const std::vector<double> &x, const std::vector<double> &h)
{
    if (x.empty() || h.empty())
        return {};
    const size_t full = x.size() + h.size() - 1;
    if (h.size() <= 64 || x.size() <= 64) {
        std::vector<double> out(full, 0.0);
        for (size_t i = 0; i < x.size(); ++i) {
            const double v = x[i];
            if (v == 0)
                continue;
            for (size_t j = 0; j < h.size(); ++j)
                out[i + j] += v * h[j];
        }
        return out;
    }
    // Overlap-add with blocks of a power of two at least 4 times the kernel.
    size_t nfft = 1;
    while (nfft < 4 * h.size())
        nfft <<= 1;
    const size_t block = nfft - h.size() + 1;
    std::vector<double> hr(nfft, 0.0), hi(nfft, 0.0);
    std::copy(h.begin(), h.end(), hr.begin());
    fft(hr, hi, false);
    std::vector<double> out(full, 0.0);
    std::vector<double> br(nfft), bi(nfft);
    for (size_t start = 0; start < x.size(); start += block) {
        const size_t len = std::min(block, x.size() - start);
        std::fill(br.begin(), br.end(), 0.0);
        std::fill(bi.begin(), bi.end(), 0.0);
        std::copy(x.begin() + std::ptrdiff_t(start), x.begin() + std::ptrdiff_t(start + len), br.begin());
        fft(br, bi, false);
        for (size_t k = 0; k < nfft; ++k) {
            const double r = br[k] * hr[k] - bi[k] * hi[k];
            const double i = br[k] * hi[k] + bi[k] * hr[k];
            br[k] = r;
            bi[k] = i;
        }
        fft(br, bi, true);
        const size_t outLen = std::min(nfft, full - start);
        for (size_t k = 0; k < outLen; ++k)
            out[start + k] += br[k];
    }
    return out;
}

std::vector<double> filterSame(const std::vector<double> &x, const std::vector<double> &h)
{
    // Linear-phase FIR without delay: the output sample n is aligned with input sample n (centre tap).
    if (x.empty())
        return {};
    const std::vector<double> full = convolveLong(x, h);
    const size_t delay = (h.size() - 1) / 2;
    return std::vector<double>(full.begin() + std::ptrdiff_t(delay),
                               full.begin() + std::ptrdiff_t(delay + x.size()));
}

} // namespace dsp

namespace {

std::vector<double> toDouble(const std::vector<float> &x)
{
    return std::vector<double>(x.begin(), x.end());
}

void toFloat(const std::vector<double> &y, std::vector<float> &x)
{
    x.resize(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        x[i] = float(y[i]);
}

/// RawBoost's multi-band notch filter: a cascade of `nBands` band-stop FIRs of random centre, width and length,
/// scaled so that its largest magnitude response is the drawn gain (dB).
std::vector<double> randomNotchFilter(const RawBoostSettings &s, double minG, double maxG, double sampleRate,
                                      std::mt19937_64 &rng)
{
    const double nyq = sampleRate / 2.0;
    std::vector<double> b{1.0};
    for (int band = 0; band < s.nBands; ++band) {
        const double fc = uniformIn(rng, s.minF, s.maxF);
        const double bw = uniformIn(rng, s.minBW, s.maxBW);
        int taps = int(uniformInt(rng, s.minCoeff, s.maxCoeff));
        if (taps % 2 == 0)
            ++taps; // odd length: a type-I linear-phase band-stop
        double f1 = fc - bw / 2, f2 = fc + bw / 2;
        f1 = std::clamp(f1, 1e-3, nyq - 2e-3);
        f2 = std::clamp(f2, f1 + 1e-3, nyq - 1e-3);
        b = dsp::convolveFull(dsp::bandStopKernel(taps, f1, f2, sampleRate), b);
    }
    const double g = uniformIn(rng, minG, maxG);
    const double peak = dsp::maxMagnitude(b, 256);
    const double scale = peak > 0 ? std::pow(10.0, g / 20.0) / peak : 1.0;
    for (double &v : b)
        v *= scale;
    return b;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// RawBoost
// ---------------------------------------------------------------------------------------------------------------

void rawBoostConvolutive(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng)
{
    if (x.empty())
        return;
    const std::vector<double> in = toDouble(x);
    std::vector<double> y(x.size(), 0.0), power(in);
    const int order = std::max(1, s.nonLinearOrder);
    for (int i = 0; i < order; ++i) {
        if (i > 0)
            for (size_t n = 0; n < power.size(); ++n)
                power[n] *= in[n]; // x^(i+1)
        // The higher-order terms are attenuated by a drawn bias (dB) below the linear term's gain range.
        const double bias = i == 0 ? 0.0 : uniformIn(rng, s.minBiasLinNonLin, s.maxBiasLinNonLin);
        const std::vector<double> b = randomNotchFilter(s, s.minG - bias, s.maxG - bias, sampleRate, rng);
        const std::vector<double> f = dsp::filterSame(power, b);
        for (size_t n = 0; n < y.size(); ++n)
            y[n] += f[n];
    }
    double mean = 0;
    for (double v : y)
        mean += v;
    mean /= double(y.size());
    for (double &v : y)
        v -= mean;
    toFloat(y, x);
    normaliseIfOver(x);
}

void rawBoostImpulsive(std::vector<float> &x, const RawBoostSettings &s, std::mt19937_64 &rng)
{
    if (x.empty())
        return;
    const double share = uniformIn(rng, 0.0, std::clamp(s.P, 0.0, 100.0)) / 100.0;
    const size_t n = size_t(double(x.size()) * share);
    // The first n entries of a random permutation (partial Fisher-Yates).
    std::vector<uint32_t> idx(x.size());
    for (size_t i = 0; i < idx.size(); ++i)
        idx[i] = uint32_t(i);
    for (size_t i = 0; i < n; ++i) {
        const size_t j = size_t(uniformInt(rng, int64_t(i), int64_t(idx.size() - 1)));
        std::swap(idx[i], idx[j]);
        const double r = (2.0 * uniform01(rng) - 1.0) * (2.0 * uniform01(rng) - 1.0);
        const size_t k = idx[i];
        x[k] = float(double(x[k]) + s.gSd * double(x[k]) * r);
    }
    normaliseIfOver(x);
}

double rawBoostStationary(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng)
{
    if (x.empty())
        return 0.0;
    std::vector<double> noise(x.size());
    for (double &v : noise)
        v = gaussian(rng);
    const std::vector<double> b = randomNotchFilter(s, s.minG, s.maxG, sampleRate, rng);
    noise = dsp::filterSame(noise, b);
    const double snr = uniformIn(rng, s.snrMin, s.snrMax);
    double en = 0;
    for (double v : noise)
        en += v * v;
    const double es = energy(x);
    if (en <= 0 || es <= 0)
        return snr; // silence (or a filter that removed everything): nothing to scale to
    const double g = std::sqrt(es / (en * std::pow(10.0, snr / 10.0)));
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(double(x[i]) + g * noise[i]);
    return snr;
}

void rawBoost(std::vector<float> &x, const RawBoostSettings &s, double sampleRate, std::mt19937_64 &rng)
{
    switch (s.algorithm) {
    case 0: return;
    case 1: rawBoostConvolutive(x, s, sampleRate, rng); return;
    case 2: rawBoostImpulsive(x, s, rng); return;
    case 3: rawBoostStationary(x, s, sampleRate, rng); return;
    case 4:
        rawBoostConvolutive(x, s, sampleRate, rng);
        rawBoostImpulsive(x, s, rng);
        rawBoostStationary(x, s, sampleRate, rng);
        return;
    case 5:
        rawBoostConvolutive(x, s, sampleRate, rng);
        rawBoostImpulsive(x, s, rng);
        return;
    case 6:
        rawBoostConvolutive(x, s, sampleRate, rng);
        rawBoostStationary(x, s, sampleRate, rng);
        return;
    case 7:
        rawBoostImpulsive(x, s, rng);
        rawBoostStationary(x, s, sampleRate, rng);
        return;
    case 8: {
        // (1) and (2) each on the clean clip, summed.
        std::vector<float> a = x, b = x;
        rawBoostConvolutive(a, s, sampleRate, rng);
        rawBoostImpulsive(b, s, rng);
        for (size_t i = 0; i < x.size(); ++i)
            x[i] = a[i] + b[i];
        normaliseIfOver(x);
        return;
    }
    default:
        throw Error(Text::tr("RawBoost: unknown algorithm %1 (0..8)").arg(s.algorithm));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The other transforms
// ---------------------------------------------------------------------------------------------------------------

void addNoise(std::vector<float> &x, double snrDb, bool pink, std::mt19937_64 &rng)
{
    if (x.empty())
        return;
    std::vector<double> n(x.size());
    if (pink) {
        // Paul Kellet's "economy" pink filter (three poles) of white Gaussian noise: -3 dB per octave within
        // about 0.5 dB over the speech band.
        double b0 = 0, b1 = 0, b2 = 0;
        for (double &v : n) {
            const double w = gaussian(rng);
            b0 = 0.99765 * b0 + w * 0.0990460;
            b1 = 0.96300 * b1 + w * 0.2965164;
            b2 = 0.57000 * b2 + w * 1.0526913;
            v = b0 + b1 + b2 + w * 0.1848;
        }
        double mean = 0;
        for (double v : n)
            mean += v;
        mean /= double(n.size());
        for (double &v : n)
            v -= mean;
    } else {
        for (double &v : n)
            v = gaussian(rng);
    }
    const double es = energy(x);
    double en = 0;
    for (double v : n)
        en += v * v;
    if (es <= 0 || en <= 0)
        return; // digital silence: an SNR relative to nothing is undefined, the clip stays as it is
    const double g = std::sqrt(es / (en * std::pow(10.0, snrDb / 10.0)));
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float(double(x[i]) + g * n[i]);
}

void reverberate(std::vector<float> &x, double rt60, double wet, double sampleRate, std::mt19937_64 &rng)
{
    if (x.empty() || !(rt60 > 0))
        return;
    wet = std::clamp(wet, 0.0, 1.0);
    // Exponentially decaying Gaussian noise: the amplitude falls by 60 dB over rt60; a unit direct path first.
    const size_t len = std::max<size_t>(2, size_t(std::llround(rt60 * sampleRate)));
    std::vector<double> h(len);
    const double k = std::log(1000.0) / (rt60 * sampleRate);
    h[0] = 1.0;
    for (size_t n = 1; n < len; ++n)
        h[n] = gaussian(rng) * std::exp(-k * double(n));
    const std::vector<double> dry = toDouble(x);
    std::vector<double> full = dsp::convolveLong(dry, h);
    full.resize(dry.size()); // causal, same length
    const double ed = energy(x);
    double ew = 0;
    for (double v : full)
        ew += v * v;
    if (ed <= 0 || ew <= 0)
        return;
    const double gw = std::sqrt(ed / ew); // the wet signal at the dry one's energy
    std::vector<double> y(dry.size());
    double ey = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        y[i] = (1.0 - wet) * dry[i] + wet * gw * full[i];
        ey += y[i] * y[i];
    }
    const double g = ey > 0 ? std::sqrt(ed / ey) : 1.0; // the output at the input's energy
    for (size_t i = 0; i < y.size(); ++i)
        x[i] = float(g * y[i]);
}

void bandLimit(std::vector<float> &x, double lowHz, double highHz, double sampleRate)
{
    if (x.empty())
        return;
    const double nyq = sampleRate / 2.0;
    if (!(sampleRate > 0) || !(highHz > lowHz))
        throw Error(Text::tr("band-limit: the band %1..%2 Hz is empty").arg(lowHz).arg(highHz));
    if (lowHz <= 0 && highHz >= nyq)
        return;
    // Transition band about a quarter of the lower cut-off (at least 25 Hz); Hamming: width ~ 3.3 fs / taps.
    const double narrowest = std::max(25.0, 0.25 * (lowHz > 0 ? std::min(lowHz, nyq - highHz > 0 ? nyq - highHz : lowHz)
                                                               : std::max(1.0, nyq - highHz)));
    int taps = int(std::ceil(3.3 * sampleRate / narrowest));
    taps = std::clamp(taps, 31, 4095);
    if (taps % 2 == 0)
        ++taps;
    const std::vector<double> h = dsp::bandPassKernel(taps, std::max(0.0, lowHz), std::min(highHz, nyq), sampleRate);
    toFloat(dsp::filterSame(toDouble(x), h), x);
}

void trimSilence(std::vector<float> &x, double thresholdDb, double sampleRate)
{
    if (x.empty())
        return;
    float peak = 0;
    for (float v : x)
        peak = std::max(peak, std::fabs(v));
    if (peak <= 0)
        return; // all silence: nothing to measure against, left as it is
    const size_t frame = std::max<size_t>(1, size_t(std::llround(0.010 * sampleRate)));
    const double threshold = double(peak) * std::pow(10.0, thresholdDb / 20.0);
    const size_t frames = (x.size() + frame - 1) / frame;
    auto loud = [&](size_t f) {
        const size_t a = f * frame, b = std::min(x.size(), a + frame);
        double e = 0;
        for (size_t i = a; i < b; ++i)
            e += double(x[i]) * double(x[i]);
        return std::sqrt(e / double(b - a)) >= threshold;
    };
    size_t first = 0;
    while (first < frames && !loud(first))
        ++first;
    if (first == frames)
        return;
    size_t last = frames - 1;
    while (last > first && !loud(last))
        --last;
    const size_t a = first * frame, b = std::min(x.size(), (last + 1) * frame);
    x = std::vector<float>(x.begin() + std::ptrdiff_t(a), x.begin() + std::ptrdiff_t(b));
}

void padWithFloor(std::vector<float> &x, int64_t before, int64_t after, double floorDbfs, std::mt19937_64 &rng)
{
    before = std::max<int64_t>(0, before);
    after = std::max<int64_t>(0, after);
    if (before == 0 && after == 0)
        return;
    const double rms = std::pow(10.0, floorDbfs / 20.0);
    std::vector<float> y;
    y.reserve(x.size() + size_t(before + after));
    for (int64_t i = 0; i < before; ++i)
        y.push_back(float(rms * gaussian(rng)));
    y.insert(y.end(), x.begin(), x.end());
    for (int64_t i = 0; i < after; ++i)
        y.push_back(float(rms * gaussian(rng)));
    x.swap(y);
}

// ---------------------------------------------------------------------------------------------------------------
// The chain
// ---------------------------------------------------------------------------------------------------------------

bool AugmentSettings::anyEnabled() const
{
    return trimProbability > 0 || padProbability > 0 || (rawboost.algorithm != 0 && rawboost.probability > 0)
           || reverbProbability > 0 || bandlimitProbability > 0 || noiseProbability > 0 || gainProbability > 0;
}

void augment(std::vector<float> &x, const AugmentSettings &s, std::mt19937_64 &rng, AugmentRecord *record)
{
    if (record)
        *record = AugmentRecord();
    if (x.empty())
        return;
    const double sr = s.sampleRate;
    // One draw per stage whether or not it is enabled, so that the stages' decisions do not shift each other.
    auto happens = [&](double p) { return uniform01(rng) < p; };
    auto note = [&](const QString &name) {
        if (record)
            record->applied << name;
    };
    if (happens(s.trimProbability)) {
        trimSilence(x, s.trimThresholdDb, sr);
        note(QStringLiteral("trim"));
    }
    if (happens(s.padProbability)) {
        const int64_t most = int64_t(std::floor(s.padMaxSeconds * sr));
        const int64_t before = uniformInt(rng, 0, most);
        const int64_t after = uniformInt(rng, 0, most);
        const double floorDb = uniformIn(rng, s.padFloorMinDb, s.padFloorMaxDb);
        padWithFloor(x, before, after, floorDb, rng);
        note(QStringLiteral("pad"));
    }
    if (happens(s.rawboost.algorithm != 0 ? s.rawboost.probability : 0.0)) {
        rawBoost(x, s.rawboost, sr, rng);
        note(QStringLiteral("rawboost-%1").arg(s.rawboost.algorithm));
    }
    if (happens(s.reverbProbability)) {
        const double rt60 = uniformIn(rng, s.rt60Min, s.rt60Max);
        const double wet = uniformIn(rng, s.wetMin, s.wetMax);
        reverberate(x, rt60, wet, sr, rng);
        note(QStringLiteral("reverb"));
    }
    if (happens(s.bandlimitProbability)) {
        const double lo = uniformIn(rng, s.lowCutMin, s.lowCutMax);
        const double hi = uniformIn(rng, s.highCutMin, s.highCutMax);
        bandLimit(x, lo, hi, sr);
        note(QStringLiteral("bandlimit"));
    }
    if (happens(s.noiseProbability)) {
        const double snr = uniformIn(rng, s.snrMinDb, s.snrMaxDb);
        addNoise(x, snr, s.pinkNoise, rng);
        if (record)
            record->noiseSnrDb = snr;
        note(QStringLiteral("noise"));
    }
    if (happens(s.gainProbability)) {
        const double g = uniformIn(rng, s.gainMinDb, s.gainMaxDb);
        const float f = float(std::pow(10.0, g / 20.0));
        for (float &v : x)
            v *= f;
        if (record)
            record->gainDb = g;
        note(QStringLiteral("gain"));
    }
    if (s.clip)
        for (float &v : x)
            v = std::clamp(v, -1.0f, 1.0f);
}

} // namespace st::train
