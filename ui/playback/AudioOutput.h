#pragma once
// Where played audio goes. The PlaybackController pulls mono float frames through a render
// callback; an implementation feeds them to a device (PortAudioOutput) or to a test (FakeAudioOutput).
// Having no device is a normal state: isAvailable() is false and unavailableReason() says why.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>

namespace st {

class AudioOutput
{
public:
    /// Fills `out` with up to `frames` mono frames and returns how many it wrote; fewer than asked
    /// means the end (the output plays what it got, then calls the finished callback). May be called
    /// on a real-time audio thread.
    using Render = std::function<int(float *out, int frames)>;

    virtual ~AudioOutput() = default;

    /// Names of the output devices, in the order setDevice() takes (may be empty).
    virtual QStringList deviceNames() const = 0;
    /// Index into deviceNames() of the device in use (-1 = none).
    virtual int currentDevice() const = 0;
    virtual void setDevice(int index) = 0;
    virtual bool isAvailable() const = 0;
    virtual QString unavailableReason() const = 0;

    /// Starts pulling frames at `sampleRate`. Returns false (and an error a person can act on) when
    /// the device cannot play.
    virtual bool start(int sampleRate, Render render, QString *error) = 0;
    /// Stops at once (no finished callback).
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    /// Frames handed over but not heard yet (so the play cursor is drawn where the sound is).
    virtual int64_t latencyFrames() const { return 0; }

    /// Called (on any thread) once the stream ended because render() returned fewer frames.
    void setFinishedCallback(std::function<void()> cb) { m_finished = std::move(cb); }

protected:
    void notifyFinished()
    {
        if (m_finished)
            m_finished();
    }

private:
    std::function<void()> m_finished;
};

} // namespace st
