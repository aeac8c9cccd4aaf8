#include "dataset/Shard.h"

#include "BuildInfo.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <map>

namespace st {

QString ShardSpec::folderName() const
{
    return QStringLiteral("%1-of-%2").arg(index).arg(count);
}

bool ShardSpec::contains(const QString &key) const
{
    return !sharded || shardOf(key, count) == index;
}

uint64_t shardHash(const QString &key)
{
    const QByteArray d = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    uint64_t h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | uint64_t(uint8_t(d[i]));
    return h;
}

int shardOf(const QString &key, int n)
{
    if (n < 1)
        throw Error(QStringLiteral("the number of shards must be at least 1 (got %1)").arg(n));
    return int(shardHash(key) % uint64_t(n));
}

namespace {

// A non-negative decimal integer that fits an int; false otherwise.
bool parseCount(const QString &text, int &v)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return false;
    v = text.toInt();
    return true;
}

ShardSpec checked(int k, int n, const QString &what)
{
    if (n < 1)
        throw Error(QStringLiteral("%1: the number of shards N must be at least 1 (got %2)").arg(what).arg(n));
    if (k >= n)
        throw Error(QStringLiteral("%1: the shard K must be below N (shards are numbered 0 to %2; got %3)")
                        .arg(what).arg(n - 1).arg(k));
    return ShardSpec{k, n, true};
}

} // namespace

ShardSpec parseShardSpec(const QString &text, const QHash<QString, QString> &env)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("auto")) {
        const QString idVar = QStringLiteral("SLURM_ARRAY_TASK_ID"), countVar = QStringLiteral("SLURM_ARRAY_TASK_COUNT");
        int k = 0, n = 0;
        for (const auto &[var, target] : {std::pair<QString, int *>{idVar, &k}, std::pair<QString, int *>{countVar, &n}}) {
            if (!env.contains(var) || env.value(var).trimmed().isEmpty())
                throw Error(QStringLiteral("--shard auto needs the Slurm array variables SLURM_ARRAY_TASK_ID and "
                                           "SLURM_ARRAY_TASK_COUNT, but %1 is not set (run inside a Slurm array job, or give "
                                           "--shard K/N)").arg(var));
            if (!parseCount(env.value(var).trimmed(), *target))
                throw Error(QStringLiteral("--shard auto: %1 is \"%2\", not a non-negative whole number")
                                .arg(var, env.value(var)));
        }
        return checked(k, n, QStringLiteral("--shard auto (SLURM_ARRAY_TASK_ID=%1, SLURM_ARRAY_TASK_COUNT=%2)").arg(k).arg(n));
    }
    const QStringList parts = t.split(QLatin1Char('/'));
    int k = 0, n = 0;
    if (parts.size() != 2 || !parseCount(parts[0], k) || !parseCount(parts[1], n))
        throw Error(QStringLiteral("--shard takes K/N (shard K of N, 0 <= K < N, e.g. 0/4) or auto (got \"%1\")").arg(text));
    return checked(k, n, QStringLiteral("--shard %1").arg(t));
}

ShardSpec parseShardSpec(const QString &text)
{
    QHash<QString, QString> env;
    const QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString &k : pe.keys())
        env.insert(k, pe.value(k));
    return parseShardSpec(text, env);
}

QString shardFolderFor(const QString &outFolder, const ShardSpec &s)
{
    return QDir::cleanPath(outFolder) + QStringLiteral("/shards/") + s.folderName();
}

QString shardFileFor(const QString &outFile, const ShardSpec &s)
{
    const QString clean = QDir::cleanPath(outFile);
    return clean + QStringLiteral(".shards/") + s.folderName() + QLatin1Char('/') + QFileInfo(clean).fileName();
}

QString shardsRootFor(const QString &out, bool outIsFolder)
{
    const QString clean = QDir::cleanPath(out);
    return outIsFolder ? clean + QStringLiteral("/shards") : clean + QStringLiteral(".shards");
}

