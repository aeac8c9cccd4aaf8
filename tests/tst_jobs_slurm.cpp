// Slurm support (core/jobs/Slurm.h, docs/cluster.md): the generated sbatch scripts are run here with bash and a fake
// sourcetrace-cli that prints the arguments it received, so quoting (spaces, quotes in paths), the shard index, the
// threads and the GPU environment are checked as the shell really sees them; squeue/sacct output samples (written by
// hand in Slurm's formats) are parsed; the record's round trip and its broken forms; the choice of shards to resume.
#include "jobs/Slurm.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace st;
using namespace st::slurm;

namespace {

QString writeFakeCli(const QString &dir)
{
    // Prints each argument on its own line between <>, then the environment the job set.
    const QString path = QDir(dir).filePath(QStringLiteral("fake cli"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/bash\nfor a in \"$@\"; do printf '<%s>\\n' \"$a\"; done\n"
            "printf 'OMP=%s\\n' \"$OMP_NUM_THREADS\"\nprintf 'CUDA=[%s]\\n' \"${CUDA_VISIBLE_DEVICES-unset}\"\nprintf 'PWD=%s\\n' \"$PWD\"\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return path;
}

/// Runs `script` with bash and the environment `env` (added to the process's); returns its stdout.
QString runScript(const QString &script, const QStringList &env, int *rc = nullptr)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SLURM_ARRAY_TASK_ID"));
    e.remove(QStringLiteral("SLURM_CPUS_PER_TASK"));
    e.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), QStringLiteral("0,1"));
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    p.waitForFinished(30000);
    if (rc)
        *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList printedArgs(const QString &output)
{
    QStringList a;
    for (const QString &l : output.split(QLatin1Char('\n')))
        if (l.startsWith(QLatin1Char('<')) && l.endsWith(QLatin1Char('>')))
            a << l.mid(1, l.size() - 2);
    return a;
}

SubmitSpec sampleSpec(const QString &cli, const QString &wd)
{
    SubmitSpec s;
    s.command = QStringLiteral("embed");
    s.arguments = {QStringLiteral("--protocol"), QStringLiteral("my protocol's \"dev\".tsv"), QStringLiteral("--out"), QStringLiteral("out dir/$HOME `x`")};
    s.shards = 4;
    s.cpus = 2;
    s.jobName = QStringLiteral("st-embed");
    s.cli = cli;
    s.workingDirectory = wd;
    return s;
}

} // namespace

class TestSlurm : public QObject
{
    Q_OBJECT
private slots:
    void shellQuoteSurvivesBash()
    {
        const QStringList words{QStringLiteral("plain"), QStringLiteral("with space"), QStringLiteral("it's"), QStringLiteral("\"dq\""),
                                QStringLiteral("$HOME"), QStringLiteral("`id`"), QStringLiteral("a\\b"), QString(), QStringLiteral("tab\there"),
                                QStringLiteral("new\nline"), QStringLiteral("*"), QStringLiteral("ü ñ")};
        QCOMPARE(shellQuote(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("for a in ") + shellJoin(words) + QStringLiteral("; do printf '%s\\0' \"$a\"; done")});
        QVERIFY(p.waitForFinished(10000));
        QStringList got = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
        QCOMPARE(got.takeLast(), QString());
        QCOMPARE(got, words);
    }

    void arrayRanges()
    {
        QCOMPARE(arrayRange({0, 1, 2, 3}), QStringLiteral("0-3"));
        QCOMPARE(arrayRange({5, 1, 3, 6, 7, 3}), QStringLiteral("1,3,5-7"));
        QCOMPARE(arrayRange({2}), QStringLiteral("2"));
        QCOMPARE(arrayRange({}), QString());
        QCOMPARE(parseArrayRange(QStringLiteral("1,3,5-7")), (QList<int>{1, 3, 5, 6, 7}));
        QCOMPARE(parseArrayRange(QStringLiteral("[2-4%2]")), (QList<int>{2, 3, 4}));
        for (const char *bad : {"", "a", "3-1", "1-2-3", "-1", "[1,x]"})
            QVERIFY_THROWS_EXCEPTION(Error, parseArrayRange(QString::fromLatin1(bad)));
    }

