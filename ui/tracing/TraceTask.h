#pragma once
// The Trace job of the window: core's tracing of one clip (analysis/TraceAnalysis.h: the library's own model's
// embedding, the back-end per level, the open-set decisions with the library's thresholds, the per-level LRs given or
// withheld by the model's validated conditions) run in the background with the window's ModelCache.
#include "analysis/ModelCache.h"
#include "analysis/TraceAnalysis.h"
#include "jobs/Job.h"

#include <QList>
#include <memory>

namespace st {

class AudioFile;
struct CatalogEntry;

class TraceTask
{
public:
    /// The usable catalog model the library is bound to (same name and weights hash). Throws st::Error
    /// naming the binding when there is none.
    static ModelManifest modelFor(const ModelBinding &binding, const QList<CatalogEntry> &entries);
    /// The clip's embedding through the model's input policy. Throws st::Error.
    static std::vector<float> embedClip(const ModelManifest &m, const AudioFile &file, ModelCache &cache);
    /// Scores an embedding against the library (no model involved).
    static TraceResult score(const FingerprintLibrary &lib, const std::vector<float> &embedding, const QString &backend)
    {
        return traceEmbedding(lib, embedding, backend);
    }
    /// Everything on the calling thread (core's runTrace).
    static TraceResult run(const QString &libraryPath, const ModelManifest &m, const AudioFile &file, ModelCache &cache,
                           const QString &backend, JobContext *ctx = nullptr)
    {
        return runTrace(libraryPath, m, file, cache, backend, ctx);
    }
    /// As a job; the result lands in `*out` once it has succeeded.
    static JobPtr makeJob(const QString &libraryPath, const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                          std::shared_ptr<ModelCache> cache, const QString &backend, std::shared_ptr<TraceResult> out);
};

} // namespace st
