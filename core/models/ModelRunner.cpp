#include "models/ModelRunner.h"

#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "jobs/Job.h"
#include "util/Error.h"
#include "util/Memory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::ModelRunner) };
} // namespace

namespace st {

namespace {
constexpr int kDefaultWindow = 64600;
constexpr int kDefaultHop = 32000;

bool allFinite(const std::vector<float> &v)
{
    for (float x : v)
        if (!std::isfinite(x))
            return false;
    return true;
}

/// A model output with a NaN or infinity is no answer: an error for that input.
void checkFinite(const ModelManifest &m, const ModelOutput &o)
{
    if (!allFinite(o.logits) || !allFinite(o.embedding))
        throw Error(Text::tr("model %1 gave a non-finite result (NaN or infinity) for this input: the input is "
                                   "outside what the model can process (for example sample values far beyond full "
                                   "scale), so there is no score")
                        .arg(m.name));
}

QString secondsText(int64_t samples, int rate)
{
    return QStringLiteral("%1 s").arg(double(samples) / std::max(1, rate), 0, 'f', 2);
}

/// The mean of several windows' outputs (sliding windows; one window: itself), summed in float as
/// the in-memory and the streamed runs both do, so that they give the same numbers.
struct WindowMean
{
    std::vector<float> embedding, logits;
    int count = 0;
    void add(const ModelOutput &o)
    {
        if (count++ == 0) {
            embedding.assign(o.embedding.size(), 0.0f);
            logits.assign(o.logits.size(), 0.0f);
        }
        for (size_t j = 0; j < o.embedding.size() && j < embedding.size(); ++j)
            embedding[j] += o.embedding[j];
        for (size_t j = 0; j < o.logits.size() && j < logits.size(); ++j)
            logits[j] += o.logits[j];
    }
    void finishInto(ClipResult &r) const
    {
        r.inputs = count;
        r.embedding = embedding;
        r.logits = logits;
        if (count > 1) {
            const float inv = 1.0f / float(count);
            for (float &v : r.embedding)
                v *= inv;
            for (float &v : r.logits)
                v *= inv;
        }
    }
};

TimelineWindow timelineWindow(const ModelManifest &m, std::pair<int64_t, int64_t> span, const ModelOutput &o)
{
    TimelineWindow w;
    w.start = span.first;
    w.end = span.second;
    w.logits = o.logits;
    w.score = ModelRunner::detectionScore(m, o.logits);
    return w;
}

void reportProgress(const RunProgress &progress, double f)
{
    if (progress && !progress(std::clamp(f, 0.0, 1.0)))
        throw JobCancelled{};
}

} // namespace

ModelRunner::ModelRunner(EmbeddingModelPtr model) : m_model(std::move(model))
{
    if (!m_model)
        throw Error(Text::tr("ModelRunner needs a model"));
    const ModelManifest &m = m_model->manifest();
    m_policy = m.inputPolicy;
    m_length = m.inputLength > 0 ? m.inputLength : kDefaultWindow;
    m_hop = m.hop > 0 ? m.hop : kDefaultHop;
}

void ModelRunner::setInputPolicy(InputPolicy p, int inputLength, int hop)
{
    m_policy = p;
    if (inputLength > 0)
        m_length = inputLength;
    if (hop > 0)
        m_hop = hop;
}

std::vector<float> ModelRunner::fitToLength(const std::vector<float> &clip, int64_t n, Padding padding)
{
    if (n <= 0)
        return {};
    const int64_t len = int64_t(clip.size());
    if (len >= n)
        return std::vector<float>(clip.begin(), clip.begin() + n);
    std::vector<float> out;
    out.reserve(size_t(n));
    if (len == 0 || padding == Padding::Zeros) {
        out = clip;
        out.resize(size_t(n), 0.0f);
        return out;
    }
    // int(n / len) + 1 copies, cut to n: the same samples as the reference's np.tile(x, reps)[:n].
    const int64_t reps = n / len + 1;
    for (int64_t r = 0; r < reps && int64_t(out.size()) < n; ++r) {
        const int64_t take = std::min(len, n - int64_t(out.size()));
        out.insert(out.end(), clip.begin(), clip.begin() + take);
    }
    return out;
}

std::vector<std::pair<int64_t, int64_t>> ModelRunner::windowSpans(int64_t length, int64_t window, int64_t hop)
{
    std::vector<std::pair<int64_t, int64_t>> spans;
    if (length <= 0 || window <= 0 || hop <= 0)
        return spans;
    if (length <= window) {
        spans.emplace_back(0, length);
        return spans;
    }
    int64_t start = 0;
    for (; start + window <= length; start += hop)
        spans.emplace_back(start, start + window);
    if (spans.back().second < length)
        spans.emplace_back(length - window, length);
    return spans;
}

double ModelRunner::detectionScore(const ModelManifest &m, const std::vector<float> &logits)
{
    if (!m.isDetector() || m.bonafideClass >= int(logits.size()))
        return std::numeric_limits<double>::quiet_NaN();
    return double(logits[size_t(m.bonafideClass)]);
}

std::vector<std::vector<float>> ModelRunner::inputsFor(const std::vector<float> &clip) const
{
    const Padding padding = manifest().padding;
    switch (m_policy) {
    case InputPolicy::WholeClip:
        return {clip};
    case InputPolicy::FixedLength:
        return {fitToLength(clip, m_length, padding)};
    case InputPolicy::SlidingWindows: {
        std::vector<std::vector<float>> inputs;
        for (const auto &[s, e] : windowSpans(int64_t(clip.size()), m_length, m_hop))
            inputs.push_back(fitToLength(std::vector<float>(clip.begin() + s, clip.begin() + e), m_length, padding));
        return inputs;
    }
    }
    return {clip};
}

std::vector<ModelOutput> ModelRunner::forwardAll(const std::vector<std::vector<float>> &inputs)
{
    std::vector<ModelOutput> outputs(inputs.size());
    // Group by length, keeping the first-seen order of lengths, then cut each group into batches.
    std::map<size_t, std::vector<size_t>> byLength;
    for (size_t i = 0; i < inputs.size(); ++i)
        byLength[inputs[i].size()].push_back(i);
    for (const auto &[len, idx] : byLength) {
        for (size_t b = 0; b < idx.size(); b += size_t(m_batchSize)) {
            const size_t e = std::min(idx.size(), b + size_t(m_batchSize));
            std::vector<std::vector<float>> batch;
            batch.reserve(e - b);
            for (size_t k = b; k < e; ++k)
                batch.push_back(inputs[idx[k]]);
            std::vector<ModelOutput> out = m_model->forward(batch);
            if (out.size() != batch.size())
                throw Error(manifest().manifestPath,
                            Text::tr("model %1 returned %2 outputs for a batch of %3")
                                .arg(manifest().name).arg(out.size()).arg(batch.size()));
            for (size_t k = b; k < e; ++k) {
                checkFinite(manifest(), out[k - b]);
                outputs[idx[k]] = std::move(out[k - b]);
            }
        }
    }
    return outputs;
}

std::vector<ClipResult> ModelRunner::run(const std::vector<std::vector<float>> &clips)
{
    std::vector<std::vector<float>> inputs;
    std::vector<size_t> first(clips.size()), count(clips.size());
    for (size_t c = 0; c < clips.size(); ++c) {
        if (clips[c].empty())
            throw Error(Text::tr("an empty clip (no samples) cannot go through model %1").arg(manifest().name));
        auto in = inputsFor(clips[c]);
        first[c] = inputs.size();
        count[c] = in.size();
        for (auto &x : in)
            inputs.push_back(std::move(x));
    }
    const std::vector<ModelOutput> outputs = forwardAll(inputs);
    std::vector<ClipResult> results(clips.size());
    for (size_t c = 0; c < clips.size(); ++c) {
        ClipResult &r = results[c];
        WindowMean mean;
        for (size_t k = 0; k < count[c]; ++k)
            mean.add(outputs[first[c] + k]);
        mean.finishInto(r);
        r.score = detectionScore(manifest(), r.logits);
        r.higherIsBonafide = manifest().higherIsBonafide;
        r.clipSamples = int64_t(clips[c].size());
        r.analysedEnd = m_policy == InputPolicy::FixedLength ? std::min<int64_t>(r.clipSamples, m_length) : r.clipSamples;
    }
    return results;
}

ClipResult ModelRunner::run(const std::vector<float> &clip)
{
    return run(std::vector<std::vector<float>>{clip}).front();
}

std::vector<TimelineWindow> ModelRunner::timeline(const std::vector<float> &clip, int window, int hop)
{
    if (clip.empty())
        throw Error(Text::tr("an empty clip (no samples) has no score timeline"));
    if (window <= 0)
        window = kDefaultWindow;
    if (hop <= 0)
        hop = kDefaultHop;
    const auto spans = windowSpans(int64_t(clip.size()), window, hop);
    std::vector<std::vector<float>> inputs;
    inputs.reserve(spans.size());
    for (const auto &[s, e] : spans)
        inputs.push_back(fitToLength(std::vector<float>(clip.begin() + s, clip.begin() + e), window, Padding::Repeat));
    const std::vector<ModelOutput> outputs = forwardAll(inputs);
    std::vector<TimelineWindow> tl;
    tl.reserve(spans.size());
    for (size_t i = 0; i < spans.size(); ++i)
        tl.push_back(timelineWindow(manifest(), spans[i], outputs[i]));
    return tl;
}

int64_t ModelRunner::minimumSamples() const
{
    return std::max<int64_t>(1, manifest().sampleRate / 10);
}

int64_t ModelRunner::wholeClipMemory(int64_t samples) const
{
    return samples * 1024;
}

void ModelRunner::refuseUnjudgeable(int64_t n, double peak, const QString &path) const
{
    const int rate = manifest().sampleRate;
    if (n < minimumSamples())
        throw Error(path, Text::tr("too short to judge: %n sample(s) (%1 ms) at %2 Hz; model %3 needs at least %4 "
                                   "(0.1 s)", nullptr, int(n))
                              .arg(1000.0 * double(n) / rate, 0, 'f', 2)
                              .arg(rate)
                              .arg(manifest().name)
                              .arg(minimumSamples()));
    if (peak == 0.0)
        throw Error(path, Text::tr("the analysed audio is digital silence (every sample is 0): there is no speech "
                                         "for model %1 to judge")
                              .arg(manifest().name));
}

QStringList ModelRunner::levelWarnings(int64_t n, double peak, double sumSq, int64_t clipSamples) const
{
    const int rate = manifest().sampleRate;
    QStringList w;
    if (clipSamples < 0)
        clipSamples = n;
    if (clipSamples < rate)
        w << QStringLiteral("the recording is only %1 long: below 1 s a detector sees too little speech to be relied on")
                 .arg(secondsText(clipSamples, rate));
    const double rmsDb = 10.0 * std::log10(sumSq / double(std::max<int64_t>(1, n)));
    if (rmsDb < -60.0)
        w << QStringLiteral("the analysed audio is nearly silent (RMS %1 dBFS): the score says little about speech")
                 .arg(rmsDb, 0, 'f', 1);
    if (peak > 1.0)
        w << QStringLiteral("samples exceed full scale (peak %1, %2 dBFS): a float recording beyond the range the model "
                            "was trained on")
                 .arg(peak, 0, 'g', 4)
                 .arg(20.0 * std::log10(peak), 0, 'f', 1);
    return w;
}

QStringList ModelRunner::assessInput(const std::vector<float> &clip, const QString &path, int64_t clipSamples) const
{
    double peak = 0.0, sumSq = 0.0;
    for (float x : clip) {
        peak = std::max(peak, double(std::fabs(x)));
        sumSq += double(x) * double(x);
    }
    refuseUnjudgeable(int64_t(clip.size()), peak, path);
    return levelWarnings(int64_t(clip.size()), peak, sumSq, clipSamples);
}

namespace {

/// Streams a file's samples at the model's rate as windows of `window` samples every `hop` samples,
/// the spans of ModelRunner::windowSpans() (the last window ends at the clip's end), without holding
/// more than a window and a block in memory. `sink(start, end, samples)` gets each window.
template <typename Sink>
int64_t streamWindows(ResamplingReader &reader, int64_t window, int64_t hop, const RunProgress &progress, Sink &&sink)
{
    std::vector<float> buf;
    int64_t bufStart = 0;
    int64_t next = 0;
    int64_t lastEnd = -1;
    const int64_t block = std::max<int64_t>(hop, 16384);
    for (;;) {
        while (next + window <= bufStart + int64_t(buf.size())) {
            const auto b = buf.begin() + (next - bufStart);
            sink(next, next + window, std::vector<float>(b, b + window));
            lastEnd = next + window;
            next += hop;
            reportProgress(progress, reader.fractionRead());
        }
        if (reader.atEnd())
            break;
        // Keep what a later window can still need: from the next start, and the last `window` samples.
        const int64_t have = bufStart + int64_t(buf.size());
        const int64_t keepFrom = std::min(next, std::max<int64_t>(0, have - window));
        if (keepFrom > bufStart) {
            buf.erase(buf.begin(), buf.begin() + (keepFrom - bufStart));
            bufStart = keepFrom;
        }
        if (reader.read(block, buf) == 0 && reader.atEnd())
            continue;
        reportProgress(progress, reader.fractionRead());
    }
    const int64_t length = bufStart + int64_t(buf.size());
    if (length <= 0)
        return 0;
    if (lastEnd < 0) {
        // Not longer than one window: the whole clip (all of it is still in the buffer).
        sink(0, length, std::vector<float>(buf.begin() + (0 - bufStart), buf.end()));
    } else if (lastEnd < length) {
        const auto b = buf.begin() + (length - window - bufStart);
        sink(length - window, length, std::vector<float>(b, buf.end()));
    }
    return length;
}

} // namespace

ClipResult ModelRunner::runFile(const AudioFile &file, int channel, const RunProgress &progress)
{
    const QString &path = file.info().path;
    const int rate = manifest().sampleRate;
    ResamplingReader reader(file, channel, rate);
    const int64_t expected = reader.expectedLength();
    const Padding padding = manifest().padding;
    ClipResult r;
    reportProgress(progress, 0.0);
    switch (m_policy) {
    case InputPolicy::WholeClip: {
        checkMemoryBudget(wholeClipMemory(expected),
                          Text::tr("model %1 on the whole %2 recording (whole-clip input)").arg(manifest().name, secondsText(expected, rate)),
                          path, Text::tr("use --policy sliding-windows (or fixed-length) for long recordings"));
        std::vector<float> clip;
        clip.reserve(size_t(expected));
        while (reader.read(1 << 20, clip) > 0)
            reportProgress(progress, 0.5 * reader.fractionRead());
        const QStringList w = assessInput(clip, path);
        r = run(clip);
        r.warnings = w;
        break;
    }
    case InputPolicy::FixedLength: {
        // Only the first inputLength() samples matter (or the whole clip when it is shorter).
        std::vector<float> head;
        reader.read(m_length, head);
        QStringList w = assessInput(head, path, expected);
        r = run(head);
        r.warnings = w;
        r.clipSamples = expected;
        r.analysedEnd = int64_t(head.size());
        if (expected > int64_t(head.size()) + rate / 100)
            r.warnings << QStringLiteral("only the first %1 of %2 were analysed (fixed-length input of %3 samples); "
                                         "use --timeline or --policy sliding-windows to judge all of it")
                              .arg(secondsText(int64_t(head.size()), rate), secondsText(expected, rate))
                              .arg(m_length);
        break;
    }
    case InputPolicy::SlidingWindows: {
        std::vector<std::vector<float>> pending;
        WindowMean mean;
        double peak = 0.0, sumSq = 0.0;
        int64_t total = 0;
        auto flush = [&]() {
            if (pending.empty())
                return;
            for (const ModelOutput &o : forwardAll(pending))
                mean.add(o);
            pending.clear();
        };
        const int64_t length = streamWindows(reader, m_length, m_hop, progress, [&](int64_t s, int64_t e, std::vector<float> x) {
            // Levels over the windows' new samples (each sample once).
            const int64_t from = std::max(s, total);
            for (int64_t i = from; i < e; ++i) {
                const double v = x[size_t(i - s)];
                peak = std::max(peak, std::fabs(v));
                sumSq += v * v;
            }
            total = std::max(total, e);
            pending.push_back(fitToLength(x, m_length, padding));
            if (int(pending.size()) >= m_batchSize)
                flush();
        });
        refuseUnjudgeable(length, peak, path);
        flush();
        mean.finishInto(r);
        r.score = detectionScore(manifest(), r.logits);
        r.higherIsBonafide = manifest().higherIsBonafide;
        r.clipSamples = length;
        r.analysedEnd = length;
        r.warnings = levelWarnings(length, peak, sumSq);
        break;
    }
    }
    reportProgress(progress, 1.0);
    return r;
}

std::vector<TimelineWindow> ModelRunner::timelineFile(const AudioFile &file, int channel, int window, int hop,
                                                      const RunProgress &progress)
{
    if (window <= 0)
        window = kDefaultWindow;
    if (hop <= 0)
        hop = kDefaultHop;
    ResamplingReader reader(file, channel, manifest().sampleRate);
    std::vector<TimelineWindow> tl;
    std::vector<std::vector<float>> pending;
    std::vector<std::pair<int64_t, int64_t>> spans;
    auto flush = [&]() {
        if (pending.empty())
            return;
        const std::vector<ModelOutput> outs = forwardAll(pending);
        for (size_t i = 0; i < outs.size(); ++i)
            tl.push_back(timelineWindow(manifest(), spans[i], outs[i]));
        pending.clear();
        spans.clear();
    };
    reportProgress(progress, 0.0);
    const int64_t length = streamWindows(reader, window, hop, progress, [&](int64_t s, int64_t e, std::vector<float> x) {
        spans.emplace_back(s, e);
        pending.push_back(fitToLength(x, window, Padding::Repeat));
        if (int(pending.size()) >= m_batchSize)
            flush();
    });
    if (length == 0)
        throw Error(file.info().path, Text::tr("an empty clip (no samples) has no score timeline"));
    flush();
    reportProgress(progress, 1.0);
    return tl;
}

} // namespace st
