#pragma once
// From per-sample attributions to what a person reads: per-frame envelopes aligned with the viewer,
// a time-frequency map aligned with the spectrogram, and shares of attribution per frequency band and
// in speech versus pauses. Plain data; no LibTorch.
//
// Time-frequency map (see docs/explanations.md): the samples are partitioned among STFT frames (frame
// t owns the hop-long stretch around its centre), and frame t's attribution A_t (the sum over its
// stretch) is spread over the bins by each bin's share of the frame's power of (input - baseline),
// the part of the signal the attributions are about: M[t][b] = A_t * P_tb / sum_b P_tb. Each row sums
// to A_t and the map sums to the sum of the attributions, so completeness carries over.
#include "dsp/Spectrogram.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace st {

/// Per-frame envelopes: frame f covers samples [f * frameLength, (f + 1) * frameLength).
struct AttributionEnvelopes
{
    int frameLength = 320;          ///< samples (20 ms at 16 kHz)
    std::vector<float> signedSum;   ///< sum of attributions in the frame
    std::vector<float> absoluteSum; ///< sum of |attribution| in the frame
    std::vector<float> trend;       ///< rolling median of signedSum over trendFrames frames
    int trendFrames = 11;
};

/// frameMs > 0; trendFrames odd >= 1 (an even number is made odd by adding one).
AttributionEnvelopes attributionEnvelopes(const std::vector<float> &attribution, int sampleRate, double frameMs = 20.0,
                                          int trendFrames = 11);

/// Median over a centred window of `window` values (odd), the window shrunk at the ends.
std::vector<float> rollingMedian(const std::vector<float> &v, int window);

struct TfAttribution
{
    SpectrogramParams params;
    int sampleRate = 16000;
    int64_t frames = 0;
    int bins = 0;
    std::vector<float> values;    ///< frames x bins, row-major
    std::vector<float> frameSums; ///< A_t
    float at(int64_t frame, int bin) const { return values[size_t(frame * bins + bin)]; }
};

/// The map for `attribution` (one per sample) of a clip whose input minus baseline is `difference`
/// (same length), with the spectrogram's params at `sampleRate`.
TfAttribution tfAttribution(const std::vector<float> &attribution, const std::vector<float> &difference,
                            const SpectrogramParams &params, int sampleRate);

/// Sample range [first, last) that STFT frame t owns (a partition of [0, n)).
std::pair<int64_t, int64_t> tfFrameSpan(const SpectrogramParams &params, int64_t frame, int64_t n);

/// Energy-based voice activity per frame of `frameLength` samples: speech when the frame's RMS level
/// is at least max(floorDb, loudest frame - rangeDb) dBFS; pauses shorter than `minPauseFrames` between
/// speech frames count as speech (a hangover that keeps stop closures inside words).
std::vector<uint8_t> energyVad(const std::vector<float> &x, int frameLength, double floorDb = -50.0, double rangeDb = 35.0,
                               int minPauseFrames = 5);

/// The frequency bands of the summaries: 0-1, 1-2, 2-4, 4-8 kHz (a fifth band "8 kHz-Nyquist" when the
/// rate is above 16 kHz). The top band includes its upper edge.
QStringList attributionBandNames(int sampleRate);
std::vector<std::pair<double, double>> attributionBands(int sampleRate);

/// What a stretch [start, end) of the clip holds.
struct AttributionSummary
{
    int64_t start = 0, end = 0;
    double sum = 0.0, absoluteSum = 0.0, positiveSum = 0.0, negativeSum = 0.0;
    QStringList bandNames;
    std::vector<double> bandShares; ///< of the absolute linear-frequency map, frames centred in the range; sum 1
    double speechShare = 0.0;       ///< of sum |a| in speech frames
    double pauseShare = 0.0;        ///< 1 - speechShare (0 when there is no attribution)
    double speechTimeFraction = 0.0; ///< fraction of the range's VAD frames that are speech
};

/// `linearMap` must use FrequencyScale::Linear; `vad` has one flag per `vadFrameLength` samples.
AttributionSummary summarizeAttribution(const std::vector<float> &attribution, const TfAttribution &linearMap,
                                        const std::vector<uint8_t> &vad, int vadFrameLength, int64_t start, int64_t end);

/// Value at `percentile` (0-100) of |values| (linear interpolation between order statistics); 0 when empty.
double absPercentile(const std::vector<float> &values, double percentile);

} // namespace st
