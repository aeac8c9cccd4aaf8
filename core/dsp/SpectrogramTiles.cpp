#include "dsp/SpectrogramTiles.h"

#include "audio/AudioFile.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::SpectrogramTiles)
};
} // namespace

namespace {

// Reading one stretch that covers all frames of a tile costs at most this many times the samples the
// frames use; beyond that (coarse levels, where frames are far apart) each frame is read on its own.
constexpr int64_t kContiguousWaste = 2;

SampleSource checkedSource(SampleSource s)
{
    if (!s.isValid())
        throw Error(Text::tr("spectrogram tiles: the sample source is not valid (rate %1)").arg(s.sampleRate));
    return s;
}

} // namespace

SpectrogramTiles::SpectrogramTiles(SampleSource source, const SpectrogramParams &params, int framesPerTile,
                                   QObject *parent)
    : QObject(parent), m_source(checkedSource(std::move(source))), m_framesPerTile(framesPerTile),
      m_params(params)
{
    params.validate();
    if (framesPerTile < 1)
        throw Error(Text::tr("spectrogram tiles: framesPerTile must be at least 1 (got %1)").arg(framesPerTile));
    m_maxThreads = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(m_maxThreads);
}

SpectrogramTiles::SpectrogramTiles(std::shared_ptr<const AudioFile> file, int channel,
                                   const SpectrogramParams &params, int framesPerTile, QObject *parent)
    : SpectrogramTiles(SampleSource::fromAudioFile(std::move(file), channel), params, framesPerTile, parent)
{
}

SpectrogramTiles::~SpectrogramTiles()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_shuttingDown = true;
        m_pending.clear();
        for (auto &kv : m_inFlight)
            kv.second->store(true);
    }
    m_pool.waitForDone();
}

SpectrogramParams SpectrogramTiles::params() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_params;
}

void SpectrogramTiles::setParams(const SpectrogramParams &params)
{
    params.validate();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_params = params;
        ++m_generation;
        m_pending.clear();
        for (auto &kv : m_inFlight)
            kv.second->store(true);
        m_wanted.clear();
        m_visible.clear();
        m_cache.clear();
        m_lru.clear();
        m_bytes = 0;
    }
    emit invalidated();
}

int SpectrogramTiles::bins() const
{
    return params().bins();
}

int64_t SpectrogramTiles::hopAt(int level) const
{
    return int64_t(params().hop) << std::clamp(level, 0, kMaxLevel);
}

int64_t SpectrogramTiles::frameCountFor(const SpectrogramParams &p, int level) const
{
    SpectrogramParams pl = p;
    const int64_t hop = int64_t(p.hop) << level;
    if (hop > std::numeric_limits<int>::max())
        return 1;
    pl.hop = int(hop);
    return pl.frameCount(m_source.frames);
}

int64_t SpectrogramTiles::frameCount(int level) const
{
    return frameCountFor(params(), std::clamp(level, 0, kMaxLevel));
}

int64_t SpectrogramTiles::tileCount(int level) const
{
    const int64_t f = frameCount(level);
    return (f + m_framesPerTile - 1) / m_framesPerTile;
}

int64_t SpectrogramTiles::frameCentreSample(int64_t frame, int level) const
{
    const SpectrogramParams p = params();
    return (frame << std::clamp(level, 0, kMaxLevel)) * p.hop + (p.centred ? 0 : p.fftSize / 2);
}

int SpectrogramTiles::levelForSamplesPerPixel(const SpectrogramParams &params, double samplesPerPixel)
{
    int level = 0;
    while (level < kMaxLevel && double(int64_t(params.hop) << (level + 1)) <= samplesPerPixel)
        ++level;
    return level;
}

int SpectrogramTiles::levelForSamplesPerPixel(double samplesPerPixel) const
{
    const SpectrogramParams p = params();
    int level = levelForSamplesPerPixel(p, samplesPerPixel);
    while (level > 0 && frameCountFor(p, level) < 2)
        --level;
    return level;
}

