// sourcetrace-cli merge COMMAND ARGS... [--shards N]: joins the outputs of `COMMAND ARGS... --shard K/N`
// (K = 0..N-1) into exactly what one unsharded run of `COMMAND ARGS...` writes (docs/sharding.md).
#include "cli/CliCommand.h"
#include "cli/ShardCliSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace st::cli {

namespace {

int runMerge(const QStringList &argsIn)
{
    QStringList names;
    for (const auto &[name, merger] : shardMergers())
        names << name;
    const QString usage = QCoreApplication::translate("MergeCommand", "Joins shard outputs: sourcetrace-cli merge COMMAND ARGS... [--shards N]\n"
        "COMMAND is one of: %1. ARGS are the arguments the shards ran with, without --shard. The merge checks that\n"
        "shards 0..N-1 are all present, complete, without failed clips and from the same model, settings and build,\n"
        "then writes to the command's own output exactly what one unsharded run writes. N is read from the shard\n"
        "folders (OUT/shards/K-of-N or OUT.shards/K-of-N) unless --shards is given. Exit status 1 names the missing,\n"
        "failed or mismatching shards. See docs/sharding.md.").arg(names.join(QStringLiteral(", ")));
    if (argsIn.isEmpty() || argsIn.first() == QLatin1String("--help") || argsIn.first() == QLatin1String("-h")) {
        (argsIn.isEmpty() ? err : out)(usage);
        return argsIn.isEmpty() ? 2 : 0;
    }
    const QString command = argsIn.first();
    const auto it = shardMergers().find(command);
    if (it == shardMergers().end()) {
        err(QStringLiteral("sourcetrace-cli merge: ") + QCoreApplication::translate("MergeCommand", "\"%1\" has no shards to merge (mergeable: %2)")
                .arg(command, names.join(QStringLiteral(", "))));
        return 2;
    }
    QStringList args;
    int shards = 0;
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,9}$"));
    for (int i = 1; i < argsIn.size(); ++i) {
        const QString &a = argsIn[i];
        QString value;
        if (a == QLatin1String("--shards")) {
            if (i + 1 >= argsIn.size()) {
                err(QStringLiteral("sourcetrace-cli merge: ") + QCoreApplication::translate("MergeCommand", "--shards needs a value N"));
                return 2;
            }
            value = argsIn[++i];
        } else if (a.startsWith(QLatin1String("--shards="))) {
            value = a.mid(9);
        } else {
            if (a == QLatin1String("--shard") || a.startsWith(QLatin1String("--shard="))) {
                err(QStringLiteral("sourcetrace-cli merge: ") + QCoreApplication::translate("MergeCommand", "give the arguments without --shard (the merge joins all shards)"));
                return 2;
            }
            args << a;
            continue;
        }
        if (!number.match(value).hasMatch() || value.toInt() < 1) {
            err(QStringLiteral("sourcetrace-cli merge: ") + QCoreApplication::translate("MergeCommand", "--shards must be a whole number of at least 1 (got \"%1\")").arg(value));
            return 2;
        }
        shards = value.toInt();
    }
    return it->second(args, shards);
}

CliRegistrar reg(QStringLiteral("merge"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "join the outputs of a sharded run (--shard K/N) into one")),
                 runMerge);

} // namespace

} // namespace st::cli
