#include "tracing/TraceTask.h"

#include "detection/DetectionTask.h"
#include "catalog/ModelCatalog.h"
#include "audio/AudioFile.h"
#include "library/TraceBackend.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>

namespace st {

ModelManifest TraceTask::modelFor(const ModelBinding &binding, const QList<CatalogEntry> &entries)
{
    for (const CatalogEntry &e : entries)
        if (e.usable && e.manifest.name == binding.name && e.manifest.weightsSha256 == binding.weightsSha256)
            return e.manifest;
    throw Error(QStringLiteral("the library is bound to model %1, which is not among the usable models; install its "
                               "manifest and weights (see the Models menu and docs/models.md)")
                    .arg(binding.describe()));
}

namespace {
std::vector<float> embedSamples(const ModelManifest &m, const AudioFile &file, const std::vector<float> &clip, ModelCache &cache)
{
    EmbeddingModelPtr model = cache.get(m);
    std::lock_guard<std::mutex> lock(cache.runLock());
    ModelRunner runner(model);
    runner.assessInput(clip, file.info().path); // digital silence or under 0.1 s: no source to trace
    return runner.run(clip).embedding;
}
} // namespace

void TraceTask::judgeConditions(TraceResult &r, const ModelManifest &m, const AudioFile &file, const std::vector<float> &clip)
{
    QString where;
    try {
        const ValidatedConditions v = ValidatedConditions::forManifest(m);
        if (!v.present)
            return;
        r.validityChecked = true;
        where = v.path;
        const FeatureBank bank = featureBankFor(m, v);
        r.conditions = measureClip(clip, m.sampleRate);
        r.conditions.codec = codecFromContainer(file.info().container, file.info().sampleFormat);
        if (!bank.empty()) {
            where = QFileInfo(v.path).absoluteDir().filePath(v.oodBank);
            r.conditions.oodScore = bank.knnCosine(r.embedding, v.oodK);
        }
        r.verdict = assess(v, r.conditions);
    } catch (const Error &e) {
        // Conditions that cannot be checked cannot be vouched for: the LRs are withheld, with the cause.
        r.validityChecked = true;
        r.verdict.inside = false;
        const QString msg = e.message();
        r.verdict.reasons = {QObject::tr("the validated conditions could not be checked: %1")
                                 .arg(where.isEmpty() || msg.contains(where) ? msg : QStringLiteral("%1: %2").arg(where, msg))};
    }
}

std::vector<float> TraceTask::embedClip(const ModelManifest &m, const AudioFile &file, ModelCache &cache)
{
    return embedSamples(m, file, file.readAll(MixDown, m.sampleRate), cache);
}

TraceResult TraceTask::score(const FingerprintLibrary &lib, const std::vector<float> &embedding, const QString &backend)
{
    TraceResult r;
    r.libraryPath = lib.path();
    r.model = lib.model();
    r.backend = backend;
    r.embedding = embedding;
    auto b = TraceBackend::forLibrary(lib, backend); // a trained back-end: the fit stored with the library
    r.decisions = decideOpenSet(b->score(embedding), lib, b->name());
    for (const StoredLrCalibration &c : lib.lrCalibrations())
        if (c.backend == b->name())
            r.lrCalibrations[c.level] = c;
    return r;
}

TraceResult TraceTask::run(const QString &libraryPath, const ModelManifest &m, const AudioFile &file, ModelCache &cache,
                           const QString &backend, JobContext *ctx)
{
    auto step = [ctx](double f, const QString &s) {
        if (ctx) {
            ctx->checkCancelled();
            ctx->setProgress(f, s);
        }
    };
    step(0.05, QStringLiteral("opening library"));
    FingerprintLibrary lib(libraryPath, LibraryAccess::ReadOnly); // tracing reads only
    lib.checkModel(ModelBinding::of(m));
    step(0.1, QStringLiteral("embedding with %1").arg(m.name));
    const std::vector<float> clip = file.readAll(MixDown, m.sampleRate);
    const std::vector<float> e = embedSamples(m, file, clip, cache);
    step(0.8, QStringLiteral("scoring (%1)").arg(backend));
    TraceResult r = score(lib, e, backend);
    r.clipPath = file.info().path;
    step(0.9, QStringLiteral("validated conditions"));
    judgeConditions(r, m, file, clip);
    return r;
}

JobPtr TraceTask::makeJob(const QString &libraryPath, const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                          std::shared_ptr<ModelCache> cache, const QString &backend, std::shared_ptr<TraceResult> out)
{
    const QString what = QObject::tr("Trace %1 (%2)").arg(QFileInfo(file->info().path).fileName(), backend);
    return std::make_shared<Job>(what, [=](JobContext &ctx) {
        *out = run(libraryPath, m, *file, *cache, backend, &ctx);
        return QVariant(int(out->decisions.size()));
    });
}

} // namespace st
