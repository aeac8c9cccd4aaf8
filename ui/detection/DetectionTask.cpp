#include "detection/DetectionTask.h"

#include "audio/AudioFile.h"

#include <QFileInfo>

namespace st {

std::vector<ScoreWindow> windowsInFrames(const DetectionResult &r)
{
    std::vector<ScoreWindow> out;
    out.reserve(r.timeline.size());
    const double k = r.modelRate > 0 && r.clipRate > 0 ? double(r.clipRate) / r.modelRate : 1.0;
    for (const TimelineWindow &w : r.timeline)
        out.push_back({double(w.start) * k, double(w.end) * k, w.score});
    return out;
}

DetectionResult DetectionTask::run(const ModelManifest &m, const std::shared_ptr<const AudioFile> &file, ModelCache &cache,
                                   JobContext *ctx, int threads)
{
    return runDetection(m, *file, cache, ctx, threads);
}

JobPtr DetectionTask::makeJob(const ModelManifest &m, std::shared_ptr<const AudioFile> file, std::shared_ptr<ModelCache> cache,
                              std::shared_ptr<DetectionResult> out, int threads)
{
    const QString what = QObject::tr("Detect with %1 on %2").arg(m.name, QFileInfo(file->info().path).fileName());
    return std::make_shared<Job>(what, [m, file, cache, out, threads](JobContext &ctx) {
        *out = runDetection(m, *file, *cache, &ctx, threads);
        return QVariant(out->clip.score);
    });
}

} // namespace st