    void arrayScriptRunsTheShard()
    {
        QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/slurm test 'q' XXXXXX"));
        QVERIFY(tmp.isValid());
        const QString wd = tmp.filePath(QStringLiteral("work dir"));
        QVERIFY(QDir().mkpath(wd));
        const SubmitSpec s = sampleSpec(writeFakeCli(tmp.path()), wd);
        const QString script = arrayScript(s);
        QVERIFY(script.startsWith(QStringLiteral("#!/bin/bash\n")));
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --array=0-3\n")));
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --cpus-per-task=2\n")));
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --job-name=st-embed\n")));
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --output=logs/%x-%A_%a.out\n")));
        QVERIFY(!script.contains(QStringLiteral("--gres")));
        QVERIFY(!script.contains(QStringLiteral("--partition"))); // not asked for: the site's default
        int rc = -1;
        const QString o = runScript(script, {QStringLiteral("SLURM_ARRAY_TASK_ID=2"), QStringLiteral("SLURM_CPUS_PER_TASK=3")}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(printedArgs(o), (QStringList{QStringLiteral("embed"), QStringLiteral("--protocol"), QStringLiteral("my protocol's \"dev\".tsv"),
                                               QStringLiteral("--out"), QStringLiteral("out dir/$HOME `x`"), QStringLiteral("--shard"), QStringLiteral("2/4"),
                                               QStringLiteral("--threads"), QStringLiteral("3"), QStringLiteral("--no-progress")}));
        QVERIFY2(o.contains(QStringLiteral("OMP=3\n")), qPrintable(o));
        QVERIFY2(o.contains(QStringLiteral("CUDA=[]\n")), qPrintable(o)); // no GPU asked for: none visible
        QVERIFY2(o.contains(QStringLiteral("PWD=") + wd + QLatin1Char('\n')), qPrintable(o));
        // outside an array task the script stops with a message instead of running shard "/4"
        const QString none = runScript(script, {}, &rc);
        QVERIFY(rc != 0);
        QVERIFY(printedArgs(none).isEmpty());
    }

    void gpusThreadsAndResources()
    {
        QTemporaryDir tmp;
        SubmitSpec s = sampleSpec(writeFakeCli(tmp.path()), tmp.path());
        s.gpus = 1;
        s.partition = QStringLiteral("gpu");
        s.time = QStringLiteral("1-00:00:00");
        s.mem = QStringLiteral("16G");
        s.account = QStringLiteral("proj42");
        s.arguments << QStringLiteral("--threads") << QStringLiteral("5");
        const QString script = arrayScript(s);
        for (const char *d : {"--gres=gpu:1", "--partition=gpu", "--time=1-00:00:00", "--mem=16G", "--account=proj42"})
            QVERIFY2(script.contains(QStringLiteral("\n#SBATCH ") + QLatin1String(d) + QLatin1Char('\n')), d);
        const QString o = runScript(script, {QStringLiteral("SLURM_ARRAY_TASK_ID=0"), QStringLiteral("SLURM_CPUS_PER_TASK=8")});
        QVERIFY2(o.contains(QStringLiteral("CUDA=[0,1]\n")), qPrintable(o)); // the GPU Slurm gave is left as it is
        const QStringList a = printedArgs(o);
        QCOMPARE(a.count(QStringLiteral("--threads")), 1); // the user's --threads is kept, not doubled
        QCOMPARE(a.at(a.indexOf(QStringLiteral("--threads")) + 1), QStringLiteral("5"));
    }

    void mergeScriptAndSubmission()
    {
        QTemporaryDir tmp;
        const SubmitSpec s = sampleSpec(writeFakeCli(tmp.path()), tmp.path());
        const QString script = mergeScript(s);
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --job-name=st-embed-merge\n")));
        QVERIFY(!script.contains(QStringLiteral("--array")));
        int rc = -1;
        const QString o = runScript(script, {}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(printedArgs(o), (QStringList{QStringLiteral("merge"), QStringLiteral("embed"), QStringLiteral("--protocol"), QStringLiteral("my protocol's \"dev\".tsv"),
                                               QStringLiteral("--out"), QStringLiteral("out dir/$HOME `x`"), QStringLiteral("--shards"), QStringLiteral("4")}));
        QCOMPARE(sbatchArrayArguments(QStringLiteral("/d d"), QStringLiteral("shards.sh"), {}),
                 (QStringList{"sbatch", "--parsable", "--chdir=/d d", "/d d/shards.sh"}));
        QCOMPARE(sbatchArrayArguments(QStringLiteral("/d"), QStringLiteral("shards.sh"), {3, 1}),
                 (QStringList{"sbatch", "--parsable", "--chdir=/d", "--array=1,3", "/d/shards.sh"}));
        QCOMPARE(sbatchMergeArguments(QStringLiteral("/d"), QStringLiteral("merge.sh"), {QStringLiteral("1300"), QStringLiteral("1290_2")}),
                 (QStringList{"sbatch", "--parsable", "--chdir=/d", "--dependency=afterok:1300:1290_2", "--kill-on-invalid-dep=yes", "/d/merge.sh"}));
        QCOMPARE(parseSbatchOutput(QStringLiteral("1234\n")), QStringLiteral("1234"));
        QCOMPARE(parseSbatchOutput(QStringLiteral("sbatch: warning: x\n1234;cluster1\n")), QStringLiteral("1234"));
        QVERIFY_THROWS_EXCEPTION(Error, parseSbatchOutput(QStringLiteral("sbatch: error: Batch job submission failed\n")));
        QVERIFY(mergeScript([&] { SubmitSpec t = s; t.command = QStringLiteral("train"); t.shards = 1; return t; }()).isEmpty());
    }

    void trainingScriptResumes()
    {
        QTemporaryDir tmp;
        SubmitSpec s = sampleSpec(writeFakeCli(tmp.path()), tmp.path());
        s.command = QStringLiteral("train");
        s.shards = 1;
        s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("run 1")};
        s.validate();
        const QString script = arrayScript(s);
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --signal=B:TERM@180\n")));
        QVERIFY(script.contains(QStringLiteral("\n#SBATCH --requeue\n")));
        QVERIFY(script.contains(QStringLiteral("scontrol requeue")));
        const QStringList env{QStringLiteral("SLURM_ARRAY_TASK_ID=0"), QStringLiteral("SLURM_CPUS_PER_TASK=4"), QStringLiteral("SLURM_JOB_ID=77")};
        QCOMPARE(printedArgs(runScript(script, env)),
                 (QStringList{"train", "--protocol", "p.tsv", "--out", "run 1", "--threads", "4", "--no-progress"}));
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("run 1")));
        QFile run(tmp.filePath(QStringLiteral("run 1/run.json")));
        QVERIFY(run.open(QIODevice::WriteOnly));
        run.close();
        QCOMPARE(printedArgs(runScript(script, env)), (QStringList{"train", "--resume", "run 1", "--threads", "4", "--no-progress"}));
        s.shards = 2;
        QVERIFY_THROWS_EXCEPTION(Error, s.validate());

