#include "audio/AudioFile.h"

#include "audio/Resampler.h"
#include "util/Error.h"
#include "util/Memory.h"

#include <QFile>
#include <QDir>
#include <QRegularExpression>

#include <sndfile.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AudioFile) };
} // namespace

namespace st {

namespace {

// Frames decoded per sf_readf_float call: large enough to amortise the call, small enough that the
// interleaved buffer of an 8-channel file stays at a few MB.
constexpr int64_t kChunkFrames = 65536;

QString containerName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: return QStringLiteral("WAV");
    case SF_FORMAT_WAVEX: return QStringLiteral("WAVEX");
    case SF_FORMAT_RF64: return QStringLiteral("RF64");
    case SF_FORMAT_W64: return QStringLiteral("W64");
    case SF_FORMAT_AIFF: return QStringLiteral("AIFF");
    case SF_FORMAT_AU: return QStringLiteral("AU");
    case SF_FORMAT_RAW: return QStringLiteral("RAW");
    case SF_FORMAT_FLAC: return QStringLiteral("FLAC");
    case SF_FORMAT_OGG: return QStringLiteral("OGG");
    case SF_FORMAT_CAF: return QStringLiteral("CAF");
    case SF_FORMAT_MPEG: return QStringLiteral("MP3");
    default: break;
    }
    SF_FORMAT_INFO fi{};
    fi.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fi, sizeof(fi)) == 0 && fi.extension)
        return QString::fromLatin1(fi.extension).toUpper();
    return QStringLiteral("0x%1").arg(format & SF_FORMAT_TYPEMASK, 0, 16);
}

QString sampleFormatName(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: return QStringLiteral("PCM_S8");
    case SF_FORMAT_PCM_U8: return QStringLiteral("PCM_U8");
    case SF_FORMAT_PCM_16: return QStringLiteral("PCM_16");
    case SF_FORMAT_PCM_24: return QStringLiteral("PCM_24");
    case SF_FORMAT_PCM_32: return QStringLiteral("PCM_32");
    case SF_FORMAT_FLOAT: return QStringLiteral("FLOAT");
    case SF_FORMAT_DOUBLE: return QStringLiteral("DOUBLE");
    case SF_FORMAT_ULAW: return QStringLiteral("ULAW");
    case SF_FORMAT_ALAW: return QStringLiteral("ALAW");
    case SF_FORMAT_IMA_ADPCM: return QStringLiteral("IMA_ADPCM");
    case SF_FORMAT_MS_ADPCM: return QStringLiteral("MS_ADPCM");
    case SF_FORMAT_GSM610: return QStringLiteral("GSM610");
    case SF_FORMAT_VORBIS: return QStringLiteral("VORBIS");
    case SF_FORMAT_OPUS: return QStringLiteral("OPUS");
    case SF_FORMAT_MPEG_LAYER_I: return QStringLiteral("MPEG_LAYER_I");
    case SF_FORMAT_MPEG_LAYER_II: return QStringLiteral("MPEG_LAYER_II");
    case SF_FORMAT_MPEG_LAYER_III: return QStringLiteral("MPEG_LAYER_III");
    case SF_FORMAT_ALAC_16: return QStringLiteral("ALAC_16");
    case SF_FORMAT_ALAC_20: return QStringLiteral("ALAC_20");
    case SF_FORMAT_ALAC_24: return QStringLiteral("ALAC_24");
    case SF_FORMAT_ALAC_32: return QStringLiteral("ALAC_32");
    default: break;
    }
    return QStringLiteral("0x%1").arg(format & SF_FORMAT_SUBMASK, 0, 16);
}

/// The smallest |x| that counts as clipped: the full-scale code of an integer format (as libsndfile
/// normalises it to float: 32767/32768 for 16 bit), 1.0 for float and lossy formats.
double clipThreshold(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8: return 127.0 / 128.0;
    case SF_FORMAT_PCM_16: return 32767.0 / 32768.0;
    case SF_FORMAT_PCM_24: return 8388607.0 / 8388608.0;
    // 2^31-1 / 2^31 is not representable in float: the decoded sample rounds to 1.0f. Use the
    // largest float below 1.0 so that full-scale PCM_32 codes still count.
    case SF_FORMAT_PCM_32: return double(std::nextafter(1.0f, 0.0f));
    default: return 1.0;
    }
}

