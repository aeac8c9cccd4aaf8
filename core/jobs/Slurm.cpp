#include "jobs/Slurm.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace st::slurm {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::Slurm)
};
} // namespace

namespace {

bool safeDirective(const QString &v)
{
    for (const QChar c : v)
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c.unicode() < 0x20
            || c == QLatin1Char('#'))
            return false;
    return true;
}

QString task(const QString &arrayJobId, int index)
{
    return QStringLiteral("%1_%2").arg(arrayJobId).arg(index);
}

bool takesThreads(const QString &command)
{
    static const QStringList c{QStringLiteral("embed"), QStringLiteral("detect"), QStringLiteral("explain"),
                               QStringLiteral("train"), QStringLiteral("library")};
    return c.contains(command);
}

bool hasOption(const QStringList &args, const QString &name)
{
    const QString o = QStringLiteral("--") + name;
    for (const QString &a : args)
        if (a == o || a.startsWith(o + QLatin1Char('=')))
            return true;
    return false;
}

QString header(const QString &what)
{
    QString t = QStringLiteral("#!/bin/bash\n# Written by sourcetrace-cli cluster submit (docs/cluster.md): %1\n").arg(what);
    t += QStringLiteral("# Submit with the sbatch lines in submit.sh (or `sourcetrace-cli cluster submit` without --dry-run).\n");
    return t;
}

QString directives(const SubmitSpec &s, bool merge)
{
    QString t;
    const QString name = s.jobName + (merge ? QStringLiteral("-merge") : QString());
    t += QStringLiteral("#SBATCH --job-name=%1\n").arg(name);
    if (!merge)
        t += QStringLiteral("#SBATCH --array=%1\n").arg(s.isTraining() ? QStringLiteral("0") : arrayRange([&] {
            QList<int> all;
            for (int i = 0; i < s.shards; ++i)
                all << i;
            return all;
        }()));
    // Logs go to D/logs (the job's working directory is D, set by sbatch --chdir); appended, so that a requeued
    // or resumed task keeps its earlier attempts' lines.
    t += merge ? QStringLiteral("#SBATCH --output=logs/%x-%j.out\n") : QStringLiteral("#SBATCH --output=logs/%x-%A_%a.out\n");
    t += QStringLiteral("#SBATCH --open-mode=append\n");
    t += QStringLiteral("#SBATCH --ntasks=1\n");
    t += QStringLiteral("#SBATCH --cpus-per-task=%1\n").arg(merge ? 1 : s.cpus);
    if (!merge && s.gpus > 0)
        t += QStringLiteral("#SBATCH --gres=gpu:%1\n").arg(s.gpus);
    if (!s.mem.isEmpty())
        t += QStringLiteral("#SBATCH --mem=%1\n").arg(s.mem);
    if (!s.time.isEmpty())
        t += QStringLiteral("#SBATCH --time=%1\n").arg(s.time);
    if (!s.partition.isEmpty())
        t += QStringLiteral("#SBATCH --partition=%1\n").arg(s.partition);
    if (!s.account.isEmpty())
        t += QStringLiteral("#SBATCH --account=%1\n").arg(s.account);
    if (!merge && s.isTraining()) {
        // SIGTERM to the batch shell 3 minutes before the time limit: the trap below forwards it to train, which
        // writes a checkpoint and stops; the task then requeues itself and resumes from that checkpoint. Under 10
        // minutes no early signal (trainingSignalLead): the limit's own SIGTERM does the same.
        if (const int lead = trainingSignalLead(s); lead > 0)
            t += QStringLiteral("#SBATCH --signal=B:TERM@%1\n").arg(lead);
        t += QStringLiteral("#SBATCH --requeue\n");
    }
    return t;
}

