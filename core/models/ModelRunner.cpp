#include "models/ModelRunner.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace st {

namespace {
constexpr int kDefaultWindow = 64600;
constexpr int kDefaultHop = 32000;
} // namespace

ModelRunner::ModelRunner(EmbeddingModelPtr model) : m_model(std::move(model))
{
    if (!m_model)
        throw Error(QStringLiteral("ModelRunner needs a model"));
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
                            QStringLiteral("model %1 returned %2 outputs for a batch of %3")
                                .arg(manifest().name).arg(out.size()).arg(batch.size()));
            for (size_t k = b; k < e; ++k)
                outputs[idx[k]] = std::move(out[k - b]);
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
            throw Error(QStringLiteral("an empty clip (no samples) cannot go through model %1").arg(manifest().name));
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
        r.inputs = int(count[c]);
        // Sliding windows: the mean of the windows' embeddings and logits (one window: itself).
        for (size_t k = 0; k < count[c]; ++k) {
            const ModelOutput &o = outputs[first[c] + k];
            if (k == 0) {
                r.embedding.assign(o.embedding.size(), 0.0f);
                r.logits.assign(o.logits.size(), 0.0f);
            }
            for (size_t j = 0; j < o.embedding.size() && j < r.embedding.size(); ++j)
                r.embedding[j] += o.embedding[j];
            for (size_t j = 0; j < o.logits.size() && j < r.logits.size(); ++j)
                r.logits[j] += o.logits[j];
        }
        if (count[c] > 1) {
            const float inv = 1.0f / float(count[c]);
            for (float &v : r.embedding)
                v *= inv;
            for (float &v : r.logits)
                v *= inv;
        }
        r.score = detectionScore(manifest(), r.logits);
        r.higherIsBonafide = manifest().higherIsBonafide;
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
        throw Error(QStringLiteral("an empty clip (no samples) has no score timeline"));
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
    std::vector<TimelineWindow> tl(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
        tl[i].start = spans[i].first;
        tl[i].end = spans[i].second;
        tl[i].logits = outputs[i].logits;
        tl[i].score = detectionScore(manifest(), outputs[i].logits);
    }
    return tl;
}

} // namespace st