        // The early SIGTERM: 3 minutes before a limit of 10 minutes or more (or the site's default limit); none
        // under 10 minutes, where Slurm (which sends it up to 60 s early) would send it at once: the limit's own
        // SIGTERM makes train checkpoint then (test-local-training.sh runs that with --time 1).
        QCOMPARE(timeLimitSeconds(QStringLiteral("1")), 60LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("90:30")), 5430LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("12:00:00")), 43200LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("2-0")), 172800LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("1-02:03")), 93780LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("1-02:03:04")), 93784LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("infinite")), -1LL);
        QCOMPARE(timeLimitSeconds(QString()), -1LL);
        QCOMPARE(timeLimitSeconds(QStringLiteral("1:2:3:4")), -1LL);
        s.shards = 1;
        for (const auto &[time, lead] : {std::pair{QString(), 180}, std::pair{QStringLiteral("12:00:00"), 180},
                                         std::pair{QStringLiteral("10"), 180}, std::pair{QStringLiteral("9:59"), 0},
                                         std::pair{QStringLiteral("1"), 0}}) {
            s.time = time;
            QCOMPARE(trainingSignalLead(s), lead);
            const QString t = arrayScript(s);
            QCOMPARE(t.contains(QStringLiteral("\n#SBATCH --signal=B:TERM@180\n")), lead == 180);
            QVERIFY(!t.contains(QStringLiteral("--signal")) || lead > 0);
            QVERIFY(t.contains(QStringLiteral("\n#SBATCH --requeue\n")));
        }
        // A resumed attempt says from which epoch and batch (read from the checkpoint's state.json).
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("run 1/checkpoint")));
        QFile st(tmp.filePath(QStringLiteral("run 1/checkpoint/state.json")));
        QVERIFY(st.open(QIODevice::WriteOnly));
        st.write("{\n    \"bestEpoch\": 1,\n    \"nextBatch\": 17,\n    \"nextEpoch\": 4,\n    \"step\": 9\n}\n");
        st.close();
        s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("run 1")};
        QVERIFY2(runScript(arrayScript(s), env)
                     .contains(QStringLiteral("sourcetrace: resuming run 1 from its checkpoint: epoch 4, batch 17\n")),
                 "the resumed attempt does not name the checkpoint's epoch and batch");
    }

    void trainingScriptCheckpointsAndRequeuesOnSigterm()
    {
        // Slurm's early SIGTERM (--signal=B:TERM@180) reaches the batch shell: it must pass it on to train (which
        // checkpoints and stops) and then requeue the job. A stand-in train waits for SIGTERM; a stand-in scontrol
        // records its arguments.
        QTemporaryDir tmp;
        const QString bin = tmp.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        auto exe = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(text);
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        };
        const QString mark = tmp.filePath(QStringLiteral("mark"));
        exe(bin + QStringLiteral("/train-cli"), "#!/bin/bash\ntrap 'echo checkpointed > \"$MARK\"; exit 1' TERM\n"
                                                "touch \"$MARK.started\"\nwhile true; do sleep 0.05; done\n");
        exe(bin + QStringLiteral("/scontrol"), "#!/bin/bash\necho \"$@\" > \"$MARK.scontrol\"\n");
        SubmitSpec s = sampleSpec(bin + QStringLiteral("/train-cli"), tmp.path());
        s.command = QStringLiteral("train");
        s.shards = 1;
        s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("run")};
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + e.value(QStringLiteral("PATH")));
        e.insert(QStringLiteral("MARK"), mark);
        e.insert(QStringLiteral("SLURM_JOB_ID"), QStringLiteral("77"));
        e.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("0"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), arrayScript(s)});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mark + QStringLiteral(".started")), 20000);
        p.terminate(); // SIGTERM to the batch shell
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0); // requeued: the job itself did not fail
        QVERIFY(QFile::exists(mark)); // train got SIGTERM (it writes its checkpoint then)
        QFile sc(mark + QStringLiteral(".scontrol"));
        QVERIFY(sc.open(QIODevice::ReadOnly));
        QCOMPARE(sc.readAll().trimmed(), QByteArray("requeue 77"));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("requeueing job 77")));
    }

    void cancelledTrainingIsNotRequeued()
    {
        // scancel sends the same SIGTERM as the time limit; scontrol then says JobState=COMPLETING Reason=None
        // (measured on Slurm 22.05: Reason=TimeLimit at the limit). The run is checkpointed and not requeued.
        QTemporaryDir tmp;
        const QString bin = tmp.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        auto exe = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(text);
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        };
        const QString mark = tmp.filePath(QStringLiteral("mark"));
        exe(bin + QStringLiteral("/train-cli"), "#!/bin/bash\ntrap 'echo checkpointed > \"$MARK\"; exit 1' TERM\n"
                                                "touch \"$MARK.started\"\nwhile true; do sleep 0.05; done\n");
        for (const QByteArray &reason : {QByteArray("None"), QByteArray("TimeLimit")}) {
            QFile::remove(mark);
            QFile::remove(mark + QStringLiteral(".started"));
            QFile::remove(mark + QStringLiteral(".requeue"));
            exe(bin + QStringLiteral("/scontrol"),
                "#!/bin/bash\nif [ \"$1\" = show ]; then echo \"   JobState=COMPLETING Reason=" + reason
                    + " Dependency=(null)\"; else echo \"$@\" > \"$MARK.requeue\"; fi\n");
            SubmitSpec s = sampleSpec(bin + QStringLiteral("/train-cli"), tmp.path());
            s.command = QStringLiteral("train");
            s.shards = 1;
            s.time = QStringLiteral("1");
            s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("run")};
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + e.value(QStringLiteral("PATH")));
            e.insert(QStringLiteral("MARK"), mark);
            e.insert(QStringLiteral("SLURM_JOB_ID"), QStringLiteral("78"));
            e.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("0"));
            p.setProcessEnvironment(e);
            p.start(QStringLiteral("bash"), {QStringLiteral("-c"), arrayScript(s)});
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(mark + QStringLiteral(".started")), 20000);
            p.terminate();
            QVERIFY(p.waitForFinished(20000));
            QVERIFY(QFile::exists(mark)); // train got the SIGTERM and checkpointed
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            if (reason == "None") {
                QCOMPARE(p.exitCode(), 1); // train's own status: the job ends as it did
                QVERIFY(!QFile::exists(mark + QStringLiteral(".requeue")));
                QVERIFY2(out.contains(QStringLiteral("not requeued")), qPrintable(out));
            } else {
                QCOMPARE(p.exitCode(), 0);
                QVERIFY(QFile::exists(mark + QStringLiteral(".requeue")));
                QVERIFY2(out.contains(QStringLiteral("requeueing job 78")), qPrintable(out));
            }
        }
    }

    void validation()
    {
        SubmitSpec s = sampleSpec(QStringLiteral("/x/sourcetrace-cli"), QStringLiteral("/w"));
        s.validate();
        auto refused = [](SubmitSpec t, const QString &part) {
            try {
                t.validate();
            } catch (const Error &e) {
                return e.message().contains(part);
            }
            return false;
        };
        QVERIFY(refused([&] { auto t = s; t.partition = QStringLiteral("a b"); return t; }(), QStringLiteral("--partition")));
        QVERIFY(refused([&] { auto t = s; t.time = QStringLiteral("1:00\n#SBATCH --x"); return t; }(), QStringLiteral("--time")));
        QVERIFY(refused([&] { auto t = s; t.jobName = QStringLiteral("my job"); return t; }(), QStringLiteral("--job-name")));
        QVERIFY(refused([&] { auto t = s; t.shards = 0; return t; }(), QStringLiteral("--shards")));
        QVERIFY(refused([&] { auto t = s; t.cpus = 0; return t; }(), QStringLiteral("--cpus")));
        QVERIFY(refused([&] { auto t = s; t.arguments << QStringLiteral("--shard") << QStringLiteral("1/2"); return t; }(), QStringLiteral("--shard")));
    }

    void squeueAndSacct()
    {
        // squeue --noheader --array --states=all --format=%i|%T
        const auto q = parseSqueue(QStringLiteral("1234_0|COMPLETED\n1234_1|RUNNING\n1234_[2-3]|PENDING\n1240|PENDING\n\n"));
        QCOMPARE(q.size(), 5);
        QCOMPARE(q.value(QStringLiteral("1234_1")).state, State::Running);
        QCOMPARE(q.value(QStringLiteral("1234_3")).state, State::Pending);
        QCOMPARE(q.value(QStringLiteral("1240")).slurmState, QStringLiteral("PENDING"));
        // sacct --noheader --parsable2 --format=JobID,State,ExitCode: steps skipped, "CANCELLED by 0" read as cancelled
        const auto a = parseSacct(QStringLiteral("1234_0|COMPLETED|0:0\n1234_0.batch|COMPLETED|0:0\n1234_0.extern|COMPLETED|0:0\n"
                                                 "1234_1|FAILED|1:0\n1234_2|CANCELLED by 0|0:15\n1234_3|TIMEOUT|0:0\n1234_4|OUT_OF_MEMORY|0:125\n1240|PENDING|0:0\n"));
        QCOMPARE(a.size(), 6);
        QCOMPARE(a.value(QStringLiteral("1234_0")).state, State::Completed);
        QCOMPARE(a.value(QStringLiteral("1234_1")).state, State::Failed);
        QCOMPARE(a.value(QStringLiteral("1234_1")).exitCode, QStringLiteral("1:0"));
        QCOMPARE(a.value(QStringLiteral("1234_2")).state, State::Failed);
        QCOMPARE(a.value(QStringLiteral("1234_3")).state, State::Failed);
        QCOMPARE(a.value(QStringLiteral("1234_4")).state, State::Failed);
        QCOMPARE(stateFromSlurm(QStringLiteral("SOMETHING_NEW")), State::Unknown);
        try {
            parseSacct(QStringLiteral("1234_0|COMPLETED|0:0\nabc_1|FAILED|1:0\n"));
            QFAIL("an unknown job id was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.path(), QStringLiteral("sacct"));
            QCOMPARE(e.line(), 2);
            QVERIFY(e.cause().contains(QStringLiteral("abc_1")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, parseSqueue(QStringLiteral("1234_0 RUNNING\n")));
        QVERIFY_THROWS_EXCEPTION(Error, parseSacct(QStringLiteral("1234_0|COMPLETED\n")));
    }

    void recordRoundTripAndBrokenRecords()
    {
        QTemporaryDir tmp;
        ClusterRecord rec;
        rec.spec = sampleSpec(QStringLiteral("/opt/st/sourcetrace-cli"), QStringLiteral("/scratch/lab"));
        rec.spec.partition = QStringLiteral("cpu");
        rec.submissions << Submission{QStringLiteral("1234"), {0, 1, 2, 3}, QStringLiteral("1235"), QStringLiteral("2026-12-07T01:00:00Z")}
                        << Submission{QStringLiteral("1300"), {1, 3}, QStringLiteral("1301"), QStringLiteral("2026-12-07T02:00:00Z")};
        rec.write(tmp.path());
        const ClusterRecord back = ClusterRecord::read(tmp.path());
        QCOMPARE(back.spec.arguments, rec.spec.arguments);
        QCOMPARE(back.spec.shards, 4);
        QCOMPARE(back.spec.partition, QStringLiteral("cpu"));
        QCOMPARE(back.submissions.size(), 2);
        QCOMPARE(back.submissions[1].indices, (QList<int>{1, 3}));
        QCOMPARE(back.taskJobId(0), QStringLiteral("1234_0"));
        QCOMPARE(back.taskJobId(3), QStringLiteral("1300_3"));

        const QString path = ClusterRecord::path(tmp.path());
        auto expectError = [&](const QByteArray &content, const QString &part) {
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(content);
            f.close();
            try {
                ClusterRecord::read(tmp.path());
            } catch (const Error &e) {
                if (e.path() == path && e.message().contains(part))
                    return true;
                qWarning() << e.message();
            }
            return false;
        };
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray good = f.readAll();
        f.close();
        QVERIFY(expectError("this is { not json", QStringLiteral("not JSON")));
        QVERIFY(expectError("[1, 2]", QStringLiteral("not a JSON object")));
        QVERIFY(expectError(QByteArray(good).replace("\"1300\"", "\"13x0\""), QStringLiteral("\"13x0\" is not a Slurm job id")));
        QVERIFY(expectError(QByteArray(good).replace("\"1,3\"", "\"1,9\""), QStringLiteral("shard 9")));
        QVERIFY(expectError(QByteArray(good).replace("\"shards\": 4", "\"shards\": \"4\""), QStringLiteral("shards")));
        QFile::remove(path);
        try {
            ClusterRecord::read(tmp.path());
            QFAIL("a missing cluster.json was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.path(), path);
            QVERIFY(e.cause().contains(QStringLiteral("absent")));
        }
    }

    void resumeSelection()
    {
        ClusterRecord rec;
        rec.spec = sampleSpec(QStringLiteral("/x"), QStringLiteral("/w"));
        rec.spec.shards = 6;
        rec.submissions << Submission{QStringLiteral("100"), {0, 1, 2, 3, 4, 5}, QStringLiteral("101"), {}};
        // shard 0 completed; 1 failed; 2 running; 3 pending; 4 "completed" but its shard.json is incomplete;
        // 5 unknown to both (purged) and has no shard.json
        const auto q = parseSqueue(QStringLiteral("100_2|RUNNING\n100_3|PENDING\n"));
        const auto a = parseSacct(QStringLiteral("100_0|COMPLETED|0:0\n100_1|FAILED|1:0\n100_2|RUNNING|0:0\n100_4|COMPLETED|0:0\n"));
        const QList<ShardStatus> st = shardStatuses(rec, q, a, {1, 0, -1, -1, 0, -1});
        QCOMPARE(st.size(), 6);
        QCOMPARE(st[0].job.state, State::Completed);
        QCOMPARE(st[1].job.state, State::Failed);
        QCOMPARE(st[2].job.state, State::Running);
        QCOMPARE(st[5].job.state, State::Unknown);
        QCOMPARE(shardsToResume(rec, st), (QList<int>{1, 4, 5}));
        // a shard whose job is unknown but whose shard.json is complete is not run again
        const QList<ShardStatus> st2 = shardStatuses(rec, q, a, {1, 0, -1, -1, 0, 1});
        QCOMPARE(shardsToResume(rec, st2), (QList<int>{1, 4}));

        // train: no shard.json; resumed unless completed, pending or running
        ClusterRecord tr = rec;
        tr.spec.command = QStringLiteral("train");
        tr.spec.shards = 1;
        tr.submissions = {Submission{QStringLiteral("200"), {0}, QString(), {}}};
        QCOMPARE(shardsToResume(tr, shardStatuses(tr, {}, parseSacct(QStringLiteral("200_0|TIMEOUT|0:0\n")), {})), (QList<int>{0}));
        QCOMPARE(shardsToResume(tr, shardStatuses(tr, {}, parseSacct(QStringLiteral("200_0|COMPLETED|0:0\n")), {})), QList<int>{});
    }

    void shardJsonPlaces()
    {
        SubmitSpec s = sampleSpec(QStringLiteral("/x"), QStringLiteral("/w"));
        s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("emb")};
        QCOMPARE(shardJsonCandidates(s, 2), (QStringList{"/w/emb/shards/2-of-4/shard.json", "/w/emb.shards/2-of-4/shard.json"}));
        s.arguments = {QStringLiteral("--out=/abs/scores.tsv")};
        QCOMPARE(shardJsonCandidates(s, 0).value(1), QStringLiteral("/abs/scores.tsv.shards/0-of-4/shard.json"));
        QCOMPARE(outputOf(QStringLiteral("library"), {QStringLiteral("enrol"), QStringLiteral("lib.db"), QStringLiteral("--protocol"), QStringLiteral("p")}),
                 QStringLiteral("lib.db"));
        QCOMPARE(outputOf(QStringLiteral("embed"), {QStringLiteral("--protocol"), QStringLiteral("p")}), QString());
    }
};

QTEST_GUILESS_MAIN(TestSlurm)
#include "tst_jobs_slurm.moc"
