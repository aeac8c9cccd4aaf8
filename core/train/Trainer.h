#pragma once
// The learning engine: trains a network described by a TrainConfig on a labelled protocol, evaluates it on a
// validation split each epoch with the project's own metrics, keeps the best checkpoint, stops early, checkpoints
// every epoch (and on cancel) and resumes, and writes a model folder the registry loads like any other model.
// No LibTorch types here (the implementation lives in Trainer.cpp).
//
// The run folder:
//   run.json            the full configuration, the protocols' SHA-256, the build, seed, threads and device
//   log.csv             one row per epoch: losses, validation metrics, learning rate, seconds
//   checkpoint/         the last checkpoint (weights, optimiser state, progress), replaced atomically
//   model/              the best model: manifest.json, network.json (spectral) or config.json (aasist),
//                       weights.safetensors, ood.safetensors + ood.json (OOD statistics and thresholds)
#include "train/TrainConfig.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace st::train {

struct EpochRecord
{
    int epoch = 0;                     ///< 1-based
    double trainLoss = 0;
    std::map<QString, double> headLoss; ///< training loss per head
    double validationLoss = 0;
    std::map<QString, double> accuracy; ///< per head, validation
    std::map<QString, double> pooledEer; ///< per head, validation (class logits, target = true class)
    double detectionEer = -1;          ///< validation EER of the bona fide head (-1: none)
    double selectValue = 0;            ///< the selection metric
    bool best = false;
    double learningRate = 0;
    double seconds = 0;
    double clipsPerSecond = 0;
};

struct TrainProgress
{
    int epoch = 0, epochs = 0;
    int batch = 0, batches = 0;
    double loss = 0;                   ///< running mean of the epoch
    double fraction = 0;               ///< of the whole run
    double etaSeconds = -1;            ///< estimated time to the end (-1 unknown)
    QString stage;                     ///< "training", "validating", "exporting"
};

struct TrainResult
{
    QString runDir;
    QString modelDir;
    QString manifestPath;
    int bestEpoch = 0;
    double bestValue = 0;
    bool cancelled = false;
    bool stoppedEarly = false;
    std::vector<EpochRecord> history;
};

double trainingClipsPerSecond(const TrainConfig &config, int batchSize, double cropSeconds, int threads, int steps,
                              int warmup);

class Trainer
{
public:
    using ProgressFn = std::function<void(const TrainProgress &)>;
    using EpochFn = std::function<void(const EpochRecord &)>;
    using CancelFn = std::function<bool()>;

    /// A new run into config.outputDir (which must not hold another run).
    explicit Trainer(const TrainConfig &config);
    /// Continues the run in `runDir` from its last checkpoint (its run.json gives the configuration).
    static Trainer resume(const QString &runDir);
    ~Trainer();
    Trainer(Trainer &&) noexcept;

    const TrainConfig &config() const;

    void setProgress(ProgressFn fn);
    void setEpochCallback(EpochFn fn);
    void setCancel(CancelFn fn);
    /// For tests: stop (as if killed) after this many optimiser steps of the whole run without checkpointing.
    void setStopAfterSteps(long long steps);

    /// Runs to the end (or cancel / early stop). Throws st::Error naming the file and field for bad data or
    /// configuration. On cancel a checkpoint is written and result.cancelled is set.
    TrainResult run();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Trainer();
    friend double trainingClipsPerSecond(const TrainConfig &, int, double, int, int, int);
};

/// Reads log.csv of a run (for the GUI's curves and for tests); throws st::Error naming the file and line for a broken row.
std::vector<EpochRecord> readEpochLog(const QString &runDir);

/// Parameters and multiply-accumulates per 4 s clip of each architecture a config can name (for docs and `train
/// --describe`).
struct ArchitectureFacts
{
    QString name;
    long long parameters = 0;
    double macsPer4s = 0;
};
ArchitectureFacts describeArchitecture(const TrainConfig &config, int numClassesForHeads = 2);

/// Training throughput of the architecture `config` names (its heads, or one 2-class ce head), on random waveforms
/// of `cropSeconds`: clips per second of forward + backward + optimiser step, after `warmup` steps, over `steps`
/// steps of `batchSize`, with `threads` LibTorch threads. For bench/ (no data loading in the figure).
double trainingClipsPerSecond(const TrainConfig &config, int batchSize, double cropSeconds, int threads, int steps,
                              int warmup = 2);

} // namespace st::train
