#pragma once
// The model of one opened evidence file for the viewer: the read-only AudioFile, its peak pyramid
// (built in the background), its levels and its SHA-256 (each computed as a job of the JobManager).
// Views draw what is ready and listen to the signals for the rest. The viewer shows one channel of
// the file or the mix-down (the default); switching the channel rebuilds the pyramid, and the views
// listen to channelChanged(). Right after the header is read, startBackgroundWork() also computes a
// provisional overview (st::sparseOverview: one short probe per column, a fixed cost whatever the
// length) so that a long recording shows a sketch of the whole file before the pyramid covers it;
// it runs on Qt's global thread pool beside the pyramid job, stops once the pyramid is complete, and
// is skipped for Opus files, whose seeks are expensive.
#include "audio/AudioFile.h"
#include "audio/PeakPyramid.h"
#include "jobs/Job.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace st {

class JobManager;

class AudioDocument : public QObject
{
    Q_OBJECT
public:
    /// Opens `path` read-only. Throws st::Error (naming the file and the cause) when it cannot.
    explicit AudioDocument(const QString &path, QObject *parent = nullptr);
    /// Settings of the background work; set them before startBackgroundWork().
    struct Options
    {
        /// Compute the provisional overview at all (it is skipped for Opus files regardless).
        bool provisionalOverview = true;
        /// Columns of the provisional overview over the whole file (one probe each).
        int provisionalColumns = 2048;
        /// Frames decoded per probe.
        int probeFrames = 256;
        /// For tests and benches: called on the worker thread at the start of each pyramid job,
        /// before any decoding; it may block to hold the pyramid back. Only used with a JobManager.
        std::function<void()> pyramidGate;
    };
    ~AudioDocument() override; ///< cancels its background jobs

    const AudioInfo &info() const { return m_file->info(); }
    std::shared_ptr<const AudioFile> file() const { return m_file; }
    std::shared_ptr<const PeakPyramid> pyramid() const { return m_pyramid; }

    /// Submits the peak pyramid, level statistics and SHA-256 jobs. Without a manager (tests),
    /// the pyramid is built right away on the calling thread and nothing else is computed.
    void startBackgroundWork(JobManager *jobs);
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    /// Whether the provisional overview is worth computing for a file like `info` (not for Opus,
    /// where each probe decodes seconds of history, nor for an empty file).
    static bool wantsProvisionalOverview(const AudioInfo &info);
    /// The provisional overview of the shown channel: options().provisionalColumns min/max entries,
    /// column c summarising a probe inside frames [frames*c/columns, frames*(c+1)/columns). Null until
    /// computed (and after a channel switch until computed again); its values are samples of the file,
    /// so each column lies within the exact min/max of its span, but a peak between probes is missed.
    std::shared_ptr<const std::vector<MinMax>> provisionalOverview() const { return m_sketch; }

    /// Frames [start, start + count) (clamped to the file) of the shown channel (or the mix-down),
    /// as float in [-1, 1]. Never throws (views call it while painting): when decoding fails (NaN
    /// samples, a cut or corrupt file) it returns nothing, keeps the error (readError()) and emits
    /// readFailed() once, queued.
    std::vector<float> readMono(int64_t start, int64_t count) const;
    /// The first decoding error met by readMono() or the overview job, empty if none (views draw it
    /// over what they show, so a stretch left empty by the damage never passes for silence).
    QString readError() const { return m_readError; }

    /// The channel shown: st::MixDown (-1, the default) or 0 .. channels-1.
    int channel() const { return m_channel; }
    /// Shows another channel: a new pyramid is built (in the background when startBackgroundWork()
    /// had a manager, else at once) and channelChanged() is emitted. Throws st::Error for a channel
    /// the file does not have. Levels and SHA-256 stay (they describe the whole file).
    void setChannel(int channel);

    bool hasStats() const { return m_stats.has_value(); }
    AudioStats stats() const { return m_stats.value_or(AudioStats{}); }
    QString statsError() const { return m_statsError; }
    /// Empty until computed.
    QString sha256() const { return m_sha256; }
    QString sha256Error() const { return m_hashError; }
    double hashFraction() const { return m_hashProgress; }

signals:
    void pyramidProgress(); ///< more of the pyramid is ready
    void provisionalOverviewReady(); ///< provisionalOverview() is now available
    void channelChanged(int channel);
    void statsReady();
    void hashProgress(double fraction);
    void hashReady(const QString &hex);
    void backgroundFailed(const QString &message);
    void readFailed(const QString &message); ///< the first decoding error of readMono()

private:
    void noteReadError(const QString &message) const;
    void startPyramid();
    void startSketch();

    std::shared_ptr<AudioFile> m_file;
    int m_channel = MixDown;
    JobManager *m_jobManager = nullptr;
    JobPtr m_pyramidJob;
    std::shared_ptr<PeakPyramid> m_pyramid;
    Options m_options;
    std::shared_ptr<std::atomic<bool>> m_sketchCancel;
    int m_sketchSerial = 0;
    std::shared_ptr<const std::vector<MinMax>> m_sketch;
    std::optional<AudioStats> m_stats;
    QString m_statsError;
    QString m_sha256;
    QString m_hashError;
    mutable QString m_readError;
    double m_hashProgress = 0.0;
    std::vector<JobPtr> m_jobs;
};

} // namespace st
