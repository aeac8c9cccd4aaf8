#include "jobs/JobManager.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QMetaObject>
#include <QPointer>

#include <new>
#include <QRunnable>
#include <QThread>

#include <exception>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::JobManager)
};
} // namespace

/// Runs one job's work function on a pool thread and reports back to the manager's thread.
class JobRunner : public QRunnable, public JobContext
{
public:
    JobRunner(JobManager *manager, JobPtr job) : m_manager(manager), m_job(std::move(job))
    {
        setAutoDelete(true);
        m_throttle.start();
    }

    void run() override
    {
        JobState outcome = JobState::Succeeded;
        QString error;
        QVariant result;
        if (m_job->isCancelRequested()) {
            outcome = JobState::Cancelled;
        } else {
            try {
                result = m_job->m_work(*this);
                if (m_job->isCancelRequested())
                    outcome = JobState::Cancelled;
            } catch (const JobCancelled &) {
                outcome = JobState::Cancelled;
            } catch (const std::bad_alloc &) {
                outcome = JobState::Failed;
                error = Text::tr("out of memory: the work was abandoned");
            } catch (const std::exception &e) {
                outcome = JobState::Failed;
                error = QString::fromUtf8(e.what());
            } catch (...) {
                outcome = JobState::Failed;
                error = Text::tr("unknown error");
            }
        }
        {
            std::lock_guard<std::mutex> lock(m_job->m_mutex);
            m_job->m_state = outcome;
            m_job->m_error = error;
            m_job->m_result = result;
            if (outcome == JobState::Succeeded)
                m_job->m_progress = 1.0;
        }
        QPointer<JobManager> mgr = m_manager;
        JobPtr job = m_job;
        QMetaObject::invokeMethod(
            m_manager, [mgr, job]() {
                if (mgr)
                    mgr->finishJob(job);
            },
            Qt::QueuedConnection);
    }

    void setProgress(double fraction, const QString &stage) override
    {
        fraction = qBound(0.0, fraction, 1.0);
        {
            std::lock_guard<std::mutex> lock(m_job->m_mutex);
            m_job->m_progress = fraction;
            m_job->m_stage = stage;
        }
        // Throttle signals to ~20 Hz; the job object always holds the latest value.
        if (m_throttle.elapsed() < 50 && fraction < 1.0)
            return;
        m_throttle.restart();
        QPointer<JobManager> mgr = m_manager;
        const int id = m_job->id();
        QMetaObject::invokeMethod(
            m_manager, [mgr, id, fraction, stage]() {
                if (mgr)
                    mgr->emitProgress(id, fraction, stage);
            },
            Qt::QueuedConnection);
    }

    bool isCancelled() const override { return m_job->isCancelRequested(); }

private:
    JobManager *m_manager;
    JobPtr m_job;
    QElapsedTimer m_throttle;
};

JobManager::JobManager(int maxThreads, QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(maxThreads > 0 ? maxThreads : qMax(1, QThread::idealThreadCount()));
}

JobManager::~JobManager()
{
    for (const JobPtr &j : std::as_const(m_jobs))
        j->cancel();
    m_pool.waitForDone();
}

int JobManager::submit(const JobPtr &job)
{
    m_jobs.insert(job->id(), job);
    emit jobAdded(job->id(), job->description());
    startReady();
    return job->id();
}

JobPtr JobManager::run(const QString &description, Job::Work work)
{
    auto job = std::make_shared<Job>(description, std::move(work));
    submit(job);
    return job;
}

void JobManager::cancel(int id)
{
    if (JobPtr j = m_jobs.value(id)) {
        j->cancel();
        startReady(); // a waiting job is finished as cancelled right away
    }
}

void JobManager::cancelAll()
{
    for (const JobPtr &j : std::as_const(m_jobs))
        j->cancel();
    startReady();
}

JobPtr JobManager::job(int id) const { return m_jobs.value(id); }

QList<JobPtr> JobManager::activeJobs() const { return m_jobs.values(); }

void JobManager::startReady()
{
    // Repeat until nothing changes: finishing a waiting job as cancelled can release others.
    bool changed = true;
    while (changed) {
        changed = false;
        const QList<JobPtr> jobs = m_jobs.values();
        for (const JobPtr &j : jobs) {
            if (j->state() != JobState::Waiting || j->m_started)
                continue;
            bool ready = true;
            bool blocked = j->isCancelRequested();
            QString why = blocked ? QString() : QString();
            for (const JobPtr &dep : j->dependencies()) {
                const JobState s = dep->state();
                if (s == JobState::Failed || s == JobState::Cancelled) {
                    blocked = true;
                    why = s == JobState::Failed ? Text::tr("dependency '%1' failed").arg(dep->description())
                                                : Text::tr("dependency '%1' cancelled").arg(dep->description());
                } else if (s != JobState::Succeeded) {
                    ready = false;
                }
            }
            if (blocked) {
                {
                    std::lock_guard<std::mutex> lock(j->m_mutex);
                    j->m_state = JobState::Cancelled;
                    j->m_error = why;
                }
                j->m_started = true;
                finishJob(j);
                changed = true;
            } else if (ready) {
                j->m_started = true;
                {
                    std::lock_guard<std::mutex> lock(j->m_mutex);
                    j->m_state = JobState::Running;
                }
                emit jobStarted(j->id());
                m_pool.start(new JobRunner(this, j));
            }
        }
    }
}

void JobManager::finishJob(const JobPtr &job)
{
    if (!m_jobs.contains(job->id()))
        return;
    m_jobs.remove(job->id());
    const JobState s = job->state();
    for (const auto &cb : job->m_callbacks)
        cb(*job);
    emit jobFinished(job->id(), int(s), job->errorMessage());
    startReady();
}

void JobManager::emitProgress(int id, double fraction, const QString &stage)
{
    if (m_jobs.contains(id))
        emit jobProgress(id, fraction, stage);
}

bool JobManager::waitUntil(const std::function<bool()> &done, int msecs)
{
    QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QObject::connect(this, &JobManager::jobFinished, &loop, &QEventLoop::quit);
        QObject::connect(this, &JobManager::jobProgress, &loop, &QEventLoop::quit);
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool JobManager::waitForAll(int msecs)
{
    return waitUntil([this] { return m_jobs.isEmpty(); }, msecs);
}

bool JobManager::waitFor(const JobPtr &job, int msecs)
{
    const int id = job->id();
    return waitUntil([this, id] { return !m_jobs.contains(id); }, msecs);
}

} // namespace st
