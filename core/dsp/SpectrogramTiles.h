#pragma once
// The viewer's spectrogram engine: computes dB tiles of a long recording in background threads, the
// visible ones first, and keeps them in a memory-capped LRU cache.
//
// Levels of detail (LOD). Level L uses the analysis hop params.hop << L (same window, same FFT size),
// so frame t of level L is exactly level-0 frame t << L: a zoomed-out view shows real analysis frames,
// one per (at most) screen column, never an average or a resampled picture, and a read-out taken from
// any level is the value of that frame. What a coarse level does not show is what happens between
// its frames; docs/spectrogram.md says so. levelForSamplesPerPixel() picks the coarsest level that
// still has at least one frame per pixel.
//
// Threads: every public function may be called from any thread. Tiles are computed on the object's
// own thread pool; tileReady()/invalidated()/readFailed() are emitted on the thread that owns the
// object (queued), and the optional callback is called on the worker thread that made the tile.
#include "dsp/SampleSource.h"
#include "dsp/Spectrogram.h"
#include "dsp/SpectrogramTile.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace st {

class AudioFile;
class Stft;

class SpectrogramTiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLevel = 20;

    /// Throws st::Error for invalid params (validate()), framesPerTile < 1 or an invalid source.
    SpectrogramTiles(SampleSource source, const SpectrogramParams &params, int framesPerTile = 256,
                     QObject *parent = nullptr);
    /// One channel (>= 0) or the mix-down (st::MixDown) of an evidence file.
    SpectrogramTiles(std::shared_ptr<const AudioFile> file, int channel, const SpectrogramParams &params,
                     int framesPerTile = 256, QObject *parent = nullptr);
    ~SpectrogramTiles() override; ///< cancels all work and waits for the workers

    SpectrogramParams params() const;
    /// Drops every tile and all pending work, then emits invalidated(); request again afterwards.
    /// Throws st::Error (and changes nothing) for invalid params.
    void setParams(const SpectrogramParams &params);

    int sampleRate() const { return m_source.sampleRate; }
    int64_t sampleCount() const { return m_source.frames; }
    int framesPerTile() const { return m_framesPerTile; }
    int bins() const;
    /// Samples between frames at `level` (params.hop << level).
    int64_t hopAt(int level) const;
    /// Frames of the whole recording at `level`.
    int64_t frameCount(int level = 0) const;
    int64_t tileCount(int level = 0) const;
    /// Sample at the centre of frame `frame` of `level`.
    int64_t frameCentreSample(int64_t frame, int level = 0) const;
    /// The coarsest level whose hop is <= samplesPerPixel (0 when zoomed in further than one hop per
    /// pixel), capped at the level where the whole recording still has at least ~2 frames.
    int levelForSamplesPerPixel(double samplesPerPixel) const;
    static int levelForSamplesPerPixel(const SpectrogramParams &params, double samplesPerPixel);

    /// Schedules the tiles covering level-0 frames [visibleFirstFrame, visibleLastFrame] (inclusive):
    /// the visible ones nearest the centre first, then neighbours on both sides. Work on tiles not in
    /// this set is cancelled; ready tiles stay cached.
    void request(int64_t visibleFirstFrame, int64_t visibleLastFrame);
    /// The same at a given level (frames counted in that level's frames).
    void request(int64_t visibleFirstFrame, int64_t visibleLastFrame, int level);
    /// For a view showing samples [firstSample, lastSample] at `samplesPerPixel`: picks the level,
    /// requests its tiles and returns the level.
    int requestSamples(int64_t firstSample, int64_t lastSample, double samplesPerPixel);

    /// A ready tile or null. Tile `index` covers frames [index * framesPerTile, ...) of its level.
    std::shared_ptr<const SpectrogramTile> tile(int64_t index) const { return tile(0, index); }
    std::shared_ptr<const SpectrogramTile> tile(int level, int64_t index) const;

    /// dB value of level-0 frame `frame`, output bin `bin`: from a ready tile (of any level holding that
    /// frame) or computed directly (blocking, one frame). NaN outside the recording or the bins.
    /// Throws st::Error if the source cannot be read.
    float valueAt(int64_t frame, int bin) const;

    /// The level-0 frame whose centre is nearest `sample` (clamped to the recording's frames).
    int64_t frameAtSample(int64_t sample) const;
    /// The output bin whose centre frequency (binCentreHz) is nearest `hz` (clamped).
    int binAtHz(double hz) const;

    /// Memory cap of the cache (default 256 MiB). Tiles of the current visible range are never evicted.
    void setMemoryLimit(size_t bytes);
    size_t memoryLimit() const;
    size_t memoryUsed() const;
    /// Worker threads (default: QThread::idealThreadCount()).
    void setMaxThreads(int n);
    /// Called on the worker thread right after a tile enters the cache (keep it short; may be empty).
    void setTileReadyCallback(std::function<void(int level, int64_t index)> callback);

    /// Tiles scheduled or being computed.
    int pendingCount() const;
    /// Blocks until no tile is scheduled or being computed, or `msecs` passed (-1 = no limit). For
    /// the CLI, benchmarks and tests; the GUI uses the signals.
    bool waitForIdle(int msecs = -1);

    /// Counters since construction (for tests and diagnostics).
    int64_t tilesComputed() const { return m_computed.load(); }
    int64_t tilesCancelled() const { return m_cancelled.load(); }

signals:
    void tileReady(int level, qint64 index);
    /// Everything was dropped (params changed).
    void invalidated();
    /// A tile could not be computed because the source could not be read.
    void readFailed(const QString &message);

private:
    using Key = uint64_t; // level << 48 | index
    static Key makeKey(int level, int64_t index) { return (uint64_t(level) << 48) | uint64_t(index); }
    static int keyLevel(Key k) { return int(k >> 48); }
    static int64_t keyIndex(Key k) { return int64_t(k & ((uint64_t(1) << 48) - 1)); }

    struct CacheEntry
    {
        std::shared_ptr<const SpectrogramTile> tile;
        std::list<Key>::iterator lru;
    };

    void runWorker();
    std::shared_ptr<SpectrogramTile> computeTile(Key key, const SpectrogramParams &p, Stft &stft,
                                                 const std::atomic<bool> &cancel, uint64_t generation) const;
    void insertLocked(Key key, std::shared_ptr<const SpectrogramTile> tile);
    void evictLocked();
    void startWorkersLocked();
    int64_t frameCountFor(const SpectrogramParams &p, int level) const;

    const SampleSource m_source;
    const int m_framesPerTile;

    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    SpectrogramParams m_params;
    std::atomic<uint64_t> m_generation{0}; // bumped by setParams: running tiles of older params stop
    std::list<Key> m_pending;
    std::unordered_map<Key, std::shared_ptr<std::atomic<bool>>> m_inFlight;
    std::unordered_set<Key> m_wanted;   // visible + neighbours of the last request
    std::unordered_set<Key> m_visible;  // protected from eviction
    mutable std::list<Key> m_lru;       // front = most recently used
    std::unordered_map<Key, CacheEntry> m_cache;
    size_t m_bytes = 0;
    size_t m_limit = size_t(256) << 20;
    int m_workers = 0;
    int m_maxThreads = 1;
    bool m_shuttingDown = false;
    std::function<void(int, int64_t)> m_callback;

    std::atomic<int64_t> m_computed{0};
    std::atomic<int64_t> m_cancelled{0};

    mutable std::mutex m_directMutex; // valueAt's own STFT
    mutable std::unique_ptr<Stft> m_directStft;

    QThreadPool m_pool; // last: destroyed first (after the destructor waited for it)
};

} // namespace st
