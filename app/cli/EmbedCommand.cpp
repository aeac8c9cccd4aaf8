// sourcetrace-cli embed: embeddings (and logits) of many clips with one model, resumable.
#include "cli/CliCommand.h"
#include "cli/ModelCliSupport.h"
#include "cli/ShardCliSupport.h"
#include "audio/AudioFile.h"

#include "models/EmbeddingStore.h"
#include "models/ModelRunner.h"
#include "audio/Resampler.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <limits>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace st::cli {

namespace {

// The options of embed (also parsed by `merge embed`).
void embedOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate("EmbedCommand", "Embeds clips with a model: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT\n"
        "  [--format npy|csv] [--threads N]\n"
        "npy: OUT is a folder with embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (row i = line i)\n"
        "and model.json (model, weights SHA-256, input policy, build). csv: OUT is a file in STOPA's layout\n"
        "(header file,0,1,...,D-1; one row per clip). Clips already in OUT are skipped (resume). A clip that fails\n"
        "is reported as 'path: cause' and the others go on; the exit status is then 1."));
    addModelOptions(p);
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("EmbedCommand", "Output folder (npy) or file (csv)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("EmbedCommand", "npy (default; csv when OUT ends in .csv) or csv."), QStringLiteral("FORMAT")});
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("EmbedCommand", "Audio files (keys are the paths as given)."), QStringLiteral("[FILE...]"));
    addShardOption(p);
}

// --out and --format of embed (and merge embed): the output path and "npy" or "csv"; false (after a message
// with `prefix`) when --out is missing or the format unknown.
bool embedOutput(const QCommandLineParser &p, const QString &prefix, QString &outPath, QString &format)
{
    if (!p.isSet(QStringLiteral("out"))) {
        err(prefix + QCoreApplication::translate("EmbedCommand", "--out is required"));
        return false;
    }
    outPath = p.value(QStringLiteral("out"));
    format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = outPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv") : QStringLiteral("npy");
    if (format != QLatin1String("npy") && format != QLatin1String("csv")) {
        err(prefix + QCoreApplication::translate("EmbedCommand", "--format must be npy or csv (got \"%1\")").arg(format));
        return false;
    }
    return true;
}

