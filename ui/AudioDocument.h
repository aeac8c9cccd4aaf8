#pragma once
// The model of one opened evidence file for the viewer: the read-only AudioFile, its peak pyramid
// (built in the background), its levels and its SHA-256 (each computed as a job of the JobManager).
// Views draw what is ready and listen to the signals for the rest. The viewer shows one channel of
// the file or the mix-down (the default); switching the channel rebuilds the pyramid, and the views
// listen to channelChanged().
#include "audio/AudioFile.h"
#include "audio/PeakPyramid.h"
#include "jobs/Job.h"

#include <QObject>
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
    ~AudioDocument() override; ///< cancels its background jobs

    const AudioInfo &info() const { return m_file->info(); }
    std::shared_ptr<const AudioFile> file() const { return m_file; }
    std::shared_ptr<const PeakPyramid> pyramid() const { return m_pyramid; }

    /// Submits the peak pyramid, level statistics and SHA-256 jobs. Without a manager (tests),
    /// the pyramid is built right away on the calling thread and nothing else is computed.
    void startBackgroundWork(JobManager *jobs);

    /// Frames [start, start + count) (clamped to the file) of the shown channel (or the mix-down),
    /// as float in [-1, 1].
    std::vector<float> readMono(int64_t start, int64_t count) const;

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
    void channelChanged(int channel);
    void statsReady();
    void hashProgress(double fraction);
    void hashReady(const QString &hex);
    void backgroundFailed(const QString &message);

private:
    void startPyramid();

    std::shared_ptr<AudioFile> m_file;
    int m_channel = MixDown;
    JobManager *m_jobManager = nullptr;
    JobPtr m_pyramidJob;
    std::shared_ptr<PeakPyramid> m_pyramid;
    std::optional<AudioStats> m_stats;
    QString m_statsError;
    QString m_sha256;
    QString m_hashError;
    double m_hashProgress = 0.0;
    std::vector<JobPtr> m_jobs;
};

} // namespace st