void SpectrogramTiles::request(int64_t visibleFirstFrame, int64_t visibleLastFrame)
{
    request(visibleFirstFrame, visibleLastFrame, 0);
}

void SpectrogramTiles::request(int64_t visibleFirstFrame, int64_t visibleLastFrame, int level)
{
    level = std::clamp(level, 0, kMaxLevel);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_shuttingDown)
        return;
    const int64_t frames = frameCountFor(m_params, level);
    const int64_t tiles = (frames + m_framesPerTile - 1) / m_framesPerTile;
    m_pending.clear();
    m_wanted.clear();
    m_visible.clear();
    if (tiles > 0 && visibleLastFrame >= visibleFirstFrame) {
        const int64_t f0 = std::clamp<int64_t>(visibleFirstFrame, 0, frames - 1);
        const int64_t f1 = std::clamp<int64_t>(visibleLastFrame, 0, frames - 1);
        const int64_t t0 = f0 / m_framesPerTile, t1 = f1 / m_framesPerTile;
        // Visible tiles, nearest the centre of the view first.
        const double centre = (double(f0) + double(f1)) / 2.0 / m_framesPerTile;
        std::vector<int64_t> order;
        for (int64_t t = t0; t <= t1; ++t)
            order.push_back(t);
        std::stable_sort(order.begin(), order.end(), [centre](int64_t a, int64_t b) {
            return std::abs(double(a) + 0.5 - centre) < std::abs(double(b) + 0.5 - centre);
        });
        // Then neighbours, alternating sides, up to one view width (at most 8 tiles) each way.
        const int64_t margin = std::clamp<int64_t>(t1 - t0 + 1, 1, 8);
        for (int64_t i = 1; i <= margin; ++i) {
            if (t1 + i < tiles)
                order.push_back(t1 + i);
            if (t0 - i >= 0)
                order.push_back(t0 - i);
        }
        for (size_t i = 0; i < order.size(); ++i) {
            const Key k = makeKey(level, order[i]);
            m_wanted.insert(k);
            if (order[i] >= t0 && order[i] <= t1)
                m_visible.insert(k);
            if (!m_cache.count(k) && !m_inFlight.count(k))
                m_pending.push_back(k);
        }
    }
    // Work on tiles that left the neighbourhood of the view stops at its next frame.
    for (auto &kv : m_inFlight)
        if (!m_wanted.count(kv.first))
            kv.second->store(true);
    startWorkersLocked();
}

int SpectrogramTiles::requestSamples(int64_t firstSample, int64_t lastSample, double samplesPerPixel)
{
    const SpectrogramParams p = params();
    const int level = levelForSamplesPerPixel(samplesPerPixel);
    const int64_t hop = int64_t(p.hop) << level;
    const int64_t offset = p.centred ? 0 : p.fftSize / 2;
    // Frames whose centres fall in the range, plus one on each side so the edges are covered.
    const auto floorDiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    const int64_t f0 = floorDiv(firstSample - offset, hop);
    const int64_t f1 = floorDiv(lastSample - offset, hop) + 1;
    request(f0, f1, level);
    return level;
}

void SpectrogramTiles::startWorkersLocked()
{
    while (!m_shuttingDown && m_workers < m_maxThreads && size_t(m_workers) < m_pending.size()) {
        ++m_workers;
        m_pool.start([this] { runWorker(); });
    }
}

