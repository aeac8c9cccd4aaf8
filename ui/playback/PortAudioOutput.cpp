#include "playback/PortAudioOutput.h"
#include "playback/AudioQuiet.h"

#include <portaudio.h>

#include <QCoreApplication>
#include <QVector>
#include <algorithm>
#include <vector>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::PortAudioOutput)
};
} // namespace

struct PortAudioOutput::Impl
{
    bool initialised = false;
    QVector<PaDeviceIndex> devices; // PortAudio indices of output-capable devices
    QStringList names;
    PaStream *stream = nullptr;
    Render render;
    int channels = 1;
    int sampleRate = 0;
    std::vector<float> mono;
    std::atomic<bool> ended{false};
    PortAudioOutput *owner = nullptr;

    static int callback(const void *, void *output, unsigned long frames, const PaStreamCallbackTimeInfo *,
                        PaStreamCallbackFlags, void *user)
    {
        auto *self = static_cast<Impl *>(user);
        auto *out = static_cast<float *>(output);
        if (self->mono.size() < frames)
            self->mono.resize(frames); // first callback only: the buffer size is fixed after that
        const int got = self->ended ? 0 : self->render(self->mono.data(), int(frames));
        for (unsigned long i = 0; i < frames; ++i) {
            const float v = i < (unsigned long)got ? self->mono[i] : 0.f;
            for (int c = 0; c < self->channels; ++c)
                out[i * self->channels + c] = v;
        }
        if (got < int(frames)) {
            self->ended = true;
            return paComplete;
        }
        return paContinue;
    }
    static void finished(void *user)
    {
        auto *self = static_cast<Impl *>(user);
        if (self->ended)
            self->owner->notifyFinished();
    }
};

PortAudioOutput::PortAudioOutput() : d(std::make_unique<Impl>())
{
    d->owner = this;
    quietAudioSystem(); // ALSA's and JACK's probing messages stay off stderr unless asked for (AudioQuiet.h)
    const PaError err = [] {
        const QuietStderr quiet; // and what no handler reaches (JACK's metadata database in a chroot)
        return Pa_Initialize();
    }();
    if (err != paNoError) {
        m_reason = Text::tr("PortAudio could not start: %1").arg(QString::fromUtf8(Pa_GetErrorText(err)));
        return;
    }
    d->initialised = true;
    const int n = Pa_GetDeviceCount();
    for (int i = 0; i < n; ++i) {
        const PaDeviceInfo *info = Pa_GetDeviceInfo(i);
        if (!info || info->maxOutputChannels <= 0)
            continue;
        const PaHostApiInfo *api = Pa_GetHostApiInfo(info->hostApi);
        d->devices.append(i);
        d->names << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(info->name), api ? QString::fromUtf8(api->name) : QStringLiteral("?"));
    }
    const PaDeviceIndex def = Pa_GetDefaultOutputDevice();
    m_current = def == paNoDevice ? (d->devices.isEmpty() ? -1 : 0) : int(d->devices.indexOf(def));
    if (d->devices.isEmpty())
        m_reason = Text::tr("No audio output device was found, so playback is off. Everything else works.");
}

PortAudioOutput::~PortAudioOutput()
{
    stop();
    if (d->initialised) {
        const QuietStderr quiet; // JACK's client closes its metadata database
        Pa_Terminate();
    }
}

QStringList PortAudioOutput::deviceNames() const { return d->names; }

void PortAudioOutput::setDevice(int index)
{
    if (index < 0 || index >= d->devices.size())
        return;
    stop();
    m_current = index;
}

bool PortAudioOutput::isAvailable() const { return d->initialised && m_current >= 0; }

bool PortAudioOutput::start(int sampleRate, Render render, QString *error)
{
    stop();
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (!isAvailable())
        return fail(m_reason);
    const PaDeviceIndex dev = d->devices[m_current];
    const PaDeviceInfo *info = Pa_GetDeviceInfo(dev);
    PaStreamParameters out{};
    out.device = dev;
    out.channelCount = std::min(2, std::max(1, info->maxOutputChannels));
    out.sampleFormat = paFloat32;
    out.suggestedLatency = info->defaultHighOutputLatency;
    d->channels = out.channelCount;
    d->render = std::move(render);
    d->ended = false;
    d->sampleRate = sampleRate;
    d->mono.assign(4096, 0.f);
    PaError err = Pa_OpenStream(&d->stream, nullptr, &out, sampleRate, paFramesPerBufferUnspecified, paClipOff,
                                &Impl::callback, d.get());
    if (err != paNoError) {
        d->stream = nullptr;
        return fail(Text::tr("The device \"%1\" cannot play %2 Hz audio: %3")
                        .arg(d->names.value(m_current))
                        .arg(sampleRate)
                        .arg(QString::fromUtf8(Pa_GetErrorText(err))));
    }
    Pa_SetStreamFinishedCallback(d->stream, &Impl::finished);
    err = Pa_StartStream(d->stream);
    if (err != paNoError) {
        Pa_CloseStream(d->stream);
        d->stream = nullptr;
        return fail(Text::tr("Playback could not start: %1").arg(QString::fromUtf8(Pa_GetErrorText(err))));
    }
    return true;
}

void PortAudioOutput::stop()
{
    if (!d->stream)
        return;
    d->ended = false; // a stop is not an end: no finished notification
    Pa_AbortStream(d->stream);
    Pa_CloseStream(d->stream);
    d->stream = nullptr;
}

bool PortAudioOutput::isRunning() const { return d->stream && Pa_IsStreamActive(d->stream) == 1; }

int64_t PortAudioOutput::latencyFrames() const
{
    if (!d->stream)
        return 0;
    const PaStreamInfo *info = Pa_GetStreamInfo(d->stream);
    return info ? int64_t(info->outputLatency * d->sampleRate) : 0;
}

} // namespace st
