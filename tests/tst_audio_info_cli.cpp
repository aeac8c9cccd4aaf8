// `sourcetrace-cli info` end to end: several files per call, a broken one reported on stderr while the
// others go on, exit codes, --json, and the SHA-256 checked against an independent hash of the bytes.
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <cmath>
#include <cstring>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

bool writeCodes(const QString &path, int rate, const std::vector<short> &codes)
{
    SF_INFO si{};
    si.samplerate = rate;
    si.channels = 1;
    si.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
    if (!f)
        return false;
    const bool ok = sf_write_short(f, codes.data(), sf_count_t(codes.size())) == sf_count_t(codes.size());
    sf_close(f);
    return ok;
}

// Interleaved 16-bit stereo: left = 16384 (0.5, -6.02 dBFS) throughout; right = silence with two
// full-scale codes (2 clipped samples).
bool writeStereo(const QString &path, int frames)
{
    SF_INFO si{};
    si.samplerate = 16000;
    si.channels = 2;
    si.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    std::vector<short> codes(size_t(frames) * 2, 0);
    for (int i = 0; i < frames; ++i)
        codes[size_t(i) * 2] = 16384;
    codes[2 * 10 + 1] = 32767;
    codes[2 * 20 + 1] = 32767;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &si);
    if (!f)
        return false;
    const bool ok = sf_writef_short(f, codes.data(), frames) == frames;
    sf_close(f);
    return ok;
}

} // namespace

class TestAudioInfoCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good, m_half, m_missing, m_text;

