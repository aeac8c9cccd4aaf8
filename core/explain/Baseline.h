#pragma once
// Baselines of Integrated Gradients: the "absence of evidence" input the path starts from. All are
// computed on the whole clip, so every analysis window sees the same baseline.
#include <QString>
#include <cstdint>
#include <vector>

namespace st {

enum class BaselineKind
{
    Silence, ///< all zeros (the default, as Captum)
    Noise,   ///< white Gaussian noise at noiseDbfs RMS, noiseDraws seeded draws; attributions averaged
    LowPass  ///< the input low-pass filtered at lowPassHz (zero-phase windowed sinc)
};

/// "silence" / "noise" / "lowpass".
QString baselineKindName(BaselineKind k);
/// Inverse of baselineKindName(); false when unknown.
bool baselineKindFromName(const QString &name, BaselineKind &k);

struct BaselineSettings
{
    BaselineKind kind = BaselineKind::Silence;
    double noiseDbfs = -60.0;  ///< RMS level re full scale (sigma = 10^(dB/20))
    int noiseDraws = 4;
    uint32_t seed = 1;
    double lowPassHz = 1000.0;
    int lowPassTaps = 255;     ///< odd length of the windowed-sinc FIR

    /// e.g. "silence", "noise -60 dBFS x4 (seed 1)", "lowpass 1000 Hz (255 taps, Blackman)".
    QString describe() const;
};

/// The baseline recommended for a model kind: silence for AASIST and TorchScript models; for SourceTrace's
/// spectral network (`native-spectral`) white noise at -50 dBFS, 4 draws. Its front end takes log(energy + 1e-8):
/// on a path from silence the features sit on that floor until alpha is about 1e-4 and then jump, a change no
/// quadrature of 50 steps resolves (the completeness gap on the demo clip is 77 %); from a quiet noise floor the
/// path is smooth (0.25 % at 50 steps, tst_explain_ig).
BaselineSettings recommendedBaseline(const QString &modelKind);

/// The baselines for clip `x` at `sampleRate`: one vector of x.size() samples, or noiseDraws for
/// Noise. Throws st::Error for settings out of range (cut-off not below Nyquist, even taps, no draws).
std::vector<std::vector<float>> makeBaselines(const std::vector<float> &x, const BaselineSettings &s, int sampleRate);

/// Low-pass FIR: Blackman-windowed sinc of `taps` (odd) coefficients with cut-off `cutoffHz`, unit DC
/// gain (coefficients sum to 1).
std::vector<double> lowPassKernel(double cutoffHz, int sampleRate, int taps);

/// Zero-phase filtering: y[n] = sum_k h[k] x[n + k - (taps-1)/2] with zeros outside the signal (the
/// kernel is symmetric, so there is no delay).
std::vector<float> lowPassZeroPhase(const std::vector<float> &x, double cutoffHz, int sampleRate, int taps);

} // namespace st