/// A cause a person can act on, from libsndfile's error after a failed sf_open.
QString openFailureCause(int code, const char *text)
{
    const QString lib = QString::fromUtf8(text ? text : "").trimmed();
    switch (code) {
    case SF_ERR_UNRECOGNISED_FORMAT:
        return Text::tr("unsupported or unrecognised audio format (libsndfile: %1); "
                              "supported: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 and the other formats of "
                              "libsndfile")
            .arg(lib);
    case SF_ERR_UNSUPPORTED_ENCODING:
        return Text::tr("unsupported audio encoding (libsndfile: %1)").arg(lib);
    case SF_ERR_SYSTEM:
        return Text::tr("cannot be opened (%1)").arg(lib);
    case SF_ERR_MALFORMED_FILE:
    default:
        return Text::tr("corrupt or truncated header (libsndfile: %1)").arg(lib);
    }
}

/// The true cause of a failed open(2)/stat(2) of an evidence path, in words.
QString systemOpenCause(int err, const QByteArray &native)
{
    switch (err) {
    case ENOENT: return Text::tr("file not found");
    case ELOOP: return Text::tr("cannot be opened: a symbolic link on the path points back at itself (a link loop)");
    case EACCES:
        return Text::tr("permission denied: no read permission on the file, or no search (x) permission on one "
                              "of the folders of its path");
    case ENAMETOOLONG:
        return Text::tr("the path is too long for the system (%1 bytes; at most %2 in all and 255 per name)")
            .arg(native.size())
            .arg(PATH_MAX - 1);
    case ENOTDIR: return Text::tr("cannot be opened: a part of the path that should be a folder is a file");
    case EMFILE:
    case ENFILE: return Text::tr("cannot be opened: too many open files");
    default: return Text::tr("cannot be opened (%1)").arg(QString::fromLocal8Bit(std::strerror(err)));
    }
}

/// Opens an evidence path read-only with O_CLOEXEC; throws st::Error with the true cause. Paths of any
/// length the system allows work (libsndfile's own open keeps the name in a fixed buffer).
int openEvidenceFd(const QByteArray &native, const QString &path)
{
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        throw Error(path, systemOpenCause(errno, native));
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        throw Error(path, systemOpenCause(e, native));
    }
    QString notRegular;
    if (S_ISDIR(st.st_mode))
        notRegular = Text::tr("is a folder, not an audio file");
    else if (S_ISFIFO(st.st_mode))
        notRegular = Text::tr("is a FIFO (named pipe), not a regular file: evidence must be a file that can be "
                                    "read twice and hashed; copy the stream into a file first");
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        notRegular = Text::tr("is a device, not a regular file: copy the recording into a file first");
    else if (S_ISSOCK(st.st_mode))
        notRegular = Text::tr("is a socket, not a regular file");
    else if (!S_ISREG(st.st_mode))
        notRegular = Text::tr("is not a regular file");
    if (!notRegular.isEmpty()) {
        ::close(fd);
        throw Error(path, notRegular);
    }
    // Blocking reads from here on (O_NONBLOCK only kept a FIFO's open from waiting for a writer).
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

/// The most frames a file of `bytes` bytes can decode to in this encoding: a bound from the smallest
/// packet each codec can have, used to catch headers that claim impossible lengths (an MP3 whose Xing
/// header claims 77 G frames in 145 KB).
int64_t maxPlausibleFrames(int format, int64_t bytes, int rate)
{
    const int64_t b = bytes + 4096;
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_MPEG_LAYER_I:
    case SF_FORMAT_MPEG_LAYER_II:
    case SF_FORMAT_MPEG_LAYER_III: return b * 64; // >= 24 bytes per frame of <= 1152 samples
    case SF_FORMAT_VORBIS: return b * 4096;       // a 1-byte packet yields at most half an 8192 block
    case SF_FORMAT_OPUS: return b * 5760 * std::max(1, rate) / 48000 + 5760; // <= 120 ms per packet
    case SF_FORMAT_FLAC: return b * 8192;         // a constant 65535-sample frame takes ~8 bytes
    default: return b * 8192;
    }
}

} // namespace