void SpectrogramTiles::runWorker()
{
    std::unique_ptr<Stft> stft;
    for (;;) {
        Key key = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
        SpectrogramParams p;
        uint64_t generation = 0;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            for (;;) {
                if (m_pending.empty() || m_shuttingDown) {
                    --m_workers;
                    m_idle.notify_all();
                    return;
                }
                key = m_pending.front();
                m_pending.pop_front();
                if (!m_cache.count(key) && !m_inFlight.count(key))
                    break;
            }
            cancel = std::make_shared<std::atomic<bool>>(false);
            m_inFlight[key] = cancel;
            p = m_params;
            generation = m_generation.load();
        }

        std::shared_ptr<SpectrogramTile> result;
        QString failure;
        try {
            // The FFT does not depend on the hop: one engine serves every level.
            if (!stft || stft->params().fftSize != p.fftSize || stft->params().window != p.window ||
                stft->params().scale != p.scale || stft->params().melBands != p.melBands)
                stft = std::make_unique<Stft>(p, m_source.sampleRate);
            result = computeTile(key, p, *stft, *cancel, generation);
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }

        bool inserted = false;
        std::function<void(int, int64_t)> callback;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            auto it = m_inFlight.find(key);
            if (it != m_inFlight.end() && it->second == cancel)
                m_inFlight.erase(it);
            if (result && !cancel->load() && generation == m_generation.load() && !m_shuttingDown) {
                insertLocked(key, result);
                inserted = true;
                callback = m_callback;
            }
        }
        if (inserted) {
            ++m_computed;
            if (callback)
                callback(keyLevel(key), keyIndex(key));
            const int level = keyLevel(key);
            const qint64 index = keyIndex(key);
            QMetaObject::invokeMethod(this, [this, level, index] { emit tileReady(level, index); },
                                      Qt::QueuedConnection);
        } else if (!failure.isEmpty()) {
            QMetaObject::invokeMethod(this, [this, failure] { emit readFailed(failure); }, Qt::QueuedConnection);
        } else {
            ++m_cancelled;
        }
    }
}

std::shared_ptr<SpectrogramTile> SpectrogramTiles::computeTile(Key key, const SpectrogramParams &p, Stft &stft,
                                                               const std::atomic<bool> &cancel,
                                                               uint64_t generation) const
{
    const int level = keyLevel(key);
    const int64_t index = keyIndex(key);
    const int64_t hop = int64_t(p.hop) << level;
    const int64_t total = frameCountFor(p, level);
    const int64_t first = index * m_framesPerTile;
    const int64_t count = std::min<int64_t>(m_framesPerTile, total - first);
    if (count <= 0)
        return nullptr;
    const int fft = p.fftSize;
    const int bins = p.bins();
    auto tile = std::make_shared<SpectrogramTile>();
    tile->level = level;
    tile->index = index;
    tile->firstFrame = first;
    tile->frames = int(count);
    tile->bins = bins;
    tile->hop = hop;
    tile->db.resize(size_t(count) * size_t(bins));

    const int64_t offset = p.centred ? fft / 2 : 0;
    const int64_t start0 = first * hop - offset;
    const int64_t span = (count - 1) * hop + fft;
    const bool contiguous = span <= kContiguousWaste * count * fft;
    std::vector<float> block, frame;
    if (contiguous)
        m_source.readPadded(start0, span, block);
    for (int64_t t = 0; t < count; ++t) {
        if (cancel.load(std::memory_order_relaxed) || generation != m_generation.load(std::memory_order_relaxed))
            return nullptr;
        const float *src = nullptr;
        if (contiguous) {
            src = block.data() + t * hop;
        } else {
            m_source.readPadded(start0 + t * hop, fft, frame);
            src = frame.data();
        }
        float *row = tile->db.data() + size_t(t) * size_t(bins);
        stft.powerFrame(src, row);
        powerToDb(row, bins);
    }
    return tile;
}

void SpectrogramTiles::insertLocked(Key key, std::shared_ptr<const SpectrogramTile> tile)
{
    auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        m_bytes -= it->second.tile->bytes();
        m_lru.erase(it->second.lru);
        m_cache.erase(it);
    }
    m_lru.push_front(key);
    m_bytes += tile->bytes();
    m_cache.emplace(key, CacheEntry{std::move(tile), m_lru.begin()});
    evictLocked();
}