QStringList argumentsWithoutShard(const QStringList &args)
{
    // Options whose value does not change the results, or that say which shard this is (explain's --restart redoes
    // the clips a shard already holds: the same results).
    const QStringList dropWithValue{QStringLiteral("shard"), QStringLiteral("shards"), QStringLiteral("threads")};
    const QStringList dropFlag{QStringLiteral("no-progress"), QStringLiteral("restart")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        QString name;
        if (a.startsWith(QLatin1String("--")))
            name = a.mid(2);
        else if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            name = a.mid(1);
        const int eq = name.indexOf(QLatin1Char('='));
        const QString bare = eq >= 0 ? name.left(eq) : name;
        if (!name.isEmpty() && dropWithValue.contains(bare)) {
            if (eq < 0)
                ++i; // its value is the next argument
            continue;
        }
        if (!name.isEmpty() && dropFlag.contains(bare))
            continue;
        out << a;
    }
    return out;
}

QString settingsFingerprint(const QString &command, const QStringList &args)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(command.toUtf8() + '\n');
    for (const QString &a : argumentsWithoutShard(args))
        h.addData(a.toUtf8() + '\n');
    return QString::fromLatin1(h.result().toHex());
}

QString ShardInfo::path(const QString &folder)
{
    return QDir::cleanPath(folder) + QStringLiteral("/shard.json");
}

QString ShardInfo::thisBuildVersion()
{
    return QStringLiteral(SOURCETRACE_VERSION);
}

QString ShardInfo::thisBuildCommit()
{
    return QStringLiteral(SOURCETRACE_GIT_COMMIT);
}

void ShardInfo::write(const QString &folder) const
{
    if (!QDir().mkpath(folder))
        throw Error(folder, QStringLiteral("cannot create the shard's folder"));
    QJsonObject o;
    o.insert(QStringLiteral("command"), command);
    o.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    o.insert(QStringLiteral("shard"), QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("count"), count}});
    o.insert(QStringLiteral("clips"), clips);
    o.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), model}, {QStringLiteral("weightsSha256"), weightsSha256}});
    o.insert(QStringLiteral("settingsFingerprint"), settingsFingerprint);
    o.insert(QStringLiteral("build"),
             QJsonObject{{QStringLiteral("version"), buildVersion.isEmpty() ? thisBuildVersion() : buildVersion},
                         {QStringLiteral("commit"), buildCommit.isEmpty() ? thisBuildCommit() : buildCommit}});
    o.insert(QStringLiteral("complete"), complete);
    o.insert(QStringLiteral("failed"), QJsonArray::fromStringList(failed));
    QSaveFile f(path(folder));
    if (!f.open(QIODevice::WriteOnly))
        throw Error(f.fileName(), QStringLiteral("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        throw Error(f.fileName(), QStringLiteral("cannot write: %1").arg(f.errorString()));
}

ShardInfo ShardInfo::read(const QString &folder)
{
    const QString p = path(folder);
    QFile f(p);
    if (!f.exists())
        throw Error(p, QStringLiteral("absent (the shard never started, or its folder is not a shard's)"));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(p, QStringLiteral("cannot read: %1").arg(f.errorString()));
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        throw Error(p, QStringLiteral("not a JSON object (%1)").arg(pe.errorString()));
    const QJsonObject o = d.object();
    const QJsonObject shard = o.value(QStringLiteral("shard")).toObject();
    if (!shard.value(QStringLiteral("index")).isDouble() || !shard.value(QStringLiteral("count")).isDouble()
        || !o.value(QStringLiteral("complete")).isBool())
        throw Error(p, QStringLiteral("lacks shard.index, shard.count or complete: not a shard record"));
    ShardInfo s;
    s.command = o.value(QStringLiteral("command")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("arguments")).toArray())
        s.arguments << v.toString();
    s.index = shard.value(QStringLiteral("index")).toInt();
    s.count = shard.value(QStringLiteral("count")).toInt();
    s.clips = o.value(QStringLiteral("clips")).toInt();
    const QJsonObject model = o.value(QStringLiteral("model")).toObject();
    s.model = model.value(QStringLiteral("name")).toString();
    s.weightsSha256 = model.value(QStringLiteral("weightsSha256")).toString();
    s.settingsFingerprint = o.value(QStringLiteral("settingsFingerprint")).toString();
    const QJsonObject build = o.value(QStringLiteral("build")).toObject();
    s.buildVersion = build.value(QStringLiteral("version")).toString();
    s.buildCommit = build.value(QStringLiteral("commit")).toString();
    s.complete = o.value(QStringLiteral("complete")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("failed")).toArray())
        s.failed << v.toString();
    return s;
}

