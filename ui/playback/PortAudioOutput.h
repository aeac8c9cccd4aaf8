#pragma once
// AudioOutput through PortAudio (callback stream, float32, mono duplicated to every channel the
// device wants). With no sound card PortAudio initialises with zero devices: the output is then
// unavailable and says so; nothing else in the application depends on it.
#include "playback/AudioOutput.h"

#include <atomic>
#include <memory>

namespace st {

class PortAudioOutput : public AudioOutput
{
public:
    PortAudioOutput();
    ~PortAudioOutput() override;

    QStringList deviceNames() const override;
    int currentDevice() const override { return m_current; }
    void setDevice(int index) override;
    bool isAvailable() const override;
    QString unavailableReason() const override { return m_reason; }

    bool start(int sampleRate, Render render, QString *error) override;
    void stop() override;
    bool isRunning() const override;
    int64_t latencyFrames() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    int m_current = -1;
    QString m_reason;
};

} // namespace st
