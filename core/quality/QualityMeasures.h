#pragma once
// The quality measures of an evidence item (or of a selection of it): duration, rate, codec, levels, DC offset,
// clipping, net speech, speech-to-noise ratio and effective bandwidth, measured from the decoded samples at the
// file's native rate (mixed down to mono). They say whether the recording is fit for an examination at all, before
// any model looks at it; QualityThresholds and judgeQuality (QualityVerdict.h) turn them into findings.
//
// Every definition (frames, percentiles, the VAD's threshold and smoothing, the SNR estimator, the clipping runs,
// the bandwidth edge) is stated exactly in docs/quality.md. Every number is finite for every input: an empty, a
// silent or a one-sample recording gives zeros (and -200 dBFS levels) with flags that say what could not be measured
// (speechFound, snrMeasured), never NaN or infinity.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace st {

/// How the measures are taken. The defaults are the documented ones (docs/quality.md); the quality gate of a
/// case always uses them, so that two examinations of the same item give the same numbers.
struct QualityOptions
{
    double frameSeconds = 0.025;     ///< analysis frame of the energy VAD and the SNR
    double hopSeconds = 0.010;       ///< frame advance; a frame stands for hopSeconds of time
    double noisePercentile = 10;     ///< the VAD's noise floor: this percentile (%) of the frame levels (dB)
    double speechPercentile = 90;    ///< the VAD's loud-speech reference: this percentile (%) of the frame levels
    /// The VAD's threshold above the noise floor: thresholdFraction of (speech reference - noise floor) in dB,
    /// kept within [minThresholdDb, maxThresholdDb].
    double thresholdFraction = 1.0 / 3.0;
    double minThresholdDb = 3;
    double maxThresholdDb = 10;
    double belowLoudestDb = 50;      ///< a frame more than this below the loudest frame is never speech
    double absoluteFloorDbfs = -90;  ///< a frame quieter than this is never speech
    double bridgeSeconds = 0.2;      ///< pauses inside speech up to this long count as speech (hangover)
    double minSpeechSeconds = 0.05;  ///< speech runs shorter than this (after bridging) are dropped (clicks)
    double minNoiseSeconds = 0.1;    ///< less noise-only time than this: the SNR's noise is the floor percentile
    double clipLevel = 0.999;        ///< |x| at or above clipLevel * maxCode is "at full scale"
    /// The largest positive sample value of the format (libsndfile's normalisation: 32767/32768 for 16 bit,
    /// 127/128 for 8 bit, 1 for float and lossy formats). The file overload sets it from the sample format.
    double maxCode = 1.0;
    int minClipRun = 3;              ///< consecutive same-sign samples at full scale that make a clipped run

    /// Throws st::Error naming the first field out of its range.
    void validate() const;
};

/// A stretch the VAD takes for speech, in seconds from the start of the file (or of the vector).
struct SpeechSegment
{
    double startSeconds = 0;
    double endSeconds = 0;
    bool operator==(const SpeechSegment &o) const { return startSeconds == o.startSeconds && endSeconds == o.endSeconds; }
};

struct QualityMeasures
{
    // --- What was measured.
    QString path;                    ///< the evidence file (file overload); empty for samples
    QString container;               ///< e.g. "WAV", "MP3" (file overload)
    QString sampleFormat;            ///< e.g. "PCM_16", "MPEG_LAYER_III" (file overload)
    int sampleRate = 0;              ///< native rate, Hz
    int channels = 1;                ///< of the file (the measures are of the mono mix-down)
    double fileDurationSeconds = 0;  ///< the whole file (or vector)
    double startSeconds = 0;         ///< the selection measured, from the start of the file
    double endSeconds = 0;
    double durationSeconds = 0;      ///< endSeconds - startSeconds
    int64_t sampleCount = 0;         ///< samples measured
    QStringList warnings;            ///< the container's warnings (truncated file), replaced non-finite samples

    // --- Codec and rate hints (empty: nothing to say).
    bool lossyCodec = false;         ///< the container's sample format is a lossy or telephone codec
    QString codecHint;               ///< e.g. "band-limited to ~3.9 kHz: telephone-band or narrowband codec likely"
    QString sampleRateHint;          ///< e.g. "content reaches only 3.9 kHz of the 8.0 kHz ...: upsampled ..."

