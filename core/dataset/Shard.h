#pragma once
// Sharding a run over many machines (docs/sharding.md): `--shard K/N` keeps the clips whose key hashes to K, a
// sharded run writes into a per-shard place derived from the command's output with a shard.json beside its
// results, and a merge checks that shards 0..N-1 are all there, complete, and from the same model, settings and
// build before joining them. QtCore only; the commands themselves live in app/cli.
#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace st {

/// One shard of a run: index K of N (0 <= K < N). `sharded` is false for an ordinary run (no --shard).
struct ShardSpec
{
    int index = 0;
    int count = 1;
    bool sharded = false;

    /// "K-of-N", the name of the shard's folder.
    QString folderName() const;
    /// True when `key` belongs to this shard (always true when not sharded).
    bool contains(const QString &key) const;
};

/// The first 8 bytes of SHA-256 of the key's UTF-8, as a big-endian unsigned 64-bit number.
uint64_t shardHash(const QString &key);
/// shardHash(key) modulo n (n >= 1).
int shardOf(const QString &key, int n);

/// Parses a --shard value: "K/N" with 0 <= K < N, N >= 1, or "auto" (K from SLURM_ARRAY_TASK_ID, N from
/// SLURM_ARRAY_TASK_COUNT, read from `env`). Throws st::Error with the cause (naming the variables for auto).
ShardSpec parseShardSpec(const QString &text, const QHash<QString, QString> &env);
/// The same with the process environment.
ShardSpec parseShardSpec(const QString &text);

/// OUT/shards/K-of-N (for an output folder OUT).
QString shardFolderFor(const QString &outFolder, const ShardSpec &s);
/// OUT.shards/K-of-N/<basename of OUT> (for an output file OUT).
QString shardFileFor(const QString &outFile, const ShardSpec &s);
/// The folder that holds the shards of OUT: OUT/shards (folder output) or OUT.shards (file output).
QString shardsRootFor(const QString &out, bool outIsFolder);

/// The arguments of a command without --shard (both "--shard V" and "--shard=V") and without the options that
/// do not change results (--threads, --no-progress, --restart, --shards): what shard.json records and the settings
/// fingerprint hashes.
QStringList argumentsWithoutShard(const QStringList &args);
/// SHA-256 (hex) of the command name and argumentsWithoutShard(args), one per line.
QString settingsFingerprint(const QString &command, const QStringList &args);

/// What a shard writes to shard.json in its folder.
struct ShardInfo
{
    QString command;
    QStringList arguments; ///< without --shard (argumentsWithoutShard)
    int index = 0;
    int count = 1;
    int clips = 0; ///< clips of the protocol in this shard
    QString model;
    QString weightsSha256;
    QString settingsFingerprint;
    QString buildVersion;
    QString buildCommit;
    bool complete = false;
    QStringList failed; ///< "path: cause" of each failed clip

    /// Writes `folder`/shard.json atomically (build fields from this build when empty). Throws st::Error.
    void write(const QString &folder) const;
    /// Reads `folder`/shard.json; throws st::Error naming the file when it is absent or malformed.
    static ShardInfo read(const QString &folder);
    /// The path of shard.json in `folder`.
    static QString path(const QString &folder);
    /// This build's version and commit (SOURCETRACE_VERSION, SOURCETRACE_GIT_COMMIT).
    static QString thisBuildVersion();
    static QString thisBuildCommit();
};

/// The outcome of checking the shards of a run before a merge.
struct ShardCheck
{
    int count = 0;                   ///< N (given, or read from the shard folders)
    std::vector<QString> folders;    ///< folder of shard K (index K), when all are usable
    QStringList problems;            ///< one line per missing, failed, incomplete or mismatching shard
    bool ok() const { return problems.isEmpty() && count > 0; }
};

/// Checks the shard folders under `shardsRoot` (OUT/shards or OUT.shards): N is `count` when > 0, else read from
/// the K-of-N folder names (which must agree). Every shard 0..N-1 must exist with a shard.json that is complete,
/// has no failed clips, and matches `expected`'s command, model, weights, settings fingerprint and build
/// commit/version. Problems name the shard ("shard 2-of-3: missing").
ShardCheck checkShards(const QString &shardsRoot, int count, const ShardInfo &expected);

} // namespace st