ShardCheck checkShards(const QString &shardsRoot, int count, const ShardInfo &expected)
{
    ShardCheck c;
    const QDir root(shardsRoot);
    static const QRegularExpression name(QStringLiteral("^([0-9]{1,9})-of-([0-9]{1,9})$"));
    std::map<int, int> countsSeen; // N -> folders
    if (root.exists())
        for (const QString &d : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QRegularExpressionMatch m = name.match(d);
            if (m.hasMatch())
                ++countsSeen[m.captured(2).toInt()];
        }
    if (count > 0) {
        c.count = count;
    } else if (countsSeen.empty()) {
        c.problems << QStringLiteral("%1: no shard folders (K-of-N) found: no sharded run wrote here, or give --shards N")
                          .arg(QDir::cleanPath(shardsRoot));
        return c;
    } else if (countsSeen.size() > 1) {
        QStringList ns;
        for (const auto &[n, k] : countsSeen)
            ns << QString::number(n);
        c.problems << QStringLiteral("%1: shard folders of different shard counts (N = %2): give --shards N")
                          .arg(QDir::cleanPath(shardsRoot), ns.join(QStringLiteral(", ")));
        return c;
    } else {
        c.count = countsSeen.begin()->first;
    }

    QString refBuild; // the build of the first readable shard: all must share it
    int refIndex = -1;
    for (int k = 0; k < c.count; ++k) {
        const ShardSpec spec{k, c.count, true};
        const QString folder = root.filePath(spec.folderName());
        const QString label = QStringLiteral("shard %1").arg(spec.folderName());
        c.folders.push_back(folder);
        if (!QFileInfo(folder).isDir()) {
            c.problems << QStringLiteral("%1: missing (%2 does not exist)").arg(label, QDir::cleanPath(folder));
            continue;
        }
        ShardInfo s;
        try {
            s = ShardInfo::read(folder);
        } catch (const Error &e) {
            c.problems << QStringLiteral("%1: %2").arg(label, e.message());
            continue;
        }
        QStringList why;
        if (s.index != k || s.count != c.count)
            why << QStringLiteral("its shard.json says shard %1-of-%2").arg(s.index).arg(s.count);
        if (!expected.command.isEmpty() && s.command != expected.command)
            why << QStringLiteral("made by command \"%1\", not \"%2\"").arg(s.command, expected.command);
        if (s.model != expected.model || s.weightsSha256 != expected.weightsSha256)
            why << QStringLiteral("made with model %1 (weights %2), not %3 (weights %4)")
                       .arg(s.model, s.weightsSha256.left(12), expected.model, expected.weightsSha256.left(12));
        if (!expected.settingsFingerprint.isEmpty() && s.settingsFingerprint != expected.settingsFingerprint)
            why << QStringLiteral("made with other settings (arguments %1)").arg(s.arguments.join(QLatin1Char(' ')));
        const QString build = s.buildVersion + QLatin1Char(' ') + s.buildCommit;
        if (refIndex < 0) {
            refIndex = k;
            refBuild = build;
        } else if (build != refBuild) {
            why << QStringLiteral("made by build %1, shard %2 by build %3").arg(build, QString::number(refIndex), refBuild);
        }
        if (!s.failed.isEmpty())
            why << QStringLiteral("failed: %1 clip(s) failed (%2); rerun the shard").arg(s.failed.size()).arg(s.failed.join(QStringLiteral("; ")));
        else if (!s.complete)
            why << QStringLiteral("incomplete (still running, or stopped before its end): rerun the shard to resume it");
        for (const QString &w : why)
            c.problems << QStringLiteral("%1: %2").arg(label, w);
    }
    if (!c.problems.isEmpty())
        c.folders.clear();
    return c;
}

} // namespace st