QString environment(const SubmitSpec &s, bool merge)
{
    QString t = QStringLiteral("set -u\n");
    t += QStringLiteral("cd %1 || { echo \"sourcetrace: cannot enter the working directory\" >&2; exit 1; }\n")
             .arg(shellQuote(s.workingDirectory));
    if (!s.setup.isEmpty())
        t += QStringLiteral(". %1 || { echo \"sourcetrace: the setup file failed\" >&2; exit 1; }\n").arg(shellQuote(s.setup));
    t += QStringLiteral("threads=\"${SLURM_CPUS_PER_TASK:-1}\"\n"
                        "export OMP_NUM_THREADS=\"$threads\" MKL_NUM_THREADS=\"$threads\"\n");
    if (merge || s.gpus == 0)
        t += QStringLiteral("# No GPU was asked for: LibTorch must not take one it was not given.\n"
                            "export CUDA_VISIBLE_DEVICES=\n");
    t += QStringLiteral("echo \"sourcetrace: job ${SLURM_JOB_ID:-?} task ${SLURM_ARRAY_TASK_ID:--} on $(hostname): "
                        "$threads threads, CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES:-none}, started $(date -u +%FT%TZ)\"\n");
    return t;
}

QStringList threadWords(const SubmitSpec &s)
{
    if (!takesThreads(s.command) || hasOption(s.arguments, QStringLiteral("threads")))
        return {};
    return {QStringLiteral("--threads")};
}

QString progressWord(const SubmitSpec &s)
{
    return hasOption(s.arguments, QStringLiteral("no-progress")) ? QString() : QStringLiteral(" --no-progress");
}

} // namespace

void SubmitSpec::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (command.isEmpty() || command.startsWith(QLatin1Char('-')))
        throw Error(Text::tr("no command to run (cluster submit COMMAND ARGS... --shards N)"));
    if (shards < 1 || shards > 100000)
        throw Error(Text::tr("--shards must be between 1 and 100000 (got %1)").arg(shards));
    if (isTraining() && shards != 1)
        throw Error(Text::tr("train runs as one job: --shards must be 1 (got %1)").arg(shards));
    if (cpus < 1 || cpus > 4096)
        throw Error(Text::tr("--cpus must be between 1 and 4096 (got %1)").arg(cpus));
    if (gpus < 0 || gpus > 64)
        throw Error(Text::tr("--gpus must be between 0 and 64 (got %1)").arg(gpus));
    if (!nameRe.match(jobName).hasMatch())
        throw Error(Text::tr("--job-name may hold letters, digits, '.', '_' and '-' only (got \"%1\")").arg(Error::escaped(jobName)));
    const std::pair<const char *, QString> vals[] = {{"partition", partition}, {"time", time}, {"mem", mem}, {"account", account}};
    for (const auto &[n, v] : vals)
        if (!safeDirective(v))
            throw Error(Text::tr("--%1 \"%2\" cannot go into an #SBATCH line (spaces, quotes, '#' or control characters)")
                            .arg(QLatin1String(n), Error::escaped(v)));
    if (cli.isEmpty() || workingDirectory.isEmpty())
        throw Error(Text::tr("the path of sourcetrace-cli and the working directory must be known"));
    for (const QString &a : arguments)
        if (a == QLatin1String("--shard") || a.startsWith(QLatin1String("--shard=")))
            throw Error(Text::tr("give --shards N to cluster submit, not --shard (each task gets its own)"));
}

QString shellQuote(const QString &s)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!s.isEmpty() && safe.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString shellJoin(const QStringList &words)
{
    QStringList q;
    for (const QString &w : words)
        q << shellQuote(w);
    return q.join(QLatin1Char(' '));
}

