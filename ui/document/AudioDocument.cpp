#include "document/AudioDocument.h"

#include "audio/SparseOverview.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

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
    if (m_pyramidJob)
        m_pyramidJob->cancel();
    if (m_sketchCancel)
        m_sketchCancel->store(true);
}

bool AudioDocument::wantsProvisionalOverview(const AudioInfo &info)
{
    return info.frames > 0 && info.sampleFormat.compare(QLatin1String("OPUS"), Qt::CaseInsensitive) != 0;
}

std::vector<float> AudioDocument::readMono(int64_t start, int64_t count) const
{
    // Called from paint events and read-outs: a decoding error (NaN samples, a cut FLAC or MP3) must
    // not leave them. The error is reported once (readFailed) and the damaged stretch reads as empty.
    try {
        return m_file->readFrames(start, count, m_channel);
    } catch (const std::exception &e) {
        noteReadError(QString::fromUtf8(e.what()));
    } catch (...) {
        noteReadError(tr("%1: decoding failed").arg(info().path));
    }
    return {};
}

void AudioDocument::noteReadError(const QString &message) const
{
    if (!m_readError.isEmpty())
        return;
    m_readError = message;
    // Queued: the reader may be a paint event, where showing a dialog is no good.
    QMetaObject::invokeMethod(const_cast<AudioDocument *>(this), [this, message]() { emit const_cast<AudioDocument *>(this)->readFailed(message); },
                              Qt::QueuedConnection);
}

void AudioDocument::setChannel(int channel)
{
    if (channel != MixDown && (channel < 0 || channel >= info().channels))
        throw Error(info().path, tr("no channel %1 (the file has %2 channel(s); use 1 to %2 or the mix-down)")
                                     .arg(channel + 1)
                                     .arg(info().channels));
    if (channel == m_channel)
        return;
    m_channel = channel;
    if (m_pyramidJob)
        m_pyramidJob->cancel();
    m_pyramidJob.reset();
    if (m_sketchCancel)
        m_sketchCancel->store(true);
    m_sketchCancel.reset();
    ++m_sketchSerial;
    m_sketch.reset();
    m_pyramid = std::make_shared<PeakPyramid>(m_file->info().frames);
    emit channelChanged(channel);
    startSketch();
    startPyramid();
}

void AudioDocument::startPyramid()
{
    if (!m_jobManager) {
        m_pyramid->build(*m_file, m_channel);
        emit pyramidProgress();
        return;
    }
    QPointer<AudioDocument> self(this);
    auto file = m_file;
    auto pyramid = m_pyramid;
    const int channel = m_channel;
    const QString name = QFileInfo(info().path).fileName();
    const QString what = channel == MixDown ? tr("Waveform overview of %1").arg(name)
                                            : tr("Waveform overview of %1, channel %2").arg(name).arg(channel + 1);
    const std::function<void()> gate = m_options.pyramidGate;
    JobPtr pj = std::make_shared<Job>(what, [file, pyramid, channel, gate](JobContext &ctx) {
        if (gate)
            gate();
        pyramid->build(*file, channel, [&ctx](double fraction, int64_t) {
            ctx.setProgress(fraction, QStringLiteral("decoding"));
            return !ctx.isCancelled();
        });
        return QVariant();
    });
    const int pid = pj->id();
    connect(m_jobManager, &JobManager::jobProgress, this, [this, pid](int id, double, const QString &) {
        if (m_pyramidJob && id == pid && m_pyramidJob->id() == pid)
            emit pyramidProgress();
    });
    pj->onFinished([self, pid](const Job &j) {
        if (!self || !self->m_pyramidJob || self->m_pyramidJob->id() != pid)
            return;
        emit self->pyramidProgress();
        if (j.state() == JobState::Failed) {
            if (self->m_readError.isEmpty())
                self->m_readError = j.errorMessage(); // the overview stops at the damage: say so in the views
            emit self->backgroundFailed(j.errorMessage());
        }
    });
    m_pyramidJob = pj;
    m_jobManager->submit(pj);
}

void AudioDocument::startSketch()
{
    // Without a manager the pyramid is built at once: a sketch would never be seen.
    if (!m_jobManager || !m_options.provisionalOverview || !wantsProvisionalOverview(info()))
        return;
    // Runs on Qt's global pool rather than as a JobManager job, so that it starts at once beside the
    // pyramid even when the manager has a single thread (as on a 2-core machine) and never delays it.
    QPointer<AudioDocument> self(this);
    auto file = m_file;
    auto pyramid = m_pyramid;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const int channel = m_channel;
    const int columns = std::max(1, m_options.provisionalColumns);
    const int probe = std::max(1, m_options.probeFrames);
    const int serial = ++m_sketchSerial;
    m_sketchCancel = cancel;
    QThreadPool::globalInstance()->start([=]() {
        const int64_t frames = file->info().frames;
        auto out = std::make_shared<std::vector<MinMax>>();
        bool stopped = false;
        try {
            *out = sparseOverview(*file, channel, columns, probe, [&](int) {
                // Not needed any more once the exact pyramid covers the whole file.
                stopped = cancel->load() || pyramid->readyFrames() >= frames;
                return !stopped;
            });
        } catch (const std::exception &) {
            stopped = true; // the pyramid job reads the same frames and reports the error
        }
        if (stopped)
            return;
        // Back on the GUI thread (where the application object lives); `self` is checked there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, serial, out]() {
                if (!self || self->m_sketchSerial != serial)
                    return;
                self->m_sketch = out;
                emit self->provisionalOverviewReady();
            },
            Qt::QueuedConnection);
    });
}

void AudioDocument::startBackgroundWork(JobManager *jobs)
{
    const QString name = QFileInfo(info().path).fileName();
    m_jobManager = jobs;
    startSketch();
    startPyramid();
    if (!jobs)
        return;
    QPointer<AudioDocument> self(this);
    auto file = m_file;
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
    m_jobs = {sj, hj};

    const int hid = hj->id();
    connect(jobs, &JobManager::jobProgress, this, [this, hid](int id, double fraction, const QString &) {
        if (id == hid) {
            m_hashProgress = fraction;
            emit hashProgress(fraction);
        }
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