    // --- Levels (the mono mix-down; full scale = 1).
    double peakDbfs = -200;          ///< 20 log10(max |x|), at least -200
    double rmsDbfs = -200;           ///< 20 log10(sqrt(mean x^2)), at least -200
    double dcOffset = 0;             ///< mean of x, in full-scale units
    bool digitalSilence = true;      ///< every sample is exactly 0 (or there is none)

    // --- Clipping: runs of >= minClipRun consecutive same-sign samples with |x| >= clipLevel * maxCode. A file
    // with several channels is measured channel by channel (a mix-down hides a clipped channel) and these are the
    // numbers of its worst channel.
    int clippedChannel = 0;          ///< 1-based worst channel of a multi-channel file; 0 = the mono signal
    int64_t clippedSamples = 0;      ///< samples in such runs
    double clippedSampleFraction = 0;///< clippedSamples / sampleCount
    int64_t clippedRuns = 0;
    int64_t longestClipRunSamples = 0;

    // --- Speech (energy VAD on the DC-removed signal).
    bool speechFound = false;
    double netSpeechSeconds = 0;     ///< total length of speechSegments
    std::vector<SpeechSegment> speechSegments;
    double noiseFloorDbfs = -200;    ///< the VAD's floor: noisePercentile of the frame levels
    double vadThresholdDbfs = -200;  ///< frame level above which a frame is speech (before smoothing)

    // --- Speech-to-noise ratio over the speech segments.
    bool snrMeasured = false;        ///< false without speech: snrDb is then 0 and means nothing
    double snrDb = 0;                ///< 10 log10(speech power / noise power), within [-20, 100]
    /// No pause long enough to measure the noise (less than minNoiseSeconds): the noise power is the floor
    /// percentile of the frames, which then lie in quiet speech, so the SNR is a lower bound.
    bool snrIsLowerBound = false;
    double speechLevelDbfs = -200;   ///< mean power of the speech segments, less the noise power
    double noiseLevelDbfs = -200;    ///< mean power of the frames clear of speech
    double noiseSeconds = 0;         ///< time the noise power was measured over

    // --- Effective bandwidth (quality/Bandwidth.h): the same number as the model's validated conditions.
    double bandwidthHz = 0;

    /// JSON with the keys of the fields above (numbers rounded to what they mean: dB to 0.01, seconds to 1 ms...;
    /// snrDb is null when not measured); `withSegments` adds the speech segments as [[start, end], ...].
    QJsonObject toJson(bool withSegments = true) const;
    /// Reads toJson()'s object back (missing keys keep their defaults, so older records read). On a field of the
    /// wrong type it sets *error ("measures.snrDb: must be a number") and returns what it read so far; with a null
    /// `error` it throws st::Error instead.
    static QualityMeasures fromJson(const QJsonObject &o, QString *error = nullptr);
};

/// Measures `count` mono samples at `sampleRate` (full scale = 1). Non-finite samples are taken as 0 (with a
/// warning). Throws st::Error when the rate is not positive or the options are out of range.
QualityMeasures measureQuality(const float *mono, size_t count, int sampleRate, const QualityOptions &opt = {});
QualityMeasures measureQuality(const std::vector<float> &mono, int sampleRate, const QualityOptions &opt = {});

/// Measures the selection [startSeconds, endSeconds) of `mono` (endSeconds < 0: to the end; an end past the end is
/// clamped). Times in the result (selection, speech segments) count from the start of `mono`. Throws st::Error for
/// a selection that is empty or lies outside the samples.
QualityMeasures measureQualityRange(const std::vector<float> &mono, int sampleRate, double startSeconds,
                                    double endSeconds, const QualityOptions &opt = {});

/// Decodes an evidence file (read-only, AudioFile), mixes it down to mono at its native rate and measures
/// [startSeconds, endSeconds) of it (endSeconds < 0: to the end of the file). Throws st::Error naming the file:
/// not found, not audio, no samples, a selection outside the recording, or more samples than memory allows.
QualityMeasures measureQualityFile(const QString &path, double startSeconds = 0, double endSeconds = -1,
                                   const QualityOptions &opt = {});

/// Whether a libsndfile sample format (AudioInfo::sampleFormat) is a lossy or telephone codec, and its name in
/// words ("MP3", "Ogg Opus", "G.711 mu-law", ...; empty for PCM, float and FLAC).
QString lossyCodecName(const QString &container, const QString &sampleFormat);

} // namespace st
