#include "audio/Resampler.h"

#include "audio/AudioFile.h"

#include "util/Error.h"

#include <soxr.h>

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Resampler) };
} // namespace

namespace st {

std::vector<float> resample(const std::vector<float> &in, int fromRate, int toRate)
{
    if (fromRate <= 0 || toRate <= 0)
        throw Error(Text::tr("cannot resample from %1 Hz to %2 Hz: rates must be positive")
                        .arg(fromRate)
                        .arg(toRate));
    if (fromRate == toRate || in.empty())
        return fromRate == toRate ? in : std::vector<float>{};
    const double ratio = double(toRate) / double(fromRate);
    const size_t outLen = size_t(std::llround(double(in.size()) * ratio));
    std::vector<float> out(outLen);
    if (outLen == 0)
        return out;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
    size_t done = 0;
    const soxr_error_t e = soxr_oneshot(double(fromRate), double(toRate), 1, in.data(), in.size(),
                                        nullptr, out.data(), outLen, &done, &io, &q, nullptr);
    if (e)
        throw Error(Text::tr("resampling from %1 Hz to %2 Hz failed (libsoxr: %3)")
                        .arg(fromRate)
                        .arg(toRate)
                        .arg(QString::fromUtf8(e)));
    out.resize(done);
    return out;
}

} // namespace st


namespace st {

namespace {
constexpr int64_t kReadBlock = 65536; // source frames decoded per step
}

StreamResampler::StreamResampler(int fromRate, int toRate)
{
    if (fromRate <= 0 || toRate <= 0)
        throw Error(Text::tr("cannot resample from %1 Hz to %2 Hz: rates must be positive")
                        .arg(fromRate)
                        .arg(toRate));
    m_passThrough = fromRate == toRate;
    m_ratio = double(toRate) / double(fromRate);
    if (m_passThrough)
        return;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t q = soxr_quality_spec(SOXR_HQ, 0);
    soxr_error_t e = nullptr;
    m_soxr = soxr_create(double(fromRate), double(toRate), 1, &e, &io, &q, nullptr);
    if (e || !m_soxr)
        throw Error(Text::tr("resampling from %1 Hz to %2 Hz failed (libsoxr: %3)")
                        .arg(fromRate)
                        .arg(toRate)
                        .arg(QString::fromUtf8(e ? e : "no resampler")));
}

StreamResampler::~StreamResampler()
{
    if (m_soxr)
        soxr_delete(static_cast<soxr_t>(m_soxr));
}

void StreamResampler::process(const float *in, size_t n, std::vector<float> &out)
{
    if (m_passThrough) {
        out.insert(out.end(), in, in + n);
        return;
    }
    size_t consumed = 0;
    while (consumed < n || n == 0) {
        const size_t room = size_t(double(n - consumed) * m_ratio) + 1024;
        const size_t at = out.size();
        out.resize(at + room);
        size_t idone = 0, odone = 0;
        const soxr_error_t e = soxr_process(static_cast<soxr_t>(m_soxr), n ? in + consumed : nullptr, n - consumed, &idone,
                                            out.data() + at, room, &odone);
        out.resize(at + odone);
        if (e)
            throw Error(Text::tr("resampling failed (libsoxr: %1)").arg(QString::fromUtf8(e)));
        consumed += idone;
        if (n == 0) {
            if (odone == 0)
                break; // flushed
        } else if (idone == 0 && odone == 0) {
            break;
        }
    }
}

void StreamResampler::finish(std::vector<float> &out)
{
    if (m_passThrough)
        return;
    process(nullptr, 0, out);
}

ResamplingReader::ResamplingReader(const AudioFile &file, int channel, int targetRate)
    : m_file(file), m_channel(channel), m_resampler(file.info().sampleRate, targetRate > 0 ? targetRate : file.info().sampleRate)
{
    const int to = targetRate > 0 ? targetRate : file.info().sampleRate;
    m_expected = int64_t(std::llround(double(file.info().frames) * double(to) / double(file.info().sampleRate)));
}

ResamplingReader::~ResamplingReader() = default;

double ResamplingReader::fractionRead() const
{
    const int64_t n = m_file.info().frames;
    return n > 0 ? double(m_srcPos) / double(n) : 1.0;
}

int64_t ResamplingReader::read(int64_t n, std::vector<float> &out)
{
    int64_t given = 0;
    n = std::min(n, m_expected - m_given);
    while (given < n) {
        if (m_pendingPos < m_pending.size()) {
            const int64_t take = std::min<int64_t>(n - given, int64_t(m_pending.size() - m_pendingPos));
            out.insert(out.end(), m_pending.begin() + int64_t(m_pendingPos), m_pending.begin() + int64_t(m_pendingPos) + take);
            m_pendingPos += size_t(take);
            given += take;
            m_given += take;
            continue;
        }
        if (m_done)
            break;
        m_pending.clear();
        m_pendingPos = 0;
        const int64_t total = m_file.info().frames;
        if (m_srcPos < total) {
            const std::vector<float> block = m_file.readFrames(m_srcPos, std::min(kReadBlock, total - m_srcPos), m_channel);
            m_srcPos += int64_t(block.size());
            m_resampler.process(block.data(), block.size(), m_pending);
        } else {
            m_resampler.finish(m_pending);
            m_done = true;
        }
    }
    return given;
}

} // namespace st
