#include "cli/ShardCliSupport.h"

#include "cli/CliCommand.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace st::cli {

void addShardOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("shard"),
                 QCoreApplication::translate("ShardCliSupport", "Run only shard K of N (K/N, 0 <= K < N) of the clips, or auto (K and N from "
                                             "SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT); the output goes to OUT/shards/K-of-N/ "
                                             "(folder) or OUT.shards/K-of-N/ (file). See docs/sharding.md."),
                 QStringLiteral("K/N")});
}

bool shardFromOptions(const QCommandLineParser &p, const QString &command, ShardSpec &spec)
{
    spec = ShardSpec();
    if (!p.isSet(QStringLiteral("shard")))
        return true;
    try {
        spec = parseShardSpec(p.value(QStringLiteral("shard")));
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli %1: %2").arg(command, e.message()));
        return false;
    }
    return true;
}

void keepShard(std::vector<ClipInput> &inputs, const ShardSpec &spec)
{
    if (!spec.sharded)
        return;
    std::vector<ClipInput> kept;
    for (const ClipInput &c : inputs)
        if (spec.contains(c.key))
            kept.push_back(c);
    inputs.swap(kept);
}

std::map<QString, ShardMerger> &shardMergers()
{
    static std::map<QString, ShardMerger> m;
    return m;
}

ShardInfo expectedShardInfo(const QString &command, const QStringList &args, const ModelManifest &model)
{
    ShardInfo e;
    e.command = command;
    e.arguments = argumentsWithoutShard(args);
    e.model = model.name;
    e.weightsSha256 = model.weightsSha256;
    e.settingsFingerprint = settingsFingerprint(command, args);
    return e;
}

std::vector<QString> checkShardsForMerge(const QString &command, const QString &root, int shards, const ShardInfo &expected)
{
    const ShardCheck c = checkShards(root, shards, expected);
    if (c.ok())
        return c.folders;
    for (const QString &problem : c.problems)
        err(QStringLiteral("sourcetrace-cli merge %1: %2").arg(command, problem));
    err(QStringLiteral("sourcetrace-cli merge %1: ").arg(command)
        + QCoreApplication::translate("ShardCliSupport", "nothing merged: every shard 0..N-1 must be present, complete and from the same model, settings and build (%1)")
              .arg(QDir::cleanPath(root)));
    return {};
}

std::vector<ClipInput> uniqueInputs(const std::vector<ClipInput> &inputs)
{
    std::vector<ClipInput> out;
    QSet<QString> seen;
    for (const ClipInput &c : inputs)
        if (!seen.contains(c.key)) {
            seen.insert(c.key);
            out.push_back(c);
        }
    return out;
}

int writeJoinedRows(const QString &outFile, const QByteArray &header, const std::vector<ClipInput> &inputs,
                    const QHash<QString, QByteArray> &rows, const std::function<QString(const ClipInput &)> &keyOf,
                    const std::vector<QString> &folders)
{
    if (QFileInfo(outFile).exists() && QFileInfo(outFile).size() > 0)
        throw Error(outFile, QStringLiteral("already exists: a merge writes a new output file"));
    QByteArray all = header;
    int count = 0;
    for (const ClipInput &c : inputs) {
        const auto it = rows.constFind(keyOf(c));
        if (it == rows.constEnd())
            throw Error(folders[size_t(shardOf(c.key, int(folders.size())))],
                        QStringLiteral("lacks the row of \"%1\" although its shard.json says complete: rerun that shard").arg(Error::escaped(c.key)));
        all += *it;
        ++count;
    }
    QSaveFile s(outFile);
    if (!s.open(QIODevice::WriteOnly) || s.write(all) != all.size() || !s.commit())
        throw Error(outFile, QStringLiteral("cannot write: %1").arg(s.errorString()));
    return count;
}

} // namespace st::cli
