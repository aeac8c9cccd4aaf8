#pragma once
// --shard K/N|auto for the shardable commands (embed, detect) and the per-command joins that
// `sourcetrace-cli merge COMMAND ARGS...` runs (docs/sharding.md). The split, the layout, shard.json and the
// checks are core's (dataset/Shard.h); this is the CLI's side of them.
#include "cli/ModelCliSupport.h"
#include "dataset/Shard.h"

#include <QCommandLineParser>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <vector>

namespace st::cli {

/// Adds --shard to a parser.
void addShardOption(QCommandLineParser &p);

/// Reads --shard (not sharded when absent). On a bad value prints "sourcetrace-cli COMMAND: cause" and returns
/// false (exit code 2).
bool shardFromOptions(const QCommandLineParser &p, const QString &command, ShardSpec &spec);

/// Keeps the inputs whose key belongs to `spec`, in their order.
void keepShard(std::vector<ClipInput> &inputs, const ShardSpec &spec);

/// A command's join of its shards: the arguments after `merge COMMAND` (with --shards removed) and N (0 = read
/// from the shard folders). Returns the exit code.
using ShardMerger = std::function<int(const QStringList &args, int shards)>;

/// Commands register their merger next to the command itself.
std::map<QString, ShardMerger> &shardMergers();
struct ShardMergerRegistrar
{
    ShardMergerRegistrar(const QString &command, ShardMerger merger) { shardMergers()[command] = std::move(merger); }
};

/// The expected record of a merge's shards: the command, the model and the fingerprint of `args`.
ShardInfo expectedShardInfo(const QString &command, const QStringList &args, const ModelManifest &model);

/// Checks the shards under `root` (printing each problem and a summary on stderr when there are any); the
/// shard folders in order 0..N-1, or empty when the merge must stop.
std::vector<QString> checkShardsForMerge(const QString &command, const QString &root, int shards, const ShardInfo &expected);

/// The inputs of a merge: every clip of the protocol / FILE list once, in order (as an unsharded run takes them).
std::vector<ClipInput> uniqueInputs(const std::vector<ClipInput> &inputs);

/// The join of a merge whose output is one text file (embed --format csv, detect --out): `header`, then the text
/// `rows` holds for each input's key (`keyOf`), in the inputs' order (each row ends with its own line break), written
/// to `outFile` at once (QSaveFile). Throws st::Error when `outFile` already holds something, when a key has no row
/// (naming the shard folder, of `folders`, that should hold it) or when the file cannot be written. Returns the rows
/// written.
int writeJoinedRows(const QString &outFile, const QByteArray &header, const std::vector<ClipInput> &inputs,
                    const QHash<QString, QByteArray> &rows, const std::function<QString(const ClipInput &)> &keyOf,
                    const std::vector<QString> &folders);

} // namespace st::cli
