// sourcetrace-cli cluster (docs/cluster.md) with stand-ins for sbatch, squeue and sacct on PATH: each stand-in
// records the arguments it was given and answers what the test prepared (a job id, squeue/sacct lines, a refusal),
// so submit, status and resume are checked for the commands they run and what they record, without a cluster.
// The real cluster is tested by slurm_local_cluster (scripts/slurm/test-local-cluster.sh). Needs SOURCETRACE_CLI.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int code = -1;
    QString out, err;
};

void writeExecutable(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class TestCliCluster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bin, m_work;

    Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + e.value(QStringLiteral("PATH")));
        e.insert(QStringLiteral("FAKE_DIR"), m_tmp.path());
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(m_work);
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        p.waitForFinished(60000);
        Result r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    /// The sbatch calls so far, one list of arguments per call.
    QList<QStringList> sbatchCalls()
    {
        QFile f(m_tmp.filePath(QStringLiteral("sbatch.log")));
        QList<QStringList> calls;
        if (!f.open(QIODevice::ReadOnly))
            return calls;
        for (const QByteArray &call : f.readAll().split('\x1e'))
            if (!call.isEmpty())
                calls << QString::fromUtf8(call).split(QChar(0x1f), Qt::SkipEmptyParts);
        return calls;
    }
    void setFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_tmp.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    QJsonObject record(const QString &dir)
    {
        QFile f(QDir(m_work).filePath(dir + QStringLiteral("/cluster.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SOURCETRACE_CLI"))
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        m_bin = m_tmp.filePath(QStringLiteral("bin"));
        m_work = m_tmp.filePath(QStringLiteral("lab's work"));
        QVERIFY(QDir().mkpath(m_bin));
        QVERIFY(QDir().mkpath(m_work));
        // sbatch: logs its arguments (unit separator between words, record separator after a call); prints the next
        // id from $FAKE_DIR/next-id, or fails when $FAKE_DIR/refuse exists.
        writeExecutable(m_bin + QStringLiteral("/sbatch"),
                        "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\x1f' \"$a\"; done >> \"$FAKE_DIR/sbatch.log\"\n"
                        "printf '\\x1e' >> \"$FAKE_DIR/sbatch.log\"\n"
                        "if [ -f \"$FAKE_DIR/refuse\" ]; then echo 'sbatch: error: Batch job submission failed: Invalid account' >&2; exit 1; fi\n"
                        "id=$(cat \"$FAKE_DIR/next-id\"); echo $((id + 1)) > \"$FAKE_DIR/next-id\"; echo \"$id;cluster\"\n");
        writeExecutable(m_bin + QStringLiteral("/squeue"), "#!/bin/bash\ncat \"$FAKE_DIR/squeue.txt\" 2>/dev/null\n");
        writeExecutable(m_bin + QStringLiteral("/sacct"), "#!/bin/bash\ncat \"$FAKE_DIR/sacct.txt\" 2>/dev/null\n");
        setFile(QStringLiteral("next-id"), "500\n");
    }

    void submitRecordsTheJobs()
    {
        const Result r = run({"cluster", "submit", "embed", "--protocol", "my \"dev\" protocol.tsv", "--out", "emb out", "--shards", "3",
                              "--cpus", "4", "--partition", "cpu", "--dir", "run 1"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("array job 500 (shards 0-2)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("merge job 501")), qPrintable(r.out));
        const QString dir = QDir(m_work).filePath(QStringLiteral("run 1"));
        const QList<QStringList> calls = sbatchCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0], (QStringList{"--parsable", "--chdir=" + dir, dir + "/shards.sh"}));
        QCOMPARE(calls[1], (QStringList{"--parsable", "--chdir=" + dir, "--dependency=afterok:500", "--kill-on-invalid-dep=yes", dir + "/merge.sh"}));
        const QJsonObject rec = record(QStringLiteral("run 1"));
        QCOMPARE(rec.value("command").toString(), QStringLiteral("embed"));
        QCOMPARE(rec.value("arguments").toArray().at(1).toString(), QStringLiteral("my \"dev\" protocol.tsv"));
        QCOMPARE(rec.value("workingDirectory").toString(), m_work);
        const QJsonObject s = rec.value("submissions").toArray().at(0).toObject();
        QCOMPARE(s.value("arrayJob").toString(), QStringLiteral("500"));
        QCOMPARE(s.value("mergeJob").toString(), QStringLiteral("501"));
        QCOMPARE(s.value("array").toString(), QStringLiteral("0-2"));
        QVERIFY(QFileInfo(dir + QStringLiteral("/logs")).isDir());
        QFile script(dir + QStringLiteral("/shards.sh"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains("#SBATCH --array=0-2\n"));
        QVERIFY(text.contains("#SBATCH --partition=cpu\n"));
        QVERIFY(text.contains("#SBATCH --cpus-per-task=4\n"));
        // a second submit into the same folder is refused (its record would be lost)
        const Result again = run({"cluster", "submit", "embed", "--protocol", "p.tsv", "--out", "e", "--shards", "3", "--dir", "run 1"});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
    }

    void statusAndResume()
    {
        // shard 0 completed (with a complete shard.json), 1 failed, 2 still running; the merge was cancelled
        setFile(QStringLiteral("squeue.txt"), "500_2|RUNNING\n501|CANCELLED\n");
        setFile(QStringLiteral("sacct.txt"), "500_0|COMPLETED|0:0\n500_0.batch|COMPLETED|0:0\n500_1|OUT_OF_MEMORY|0:125\n500_2|RUNNING|0:0\n");
        const QString shard0 = QDir(m_work).filePath(QStringLiteral("emb out/shards/0-of-3"));
        QVERIFY(QDir().mkpath(shard0));
        {
            QFile f(shard0 + QStringLiteral("/shard.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"command":"embed","arguments":[],"shard":{"index":0,"count":3},"clips":1,"model":{"name":"m","weightsSha256":"x"},)"
                    R"("settingsFingerprint":"f","build":{"version":"0","commit":"c"},"complete":true,"failed":[]})");
        }
        const Result st = run({"cluster", "status", "run 1"});
        QVERIFY2(st.code == 0, qPrintable(st.err));
        QVERIFY2(st.out.contains(QStringLiteral("shard 0\t500_0\tcompleted (COMPLETED, exit 0:0)\tshard.json complete")), qPrintable(st.out));
        QVERIFY2(st.out.contains(QStringLiteral("shard 1\t500_1\tfailed (OUT_OF_MEMORY, exit 0:125)\tshard.json none")), qPrintable(st.out));
        QVERIFY2(st.out.contains(QStringLiteral("shard 2\t500_2\trunning (RUNNING)")), qPrintable(st.out));
        QVERIFY2(st.out.contains(QStringLiteral("merge\t501\tfailed (CANCELLED)")), qPrintable(st.out));
        QVERIFY2(st.out.contains(QStringLiteral("1 completed, 1 running, 0 pending, 1 failed, 0 unknown")), qPrintable(st.out));

        setFile(QStringLiteral("sbatch.log"), "");
        const Result dry = run({"cluster", "resume", "run 1", "--dry-run"});
        QCOMPARE(dry.code, 0);
        QVERIFY(sbatchCalls().isEmpty());
        QVERIFY2(dry.out.contains(QStringLiteral("--array=1 ")), qPrintable(dry.out));

        const Result r = run({"cluster", "resume", "run 1"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString dir = QDir(m_work).filePath(QStringLiteral("run 1"));
        const QList<QStringList> calls = sbatchCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0], (QStringList{"--parsable", "--chdir=" + dir, "--array=1", dir + "/shards.sh"}));
        // the new merge waits for the resubmitted shard and for shard 2, still running in the first array
        QCOMPARE(calls[1], (QStringList{"--parsable", "--chdir=" + dir, "--dependency=afterok:502:500_2", "--kill-on-invalid-dep=yes", dir + "/merge.sh"}));
        const QJsonArray subs = record(QStringLiteral("run 1")).value("submissions").toArray();
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs.at(1).toObject().value("array").toString(), QStringLiteral("1"));
        QCOMPARE(subs.at(1).toObject().value("mergeJob").toString(), QStringLiteral("503"));

        // now shard 1 is pending under the new array: status follows the latest submission of each shard
        setFile(QStringLiteral("squeue.txt"), "502_1|PENDING\n503|PENDING\n500_2|RUNNING\n");
        const Result st2 = run({"cluster", "status", "run 1"});
        QVERIFY2(st2.out.contains(QStringLiteral("shard 1\t502_1\tpending (PENDING)")), qPrintable(st2.out));
        const Result nothing = run({"cluster", "resume", "run 1"});
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(QStringLiteral("nothing to resume")), qPrintable(nothing.out));
    }

    void dryRunAndRefusals()
    {
        setFile(QStringLiteral("sbatch.log"), "");
        const Result dry = run({"cluster", "submit", "--shards", "2", "--dir", "dry", "--dry-run", "--", "detect", "--protocol", "p.tsv", "--out", "scores.tsv"});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(sbatchCalls().isEmpty());
        for (const char *f : {"shards.sh", "merge.sh", "submit.sh", "cluster.json"})
            QVERIFY2(QFile::exists(QDir(m_work).filePath(QStringLiteral("dry/") + QLatin1String(f))), f);
        const Result st = run({"cluster", "status", "dry"});
        QCOMPARE(st.code, 1);
        QVERIFY2(st.err.contains(QStringLiteral("no job was submitted")), qPrintable(st.err));

        QCOMPARE(run({"cluster", "submit", "evaluate", "--out", "x", "--shards", "2"}).code, 2);
        QCOMPARE(run({"cluster", "submit", "embed", "--protocol", "p.tsv", "--shards", "2"}).code, 2); // no --out
        QCOMPARE(run({"cluster", "submit", "embed", "--protocol", "p.tsv", "--out", "e"}).code, 2);    // no --shards
        QCOMPARE(run({"cluster", "submit", "train", "--protocol", "p.tsv", "--out", "r", "--shards", "2"}).code, 2);
        QCOMPARE(run({"cluster", "submit", "embed", "--out", "e", "--shards", "2", "--partition", "a b"}).code, 2);
        QCOMPARE(run({"cluster", "frobnicate"}).code, 2);
        // explain --protocol and library enrol: task K runs the command with --shard K/N, the merge job
        // `merge COMMAND ARGS --shards N` (docs/sharding.md); explain without --protocol and the other library
        // commands are refused.
        const Result explain = run({"cluster", "submit", "explain", "--protocol", "p.tsv", "--out", "x", "--steps", "8", "--shards", "2",
                                    "--dir", "dry-explain", "--dry-run"});
        QVERIFY2(explain.code == 0, qPrintable(explain.err));
        const Result library = run({"cluster", "submit", "library", "enrol", "lib.db", "--protocol", "p.tsv", "--shards", "3", "--cpus", "2",
                                    "--dir", "dry-library", "--dry-run"});
        QVERIFY2(library.code == 0, qPrintable(library.err));
        QVERIFY(sbatchCalls().isEmpty());
        auto text = [this](const QString &path) {
            QFile f(QDir(m_work).filePath(path));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("<cannot read %1>").arg(path);
        };
        const QString cli = QFileInfo(qEnvironmentVariable("SOURCETRACE_CLI")).absoluteFilePath();
        QVERIFY2(text(QStringLiteral("dry-explain/shards.sh"))
                     .contains(cli + QStringLiteral(" explain --protocol p.tsv --out x --steps 8 --shard \"$k/2\" --threads \"$threads\" --no-progress\n")),
                 qPrintable(text(QStringLiteral("dry-explain/shards.sh"))));
        QVERIFY2(text(QStringLiteral("dry-explain/merge.sh")).contains(cli + QStringLiteral(" merge explain --protocol p.tsv --out x --steps 8 --shards 2\n")),
                 qPrintable(text(QStringLiteral("dry-explain/merge.sh"))));
        QVERIFY2(text(QStringLiteral("dry-library/shards.sh"))
                     .contains(cli + QStringLiteral(" library enrol lib.db --protocol p.tsv --shard \"$k/3\" --threads \"$threads\" --no-progress\n")),
                 qPrintable(text(QStringLiteral("dry-library/shards.sh"))));
        QVERIFY2(text(QStringLiteral("dry-library/merge.sh")).contains(cli + QStringLiteral(" merge library enrol lib.db --protocol p.tsv --shards 3\n")),
                 qPrintable(text(QStringLiteral("dry-library/merge.sh"))));
        QVERIFY2(text(QStringLiteral("dry-library/shards.sh")).contains(QStringLiteral("#SBATCH --array=0-2")), qPrintable(text(QStringLiteral("dry-library/shards.sh"))));
        QCOMPARE(run({"cluster", "submit", "explain", "clip.wav", "--out", "x", "--shards", "2", "--dry-run"}).code, 2);
        QCOMPARE(run({"cluster", "submit", "library", "calibrate", "lib.db", "--protocol", "p.tsv", "--shards", "2", "--dry-run"}).code, 2);

        setFile(QStringLiteral("refuse"), "");
        const Result refused = run({"cluster", "submit", "embed", "--protocol", "p.tsv", "--out", "e", "--shards", "2", "--dir", "refused"});
        QFile::remove(m_tmp.filePath(QStringLiteral("refuse")));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Invalid account")), qPrintable(refused.err));

        QVERIFY(QDir(m_work).mkpath(QStringLiteral("broken")));
        QFile b(QDir(m_work).filePath(QStringLiteral("broken/cluster.json")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{ not json");
        b.close();
        const Result broken = run({"cluster", "status", "broken"});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("broken/cluster.json: not JSON")), qPrintable(broken.err));
        const Result absent = run({"cluster", "resume", "nowhere"});
        QCOMPARE(absent.code, 1);
        QVERIFY2(absent.err.contains(QStringLiteral("nowhere/cluster.json: absent")), qPrintable(absent.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCluster)
#include "tst_cli_cluster.moc"