int runEmbed(const QStringList &args)
{
    QCommandLineParser p;
    embedOptions(p);
    if (!parseArgs(p, QStringLiteral("embed"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    QString outPath, format;
    if (!embedOutput(p, QStringLiteral("sourcetrace-cli embed: "), outPath, format))
        return 2;
    bool batchOk = false;
    const int batch = p.value(QStringLiteral("batch")).toInt(&batchOk);
    if (!batchOk || batch < 1) {
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "--batch must be a positive integer"));
        return 2;
    }

    ModelJobSetup setup;
    if (!prepareModelJob(p, QStringLiteral("embed"), setup))
        return 2;
    std::vector<ClipInput> &inputs = setup.inputs;
    const ModelManifest &manifest = setup.manifest;
    const InputPolicy policy = setup.policy;
    const int length = setup.length, hop = setup.hop, channel = setup.channel;
    ShardSpec shard;
    if (!shardFromOptions(p, QStringLiteral("embed"), shard))
        return 2;
    // A shard embeds its clips into its own place (docs/sharding.md) and records itself in shard.json there.
    const bool npy = format == QLatin1String("npy");
    const QString storePath = !shard.sharded ? outPath : npy ? shardFolderFor(outPath, shard) : shardFileFor(outPath, shard);
    keepShard(inputs, shard);
    ShardInfo shardInfo = expectedShardInfo(QStringLiteral("embed"), args, manifest);
    shardInfo.index = shard.index;
    shardInfo.count = shard.count;
    shardInfo.clips = int(uniqueInputs(inputs).size());
    const QString shardFolder = npy ? storePath : QFileInfo(storePath).path();

    try {
        EmbeddingModelPtr model = loadModel(manifest, p);
        ModelRunner runner(model);
        runner.setInputPolicy(policy, length, hop);
        runner.setBatchSize(batch);

        QJsonObject runInfo;
        runInfo.insert(QStringLiteral("inputPolicy"), inputPolicyName(runner.inputPolicy()));
        runInfo.insert(QStringLiteral("inputLength"), runner.inputLength());
        runInfo.insert(QStringLiteral("hop"), runner.hop());
        runInfo.insert(QStringLiteral("sampleRate"), manifest.sampleRate);
        runInfo.insert(QStringLiteral("device"), model->device());
        EmbeddingStore store(storePath, format == QLatin1String("csv") ? EmbeddingStore::Format::Csv : EmbeddingStore::Format::Npy,
                             manifest, model->embeddingDim(), model->numClasses(), runInfo);

        const int before = store.count();
        std::vector<ClipInput> todo;
        QSet<QString> queued;
        int skipped = 0, repeated = 0;
        for (const ClipInput &c : inputs) {
            if (queued.contains(c.key)) {
                ++repeated; // named twice in this run's input: embedded once
                continue;
            }
            queued.insert(c.key);
            if (store.contains(c.key)) {
                ++skipped;
                continue;
            }
            todo.push_back(c);
        }
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "model %1 (%2, weights %3) on %4; %5 clips, %6 already in %7, %8 to do%9")
                .arg(manifest.name, inputPolicyName(runner.inputPolicy()), manifest.weightsSha256.left(12), model->device())
                .arg(inputs.size()).arg(skipped).arg(storePath).arg(todo.size())
                .arg(repeated ? QCoreApplication::translate("EmbedCommand", " (%1 named more than once, embedded once)").arg(repeated) : QString()));

        // Fixed-length inputs of --batch clips share forward passes (only each clip's first inputLength samples
        // are decoded); a chunk whose forward fails is retried clip by clip so that one bad clip does not take its
        // neighbours with it. Whole-clip and sliding-window inputs stream one clip at a time.
        if (shard.sharded)
            shardInfo.write(shardFolder); // complete: false until the shard's end
        const bool batched = runner.inputPolicy() == InputPolicy::FixedLength && batch > 1;
        const int per = batched ? batch : 1;
        const int chunks = int((todo.size() + size_t(per) - 1) / size_t(per));
        QStringList clipErrors; // one entry per failed clip ("path: cause")
        QStringList failures = runBatch(QCoreApplication::translate("EmbedCommand", "embed with %1").arg(manifest.name), chunks, p,
            [&](int ci, const RunProgress &progress) -> QString {
                const size_t first = size_t(ci) * size_t(per), last = std::min(todo.size(), first + size_t(per));
                if (!batched) {
                    const ClipInput &c = todo[first];
                    try {
                        AudioFile file(c.path);
                        checkChannel(file, channel);
                        const ClipResult r = runner.runFile(file, channel, progress);
                        for (const QString &w : r.warnings)
                            err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("EmbedCommand", "warning: %1").arg(Error::format(file.info().path, w, 0)));
                        store.add(c.key, r.embedding, r.logits);
                    } catch (const Error &e) {
                        clipErrors << clipFailure(e, c.path);
                    }
                    return {};
                }
                std::vector<const ClipInput *> ok;
                std::vector<std::vector<float>> clips;
                for (size_t k = first; k < last; ++k) {
                    try {
                        AudioFile file(todo[k].path);
                        checkChannel(file, channel);
                        ResamplingReader reader(file, channel, manifest.sampleRate);
                        std::vector<float> head;
                        reader.read(runner.inputLength(), head);
                        for (const QString &w : runner.assessInput(head, file.info().path, reader.expectedLength()))
                            err(QStringLiteral("sourcetrace-cli: ") + QCoreApplication::translate("EmbedCommand", "warning: %1").arg(Error::format(file.info().path, w, 0)));
                        clips.push_back(std::move(head));
                        ok.push_back(&todo[k]);
                    } catch (const Error &e) {
                        clipErrors << clipFailure(e, todo[k].path);
                    }
                }
                std::vector<ClipResult> results;
                try {
                    results = runner.run(clips);
                } catch (const Error &) {
                    results.clear();
                }
                for (size_t j = 0; j < ok.size(); ++j) {
                    try {
                        const ClipResult r = results.empty() ? runner.run(clips[j]) : results[j];
                        store.add(ok[j]->key, r.embedding, r.logits);
                    } catch (const Error &e) {
                        clipErrors << clipFailure(e, ok[j]->path);
                    }
                }
                return {};
            },
            [&](int ci) { return todo[size_t(ci) * size_t(per)].key; });
        store.flush();
        for (const QString &f : clipErrors + failures)
            err(QStringLiteral("sourcetrace-cli: %1").arg(f));
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "%1 rows in %2 (%3 new), %4 failed").arg(store.count()).arg(storePath)
                .arg(store.count() - before).arg(clipErrors.size()));
        failures << clipErrors;
        if (shard.sharded) {
            shardInfo.complete = failures.isEmpty();
            shardInfo.failed = failures;
            shardInfo.write(shardFolder);
        }
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli embed: %1").arg(e.message()));
        return 1;
    }
}

