// sourcetrace-cli embed: embeddings (and logits) of many clips with one model, resumable.
#include "cli/CliCommand.h"
#include "cli/ModelCliSupport.h"
#include "audio/AudioFile.h"

#include "models/EmbeddingStore.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace st::cli {

namespace {

int runEmbed(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Embeds clips with a model: sourcetrace-cli embed --model M (FILE... | --protocol P [--root DIR]) --out OUT\n"
        "  [--format npy|csv] [--threads N]\n"
        "npy: OUT is a folder with embeddings.npy (float32, N x D), logits.npy (N x C), keys.txt (row i = line i)\n"
        "and model.json (model, weights SHA-256, input policy, build). csv: OUT is a file in STOPA's layout\n"
        "(header file,0,1,...,D-1; one row per clip). Clips already in OUT are skipped (resume). A clip that fails\n"
        "is reported as 'path: cause' and the others go on; the exit status is then 1."));
    addModelOptions(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("Output folder (npy) or file (csv)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("format"), QStringLiteral("npy (default; csv when OUT ends in .csv) or csv."), QStringLiteral("FORMAT")});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio files (keys are the paths as given)."), QStringLiteral("[FILE...]"));
    if (!parseArgs(p, QStringLiteral("embed"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("sourcetrace-cli embed: --out is required"));
        return 2;
    }
    const QString outPath = p.value(QStringLiteral("out"));
    QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = outPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv") : QStringLiteral("npy");
    if (format != QLatin1String("npy") && format != QLatin1String("csv")) {
        err(QStringLiteral("sourcetrace-cli embed: --format must be npy or csv (got \"%1\")").arg(format));
        return 2;
    }
    bool batchOk = false;
    const int batch = p.value(QStringLiteral("batch")).toInt(&batchOk);
    if (!batchOk || batch < 1) {
        err(QStringLiteral("sourcetrace-cli embed: --batch must be a positive integer"));
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
        int skipped = 0;
        for (const ClipInput &c : inputs) {
            if (store.contains(c.key) || queued.contains(c.key)) {
                ++skipped;
                continue;
            }
            queued.insert(c.key);
            todo.push_back(c);
        }
        err(QStringLiteral("embed: model %1 (%2, weights %3) on %4; %5 clips, %6 already in %7, %8 to do")
                .arg(manifest.name, inputPolicyName(runner.inputPolicy()), manifest.weightsSha256.left(12), model->device())
                .arg(inputs.size()).arg(skipped).arg(outPath).arg(todo.size()));

        // Work in chunks of --batch clips; a chunk whose forward fails is retried clip by clip so that
        // one bad clip does not take its neighbours with it.
        const int chunks = int((todo.size() + size_t(batch) - 1) / size_t(batch));
        QStringList failures = runBatch(QStringLiteral("embed with %1").arg(manifest.name), chunks, p,
            [&](int ci) -> QString {
                QStringList errors;
                std::vector<const ClipInput *> ok;
                std::vector<std::vector<float>> clips;
                for (size_t k = size_t(ci) * batch; k < std::min(todo.size(), size_t(ci + 1) * batch); ++k) {
                    try {
                        clips.push_back(readClip(todo[k].path, manifest.sampleRate, channel));
                        if (clips.back().empty())
                            throw Error(todo[k].path, QStringLiteral("no samples"));
                        ok.push_back(&todo[k]);
                    } catch (const Error &e) {
                        if (clips.size() > ok.size())
                            clips.pop_back();
                        errors << (e.path().isEmpty() ? todo[k].path + QStringLiteral(": ") + e.message() : e.message());
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
                        errors << ok[j]->path + QStringLiteral(": ") + e.message();
                    }
                }
                return errors.join(QLatin1Char('\n'));
            },
            [&](int ci) { return todo[size_t(ci) * batch].key; });
        store.flush();
        int failed = 0;
        for (const QString &f : failures) {
            err(f);
            if (!f.startsWith(QLatin1String("interrupted:")))
                failed += int(f.count(QLatin1Char('\n'))) + 1;
        }
        err(QStringLiteral("embed: %1 rows in %2 (%3 new), %4 failed").arg(store.count()).arg(outPath)
                .arg(store.count() - before).arg(failed));
        return failures.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli embed: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("embed"), QStringLiteral("embeddings (.npy or STOPA CSV) of many clips with a model, resumable"),
                 runEmbed);

} // namespace

} // namespace st::cli
