#include "jobs/Job.h"

namespace st {

namespace {
std::atomic<int> g_nextJobId{1};
}

QString jobStateName(JobState s)
{
    switch (s) {
    case JobState::Waiting: return QStringLiteral("waiting");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

void JobContext::checkCancelled() const
{
    if (isCancelled())
        throw JobCancelled{};
}

Job::Job(const QString &description, Work work)
    : m_id(g_nextJobId.fetch_add(1)), m_description(description), m_work(std::move(work))
{
}

JobState Job::state() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_state;
}

double Job::progress() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_progress;
}

QString Job::stage() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_stage;
}

QString Job::errorMessage() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

QVariant Job::result() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_result;
}

bool Job::isFinished() const
{
    const JobState s = state();
    return s == JobState::Succeeded || s == JobState::Failed || s == JobState::Cancelled;
}

void Job::addDependency(const std::shared_ptr<Job> &other)
{
    if (other && other.get() != this)
        m_dependencies.push_back(other);
}

void Job::onFinished(std::function<void(const Job &)> callback)
{
    m_callbacks.push_back(std::move(callback));
}

} // namespace st
