#include "playback/PlaybackController.h"

#include <QThread>
#include <algorithm>
#include <cstring>

namespace st {

namespace {
constexpr int64_t kReadAhead = 16384;
}

PlaybackController::PlaybackController(AudioOutput *output, QObject *parent) : QObject(parent), m_output(output)
{
    m_ticker.setInterval(30);
    connect(&m_ticker, &QTimer::timeout, this, [this]() { emit positionChanged(position()); });
    m_output->setFinishedCallback([this]() {
        const quint64 gen = m_generation.load();
        if (QThread::currentThread() == thread())
            onOutputFinished(gen);
        else
            QMetaObject::invokeMethod(this, [this, gen]() { onOutputFinished(gen); }, Qt::QueuedConnection);
    });
}

PlaybackController::~PlaybackController()
{
    m_output->stop();
    m_output->setFinishedCallback({});
}

void PlaybackController::setSource(int sampleRate, int64_t totalFrames, Reader reader)
{
    stop();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_rate = sampleRate;
    m_total = std::max<int64_t>(0, totalFrames);
    m_reader = std::move(reader);
    m_rangeStart = 0;
    m_rangeEnd = m_total;
    m_origin = 0;
    m_pos = 0;
    m_buffer.clear();
    m_bufferStart = -1;
}

void PlaybackController::clearSource() { setSource(0, 0, {}); }

int64_t PlaybackController::position() const
{
    const int64_t pos = m_pos.load();
    if (m_state != State::Playing)
        return pos;
    int64_t heard = pos - m_output->latencyFrames();
    if (heard < m_rangeStart) {
        // Just wrapped while looping: the end of the range is still being heard.
        heard = m_loop ? std::max(m_rangeStart, m_rangeEnd - (m_rangeStart - heard)) : m_rangeStart;
    }
    return std::clamp(heard, m_rangeStart, m_rangeEnd);
}

void PlaybackController::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    if (s == State::Playing)
        m_ticker.start();
    else
        m_ticker.stop();
    emit stateChanged(s);
    emit positionChanged(position());
}

bool PlaybackController::startOutput()
{
    ++m_generation;
    QString error;
    const bool ok = m_output->start(m_rate, [this](float *out, int n) { return render(out, n); }, &error);
    if (!ok) {
        emit errorOccurred(error);
        return false;
    }
    setState(State::Playing);
    return true;
}

bool PlaybackController::play()
{
    if (m_state == State::Paused)
        return resume();
    if (!hasSource())
        return false;
    int64_t from = m_pos.load();
    if (from >= m_total)
        from = 0;
    return playRange(from, m_total);
}

bool PlaybackController::playRange(int64_t a, int64_t b)
{
    if (!hasSource())
        return false;
    m_output->stop();
    if (b < a)
        std::swap(a, b);
    a = std::clamp<int64_t>(a, 0, m_total);
    b = std::clamp<int64_t>(b, 0, m_total);
    if (b <= a)
        return false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_rangeStart = a;
        m_rangeEnd = b;
        m_origin = a;
        m_pos = a;
    }
    return startOutput();
}

void PlaybackController::pause()
{
    if (m_state != State::Playing)
        return;
    const int64_t heard = position();
    m_output->stop();
    m_pos = heard;
    setState(State::Paused);
}

bool PlaybackController::resume()
{
    if (m_state != State::Paused)
        return false;
    return startOutput();
}

void PlaybackController::stop()
{
    m_output->stop();
    ++m_generation;
    if (m_state == State::Stopped)
        return;
    m_pos = m_origin;
    setState(State::Stopped);
}

void PlaybackController::togglePlayPause()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void PlaybackController::seek(int64_t frame)
{
    frame = std::clamp<int64_t>(frame, 0, m_total);
    if (m_state == State::Playing) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (frame < m_rangeStart || frame >= m_rangeEnd) {
            m_rangeStart = 0;
            m_rangeEnd = m_total;
        }
        m_pos = frame;
        return;
    }
    m_pos = frame;
    m_origin = frame;
    if (m_state == State::Paused) {
        if (frame < m_rangeStart || frame >= m_rangeEnd) {
            m_rangeStart = 0;
            m_rangeEnd = m_total;
        }
    }
    emit positionChanged(frame);
}

void PlaybackController::setLoop(bool on) { m_loop = on; }

int PlaybackController::render(float *out, int frames)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    int written = 0;
    int64_t pos = m_pos.load();
    while (written < frames) {
        if (pos >= m_rangeEnd) {
            if (m_loop && m_rangeEnd > m_rangeStart)
                pos = m_rangeStart;
            else
                break;
        }
        if (m_bufferStart < 0 || pos < m_bufferStart || pos >= m_bufferStart + int64_t(m_buffer.size())) {
            // Runs on the audio thread: a decoding error ends playback there and is reported on the
            // GUI thread (an exception must never leave the audio callback).
            try {
                m_buffer = m_reader ? m_reader(pos, kReadAhead) : std::vector<float>();
            } catch (const std::exception &e) {
                m_buffer.clear();
                const QString msg = QString::fromUtf8(e.what());
                QMetaObject::invokeMethod(this, [this, msg]() { emit errorOccurred(msg); }, Qt::QueuedConnection);
            }
            m_bufferStart = pos;
            if (m_buffer.empty())
                break;
        }
        const int64_t avail = std::min(m_bufferStart + int64_t(m_buffer.size()), m_rangeEnd) - pos;
        const int take = int(std::min<int64_t>(frames - written, avail));
        std::memcpy(out + written, m_buffer.data() + (pos - m_bufferStart), size_t(take) * sizeof(float));
        written += take;
        pos += take;
    }
    m_pos = pos;
    return written;
}

void PlaybackController::onOutputFinished(quint64 generation)
{
    if (generation != m_generation.load() || m_state != State::Playing)
        return;
    m_pos = m_origin; // like stop(): back to where this play started
    setState(State::Stopped);
}

} // namespace st
