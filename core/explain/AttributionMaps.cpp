#include "explain/AttributionMaps.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AttributionMaps) };
} // namespace

namespace st {

std::vector<float> rollingMedian(const std::vector<float> &v, int window)
{
    if (window < 1)
        window = 1;
    if (window % 2 == 0)
        ++window;
    const int64_t n = int64_t(v.size()), h = window / 2;
    std::vector<float> out(v.size());
    std::vector<float> buf;
    for (int64_t i = 0; i < n; ++i) {
        const int64_t a = std::max<int64_t>(0, i - h), b = std::min<int64_t>(n, i + h + 1);
        buf.assign(v.begin() + a, v.begin() + b);
        const size_t mid = buf.size() / 2;
        std::nth_element(buf.begin(), buf.begin() + mid, buf.end());
        float med = buf[mid];
        if (buf.size() % 2 == 0) {
            const float lower = *std::max_element(buf.begin(), buf.begin() + mid);
            med = 0.5f * (med + lower);
        }
        out[size_t(i)] = med;
    }
    return out;
}

AttributionEnvelopes attributionEnvelopes(const std::vector<float> &a, int sampleRate, double frameMs, int trendFrames)
{
    if (!(frameMs > 0.0) || sampleRate <= 0)
        throw Error(Text::tr("attribution frames need a positive length (got %1 ms)").arg(frameMs));
    AttributionEnvelopes e;
    e.frameLength = std::max(1, int(std::lround(sampleRate * frameMs / 1000.0)));
    e.trendFrames = trendFrames < 1 ? 1 : (trendFrames % 2 == 0 ? trendFrames + 1 : trendFrames);
    const int64_t n = int64_t(a.size());
    const int64_t frames = (n + e.frameLength - 1) / e.frameLength;
    e.signedSum.assign(size_t(frames), 0.0f);
    e.absoluteSum.assign(size_t(frames), 0.0f);
    for (int64_t f = 0; f < frames; ++f) {
        double s = 0.0, as = 0.0;
        for (int64_t i = f * e.frameLength; i < std::min(n, (f + 1) * e.frameLength); ++i) {
            s += a[size_t(i)];
            as += std::abs(a[size_t(i)]);
        }
        e.signedSum[size_t(f)] = float(s);
        e.absoluteSum[size_t(f)] = float(as);
    }
    e.trend = rollingMedian(e.signedSum, e.trendFrames);
    return e;
}

std::pair<int64_t, int64_t> tfFrameSpan(const SpectrogramParams &p, int64_t frame, int64_t n)
{
    const int64_t frames = p.frameCount(n);
    const int64_t centre = p.frameCentreSample(frame);
    int64_t a = centre - p.hop / 2;
    int64_t b = a + p.hop;
    if (frame == 0)
        a = 0;
    if (frame == frames - 1)
        b = n;
    a = std::clamp<int64_t>(a, 0, n);
    b = std::clamp<int64_t>(b, a, n);
    return {a, b};
}

TfAttribution tfAttribution(const std::vector<float> &attribution, const std::vector<float> &difference,
                            const SpectrogramParams &params, int sampleRate)
{
    params.validate();
    if (difference.size() != attribution.size())
        throw Error(Text::tr("the attribution map needs the input minus baseline of the same length (%1 and %2 samples)")
                        .arg(attribution.size()).arg(difference.size()));
    TfAttribution m;
    m.params = params;
    m.sampleRate = sampleRate;
    const int64_t n = int64_t(attribution.size());
    m.frames = params.frameCount(n);
    m.bins = params.bins();
    m.values.assign(size_t(m.frames * m.bins), 0.0f);
    m.frameSums.assign(size_t(m.frames), 0.0f);
    Stft stft(params, sampleRate);
    std::vector<float> frame(static_cast<size_t>(params.fftSize)), power(size_t(m.bins));
    for (int64_t t = 0; t < m.frames; ++t) {
        const auto [a, b] = tfFrameSpan(params, t, n);
        double at = 0.0;
        for (int64_t i = a; i < b; ++i)
            at += attribution[size_t(i)];
        m.frameSums[size_t(t)] = float(at);
        const int64_t s0 = params.frameStartSample(t);
        for (int k = 0; k < params.fftSize; ++k) {
            const int64_t i = s0 + k;
            frame[size_t(k)] = (i >= 0 && i < n) ? difference[size_t(i)] : 0.0f;
        }
        stft.powerFrame(frame.data(), power.data());
        double total = 0.0;
        for (float p : power)
            total += p;
        float *row = m.values.data() + t * m.bins;
        for (int k = 0; k < m.bins; ++k)
            row[k] = float(total > 0.0 ? at * power[size_t(k)] / total : at / m.bins);
    }
    return m;
}

std::vector<uint8_t> energyVad(const std::vector<float> &x, int frameLength, double floorDb, double rangeDb, int minPauseFrames)
{
    if (frameLength < 1)
        throw Error(Text::tr("voice activity frames need at least one sample"));
    const int64_t n = int64_t(x.size());
    const int64_t frames = (n + frameLength - 1) / frameLength;
    std::vector<double> db(static_cast<size_t>(frames));
    double loudest = -400.0;
    for (int64_t f = 0; f < frames; ++f) {
        double e = 0.0;
        const int64_t a = f * frameLength, b = std::min(n, a + frameLength);
        for (int64_t i = a; i < b; ++i)
            e += double(x[size_t(i)]) * x[size_t(i)];
        db[size_t(f)] = 10.0 * std::log10(std::max(e / std::max<int64_t>(1, b - a), 1e-40));
        loudest = std::max(loudest, db[size_t(f)]);
    }
    const double threshold = std::max(floorDb, loudest - rangeDb);
    std::vector<uint8_t> vad(static_cast<size_t>(frames));
    for (int64_t f = 0; f < frames; ++f)
        vad[size_t(f)] = db[size_t(f)] >= threshold ? 1 : 0;
    // Fill short pauses between speech frames.
    int64_t lastSpeech = -1;
    for (int64_t f = 0; f < frames; ++f) {
        if (!vad[size_t(f)])
            continue;
        if (lastSpeech >= 0 && f - lastSpeech - 1 > 0 && f - lastSpeech - 1 < minPauseFrames)
            std::fill(vad.begin() + lastSpeech + 1, vad.begin() + f, uint8_t(1));
        lastSpeech = f;
    }
    return vad;
}

std::vector<std::pair<double, double>> attributionBands(int sampleRate)
{
    std::vector<std::pair<double, double>> bands{{0, 1000}, {1000, 2000}, {2000, 4000}, {4000, 8000}};
    if (sampleRate > 16000)
        bands.emplace_back(8000, 0.5 * sampleRate);
    return bands;
}

QStringList attributionBandNames(int sampleRate)
{
    QStringList names{QStringLiteral("0-1 kHz"), QStringLiteral("1-2 kHz"), QStringLiteral("2-4 kHz"), QStringLiteral("4-8 kHz")};
    if (sampleRate > 16000)
        names << QStringLiteral("8 kHz-Nyquist");
    return names;
}

AttributionSummary summarizeAttribution(const std::vector<float> &attribution, const TfAttribution &map,
                                        const std::vector<uint8_t> &vad, int vadFrameLength, int64_t start, int64_t end)
{
    if (map.params.scale != FrequencyScale::Linear)
        throw Error(Text::tr("band shares need a linear-frequency attribution map"));
    const int64_t n = int64_t(attribution.size());
    AttributionSummary s;
    s.start = std::clamp<int64_t>(start, 0, n);
    s.end = std::clamp<int64_t>(end, s.start, n);
    double speechAbs = 0.0;
    int64_t speechFrames = 0, vadFrames = 0, lastFrame = -1;
    for (int64_t i = s.start; i < s.end; ++i) {
        const double v = attribution[size_t(i)];
        s.sum += v;
        s.absoluteSum += std::abs(v);
        (v > 0 ? s.positiveSum : s.negativeSum) += v;
        const int64_t f = vadFrameLength > 0 ? i / vadFrameLength : 0;
        const bool speech = f < int64_t(vad.size()) && vad[size_t(f)];
        if (speech)
            speechAbs += std::abs(v);
        if (f != lastFrame) {
            ++vadFrames;
            speechFrames += speech ? 1 : 0;
            lastFrame = f;
        }
    }
    s.speechShare = s.absoluteSum > 0 ? speechAbs / s.absoluteSum : 0.0;
    s.pauseShare = s.absoluteSum > 0 ? 1.0 - s.speechShare : 0.0;
    s.speechTimeFraction = vadFrames > 0 ? double(speechFrames) / double(vadFrames) : 0.0;

    const auto bands = attributionBands(map.sampleRate);
    s.bandNames = attributionBandNames(map.sampleRate);
    s.bandShares.assign(bands.size(), 0.0);
    double total = 0.0;
    for (int64_t t = 0; t < map.frames; ++t) {
        const int64_t c = map.params.frameCentreSample(t);
        if (c < s.start || c >= s.end)
            continue;
        for (int b = 0; b < map.bins; ++b) {
            const double hz = binCentreHz(map.params, b, map.sampleRate);
            const double v = std::abs(map.at(t, b));
            for (size_t k = 0; k < bands.size(); ++k) {
                const bool top = k + 1 == bands.size();
                if (hz >= bands[k].first && (hz < bands[k].second || (top && hz <= bands[k].second))) {
                    s.bandShares[k] += v;
                    break;
                }
            }
            total += v;
        }
    }
    for (double &v : s.bandShares)
        v = total > 0 ? v / total : 0.0;
    return s;
}

double absPercentile(const std::vector<float> &values, double percentile)
{
    if (values.empty())
        return 0.0;
    std::vector<float> a(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        a[i] = std::abs(values[i]);
    std::sort(a.begin(), a.end());
    const double pos = std::clamp(percentile, 0.0, 100.0) / 100.0 * double(a.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(a.size() - 1, lo + 1);
    return a[lo] + (pos - double(lo)) * (a[hi] - a[lo]);
}

} // namespace st
