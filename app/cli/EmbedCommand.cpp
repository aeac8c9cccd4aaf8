// sourcetrace-cli embed: embeddings (and logits) of many clips with one model, resumable.
#include "cli/CliCommand.h"
#include "cli/ModelCliSupport.h"
#include "audio/AudioFile.h"

#include "models/EmbeddingStore.h"
#include "models/ModelRunner.h"
#include "audio/Resampler.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace st::cli {

namespace {

int runEmbed(const QStringList &args)
{
    QCommandLineParser p;
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
    if (!parseArgs(p, QStringLiteral("embed"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "--out is required"));
        return 2;
    }
    const QString outPath = p.value(QStringLiteral("out"));
    QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = outPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv") : QStringLiteral("npy");
    if (format != QLatin1String("npy") && format != QLatin1String("csv")) {
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "--format must be npy or csv (got \"%1\")").arg(format));
        return 2;
    }
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
        EmbeddingStore store(outPath, format == QLatin1String("csv") ? EmbeddingStore::Format::Csv : EmbeddingStore::Format::Npy,
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
                .arg(inputs.size()).arg(skipped).arg(outPath).arg(todo.size())
                .arg(repeated ? QCoreApplication::translate("EmbedCommand", " (%1 named more than once, embedded once)").arg(repeated) : QString()));

        // Fixed-length inputs of --batch clips share forward passes (only each clip's first inputLength samples
        // are decoded); a chunk whose forward fails is retried clip by clip so that one bad clip does not take its
        // neighbours with it. Whole-clip and sliding-window inputs stream one clip at a time.
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
        err(QStringLiteral("sourcetrace-cli embed: ") + QCoreApplication::translate("EmbedCommand", "%1 rows in %2 (%3 new), %4 failed").arg(store.count()).arg(outPath)
                .arg(store.count() - before).arg(clipErrors.size()));
        failures << clipErrors;
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli embed: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("embed"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "embeddings (.npy or STOPA CSV) of many clips with a model, resumable")),
                 runEmbed);

} // namespace

} // namespace st::cli
