// ClipCache (decoded clips, LRU by bytes, shared between threads) and BatchLoader (the batches of an epoch, made
// ahead by worker threads into a bounded window, handed out in order).
#include "dataset/TrainingData.h"

#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "util/Error.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <list>
#include <map>
#include <mutex>
#include <new>
#include <thread>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::BatchLoader) };
} // namespace

namespace st::train {

// ---------------------------------------------------------------------------------------------------------------
// ClipCache
// ---------------------------------------------------------------------------------------------------------------

struct ClipCache::Impl
{
    Impl(std::size_t m, int r) : maxBytes(m), sampleRate(r) {}
    std::size_t maxBytes;
    int sampleRate;
    mutable std::mutex mutex;
    struct Entry
    {
        std::shared_ptr<const std::vector<float>> data;
        std::list<QString>::iterator lru;
        std::size_t bytes;
    };
    QHash<QString, Entry> entries;
    std::list<QString> lru; ///< front = most recently used
    std::size_t bytes = 0, hits = 0, misses = 0;

    void evict()
    {
        while (bytes > maxBytes && !lru.empty()) {
            const QString victim = lru.back();
            lru.pop_back();
            auto it = entries.find(victim);
            bytes -= it->bytes;
            entries.erase(it);
        }
    }
};

ClipCache::ClipCache(std::size_t maxBytes, int sampleRate) : d(new Impl(maxBytes, sampleRate))
{
    if (sampleRate < kMinSampleRate || sampleRate > kMaxSampleRate)
        throw Error(QStringLiteral("clip cache: sample rate %1 Hz is out of range").arg(sampleRate));
}

ClipCache::~ClipCache() = default;

std::shared_ptr<const std::vector<float>> ClipCache::get(const QString &path)
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        auto it = d->entries.find(path);
        if (it != d->entries.end()) {
            d->lru.splice(d->lru.begin(), d->lru, it->lru);
            ++d->hits;
            return it->data;
        }
        ++d->misses;
    }
    // Decoded outside the lock: other threads go on with other clips. Two threads asking for the same new clip
    // both decode it (same result); the first to finish is kept.
    std::shared_ptr<std::vector<float>> data;
    try {
        AudioFile f(path);
        std::vector<float> x = f.readAll(MixDown, 0);
        const int rate = f.info().sampleRate;
        if (rate != d->sampleRate)
            x = resample(x, rate, d->sampleRate);
        data = std::make_shared<std::vector<float>>(std::move(x));
    } catch (const Error &e) {
        if (e.path().isEmpty())
            throw Error(path, e.cause());
        throw;
    } catch (const std::bad_alloc &) {
        throw Error(path, Text::tr("not enough memory to decode the clip"));
    } catch (const std::exception &e) {
        throw Error(path, QString::fromUtf8(e.what()));
    }
    const std::size_t bytes = data->size() * sizeof(float);
    std::lock_guard<std::mutex> lock(d->mutex);
    auto it = d->entries.find(path);
    if (it != d->entries.end()) {
        d->lru.splice(d->lru.begin(), d->lru, it->lru);
        return it->data;
    }
    if (bytes > d->maxBytes)
        return data; // larger than the whole cache: handed out, not kept
    d->lru.push_front(path);
    d->entries.insert(path, Impl::Entry{data, d->lru.begin(), bytes});
    d->bytes += bytes;
    d->evict();
    return data;
}

std::size_t ClipCache::bytes() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->bytes;
}

std::size_t ClipCache::hits() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->hits;
}

std::size_t ClipCache::misses() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->misses;
}

// ---------------------------------------------------------------------------------------------------------------
// BatchLoader
// ---------------------------------------------------------------------------------------------------------------

struct BatchLoader::Impl
{
    const TrainingDataset &data;
    ClipCache &cache;
    LoaderSettings settings;
    uint64_t seed;

    // The epoch in progress (guarded by mutex; order/epoch are written only while no worker runs).
    std::mutex mutex;
    std::condition_variable workAvailable; ///< workers: a slot in the window, or stop
    std::condition_variable batchReady;    ///< consumer: a batch or an error
    std::vector<std::thread> threads;
    std::vector<std::size_t> order;
    int epoch = 0;
    int nBatches = 0;
    int nextClaim = 0;   ///< the next batch a worker will make
    int nextGive = 0;    ///< the next batch next() hands out
    bool running = false;
    bool stopping = false;
    std::map<int, Batch> ready;
    std::exception_ptr error;
    int errorBatch = -1; ///< the lowest batch that failed

    Impl(const TrainingDataset &d, ClipCache &c, const LoaderSettings &s, uint64_t sd)
        : data(d), cache(c), settings(s), seed(sd)
    {
    }

    int batchesFor(std::size_t samples) const
    {
        const std::size_t bs = std::size_t(std::max(1, settings.batchSize));
        return int(settings.dropLast ? samples / bs : (samples + bs - 1) / bs);
    }

