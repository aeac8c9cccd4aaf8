#include "audio/PeakPyramid.h"

#include "audio/AudioFile.h"
#include "util/Error.h"

#include <algorithm>
#include <limits>

namespace st {

namespace {

// Frames decoded per step of build(); rounded up to whole level-0 blocks so that readyFrames() always
// lands on a block boundary (or the end of the file).
constexpr int64_t kBuildChunk = 65536;

MinMax emptyBlock()
{
    return MinMax{std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity()};
}

void merge(MinMax &into, const MinMax &b)
{
    into.min = std::min(into.min, b.min);
    into.max = std::max(into.max, b.max);
}

} // namespace

PeakPyramid::PeakPyramid(int64_t frames, int baseBlock, int factor)
    : m_frames(std::max<int64_t>(frames, 0)), m_baseBlock(baseBlock), m_factor(factor)
{
    if (baseBlock < 1 || factor < 2)
        throw Error(QStringLiteral("peak pyramid: base block must be >= 1 and factor >= 2 (got %1, %2)")
                        .arg(baseBlock)
                        .arg(factor));
    // Level 0 has ceil(frames / baseBlock) blocks; each level above ceil(previous / factor), up to a
    // level of a single block. All levels are allocated now so that readers never see a reallocation.
    int64_t n = (m_frames + baseBlock - 1) / baseBlock;
    if (n == 0)
        return;
    for (;;) {
        m_levels.emplace_back(size_t(n), emptyBlock());
        if (n == 1)
            break;
        n = (n + factor - 1) / factor;
    }
}

int PeakPyramid::levels() const
{
    return int(m_levels.size());
}

int64_t PeakPyramid::blockSize(int level) const
{
    int64_t s = m_baseBlock;
    for (int i = 0; i < level; ++i)
        s *= m_factor;
    return s;
}

void PeakPyramid::appendSamples(const float *samples, int64_t n)
{
    const int64_t start = m_ready.load();
    if (n <= 0 || start >= m_frames)
        return;
    n = std::min(n, m_frames - start);
    const int64_t end = start + n;
    // Callers feed whole level-0 blocks except at the end of the file (build() and
    // buildFromSamples() chunk that way), so every block summarised here is complete.
    const int64_t firstBlock = start / m_baseBlock;
    const int64_t lastBlock = (end - 1) / m_baseBlock;
    std::vector<MinMax> blocks;
    blocks.reserve(size_t(lastBlock - firstBlock + 1));
    for (int64_t b = firstBlock; b <= lastBlock; ++b) {
        const int64_t s = std::max(b * m_baseBlock, start);
        const int64_t e = std::min((b + 1) * m_baseBlock, end);
        const float *p = samples + (s - start);
        float lo = p[0], hi = p[0];
        for (int64_t i = 1; i < e - s; ++i) {
            lo = std::min(lo, p[i]);
            hi = std::max(hi, p[i]);
        }
        blocks.push_back(MinMax{lo, hi});
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (size_t k = 0; k < blocks.size(); ++k) {
            int64_t idx = firstBlock + int64_t(k);
            merge(m_levels[0][size_t(idx)], blocks[k]);
            for (size_t l = 1; l < m_levels.size(); ++l) {
                idx /= m_factor;
                merge(m_levels[l][size_t(idx)], blocks[k]);
            }
        }
        m_ready.store(end);
    }
}

void PeakPyramid::build(const AudioFile &file, int channel,
                        const std::function<bool(double, int64_t)> &progress)
{
    const int64_t total = std::min<int64_t>(m_frames, file.info().frames);
    const int64_t chunk = ((kBuildChunk + m_baseBlock - 1) / m_baseBlock) * m_baseBlock;
    while (m_ready.load() < total) {
        const int64_t start = m_ready.load();
        const std::vector<float> x = file.readFrames(start, std::min(chunk, total - start), channel);
        if (x.empty())
            break;
        appendSamples(x.data(), int64_t(x.size()));
        if (progress && !progress(double(m_ready.load()) / double(std::max<int64_t>(total, 1)), m_ready.load()))
            return;
    }
}

void PeakPyramid::buildFromSamples(const float *samples, int64_t n)
{
    const int64_t chunk = ((kBuildChunk + m_baseBlock - 1) / m_baseBlock) * m_baseBlock;
    n = std::min(n, m_frames);
    for (int64_t s = m_ready.load(); s < n; s += chunk)
        appendSamples(samples + s, std::min(chunk, n - s));
}

bool PeakPyramid::query(int64_t start, int64_t end, MinMax &out) const
{
    start = std::max<int64_t>(start, 0);
    end = std::min(end, m_frames);
    if (start >= end || m_levels.empty())
        return false;
    int64_t lo = start / m_baseBlock;
    int64_t hi = (end - 1) / m_baseBlock + 1; // level-0 blocks [lo, hi)
    // Every block touched must be complete.
    if (std::min(hi * m_baseBlock, m_frames) > m_ready.load())
        return false;

    std::lock_guard<std::mutex> lock(m_mutex);
    MinMax r = emptyBlock();
    size_t level = 0;
    while (lo < hi) {
        const auto &lv = m_levels[level];
        if (level + 1 == m_levels.size()) {
            for (int64_t i = lo; i < hi; ++i)
                merge(r, lv[size_t(i)]);
            break;
        }
        // Take the ragged ends at this level, then move the aligned middle one level up.
        while (lo < hi && lo % m_factor != 0)
            merge(r, lv[size_t(lo++)]);
        while (lo < hi && hi % m_factor != 0 && hi != int64_t(lv.size()))
            merge(r, lv[size_t(--hi)]);
        if (lo >= hi)
            break;
        lo /= m_factor;
        hi = (hi + m_factor - 1) / m_factor; // hi is a multiple of factor, or the end of the level
        ++level;
    }
    out = r;
    return true;
}

std::vector<MinMax> PeakPyramid::level(int level) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (level < 0 || level >= int(m_levels.size()))
        return {};
    return m_levels[size_t(level)];
}

} // namespace st
