#pragma once
// The job layer: every piece of background work (hashing, peak pyramids, spectrogram tiles,
// embeddings, scoring, evaluation, explanations, training) is a Job run by a JobManager. A job has a
// description, progress, a one-shot cancel flag, a result or an error message, and optional
// dependencies on other jobs. The GUI (JobsPanel) and the CLI (ConsoleProgress) observe the same
// manager signals.
#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace st {

enum class JobState { Waiting, Running, Succeeded, Failed, Cancelled };
QString jobStateName(JobState s);

/// What a running job's work function sees: report progress, ask whether it was cancelled.
class JobContext
{
public:
    virtual ~JobContext() = default;
    /// fraction in [0, 1]; `stage` is an optional short text ("decoding", "forward 3/10").
    virtual void setProgress(double fraction, const QString &stage = {}) = 0;
    virtual bool isCancelled() const = 0;
    /// Convenience: throws JobCancelled when cancelled (the manager then marks the job Cancelled).
    void checkCancelled() const;
};

/// Thrown by JobContext::checkCancelled(); the manager treats it as a cancellation, not a failure.
struct JobCancelled
{
};

class Job
{
public:
    /// The work function runs on a worker thread. It returns the result (may be an invalid QVariant)
    /// or throws: st::Error / std::exception make the job Failed with what() as its message.
    using Work = std::function<QVariant(JobContext &)>;

    Job(const QString &description, Work work);

    int id() const { return m_id; }
    QString description() const { return m_description; }
    JobState state() const;
    double progress() const;
    QString stage() const;
    QString errorMessage() const;
    QVariant result() const;
    bool isFinished() const;

    /// One-shot: once set it stays set. A waiting job is cancelled without running.
    void cancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

    /// This job runs only after `other` has succeeded; if `other` fails or is cancelled, this job is
    /// cancelled too. Call before submitting.
    void addDependency(const std::shared_ptr<Job> &other);
    const std::vector<std::shared_ptr<Job>> &dependencies() const { return m_dependencies; }

    /// Called on the manager's thread (the GUI thread) when the job ends, whatever the outcome.
    void onFinished(std::function<void(const Job &)> callback);

private:
    friend class JobManager;
    friend class JobRunner;
    const int m_id;
    const QString m_description;
    Work m_work;
    std::vector<std::shared_ptr<Job>> m_dependencies;
    std::vector<std::function<void(const Job &)>> m_callbacks;
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_mutex;
    JobState m_state = JobState::Waiting;
    bool m_started = false; // touched on the manager's thread only
    double m_progress = 0.0;
    QString m_stage;
    QString m_error;
    QVariant m_result;
};

using JobPtr = std::shared_ptr<Job>;

} // namespace st
