#include "AudioDocument.h"

#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QPointer>

namespace st {

AudioDocument::AudioDocument(const QString &path, QObject *parent)
    : QObject(parent), m_file(std::make_shared<AudioFile>(path))
{
    m_pyramid = std::make_shared<PeakPyramid>(m_file->info().frames);
}

AudioDocument::~AudioDocument()
{
    for (const JobPtr &j : m_jobs)
        j->cancel();
}

std::vector<float> AudioDocument::readMono(int64_t start, int64_t count) const
{
    return m_file->readFrames(start, count, MixDown);
}

void AudioDocument::startBackgroundWork(JobManager *jobs)
{
    const QString name = QFileInfo(info().path).fileName();
    if (!jobs) {
        m_pyramid->build(*m_file, MixDown);
        emit pyramidProgress();
        return;
    }
    QPointer<AudioDocument> self(this);
    auto file = m_file;
    auto pyramid = m_pyramid;

    JobPtr pj = std::make_shared<Job>(tr("Waveform overview of %1").arg(name), [file, pyramid](JobContext &ctx) {
        pyramid->build(*file, MixDown, [&ctx](double fraction, int64_t) {
            ctx.setProgress(fraction, QStringLiteral("decoding"));
            return !ctx.isCancelled();
        });
        return QVariant();
    });
    auto statsOut = std::make_shared<AudioStats>();
    JobPtr sj = std::make_shared<Job>(tr("Levels of %1").arg(name), [file, statsOut](JobContext &) {
        *statsOut = file->computeStats();
        return QVariant(true);
    });
    JobPtr hj = std::make_shared<Job>(tr("SHA-256 of %1").arg(name), [file](JobContext &ctx) {
        const QString hex = sha256OfFile(file->info().path, [&ctx](double f) {
            ctx.setProgress(f, QStringLiteral("hashing"));
            return !ctx.isCancelled();
        });
        return QVariant(hex);
    });
    m_jobs = {pj, sj, hj};

    const int pid = pj->id();
    const int hid = hj->id();
    connect(jobs, &JobManager::jobProgress, this, [this, pid, hid](int id, double fraction, const QString &) {
        if (id == pid)
            emit pyramidProgress();
        else if (id == hid) {
            m_hashProgress = fraction;
            emit hashProgress(fraction);
        }
    });
    pj->onFinished([self](const Job &j) {
        if (!self)
            return;
        emit self->pyramidProgress();
        if (j.state() == JobState::Failed)
            emit self->backgroundFailed(j.errorMessage());
    });
    sj->onFinished([self, statsOut](const Job &j) {
        if (!self)
            return;
        if (j.state() == JobState::Succeeded)
            self->m_stats = *statsOut;
        else
            self->m_statsError = j.state() == JobState::Failed ? j.errorMessage() : tr("cancelled");
        emit self->statsReady();
    });
    hj->onFinished([self](const Job &j) {
        if (!self)
            return;
        if (j.state() == JobState::Succeeded) {
            self->m_sha256 = j.result().toString();
            self->m_hashProgress = 1.0;
        } else {
            self->m_hashError = j.state() == JobState::Failed ? j.errorMessage() : tr("cancelled");
        }
        emit self->hashReady(self->m_sha256);
    });
    for (const JobPtr &j : m_jobs)
        jobs->submit(j);
}

} // namespace st
