#include "audio/AudioFile.h"

#include "audio/Resampler.h"
#include "util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sndfile.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

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
        return QStringLiteral("unsupported or unrecognised audio format (libsndfile: %1); "
                              "supported: WAV, FLAC, OGG/Vorbis, OGG/Opus, MP3 and the other formats of "
                              "libsndfile")
            .arg(lib);
    case SF_ERR_UNSUPPORTED_ENCODING:
        return QStringLiteral("unsupported audio encoding (libsndfile: %1)").arg(lib);
    case SF_ERR_SYSTEM:
        return QStringLiteral("cannot be opened (%1)").arg(lib);
    case SF_ERR_MALFORMED_FILE:
    default:
        return QStringLiteral("corrupt or truncated header (libsndfile: %1)").arg(lib);
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
        sf = sf_open(QFile::encodeName(info.path).constData(), SFM_READ, &si);
        if (!sf)
            throw Error(info.path, openFailureCause(sf_error(nullptr), sf_strerror(nullptr)));
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
            throw Error(info.path, QStringLiteral("cannot seek to frame %1 (libsndfile: %2)")
                                       .arg(frame)
                                       .arg(QString::fromUtf8(sf_strerror(sf))));
        }
        position = target;
        skipTo(frame);
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
                throw Error(info.path, QStringLiteral("decoding stopped at frame %1 while skipping to "
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
                const QString lib = QString::fromUtf8(sf_strerror(sf));
                position = -1; // the next call re-positions the decoder
                throw Error(info.path,
                            QStringLiteral("decoding failed at frame %1 of %2: the file is truncated or "
                                           "corrupt (libsndfile: %3)")
                                .arg(start + done + std::max<sf_count_t>(got, 0))
                                .arg(info.frames)
                                .arg(lib));
            }
            const size_t n = size_t(got) * size_t(ch);
            for (size_t i = 0; i < n; ++i) {
                if (!std::isfinite(buf[i])) {
                    const int64_t frame = start + done + int64_t(i / size_t(ch));
                    throw Error(info.path,
                                QStringLiteral("sample %1 of channel %2 is %3: the float data is corrupt")
                                    .arg(frame)
                                    .arg(int(i % size_t(ch)))
                                    .arg(std::isnan(buf[i]) ? QStringLiteral("NaN")
                                                            : QStringLiteral("infinite")));
                }
            }
            sink(buf.data(), int64_t(got), start + done);
            done += got;
        }
    }
};

AudioFile::AudioFile(const QString &path) : d(std::make_unique<Impl>())
{
    const QFileInfo fi(path);
    d->info.path = fi.absoluteFilePath();
    const QString &p = d->info.path;
    if (!fi.exists())
        throw Error(p, QStringLiteral("file not found"));
    if (fi.isDir())
        throw Error(p, QStringLiteral("is a folder, not an audio file"));
    if (!fi.isReadable())
        throw Error(p, QStringLiteral("no read permission"));
    d->info.fileSize = fi.size();
    if (d->info.fileSize == 0)
        throw Error(p, QStringLiteral("file is empty (0 bytes)"));
    {
        // Tell "cannot read" apart from "not audio" before libsndfile does (it reports both as errors
        // of its own).
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(p, QStringLiteral("cannot be read: %1").arg(f.errorString()));
    }

    SF_INFO si{};
    d->sf = sf_open(QFile::encodeName(p).constData(), SFM_READ, &si);
    if (!d->sf) {
        const int code = sf_error(nullptr);
        throw Error(p, openFailureCause(code, sf_strerror(nullptr)));
    }
    if (si.samplerate <= 0)
        throw Error(p, QStringLiteral("corrupt header: sample rate %1 Hz").arg(si.samplerate));
    if (si.channels <= 0)
        throw Error(p, QStringLiteral("corrupt header: %1 channels").arg(si.channels));
    if (si.frames <= 0)
        throw Error(p, QStringLiteral("contains no audio samples (0 frames)"));
    d->sfFormat = si.format;
    d->seekable = si.seekable != 0;
    d->info.container = containerName(si.format);
    d->info.sampleFormat = sampleFormatName(si.format);
    d->info.sampleRate = si.samplerate;
    d->info.channels = si.channels;
    d->info.frames = si.frames;

    // libsndfile notes header fields that disagree with the file (e.g. a data chunk longer than the
    // bytes present: a truncated recording) in its log; it reads what is there. Surface that.
    char log[8192] = {0};
    sf_command(d->sf, SFC_GET_LOG_INFO, log, sizeof(log) - 1);
    const QString logText = QString::fromUtf8(log);
    for (const QString &line : logText.split(QLatin1Char('\n'))) {
        // e.g. "data : 32000 (should be 19956)"
        static const QRegularExpression sizeMismatch(QStringLiteral("\\(should be \\d+\\)"));
        if (line.contains(sizeMismatch)) {
            d->info.warnings << QStringLiteral("header field disagrees with the file (%1): the file may be "
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
        throw Error(d->info.path, QStringLiteral("channel %1 does not exist (the file has %2 channel%3)")
                                      .arg(channel + 1)
                                      .arg(ch)
                                      .arg(ch == 1 ? QString() : QStringLiteral("s")));
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
