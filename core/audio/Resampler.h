#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace st {

/// Sample-rate conversion with libsoxr at high quality (SOXR_HQ), mono float.
/// Throws st::Error on invalid rates.
std::vector<float> resample(const std::vector<float> &in, int fromRate, int toRate);

} // namespace st

namespace st {

class AudioFile;

/// Streaming sample-rate conversion (libsoxr HQ, mono float): feed blocks, take the output as it
/// comes; finish() flushes the filter's tail. The output equals resample() of the whole input.
class StreamResampler
{
public:
    StreamResampler(int fromRate, int toRate); ///< throws st::Error on invalid rates
    ~StreamResampler();
    StreamResampler(const StreamResampler &) = delete;
    StreamResampler &operator=(const StreamResampler &) = delete;

    /// Appends the output for `n` more input samples to `out`.
    void process(const float *in, size_t n, std::vector<float> &out);
    /// Appends the rest of the output (call once, after the last input).
    void finish(std::vector<float> &out);

private:
    void *m_soxr = nullptr;
    bool m_passThrough = false;
    double m_ratio = 1.0;
};

/// Reads an evidence file front to back, one channel or the mix-down, at a target rate, a block at a
/// time: long recordings are analysed in bounded memory (a window of the model at a time).
class ResamplingReader
{
public:
    ResamplingReader(const AudioFile &file, int channel, int targetRate);
    ~ResamplingReader();

    /// The length at the target rate (the resampled length: round(frames * target / source)).
    int64_t expectedLength() const { return m_expected; }
    /// Appends up to `n` more samples at the target rate to `out`; returns how many (0 at the end).
    int64_t read(int64_t n, std::vector<float> &out);
    /// Source frames decoded so far, as a fraction of the file.
    double fractionRead() const;
    bool atEnd() const { return m_given >= m_expected || (m_done && m_pendingPos >= m_pending.size()); }

private:
    const AudioFile &m_file;
    int m_channel;
    int64_t m_expected = 0;
    int64_t m_srcPos = 0;
    int64_t m_given = 0; ///< never more than m_expected, as resample() of the whole clip
    bool m_done = false;
    std::vector<float> m_pending; ///< resampled, not yet handed out
    size_t m_pendingPos = 0;
    StreamResampler m_resampler;
};

} // namespace st
