// `sourcetrace-cli quality` end to end (the binary named by SOURCETRACE_CLI; skipped when it is not built): a passing
// and a failing file in one call, --json, --start/--end, --thresholds, a file that is not audio named on stderr while
// the others go on, and the exit codes (0 pass, 1 fail or unreadable, 2 usage).
#include "audiotestutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

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
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), QStringList{"quality"} + args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// 5 s at 16 kHz: harmonic tones (f0 150 Hz) in two 1.5 s segments (1.0-2.5 s, 3.0-4.5 s), in white noise at `snrDb`
/// over the active parts.
std::vector<float> speech(double snrDb, unsigned seed)
{
    std::vector<float> x(5 * 16000, 0.0f);
    for (const auto &[a, b] : std::vector<std::pair<double, double>>{{1.0, 2.5}, {3.0, 4.5}})
        for (size_t i = size_t(a * 16000); i < size_t(b * 16000); ++i) {
            const double t = double(i) / 16000;
            double v = 0;
            for (int h = 1; h * 150 < 3800; ++h)
                v += std::sin(2 * M_PI * 150 * h * t) / h;
            x[i] = float(0.08 * v * (0.55 + 0.45 * std::sin(2 * M_PI * 4 * t)));
        }
    double e = 0;
    for (size_t i = 16000; i < size_t(4.5 * 16000); ++i)
        e += double(x[i]) * x[i];
    const double power = e / (3.0 * 16000);
    std::mt19937 rng(seed);
    std::normal_distribution<double> g(0, std::sqrt(power / std::pow(10.0, snrDb / 10)));
    for (float &v : x)
        v = float(v + g(rng));
    return x;
}

} // namespace

class TestQualityCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_good, m_noisy, m_broken;

private slots:
    void initTestCase()
    {
        const QString cli = qEnvironmentVariable("SOURCETRACE_CLI");
        if (cli.isEmpty() || !QFileInfo(cli).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set or not built: this suite runs the command-line tool");
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath("good.wav");
        m_noisy = m_dir.filePath("noisy.wav");
        m_broken = m_dir.filePath("notes.wav");
        QVERIFY(sttest::writeAudio(m_good, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, speech(30, 1)));
        QVERIFY(sttest::writeAudio(m_noisy, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, speech(5, 2)));
        QVERIFY(sttest::putBytes(m_broken, "not a recording\n"));
    }

    void passingFile()
    {
        const Run r = runCli({m_good});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("verdict:        PASSED"), qPrintable(r.out));
        QVERIFY2(r.out.contains("net speech:") && r.out.contains("snr:") && r.out.contains("bandwidth:      8000 Hz"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QFileInfo(m_good).absoluteFilePath()), qPrintable(r.out));
    }

    void failingAndBrokenFilesGoOn()
    {
        const Run r = runCli({m_noisy, m_broken, m_good});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("FAILED") && r.out.contains("fail  The signal-to-noise ratio is"), qPrintable(r.out));
        QVERIFY2(r.out.contains("PASSED"), qPrintable(r.out)); // the good file after the broken one
        QVERIFY2(r.err.startsWith("sourcetrace-cli: " + QFileInfo(m_broken).absoluteFilePath() + ": "), qPrintable(r.err));
    }

    void jsonOutput()
    {
        const Run r = runCli({"--json", m_good, m_noisy, m_broken});
        QCOMPARE(r.code, 1);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 3);
        const QJsonObject good = a[0].toObject();
        QCOMPARE(good.value("path").toString(), QFileInfo(m_good).absoluteFilePath());
        QVERIFY(good.value("verdict").toObject().value("passed").toBool());
        const QJsonObject m = good.value("measures").toObject();
        QVERIFY2(std::abs(m.value("snrDb").toDouble() - 30) <= 3, qPrintable(QString::number(m.value("snrDb").toDouble())));
        QVERIFY2(std::abs(m.value("netSpeechSeconds").toDouble() - 3.0) <= 0.15,
                 qPrintable(QString::number(m.value("netSpeechSeconds").toDouble())));
        QCOMPARE(m.value("sampleRate").toInt(), 16000);
        QCOMPARE(m.value("speechSegments").toArray().size(), 2);
        const QJsonObject noisy = a[1].toObject();
        QVERIFY(!noisy.value("verdict").toObject().value("passed").toBool());
        QCOMPARE(noisy.value("verdict").toObject().value("findings").toArray()[0].toObject().value("measure").toString(),
                 QString("snrDb"));
        QVERIFY(a[2].toObject().value("error").toString().contains(QFileInfo(m_broken).absoluteFilePath()));
    }

    void selectionAndThresholds()
    {
        // The first 2.5 s hold 1.5 s of speech: under the default 2.0 s.
        Run r = runCli({"--json", "--start", "0", "--end", "2.5", m_good});
        QCOMPARE(r.code, 1);
        QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject().value("measures").toObject();
        QCOMPARE(m.value("endSeconds").toDouble(), 2.5);
        QVERIFY2(r.out.contains("Net speech is 1.5 s, below the 2.0 s the case requires"), qPrintable(r.out));
        // Looser thresholds from a file let it pass; h:mm:ss works as well.
        const QString t = m_dir.filePath("t.json");
        QVERIFY(sttest::putBytes(t, R"({"minNetSpeechSeconds": 1.0})"));
        r = runCli({"--thresholds", t, "--end", "0:00:02.500", m_good});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("selection:") && r.out.contains("PASSED"), qPrintable(r.out));
        // Past the end: the file is named.
        r = runCli({"--start", "60", m_good});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QFileInfo(m_good).absoluteFilePath() + ": the selection starts at 60.000 s, after the end"),
                 qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no files") << QStringList{} << "no input files";
        QTest::addRow("unknown option") << QStringList{"--snr", "x.wav"} << "unknown option '--snr'";
        QTest::addRow("start without value") << QStringList{"x.wav", "--start"} << "--start needs a time";
        QTest::addRow("start not a time") << QStringList{"--start", "soon", "x.wav"} << "--start needs a time";
        QTest::addRow("end before start") << QStringList{"--start", "3", "--end", "1", "x.wav"} << "must be after --start";
        QTest::addRow("thresholds missing") << QStringList{"--thresholds", "/nonexistent/t.json", "x.wav"}
                                            << "/nonexistent/t.json: cannot open the quality thresholds";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void brokenThresholdsFileIsAUsageError()
    {
        const QString t = m_dir.filePath("bad.json");
        QVERIFY(sttest::putBytes(t, R"({"minSnrDb": "high"})"));
        const Run r = runCli({"--thresholds", t, m_good});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(t + ": minSnrDb: must be a number"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestQualityCli)
#include "tst_quality_cli.moc"
