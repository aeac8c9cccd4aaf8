#pragma once
// An AudioOutput without a device, driven by hand: pump(n) pulls n frames as if the device had
// played them, on the calling thread. For tests of the playback logic and for machines with no
// sound card.
#include "playback/AudioOutput.h"

#include <vector>

namespace st {

class FakeAudioOutput : public AudioOutput
{
public:
    explicit FakeAudioOutput(bool available = true) : m_available(available) {}

    QStringList deviceNames() const override { return m_available ? QStringList{QStringLiteral("Fake output")} : QStringList{}; }
    int currentDevice() const override { return m_available ? 0 : -1; }
    void setDevice(int) override {}
    bool isAvailable() const override { return m_available; }
    QString unavailableReason() const override { return m_available ? QString() : QStringLiteral("no audio output device"); }

    bool start(int sampleRate, Render render, QString *error) override
    {
        if (!m_available) {
            if (error)
                *error = unavailableReason();
            return false;
        }
        m_rate = sampleRate;
        m_render = std::move(render);
        m_running = true;
        return true;
    }
    void stop() override { m_running = false; }
    bool isRunning() const override { return m_running; }

    /// Pulls `frames` frames (appending them to played()); returns how many came. Ends the stream
    /// (and calls the finished callback) when fewer came.
    int pump(int frames)
    {
        if (!m_running)
            return 0;
        std::vector<float> buf(size_t(std::max(0, frames)));
        const int got = m_render(buf.data(), frames);
        m_played.insert(m_played.end(), buf.begin(), buf.begin() + got);
        if (got < frames) {
            m_running = false;
            notifyFinished();
        }
        return got;
    }
    const std::vector<float> &played() const { return m_played; }
    int sampleRate() const { return m_rate; }

private:
    bool m_available;
    bool m_running = false;
    int m_rate = 0;
    Render m_render;
    std::vector<float> m_played;
};

} // namespace st
