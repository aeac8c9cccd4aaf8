#include "tracing/TraceTask.h"

#include "audio/AudioFile.h"
#include "catalog/ModelCatalog.h"
#include "util/Error.h"

#include <QFileInfo>

namespace st {

ModelManifest TraceTask::modelFor(const ModelBinding &binding, const QList<CatalogEntry> &entries)
{
    for (const CatalogEntry &e : entries)
        if (e.usable && e.manifest.name == binding.name && e.manifest.weightsSha256 == binding.weightsSha256)
            return e.manifest;
    throw Error(QObject::tr("the library is bound to model %1, which is not among the usable models; install its "
                               "manifest and weights (see the Models menu and docs/models.md)")
                    .arg(binding.describe()));
}

std::vector<float> TraceTask::embedClip(const ModelManifest &m, const AudioFile &file, ModelCache &cache)
{
    return st::embedClip(m, file.info().path, file.readAll(MixDown, m.sampleRate), cache);
}

JobPtr TraceTask::makeJob(const QString &libraryPath, const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                          std::shared_ptr<ModelCache> cache, const QString &backend, std::shared_ptr<TraceResult> out)
{
    const QString what = QObject::tr("Trace %1 (%2)").arg(QFileInfo(file->info().path).fileName(), backend);
    return std::make_shared<Job>(what, [=](JobContext &ctx) {
        *out = runTrace(libraryPath, m, *file, *cache, backend, &ctx);
        return QVariant(int(out->decisions.size()));
    });
}

} // namespace st
