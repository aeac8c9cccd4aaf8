#pragma once
// Training data over any clip protocol the project reads (its TSV, ASVspoof 2019/2021 LA, MLAAD; STOPA trial
// lists name no clip labels and are refused with a message): clips with labels at every level, splits by a
// group column (sentence, speaker: never by clip alone), class-balanced sampling, decoding at 16 kHz through
// core/audio with a bounded cache, random crops and augmentation in background threads. No LibTorch here.
//
// Reproducibility: the batches of epoch e are a pure function of (seed, e, dataset, settings): the sampler's
// order comes from seed and e; each sample's crop and augmentation use an RNG seeded from (seed, e, position),
// never from the thread that happens to make it.
#include "dataset/Augment.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace st::train {

/// One labelled level: its name ("bonafide", "attack", "acoustic_model", "vocoder", "codec", or a free protocol
/// column such as "speaker") and its classes, sorted (for "bonafide": {"bonafide", "spoof"}: index 0 = bona fide).
struct LabelLevel
{
    QString name;
    QStringList classes;
};

struct TrainingClip
{
    QString key;              ///< the protocol's file column
    QString path;             ///< resolved path
    std::vector<int> labels;  ///< one per level of the dataset; -1 = no label at that level (ignored by its loss)
    QString group;            ///< the split unit's value (e.g. the sentence), empty when not split
    bool bonafide = false;
    /// The protocol's labels and other columns by name: "attack", "acoustic_model", "vocoder", "codec" (the
    /// library's spellings, when the protocol has them) and every free column (e.g. "text", "speaker").
    /// splitByGroup reads its column here.
    QMap<QString, QString> columns;
};

class TrainingDataset
{
public:
    TrainingDataset() = default;
    /// Reads `protocolPath` (any clip protocol) and builds `levels` (empty: "bonafide" plus every source level the
    /// protocol fills). Clip paths resolve against `root` (empty: the protocol's folder). Level names are the
    /// library's spellings and synonyms (SourceLevel) or protocol column names. For the source levels, bona fide
    /// clips get the class "bonafide" at "attack" and -1 elsewhere; an empty cell is -1. Throws st::Error naming
    /// the protocol and, for an unknown level, the columns it has.
    static TrainingDataset fromProtocol(const QString &protocolPath, const QStringList &levels = {},
                                        const QString &root = {});
    /// Several protocols as one dataset (classes are the union).
    static TrainingDataset fromProtocols(const QStringList &protocolPaths, const QStringList &levels = {},
                                         const QString &root = {});

    const std::vector<LabelLevel> &levels() const { return m_levels; }
    int levelIndex(const QString &name) const; ///< -1 when absent
    const std::vector<TrainingClip> &clips() const { return m_clips; }
    std::size_t size() const { return m_clips.size(); }
    /// SHA-256 of each protocol file read (in order), for the run's provenance.
    const QStringList &protocolSha256() const { return m_protocolSha256; }
    const QStringList &protocolPaths() const { return m_protocolPaths; }

    /// Splits by the values of protocol column `groupColumn` (e.g. "text", "speaker"): whole groups go to
    /// validation until it holds about `validationFraction` of the clips; deterministic for `seed`. Throws when the
    /// column is missing or has fewer than two groups. Both halves keep all levels and classes (class lists are
    /// not shrunk, so the heads keep their size). Returns (training, validation); each clip's `group` holds its value.
    /// `groupColumn` may also be a source level (any spelling SourceLevel accepts).
    std::pair<TrainingDataset, TrainingDataset> splitByGroup(const QString &groupColumn, double validationFraction,
                                                             uint64_t seed) const;
    /// The subset of the given clip indices (same levels).
    TrainingDataset subset(const std::vector<std::size_t> &indices) const;

    /// Clips per class at one level (index = class).
    std::vector<int> classCounts(int level) const;

private:
    std::vector<LabelLevel> m_levels;
    std::vector<TrainingClip> m_clips;
    QStringList m_protocolPaths, m_protocolSha256;
    friend class DatasetBuilderAccess;
};

/// The order of one epoch: `epochSize` clip indices (0 = dataset size). Uniform shuffle when `balanceLevel` < 0;
/// otherwise each position draws a class of that level uniformly (among classes with clips), then a clip of that
/// class uniformly; clips with -1 at that level are never drawn.
std::vector<std::size_t> epochOrder(const TrainingDataset &data, int balanceLevel, uint64_t seed, int epoch,
                                    std::size_t epochSize = 0);

/// Decoded clips (mono, 16 kHz, float) shared between threads, least recently used evicted beyond `maxBytes`.
class ClipCache
{
public:
    explicit ClipCache(std::size_t maxBytes = std::size_t(512) << 20, int sampleRate = 16000);
    ~ClipCache();
    /// Decodes (or returns the cached copy); throws st::Error naming the file.
    std::shared_ptr<const std::vector<float>> get(const QString &path);
    std::size_t bytes() const;
    std::size_t hits() const;
    std::size_t misses() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// How a sample becomes a fixed-length input.
enum class CropMode
{
    Random,   ///< training: a random window of `length` (repeat-padded when shorter)
    Start,    ///< validation: the first `length` samples (repeat-padded when shorter)
    WholeClip ///< validation: the whole clip (batch size 1, or equal lengths)
};

/// Cuts (or repeat-pads) to `length` samples; `offset` for CropMode::Random is drawn from rng.
std::vector<float> cropOrPad(const std::vector<float> &clip, int64_t length, CropMode mode, std::mt19937_64 &rng);

struct Batch
{
    std::vector<std::vector<float>> waveforms; ///< equal lengths except in WholeClip mode
    std::vector<std::vector<int>> labels;      ///< [sample][level]
    std::vector<std::size_t> clipIndex;        ///< into the dataset
    int epoch = 0;
    int index = 0;                             ///< batch number within the epoch
};

struct LoaderSettings
{
    int batchSize = 32;
    int64_t cropLength = 32000;   ///< samples (2 s at 16 kHz)
    CropMode mode = CropMode::Random;
    int balanceLevel = -1;        ///< dataset level index to balance over; -1 none
    std::size_t epochSize = 0;    ///< samples per epoch; 0 = dataset size
    bool augment = false;
    AugmentSettings augmentation;
    int workers = 2;              ///< decoding/augmenting threads
    int prefetchBatches = 4;      ///< bounded queue
    bool dropLast = false;
};

/// Produces the batches of one epoch in order, made ahead by background threads (bounded queue). A clip that does
/// not decode stops the epoch with st::Error naming it (data are not silently skipped). The loader keeps references
/// to `data` and `cache`: both must outlive it.
class BatchLoader
{
public:
    BatchLoader(const TrainingDataset &data, ClipCache &cache, const LoaderSettings &settings, uint64_t seed);
    ~BatchLoader();
    /// Starts epoch `epoch` from batch `firstBatch` (resume); cancels an epoch in progress.
    void start(int epoch, int firstBatch = 0);
    int batchesPerEpoch() const;
    /// The next batch, or false at the end of the epoch. Rethrows a worker's error.
    bool next(Batch &batch);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Seed mixing used for per-sample RNGs (splitmix64 of the inputs).
uint64_t mixSeed(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0);

} // namespace st::train