// merge embed: the rows of shards 0..N-1 in the order of the protocol, written by the same store an unsharded run
// writes with (npy: the same four files; csv: the same header and rows).
int mergeEmbed(const QStringList &args, int shards)
{
    QCommandLineParser p;
    embedOptions(p);
    if (!parseArgs(p, QStringLiteral("merge embed"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString prefix = QStringLiteral("sourcetrace-cli merge embed: ");
    QString outPath, format;
    if (!embedOutput(p, prefix, outPath, format))
        return 2;
    const bool npy = format == QLatin1String("npy");
    ModelJobSetup setup;
    if (!prepareModelJob(p, QStringLiteral("merge embed"), setup))
        return 2;
    const std::vector<QString> folders = checkShardsForMerge(QStringLiteral("embed"), shardsRootFor(outPath, npy), shards,
                                                             expectedShardInfo(QStringLiteral("embed"), args, setup.manifest));
    if (folders.empty())
        return 1;
    const std::vector<ClipInput> inputs = uniqueInputs(setup.inputs);
    const int n = int(folders.size());
    try {
        if (npy) {
            QFile mf(folders[0] + QStringLiteral("/model.json"));
            if (!mf.open(QIODevice::ReadOnly))
                throw Error(mf.fileName(), QStringLiteral("cannot read: %1").arg(mf.errorString()));
            const QJsonObject info = QJsonDocument::fromJson(mf.readAll()).object();
            const int dim = info.value(QStringLiteral("embeddingDim")).toInt();
            const int classes = info.value(QStringLiteral("numClasses")).toInt();
            if (dim < 1 || classes < 0)
                throw Error(mf.fileName(), QStringLiteral("has no embeddingDim/numClasses: not an embed output"));
            struct ShardRows { std::vector<float> emb, logits; };
            std::vector<ShardRows> rows(static_cast<size_t>(n));
            QHash<QString, std::pair<int, int64_t>> where; // key -> (shard, row)
            for (int k = 0; k < n; ++k) {
                const QString dir = folders[size_t(k)];
                if (!QFileInfo::exists(dir + QStringLiteral("/keys.txt")))
                    continue; // a shard without clips
                const QStringList keys = EmbeddingStore::readKeys(dir + QStringLiteral("/keys.txt"));
                std::vector<int64_t> es, ls;
                rows[size_t(k)].emb = readNpy(dir + QStringLiteral("/embeddings.npy"), es);
                rows[size_t(k)].logits = readNpy(dir + QStringLiteral("/logits.npy"), ls);
                if (es.size() != 2 || es[1] != dim || ls.size() != 2 || ls[1] != classes || es[0] < keys.size() || ls[0] < keys.size())
                    throw Error(dir, QStringLiteral("its embeddings.npy / logits.npy do not hold %1 rows of %2 / %3 values")
                                         .arg(keys.size()).arg(dim).arg(classes));
                for (int i = 0; i < keys.size(); ++i)
                    where.insert(keys[i], {k, i});
            }
            EmbeddingStore store(outPath, EmbeddingStore::Format::Npy, setup.manifest, dim, classes,
                                 info.value(QStringLiteral("run")).toObject());
            if (store.count() > 0)
                throw Error(outPath, QStringLiteral("already holds %1 rows: a merge writes a new output (remove embeddings.npy, "
                                                    "logits.npy, keys.txt and model.json there, not the shards)").arg(store.count()));
            store.setAutoFlushEvery(std::numeric_limits<int>::max());
            for (const ClipInput &c : inputs) {
                const auto it = where.constFind(c.key);
                if (it == where.constEnd())
                    throw Error(folders[size_t(shardOf(c.key, n))], QStringLiteral("lacks the row of \"%1\" although its shard.json says "
                                                                                 "complete: rerun that shard").arg(Error::escaped(c.key)));
                const ShardRows &r = rows[size_t(it->first)];
                const int64_t i = it->second;
                store.add(c.key, std::vector<float>(r.emb.begin() + i * dim, r.emb.begin() + (i + 1) * dim),
                          std::vector<float>(r.logits.begin() + i * classes, r.logits.begin() + (i + 1) * classes));
            }
            store.flush();
            err(prefix + QCoreApplication::translate("EmbedCommand", "%1 rows of %2 shards in %3").arg(store.count()).arg(n).arg(outPath));
            return 0;
        }
        // csv: the header and the rows exactly as the shards' stores wrote them.
        QByteArray header;
        QHash<QString, QByteArray> lines;
        for (int k = 0; k < n; ++k) {
            const QString file = folders[size_t(k)] + QLatin1Char('/') + QFileInfo(outPath).fileName();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                throw Error(file, QStringLiteral("cannot read: %1").arg(f.errorString()));
            QList<QByteArray> ls = f.readAll().split('\n');
            ls.removeLast(); // after the last line break (a complete shard ends with one)
            if (ls.isEmpty())
                throw Error(file, QStringLiteral("has no header line"));
            if (k == 0)
                header = ls.first();
            else if (ls.first() != header)
                throw Error(file, QStringLiteral("has another header than shard 0"), 1);
            for (int i = 1; i < ls.size(); ++i)
                lines.insert(QString::fromUtf8(ls[i].left(ls[i].indexOf(','))), ls[i] + '\n');
        }
        const int count = writeJoinedRows(outPath, header + '\n', inputs, lines, [](const ClipInput &c) { return c.key; }, folders);
        err(prefix + QCoreApplication::translate("EmbedCommand", "%1 rows of %2 shards in %3").arg(count).arg(n).arg(outPath));
        return 0;
    } catch (const Error &e) {
        err(prefix + e.message());
        return 1;
    }
}

ShardMergerRegistrar mergeReg(QStringLiteral("embed"), mergeEmbed);

CliRegistrar reg(QStringLiteral("embed"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "embeddings (.npy or STOPA CSV) of many clips with a model, resumable")),
                 runEmbed);

} // namespace

} // namespace st::cli
