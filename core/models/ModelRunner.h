#pragma once
// Runs an EmbeddingModel on whole clips the way its manifest says (input policy), and makes
// detection-score timelines over sliding windows. Holds no LibTorch types: it works on any
// EmbeddingModel, which also makes its logic testable with a stand-in model.
#include "models/EmbeddingModel.h"

#include <QStringList>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace st {

/// What one clip gives.
struct ClipResult
{
    std::vector<float> embedding;
    std::vector<float> logits;
    /// logits[bonafideClass] for a detector, NaN otherwise. Its polarity is the manifest's
    /// higherIsBonafide (see ModelManifest::scoreConvention()).
    double score = 0.0;
    bool higherIsBonafide = true; ///< the score's polarity (from the manifest)
    int inputs = 1; ///< forward inputs averaged (sliding windows: the number of windows)
    /// What was analysed, in samples at the model's rate (set by runFile(); run() sets the whole clip).
    int64_t clipSamples = 0;    ///< the clip's length
    int64_t analysedStart = 0;  ///< first sample the model saw
    int64_t analysedEnd = 0;    ///< one past the last
    /// Why the result needs care: the input is short, nearly silent, beyond full scale, or only a
    /// part of it was analysed (a fixed-length input of a long recording).
    QStringList warnings;
};

class AudioFile;

/// Reports a run's progress (fraction of the file); returns false to cancel, and the run then throws
/// st::JobCancelled (a job of the job layer ends Cancelled).
using RunProgress = std::function<bool(double)>;

/// One window of a score timeline, in samples of the model's rate: [start, end) of the clip.
struct TimelineWindow
{
    int64_t start = 0;
    int64_t end = 0;
    double score = 0.0;
    std::vector<float> logits;
};

class ModelRunner
{
public:
    explicit ModelRunner(EmbeddingModelPtr model);

    const EmbeddingModelPtr &model() const { return m_model; }
    const ModelManifest &manifest() const { return m_model->manifest(); }

    /// How many inputs of equal length go into one forward() call (default 1).
    void setBatchSize(int n) { m_batchSize = n < 1 ? 1 : n; }
    int batchSize() const { return m_batchSize; }

    /// Overrides the manifest's input policy (and for FixedLength/SlidingWindows its length and hop;
    /// 0 keeps the manifest's).
    void setInputPolicy(InputPolicy p, int inputLength = 0, int hop = 0);
    InputPolicy inputPolicy() const { return m_policy; }
    int inputLength() const { return m_length; }
    int hop() const { return m_hop; }

    /// One clip (mono, at manifest().sampleRate) through the input policy. Throws st::Error on an
    /// empty clip.
    ClipResult run(const std::vector<float> &clip);
    /// Several clips; inputs of equal length share forward() calls of up to batchSize().
    std::vector<ClipResult> run(const std::vector<std::vector<float>> &clips);

    /// The detection score over windows of `window` samples every `hop` samples (0 = 64600 / 32000,
    /// the reference's input length and about 2 s), see windowSpans(); each window shorter than
    /// `window` (a short clip) is repeat-padded.
    std::vector<TimelineWindow> timeline(const std::vector<float> &clip, int window = 0, int hop = 0);

    // --- evidence files, streamed: long recordings in bounded memory, with progress and cancel ---

    /// One evidence file (channel or MixDown) through the input policy, decoding only what the policy
    /// needs: FixedLength reads the first inputLength() samples of a two-hour file, SlidingWindows
    /// streams window by window, WholeClip checks first that the model's activations fit in memory.
    /// Throws st::Error naming the file for input the model cannot judge (shorter than
    /// minimumSamples(), digital silence) and for a non-finite result; fills the result's coverage and
    /// warnings.
    ClipResult runFile(const AudioFile &file, int channel, const RunProgress &progress = {});
    /// The score timeline of a file (as timeline()), streamed window by window with progress.
    std::vector<TimelineWindow> timelineFile(const AudioFile &file, int channel, int window = 0, int hop = 0,
                                             const RunProgress &progress = {});
    /// The shortest input the file-level runs accept: 0.1 s at the model's rate.
    int64_t minimumSamples() const;
    /// Memory a whole-clip forward pass of `samples` samples is taken to need (activations of the
    /// AASIST-sized networks: about 1 KB per input sample; the manifest can say otherwise).
    int64_t wholeClipMemory(int64_t samples) const;

    /// Warnings about a clip at the model's rate (short, nearly silent, beyond full scale); throws
    /// st::Error naming `path` when it cannot be judged at all (shorter than minimumSamples(), every
    /// sample 0).
    /// `clipSamples` is the whole recording's length when `clip` is only its analysed part (-1: the same).
    QStringList assessInput(const std::vector<float> &clip, const QString &path, int64_t clipSamples = -1) const;

    // --- the policies as plain functions ---

    /// The clip cut to its first n samples, or, when shorter, filled up to n: Repeat tiles it
    /// int(n / len) + 1 times and keeps the first n samples (the AASIST reference); Zeros appends zeros.
    static std::vector<float> fitToLength(const std::vector<float> &clip, int64_t n, Padding padding = Padding::Repeat);
    /// Window spans [start, end) over a clip of `length` samples: starts 0, hop, 2 hop, ... while the
    /// window fits, then one more window ending at the clip's end when the last one did not reach it.
    /// A clip not longer than a window gives the single span [0, length).
    static std::vector<std::pair<int64_t, int64_t>> windowSpans(int64_t length, int64_t window, int64_t hop);
    /// logits[bonafideClass], or NaN for a model that is not a detector.
    static double detectionScore(const ModelManifest &m, const std::vector<float> &logits);

private:
    // Throws st::Error naming `path` for n < minimumSamples() or peak == 0 (digital silence).
    void refuseUnjudgeable(int64_t n, double peak, const QString &path) const;
    // Warnings for a clip of n samples with this peak and sum of squares.
    QStringList levelWarnings(int64_t n, double peak, double sumSq, int64_t clipSamples = -1) const;
    // Runs equal-length or not inputs, grouping equal lengths into batches; keeps order.
    std::vector<ModelOutput> forwardAll(const std::vector<std::vector<float>> &inputs);
    // The inputs the policy makes of one clip.
    std::vector<std::vector<float>> inputsFor(const std::vector<float> &clip) const;

    EmbeddingModelPtr m_model;
    InputPolicy m_policy;
    int m_length;
    int m_hop;
    int m_batchSize = 1;
};

} // namespace st
