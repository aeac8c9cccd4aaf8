#pragma once
// Short-time Fourier analysis for the viewer, exports and later the attribution maps. Values are
// computed from the data (never read back from pixels): power in dB re full scale, where a full-scale
// sine gives 0 dB in its bin (window-sum normalised amplitude).
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace st {

enum class WindowType { Hann, Hamming, Blackman };
enum class FrequencyScale { Linear, Mel };

QString windowTypeName(WindowType w);
/// Periodic=false (symmetric) window of length n, as numpy.hanning/hamming/blackman.
std::vector<float> makeWindow(WindowType type, int n);

struct SpectrogramParams
{
    WindowType window = WindowType::Hann;
    int fftSize = 1024;          ///< 256 .. 8192, power of two
    int hop = 256;               ///< frames between analysis frames (>= 1)
    FrequencyScale scale = FrequencyScale::Linear;
    int melBands = 128;          ///< used when scale == Mel
    /// Frame t is centred at sample t * hop (the signal is zero-padded by fftSize/2 on both sides).
    bool centred = true;

    bool operator==(const SpectrogramParams &o) const;
    bool operator!=(const SpectrogramParams &o) const { return !(*this == o); }
    /// Checks the ranges; throws st::Error with a message naming the bad field.
    void validate() const;
    /// Number of output bins (fftSize/2+1 for Linear, melBands for Mel).
    int bins() const;
    /// Number of frames for a signal of n samples (centred: n/hop + 1; otherwise frames that fit
    /// entirely: (n - fftSize)/hop + 1, 0 when n < fftSize).
    int64_t frameCount(int64_t n) const;
    /// First sample of frame t's window (t*hop - fftSize/2 when centred; may be negative).
    int64_t frameStartSample(int64_t frame) const;
    /// Sample at the centre of frame t's window (t*hop when centred, t*hop + fftSize/2 otherwise).
    int64_t frameCentreSample(int64_t frame) const;
};

/// Mel (HTK formula 2595*log10(1+f/700)) conversions and a triangular filterbank (Slaney-free, area not
/// normalised: each filter peaks at 1), as a dense bins x (fftSize/2+1) matrix in row-major order.
double hzToMel(double hz);
double melToHz(double mel);
std::vector<float> melFilterbank(int melBands, int fftSize, int sampleRate, double fmin = 0.0,
                                 double fmax = -1.0 /* = Nyquist */);
/// Centre frequency in Hz of output bin `bin` for these params at `sampleRate`.
double binCentreHz(const SpectrogramParams &p, int bin, int sampleRate);

/// In place: v = 10*log10(max(v, 1e-20)) (power to dB; the floor is -200 dB).
void powerToDb(float *values, int64_t count);

/// A reusable STFT engine (FFTW single precision, plan made once; not thread-safe: one per thread).
class Stft
{
public:
    Stft(const SpectrogramParams &params, int sampleRate);
    ~Stft();
    const SpectrogramParams &params() const;

    /// Power spectrum of one frame of fftSize samples: |X|^2 / (sum(window))^2 for DC and Nyquist,
    /// 4 |X|^2 / (sum(window))^2 for the other bins (the squared window-sum normalised amplitude, so a
    /// full-scale sine at a bin centre and a full-scale DC both give 1 = 0 dB). The frame
    /// is windowed internally. Output has params().bins() values (mel-mapped
    /// when scale == Mel). `out` must hold bins() floats.
    void powerFrame(const float *frame, float *out);

    /// Spectrogram in dB (10*log10(max(power, 1e-20))) of samples [0, n) for frames
    /// [firstFrame, firstFrame + frameCount): row-major frameCount x bins(). Frames outside the signal
    /// read zeros (centred padding).
    std::vector<float> computeDb(const float *samples, int64_t n, int64_t firstFrame, int64_t frameCount);

    /// Raw complex spectrum (re, im interleaved, fftSize/2+1 bins) of one frame, unnormalised, with
    /// the window applied (for tests against a direct DFT and for attribution maps).
    void complexFrame(const float *frame, float *outReIm);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace st
