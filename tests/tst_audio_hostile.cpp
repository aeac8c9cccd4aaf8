// Hostile and unusual evidence paths and headers (issue 9): each gets the true cause, naming the
// file, never a crash or a silent wrong length, and the evidence bytes stay as they were.
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "util/Memory.h"
#include "util/NativeArgs.h"

#include "audiotestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace st;
using namespace sttest;

class TestAudioHostile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void absurdSampleRates_data()
    {
        QTest::addColumn<quint32>("rate");
        QTest::addRow("1 Hz") << quint32(1);
        QTest::addRow("999 Hz") << quint32(999);
        QTest::addRow("768001 Hz") << quint32(768001);
        QTest::addRow("2147483647 Hz") << quint32(2147483647);
    }

    void absurdSampleRates()
    {
        QFETCH(quint32, rate);
        const QString p = path(QStringLiteral("rate_%1.wav").arg(rate));
        QVERIFY(putBytes(p, wavBytes(rate, 1, sineWave(16000, 8000, 440, 0.5))));
        const QByteArray before = sha256Of(p);
        const QString e = errorFrom([&] { AudioFile f(p); });
        QVERIFY2(e.startsWith(p + QLatin1String(": ")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("sample rate of %1 Hz").arg(rate)) && e.contains(QLatin1String("1000 to 768000 Hz")),
                 qPrintable(e));
        QCOMPARE(sha256Of(p), before);
    }

    void edgeSampleRatesOpen()
    {
        for (quint32 rate : {quint32(kMinSampleRate), quint32(kMaxSampleRate)}) {
            const QString p = path(QStringLiteral("edge_%1.wav").arg(rate));
            QVERIFY(putBytes(p, wavBytes(rate, 1, sineWave(16000, 4000, 440, 0.5))));
            AudioFile f(p);
            QCOMPARE(f.info().sampleRate, int(rate));
            QCOMPARE(f.info().frames, int64_t(4000));
        }
    }

    void fifoAndDevicesAreNotEmptyFiles()
    {
        const QString fifo = path(QStringLiteral("pipe.wav"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Opening must not block waiting for a writer, and must say what the path is.
        QString e = errorFrom([&] { AudioFile f(fifo); });
        QVERIFY2(e.startsWith(fifo + QLatin1String(": ")) && e.contains(QLatin1String("FIFO")), qPrintable(e));
        QVERIFY2(!e.contains(QLatin1String("empty")), qPrintable(e));
        e = errorFrom([&] { AudioFile f(QStringLiteral("/dev/zero")); });
        QVERIFY2(e.startsWith(QLatin1String("/dev/zero: ")) && e.contains(QLatin1String("device")), qPrintable(e));
        QVERIFY2(!e.contains(QLatin1String("empty")), qPrintable(e));
    }

    void symlinkLoopIsNotMissing()
    {
        const QString a = path(QStringLiteral("loop_a.wav")), b = path(QStringLiteral("loop_b.wav"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const QString e = errorFrom([&] { AudioFile f(a); });
        QVERIFY2(e.startsWith(a) && e.contains(QLatin1String("link loop")), qPrintable(e));
        QVERIFY2(!e.contains(QLatin1String("not found")), qPrintable(e));
    }

    void noSearchPermissionIsNotMissing()
    {
        if (::geteuid() == 0)
            QSKIP("running as root, which ignores folder permissions: the EACCES message is checked by "
                  "errnoMessages instead");
        QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
        const QString p = path(QStringLiteral("locked/clip.wav"));
        QVERIFY(putBytes(p, wavBytes(16000, 1, sineWave(16000, 1600, 440, 0.5))));
        QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString e = errorFrom([&] { AudioFile f(p); });
        QFile::setPermissions(path(QStringLiteral("locked")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(e.contains(QLatin1String("permission denied")) && e.contains(QLatin1String("search")), qPrintable(e));
    }

    void longPathsOpen()
    {
        // Over libsndfile's 1024-character name buffer, within the system's 4096.
        QString dir = m_dir.path();
        while (dir.size() < 1400) {
            dir += QLatin1Char('/') + QString(200, QLatin1Char('d'));
            QVERIFY(QDir().mkpath(dir));
        }
        const QString p = dir + QStringLiteral("/clip.wav");
        QVERIFY(putBytes(p, wavBytes(16000, 1, sineWave(16000, 1600, 440, 0.5))));
        AudioFile f(p);
        QCOMPARE(f.info().frames, int64_t(1600));
        QCOMPARE(f.readAll().size(), size_t(1600));
        QCOMPARE(sha256OfFile(p), QString::fromLatin1(sha256Of(p)));
        // Beyond the system's limit: said so, not "corrupt header".
        const QString tooLong = m_dir.path() + QLatin1Char('/') + QString(300, QLatin1Char('x')) + QStringLiteral(".wav");
        const QString e = errorFrom([&] { AudioFile g(tooLong); });
        QVERIFY2(e.contains(QLatin1String("too long")), qPrintable(e));
        QVERIFY2(!e.contains(QLatin1String("header")), qPrintable(e));
    }

    void nonUtf8FileNames()
    {
        const QByteArray raw = QFile::encodeName(m_dir.path()) + "/caf\xe9.wav";
        const QByteArray wav = wavBytes(16000, 1, sineWave(16000, 3200, 440, 0.5));
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, wav.constData(), size_t(wav.size())), ssize_t(wav.size()));
        ::close(fd);
        // What Qt makes of argv does not reopen the file; nativeArguments() does.
        QByteArray arg0("prog"), arg1 = raw, arg2("--json");
        char *argv[] = {arg0.data(), arg1.data(), arg2.data(), nullptr};
        QStringList notes;
        const QStringList args = nativeArguments(3, argv, &notes);
        QCOMPARE(args.size(), 3);
        QCOMPARE(args[2], QStringLiteral("--json"));
        QVERIFY2(args[1].startsWith(QLatin1String("/proc/self/fd/")), qPrintable(args[1]));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].contains(QLatin1String("not valid UTF-8")), qPrintable(notes[0]));
        AudioFile f(args[1]);
        QCOMPARE(f.info().frames, int64_t(3200));
        QCOMPARE(sha256OfFile(args[1]), QString::fromLatin1(QCryptographicHash::hash(wav, QCryptographicHash::Sha256).toHex()));
    }

    void forgedMp3LengthIsCounted()
    {
        const QString good = path(QStringLiteral("good.mp3"));
        QString why;
        if (!writeAudio(good, SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 16000, 1, sineWave(16000, 32000, 440, 0.5), &why))
            QSKIP(qPrintable(QStringLiteral("this libsndfile cannot write MP3: ") + why));
        QByteArray b = bytesOf(good);
        int tag = b.indexOf("Xing");
        if (tag < 0)
            tag = b.indexOf("Info");
        if (tag < 0)
            QSKIP("the encoder wrote no Xing/Info header to forge");
        // Flags (4 bytes, frames bit 0x1), then the frame count, big-endian: claim 2^31 - 1 MPEG frames.
        QVERIFY(b[tag + 7] & 0x1);
        b[tag + 8] = char(0x7f);
        b[tag + 9] = char(0xff);
        b[tag + 10] = char(0xff);
        b[tag + 11] = char(0xff);
        const QString p = path(QStringLiteral("forged.mp3"));
        QVERIFY(putBytes(p, b));
        AudioFile f(p);
        QVERIFY2(f.info().frames > 30000 && f.info().frames < 40000, qPrintable(QString::number(f.info().frames)));
        QVERIFY2(!f.info().warnings.isEmpty() && f.info().warnings.join(QString()).contains(QLatin1String("cannot hold")),
                 qPrintable(f.info().warnings.join(QLatin1Char('|'))));
        QCOMPARE(int64_t(f.readAll().size()), f.info().frames);
    }

    void cutOggStreams_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("vorbis") << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS);
        QTest::addRow("opus") << int(SF_FORMAT_OGG | SF_FORMAT_OPUS);
    }

    void cutOggStreams()
    {
        QFETCH(int, format);
        const QString good = path(QStringLiteral("good_%1.ogg").arg(QTest::currentDataTag()));
        QString why;
        if (!writeAudio(good, format, 16000, 1, sineWave(16000, 48000, 440, 0.5), &why))
            QSKIP(qPrintable(QStringLiteral("this libsndfile cannot write it: ") + why));
        const QByteArray all = bytesOf(good);
        for (double keep : {0.3, 0.6, 0.9}) {
            const QString p = path(QStringLiteral("cut_%1_%2.ogg").arg(QTest::currentDataTag()).arg(int(keep * 10)));
            QVERIFY(putBytes(p, all.left(int(all.size() * keep))));
            const QByteArray before = sha256Of(p);
            const QString e = errorFrom([&] {
                AudioFile f(p);
                QVERIFY(f.info().frames > 0 && f.info().frames <= 48000 * 2);
                const auto x = f.readAll();
                QCOMPARE(int64_t(x.size()), f.info().frames);
            });
            // Either it reads what is there (with a true length), or it says why not: never SF_COUNT_MAX
            // as a frame number nor libsndfile's "No Error".
            QVERIFY2(e == QLatin1String("NO ERROR") || e.startsWith(p + QLatin1String(": ")), qPrintable(e));
            QVERIFY2(!e.contains(QLatin1String("9223372036854775807")) && !e.contains(QLatin1String("No Error")), qPrintable(e));
            QCOMPARE(sha256Of(p), before);
        }
    }

    void memoryBudgetRefusesWholeDecode()
    {
        const QString p = path(QStringLiteral("thirty_seconds.wav"));
        QVERIFY(putBytes(p, wavBytes(16000, 1, sineWave(16000, 16000 * 30, 440, 0.5))));
        qputenv("SOURCETRACE_MEMORY_LIMIT", "1M");
        QCOMPARE(availableMemoryBytes(), int64_t(1) << 20);
        AudioFile f(p);
        const QString e = errorFrom([&] { f.readAll(MixDown, 16000); });
        // Streaming in blocks still works under the same limit.
        ResamplingReader reader(f, MixDown, 8000);
        std::vector<float> head;
        reader.read(4000, head);
        qunsetenv("SOURCETRACE_MEMORY_LIMIT");
        QVERIFY2(e.startsWith(p + QLatin1String(": ")) && e.contains(QLatin1String("needs")) && e.contains(QLatin1String("available")),
                 qPrintable(e));
        QCOMPARE(head.size(), size_t(4000));
    }

    void streamedResamplingEqualsWholeClip()
    {
        const QString p = path(QStringLiteral("stream.wav"));
        QVERIFY(putBytes(p, wavBytes(22050, 1, sineWave(22050, 22050 * 7 + 123, 330, 0.5))));
        AudioFile f(p);
        const std::vector<float> whole = f.readAll(MixDown, 16000);
        ResamplingReader reader(f, MixDown, 16000);
        QCOMPARE(reader.expectedLength(), int64_t(whole.size()));
        std::vector<float> streamed;
        while (reader.read(7777, streamed) > 0) {
        }
        QCOMPARE(streamed.size(), whole.size());
        double maxDiff = 0;
        for (size_t i = 0; i < whole.size(); ++i)
            maxDiff = std::max(maxDiff, double(std::fabs(whole[i] - streamed[i])));
        QVERIFY2(maxDiff < 1e-5, qPrintable(QString::number(maxDiff)));
    }

    void dotDotAfterASymlinkIsNotCleaned()
    {
        // real/clip.wav; via/link -> real/sub; "via/link/../clip.wav" is real/clip.wav to the kernel,
        // while textual cleaning would make it via/clip.wav (which does not exist).
        QDir(m_dir.path()).mkpath(QStringLiteral("real/sub"));
        QDir(m_dir.path()).mkpath(QStringLiteral("via"));
        QVERIFY(putBytes(path(QStringLiteral("real/clip.wav")), wavBytes(16000, 1, sineWave(16000, 1234, 440, 0.5))));
        QVERIFY(QFile::link(path(QStringLiteral("real/sub")), path(QStringLiteral("via/link"))));
        const QString p = path(QStringLiteral("via/link/../clip.wav"));
        AudioFile f(p);
        QCOMPARE(f.info().frames, int64_t(1234));
        QCOMPARE(f.info().path, p);
        QCOMPARE(sha256OfFile(f.info().path), QString::fromLatin1(sha256Of(path(QStringLiteral("real/clip.wav")))));
    }

    void errorsEscapeControlCharacters()
    {
        const QString p = path(QStringLiteral("two\nlines.wav"));
        const QString e = errorFrom([&] { AudioFile f(p); });
        QVERIFY2(!e.contains(QLatin1Char('\n')) && e.contains(QLatin1String("two\\nlines.wav")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestAudioHostile)
#include "tst_audio_hostile.moc"