    std::vector<float> makeSample(std::size_t clipIndex, std::size_t position)
    {
        std::mt19937_64 rng(mixSeed(seed, uint64_t(int64_t(epoch)), uint64_t(position)));
        const auto clip = cache.get(data.clips()[clipIndex].path);
        const AugmentSettings &a = settings.augmentation;
        const bool aug = settings.augment && a.anyEnabled();
        if (aug && (a.trimProbability > 0 || a.padProbability > 0)) {
            // Trimming and padding change the length: augment the whole clip, then crop.
            std::vector<float> x = *clip;
            augment(x, a, rng);
            return cropOrPad(x, settings.cropLength, settings.mode, rng);
        }
        std::vector<float> x = cropOrPad(*clip, settings.cropLength, settings.mode, rng);
        if (aug)
            augment(x, a, rng);
        return x;
    }

    void makeBatch(int b, Batch &out)
    {
        const std::size_t bs = std::size_t(std::max(1, settings.batchSize));
        const std::size_t first = std::size_t(b) * bs, last = std::min(order.size(), first + bs);
        out.epoch = epoch;
        out.index = b;
        for (std::size_t p = first; p < last; ++p) {
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (stopping)
                    return;
            }
            const std::size_t ci = order[p];
            out.waveforms.push_back(makeSample(ci, p));
            out.labels.push_back(data.clips()[ci].labels);
            out.clipIndex.push_back(ci);
        }
    }

    void work()
    {
        for (;;) {
            int b;
            {
                std::unique_lock<std::mutex> lock(mutex);
                const int window = std::max(1, settings.prefetchBatches);
                workAvailable.wait(lock, [&] {
                    return stopping || error || nextClaim >= nBatches || nextClaim < nextGive + window;
                });
                if (stopping || error || nextClaim >= nBatches)
                    return;
                b = nextClaim++;
            }
            Batch batch;
            try {
                makeBatch(b, batch);
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                if (!error || b < errorBatch) {
                    error = std::current_exception();
                    errorBatch = b;
                }
                batchReady.notify_all();
                workAvailable.notify_all();
                return;
            }
            std::lock_guard<std::mutex> lock(mutex);
            if (stopping)
                return;
            ready.emplace(b, std::move(batch));
            batchReady.notify_all();
        }
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        workAvailable.notify_all();
        batchReady.notify_all();
        for (std::thread &t : threads)
            if (t.joinable())
                t.join();
        threads.clear();
        std::lock_guard<std::mutex> lock(mutex);
        ready.clear();
        error = nullptr;
        errorBatch = -1;
        running = false;
        stopping = false;
    }
};

BatchLoader::BatchLoader(const TrainingDataset &data, ClipCache &cache, const LoaderSettings &settings, uint64_t seed)
    : d(new Impl(data, cache, settings, seed))
{
    if (settings.batchSize < 1)
        throw Error(Text::tr("batch loader: the batch size must be at least 1, not %1").arg(settings.batchSize));
    if (settings.mode != CropMode::WholeClip && settings.cropLength < 1)
        throw Error(Text::tr("batch loader: the crop length must be at least 1 sample, not %1")
                        .arg(settings.cropLength));
}

BatchLoader::~BatchLoader()
{
    d->stop();
}

int BatchLoader::batchesPerEpoch() const
{
    const std::size_t samples = d->settings.epochSize ? d->settings.epochSize : d->data.size();
    return d->batchesFor(samples);
}

void BatchLoader::start(int epoch, int firstBatch)
{
    d->stop();
    // No worker runs now: the epoch's state is set without the lock.
    d->epoch = epoch;
    d->order = epochOrder(d->data, d->settings.balanceLevel, d->seed, epoch, d->settings.epochSize);
    d->nBatches = d->batchesFor(d->order.size());
    const int first = std::clamp(firstBatch, 0, d->nBatches);
    d->nextClaim = first;
    d->nextGive = first;
    d->running = true;
    const int workers = std::clamp(d->settings.workers, 1, std::max(1, d->nBatches - first));
    for (int i = 0; i < workers; ++i)
        d->threads.emplace_back([this] { d->work(); });
}

bool BatchLoader::next(Batch &batch)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    if (!d->running || d->nextGive >= d->nBatches)
        return false;
    const int b = d->nextGive;
    d->batchReady.wait(lock, [&] { return d->ready.count(b) || (d->error && d->errorBatch <= b); });
    auto it = d->ready.find(b);
    if (it == d->ready.end()) {
        // The epoch stops at the first batch that failed; next() says false after this until start().
        const std::exception_ptr e = d->error;
        d->nextGive = d->nBatches;
        lock.unlock();
        std::rethrow_exception(e);
    }
    batch = std::move(it->second);
    d->ready.erase(it);
    ++d->nextGive;
    lock.unlock();
    d->workAvailable.notify_all();
    return true;
}

} // namespace st::train
