// sourcetrace-cli cluster: runs a sharded command on a Slurm cluster (docs/cluster.md).
//   cluster submit COMMAND ARGS... --shards N [--partition P --time T --cpus C --gpus G --mem M --account A
//                  --job-name NAME --dir D --setup FILE --cli PATH] [--dry-run]
//   cluster status D
//   cluster resume D [--dry-run]
// The scripts, the record (D/cluster.json), the parsing of squeue/sacct and the choice of shards to resume are in
// core/jobs/Slurm (tested by tst_jobs_slurm); this file runs sbatch, squeue and sacct and reads the shards'
// shard.json (core/dataset/Shard.h).
#include "cli/CliCommand.h"

#include "dataset/Shard.h"
#include "jobs/Slurm.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

namespace st::cli {

namespace {

using namespace st::slurm;

const char *kUsage = QT_TRANSLATE_NOOP("ClusterCommand",
    "usage: sourcetrace-cli cluster submit COMMAND ARGS... --shards N [options] [--dry-run]\n"
    "       sourcetrace-cli cluster status D\n"
    "       sourcetrace-cli cluster resume D [--dry-run]\n"
    "Runs a sharded command (embed, detect, explain --protocol, library enrol; train with --shards 1) on a Slurm\n"
    "cluster: an array job of N tasks (task K runs COMMAND ARGS --shard K/N) and a merge job that starts when all\n"
    "of them succeeded (sourcetrace-cli merge COMMAND ARGS --shards N). The scripts, their logs (D/logs) and the\n"
    "submitted job ids (D/cluster.json) are kept in the folder D. Put -- before COMMAND when one of its options\n"
    "has the name of an option below.\n"
    "  --shards N        number of shards (array tasks); 1 for train\n"
    "  --partition P     --time T     --mem M     --account A     sbatch's options, as the site names them\n"
    "  --cpus C          CPUs per task (default 1): the command's --threads and OMP_NUM_THREADS\n"
    "  --gpus G          GPUs per task (--gres=gpu:G; default 0: CUDA_VISIBLE_DEVICES is emptied)\n"
    "  --job-name NAME   (default st-COMMAND)\n"
    "  --dir D           (default ./slurm-NAME-YYYYMMDD-HHMMSS)\n"
    "  --setup FILE      a shell file every job sources first (module load ..., site variables)\n"
    "  --cli PATH        sourcetrace-cli as the nodes see it (default: this program)\n"
    "  --dry-run         write the scripts and D/submit.sh only, and print how to submit them\n"
    "status: the state of each shard (pending, running, completed, failed) from squeue and sacct, with its\n"
    "shard.json's complete flag, and the merge job's state.\n"
    "resume: submits again the shards that failed or are not complete (an array of those indices) and a new merge\n"
    "job that waits for them and for the shards still running.\n"
    "Exit code: 0 done, 1 failed (sbatch refused, a folder unreadable), 2 usage error.");

int usage(const QString &why)
{
    err(QStringLiteral("sourcetrace-cli cluster: %1").arg(why));
    err(QCoreApplication::translate("ClusterCommand", "run 'sourcetrace-cli cluster --help' for the usage"));
    return 2;
}

/// Runs a program (words[0]) with its arguments; returns its exit status (-1 when it did not start) and its output.
int runProgram(const QStringList &words, QString &stdoutText, QString &stderrText)
{
    QProcess p;
    p.start(words.first(), words.mid(1));
    if (!p.waitForStarted(30000)) {
        stderrText = QCoreApplication::translate("ClusterCommand", "%1 could not be started (%2): is this a Slurm login node?")
                         .arg(words.first(), p.errorString());
        return -1;
    }
    p.closeWriteChannel();
    p.waitForFinished(300000);
    stdoutText = QString::fromLocal8Bit(p.readAllStandardOutput());
    stderrText = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

/// sbatch WORDS; the job id, or throws st::Error with sbatch's message.
QString sbatch(const QStringList &words)
{
    QString o, e;
    const int rc = runProgram(words, o, e);
    if (rc != 0)
        throw Error(QCoreApplication::translate("ClusterCommand", "sbatch refused the job (exit status %1): %2").arg(rc).arg(e.isEmpty() ? o.trimmed() : e));
    return parseSbatchOutput(o);
}

bool writeFile(const QString &path, const QString &text, bool executable)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err(QStringLiteral("sourcetrace-cli: %1: %2").arg(path, f.errorString()));
        return false;
    }
    f.write(text.toUtf8());
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    return true;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// The shard.json complete flags (1, 0, -1 none) and notes for the unreadable ones.
QList<int> shardFlags(const ClusterRecord &rec, QStringList &notes)
{
    QList<int> flags;
    for (int k = 0; k < rec.spec.shards; ++k) {
        int flag = -1;
        for (const QString &c : shardJsonCandidates(rec.spec, k)) {
            if (!QFileInfo::exists(c))
                continue;
            try {
                flag = ShardInfo::read(QFileInfo(c).absolutePath()).complete ? 1 : 0;
            } catch (const Error &e) {
                flag = 0;
                notes << e.message();
            }
            break;
        }
        flags << flag;
    }
    return flags;
}

struct Observed
{
    QHash<QString, slurm::JobState> squeue, sacct;
    QStringList notes;
};

Observed observe(const ClusterRecord &rec)
{
    Observed ob;
    QStringList ids;
    for (const Submission &s : rec.submissions) {
        ids << s.arrayJobId;
        if (!s.mergeJobId.isEmpty())
            ids << s.mergeJobId;
    }
    if (ids.isEmpty())
        return ob;
    QString o, e;
    // squeue fails ("Invalid job id specified") when none of the jobs is known to the controller any more.
    if (runProgram(squeueArguments(ids), o, e) == 0) {
        try {
            ob.squeue = parseSqueue(o);
        } catch (const Error &x) {
            ob.notes << x.message();
        }
    } else if (!e.isEmpty()) {
        ob.notes << QStringLiteral("squeue: ") + e;
    }
    if (runProgram(sacctArguments(ids), o, e) == 0) {
        try {
            ob.sacct = parseSacct(o);
        } catch (const Error &x) {
            ob.notes << x.message();
        }
    } else if (!e.isEmpty()) {
        ob.notes << QStringLiteral("sacct: ") + e;
    }
    return ob;
}

slurm::JobState jobState(const Observed &ob, const QString &id)
{
    if (ob.squeue.contains(id))
        return ob.squeue.value(id);
    return ob.sacct.value(id);
}

QString describe(const slurm::JobState &j)
{
    if (j.slurmState.isEmpty())
        return stateName(j.state);
    QString t = QStringLiteral("%1 (%2").arg(stateName(j.state), j.slurmState);
    if (!j.exitCode.isEmpty())
        t += QStringLiteral(", exit ") + j.exitCode;
    return t + QLatin1Char(')');
}

QString flagText(int f)
{
    return f == 1 ? QStringLiteral("complete") : f == 0 ? QStringLiteral("incomplete") : QStringLiteral("none");
}

int runSubmit(const QStringList &args)
{
    static const QStringList valued{"shards", "partition", "time", "cpus", "gpus", "mem", "account", "job-name", "dir", "setup", "cli"};
    QHash<QString, QString> opt;
    bool dryRun = false;
    QStringList words;
    const int dashdash = args.indexOf(QStringLiteral("--"));
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (dashdash >= 0 && i > dashdash) {
            words << a;
            continue;
        }
        if (i == dashdash)
            continue;
        if (a == QLatin1String("--dry-run")) {
            dryRun = true;
            continue;
        }
        bool taken = false;
        for (const QString &n : valued) {
            const QString o = QStringLiteral("--") + n;
            if (a == o) {
                if (i + 1 >= args.size())
                    return usage(QCoreApplication::translate("ClusterCommand", "%1 needs a value").arg(o));
                opt.insert(n, args[++i]);
                taken = true;
            } else if (a.startsWith(o + QLatin1Char('='))) {
                opt.insert(n, a.mid(o.size() + 1));
                taken = true;
            }
            if (taken)
                break;
        }
        if (!taken) {
            if (dashdash >= 0)
                return usage(QCoreApplication::translate("ClusterCommand", "unknown option \"%1\" before --").arg(a));
            words << a;
        }
    }
    if (words == QStringList{QStringLiteral("--help")}) {
        out(QCoreApplication::translate("ClusterCommand", kUsage));
        return 0;
    }
    if (words.isEmpty())
        return usage(QCoreApplication::translate("ClusterCommand", "no command (cluster submit COMMAND ARGS... --shards N)"));
    SubmitSpec spec;
    spec.command = words.first();
    spec.arguments = words.mid(1);
    static const QStringList known{"embed", "detect", "explain", "library", "train"};
    if (!known.contains(spec.command))
        return usage(QCoreApplication::translate("ClusterCommand", "\"%1\" cannot run on a cluster (embed, detect, explain --protocol, library enrol, train)").arg(spec.command));
    if (spec.command == QLatin1String("library") && spec.arguments.value(0) != QLatin1String("enrol"))
        return usage(QCoreApplication::translate("ClusterCommand", "of the library commands only \"library enrol\" is sharded"));
    if (spec.command == QLatin1String("explain") && !spec.arguments.contains(QStringLiteral("--protocol"))
        && !std::any_of(spec.arguments.cbegin(), spec.arguments.cend(), [](const QString &a) { return a.startsWith(QLatin1String("--protocol=")); }))
        return usage(QCoreApplication::translate("ClusterCommand", "explain is sharded with --protocol only"));
    if (!opt.contains(QStringLiteral("shards")))
        return usage(QCoreApplication::translate("ClusterCommand", "--shards N is required (1 for train)"));
    if (outputOf(spec.command, spec.arguments).isEmpty())
        return usage(QCoreApplication::translate("ClusterCommand", "the command's output (--out) must be given on the command line: the shards and the merge are found from it"));
    auto intOpt = [&](const char *n, int def, bool &ok) {
        ok = true;
        if (!opt.contains(QLatin1String(n)))
            return def;
        return opt.value(QLatin1String(n)).toInt(&ok);
    };
    bool ok1, ok2, ok3;
    spec.shards = intOpt("shards", 1, ok1);
    spec.cpus = intOpt("cpus", 1, ok2);
    spec.gpus = intOpt("gpus", 0, ok3);
    if (!ok1 || !ok2 || !ok3)
        return usage(QCoreApplication::translate("ClusterCommand", "--shards, --cpus and --gpus take whole numbers"));
    spec.partition = opt.value(QStringLiteral("partition"));
    spec.time = opt.value(QStringLiteral("time"));
    spec.mem = opt.value(QStringLiteral("mem"));
    spec.account = opt.value(QStringLiteral("account"));
    spec.jobName = opt.value(QStringLiteral("job-name"), QStringLiteral("st-") + spec.command);
    spec.cli = QFileInfo(opt.value(QStringLiteral("cli"), QCoreApplication::applicationFilePath())).absoluteFilePath();
    spec.workingDirectory = QDir::currentPath();
    if (opt.contains(QStringLiteral("setup")))
        spec.setup = QFileInfo(opt.value(QStringLiteral("setup"))).absoluteFilePath();
    try {
        spec.validate();
    } catch (const Error &e) {
        return usage(e.message());
    }

