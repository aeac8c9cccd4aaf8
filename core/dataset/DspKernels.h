#pragma once
// Internal to core/dataset: the random draws and FIR helpers the augmentations share (exposed for the tests).
// Every draw maps the raw output of std::mt19937_64 by fixed arithmetic, so a seed gives the same numbers with
// any standard library.
#include <cstdint>
#include <random>
#include <vector>

namespace st::train {

double uniform01(std::mt19937_64 &rng);                         ///< [0, 1), 53 bits
double uniformIn(std::mt19937_64 &rng, double a, double b);     ///< a + (b - a) U
int64_t uniformInt(std::mt19937_64 &rng, int64_t a, int64_t b); ///< [a, b], unbiased; a when b <= a
double gaussian(std::mt19937_64 &rng);                          ///< N(0, 1), Box-Muller

namespace dsp {
/// Windowed-sinc (Hamming) low-pass, `taps` long (odd), unit DC gain.
std::vector<double> lowPassKernel(int taps, double cutoffHz, double sampleRate);
/// Band-pass lowHz..highHz (lowHz <= 0: low-pass; highHz >= Nyquist: high-pass).
std::vector<double> bandPassKernel(int taps, double lowHz, double highHz, double sampleRate);
/// Band-stop (notch) lowHz..highHz: delta minus the band-pass.
std::vector<double> bandStopKernel(int taps, double lowHz, double highHz, double sampleRate);
/// The largest |H| on a grid of `gridPoints` + 1 frequencies in [0, Nyquist].
double maxMagnitude(const std::vector<double> &h, int gridPoints);
/// Full linear convolution, direct.
std::vector<double> convolveFull(const std::vector<double> &a, const std::vector<double> &b);
/// Full linear convolution, FFT overlap-add for long kernels.
std::vector<double> convolveLong(const std::vector<double> &x, const std::vector<double> &h);
/// A linear-phase FIR applied without delay (same length as x).
std::vector<double> filterSame(const std::vector<double> &x, const std::vector<double> &h);
} // namespace dsp

} // namespace st::train
