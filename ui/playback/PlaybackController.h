#pragma once
// The position logic of playback, independent of any device: play from a point to the end, play a
// range (the selection), loop it, pause and resume where the sound stopped, stop (back to where
// playing started), and the position being heard for the play cursor. Frames are pulled by an
// AudioOutput (PortAudio, or a fake in tests); the document is read in blocks ahead of the output.
#include "playback/AudioOutput.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <mutex>
#include <vector>

namespace st {

class PlaybackController : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)
    /// Mono frames [start, start + count) of the document, clipped to it (may return fewer).
    using Reader = std::function<std::vector<float>(int64_t start, int64_t count)>;

    /// `output` must outlive the controller.
    explicit PlaybackController(AudioOutput *output, QObject *parent = nullptr);
    ~PlaybackController() override;

    /// The document to play (stops what was playing; position 0).
    void setSource(int sampleRate, int64_t totalFrames, Reader reader);
    void clearSource();
    bool hasSource() const { return m_total > 0 && bool(m_reader); }
    AudioOutput *output() const { return m_output; }

    State state() const { return m_state; }
    /// The frame being heard now (while playing: frames handed over minus the output's latency).
    int64_t position() const;
    int64_t rangeStart() const { return m_rangeStart; }
    int64_t rangeEnd() const { return m_rangeEnd; }
    bool isLooping() const { return m_loop.load(); }

public slots:
    /// Paused: resumes. Otherwise plays from the position to the end of the document (from 0 when
    /// the position is at the end). Returns false (and emits errorOccurred) when it cannot.
    bool play();
    /// Plays frames [a, b) (clamped; order does not matter), from a.
    bool playRange(int64_t a, int64_t b);
    void pause();
    bool resume();
    /// Stops; the position returns to where this play started.
    void stop();
    void togglePlayPause();
    /// Moves the position (the start point of the next play). While playing, playing jumps there
    /// (within the range being played).
    void seek(int64_t frame);
    /// When on, reaching the end of the range continues at its start.
    void setLoop(bool on);

signals:
    void stateChanged(st::PlaybackController::State state);
    void positionChanged(qint64 frame);
    void errorOccurred(const QString &message);

private:
    int render(float *out, int frames);
    bool startOutput();
    void setState(State s);
    void onOutputFinished(quint64 generation);

    AudioOutput *m_output;
    Reader m_reader;
    int m_rate = 0;
    int64_t m_total = 0;
    State m_state = State::Stopped;
    int64_t m_rangeStart = 0;
    int64_t m_rangeEnd = 0;
    int64_t m_origin = 0;               // where the current play started (stop returns here)
    std::atomic<int64_t> m_pos{0};      // next frame to hand to the output
    std::atomic<bool> m_loop{false};
    std::atomic<quint64> m_generation{0};
    std::mutex m_mutex;                 // guards the range and the read-ahead buffer in render()
    std::vector<float> m_buffer;
    int64_t m_bufferStart = -1;
    QTimer m_ticker;
};

} // namespace st