    const QString dir = QFileInfo(opt.value(QStringLiteral("dir"), QStringLiteral("slurm-%1-%2").arg(spec.jobName, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))))).absoluteFilePath();
    if (QFileInfo::exists(ClusterRecord::path(dir))) {
        err(QStringLiteral("sourcetrace-cli: %1").arg(Error(ClusterRecord::path(dir), QCoreApplication::translate("ClusterCommand", "already exists: a run was submitted from this folder (use cluster status / resume, or another --dir)")).message()));
        return 1;
    }
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("logs")))) {
        err(QStringLiteral("sourcetrace-cli: %1: %2").arg(dir, QCoreApplication::translate("ClusterCommand", "cannot create the folder")));
        return 1;
    }
    ClusterRecord rec;
    rec.spec = spec;
    const QString shardsPath = QDir(dir).filePath(rec.arrayScript);
    const QString mergePath = QDir(dir).filePath(rec.mergeScript);
    if (!writeFile(shardsPath, arrayScript(spec), true))
        return 1;
    const bool merging = !spec.isTraining();
    if (merging && !writeFile(mergePath, mergeScript(spec), true))
        return 1;
    // submit.sh: the same submission by hand (sites with their own habits edit it or copy its lines).
    QString submit = QStringLiteral("#!/bin/bash\n# Written by sourcetrace-cli cluster submit: submits %1%2 by hand.\n"
                                    "# `sourcetrace-cli cluster status/resume` need the job ids in cluster.json: prefer `cluster submit` without --dry-run.\nset -e\n")
                         .arg(rec.arrayScript, merging ? QStringLiteral(" and ") + rec.mergeScript : QString());
    submit += QStringLiteral("array=$(%1)\narray=${array%%;*}\necho \"array job $array\"\n").arg(shellJoin(sbatchArrayArguments(dir, rec.arrayScript, {})));
    if (merging)
        submit += QStringLiteral("merge=$(%1:\"$array\" --kill-on-invalid-dep=yes %2)\necho \"merge job ${merge%%;*}\"\n")
                      .arg(shellJoin(QStringList{"sbatch", "--parsable", "--chdir=" + dir, "--dependency=afterok"}), shellQuote(mergePath));
    if (!writeFile(QDir(dir).filePath(QStringLiteral("submit.sh")), submit, true))
        return 1;
    try {
        if (dryRun) {
            rec.write(dir);
            out(QCoreApplication::translate("ClusterCommand", "wrote %1 (%2 shards)%3; submit with:").arg(shardsPath).arg(spec.shards).arg(merging ? QStringLiteral(" and ") + mergePath : QString()));
            out(QStringLiteral("  ") + shellQuote(QDir(dir).filePath(QStringLiteral("submit.sh"))));
            return 0;
        }
        Submission s;
        s.submittedAt = nowUtc();
        for (int k = 0; k < spec.shards; ++k)
            s.indices << k;
        s.arrayJobId = sbatch(sbatchArrayArguments(dir, rec.arrayScript, {}));
        rec.submissions << s;
        rec.write(dir); // the array is recorded even when the merge job is refused
        if (merging) {
            rec.submissions.last().mergeJobId = sbatch(sbatchMergeArguments(dir, rec.mergeScript, {s.arrayJobId}));
            rec.write(dir);
        }
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli: %1").arg(e.message()));
        return 1;
    }
    const Submission &s = rec.submissions.last();
    out(QCoreApplication::translate("ClusterCommand", "array job %1 (shards %2)").arg(s.arrayJobId, arrayRange(s.indices)));
    if (merging)
        out(QCoreApplication::translate("ClusterCommand", "merge job %1 (after the array job succeeds)").arg(s.mergeJobId));
    out(QCoreApplication::translate("ClusterCommand", "recorded in %1; follow with: sourcetrace-cli cluster status %2").arg(ClusterRecord::path(dir), shellQuote(dir)));
    return 0;
}