private slots:
    void initTestCase()
    {
        const QString cli = qEnvironmentVariable("SOURCETRACE_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
            QSKIP("sourcetrace-cli is not built (SOURCETRACE_CLI)");
        QVERIFY(m_dir.isValid());
        // 1.5 s at 16 kHz: a full-scale positive code twice (clipped), peak 0 dBFS.
        std::vector<short> codes(24000, 0);
        for (size_t i = 0; i < codes.size(); ++i)
            codes[i] = short((i % 200) * 100 - 10000);
        codes[100] = 32767;
        codes[200] = 32767;
        m_good = m_dir.filePath(QStringLiteral("good.wav"));
        QVERIFY(writeCodes(m_good, 16000, codes));
        // Half scale constant: peak and RMS both -6.02 dBFS.
        m_half = m_dir.filePath(QStringLiteral("half.wav"));
        QVERIFY(writeCodes(m_half, 8000, std::vector<short>(8000, 16384)));
        m_missing = m_dir.filePath(QStringLiteral("missing.wav"));
        m_text = m_dir.filePath(QStringLiteral("notes.wav"));
        QFile t(m_text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just some text\n");
    }

    void textOutputAndErrors()
    {
        const Run r = runCli({QStringLiteral("info"), QStringLiteral("--quiet"), m_good, m_missing, m_half, m_text});
        QCOMPARE(r.code, 1);
        // Each bad file once on stderr, in the form the issue asks for; the good ones on stdout.
        const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(errLines.size(), 2);
        QCOMPARE(errLines[0], QStringLiteral("sourcetrace-cli: %1: file not found").arg(m_missing));
        QVERIFY2(errLines[1].startsWith(QStringLiteral("sourcetrace-cli: %1: unsupported").arg(m_text)),
                 qPrintable(errLines[1]));
        QVERIFY(r.out.contains(QStringLiteral("path:           %1").arg(m_good)));
        QVERIFY(r.out.contains(QStringLiteral("path:           %1").arg(m_half)));
        QVERIFY(r.out.contains(QLatin1String("duration:       0:00:01.500")));
        QVERIFY(r.out.contains(QLatin1String("sample rate:    16000 Hz")));
        QVERIFY(r.out.contains(QLatin1String("sample format:  PCM_16")));
        QVERIFY(r.out.contains(QLatin1String("frames:         24000")));
        QVERIFY(r.out.contains(QStringLiteral("sha256:         %1").arg(sha256Hex(m_good))));
        QVERIFY(r.out.contains(QStringLiteral("sha256:         %1").arg(sha256Hex(m_half))));
        QVERIFY(r.out.contains(QLatin1String("peak:           -6.02 dBFS")));
        QVERIFY(r.out.contains(QLatin1String("rms:            -6.02 dBFS")));
        QVERIFY(r.out.contains(QLatin1String("clipped:        2 samples")));
        QVERIFY(!r.out.contains(QLatin1String("missing.wav")));
    }

    void json()
    {
        const Run r = runCli({QStringLiteral("info"), QStringLiteral("--json"), m_good, m_half});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + r.out));
        QVERIFY(doc.isArray());
        const QJsonArray a = doc.array();
        QCOMPARE(a.size(), 2);
        const QJsonObject g = a[0].toObject();
        QCOMPARE(g.value(QLatin1String("path")).toString(), m_good);
        QCOMPARE(g.value(QLatin1String("container")).toString(), QStringLiteral("WAV"));
        QCOMPARE(g.value(QLatin1String("sampleFormat")).toString(), QStringLiteral("PCM_16"));
        QCOMPARE(g.value(QLatin1String("sampleRate")).toInt(), 16000);
        QCOMPARE(g.value(QLatin1String("channels")).toInt(), 1);
        QCOMPARE(g.value(QLatin1String("frames")).toInteger(), qint64(24000));
        QCOMPARE(g.value(QLatin1String("duration")).toString(), QStringLiteral("0:00:01.500"));
        QCOMPARE(g.value(QLatin1String("fileSize")).toInteger(), QFileInfo(m_good).size());
        QCOMPARE(g.value(QLatin1String("sha256")).toString(), sha256Hex(m_good));
        QCOMPARE(g.value(QLatin1String("clippedSamples")).toInteger(), qint64(2));
        QCOMPARE(g.value(QLatin1String("peakDbfs")).toDouble(), -0.0); // 32767/32768 rounds to 0.00
        const QJsonObject h = a[1].toObject();
        QCOMPARE(h.value(QLatin1String("peak")).toDouble(), 0.5);
        QCOMPARE(h.value(QLatin1String("rms")).toDouble(), 0.5);
        QCOMPARE(h.value(QLatin1String("peakDbfs")).toDouble(), -6.02);

        // A failed file is in the array with its error, and on stderr; exit code 1.
        const Run f = runCli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("-q"), m_missing, m_half});
        QCOMPARE(f.code, 1);
        const QJsonArray b = QJsonDocument::fromJson(f.out.toUtf8()).array();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].toObject().value(QLatin1String("path")).toString(), m_missing);
        QVERIFY(b[0].toObject().value(QLatin1String("error")).toString().contains(QLatin1String("not found")));
        QCOMPARE(b[1].toObject().value(QLatin1String("sampleRate")).toInt(), 8000);
        QCOMPARE(f.err.trimmed(), QStringLiteral("sourcetrace-cli: %1: file not found").arg(m_missing));
    }

    void longDurationFormat()
    {
        // 1 h 1 min 1.001 s at 8 kHz as a sparse WAV (silence): h:mm:ss.mmm and -inf levels.
        const qint64 frames = qint64(8000) * 3661 + 8;
        const QString p = m_dir.filePath(QStringLiteral("long.wav"));
        QVERIFY(writeCodes(p, 8000, {0}));
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray h = f.read(44);
        QCOMPARE(h.mid(36, 4), QByteArray("data"));
        const quint32 data = quint32(frames * 2), riff = data + 36;
        std::memcpy(h.data() + 4, &riff, 4);
        std::memcpy(h.data() + 40, &data, 4);
        QVERIFY(f.seek(0));
        f.write(h);
        QVERIFY(f.resize(44 + frames * 2));
        f.close();
        const Run r = runCli({QStringLiteral("info"), QStringLiteral("-q"), p});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("duration:       1:01:01.001")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("peak:           -inf dBFS")));
    }

    void perChannelLevels()
    {
        const int frames = 16000;
        const QString p = m_dir.filePath(QStringLiteral("stereo.wav"));
        QVERIFY(writeStereo(p, frames));
        const double full = 32767.0 / 32768.0;
        const double rightRms = std::sqrt(2.0 * full * full / frames);

        // All channels: the headline levels over both, plus each channel alone.
        const Run r = runCli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("-q"), p});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(o.value(QLatin1String("clippedSamples")).toInteger(), qint64(2));
        QCOMPARE(o.value(QLatin1String("peak")).toDouble(), full);
        const QJsonArray ch = o.value(QLatin1String("channelLevels")).toArray();
        QCOMPARE(ch.size(), 2);
        QCOMPARE(ch[0].toObject().value(QLatin1String("peak")).toDouble(), 0.5);
        QCOMPARE(ch[0].toObject().value(QLatin1String("rms")).toDouble(), 0.5);
        QCOMPARE(ch[0].toObject().value(QLatin1String("clippedSamples")).toInteger(), qint64(0));
        QCOMPARE(ch[1].toObject().value(QLatin1String("peak")).toDouble(), full);
        QVERIFY(std::abs(ch[1].toObject().value(QLatin1String("rms")).toDouble() - rightRms) < 1e-9);
        QCOMPARE(ch[1].toObject().value(QLatin1String("clippedSamples")).toInteger(), qint64(2));

        const Run t = runCli({QStringLiteral("info"), QStringLiteral("-q"), p});
        QVERIFY2(t.out.contains(QLatin1String("channel 1:      peak -6.02 dBFS, rms -6.02 dBFS, clipped 0")),
                 qPrintable(t.out));

        // --channel N: the headline levels are those of channel N alone.
        const Run c1 = runCli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("-q"),
                               QStringLiteral("--channel"), QStringLiteral("1"), p});
        QCOMPARE(c1.code, 0);
        const QJsonObject o1 = QJsonDocument::fromJson(c1.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(o1.value(QLatin1String("levelsOfChannel")).toInt(), 1);
        QCOMPARE(o1.value(QLatin1String("peakDbfs")).toDouble(), -6.02);
        QCOMPARE(o1.value(QLatin1String("clippedSamples")).toInteger(), qint64(0));
        const Run c2 = runCli({QStringLiteral("info"), QStringLiteral("-q"), QStringLiteral("--channel"),
                               QStringLiteral("2"), p});
        QCOMPARE(c2.code, 0);
        QVERIFY2(c2.out.contains(QLatin1String("clipped:        2 samples")), qPrintable(c2.out));
        QVERIFY(c2.out.contains(QLatin1String("levels of:      channel 2")));

        // A channel the file lacks fails that file; a bad number is a usage error.
        const Run c3 = runCli({QStringLiteral("info"), QStringLiteral("-q"), QStringLiteral("--channel"),
                               QStringLiteral("3"), p});
        QCOMPARE(c3.code, 1);
        QCOMPARE(c3.err.trimmed(), QStringLiteral("sourcetrace-cli: %1: no channel 3 (the file has 2 channel(s))").arg(p));
        QVERIFY(c3.out.isEmpty());
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--channel"), QStringLiteral("0"), p}).code, 2);
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--channel"), QStringLiteral("x"), p}).code, 2);
        QCOMPARE(runCli({QStringLiteral("info"), p, QStringLiteral("--channel")}).code, 2);
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("info")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--nonsense"), m_good}).code, 2);
        const Run h = runCli({QStringLiteral("info"), QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QLatin1String("usage: sourcetrace-cli info")));
    }
};

QTEST_GUILESS_MAIN(TestAudioInfoCli)
#include "tst_audio_info_cli.moc"
