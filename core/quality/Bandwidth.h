#pragma once
// The effective bandwidth of a recording: the one implementation, used by the quality gate (QualityMeasures) and
// by the model's validated conditions (library/ValidatedConditions.h, measureClip), so that both report the same
// number for the same samples.
#include <cstddef>
#include <vector>

namespace st {

/// The highest frequency, in Hz, whose power in the mean spectrum of the clip's active frames is within 60 dB of
/// the strongest bin: the edge of the band a low-pass filter, a resampler or a narrowband codec leaves.
///
/// Exactly (docs/quality.md, "Effective bandwidth"):
///  1. 10 ms frames (rate / 100 samples, at least 1) give the loudest frame's level maxDb = 10 log10(mean x^2 + 1e-20);
///  2. the clip is cut into consecutive, non-overlapping 512-sample blocks from sample 0 (a tail shorter than 512
///     is left out); a block is *active* when 10 log10(mean x^2 + 1e-20) > maxDb - 40;
///  3. the power spectra |FFT(block * Hann)|^2 (periodic Hann, 257 bins of rate / 512 Hz) of the active blocks are
///     summed, then smoothed over +-2 bins (a plain mean, fewer bins at the ends);
///  4. the result is (highest bin k whose smoothed power exceeds 1e-6 times the strongest smoothed bin) * rate / 512.
/// 0 when the clip is empty, the rate is not positive, or no block is active (silence, a clip under 512 samples).
/// Full-band white noise gives rate / 2. The samples are taken as they are (no DC removal). Double precision
/// throughout; always finite for finite samples.
double effectiveBandwidthHz(const float *samples, size_t count, int sampleRate);

inline double effectiveBandwidthHz(const std::vector<float> &clip, int sampleRate)
{
    return effectiveBandwidthHz(clip.data(), clip.size(), sampleRate);
}

} // namespace st