int runStatusOrResume(const QStringList &args, bool resume)
{
    bool dryRun = false;
    QStringList pos;
    for (const QString &a : args) {
        if (resume && a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage(QCoreApplication::translate("ClusterCommand", "unknown option \"%1\"").arg(a));
        else
            pos << a;
    }
    if (pos.size() != 1)
        return usage(QCoreApplication::translate("ClusterCommand", "give one folder D (written by cluster submit)"));
    const QString dir = QFileInfo(pos.first()).absoluteFilePath();
    try {
        ClusterRecord rec = ClusterRecord::read(dir);
        if (rec.submissions.isEmpty()) {
            err(QStringLiteral("sourcetrace-cli: %1").arg(Error(ClusterRecord::path(dir), QCoreApplication::translate("ClusterCommand", "no job was submitted from here (a --dry-run): submit with %1").arg(QDir(dir).filePath(QStringLiteral("submit.sh")))).message()));
            return 1;
        }
        Observed ob = observe(rec);
        QStringList notes = ob.notes;
        const QList<int> flags = shardFlags(rec, notes);
        const QList<ShardStatus> st = shardStatuses(rec, ob.squeue, ob.sacct, flags);
        const Submission &last = rec.submissions.last();
        const bool merging = !rec.spec.isTraining();
        const slurm::JobState merge = merging ? jobState(ob, last.mergeJobId) : slurm::JobState{};
        if (!resume) {
            out(QCoreApplication::translate("ClusterCommand", "%1 %2, %3 shards").arg(rec.spec.command, shellJoin(rec.spec.arguments)).arg(rec.spec.shards));
            int counts[5] = {0, 0, 0, 0, 0};
            for (const ShardStatus &s : st) {
                ++counts[static_cast<int>(s.job.state)];
                out(QStringLiteral("shard %1\t%2\t%3\tshard.json %4")
                        .arg(s.index)
                        .arg(s.jobId.isEmpty() ? QStringLiteral("-") : s.jobId, describe(s.job), merging ? flagText(s.shardComplete) : QStringLiteral("-")));
            }
            if (merging)
                out(QStringLiteral("merge\t%1\t%2").arg(last.mergeJobId, describe(merge)));
            out(QCoreApplication::translate("ClusterCommand", "%1 completed, %2 running, %3 pending, %4 failed, %5 unknown")
                    .arg(counts[int(State::Completed)]).arg(counts[int(State::Running)]).arg(counts[int(State::Pending)])
                    .arg(counts[int(State::Failed)]).arg(counts[int(State::Unknown)]));
            for (const QString &n : notes)
                err(QStringLiteral("sourcetrace-cli: %1").arg(n));
            return 0;
        }
        const QList<int> again = shardsToResume(rec, st);
        QStringList after; // shards still pending or running: the new merge waits for them too
        for (const ShardStatus &s : st)
            if ((s.job.state == State::Pending || s.job.state == State::Running) && !again.contains(s.index))
                after << s.jobId;
        const bool mergeNeeded = merging && merge.state != State::Completed && merge.state != State::Pending && merge.state != State::Running;
        if (again.isEmpty() && !mergeNeeded) {
            out(QCoreApplication::translate("ClusterCommand", "nothing to resume: no shard failed or is incomplete%1")
                    .arg(merging ? QCoreApplication::translate("ClusterCommand", ", and the merge job is %1").arg(describe(merge)) : QString()));
            return 0;
        }
        if (dryRun) {
            if (!again.isEmpty())
                out(shellJoin(sbatchArrayArguments(dir, rec.arrayScript, again)));
            if (merging)
                out(shellJoin(sbatchMergeArguments(dir, rec.mergeScript, again.isEmpty() ? after : QStringList{QStringLiteral("ARRAYJOB")} + after)));
            return 0;
        }
        Submission s;
        s.submittedAt = nowUtc();
        s.indices = again;
        if (!again.isEmpty()) {
            s.arrayJobId = sbatch(sbatchArrayArguments(dir, rec.arrayScript, again));
            after.prepend(s.arrayJobId);
            out(QCoreApplication::translate("ClusterCommand", "array job %1 (shards %2)").arg(s.arrayJobId, arrayRange(again)));
        } else {
            s.arrayJobId = last.arrayJobId; // only the merge runs again
        }
        if (merging) {
            s.mergeJobId = sbatch(sbatchMergeArguments(dir, rec.mergeScript, after));
            out(QCoreApplication::translate("ClusterCommand", "merge job %1 (after %2)").arg(s.mergeJobId, after.isEmpty() ? QStringLiteral("-") : after.join(QLatin1Char(' '))));
        }
        if (!again.isEmpty() || merging) {
            if (again.isEmpty())
                s.indices.clear();
            rec.submissions << s;
            rec.write(dir);
        }
        return 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli: %1").arg(e.message()));
        return 1;
    }
}

int runCluster(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        out(QCoreApplication::translate("ClusterCommand", kUsage));
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args.first();
    if (args.contains(QStringLiteral("--help")) && sub != QLatin1String("submit")) {
        out(QCoreApplication::translate("ClusterCommand", kUsage));
        return 0;
    }
    if (sub == QLatin1String("submit"))
        return runSubmit(args.mid(1));
    if (sub == QLatin1String("status"))
        return runStatusOrResume(args.mid(1), false);
    if (sub == QLatin1String("resume"))
        return runStatusOrResume(args.mid(1), true);
    return usage(QCoreApplication::translate("ClusterCommand", "unknown subcommand \"%1\" (submit, status, resume)").arg(sub));
}

const CliRegistrar registrar(QStringLiteral("cluster"),
                             QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "run a sharded command on a Slurm cluster (submit, status, resume)")), runCluster);

} // namespace

} // namespace st::cli
