// `sourcetrace-cli detect|embed --channel N` analyse one channel of a multichannel file (issue #2: channel
// selectable, default mix-down). Independent expectation: the score of channel N equals the score of a mono
// file holding exactly that channel's samples; the default equals the mono mix-down. Uses the tiny TorchScript
// test model (tests/data) so it needs no shared weights. Needs SOURCETRACE_CLI.
#include "testutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <vector>

class TestCliChannel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model;

    QString writeWav(const QString &name, const std::vector<float> &interleaved, int channels)
    {
        const QString path = m_dir.filePath(name);
        SF_INFO info{};
        info.samplerate = 16000;
        info.channels = channels;
        info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
        if (!f)
            qFatal("cannot write %s", qPrintable(path));
        sf_writef_float(f, interleaved.data(), sf_count_t(interleaved.size() / channels));
        sf_close(f);
        return path;
    }

    static int run(const QStringList &args, QByteArray *out, QString *err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput();
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    double score(const QString &file, const QStringList &extra)
    {
        QByteArray out;
        QString err;
        const int rc = run(QStringList{QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--json"),
                                       QStringLiteral("--no-progress"), file} + extra,
                           &out, &err);
        if (rc != 0)
            qWarning("detect failed (%d): %s", rc, qPrintable(err));
        return QJsonDocument::fromJson(out.trimmed()).object().value(QStringLiteral("score")).toDouble(NAN);
    }

private slots:
    void initTestCase()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        m_model = sttest::sourceDir() + QStringLiteral("/tests/data/tiny_tuple.json");
        QVERIFY(QFileInfo::exists(m_model));
    }

    void channelEqualsMonoOfThatChannel()
    {
        const int n = 8000;
        std::vector<float> stereo(2 * n), left(n), right(n), mix(n);
        for (int i = 0; i < n; ++i) {
            left[i] = 0.5f * std::sin(2.0 * M_PI * 440.0 * i / 16000.0);
            right[i] = 0.3f * std::sin(2.0 * M_PI * 2500.0 * i / 16000.0) + 0.1f * ((i % 97) / 97.0f - 0.5f);
            mix[i] = 0.5f * (left[i] + right[i]);
            stereo[2 * i] = left[i];
            stereo[2 * i + 1] = right[i];
        }
        const QString st = writeWav(QStringLiteral("stereo.wav"), stereo, 2);
        const double sLeft = score(writeWav(QStringLiteral("left.wav"), left, 1), {});
        const double sRight = score(writeWav(QStringLiteral("right.wav"), right, 1), {});
        const double sMix = score(writeWav(QStringLiteral("mix.wav"), mix, 1), {});
        QVERIFY(std::isfinite(sLeft) && std::isfinite(sRight) && std::isfinite(sMix));
        QVERIFY(std::fabs(sLeft - sRight) > 1e-4); // the two channels must be told apart

        QVERIFY(std::fabs(score(st, {QStringLiteral("--channel"), QStringLiteral("1")}) - sLeft) < 1e-5);
        QVERIFY(std::fabs(score(st, {QStringLiteral("--channel"), QStringLiteral("2")}) - sRight) < 1e-5);
        QVERIFY(std::fabs(score(st, {}) - sMix) < 1e-5);
    }

    void missingChannelNamesFile()
    {
        std::vector<float> stereo(2 * 8000, 0.1f);
        const QString st = writeWav(QStringLiteral("stereo2.wav"), stereo, 2);
        QByteArray out;
        QString err;
        QCOMPARE(run({QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                      QStringLiteral("--channel"), QStringLiteral("3"), st},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(st) && err.contains(QStringLiteral("no channel 3")), qPrintable(err));
        QCOMPARE(run({QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--channel"),
                      QStringLiteral("0"), st},
                     &out, &err),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliChannel)
#include "tst_cli_channel.moc"
