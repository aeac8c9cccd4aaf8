// Fuzz target: the records and tool outputs of sharded and cluster runs (docs/sharding.md, docs/cluster.md). The
// first input byte picks what is fed (byte % 4), the rest is the input:
//   0 a shard's shard.json (ShardInfo::read, as `merge` and `cluster status` read it): an accepted record is
//     written again by ShardInfo::write and must read back with the same fields;
//   1 a cluster folder's cluster.json (ClusterRecord::read, as `cluster status` and `cluster resume` read it);
//   2 the text of squeue and of sacct (parseSqueue, parseSacct) and of `sbatch --parsable` (parseSbatchOutput);
//   3 an array range ("0-3,7", parseArrayRange) and a --shard value ("K/N", parseShardSpec with K and N from a
//     fake environment for "auto").
// Each reader answers st::Error or a value, never a crash.
#include "FuzzSupport.h"

#include "dataset/Shard.h"
#include "jobs/Slurm.h"

#include <QDir>
#include <QHash>

namespace {

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

void shardJson(const uint8_t *data, size_t size)
{
    const QString folder = stfuzz::scratchDir() + QStringLiteral("/shard");
    QDir().mkpath(folder);
    stfuzz::writeInput(data, size, QStringLiteral("shard/shard.json"));
    st::ShardInfo info;
    try {
        info = st::ShardInfo::read(folder);
    } catch (const st::Error &) {
        return;
    }
    const QString again = stfuzz::scratchDir() + QStringLiteral("/shard-again");
    QDir().mkpath(again);
    try {
        info.write(again);
    } catch (const st::Error &) {
        return; // a field the writer refuses (e.g. an index out of range) is refused with a message
    }
    st::ShardInfo back;
    try {
        back = st::ShardInfo::read(again);
    } catch (const st::Error &) {
        std::abort(); // the writer wrote what the reader refuses
    }
    if (back.command != info.command || back.arguments != info.arguments || back.index != info.index
        || back.count != info.count || back.complete != info.complete || back.failed != info.failed)
        std::abort();
}

void clusterJson(const uint8_t *data, size_t size)
{
    const QString dir = stfuzz::scratchDir() + QStringLiteral("/cluster");
    QDir().mkpath(dir);
    stfuzz::writeInput(data, size, QStringLiteral("cluster/cluster.json"));
    stfuzz::expectCleanError([&] {
        const st::slurm::ClusterRecord r = st::slurm::ClusterRecord::read(dir);
        for (int i = 0; i < std::min(r.spec.shards, 64); ++i)
            (void)r.taskJobId(i);
    });
}

void toolOutputs(const uint8_t *data, size_t size)
{
    const QString t = text(data, size);
    stfuzz::expectCleanError([&] { (void)st::slurm::parseSqueue(t); });
    stfuzz::expectCleanError([&] { (void)st::slurm::parseSacct(t); });
    stfuzz::expectCleanError([&] { (void)st::slurm::parseSbatchOutput(t); });
}

void specs(const uint8_t *data, size_t size)
{
    const QString t = text(data, size);
    stfuzz::expectCleanError([&] { (void)st::slurm::parseArrayRange(t); });
    stfuzz::expectCleanError([&] { (void)st::parseShardSpec(t, {}); });
    const QStringList parts = t.split(QLatin1Char('|'));
    QHash<QString, QString> env;
    env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), parts.value(0));
    env.insert(QStringLiteral("SLURM_ARRAY_TASK_COUNT"), parts.value(1));
    stfuzz::expectCleanError([&] { (void)st::parseShardSpec(QStringLiteral("auto"), env); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    stfuzz::ensureApp();
    switch (data[0] % 4) {
    case 0: shardJson(data + 1, size - 1); break;
    case 1: clusterJson(data + 1, size - 1); break;
    case 2: toolOutputs(data + 1, size - 1); break;
    default: specs(data + 1, size - 1); break;
    }
    return 0;
}
