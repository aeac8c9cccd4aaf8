#include "quality/QualityMeasures.h"

#include "audio/AudioFile.h"
#include "quality/Bandwidth.h"
#include "util/Error.h"
#include "util/Memory.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::QualityMeasures) };
} // namespace

namespace st {

namespace {

constexpr double kFloorDb = -200; // the level of silence: no measure is ever -infinity

double dbOfAmplitude(double a) { return a > 1e-10 ? 20 * std::log10(a) : kFloorDb; }
double dbOfPower(double p) { return p > 1e-20 ? 10 * std::log10(p) : kFloorDb; }

/// The pct-th percentile of `v` with linear interpolation between order statistics (numpy's default).
double percentile(std::vector<double> v, double pct)
{
    if (v.empty())
        return kFloorDb;
    const double pos = std::clamp(pct, 0.0, 100.0) / 100.0 * double(v.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(v.size() - 1, lo + 1);
    std::nth_element(v.begin(), v.begin() + long(lo), v.end());
    const double a = v[lo];
    if (hi == lo)
        return a;
    const double b = *std::min_element(v.begin() + long(lo) + 1, v.end());
    return a + (pos - double(lo)) * (b - a);
}

/// Runs of >= minRun consecutive samples with |x| >= level and the same sign, fed one sample at a time (so that a
/// file is counted block by block).
struct ClipCounter
{
    double level = 1;
    int minRun = 3;
    int64_t run = 0;
    int sign = 0;
    int64_t clipped = 0, runs = 0, longest = 0;

    void push(float x)
    {
        const int s = x >= level ? 1 : (x <= -level ? -1 : 0);
        if (s != 0 && s == sign) {
            ++run;
            return;
        }
        finish();
        sign = s;
        run = s != 0 ? 1 : 0;
    }
    void finish()
    {
        if (run >= minRun) {
            clipped += run;
            ++runs;
            longest = std::max(longest, run);
        }
        run = 0;
        sign = 0;
    }
};

QString kHz(double hz) { return QString::number(hz / 1000.0, 'f', 1); }

/// The codec and sample-rate hints, from the container and the measured bandwidth (docs/quality.md, "Hints").
void describeCodecAndRate(QualityMeasures &m)
{
    const double bw = m.bandwidthHz, nyquist = m.sampleRate / 2.0;
    const bool bandLimited = bw > 0 && bw < 0.85 * nyquist;
    // The measured edge lies up to about 6 analysis bins (rate / 512 Hz each) above a steep filter's cut-off (the
    // +-2-bin smoothing and the Hann window's leakage): a band edge is recognised within 8 bins or 400 Hz above it.
    const double margin = std::max(400.0, 8.0 * m.sampleRate / 512.0);
    QStringList codec;
    const QString lossy = lossyCodecName(m.container, m.sampleFormat);
    if (!lossy.isEmpty()) {
        m.lossyCodec = true;
        codec << Text::tr("lossy codec (%1): its artefacts can mask or mimic those of a synthesiser").arg(lossy);
    }
    if (bandLimited && bw >= 3000 && bw <= 4000 + margin && m.sampleRate >= 11025)
        codec << Text::tr("band-limited to ~%1 kHz: telephone-band or narrowband codec likely").arg(kHz(bw));
    else if (bandLimited && bw >= 6500 && bw <= 8000 + margin && m.sampleRate >= 22050)
        codec << Text::tr("band-limited to ~%1 kHz: a wideband codec (G.722, AMR-WB) or a 16 kHz source likely")
                     .arg(kHz(bw));
    else if (bandLimited && bw >= 10000 && bw <= 17000 + margin && m.sampleRate >= 32000)
        codec << Text::tr("band-limited to ~%1 kHz: possibly decoded from a lossy codec (MP3 and AAC encoders "
                                "low-pass there) or resampled")
                     .arg(kHz(bw));
    m.codecHint = codec.join(QStringLiteral("; "));

    if (m.sampleRate > 0 && m.sampleRate < 16000) {
        m.sampleRateHint =
            (m.sampleRate == 8000
                 ? Text::tr("sampled at %1 kHz: narrowband (telephone rate), nothing above %2 kHz can be present")
                 : Text::tr("sampled at %1 kHz: narrowband, nothing above %2 kHz can be present"))
                .arg(kHz(m.sampleRate), kHz(nyquist));
    } else if (bandLimited) {
        // The rate it was probably recorded at: the lowest common rate whose Nyquist frequency covers the content
        // (less the margin by which the measured edge overshoots a filter's cut-off).
        int origin = 0;
        for (int r : {8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000})
            if (r < m.sampleRate && r / 2.0 >= bw - margin) {
                origin = r;
                break;
            }
        m.sampleRateHint = origin ? Text::tr("content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: "
                                             "upsampled from %4 kHz (or low-pass filtered) likely")
                                        .arg(kHz(bw), kHz(nyquist), kHz(m.sampleRate), kHz(origin))
                                  : Text::tr("content reaches only %1 kHz of the %2 kHz a %3 kHz rate allows: "
                                             "low-pass filtered")
                                        .arg(kHz(bw), kHz(nyquist), kHz(m.sampleRate));
    }
}

/// The energy VAD and the SNR (docs/quality.md, "Net speech" and "SNR"), on x with its DC offset `dc` removed.
/// Segment times are offset by `offsetSeconds`.
void measureSpeech(const float *x, size_t n, int rate, double dc, const QualityOptions &opt, double offsetSeconds,
                   QualityMeasures &m)
{
    if (n == 0)
        return;
    const size_t L = size_t(std::max(1L, std::lround(opt.frameSeconds * rate)));
    const size_t H = size_t(std::max(1L, std::lround(opt.hopSeconds * rate)));
    const size_t T = n >= L ? 1 + (n - L) / H : 1;
    std::vector<double> p(T), e(T);
    for (size_t t = 0; t < T; ++t) {
        const size_t b = t * H, len = std::min(L, n - b);
        double s = 0;
        for (size_t i = b; i < b + len; ++i) {
            const double v = double(x[i]) - dc;
            s += v * v;
        }
        p[t] = s / double(len);
        e[t] = dbOfPower(p[t]);
    }
    const double floorDb = percentile(e, opt.noisePercentile);
    const double loudDb = percentile(e, opt.speechPercentile);
    const double maxDb = *std::max_element(e.begin(), e.end());
    const double delta = std::clamp(opt.thresholdFraction * (loudDb - floorDb), opt.minThresholdDb, opt.maxThresholdDb);
    const double threshold = std::max({floorDb + delta, maxDb - opt.belowLoudestDb, opt.absoluteFloorDbfs});
    m.noiseFloorDbfs = floorDb;
    m.vadThresholdDbfs = threshold;

    std::vector<char> speech(T);
    for (size_t t = 0; t < T; ++t)
        speech[t] = e[t] > threshold;
    // Hangover: a pause inside speech up to bridgeSeconds long is speech.
    const double hopSec = double(H) / rate;
    size_t last = T; // last speech frame seen
    for (size_t t = 0; t < T; ++t) {
        if (!speech[t])
            continue;
        if (last != T && t - last > 1 && double(t - last - 1) * hopSec <= opt.bridgeSeconds + 1e-9)
            std::fill(speech.begin() + long(last) + 1, speech.begin() + long(t), char(1));
        last = t;
    }
    // Minimum duration: runs shorter than minSpeechSeconds are clicks, not speech.
    for (size_t t = 0; t < T;) {
        if (!speech[t]) {
            ++t;
            continue;
        }
        size_t u = t;
        while (u < T && speech[u])
            ++u;
        if (double(u - t) * hopSec < opt.minSpeechSeconds - 1e-9)
            std::fill(speech.begin() + long(t), speech.begin() + long(u), char(0));
        t = u;
    }
    // Segments: frame t stands for the hop-long slot at the centre of its window; the first and last frames reach
    // the ends of the signal.
    const double slotOffset = (double(L) - double(H)) / 2.0;
    double speechPower = 0;
    size_t speechFrames = 0;
    for (size_t t = 0; t < T;) {
        if (!speech[t]) {
            ++t;
            continue;
        }
        size_t u = t;
        while (u < T && speech[u]) {
            speechPower += p[u];
            ++speechFrames;
            ++u;
        }
        double a = t == 0 ? 0.0 : double(t * H) + slotOffset;
        double b = u == T ? double(n) : double((u - 1) * H) + slotOffset + double(H);
        a = std::clamp(a, 0.0, double(n));
        b = std::clamp(b, a, double(n));
        m.speechSegments.push_back({offsetSeconds + a / rate, offsetSeconds + b / rate});
        m.netSpeechSeconds += (b - a) / rate;
        t = u;
    }
    m.speechFound = speechFrames > 0;
    if (!m.speechFound)
        return;

    // Noise: the frames whose windows overlap no speech frame's window.
    const size_t reach = (L + H - 1) / H;
    std::vector<size_t> dist(T, T + reach);
    for (size_t t = 0, d = T + reach; t < T; ++t) {
        d = speech[t] ? 0 : d + 1;
        dist[t] = d;
    }
    for (size_t t = T, d = T + reach; t-- > 0;) {
        d = speech[t] ? 0 : d + 1;
        dist[t] = std::min(dist[t], d);
    }
    double noisePower = 0;
    size_t noiseFrames = 0;
    for (size_t t = 0; t < T; ++t)
        if (dist[t] >= reach) {
            noisePower += p[t];
            ++noiseFrames;
        }
    m.noiseSeconds = double(noiseFrames) * hopSec;
    if (noiseFrames > 0 && m.noiseSeconds >= opt.minNoiseSeconds - 1e-9) {
        noisePower /= double(noiseFrames);
    } else {
        noisePower = floorDb > kFloorDb ? std::pow(10.0, floorDb / 10.0) : 0.0;
        m.snrIsLowerBound = true;
    }
    const double total = speechPower / double(speechFrames);
    const double signal = total - noisePower;
    m.speechLevelDbfs = dbOfPower(std::max(signal, 0.0));
    m.noiseLevelDbfs = dbOfPower(noisePower);
    m.snrMeasured = true;
    if (signal <= 0.01 * noisePower) {
        m.snrDb = -20;
    } else {
        const double snr = 10 * std::log10(signal / std::max(noisePower, total * 1e-10));
        m.snrDb = std::isfinite(snr) ? std::clamp(snr, -20.0, 100.0) : 100.0;
    }
}

/// The measures of n samples, `offsetSeconds` into the recording.
void measureSamples(const float *x, size_t n, int rate, const QualityOptions &opt, double offsetSeconds,
                    QualityMeasures &m)
{
    m.sampleRate = rate;
    m.sampleCount = int64_t(n);
    m.startSeconds = offsetSeconds;
    m.durationSeconds = double(n) / rate;
    m.endSeconds = offsetSeconds + m.durationSeconds;

    // Non-finite samples (a float file's NaN never gets here: AudioFile refuses it) are taken as silence.
    std::vector<float> clean;
    const size_t bad = size_t(std::count_if(x, x + n, [](float v) { return !std::isfinite(v); }));
    if (bad > 0) {
        clean.assign(x, x + n);
        for (float &v : clean)
            if (!std::isfinite(v))
                v = 0.0f;
        x = clean.data();
        m.warnings << Text::tr("%n non-finite sample(s) were taken as 0", nullptr, int(std::min<size_t>(bad, size_t(std::numeric_limits<int>::max()))));
    }

    double sum = 0, sumSq = 0, peak = 0;
    ClipCounter clip{opt.clipLevel * opt.maxCode, opt.minClipRun};
    for (size_t i = 0; i < n; ++i) {
        const double v = x[i];
        sum += v;
        sumSq += v * v;
        peak = std::max(peak, std::abs(v));
        clip.push(x[i]);
    }
    clip.finish();
    m.digitalSilence = peak == 0;
    m.peakDbfs = dbOfAmplitude(peak);
    m.rmsDbfs = n ? dbOfAmplitude(std::sqrt(sumSq / double(n))) : kFloorDb;
    m.dcOffset = n ? sum / double(n) : 0.0;
    m.clippedSamples = clip.clipped;
    m.clippedRuns = clip.runs;
    m.longestClipRunSamples = clip.longest;
    m.clippedSampleFraction = n ? double(clip.clipped) / double(n) : 0.0;

    measureSpeech(x, n, rate, m.dcOffset, opt, offsetSeconds, m);
    m.bandwidthHz = effectiveBandwidthHz(x, n, rate);
    describeCodecAndRate(m);
}

/// The samples [first, last) a selection covers in a recording of `total` samples; throws st::Error naming `path`.
std::pair<int64_t, int64_t> selectionSamples(int64_t total, int rate, double startSeconds, double endSeconds,
                                             const QString &path)
{
    const double length = double(total) / rate;
    if (!std::isfinite(startSeconds) || !std::isfinite(endSeconds))
        throw Error(path, Text::tr("the selection's start and end must be numbers of seconds"));
    if (startSeconds < 0)
        throw Error(path, Text::tr("the selection starts at %1 s, before the start of the recording")
                              .arg(startSeconds, 0, 'f', 3));
    if (endSeconds >= 0 && endSeconds <= startSeconds)
        throw Error(path, Text::tr("the selection is empty: it ends at %1 s, not after its start at %2 s")
                              .arg(endSeconds, 0, 'f', 3)
                              .arg(startSeconds, 0, 'f', 3));
    const int64_t first = std::llround(std::min(startSeconds, 1e12) * rate);
    if (first > 0 && first >= total)
        throw Error(path, Text::tr("the selection starts at %1 s, after the end of the recording (%2 s)")
                              .arg(startSeconds, 0, 'f', 3)
                              .arg(length, 0, 'f', 3));
    const int64_t last = endSeconds < 0 ? total : std::min<int64_t>(total, std::llround(std::min(endSeconds, 1e12) * rate));
    if (last <= first && total > 0)
        throw Error(path, Text::tr("the selection %1-%2 s holds no sample")
                              .arg(startSeconds, 0, 'f', 3)
                              .arg(endSeconds, 0, 'f', 3));
    return {first, std::max(first, last)};
}

/// libsndfile's largest positive sample value of an integer format (AudioFile's clipThreshold).
double maxCodeOf(const QString &sampleFormat)
{
    if (sampleFormat == QLatin1String("PCM_S8") || sampleFormat == QLatin1String("PCM_U8"))
        return 127.0 / 128.0;
    if (sampleFormat == QLatin1String("PCM_16"))
        return 32767.0 / 32768.0;
    if (sampleFormat == QLatin1String("PCM_24"))
        return 8388607.0 / 8388608.0;
    if (sampleFormat == QLatin1String("PCM_32"))
        return double(std::nextafter(1.0f, 0.0f));
    return 1.0;
}

} // namespace

void QualityOptions::validate() const
{
    auto need = [](bool ok, const char *field, const QString &range) {
        if (!ok)
            throw Error(QStringLiteral("quality options: %1 must be %2").arg(QLatin1String(field), range));
    };
    need(frameSeconds >= 0.001 && frameSeconds <= 1, "frameSeconds", QStringLiteral("in [0.001, 1]"));
    need(hopSeconds >= 0.001 && hopSeconds <= frameSeconds, "hopSeconds", QStringLiteral("in [0.001, frameSeconds]"));
    need(noisePercentile >= 0 && noisePercentile < speechPercentile, "noisePercentile",
         QStringLiteral("in [0, speechPercentile)"));
    need(speechPercentile <= 100, "speechPercentile", QStringLiteral("at most 100"));
    need(thresholdFraction >= 0 && thresholdFraction <= 1, "thresholdFraction", QStringLiteral("in [0, 1]"));
    need(minThresholdDb >= 0 && minThresholdDb <= maxThresholdDb, "minThresholdDb", QStringLiteral("in [0, maxThresholdDb]"));
    need(maxThresholdDb <= 60, "maxThresholdDb", QStringLiteral("at most 60"));
    need(belowLoudestDb > 0 && belowLoudestDb <= 200, "belowLoudestDb", QStringLiteral("in (0, 200]"));
    need(absoluteFloorDbfs >= -200 && absoluteFloorDbfs <= 0, "absoluteFloorDbfs", QStringLiteral("in [-200, 0]"));
    need(bridgeSeconds >= 0 && bridgeSeconds <= 10, "bridgeSeconds", QStringLiteral("in [0, 10]"));
    need(minSpeechSeconds >= 0 && minSpeechSeconds <= 10, "minSpeechSeconds", QStringLiteral("in [0, 10]"));
    need(minNoiseSeconds >= 0 && minNoiseSeconds <= 3600, "minNoiseSeconds", QStringLiteral("in [0, 3600]"));
    need(clipLevel > 0 && clipLevel <= 1, "clipLevel", QStringLiteral("in (0, 1]"));
    need(maxCode > 0 && maxCode <= 1, "maxCode", QStringLiteral("in (0, 1]"));
    need(minClipRun >= 1 && minClipRun <= 1000000, "minClipRun", QStringLiteral("in [1, 1000000]"));
}

QString lossyCodecName(const QString &container, const QString &sampleFormat)
{
    const QString f = sampleFormat.toUpper();
    if (f == QLatin1String("MPEG_LAYER_III"))
        return QStringLiteral("MP3");
    if (f == QLatin1String("MPEG_LAYER_II"))
        return QStringLiteral("MPEG layer II");
    if (f == QLatin1String("MPEG_LAYER_I"))
        return QStringLiteral("MPEG layer I");
    if (f == QLatin1String("VORBIS"))
        return QStringLiteral("Ogg Vorbis");
    if (f == QLatin1String("OPUS"))
        return QStringLiteral("Opus");
    if (f == QLatin1String("ULAW"))
        return Text::tr("G.711 mu-law, telephone companding");
    if (f == QLatin1String("ALAW"))
        return Text::tr("G.711 A-law, telephone companding");
    if (f == QLatin1String("GSM610"))
        return Text::tr("GSM 06.10, telephone");
    if (f == QLatin1String("IMA_ADPCM") || f == QLatin1String("VOX_ADPCM"))
        return QStringLiteral("IMA ADPCM");
    if (f == QLatin1String("MS_ADPCM"))
        return QStringLiteral("Microsoft ADPCM");
    if (f.startsWith(QLatin1String("G721")) || f.startsWith(QLatin1String("G723")))
        return Text::tr("G.72x ADPCM, telephone");
    if (f.startsWith(QLatin1String("NMS_ADPCM")))
        return Text::tr("NMS ADPCM, telephone");
    if (f.isEmpty() && (container.compare(QLatin1String("MP3"), Qt::CaseInsensitive) == 0))
        return QStringLiteral("MP3");
    return {};
}

QualityMeasures measureQuality(const float *mono, size_t count, int sampleRate, const QualityOptions &opt)
{
    opt.validate();
    if (sampleRate <= 0)
        throw Error(Text::tr("cannot measure quality: the sample rate must be positive (it is %1)").arg(sampleRate));
    if (!mono)
        count = 0;
    QualityMeasures m;
    m.fileDurationSeconds = double(count) / sampleRate;
    measureSamples(mono, count, sampleRate, opt, 0.0, m);
    return m;
}

QualityMeasures measureQuality(const std::vector<float> &mono, int sampleRate, const QualityOptions &opt)
{
    return measureQuality(mono.data(), mono.size(), sampleRate, opt);
}

QualityMeasures measureQualityRange(const std::vector<float> &mono, int sampleRate, double startSeconds,
                                    double endSeconds, const QualityOptions &opt)
{
    opt.validate();
    if (sampleRate <= 0)
        throw Error(Text::tr("cannot measure quality: the sample rate must be positive (it is %1)").arg(sampleRate));
    const auto [first, last] = selectionSamples(int64_t(mono.size()), sampleRate, startSeconds, endSeconds, QString());
    QualityMeasures m;
    m.fileDurationSeconds = double(mono.size()) / sampleRate;
    measureSamples(mono.data() + first, size_t(last - first), sampleRate, opt, double(first) / sampleRate, m);
    return m;
}

QualityMeasures measureQualityFile(const QString &path, double startSeconds, double endSeconds,
                                   const QualityOptions &options)
{
    options.validate();
    AudioFile file(path);
    const AudioInfo &info = file.info();
    const auto [first, last] = selectionSamples(info.frames, info.sampleRate, startSeconds, endSeconds, info.path);
    const int64_t count = last - first;
    checkMemoryBudget(count * int64_t(sizeof(float)) * 2, Text::tr("measuring the quality"), info.path,
                      Text::tr("measure a shorter selection (--start/--end)"));
    QualityOptions opt = options;
    opt.maxCode = maxCodeOf(info.sampleFormat);
    const std::vector<float> mono = file.readFrames(first, count, MixDown);

    QualityMeasures m;
    m.path = info.path;
    m.container = info.container;
    m.sampleFormat = info.sampleFormat;
    m.channels = info.channels;
    m.fileDurationSeconds = info.durationSeconds();
    m.warnings = info.warnings;
    measureSamples(mono.data(), mono.size(), info.sampleRate, opt, double(first) / info.sampleRate, m);

    if (info.channels > 1) {
        // Clipping channel by channel: the mean of a clipped and an unclipped channel is not at full scale.
        m.clippedSamples = m.clippedRuns = m.longestClipRunSamples = 0;
        m.clippedSampleFraction = 0;
        const int64_t block = 1 << 16;
        for (int c = 0; c < info.channels; ++c) {
            ClipCounter clip{opt.clipLevel * opt.maxCode, opt.minClipRun};
            for (int64_t at = first; at < last; at += block)
                for (float v : file.readFrames(at, std::min(block, last - at), c))
                    clip.push(v);
            clip.finish();
            if (clip.clipped > m.clippedSamples || c == 0) {
                m.clippedChannel = c + 1;
                m.clippedSamples = clip.clipped;
                m.clippedRuns = clip.runs;
                m.longestClipRunSamples = clip.longest;
                m.clippedSampleFraction = count ? double(clip.clipped) / double(count) : 0.0;
            }
        }
    }
    return m;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

namespace {

double rounded(double v, int decimals)
{
    if (!std::isfinite(v))
        return 0;
    const double s = std::pow(10.0, decimals);
    const double r = std::round(v * s) / s;
    return std::isfinite(r) ? r : v;
}

} // namespace

QJsonObject QualityMeasures::toJson(bool withSegments) const
{
    QJsonObject o;
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!container.isEmpty())
        o.insert(QStringLiteral("container"), container);
    if (!sampleFormat.isEmpty())
        o.insert(QStringLiteral("sampleFormat"), sampleFormat);
    o.insert(QStringLiteral("sampleRate"), sampleRate);
    o.insert(QStringLiteral("channels"), channels);
    o.insert(QStringLiteral("fileDurationSeconds"), rounded(fileDurationSeconds, 6));
    o.insert(QStringLiteral("startSeconds"), rounded(startSeconds, 6));
    o.insert(QStringLiteral("endSeconds"), rounded(endSeconds, 6));
    o.insert(QStringLiteral("durationSeconds"), rounded(durationSeconds, 6));
    o.insert(QStringLiteral("sampleCount"), qint64(sampleCount));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    o.insert(QStringLiteral("lossyCodec"), lossyCodec);
    o.insert(QStringLiteral("codecHint"), codecHint);
    o.insert(QStringLiteral("sampleRateHint"), sampleRateHint);
    o.insert(QStringLiteral("peakDbfs"), rounded(peakDbfs, 2));
    o.insert(QStringLiteral("rmsDbfs"), rounded(rmsDbfs, 2));
    o.insert(QStringLiteral("dcOffset"), rounded(dcOffset, 6));
    o.insert(QStringLiteral("digitalSilence"), digitalSilence);
    o.insert(QStringLiteral("clippedChannel"), clippedChannel);
    o.insert(QStringLiteral("clippedSamples"), qint64(clippedSamples));
    o.insert(QStringLiteral("clippedSampleFraction"), clippedSampleFraction);
    o.insert(QStringLiteral("clippedRuns"), qint64(clippedRuns));
    o.insert(QStringLiteral("longestClipRunSamples"), qint64(longestClipRunSamples));
    o.insert(QStringLiteral("speechFound"), speechFound);
    o.insert(QStringLiteral("netSpeechSeconds"), rounded(netSpeechSeconds, 3));
    o.insert(QStringLiteral("speechSegmentCount"), qint64(speechSegments.size()));
    if (withSegments) {
        QJsonArray segs;
        for (const SpeechSegment &s : speechSegments)
            segs.append(QJsonArray{rounded(s.startSeconds, 3), rounded(s.endSeconds, 3)});
        o.insert(QStringLiteral("speechSegments"), segs);
    }
    o.insert(QStringLiteral("noiseFloorDbfs"), rounded(noiseFloorDbfs, 2));
    o.insert(QStringLiteral("vadThresholdDbfs"), rounded(vadThresholdDbfs, 2));
    o.insert(QStringLiteral("snrMeasured"), snrMeasured);
    o.insert(QStringLiteral("snrDb"), snrMeasured ? QJsonValue(rounded(snrDb, 2)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("snrIsLowerBound"), snrIsLowerBound);
    o.insert(QStringLiteral("speechLevelDbfs"), rounded(speechLevelDbfs, 2));
    o.insert(QStringLiteral("noiseLevelDbfs"), rounded(noiseLevelDbfs, 2));
    o.insert(QStringLiteral("noiseSeconds"), rounded(noiseSeconds, 3));
    o.insert(QStringLiteral("bandwidthHz"), rounded(bandwidthHz, 2));
    return o;
}

QualityMeasures QualityMeasures::fromJson(const QJsonObject &o, QString *error)
{
    QualityMeasures m;
    QString why;
    auto fail = [&](const QString &key, const QString &what) {
        if (why.isEmpty())
            why = QStringLiteral("measures.%1: %2").arg(key, what);
    };
    auto num = [&](const char *k, double &into) {
        const QString key = QLatin1String(k);
        if (!o.contains(key) || o.value(key).isNull())
            return;
        if (!o.value(key).isDouble() || !std::isfinite(o.value(key).toDouble()))
            return fail(key, Text::tr("must be a number"));
        into = o.value(key).toDouble();
    };
    auto integer = [&](const char *k, auto &into) {
        double d = double(into);
        num(k, d);
        if (d != std::floor(d) || std::abs(d) > 9e15)
            return fail(QLatin1String(k), Text::tr("must be an integer"));
        into = static_cast<std::decay_t<decltype(into)>>(d);
    };
    auto flag = [&](const char *k, bool &into) {
        const QString key = QLatin1String(k);
        if (!o.contains(key))
            return;
        if (!o.value(key).isBool())
            return fail(key, Text::tr("must be true or false"));
        into = o.value(key).toBool();
    };
    auto text = [&](const char *k, QString &into) {
        const QString key = QLatin1String(k);
        if (!o.contains(key))
            return;
        if (!o.value(key).isString())
            return fail(key, Text::tr("must be a string"));
        into = o.value(key).toString();
    };
    text("path", m.path);
    text("container", m.container);
    text("sampleFormat", m.sampleFormat);
    integer("sampleRate", m.sampleRate);
    integer("channels", m.channels);
    num("fileDurationSeconds", m.fileDurationSeconds);
    num("startSeconds", m.startSeconds);
    num("endSeconds", m.endSeconds);
    num("durationSeconds", m.durationSeconds);
    integer("sampleCount", m.sampleCount);
    if (o.contains(QStringLiteral("warnings"))) {
        const QJsonValue w = o.value(QStringLiteral("warnings"));
        if (!w.isArray())
            fail(QStringLiteral("warnings"), Text::tr("must be an array of strings"));
        for (const QJsonValue &s : w.toArray()) {
            if (!s.isString())
                fail(QStringLiteral("warnings"), Text::tr("must be an array of strings"));
            m.warnings << s.toString();
        }
    }
    flag("lossyCodec", m.lossyCodec);
    text("codecHint", m.codecHint);
    text("sampleRateHint", m.sampleRateHint);
    num("peakDbfs", m.peakDbfs);
    num("rmsDbfs", m.rmsDbfs);
    num("dcOffset", m.dcOffset);
    flag("digitalSilence", m.digitalSilence);
    integer("clippedChannel", m.clippedChannel);
    integer("clippedSamples", m.clippedSamples);
    num("clippedSampleFraction", m.clippedSampleFraction);
    integer("clippedRuns", m.clippedRuns);
    integer("longestClipRunSamples", m.longestClipRunSamples);
    flag("speechFound", m.speechFound);
    num("netSpeechSeconds", m.netSpeechSeconds);
    if (o.contains(QStringLiteral("speechSegments"))) {
        const QJsonValue v = o.value(QStringLiteral("speechSegments"));
        if (!v.isArray())
            fail(QStringLiteral("speechSegments"), Text::tr("must be an array of [start, end] pairs"));
        for (const QJsonValue &s : v.toArray()) {
            const QJsonArray pair = s.toArray();
            if (!s.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble()) {
                fail(QStringLiteral("speechSegments"), Text::tr("must be an array of [start, end] pairs"));
                break;
            }
            m.speechSegments.push_back({pair[0].toDouble(), pair[1].toDouble()});
        }
    }
    num("noiseFloorDbfs", m.noiseFloorDbfs);
    num("vadThresholdDbfs", m.vadThresholdDbfs);
    flag("snrMeasured", m.snrMeasured);
    num("snrDb", m.snrDb);
    flag("snrIsLowerBound", m.snrIsLowerBound);
    num("speechLevelDbfs", m.speechLevelDbfs);
    num("noiseLevelDbfs", m.noiseLevelDbfs);
    num("noiseSeconds", m.noiseSeconds);
    num("bandwidthHz", m.bandwidthHz);
    if (!why.isEmpty()) {
        if (!error)
            throw Error(why);
        *error = why;
    } else if (error) {
        error->clear();
    }
    return m;
}

} // namespace st