double AudioStats::peakDbfs() const
{
    return peak > 0.0 ? 20.0 * std::log10(peak) : -std::numeric_limits<double>::infinity();
}

double AudioStats::rmsDbfs() const
{
    return rms > 0.0 ? 20.0 * std::log10(rms) : -std::numeric_limits<double>::infinity();
}

AudioStats AudioStats::ofChannel(int c) const
{
    const Channel &ch = channels.at(size_t(c));
    AudioStats s;
    s.peak = ch.peak;
    s.rms = ch.rms;
    s.clippedSamples = ch.clippedSamples;
    s.hasNonFinite = hasNonFinite;
    return s;
}

struct AudioFile::Impl
{
    AudioInfo info;
    QByteArray nativePath;
    int sfFormat = 0;
    bool seekable = true;
    mutable std::mutex mutex;
    mutable SNDFILE *sf = nullptr;
    mutable int64_t position = 0; // decoder position in frames; -1 = unknown (after an error)

    ~Impl()
    {
        if (sf)
            sf_close(sf);
    }

    void openDecoder() const
    {
        SF_INFO si{};
        // Read-only: evidence is never written.
        const int fd = openEvidenceFd(nativePath, info.path);
        sf = sf_open_fd(fd, SFM_READ, &si, SF_TRUE);
        if (!sf) {
            ::close(fd);
            throw Error(info.path, openFailureCause(sf_error(nullptr), sf_strerror(nullptr)));
        }
        position = 0;
    }

    /// Frames to decode before a seek target so that random access yields the same samples as a
    /// sequential decode. With libsndfile 1.2.0 the decoder's first output after a seek is not
    /// converged: after an MP3 seek libmpg123 can output wrong samples for up to ~6000 frames (seen at
    /// 22.05 kHz; the bit reservoir and its resync), the first lapped Vorbis block after a seek is wrong
    /// (libsndfile issue #885), and the Opus decoder needs about three seconds of history at rates
    /// other than 48 kHz to give identical floats. Measured here: these amounts, with margin, make
    /// random reads equal the sequential decode (tests/tst_audio_loader.cpp, 47 positions per file).
    int64_t seekPreroll() const
    {
        switch (sfFormat & SF_FORMAT_SUBMASK) {
        case SF_FORMAT_MPEG_LAYER_I:
        case SF_FORMAT_MPEG_LAYER_II:
        case SF_FORMAT_MPEG_LAYER_III: return std::max<int64_t>(16384, info.sampleRate);
        case SF_FORMAT_VORBIS: return 8192;
        case SF_FORMAT_OPUS: return 48000;
        default: return 0;
        }
    }

    /// Positions the decoder at `frame` (caller holds the mutex).
    void seekTo(int64_t frame) const
    {
        if (frame == position)
            return;
        if (!seekable) {
            // Reopen when going back, then decode and discard up to `frame`.
            if (position < 0 || frame < position) {
                sf_close(sf);
                sf = nullptr;
                openDecoder();
            }
            skipTo(frame);
            return;
        }
        const int64_t preroll = std::min<int64_t>(frame, seekPreroll());
        const int64_t target = frame - preroll;
        if (sf_seek(sf, target, SEEK_SET) != target) {
            position = -1;
            throw Error(info.path, Text::tr("cannot seek to frame %1 (libsndfile: %2)")
                                       .arg(frame)
                                       .arg(QString::fromUtf8(sf_strerror(sf))));
        }
        position = target;
        skipTo(frame);
    }

    /// libsndfile's error for the open decoder as " (libsndfile: ...)", or nothing when it has none
    /// (a short read at a cut is no error to libsndfile: it says "No Error").
    QString libraryError() const
    {
        if (!sf || sf_error(sf) == SF_ERR_NO_ERROR)
            return {};
        return QStringLiteral(" (libsndfile: %1)").arg(QString::fromUtf8(sf_strerror(sf)));
    }

