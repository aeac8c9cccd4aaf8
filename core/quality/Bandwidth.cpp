#include "quality/Bandwidth.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace st {

namespace {

// In-place radix-2 FFT (n a power of two) in double precision; enough for one 512-point block at a time. Kept as it
// was in measureClip (library/ValidatedConditions.cpp) so that the validated conditions measure the same numbers.
void fft(std::vector<std::complex<double>> &x)
{
    const size_t n = x.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(x[i], x[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        const double ang = -2 * M_PI / double(len);
        const std::complex<double> wl(std::cos(ang), std::sin(ang));
        for (size_t i = 0; i < n; i += len) {
            std::complex<double> w(1);
            for (size_t k = 0; k < len / 2; ++k) {
                const auto u = x[i + k], v = x[i + k + len / 2] * w;
                x[i + k] = u + v;
                x[i + k + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

} // namespace

double effectiveBandwidthHz(const float *clip, size_t count, int rate)
{
    if (rate <= 0 || count == 0 || !clip)
        return 0;
    // The loudest 10 ms frame sets the level below which a block counts as silence.
    const int hop = std::max(1, rate / 100);
    const size_t frames = count / size_t(hop);
    double maxDb = -300;
    for (size_t f = 0; f < frames; ++f) {
        double e = 0;
        for (int k = 0; k < hop; ++k) {
            const double x = clip[f * size_t(hop) + size_t(k)];
            e += x * x;
        }
        maxDb = std::max(maxDb, 10 * std::log10(e / hop + 1e-20));
    }
    // Power spectrum of the active 512-sample blocks (Hann window), summed.
    const int n = 512;
    std::vector<double> ps(n / 2 + 1, 0.0), win(n);
    for (int i = 0; i < n; ++i)
        win[size_t(i)] = 0.5 - 0.5 * std::cos(2 * M_PI * i / n);
    std::vector<std::complex<double>> buf(n);
    int used = 0;
    for (size_t start = 0; start + n <= count; start += n) {
        double e = 0;
        for (int i = 0; i < n; ++i)
            e += double(clip[start + size_t(i)]) * clip[start + size_t(i)];
        if (10 * std::log10(e / n + 1e-20) <= maxDb - 40)
            continue;
        for (int i = 0; i < n; ++i)
            buf[size_t(i)] = clip[start + size_t(i)] * win[size_t(i)];
        fft(buf);
        for (int k = 0; k <= n / 2; ++k)
            ps[size_t(k)] += std::norm(buf[size_t(k)]);
        ++used;
    }
    if (used == 0)
        return 0;
    // The highest frequency whose power (smoothed over 5 bins) is within 60 dB of the strongest bin: the edge of
    // the band a low-pass filter or a narrowband codec leaves (energy fractions would follow the voice's pitch).
    const int bins = n / 2 + 1;
    std::vector<double> sm(size_t(bins), 0.0);
    for (int k = 0; k < bins; ++k) {
        int cnt = 0;
        for (int j = std::max(0, k - 2); j <= std::min(bins - 1, k + 2); ++j, ++cnt)
            sm[size_t(k)] += ps[size_t(j)];
        sm[size_t(k)] /= cnt;
    }
    const double peak = *std::max_element(sm.begin(), sm.end());
    int edge = 0;
    for (int k = bins - 1; k >= 0; --k)
        if (sm[size_t(k)] > peak * 1e-6) {
            edge = k;
            break;
        }
    return double(edge) * rate / n;
}

} // namespace st