QString arrayRange(QList<int> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    QStringList parts;
    for (int i = 0; i < indices.size();) {
        int j = i;
        while (j + 1 < indices.size() && indices[j + 1] == indices[j] + 1)
            ++j;
        parts << (j == i ? QString::number(indices[i]) : QStringLiteral("%1-%2").arg(indices[i]).arg(indices[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

QList<int> parseArrayRange(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2);
    const int pct = t.indexOf(QLatin1Char('%'));
    if (pct >= 0)
        t = t.left(pct);
    QList<int> out;
    if (t.isEmpty())
        throw Error(Text::tr("empty array range \"%1\"").arg(Error::escaped(text)));
    for (const QString &part : t.split(QLatin1Char(','))) {
        const QStringList ab = part.split(QLatin1Char('-'));
        bool ok1 = false, ok2 = true;
        const int a = ab.value(0).toInt(&ok1);
        const int b = ab.size() == 2 ? ab[1].toInt(&ok2) : a;
        if (ab.size() > 2 || !ok1 || !ok2 || a < 0 || b < a || b - a > 1000000)
            throw Error(Text::tr("not an array range: \"%1\"").arg(Error::escaped(text)));
        for (int i = a; i <= b; ++i)
            out << i;
    }
    return out;
}

long long timeLimitSeconds(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d+)-(\\d+)(?::(\\d+)(?::(\\d+))?)?|(\\d+)(?::(\\d+)(?::(\\d+))?)?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const auto n = [&m](int i) { return m.captured(i).isEmpty() ? 0LL : m.captured(i).toLongLong(); };
    if (!m.captured(1).isEmpty()) // D-H[:M[:S]]
        return ((n(1) * 24 + n(2)) * 60 + n(3)) * 60 + n(4);
    if (!m.captured(7).isEmpty()) // H:M:S
        return (n(5) * 60 + n(6)) * 60 + n(7);
    return n(5) * 60 + n(6); // M or M:S
}

int trainingSignalLead(const SubmitSpec &s)
{
    const long long limit = timeLimitSeconds(s.time);
    return limit >= 0 && limit < 600 ? 0 : 180;
}

QString arrayScript(const SubmitSpec &s)
{
    QString t = header(s.isTraining() ? QStringLiteral("one training run, resumed from its checkpoint across time limits.")
                                         : QStringLiteral("one task per shard of %1 (K = SLURM_ARRAY_TASK_ID).").arg(s.shards));
    t += directives(s, false);
    t += QLatin1Char('\n') + environment(s, false);
    const QString cli = shellQuote(s.cli);
    const QString thr = threadWords(s).isEmpty() ? QString() : QStringLiteral(" --threads \"$threads\"");
    if (!s.isTraining()) {
        t += QStringLiteral("k=\"${SLURM_ARRAY_TASK_ID:?sourcetrace: not an array task (submit this script with sbatch)}\"\n");
        // K/N given explicitly: a resumed array holds some indices only, so SLURM_ARRAY_TASK_COUNT is not N.
        t += QStringLiteral("%1 %2 --shard \"$k/%3\"%4%5\n")
                 .arg(cli, shellJoin(QStringList{s.command} + s.arguments))
                 .arg(s.shards)
                 .arg(thr, progressWord(s));
        t += QStringLiteral("rc=$?\necho \"sourcetrace: shard $k/%1 ended with exit status $rc at $(date -u +%FT%TZ)\"\nexit $rc\n").arg(s.shards);
        return t;
    }
    const QString run = outputOf(s.command, s.arguments);
    t += QStringLiteral("run=%1\n").arg(shellQuote(run));
    t += QStringLiteral("if [ -f \"$run/run.json\" ]; then\n"
                        "    # an earlier attempt (time limit, requeue, cluster resume) left its checkpoint: continue it\n"
                        "    state=\"$run/checkpoint/state.json\"\n"
                        "    epoch=$(sed -n 's/^ *\"nextEpoch\": *\\([0-9]*\\).*/\\1/p' \"$state\" 2>/dev/null | head -n 1)\n"
                        "    batch=$(sed -n 's/^ *\"nextBatch\": *\\([0-9]*\\).*/\\1/p' \"$state\" 2>/dev/null | head -n 1)\n"
                        "    echo \"sourcetrace: resuming $run from its checkpoint: epoch ${epoch:-?}, batch ${batch:-?}\"\n"
                        "    set -- %1 train --resume \"$run\"%2 --no-progress\n"
                        "else\n"
                        "    set -- %1 %3%2%4\n"
                        "fi\n")
             .arg(cli, thr, shellJoin(QStringList{s.command} + s.arguments), progressWord(s));
    t += QStringLiteral("echo \"sourcetrace: $*\"\n"
                        "\"$@\" &\n"
                        "child=$!\n"
                        "requeue=0\n"
                        "# train checkpoints at its first SIGTERM and dies at a second: pass the signal on only when train has\n"
                        "# not had one itself (the early signal, B:, reaches this shell only; the limit's SIGTERM every process\n"
                        "# of the job): its handler is still installed (SIGTERM's bit, 15, in SigCgt of /proc/PID/status).\n"
                        "forward() {\n"
                        "    sleep 0.5\n"
                        "    cgt=$(sed -n 's/^SigCgt:[[:space:]]*//p' \"/proc/$child/status\" 2>/dev/null)\n"
                        "    if [ -z \"$cgt\" ] || [ $(( (16#$cgt >> 14) & 1 )) = 1 ]; then kill -TERM \"$child\" 2>/dev/null; fi\n"
                        "}\n"
                        "# Why the SIGTERM came (scontrol, at once, before the job's state moves on): the time limit (Reason=TimeLimit),\n"
                        "# the early signal (the job still RUNNING), or scancel (COMPLETING, no reason): a cancelled run is not requeued.\n"
                        "trap 'requeue=1; why=$(scontrol show job \"$SLURM_JOB_ID\" 2>/dev/null | grep -o \"JobState=[A-Z_]* Reason=[A-Za-z_]*\" | head -n 1); "
                        "echo \"sourcetrace: SIGTERM (${why:-state unknown}): checkpointing\"; forward' TERM\n"
                        "wait \"$child\"\n"
                        "rc=$?\n"
                        "if [ \"$requeue\" = 1 ]; then\n"
                        "    wait \"$child\"\n"
                        "    rc=$?\n"
                        "    case \"$why\" in\n"
                        "        ''|*Reason=TimeLimit*|JobState=RUNNING*|JobState=TIMEOUT*) ;;\n"
                        "        *) echo \"sourcetrace: cancelled ($why): not requeued (exit status $rc); continue with:\"\\\n"
                        "               \"sourcetrace-cli cluster resume DIR\"\n"
                        "           exit \"$rc\" ;;\n"
                        "    esac\n"
                        "    if [ \"$rc\" -gt 128 ]; then\n"
                        "        echo \"sourcetrace: train was killed (exit status $rc) before its checkpoint: the next attempt resumes\" \\\n"
                        "             \"from the last complete one; requeueing job $SLURM_JOB_ID\"\n"
                        "    else\n"
                        "        echo \"sourcetrace: checkpoint written (exit status $rc); requeueing job $SLURM_JOB_ID\"\n"
                        "    fi\n"
                        "    scontrol requeue \"$SLURM_JOB_ID\" && exit 0\n"
                        "    echo \"sourcetrace: requeue refused; continue with: sourcetrace-cli cluster resume DIR\" >&2\n"
                        "fi\n"
                        "echo \"sourcetrace: train ended with exit status $rc at $(date -u +%FT%TZ)\"\n"
                        "exit $rc\n");
    return t;
}

QString mergeScript(const SubmitSpec &s)
{
    if (s.isTraining())
        return {};
    QString t = header(QStringLiteral("joins the %1 shards into the unsharded output (after the array job).").arg(s.shards));
    t += directives(s, true);
    t += QLatin1Char('\n') + environment(s, true);
    t += QStringLiteral("%1 merge %2 --shards %3\n")
             .arg(shellQuote(s.cli), shellJoin(QStringList{s.command} + s.arguments))
             .arg(s.shards);
    t += QStringLiteral("rc=$?\necho \"sourcetrace: merge ended with exit status $rc at $(date -u +%FT%TZ)\"\nexit $rc\n");
    return t;
}

QStringList sbatchArrayArguments(const QString &dir, const QString &script, const QList<int> &indices)
{
    QStringList a{QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("--chdir=") + dir};
    if (!indices.isEmpty())
        a << QStringLiteral("--array=") + arrayRange(indices);
    a << QDir(dir).filePath(script);
    return a;
}

QStringList sbatchMergeArguments(const QString &dir, const QString &script, const QStringList &after)
{
    QStringList a{QStringLiteral("sbatch"), QStringLiteral("--parsable"), QStringLiteral("--chdir=") + dir};
    if (!after.isEmpty())
        a << QStringLiteral("--dependency=afterok:") + after.join(QLatin1Char(':')) << QStringLiteral("--kill-on-invalid-dep=yes");
    a << QDir(dir).filePath(script);
    return a;
}

bool isJobId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return re.match(s).hasMatch();
}

QString parseSbatchOutput(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString id = it->trimmed().section(QLatin1Char(';'), 0, 0);
        if (isJobId(id))
            return id;
    }
    throw Error(Text::tr("sbatch printed no job id (its output: \"%1\")").arg(Error::escaped(text.trimmed().left(300))));
}

// ---- the record -------------------------------------------------------------------------------------------

QString ClusterRecord::path(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("cluster.json"));
}