    /// Counts the frames the file really decodes to, up to `limit` (for a header that gives no length
    /// or an impossible one). Leaves the decoder at an unknown position.
    int64_t countFrames(int64_t limit) const
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (position != 0) {
            if (sf_seek(sf, 0, SEEK_SET) != 0) {
                sf_close(sf);
                sf = nullptr;
                openDecoder();
            }
        }
        std::vector<float> scratch(size_t(kChunkFrames) * size_t(info.channels));
        int64_t n = 0;
        while (n <= limit) {
            const sf_count_t got = sf_readf_float(sf, scratch.data(), kChunkFrames);
            if (got <= 0)
                break;
            n += got;
        }
        position = -1;
        return n;
    }

    /// Decodes and discards frames up to `frame` (>= position).
    void skipTo(int64_t frame) const
    {
        if (position >= frame)
            return;
        std::vector<float> scratch(size_t(std::min<int64_t>(kChunkFrames, frame - position))
                                   * size_t(info.channels));
        while (position < frame) {
            const int64_t want = std::min<int64_t>(kChunkFrames, frame - position);
            const sf_count_t got = sf_readf_float(sf, scratch.data(), want);
            if (got <= 0) {
                const int64_t at = position;
                position = -1;
                throw Error(info.path, Text::tr("decoding stopped at frame %1 while skipping to "
                                                      "frame %2: the file is truncated or corrupt")
                                           .arg(at)
                                           .arg(frame));
            }
            position += got;
        }
    }

    /// Decodes frames [start, start+count) (already clamped) interleaved into `buf`, calling
    /// `sink(interleaved, frames, firstFrame)` per chunk. Throws on short reads and non-finite samples.
    template <typename Sink>
    void decode(int64_t start, int64_t count, Sink &&sink) const
    {
        std::lock_guard<std::mutex> lock(mutex);
        seekTo(start);
        const int ch = info.channels;
        std::vector<float> buf(size_t(std::min<int64_t>(kChunkFrames, std::max<int64_t>(count, 1)))
                               * size_t(ch));
        int64_t done = 0;
        while (done < count) {
            const int64_t want = std::min<int64_t>(kChunkFrames, count - done);
            const sf_count_t got = sf_readf_float(sf, buf.data(), want);
            if (got > 0)
                position += got;
            if (got != want) {
                const QString lib = libraryError();
                position = -1; // the next call re-positions the decoder
                throw Error(info.path,
                            Text::tr("decoding failed at frame %1 of %2: the file is truncated or "
                                           "corrupt%3")
                                .arg(start + done + std::max<sf_count_t>(got, 0))
                                .arg(info.frames)
                                .arg(lib));
            }
            const size_t n = size_t(got) * size_t(ch);
            for (size_t i = 0; i < n; ++i) {
                if (!std::isfinite(buf[i])) {
                    const int64_t frame = start + done + int64_t(i / size_t(ch));
                    throw Error(info.path,
                                (std::isnan(buf[i]) ? Text::tr("sample %1 of channel %2 is NaN: the float data is corrupt")
                                                    : Text::tr("sample %1 of channel %2 is infinite: the float data is corrupt"))
                                    .arg(frame)
                                    .arg(int(i % size_t(ch))));
                }
            }
            sink(buf.data(), int64_t(got), start + done);
            done += got;
        }
    }
};

int openEvidenceReadOnly(const QString &path)
{
    return openEvidenceFd(QFile::encodeName(path), path);
}

QString evidencePath(const QString &path)
{
    return path.isEmpty() || QDir::isAbsolutePath(path) ? path : QDir::currentPath() + QLatin1Char('/') + path;
}

