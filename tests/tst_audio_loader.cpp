// Evidence loading: every format the issue names, written here with libsndfile and read back through
// st::AudioFile (rate, channels, frames, sample values: exact for PCM, within a tolerance for lossy
// codecs), channel selection and mix-down, random access, and every error path on broken files that
// the test makes itself.
#include "audio/AudioFile.h"
#include "util/Error.h"

#include "audiotestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace st;

namespace {

/// Writes interleaved float frames with libsndfile (tests/audiotestutil.h).
bool writeFloat(const QString &path, int format, int rate, int channels, const std::vector<float> &x,
                QString *why = nullptr)
{
    return sttest::writeAudio(path, format, rate, channels, x, why);
}

/// Writes left-justified 32-bit integer frames (libsndfile's int convention).
bool writeInt(const QString &path, int format, int rate, int channels, const std::vector<int> &x)
{
    SF_INFO si{};
    si.samplerate = rate;
    si.channels = channels;
    si.format = format;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
    if (!f)
        return false;
    const sf_count_t frames = sf_count_t(x.size()) / channels;
    const bool ok = sf_writef_int(f, x.data(), frames) == frames;
    sf_close(f);
    return ok;
}

QByteArray fileBytes(const QString &path) { return sttest::bytesOf(path); }

void writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(b), qint64(b.size()));
}

/// A sine of `hz` at amplitude `a` (reference signal for lossy codecs).
std::vector<float> sine(int rate, int64_t n, double hz, double a) { return sttest::sineWave(rate, n, hz, a); }

double rmsOf(const std::vector<float> &x, size_t from, size_t to)
{
    double s = 0;
    for (size_t i = from; i < to; ++i)
        s += double(x[i]) * double(x[i]);
    return std::sqrt(s / double(to - from));
}

/// Frequency from zero crossings (upward) of x[from, to): independent of the code under test.
double zeroCrossingHz(const std::vector<float> &x, size_t from, size_t to, int rate)
{
    double first = -1, last = -1;
    int count = 0;
    for (size_t i = from + 1; i < to; ++i) {
        if (x[i - 1] < 0.f && x[i] >= 0.f) {
            const double t = double(i - 1) + double(-x[i - 1]) / double(x[i] - x[i - 1]);
            if (first < 0)
                first = t;
            last = t;
            ++count;
        }
    }
    return count > 1 ? (count - 1) * rate / (last - first) : 0.0;
}

/// The st::Error thrown by `fn`, or a failed test.
template <typename Fn>
QString errorOf(Fn fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QStringLiteral("NOT st::Error: ") + QString::fromUtf8(e.what());
    }
    return QStringLiteral("NO ERROR");
}

} // namespace

class TestAudioLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- lossless formats: exact sample values --------------------------------------------------
    void pcmExact_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("sampleFormat");
        QTest::addColumn<int>("rate");
        const int rates[] = {8000, 11025, 16000, 22050, 32000, 44100, 48000};
        struct F
        {
            const char *name;
            int format;
            int bits;
            const char *container;
            const char *sub;
        };
        const F fmts[] = {
            {"wav16", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16, "WAV", "PCM_16"},
            {"wav24", SF_FORMAT_WAV | SF_FORMAT_PCM_24, 24, "WAV", "PCM_24"},
            {"wav32", SF_FORMAT_WAV | SF_FORMAT_PCM_32, 32, "WAV", "PCM_32"},
            {"flac16", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 16, "FLAC", "PCM_16"},
            {"flac24", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 24, "FLAC", "PCM_24"},
        };
        for (const F &f : fmts)
            for (int r : rates)
                QTest::addRow("%s-%d", f.name, r) << f.format << f.bits << QString::fromLatin1(f.container)
                                                 << QString::fromLatin1(f.sub) << r;
    }

    void pcmExact()
    {
        QFETCH(int, format);
        QFETCH(int, bits);
        QFETCH(QString, container);
        QFETCH(QString, sampleFormat);
        QFETCH(int, rate);
        // Random integer codes of the format's width, full scale included, left-justified into 32 bits.
        const int64_t n = rate / 2 + 17;
        std::mt19937 rng{uint32_t(rate * 31 + bits)};
        std::vector<int> codes(static_cast<size_t>(n));
        const int64_t maxCode = (int64_t(1) << (bits - 1)) - 1;
        std::uniform_int_distribution<int64_t> dist(-maxCode - 1, maxCode);
        for (auto &c : codes)
            c = int(dist(rng));
        codes[0] = int(maxCode);
        codes[1] = int(-maxCode - 1);
        std::vector<int> stored(codes.size());
        for (size_t i = 0; i < codes.size(); ++i)
            stored[i] = int(uint32_t(codes[i]) << (32 - bits));
        const QString p = path(QStringLiteral("pcm_%1_%2_%3.%4")
                                   .arg(bits)
                                   .arg(rate)
                                   .arg(format, 0, 16)
                                   .arg(container == QLatin1String("FLAC") ? "flac" : "wav"));
        QVERIFY(writeInt(p, format, rate, 1, stored));

        AudioFile af(p);
        QCOMPARE(af.info().container, container);
        QCOMPARE(af.info().sampleFormat, sampleFormat);
        QCOMPARE(af.info().sampleRate, rate);
        QCOMPARE(af.info().channels, 1);
        QCOMPARE(af.info().frames, n);
        QCOMPARE(af.info().fileSize, QFileInfo(p).size());
        QCOMPARE(af.info().path, QFileInfo(p).absoluteFilePath());
        QVERIFY(af.info().warnings.isEmpty());
        const std::vector<float> x = af.readAll();
        QCOMPARE(int64_t(x.size()), n);
        const double scale = std::ldexp(1.0, -(bits - 1));
        for (int64_t i = 0; i < n; ++i) {
            const float expected = float(double(codes[size_t(i)]) * scale);
            if (x[size_t(i)] != expected)
                QFAIL(qPrintable(QStringLiteral("sample %1: got %2, expected %3 (code %4)")
                                     .arg(i)
                                     .arg(double(x[size_t(i)]), 0, 'g', 10)
                                     .arg(double(expected), 0, 'g', 10)
                                     .arg(codes[size_t(i)])));
        }
        // Random access: a window in the middle equals the same slice of the whole.
        const std::vector<float> w = af.readFrames(n / 3, 1000);
        QCOMPARE(w.size(), size_t(1000));
        QVERIFY(std::equal(w.begin(), w.end(), x.begin() + n / 3));
    }

    void floatWavExact()
    {
        const int rate = 16000;
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> dist(-1.5f, 1.5f);
        std::vector<float> x(20000);
        for (auto &v : x)
            v = dist(rng);
        const QString p = path(QStringLiteral("float.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, rate, 1, x));
        AudioFile af(p);
        QCOMPARE(af.info().sampleFormat, QStringLiteral("FLOAT"));
        QCOMPARE(af.info().frames, int64_t(x.size()));
        QVERIFY(af.readAll() == x); // float is stored as is, values beyond full scale included
    }

    // ---- lossy codecs: rate, channels, frames exact; signal within a tolerance --------------------
    void lossy_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("sampleFormat");
        QTest::addColumn<int>("rate");
        for (int r : {8000, 11025, 16000, 22050, 32000, 44100, 48000})
            QTest::addRow("vorbis-%d", r) << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS) << "OGG" << "VORBIS" << r;
        for (int r : {8000, 16000, 24000, 48000})
            QTest::addRow("opus-%d", r) << int(SF_FORMAT_OGG | SF_FORMAT_OPUS) << "OGG" << "OPUS" << r;
        for (int r : {8000, 11025, 16000, 22050, 32000, 44100, 48000})
            QTest::addRow("mp3-%d", r) << int(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << "MP3"
                                       << "MPEG_LAYER_III" << r;
    }

    void lossy()
    {
        QFETCH(int, format);
        QFETCH(QString, container);
        QFETCH(QString, sampleFormat);
        QFETCH(int, rate);
        const int64_t n = rate * 2;
        const double hz = 440.0, amp = 0.5;
        const std::vector<float> x = sine(rate, n, hz, amp);
        const QString p = path(QStringLiteral("lossy_%1_%2.%3")
                                   .arg(sampleFormat)
                                   .arg(rate)
                                   .arg(container == QLatin1String("MP3") ? "mp3" : "ogg"));
        QString why;
        QVERIFY2(writeFloat(p, format, rate, 1, x, &why), qPrintable(why));
        AudioFile af(p);
        QCOMPARE(af.info().container, container);
        QCOMPARE(af.info().sampleFormat, sampleFormat);
        QCOMPARE(af.info().sampleRate, rate);
        QCOMPARE(af.info().channels, 1);
        QCOMPARE(af.info().frames, n);
        const std::vector<float> y = af.readAll();
        QCOMPARE(int64_t(y.size()), n);
        // Away from the codec's start-up and end: level within 1 dB, frequency within 0.5 %.
        const size_t a = size_t(rate / 4), b = size_t(n - rate / 4);
        const double levelDb = 20 * std::log10(rmsOf(y, a, b) / (amp / std::sqrt(2.0)));
        QVERIFY2(std::fabs(levelDb) < 1.0, qPrintable(QStringLiteral("level off by %1 dB").arg(levelDb)));
        const double f = zeroCrossingHz(y, a, b, rate);
        QVERIFY2(std::fabs(f - hz) < hz * 0.005, qPrintable(QStringLiteral("frequency %1 Hz").arg(f)));
        // Random access gives the same samples as the sequential decode (MP3 needs a pre-roll for
        // this: the bit reservoir).
        std::mt19937 rng{uint32_t(rate)};
        std::vector<int64_t> starts = {1, 1000, rate, rate + 577, rate / 2, 3 * rate / 2, n - 3000};
        for (int k = 0; k < 40; ++k)
            starts.push_back(int64_t(rng() % uint32_t(n - 2000)));
        for (int64_t start : starts) {
            const std::vector<float> w = af.readFrames(start, 2000);
            QCOMPARE(w.size(), size_t(2000));
            double worst = 0;
            for (size_t i = 0; i < w.size(); ++i)
                worst = std::max(worst, double(std::fabs(w[i] - y[size_t(start) + i])));
            QVERIFY2(worst < 1e-6, qPrintable(QStringLiteral("window at %1 differs from the sequential "
                                                             "decode by %2")
                                                  .arg(start)
                                                  .arg(worst)));
        }
    }

    // ---- channels ---------------------------------------------------------------------------------
    void channelsAndMixDown_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("channels");
        QTest::addRow("wav16-stereo") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 2;
        QTest::addRow("wav16-4ch") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 4;
        QTest::addRow("flac24-stereo") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_24) << 2;
        QTest::addRow("float-6ch") << int(SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 6;
    }

    void channelsAndMixDown()
    {
        QFETCH(int, format);
        QFETCH(int, channels);
        const int64_t n = 70000; // more than one decode chunk
        // Channel c holds 16-bit codes, exact in every format. Integer formats get left-justified ints
        // (libsndfile scales float writes by 32767, int writes are exact), FLOAT gets the floats.
        auto code = [&](int64_t i, int c) { return int((i * (c + 3) + c * 1000) % 65536) - 32768; };
        auto value = [&](int64_t i, int c) { return float(code(i, c)) / 32768.0f; };
        std::vector<int> inter(static_cast<size_t>(n * channels));
        std::vector<float> interF(static_cast<size_t>(n * channels));
        for (int64_t i = 0; i < n; ++i)
            for (int c = 0; c < channels; ++c) {
                inter[size_t(i * channels + c)] = int(uint32_t(code(i, c)) << 16);
                interF[size_t(i * channels + c)] = value(i, c);
            }
        const QString p = path(QStringLiteral("multi_%1_%2.%3")
                                   .arg(channels)
                                   .arg(format, 0, 16)
                                   .arg((format & SF_FORMAT_TYPEMASK) == SF_FORMAT_FLAC ? "flac" : "wav"));
        if ((format & SF_FORMAT_SUBMASK) == SF_FORMAT_FLOAT)
            QVERIFY(writeFloat(p, format, 16000, channels, interF));
        else
            QVERIFY(writeInt(p, format, 16000, channels, inter));
        AudioFile af(p);
        QCOMPARE(af.info().channels, channels);
        QCOMPARE(af.info().frames, n);
        for (int c = 0; c < channels; ++c) {
            const std::vector<float> x = af.readAll(c);
            QCOMPARE(int64_t(x.size()), n);
            for (int64_t i = 0; i < n; i += 997)
                QCOMPARE(x[size_t(i)], value(i, c));
            QCOMPARE(x[size_t(n - 1)], value(n - 1, c));
        }
        const std::vector<float> mix = af.readAll(); // MixDown is the default
        const std::vector<float> mix2 = af.readFrames(0, n, MixDown);
        QVERIFY(mix == mix2);
        for (int64_t i = 0; i < n; i += 13) {
            double s = 0;
            for (int c = 0; c < channels; ++c)
                s += value(i, c);
            QVERIFY(std::fabs(mix[size_t(i)] - s / channels) < 1e-6);
        }
        // A channel that is not there is an error naming the file, not a crash.
        const QString e = errorOf([&] { af.readFrames(0, 10, channels); });
        QVERIFY2(e.contains(af.info().path) && e.contains(QLatin1String("does not exist")), qPrintable(e));
    }

    void readFramesClampsToTheFile()
    {
        const std::vector<float> x = sine(8000, 5000, 100, 0.25);
        const QString p = path(QStringLiteral("clamp.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 8000, 1, x));
        AudioFile af(p);
        QCOMPARE(af.readFrames(4990, 100).size(), size_t(10));
        QCOMPARE(af.readFrames(6000, 100).size(), size_t(0));
        QCOMPARE(af.readFrames(-50, 100).size(), size_t(100));
        QCOMPARE(af.readFrames(-50, 100)[0], x[0]);
        // Out of order and repeated reads give the same samples.
        const auto a = af.readFrames(3000, 500);
        const auto b = af.readFrames(100, 500);
        const auto c = af.readFrames(3000, 500);
        QVERIFY(a == c);
        QVERIFY(std::equal(b.begin(), b.end(), x.begin() + 100));
    }

    void readAllResamples()
    {
        const std::vector<float> x = sine(44100, 44100, 1000, 0.5);
        const QString p = path(QStringLiteral("rs.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 44100, 1, x));
        AudioFile af(p);
        const std::vector<float> y = af.readAll(MixDown, 16000);
        QVERIFY(std::abs(int64_t(y.size()) - 16000) <= 1);
        const double f = zeroCrossingHz(y, 2000, y.size() - 2000, 16000);
        QVERIFY2(std::fabs(f - 1000.0) < 0.5, qPrintable(QString::number(f)));
    }

    // ---- levels -----------------------------------------------------------------------------------
    void statsPcm16()
    {
        std::vector<int> codes = {0, 1000, -2000, 32767, -32768, 32767, 16384, -16384, 5, -5};
        std::vector<int> stored;
        for (int c : codes)
            stored.push_back(int(uint32_t(c) << 16));
        const QString p = path(QStringLiteral("stats16.wav"));
        QVERIFY(writeInt(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, stored));
        const AudioStats s = AudioFile(p).computeStats();
        double sum = 0;
        for (int c : codes)
            sum += (c / 32768.0) * (c / 32768.0);
        QCOMPARE(s.peak, 1.0);
        QVERIFY(std::fabs(s.rms - std::sqrt(sum / codes.size())) < 1e-9);
        QCOMPARE(s.clippedSamples, int64_t(3)); // +32767 twice and -32768 once
        QCOMPARE(s.peakDbfs(), 0.0);
        QVERIFY(std::fabs(s.rmsDbfs() - 20 * std::log10(std::sqrt(sum / codes.size()))) < 1e-9);
        QVERIFY(!s.hasNonFinite);
    }

    void statsFloatStereo()
    {
        // Clipping in float formats means |x| >= 1.0.
        std::vector<float> inter = {0.5f, -0.25f, 1.0f, 0.f, -1.5f, 0.999f, 0.1f, 0.1f};
        const QString p = path(QStringLiteral("statsf.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 8000, 2, inter));
        AudioFile af(p);
        int progressCalls = 0;
        const AudioStats s = af.computeStats([&](double f) {
            ++progressCalls;
            return f >= 0 && f <= 1;
        });
        QVERIFY(progressCalls >= 1);
        double sum = 0;
        for (float v : inter)
            sum += double(v) * v;
        QCOMPARE(s.peak, 1.5);
        QVERIFY(std::fabs(s.rms - std::sqrt(sum / inter.size())) < 1e-7);
        QCOMPARE(s.clippedSamples, int64_t(2));
        // Silence: -inf dBFS.
        const QString q = path(QStringLiteral("silence.wav"));
        QVERIFY(writeFloat(q, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, std::vector<float>(100, 0.f)));
        const AudioStats z = AudioFile(q).computeStats();
        QCOMPARE(z.peak, 0.0);
        QVERIFY(std::isinf(z.peakDbfs()) && z.peakDbfs() < 0);
    }

    // ---- evidence is never written ----------------------------------------------------------------
    void neverWritesEvidence()
    {
        const QString p = path(QStringLiteral("ro.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, sine(16000, 16000, 300, 0.3)));
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileBytes(p);
        const QDateTime mtime = QFileInfo(p).lastModified();
        {
            AudioFile af(p);
            af.readAll();
            af.computeStats();
            af.readFrames(100, 100);
        }
        QCOMPARE(fileBytes(p), before);
        QCOMPARE(QFileInfo(p).lastModified(), mtime);
    }

    // ---- long recordings open from the header alone -----------------------------------------------
    void tenHourFileOpensFromHeader()
    {
        // A 10-hour 16 kHz 16-bit WAV as a sparse file: only its header and last samples hold bytes,
        // so the test makes it instantly; opening it must not decode 1.15 GB.
        const int64_t frames = int64_t(10) * 3600 * 16000;
        const QString p = path(QStringLiteral("tenhours.wav"));
        {
            std::vector<int> one = {0};
            QVERIFY(writeInt(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, one));
            QByteArray h = fileBytes(p).left(44);
            QCOMPARE(h.mid(36, 4), QByteArray("data"));
            const uint32_t dataBytes = uint32_t(frames * 2);
            const uint32_t riff = dataBytes + 36;
            std::memcpy(h.data() + 4, &riff, 4); // little-endian host
            std::memcpy(h.data() + 40, &dataBytes, 4);
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(h);
            QVERIFY(f.resize(44 + frames * 2));
            QVERIFY(f.seek(44 + (frames - 3) * 2));
            const int16_t tail[3] = {1234, -4321, 32767};
            f.write(reinterpret_cast<const char *>(tail), sizeof(tail));
        }
        AudioFile af(p);
        QCOMPARE(af.info().frames, frames);
        QCOMPARE(af.info().durationSeconds(), 36000.0);
        const std::vector<float> last = af.readFrames(frames - 5, 100);
        QCOMPARE(last.size(), size_t(5));
        QCOMPARE(last[0], 0.f);
        QCOMPARE(last[2], 1234.f / 32768.f);
        QCOMPARE(last[3], -4321.f / 32768.f);
        QCOMPARE(last[4], 32767.f / 32768.f);
        QFile::remove(p);
    }

    // ---- errors: a clear st::Error naming the file and the cause, never a crash -------------------
    void missingFile()
    {
        const QString p = path(QStringLiteral("nothere.wav"));
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("not found")), qPrintable(e));
    }

    void folderIsNotAudio()
    {
        const QString e = errorOf([&] { AudioFile af(m_dir.path()); });
        QVERIFY2(e.contains(m_dir.path()) && e.contains(QLatin1String("folder")), qPrintable(e));
    }

    void unreadableFile()
    {
        const QString p = path(QStringLiteral("secret.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, std::vector<float>(100, 0.1f)));
        QVERIFY(QFile::setPermissions(p, QFileDevice::Permissions()));
        if (::geteuid() == 0)
            QSKIP("running as root: a chmod 000 file is still readable, so 'no read permission' cannot "
                  "be provoked");
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p) && e.contains(QLatin1String("read permission")), qPrintable(e));
        const QString h = errorOf([&] { sha256OfFile(p); });
        QVERIFY2(h.startsWith(p) && h.contains(QLatin1String("read permission")), qPrintable(h));
    }

    void zeroLengthFile()
    {
        const QString p = path(QStringLiteral("empty.wav"));
        writeBytes(p, QByteArray());
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p) && e.contains(QLatin1String("empty (0 bytes)")), qPrintable(e));
    }

    void truncatedHeader_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("keepBytes");
        QTest::addRow("wav-12") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << "wav" << 12;
        QTest::addRow("wav-30") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << "wav" << 30;
        QTest::addRow("wav-40") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << "wav" << 40;
        QTest::addRow("flac-40") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << "flac" << 40;
        QTest::addRow("ogg-300") << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS) << "ogg" << 300;
    }

    void truncatedHeader()
    {
        QFETCH(int, format);
        QFETCH(QString, ext);
        QFETCH(int, keepBytes);
        const QString good = path(QStringLiteral("good_%1.%2").arg(keepBytes).arg(ext));
        QVERIFY(writeFloat(good, format, 16000, 1, sine(16000, 16000, 440, 0.5)));
        const QString p = path(QStringLiteral("trunc_%1.%2").arg(keepBytes).arg(ext));
        writeBytes(p, fileBytes(good).left(keepBytes));
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("corrupt")) || e.contains(QLatin1String("unsupported")), qPrintable(e));
    }

    void corruptHeader()
    {
        // A WAV whose fmt chunk claims 0 channels.
        const QString good = path(QStringLiteral("good_fmt.wav"));
        QVERIFY(writeFloat(good, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, sine(16000, 1000, 440, 0.5)));
        QByteArray b = fileBytes(good);
        QCOMPARE(b.mid(12, 4), QByteArray("fmt "));
        b[22] = 0;
        b[23] = 0;
        const QString p = path(QStringLiteral("zero_channels.wav"));
        writeBytes(p, b);
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("corrupt")), qPrintable(e));
    }

    void truncatedDataIsReportedButReadable()
    {
        const QString good = path(QStringLiteral("full.wav"));
        QVERIFY(writeFloat(good, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, sine(16000, 16000, 440, 0.5)));
        const QString p = path(QStringLiteral("cut.wav"));
        writeBytes(p, fileBytes(good).left(44 + 2 * 5000));
        AudioFile af(p);
        QCOMPARE(af.info().frames, int64_t(5000));
        QVERIFY2(!af.info().warnings.isEmpty(), "a data chunk longer than the file must be reported");
        QVERIFY(af.info().warnings.first().contains(QLatin1String("truncated")));
        QCOMPARE(af.readAll().size(), size_t(5000));
    }

    void unsupportedFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("text") << QByteArray("this is a text file, not audio\n");
        std::mt19937 rng(3);
        QByteArray noise(4096, '\0');
        for (auto &c : noise)
            c = char(rng());
        QTest::addRow("noise") << noise;
        QTest::addRow("m4a-like") << QByteArray("\0\0\0\x20" "ftypM4A \0\0\0\0isomiso2", 24) + QByteArray(2000, 'x');
    }

    void unsupportedFormat()
    {
        QFETCH(QByteArray, bytes);
        const QString p = path(QStringLiteral("bad_%1.wav").arg(QTest::currentDataTag()));
        writeBytes(p, bytes);
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("unsupported")), qPrintable(e));
    }

    void zeroSamples()
    {
        const QString p = path(QStringLiteral("nosamples.wav"));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, {}));
        QVERIFY(QFileInfo(p).size() > 0);
        const QString e = errorOf([&] { AudioFile af(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("no audio samples")), qPrintable(e));
    }

    void nonFiniteSamples_data()
    {
        QTest::addColumn<float>("bad");
        QTest::addColumn<QString>("word");
        QTest::addRow("nan") << std::numeric_limits<float>::quiet_NaN() << "NaN";
        QTest::addRow("inf") << std::numeric_limits<float>::infinity() << "infinite";
        QTest::addRow("-inf") << -std::numeric_limits<float>::infinity() << "infinite";
    }

    void nonFiniteSamples()
    {
        QFETCH(float, bad);
        QFETCH(QString, word);
        std::vector<float> x = sine(16000, 100000, 440, 0.5);
        x[77777] = bad;
        const QString p = path(QStringLiteral("nonfinite_%1.wav").arg(QTest::currentDataTag()));
        QVERIFY(writeFloat(p, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 16000, 1, x));
        AudioFile af(p); // the header is fine: opening succeeds
        for (const QString &e : {errorOf([&] { af.readAll(); }), errorOf([&] { af.computeStats(); }),
                                 errorOf([&] { af.readFrames(77000, 1000); })}) {
            QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(word) && e.contains(QLatin1String("77777")),
                     qPrintable(e));
        }
        // Frames before the bad one still read.
        QCOMPARE(af.readFrames(0, 1000).size(), size_t(1000));
    }
};

QTEST_GUILESS_MAIN(TestAudioLoader)
#include "tst_audio_loader.moc"