const Submission *ClusterRecord::latestFor(int index) const
{
    for (auto it = submissions.crbegin(); it != submissions.crend(); ++it)
        if (it->indices.contains(index))
            return &*it;
    return nullptr;
}

QString ClusterRecord::taskJobId(int index) const
{
    const Submission *s = latestFor(index);
    return s ? task(s->arrayJobId, index) : QString();
}

void ClusterRecord::write(const QString &dir) const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("sourcetrace-cluster-1"));
    o.insert(QStringLiteral("command"), spec.command);
    o.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(spec.arguments));
    o.insert(QStringLiteral("shards"), spec.shards);
    QJsonObject r;
    r.insert(QStringLiteral("partition"), spec.partition);
    r.insert(QStringLiteral("time"), spec.time);
    r.insert(QStringLiteral("cpus"), spec.cpus);
    r.insert(QStringLiteral("gpus"), spec.gpus);
    r.insert(QStringLiteral("mem"), spec.mem);
    r.insert(QStringLiteral("account"), spec.account);
    r.insert(QStringLiteral("jobName"), spec.jobName);
    o.insert(QStringLiteral("resources"), r);
    o.insert(QStringLiteral("cli"), spec.cli);
    o.insert(QStringLiteral("workingDirectory"), spec.workingDirectory);
    o.insert(QStringLiteral("setup"), spec.setup);
    o.insert(QStringLiteral("arrayScript"), arrayScript);
    o.insert(QStringLiteral("mergeScript"), mergeScript);
    QJsonArray subs;
    for (const Submission &s : submissions) {
        QJsonObject so;
        so.insert(QStringLiteral("arrayJob"), s.arrayJobId);
        so.insert(QStringLiteral("array"), arrayRange(s.indices));
        so.insert(QStringLiteral("mergeJob"), s.mergeJobId);
        so.insert(QStringLiteral("submittedAt"), s.submittedAt);
        subs.append(so);
    }
    o.insert(QStringLiteral("submissions"), subs);
    const QString p = path(dir);
    QSaveFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(p, Text::tr("cannot write (%1)").arg(f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(p, Text::tr("cannot write (%1)").arg(f.errorString()));
}

ClusterRecord ClusterRecord::read(const QString &dir)
{
    const QString p = path(dir);
    QFile f(p);
    if (!f.exists())
        throw Error(p, Text::tr("absent: is %1 a folder written by `sourcetrace-cli cluster submit`?").arg(dir));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(p, Text::tr("cannot read (%1)").arg(f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &pe);
    if (pe.error != QJsonParseError::NoError)
        throw Error(p, Text::tr("not JSON (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        throw Error(p, Text::tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("sourcetrace-cluster-1"))
        throw Error(p, Text::tr("format: not \"sourcetrace-cluster-1\""));
    auto str = [&](const QJsonObject &obj, const char *k, bool required) {
        const QJsonValue v = obj.value(QLatin1String(k));
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString())
            throw Error(p, Text::tr("%1: missing or not a string").arg(QLatin1String(k)));
        return v.toString();
    };
    auto num = [&](const QJsonObject &obj, const char *k, int lo, int hi) {
        const QJsonValue v = obj.value(QLatin1String(k));
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<int>(d) || d < lo || d > hi)
            throw Error(p, Text::tr("%1: missing or not an integer in [%2, %3]").arg(QLatin1String(k)).arg(lo).arg(hi));
        return static_cast<int>(d);
    };
    ClusterRecord rec;
    rec.spec.command = str(o, "command", true);
    const QJsonValue args = o.value(QStringLiteral("arguments"));
    if (!args.isArray())
        throw Error(p, Text::tr("arguments: missing or not an array"));
    for (const QJsonValue &v : args.toArray()) {
        if (!v.isString())
            throw Error(p, Text::tr("arguments: an element is not a string"));
        rec.spec.arguments << v.toString();
    }
    rec.spec.shards = num(o, "shards", 1, 100000);
    const QJsonObject r = o.value(QStringLiteral("resources")).toObject();
    rec.spec.partition = str(r, "partition", false);
    rec.spec.time = str(r, "time", false);
    rec.spec.mem = str(r, "mem", false);
    rec.spec.account = str(r, "account", false);
    rec.spec.jobName = str(r, "jobName", true);
    rec.spec.cpus = num(r, "cpus", 1, 4096);
    rec.spec.gpus = num(r, "gpus", 0, 64);
    rec.spec.cli = str(o, "cli", true);
    rec.spec.workingDirectory = str(o, "workingDirectory", true);
    rec.spec.setup = str(o, "setup", false);
    rec.arrayScript = str(o, "arrayScript", true);
    rec.mergeScript = str(o, "mergeScript", true);
    const QJsonValue subs = o.value(QStringLiteral("submissions"));
    if (!subs.isArray())
        throw Error(p, Text::tr("submissions: missing or not an array"));
    int n = 0;
    for (const QJsonValue &v : subs.toArray()) {
        const QString at = QStringLiteral("submissions[%1].").arg(n++);
        if (!v.isObject())
            throw Error(p, Text::tr("%1: not an object").arg(at.chopped(1)));
        const QJsonObject so = v.toObject();
        Submission s;
        s.arrayJobId = so.value(QStringLiteral("arrayJob")).toString();
        s.mergeJobId = so.value(QStringLiteral("mergeJob")).toString();
        s.submittedAt = so.value(QStringLiteral("submittedAt")).toString();
        if (!isJobId(s.arrayJobId))
            throw Error(p, at + Text::tr("arrayJob: \"%1\" is not a Slurm job id").arg(Error::escaped(s.arrayJobId)));
        if (!s.mergeJobId.isEmpty() && !isJobId(s.mergeJobId))
            throw Error(p, at + Text::tr("mergeJob: \"%1\" is not a Slurm job id").arg(Error::escaped(s.mergeJobId)));
        try {
            const QString array = so.value(QStringLiteral("array")).toString();
            if (!array.isEmpty()) // empty: a resume that submitted the merge job only
                s.indices = parseArrayRange(array);
        } catch (const Error &e) {
            throw Error(p, at + QStringLiteral("array: ") + e.cause());
        }
        for (int i : s.indices)
            if (i >= rec.spec.shards)
                throw Error(p, at + Text::tr("array: shard %1 is not below shards (%2)").arg(i).arg(rec.spec.shards));
        rec.submissions << s;
    }
    return rec;
}

// ---- squeue / sacct -----------------------------------------------------------------------------------------

QString stateName(State s)
{
    switch (s) {
    case State::Pending: return QStringLiteral("pending");
    case State::Running: return QStringLiteral("running");
    case State::Completed: return QStringLiteral("completed");
    case State::Failed: return QStringLiteral("failed");
    case State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

State stateFromSlurm(const QString &slurmState)
{
    const QString w = slurmState.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    static const QStringList pending{"PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED", "RESIZING", "SPECIAL_EXIT"};
    static const QStringList running{"RUNNING", "COMPLETING", "STAGE_OUT", "SIGNALING"};
    static const QStringList failed{"FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY", "BOOT_FAIL", "DEADLINE", "PREEMPTED", "REVOKED"};
    if (w == QLatin1String("COMPLETED"))
        return State::Completed;
    if (pending.contains(w))
        return State::Pending;
    if (running.contains(w))
        return State::Running;
    if (failed.contains(w))
        return State::Failed;
    return State::Unknown;
}

namespace {

/// "1234_2" -> {"1234_2"}; "1234_[1-3]" -> {"1234_1", ...}; "1240" -> {"1240"}. Empty for a malformed id.
QStringList expandJobId(const QString &id, bool *ok)
{
    *ok = true;
    const int us = id.indexOf(QLatin1Char('_'));
    if (us < 0) {
        *ok = isJobId(id);
        return {id};
    }
    const QString job = id.left(us);
    if (!isJobId(job)) {
        *ok = false;
        return {};
    }
    try {
        QStringList out;
        for (int i : parseArrayRange(id.mid(us + 1)))
            out << task(job, i);
        return out;
    } catch (const Error &) {
        *ok = false;
        return {};
    }
}

QHash<QString, JobState> parseTable(const QString &text, const QString &source, bool sacct)
{
    QHash<QString, JobState> out;
    int lineNo = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() < 2 || (sacct && f.size() < 3))
            throw Error(source, Text::tr("not a \"%1\" line: \"%2\"")
                                    .arg(sacct ? QStringLiteral("JobID|State|ExitCode") : QStringLiteral("JOBID|STATE"), Error::escaped(line.left(200))),
                        lineNo);
        const QString id = f[0].trimmed();
        if (sacct && id.contains(QLatin1Char('.')))
            continue; // a step (1234_2.batch, 1234_2.extern, 1234_2.0)
        bool ok = false;
        const QStringList ids = expandJobId(id, &ok);
        if (!ok)
            throw Error(source, Text::tr("\"%1\" is not a Slurm job id").arg(Error::escaped(id.left(100))), lineNo);
        JobState s;
        s.slurmState = f[1].trimmed();
        s.state = stateFromSlurm(s.slurmState);
        if (sacct)
            s.exitCode = f[2].trimmed();
        for (const QString &k : ids)
            out.insert(k, s); // sacct lists a requeued job's attempts oldest first: the last line wins
    }
    return out;
}

} // namespace

QHash<QString, JobState> parseSqueue(const QString &text, const QString &source)
{
    return parseTable(text, source, false);
}

QHash<QString, JobState> parseSacct(const QString &text, const QString &source)
{
    return parseTable(text, source, true);
}

QStringList squeueArguments(const QStringList &jobIds)
{
    return {QStringLiteral("squeue"), QStringLiteral("--noheader"), QStringLiteral("--array"), QStringLiteral("--states=all"),
            QStringLiteral("--format=%i|%T"), QStringLiteral("--jobs=") + jobIds.join(QLatin1Char(','))};
}

QStringList sacctArguments(const QStringList &jobIds)
{
    return {QStringLiteral("sacct"), QStringLiteral("--noheader"), QStringLiteral("--parsable2"), QStringLiteral("--duplicates"),
            QStringLiteral("--format=JobID,State,ExitCode"), QStringLiteral("--jobs=") + jobIds.join(QLatin1Char(','))};
}

QList<ShardStatus> shardStatuses(const ClusterRecord &rec, const QHash<QString, JobState> &squeue,
                                 const QHash<QString, JobState> &sacct, const QList<int> &complete)
{
    QList<ShardStatus> out;
    for (int k = 0; k < rec.spec.shards; ++k) {
        ShardStatus s;
        s.index = k;
        s.jobId = rec.taskJobId(k);
        s.shardComplete = complete.value(k, -1);
        if (!s.jobId.isEmpty()) {
            if (squeue.contains(s.jobId))
                s.job = squeue.value(s.jobId);
            else if (sacct.contains(s.jobId))
                s.job = sacct.value(s.jobId);
        }
        out << s;
    }
    return out;
}

QList<int> shardsToResume(const ClusterRecord &rec, const QList<ShardStatus> &statuses)
{
    QList<int> out;
    for (const ShardStatus &s : statuses) {
        if (s.job.state == State::Pending || s.job.state == State::Running)
            continue;
        if (rec.spec.isTraining() ? s.job.state == State::Completed : s.shardComplete == 1)
            continue;
        out << s.index;
    }
    return out;
}

QString outputOf(const QString &command, const QStringList &a)
{
    for (int i = 0; i < a.size(); ++i) {
        if (a[i] == QLatin1String("--out") && i + 1 < a.size())
            return a[i + 1];
        if (a[i].startsWith(QLatin1String("--out=")))
            return a[i].mid(6);
    }
    if (command == QLatin1String("library") && a.size() >= 2 && a[0] == QLatin1String("enrol") && !a[1].startsWith(QLatin1Char('-')))
        return a[1];
    if (command == QLatin1String("train"))
        for (int i = 0; i + 1 < a.size(); ++i)
            if (a[i] == QLatin1String("--resume"))
                return a[i + 1];
    return {};
}

QStringList shardJsonCandidates(const SubmitSpec &spec, int index)
{
    const QString out = outputOf(spec.command, spec.arguments);
    if (out.isEmpty() || spec.isTraining())
        return {};
    const QString base = QDir(spec.workingDirectory).absoluteFilePath(out);
    const QString name = QStringLiteral("%1-of-%2/shard.json").arg(index).arg(spec.shards);
    return {QDir::cleanPath(base + QStringLiteral("/shards/") + name), QDir::cleanPath(base + QStringLiteral(".shards/") + name)};
}

} // namespace st::slurm