AudioFile::AudioFile(const QString &path) : d(std::make_unique<Impl>())
{
    // Absolute without textual cleaning: "a/link/../x.wav" is what the kernel resolves (through the
    // link), not "a/x.wav" (QFileInfo::absoluteFilePath would clean it to another file or none).
    d->info.path = evidencePath(path);
    const QString &p = d->info.path;
    d->nativePath = QFile::encodeName(p);
    if (p.isEmpty())
        throw Error(Text::tr("no file name given"));
    // One open(2) says what is wrong with the path (missing, link loop, permissions, too long, a FIFO
    // or device, a folder); the decoder then reads through that descriptor.
    const int fd = openEvidenceFd(d->nativePath, p);
    struct stat st{};
    ::fstat(fd, &st);
    d->info.fileSize = qint64(st.st_size);
    if (d->info.fileSize == 0) {
        ::close(fd);
        throw Error(p, Text::tr("file is empty (0 bytes)"));
    }

    SF_INFO si{};
    d->sf = sf_open_fd(fd, SFM_READ, &si, SF_TRUE);
    if (!d->sf) {
        const int code = sf_error(nullptr);
        ::close(fd);
        throw Error(p, openFailureCause(code, sf_strerror(nullptr)));
    }
    if (si.samplerate <= 0)
        throw Error(p, Text::tr("corrupt header: sample rate %1 Hz").arg(si.samplerate));
    if (si.samplerate < kMinSampleRate || si.samplerate > kMaxSampleRate)
        throw Error(p, Text::tr("the header gives a sample rate of %1 Hz, outside the range SourceTrace accepts "
                                      "(%2 to %3 Hz): the header is corrupt or the file is not a recording")
                           .arg(si.samplerate)
                           .arg(kMinSampleRate)
                           .arg(kMaxSampleRate));
    if (si.channels <= 0)
        throw Error(p, Text::tr("corrupt header: %1 channels").arg(si.channels));
    if (si.channels > kMaxChannels)
        throw Error(p, Text::tr("the header gives %1 channels, more than the %2 SourceTrace accepts: the header "
                                      "is corrupt")
                           .arg(si.channels)
                           .arg(kMaxChannels));
    if (si.frames <= 0)
        throw Error(p, Text::tr("contains no audio samples (0 frames)"));
    d->sfFormat = si.format;
    d->seekable = si.seekable != 0;
    d->info.container = containerName(si.format);
    d->info.sampleFormat = sampleFormatName(si.format);
    d->info.sampleRate = si.samplerate;
    d->info.channels = si.channels;
    d->info.frames = si.frames;

    // A length the header does not give (libsndfile says SF_COUNT_MAX, e.g. a cut Ogg stream) or
    // cannot be true for the bytes present (a forged MP3 Xing header): count what really decodes.
    const int64_t bound = maxPlausibleFrames(si.format, d->info.fileSize, si.samplerate);
    if (si.frames >= bound || si.frames == std::numeric_limits<sf_count_t>::max()) {
        const int64_t counted = d->countFrames(bound);
        const bool unknown = si.frames == std::numeric_limits<sf_count_t>::max();
        if (counted <= 0)
            throw Error(p, unknown ? Text::tr("contains no decodable audio (the header gives no length)")
                                   : Text::tr("contains no decodable audio (the header claims %1 frames in %2 bytes)")
                                         .arg(si.frames)
                                         .arg(d->info.fileSize));
        if (counted > bound)
            throw Error(p, Text::tr("decodes to more frames than %1 bytes can hold: the file is corrupt")
                               .arg(d->info.fileSize));
        d->info.frames = counted;
        d->info.warnings << (unknown ? Text::tr("the container gives no length (the file may be cut short); %1 frames "
                                                      "were decoded and are used")
                                           .arg(counted)
                                     : Text::tr("the header claims %1 frames, which %2 bytes cannot hold; %3 frames "
                                                      "were decoded and are used")
                                           .arg(si.frames)
                                           .arg(d->info.fileSize)
                                           .arg(counted));
    }

    // libsndfile notes header fields that disagree with the file (e.g. a data chunk longer than the
    // bytes present: a truncated recording) in its log; it reads what is there. Surface that.
    char log[8192] = {0};
    sf_command(d->sf, SFC_GET_LOG_INFO, log, sizeof(log) - 1);
    const QString logText = QString::fromUtf8(log);
    for (const QString &line : logText.split(QLatin1Char('\n'))) {
        // e.g. "data : 32000 (should be 19956)"
        static const QRegularExpression sizeMismatch(QStringLiteral("\\(should be \\d+\\)"));
        if (line.contains(sizeMismatch)) {
            d->info.warnings << Text::tr("header field disagrees with the file (%1): the file may be "
                                               "truncated or edited")
                                    .arg(line.simplified());
        }
    }
}

AudioFile::~AudioFile() = default;

const AudioInfo &AudioFile::info() const
{
    return d->info;
}

