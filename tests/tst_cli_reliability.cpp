// sourcetrace-cli on hostile input (issue 9), with the tiny TorchScript test model: no NaN is ever
// reported as an answer, per-clip errors carry the documented prefix and name the file, names with
// line breaks keep the output one line per clip, absurd headers are refused, a long timeline shows
// progress and stops promptly on Ctrl-C, and the GUI binary answers --help without a display.
#include "audiotestutil.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace sttest;

class TestCliReliability : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_model;

    struct Run
    {
        int rc = -1;
        QByteArray out;
        QString err;
    };

    static Run cli(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString wav(const QString &name, const std::vector<float> &x, uint32_t rate = 16000, bool asFloat = false)
    {
        const QString p = m_dir.filePath(name);
        putBytes(p, wavBytes(rate, 1, x, asFloat));
        return p;
    }

    QStringList detect(const QStringList &files) const
    {
        return QStringList{QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress")} + files;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SOURCETRACE_CLI"))
            QSKIP("SOURCETRACE_CLI is not set (run through CTest)");
        m_model = sttest::sourceDir() + QStringLiteral("/tests/data/tiny_dict.json");
        QVERIFY(QFileInfo::exists(m_model));
    }

    void brokenAudioCorpus()
    {
        // Every container cut at several points and garbled: `info` and `detect` answer each file
        // (a result, or one error line naming it), never crash, and leave every byte as it was.
        QDir(m_dir.path()).mkpath(QStringLiteral("broken"));
        struct Kind { int format; const char *ext; };
        const Kind kinds[] = {{SF_FORMAT_WAV | SF_FORMAT_PCM_16, "wav"}, {SF_FORMAT_WAV | SF_FORMAT_FLOAT, "f.wav"},
                              {SF_FORMAT_FLAC | SF_FORMAT_PCM_16, "flac"}, {SF_FORMAT_OGG | SF_FORMAT_VORBIS, "ogg"},
                              {SF_FORMAT_OGG | SF_FORMAT_OPUS, "opus"}, {SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, "mp3"}};
        QStringList files;
        QMap<QString, QByteArray> hashes;
        for (const Kind &k : kinds) {
            const QString good = m_dir.filePath(QStringLiteral("broken/good.%1").arg(QLatin1String(k.ext)));
            if (!writeAudio(good, k.format, 16000, 1, sineWave(16000, 24000, 220, 0.4)))
                continue;
            const QByteArray b = bytesOf(good);
            int n = 0;
            for (qsizetype cut : {qsizetype(1), qsizetype(4), qsizetype(12), qsizetype(44), qsizetype(100), qsizetype(300), b.size() / 2, b.size() * 9 / 10}) {
                const QString p = m_dir.filePath(QStringLiteral("broken/cut%1_%2.%3").arg(n++).arg(cut).arg(QLatin1String(k.ext)));
                putBytes(p, b.left(cut));
                files << p;
            }
            for (qsizetype at : {qsizetype(8), qsizetype(20), qsizetype(40), b.size() / 3}) {
                QByteArray g = b;
                for (int i = at; i < at + 16 && i < g.size(); ++i)
                    g[i] = char(g[i] ^ 0x5A);
                const QString p = m_dir.filePath(QStringLiteral("broken/garbled%1.%2").arg(at).arg(QLatin1String(k.ext)));
                putBytes(p, g);
                files << p;
            }
        }
        QVERIFY(files.size() >= 24);
        for (const QString &f : files)
            hashes[f] = sha256Of(f);
        for (const QStringList &cmd : {QStringList{QStringLiteral("info"), QStringLiteral("--json")},
                                       QStringList{QStringLiteral("detect"), QStringLiteral("--model"), m_model,
                                                   QStringLiteral("--no-progress"), QStringLiteral("--json")}}) {
            const Run r = cli(cmd + files, 300000);
            QVERIFY2(r.rc == 0 || r.rc == 1, qPrintable(QStringLiteral("%1: exit %2\n%3").arg(cmd.first()).arg(r.rc).arg(r.err)));
            for (const QString &f : files) {
                const bool answered = r.out.contains(QFileInfo(f).absoluteFilePath().toUtf8());
                const bool refused = r.err.contains(QStringLiteral("sourcetrace-cli: ") + QFileInfo(f).absoluteFilePath() + QLatin1String(": "));
                QVERIFY2(answered || refused, qPrintable(QStringLiteral("%1 said nothing about %2\n%3").arg(cmd.first(), f, r.err)));
            }
            QVERIFY2(!r.err.contains(QLatin1String("bad_alloc")) && !r.err.contains(QLatin1String("9223372036854775807")), qPrintable(r.err));
            // Every line says who speaks (libmpg123's own notes included), or is a progress bar.
            for (const QString &line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(line.startsWith(QLatin1String("sourcetrace-cli")) || line.startsWith(QLatin1Char('[')), qPrintable(line));
        }
        for (const QString &f : files)
            QCOMPARE(sha256Of(f), hashes[f]);
    }

    void extremeSampleIsNeverANanAnswer()
    {
        std::vector<float> x = sineWave(16000, 16000, 300, 0.3);
        x[1000] = 3e38f; // inside the tiny model's 4000-sample input
        const QString p = wav(QStringLiteral("hot.wav"), x, 16000, true);
        const QByteArray before = sha256Of(p);
        const Run r = cli(detect({QStringLiteral("--json"), p}));
        QVERIFY2(r.rc == 0 || r.rc == 1, qPrintable(r.err));
        if (r.rc == 0) {
            const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
            QVERIFY2(o.value(QStringLiteral("score")).isDouble(), r.out.constData());
            QVERIFY2(r.err.contains(QLatin1String("exceed full scale")), qPrintable(r.err));
        } else {
            QVERIFY2(r.err.contains(QLatin1String("sourcetrace-cli: ") + p) && r.err.contains(QLatin1String("non-finite")),
                     qPrintable(r.err));
            QVERIFY2(!r.out.contains("nan"), r.out.constData());
        }
        // embed: a failed clip is counted and stores no row.
        const QString out = m_dir.filePath(QStringLiteral("hot_emb"));
        const Run e = cli({QStringLiteral("embed"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                           QStringLiteral("--out"), out, p});
        if (r.rc == 1) {
            QCOMPARE(e.rc, 1);
            QVERIFY2(e.err.contains(QLatin1String("0 rows")) && e.err.contains(QLatin1String("1 failed")), qPrintable(e.err));
        } else {
            QCOMPARE(e.rc, 0);
        }
        QCOMPARE(sha256Of(p), before);
    }

    void perClipErrorsArePrefixed()
    {
        const QString good = wav(QStringLiteral("good.wav"), sineWave(16000, 16000, 300, 0.3));
        const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
        const Run r = cli(detect({good, missing}));
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(QLatin1String("sourcetrace-cli: ") + missing + QLatin1String(": file not found")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sourcetrace-cli detect: 1 of 2 clips failed")), qPrintable(r.err));
        QCOMPARE(r.out.count('\n'), 2); // the model line and the good clip
    }

    void absurdHeaderIsRefused()
    {
        const QString p = wav(QStringLiteral("one_hz.wav"), sineWave(16000, 72000, 300, 0.3), 1);
        const Run r = cli(detect({p}));
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(QLatin1String("sample rate of 1 Hz")), qPrintable(r.err));
    }

    void silenceAndTinyClipsAreNotScored()
    {
        const QString silent = wav(QStringLiteral("silent.wav"), std::vector<float>(16000 * 60, 0.0f));
        const QString tiny = wav(QStringLiteral("tiny.wav"), {0.5f});
        const Run r = cli(detect({silent, tiny}));
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(silent + QLatin1String(": the analysed audio is digital silence")), qPrintable(r.err));
        QVERIFY2(r.err.contains(tiny + QLatin1String(": too short to judge: 1 sample")), qPrintable(r.err));
        QVERIFY2(!r.out.contains("score"), r.out.constData());
    }

    void partialAnalysisIsSaid()
    {
        const QString p = wav(QStringLiteral("ten_seconds.wav"), sineWave(16000, 160000, 300, 0.3));
        const Run r = cli(detect({QStringLiteral("--json"), p}));
        QCOMPARE(r.rc, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
        const QJsonObject a = o.value(QStringLiteral("analysed")).toObject();
        QCOMPARE(a.value(QStringLiteral("start")).toInt(), 0);
        QCOMPARE(a.value(QStringLiteral("end")).toInt(), 4000); // the tiny model's input length
        QCOMPARE(o.value(QStringLiteral("samples")).toInt(), 160000);
        QVERIFY2(r.err.contains(QLatin1String("warning: ")) && r.err.contains(QLatin1String("only the first 0.25 s of 10.00 s")),
                 qPrintable(r.err));
    }

    void lineBreaksInNames()
    {
        const QString p = wav(QStringLiteral("two\nlines.wav"), sineWave(16000, 16000, 300, 0.3));
        const Run r = cli(detect({p}));
        QCOMPARE(r.rc, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].contains("two\\nlines.wav"), r.out.constData());
        // embed keeps keys one per line: such a key is refused and counted once.
        const Run e = cli({QStringLiteral("embed"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("nl_emb")), p});
        QCOMPARE(e.rc, 1);
        QVERIFY2(e.err.contains(QLatin1String("1 failed")) && e.err.contains(QLatin1String("two\\nlines.wav")), qPrintable(e.err));
    }

    void repeatedKeysAreNotAlreadyThere()
    {
        const QString p = wav(QStringLiteral("rep.wav"), sineWave(16000, 16000, 300, 0.3));
        const Run e = cli({QStringLiteral("embed"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("rep_emb")), p, p, p});
        QCOMPARE(e.rc, 0);
        QVERIFY2(e.err.contains(QLatin1String("3 clips, 0 already in")) && e.err.contains(QLatin1String("1 to do (2 named more than once")),
                 qPrintable(e.err));
    }

    void longTimelineShowsProgressAndStopsOnCtrlC()
    {
        // 40 minutes at 8 kHz: tens of thousands of timeline windows.
        const QString p = wav(QStringLiteral("forty_minutes.wav"), sineWave(8000, 8000 * 60 * 40, 300, 0.3), 8000);
        QProcess proc;
        proc.start(qEnvironmentVariable("SOURCETRACE_CLI"),
                   {QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--timeline"),
                    QStringLiteral("--window"), QStringLiteral("8000"), QStringLiteral("--hop"), QStringLiteral("40"), p});
        QVERIFY(proc.waitForStarted());
        // Progress appears (deferred by 2 s for a single clip), then Ctrl-C.
        QString err;
        for (int i = 0; i < 600 && !err.contains(QLatin1String("%")); ++i) {
            proc.waitForReadyRead(100);
            err += QString::fromUtf8(proc.readAllStandardError());
            QVERIFY2(proc.state() == QProcess::Running, qPrintable(err));
        }
        QVERIFY2(err.contains(QLatin1String("%")), qPrintable(err));
        QVERIFY(proc.processId() > 0);
        ::kill(pid_t(proc.processId()), SIGINT);
        // A prompt stop: the run would take minutes; the bound only tells "ignored" from "stopped".
        QVERIFY2(proc.waitForFinished(60000), "SIGINT was not honoured within a minute");
        err += QString::fromUtf8(proc.readAllStandardError());
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(proc.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("interrupted")), qPrintable(err));
    }

    void killedEmbedResumes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("npy") << "npy";
        QTest::addRow("csv") << "csv";
    }

    void killedEmbedResumes()
    {
        // SIGKILL in the middle of a batch: what was flushed is whole, and a rerun completes the set.
        QFETCH(QString, format);
        QDir(m_dir.path()).mkpath(QStringLiteral("many"));
        QStringList files;
        for (int i = 0; i < 400; ++i) {
            const QString p = m_dir.filePath(QStringLiteral("many/c%1.wav").arg(i, 3, 10, QLatin1Char('0')));
            if (!QFileInfo::exists(p))
                putBytes(p, wavBytes(16000, 1, sineWave(16000, 8000 + 10 * i, 100 + i, 0.3)));
            files << p;
        }
        const QString out = m_dir.filePath(format == QLatin1String("csv") ? QStringLiteral("killed.csv") : QStringLiteral("killed_npy"));
        const QStringList args = QStringList{QStringLiteral("embed"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                                             QStringLiteral("--format"), format, QStringLiteral("--out"), out} + files;
        QProcess proc;
        proc.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        QVERIFY(proc.waitForStarted());
        const QString watch = format == QLatin1String("csv") ? out : out + QStringLiteral("/keys.txt");
        for (int i = 0; i < 600 && proc.state() == QProcess::Running; ++i) {
            if (bytesOf(watch).count('\n') >= 20)
                break;
            QTest::qWait(50);
        }
        if (proc.state() != QProcess::Running)
            QSKIP("the run finished before it could be killed (a very fast machine)");
        QVERIFY(proc.processId() > 0);
        ::kill(pid_t(proc.processId()), SIGKILL);
        proc.waitForFinished();
        const Run again = cli(args);
        QVERIFY2(again.rc == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("400 rows")), qPrintable(again.err));
        if (format == QLatin1String("csv")) {
            const QList<QByteArray> lines = bytesOf(out).trimmed().split('\n');
            QCOMPARE(lines.size(), 401);
            QSet<QByteArray> keys;
            for (int i = 1; i < lines.size(); ++i) {
                QCOMPARE(lines[i].count(','), 8); // key + 8 values
                keys.insert(lines[i].split(',').first());
            }
            QCOMPARE(keys.size(), 400);
        } else {
            QCOMPARE(bytesOf(out + QStringLiteral("/keys.txt")).trimmed().split('\n').size(), 400);
        }
    }

    void killedEvaluateLeavesWholeFiles()
    {
        // SIGKILL at several moments of an evaluation: every output present is whole (metrics.json, written
        // last, parses), and a rerun into the same folder completes.
        QByteArray proto, scores;
        for (int i = 0; i < 300000; ++i) {
            const bool bona = i % 5 == 0;
            proto += "LA_" + QByteArray::number(i % 97) + " LA_T_" + QByteArray::number(i) + " - "
                     + (bona ? QByteArray("- bonafide\n") : "A0" + QByteArray::number(1 + i % 6) + " spoof\n");
            scores += "LA_T_" + QByteArray::number(i) + " " + QByteArray::number((bona ? 1.0 : -1.0) + 0.001 * (i % 1000), 'f', 4) + "\n";
        }
        const QString p = m_dir.filePath(QStringLiteral("big_protocol.txt")), sc = m_dir.filePath(QStringLiteral("big_scores.txt"));
        QVERIFY(putBytes(p, proto));
        QVERIFY(putBytes(sc, scores));
        const QString out = m_dir.filePath(QStringLiteral("eval_out"));
        const QStringList args{QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), p,
                               QStringLiteral("--scores"), sc, QStringLiteral("--out"), out, QStringLiteral("--no-progress")};
        auto checkWhole = [&]() {
            const QDir d(out);
            for (const QString &f : d.entryList(QDir::Files)) {
                const QByteArray b = bytesOf(d.filePath(f));
                if (f == QLatin1String("metrics.json")) {
                    QJsonParseError pe;
                    QJsonDocument::fromJson(b, &pe);
                    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(f + QLatin1String(": ") + pe.errorString()));
                } else if (f.endsWith(QLatin1String(".csv"))) {
                    QVERIFY2(b.endsWith('\n'), qPrintable(f + QLatin1String(" is cut")));
                }
            }
        };
        for (int delay : {200, 1500, 3000, 4500, 5500, 6200}) { // reading, computing and (on this machine, ~6 s) writing
            QProcess proc;
            proc.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
            QVERIFY(proc.waitForStarted());
            QTest::qWait(delay);
            // Never kill(0, ...): a finished QProcess reports pid 0, which is this whole process group.
            if (proc.state() == QProcess::Running && proc.processId() > 0)
                ::kill(pid_t(proc.processId()), SIGKILL);
            proc.waitForFinished();
            checkWhole();
        }
        const Run r = cli(args, 300000);
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        checkWhole();
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/metrics.json")));
        QVERIFY(QDir(out).entryList(QDir::Files | QDir::Hidden).filter(QRegularExpression(QStringLiteral("\\.[A-Za-z0-9]{6}$"))).isEmpty());
    }

    void guiHelpWithoutDisplay()
    {
        const QString gui = QFileInfo(qEnvironmentVariable("SOURCETRACE_CLI")).absolutePath() + QStringLiteral("/sourcetrace");
        if (!QFileInfo::exists(gui))
            QSKIP("the GUI binary is not built");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(gui, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        // Every option is listed, the scripted ones too (issue 14; tst_ui_help checks each one).
        QVERIFY(p.readAllStandardOutput().contains("--screenshot"));
        p.start(gui, QStringList{});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("no display"), "no clear message without a display");
    }
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_cli_reliability.moc"
