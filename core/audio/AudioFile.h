#pragma once
// Evidence audio: opened read-only, never written. Decoding is block-wise and on demand so that a
// 10-hour recording opens without decoding everything.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace st {

/// What the container says about an evidence file (everything the metadata panel and `info` show,
/// except the levels, which need a full pass: see AudioStats).
struct AudioInfo
{
    QString path;            ///< absolute path as opened
    QString container;       ///< e.g. "WAV", "FLAC", "OGG", "MP3"
    QString sampleFormat;    ///< e.g. "PCM_16", "PCM_24", "FLOAT", "VORBIS", "OPUS", "MPEG_LAYER_III"
    int sampleRate = 0;
    int channels = 0;
    int64_t frames = 0;
    qint64 fileSize = 0;     ///< bytes
    /// Things the container's header says that disagree with the file (e.g. a data chunk longer than
    /// the bytes present: a truncated recording). The file still opens; the frames that are there count.
    QStringList warnings;
    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

/// Levels measured over the whole file (one pass). Peak/RMS in linear full scale and dBFS.
struct AudioStats
{
    double peak = 0.0;       ///< max |x| over all channels
    double rms = 0.0;        ///< over all channels and frames
    double peakDbfs() const;
    double rmsDbfs() const;
    int64_t clippedSamples = 0; ///< samples with |x| >= 32767/32768 (integer formats) or >= 1.0 (float)
    bool hasNonFinite = false;

    /// The same levels of each channel alone (index = channel), from the same pass.
    struct Channel
    {
        double peak = 0.0;
        double rms = 0.0;
        int64_t clippedSamples = 0;
    };
    std::vector<Channel> channels;
    /// The levels of channel `c` alone as an AudioStats (without per-channel entries); `c` must be
    /// in [0, channels.size()).
    AudioStats ofChannel(int c) const;
};

/// The sample rates SourceTrace accepts, in Hz: a header outside them is taken as corrupt (a 1 Hz
/// header would make a 145 KB file resample to 1.2 G samples). 1 kHz is below any speech codec's
/// rate; 768 kHz is the highest rate audio interfaces record at.
constexpr int kMinSampleRate = 1000;
constexpr int kMaxSampleRate = 768000;
/// The most channels a file may have (libsndfile's own limit is 1024).
constexpr int kMaxChannels = 256;

/// Channel selection for decoding: a channel index >= 0, or MixDown (mean of all channels).
enum : int { MixDown = -1 };

/// A read-only handle on one evidence file. Thread-safe for concurrent readFrames() calls (an internal
/// mutex serialises access to the decoder). Throws st::Error naming the file and the cause for: missing
/// file, no read permission, zero-length file, corrupt/truncated header, unsupported format, zero samples.
class AudioFile
{
public:
    explicit AudioFile(const QString &path);
    ~AudioFile();
    AudioFile(const AudioFile &) = delete;
    AudioFile &operator=(const AudioFile &) = delete;

    const AudioInfo &info() const;

    /// Decodes `count` frames starting at `start` (clamped to the file) of one channel or the mix-down,
    /// as float in [-1, 1]. Throws st::Error on a decode failure or on NaN/Inf samples.
    std::vector<float> readFrames(int64_t start, int64_t count, int channel = MixDown) const;

    /// Whole file, one channel or mix-down, optionally resampled (0 = native rate) with libsoxr HQ.
    /// Checks first that the decoded (and resampled) samples fit in memory (st::checkMemoryBudget):
    /// a long recording that does not is refused with what it needs, before anything is allocated.
    std::vector<float> readAll(int channel = MixDown, int targetRate = 0) const;

    /// One pass over the file: peak, RMS, clipped count; throws on NaN/Inf samples.
    AudioStats computeStats() const;
    /// Same, reporting the fraction done; `progress` returns false to cancel (then the result is a
    /// default AudioStats).
    AudioStats computeStats(const std::function<bool(double)> &progress) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// `path` made absolute without textual cleaning ("a/link/../x.wav" stays what the kernel resolves).
QString evidencePath(const QString &path);

/// Opens an evidence file read-only (O_RDONLY | O_CLOEXEC) and returns the descriptor; throws st::Error
/// with the true cause: not found, a link loop, permissions, a path too long, a folder, a FIFO, a
/// device or a socket (only regular files are evidence).
int openEvidenceReadOnly(const QString &path);

/// SHA-256 of a file's bytes as lower-case hex, read in blocks; `progress(fraction)` may be null and
/// returns false to cancel (then the result is empty). Throws st::Error if the file can't be read.
QString sha256OfFile(const QString &path, const std::function<bool(double)> &progress = {});

/// SHA-256 of a byte buffer, lower-case hex.
QString sha256OfBytes(const QByteArray &bytes);

} // namespace st
