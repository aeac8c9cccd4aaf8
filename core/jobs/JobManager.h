#pragma once
#include "jobs/Job.h"

#include <QObject>
#include <QThreadPool>
#include <QMap>

#include <functional>

namespace st {

/// Runs jobs on its own thread pool, honouring dependencies, and reports on the thread that owns the
/// manager (the GUI thread in the application, the main thread in the CLI) through signals.
class JobManager : public QObject
{
    Q_OBJECT
public:
    explicit JobManager(int maxThreads = 0 /* = ideal thread count */, QObject *parent = nullptr);
    ~JobManager() override; ///< cancels every job and waits for running ones

    /// Queues the job; it starts when its dependencies have succeeded. Returns its id.
    int submit(const JobPtr &job);
    /// Convenience: make and submit a job.
    JobPtr run(const QString &description, Job::Work work);

    void cancel(int id);
    void cancelAll();
    JobPtr job(int id) const;
    /// Jobs not finished yet (waiting or running), in submission order.
    QList<JobPtr> activeJobs() const;

    /// Processes events until every job submitted so far has finished (or `msecs` passed, -1 = no
    /// limit). Returns true when all finished. For the CLI and tests.
    bool waitForAll(int msecs = -1);
    /// Same for one job.
    bool waitFor(const JobPtr &job, int msecs = -1);

signals:
    void jobAdded(int id, const QString &description);
    void jobStarted(int id);
    /// Throttled to about 20 updates a second per job.
    void jobProgress(int id, double fraction, const QString &stage);
    void jobFinished(int id, int state /* JobState */, const QString &errorMessage);

private:
    friend class JobRunner;
    void startReady();
    void finishJob(const JobPtr &job);
    void emitProgress(int id, double fraction, const QString &stage);
    bool waitUntil(const std::function<bool()> &done, int msecs);

    QThreadPool m_pool;
    QMap<int, JobPtr> m_jobs;           // all not-yet-finished jobs
};

} // namespace st
