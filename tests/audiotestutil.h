#pragma once
// Helpers for suites that make their own (broken) evidence files: write audio with libsndfile, read
// and write raw bytes, hash a file, and capture the st::Error a call throws.
#include "util/Error.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace sttest {

/// Interleaved float frames written with libsndfile in `format`; false (reason in `why`) when this
/// libsndfile cannot write that format.
inline bool writeAudio(const QString &path, int format, int rate, int channels, const std::vector<float> &x,
                       QString *why = nullptr)
{
    SF_INFO si{};
    si.samplerate = rate;
    si.channels = channels;
    si.format = format;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
    if (!f) {
        if (why)
            *why = QString::fromUtf8(sf_strerror(nullptr));
        return false;
    }
    const sf_count_t frames = sf_count_t(x.size()) / channels;
    const bool ok = sf_writef_float(f, x.data(), frames) == frames;
    sf_close(f);
    return ok;
}

inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool putBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(b) == b.size();
}

inline QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
}

/// A sine of `hz` Hz at amplitude `a`, `n` samples at `rate`.
inline std::vector<float> sineWave(int rate, int64_t n, double hz, double a)
{
    std::vector<float> x(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        x[size_t(i)] = float(a * std::sin(2.0 * M_PI * hz * double(i) / rate));
    return x;
}

/// A canonical 44-byte-header WAV (PCM 16 or IEEE float 32), written byte by byte so that any
/// header value (a 1 Hz rate) can be made.
inline QByteArray wavBytes(uint32_t rate, uint16_t channels, const std::vector<float> &x, bool asFloat = false)
{
    auto le32 = [](QByteArray &b, uint32_t v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
    };
    auto le16 = [](QByteArray &b, uint16_t v) {
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
    };
    const uint16_t bytesPer = asFloat ? 4 : 2;
    QByteArray data;
    for (float v : x) {
        if (asFloat) {
            uint32_t u;
            std::memcpy(&u, &v, 4);
            le32(data, u);
        } else {
            const int s = int(std::lround(std::fmax(-1.0, std::fmin(1.0, double(v))) * 32767.0));
            le16(data, uint16_t(int16_t(s)));
        }
    }
    QByteArray b("RIFF");
    le32(b, uint32_t(36 + data.size()));
    b.append("WAVEfmt ");
    le32(b, 16);
    le16(b, asFloat ? 3 : 1);
    le16(b, channels);
    le32(b, rate);
    le32(b, uint32_t(uint64_t(rate) * channels * bytesPer));
    le16(b, uint16_t(channels * bytesPer));
    le16(b, uint16_t(8 * bytesPer));
    b.append("data");
    le32(b, uint32_t(data.size()));
    b.append(data);
    return b;
}

/// The st::Error message `fn` throws; "NO ERROR" when it throws nothing, "NOT st::Error: ..." for
/// any other exception.
template <typename Fn>
QString errorFrom(Fn fn)
{
    try {
        fn();
    } catch (const st::Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QStringLiteral("NOT st::Error: ") + QString::fromUtf8(e.what());
    }
    return QStringLiteral("NO ERROR");
}

} // namespace sttest