std::vector<float> AudioFile::readFrames(int64_t start, int64_t count, int channel) const
{
    const int ch = d->info.channels;
    if (channel != MixDown && (channel < 0 || channel >= ch))
        throw Error(d->info.path, Text::tr("channel %1 does not exist (the file has %n channel(s))", nullptr, ch)
                                      .arg(channel + 1));
    start = std::clamp<int64_t>(start, 0, d->info.frames);
    count = std::clamp<int64_t>(count, 0, d->info.frames - start);
    std::vector<float> out(static_cast<size_t>(count));
    if (count == 0)
        return out;
    d->decode(start, count, [&](const float *buf, int64_t n, int64_t first) {
        float *o = out.data() + (first - start);
        if (ch == 1) {
            std::copy(buf, buf + n, o);
        } else if (channel == MixDown) {
            const float scale = 1.0f / float(ch);
            for (int64_t f = 0; f < n; ++f) {
                float s = 0.f;
                for (int c = 0; c < ch; ++c)
                    s += buf[f * ch + c];
                o[f] = s * scale;
            }
        } else {
            for (int64_t f = 0; f < n; ++f)
                o[f] = buf[f * ch + channel];
        }
    });
    return out;
}

std::vector<float> AudioFile::readAll(int channel, int targetRate) const
{
    const double ratio = targetRate > 0 ? double(targetRate) / d->info.sampleRate : 1.0;
    // The mono decode, the resampled copy, and libsndfile's interleaved block.
    const double need = double(d->info.frames) * 4.0 * (1.0 + (ratio != 1.0 ? ratio : 0.0));
    checkMemoryBudget(need > 9e18 ? -1 : int64_t(need),
                      ratio != 1.0 ? Text::tr("decoding the whole recording (%1 s at %2 Hz)")
                                         .arg(d->info.durationSeconds(), 0, 'f', 1)
                                         .arg(targetRate)
                                   : Text::tr("decoding the whole recording (%1 s)").arg(d->info.durationSeconds(), 0, 'f', 1),
                      d->info.path,
                      Text::tr("analyse it in windows (detect --timeline, --policy sliding-windows) or a part of it"));
    std::vector<float> x = readFrames(0, d->info.frames, channel);
    if (targetRate > 0 && targetRate != d->info.sampleRate)
        return resample(x, d->info.sampleRate, targetRate);
    return x;
}

AudioStats AudioFile::computeStats() const
{
    return computeStats({});
}

AudioStats AudioFile::computeStats(const std::function<bool(double)> &progress) const
{
    AudioStats st;
    const double clip = clipThreshold(d->sfFormat);
    const int ch = d->info.channels;
    const int64_t total = d->info.frames;
    double sumSq = 0.0;
    float peak = 0.f;
    int64_t clipped = 0;
    std::vector<double> chSumSq(size_t(ch), 0.0);
    std::vector<float> chPeak(size_t(ch), 0.f);
    std::vector<int64_t> chClipped(size_t(ch), 0);
    struct Cancelled {};
    try {
        d->decode(0, total, [&](const float *buf, int64_t n, int64_t first) {
            for (int c = 0; c < ch; ++c) {
                double s2 = 0.0;
                float pk = chPeak[size_t(c)];
                int64_t cl = 0;
                for (int64_t i = 0; i < n; ++i) {
                    const float v = buf[size_t(i) * size_t(ch) + size_t(c)];
                    const float a = std::fabs(v);
                    pk = std::max(pk, a);
                    s2 += double(v) * double(v);
                    if (double(a) >= clip)
                        ++cl;
                }
                chPeak[size_t(c)] = pk;
                chSumSq[size_t(c)] += s2;
                chClipped[size_t(c)] += cl;
                peak = std::max(peak, pk);
                sumSq += s2;
                clipped += cl;
            }
            if (progress && !progress(double(first + n) / double(total)))
                throw Cancelled{};
        });
    } catch (const Cancelled &) {
        return AudioStats{};
    }
    st.peak = peak;
    st.rms = std::sqrt(sumSq / (double(total) * double(ch)));
    st.clippedSamples = clipped;
    st.hasNonFinite = false; // decode() throws on the first NaN/Inf
    st.channels.resize(size_t(ch));
    for (int c = 0; c < ch; ++c) {
        st.channels[size_t(c)].peak = chPeak[size_t(c)];
        st.channels[size_t(c)].rms = std::sqrt(chSumSq[size_t(c)] / double(total));
        st.channels[size_t(c)].clippedSamples = chClipped[size_t(c)];
    }
    return st;
}

} // namespace st