void SpectrogramTiles::evictLocked()
{
    auto it = m_lru.end();
    while (m_bytes > m_limit && it != m_lru.begin()) {
        --it;
        if (m_visible.count(*it) || it == m_lru.begin())
            continue; // never the visible tiles, nor the newest
        auto c = m_cache.find(*it);
        m_bytes -= c->second.tile->bytes();
        m_cache.erase(c);
        it = m_lru.erase(it);
    }
}

std::shared_ptr<const SpectrogramTile> SpectrogramTiles::tile(int level, int64_t index) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_cache.find(makeKey(level, index));
    if (it == m_cache.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
    return it->second.tile;
}

float SpectrogramTiles::valueAt(int64_t frame, int bin) const
{
    const SpectrogramParams p = params();
    if (frame < 0 || frame >= frameCountFor(p, 0) || bin < 0 || bin >= p.bins())
        return std::numeric_limits<float>::quiet_NaN();
    // Any level whose frames include this one holds the same value.
    for (int level = 0; level <= kMaxLevel; ++level) {
        if (level > 0 && (frame & ((int64_t(1) << level) - 1)) != 0)
            break;
        const int64_t f = frame >> level;
        if (auto t = tile(level, f / m_framesPerTile))
            return t->at(int(f - t->firstFrame), bin);
    }
    std::lock_guard<std::mutex> lock(m_directMutex);
    if (!m_directStft || m_directStft->params() != p)
        m_directStft = std::make_unique<Stft>(p, m_source.sampleRate);
    std::vector<float> buf, out(static_cast<size_t>(p.bins()));
    m_source.readPadded(p.frameStartSample(frame), p.fftSize, buf);
    m_directStft->powerFrame(buf.data(), out.data());
    powerToDb(&out[size_t(bin)], 1);
    return out[size_t(bin)];
}

int64_t SpectrogramTiles::frameAtSample(int64_t sample) const
{
    const SpectrogramParams p = params();
    const int64_t offset = p.centred ? 0 : p.fftSize / 2;
    const double f = std::floor(double(sample - offset) / p.hop + 0.5);
    const int64_t last = std::max<int64_t>(frameCountFor(p, 0) - 1, 0);
    return std::clamp<int64_t>(int64_t(f), 0, last);
}

int SpectrogramTiles::binAtHz(double hz) const
{
    const SpectrogramParams p = params();
    const int sr = m_source.sampleRate;
    if (p.scale == FrequencyScale::Linear)
        return std::clamp(int(std::lround(hz * p.fftSize / sr)), 0, p.bins() - 1);
    int best = 0;
    for (int b = 1; b < p.bins(); ++b)
        if (std::abs(binCentreHz(p, b, sr) - hz) < std::abs(binCentreHz(p, best, sr) - hz))
            best = b;
    return best;
}

void SpectrogramTiles::setMemoryLimit(size_t bytes)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_limit = bytes;
    evictLocked();
}

size_t SpectrogramTiles::memoryLimit() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_limit;
}

size_t SpectrogramTiles::memoryUsed() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_bytes;
}

void SpectrogramTiles::setMaxThreads(int n)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_maxThreads = std::max(1, n);
    m_pool.setMaxThreadCount(m_maxThreads);
    startWorkersLocked();
}

void SpectrogramTiles::setTileReadyCallback(std::function<void(int, int64_t)> callback)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_callback = std::move(callback);
}

int SpectrogramTiles::pendingCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_pending.size() + m_inFlight.size());
}

bool SpectrogramTiles::waitForIdle(int msecs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const auto idle = [this] { return m_workers == 0; };
    if (msecs < 0) {
        m_idle.wait(lock, idle);
        return true;
    }
    return m_idle.wait_for(lock, std::chrono::milliseconds(msecs), idle);
}

} // namespace st
