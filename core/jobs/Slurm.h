#pragma once
// Running sharded SourceTrace commands on a Slurm cluster (docs/cluster.md): the sbatch scripts of an array job
// (one task per shard, `--shard K/N`) and of the merge job that depends on it, the record of what was submitted
// (D/cluster.json), the parsing of `squeue` / `sacct` output into a state per shard, and the choice of the shards
// that `cluster resume` submits again. QtCore only: the CLI (app/cli/ClusterCommand.cpp) runs sbatch, squeue and
// sacct; everything here is pure text in, text out, so that it is tested without a cluster (tst_jobs_slurm).
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace st::slurm {

/// What `cluster submit` was asked for.
struct SubmitSpec
{
    QString command;          ///< the sourcetrace-cli command (embed, detect, explain, library, train)
    QStringList arguments;    ///< its arguments, without --shard
    int shards = 1;           ///< N
    QString partition;        ///< sbatch --partition (empty: the site's default)
    QString time;             ///< sbatch --time (empty: the partition's default)
    int cpus = 1;             ///< --cpus-per-task (the command's threads)
    int gpus = 0;             ///< --gres=gpu:G (0: no GPU; the job then hides any GPU from LibTorch)
    QString mem;              ///< sbatch --mem (empty: the site's default)
    QString account;          ///< sbatch --account
    QString jobName;          ///< sbatch --job-name (letters, digits, '.', '_', '-')
    QString cli;              ///< absolute path of sourcetrace-cli on the nodes
    QString workingDirectory; ///< where the jobs run the command (relative paths of the arguments)
    QString setup;            ///< optional shell file sourced first by every job (module loads); empty: none

    /// True for `train` (one run, no shards, no merge, resumed from its checkpoint).
    bool isTraining() const { return command == QLatin1String("train"); }
    /// Throws st::Error when a value cannot go into an sbatch directive (spaces, newlines) or is out of range.
    void validate() const;
};

/// `s` quoted for a POSIX shell: itself when it is made of safe characters only, else in single quotes with
/// each ' written as '\''.
QString shellQuote(const QString &s);
/// The words quoted and joined by spaces.
QString shellJoin(const QStringList &words);

/// "0-3" for 0,1,2,3; "1,3,5-7" for 1,3,5,6,7 (sorted, duplicates dropped). Empty for no indices.
QString arrayRange(QList<int> indices);
/// The inverse: "0-3", "1,3,5-7", "[1-3%2]" (a pending array in squeue's form, the throttle dropped). Throws
/// st::Error for anything else.
QList<int> parseArrayRange(const QString &text);

/// A Slurm time limit in seconds, in sbatch's forms: "M", "M:S", "H:M:S", "D-H", "D-H:M", "D-H:M:S". -1 for
/// "infinite"/"unlimited", an empty text, or anything else (the site's default or a form Slurm may know better).
long long timeLimitSeconds(const QString &text);
/// The lead of the training job's early SIGTERM before its time limit (#SBATCH --signal=B:TERM@lead): 180 s, or 0
/// (no early signal) for a limit under 10 minutes, where Slurm, which sends it up to 60 s early, would send it
/// at once; the job then checkpoints on the SIGTERM of the limit itself (within the site's KillWait).
int trainingSignalLead(const SubmitSpec &spec);

/// The array job script (one task per shard: `CLI COMMAND ARGS --shard $SLURM_ARRAY_TASK_ID/N`; for train one
/// task that starts the run or resumes it from its checkpoint and requeues itself before the time limit).
QString arrayScript(const SubmitSpec &spec);
/// The merge job script (`CLI merge COMMAND ARGS --shards N`). Empty for train (nothing to merge).
QString mergeScript(const SubmitSpec &spec);
/// The sbatch words that submit the array job script `script` from folder `dir` for `indices` (empty: all).
QStringList sbatchArrayArguments(const QString &dir, const QString &script, const QList<int> &indices);
/// The sbatch words that submit the merge job script after the jobs or array tasks `after` ("1234", "1230_2"; with
/// afterok, and cancelled when one of them fails: --kill-on-invalid-dep). Empty: no dependency.
QStringList sbatchMergeArguments(const QString &dir, const QString &script, const QStringList &after);
/// The job id that `sbatch --parsable` printed ("1234" or "1234;cluster"); throws st::Error when there is none.
QString parseSbatchOutput(const QString &text);
/// True for a Slurm job id (digits).
bool isJobId(const QString &s);

/// One submission: the array job (with the shard indices it ran) and its merge job.
struct Submission
{
    QString arrayJobId;
    QList<int> indices;
    QString mergeJobId; ///< empty for train
    QString submittedAt; ///< ISO 8601, UTC
};

/// D/cluster.json: the spec and every submission, oldest first.
struct ClusterRecord
{
    SubmitSpec spec;
    QString arrayScript = QStringLiteral("shards.sh");
    QString mergeScript = QStringLiteral("merge.sh");
    QList<Submission> submissions;

    /// The latest submission that ran shard `index` (nullptr when none).
    const Submission *latestFor(int index) const;
    /// The job id of shard `index` in squeue/sacct's form ("1234_2"); empty when never submitted.
    QString taskJobId(int index) const;

    void write(const QString &dir) const; ///< D/cluster.json, atomically; throws st::Error
    /// Reads D/cluster.json; throws st::Error naming the file and the cause (absent, not JSON, a field missing or
    /// of the wrong type, a job id that is not a number).
    static ClusterRecord read(const QString &dir);
    static QString path(const QString &dir);
};

/// What a shard (or the merge job) is doing, as the user sees it.
enum class State { Unknown, Pending, Running, Completed, Failed };
QString stateName(State s);
/// Slurm's state word (RUNNING, CANCELLED, "CANCELLED by 0", OUT_OF_MEMORY, ...) as a State.
State stateFromSlurm(const QString &slurmState);

/// The state of one job or array task read from squeue or sacct.
struct JobState
{
    State state = State::Unknown;
    QString slurmState; ///< Slurm's word (RUNNING, TIMEOUT, ...)
    QString exitCode;   ///< sacct's "1:0" (empty from squeue)
};

/// Parses `squeue --noheader --array --states=all --format=%i|%T` output: one "JOBID|STATE" line per job or
/// array task ("1234_2|RUNNING", "1234_[3-5]|PENDING", "1240|PENDING"). Keys: "1234_2", "1240". Throws st::Error
/// naming `source` and the line for a malformed line.
QHash<QString, JobState> parseSqueue(const QString &text, const QString &source = QStringLiteral("squeue"));
/// Parses `sacct --noheader --parsable2 --format=JobID,State,ExitCode` output; steps ("1234_2.batch") are skipped.
QHash<QString, JobState> parseSacct(const QString &text, const QString &source = QStringLiteral("sacct"));

/// The squeue and sacct command lines (words) for these job ids.
QStringList squeueArguments(const QStringList &jobIds);
QStringList sacctArguments(const QStringList &jobIds);

/// One shard as `cluster status` reports it.
struct ShardStatus
{
    int index = 0;
    QString jobId;        ///< "1234_2"; empty when never submitted
    JobState job;         ///< from squeue (preferred) or sacct
    int shardComplete = -1; ///< the shard.json's complete flag: 1, 0, or -1 when there is no shard.json
    QString note;         ///< e.g. a shard.json that could not be read
};

/// The states of the shards: squeue's view first (the controller's), then sacct's; a shard whose job neither
/// knows is Unknown. `complete` holds the shard.json flag per index (-1: none; may be shorter than N).
QList<ShardStatus> shardStatuses(const ClusterRecord &rec, const QHash<QString, JobState> &squeue,
                                 const QHash<QString, JobState> &sacct, const QList<int> &complete);

/// The shards that `cluster resume` submits again: those that are neither pending nor running and whose shard.json
/// is not complete (failed, cancelled, timed out, never started, or finished without a complete shard.json). For
/// train (no shard.json) those that are neither pending, running nor completed.
QList<int> shardsToResume(const ClusterRecord &rec, const QList<ShardStatus> &statuses);

/// The place of a shard's shard.json for a command's arguments (docs/sharding.md): the output is the --out value
/// (library enrol: its library file); a folder output has OUT/shards/K-of-N/shard.json, a file output
/// OUT.shards/K-of-N/shard.json. Both candidates, folder first; empty when the output cannot be told.
QStringList shardJsonCandidates(const SubmitSpec &spec, int index);
/// The --out (or --out=) value of the arguments; for `library enrol L.db` the library file; for train --resume's
/// value when --out is absent. Empty when there is none.
QString outputOf(const QString &command, const QStringList &arguments);

} // namespace st::slurm
