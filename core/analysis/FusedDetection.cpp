#include "analysis/FusedDetection.h"

#include "jobs/Job.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::FusedDetection) };
} // namespace

namespace st {

QString fusionDetectorModel(const QString &detector)
{
    const qsizetype hash = detector.indexOf(QLatin1Char('#'));
    return hash < 0 ? detector : detector.left(hash);
}

std::vector<ModelManifest> fusionComponents(const FusionModel &fusion, const std::vector<ModelManifest> &models, const QString &fusionPath)
{
    std::vector<ModelManifest> out;
    QStringList unknown, notDetectors, names;
    for (const ModelManifest &m : models)
        names << m.name;
    for (const QString &d : fusion.detectors) {
        const qsizetype i = names.indexOf(fusionDetectorModel(d));
        if (i < 0) {
            unknown << d;
            continue;
        }
        const ModelManifest &m = models[std::size_t(i)];
        if (!m.isDetector())
            notDetectors << QStringLiteral("%1 (%2)").arg(d, m.scoreConvention());
        out.push_back(m);
    }
    if (!unknown.isEmpty())
        throw Error(fusionPath, Text::tr("the fusion's system(s) %1 name no model of the registry (known: %2); a system is "
                                               "named by its model, or as model#suffix")
                                    .arg(unknown.join(QStringLiteral(", ")), names.join(QStringLiteral(", "))));
    if (!notDetectors.isEmpty())
        throw Error(fusionPath, Text::tr("the fusion's system(s) %1 are not detectors").arg(notDetectors.join(QStringLiteral(", "))));
    return out;
}

std::vector<ModelManifest> fusionComponents(const FusionModel &fusion, const ModelRegistry &registry, const QString &fusionPath)
{
    std::vector<ModelManifest> models;
    for (const QString &n : registry.names())
        if (const ModelEntry *e = registry.find(n))
            models.push_back(e->manifest);
    return fusionComponents(fusion, models, fusionPath);
}

FusedDetectionResult runFusedDetection(const FusionModel &fusion, const std::vector<ModelManifest> &components,
                                       const AudioFile &file, ModelCache &cache, JobContext *ctx, int threads)
{
    if (components.size() != std::size_t(fusion.detectors.size()))
        throw Error(QStringLiteral("fusion: %1 components for %2 detectors").arg(components.size()).arg(fusion.detectors.size()));
    FusedDetectionResult r;
    r.fusion = fusion;
    QMap<QString, std::size_t> done; // manifest path -> index of its first run
    QMap<QString, double> scores;
    for (std::size_t k = 0; k < components.size(); ++k) {
        const ModelManifest &m = components[k];
        const QString key = m.manifestPath.isEmpty() ? m.name : m.manifestPath;
        if (done.contains(key)) {
            DetectionResult again = r.components[done.value(key)];
            r.components.push_back(std::move(again));
        } else {
            try {
                r.components.push_back(runDetection(m, file, cache, ctx, threads));
            } catch (const Error &e) {
                throw Error(QStringLiteral("fusion system %1 (%2): %3").arg(fusion.detectors[int(k)], m.name, e.message()));
            }
            done.insert(key, r.components.size() - 1);
        }
        r.componentModels << m.name;
        scores.insert(fusion.detectors[int(k)], r.components.back().clip.score);
    }
    r.score = fuseDetections(fusion, scores);
    return r;
}

QJsonObject FusedDetectionResult::provenance() const
{
    QJsonArray comps;
    for (std::size_t k = 0; k < components.size(); ++k)
        comps.append(QJsonObject{{QStringLiteral("detector"), fusion.detectors.value(int(k))},
                                 {QStringLiteral("model"), componentModels.value(int(k))},
                                 {QStringLiteral("weightsSha256"), components[k].manifest.weightsSha256},
                                 {QStringLiteral("weight"), fusion.weights[k]},
                                 {QStringLiteral("score"), components[k].clip.score}});
    return QJsonObject{{QStringLiteral("fusion"), QJsonObject{{QStringLiteral("path"), fusionPath},
                                                              {QStringLiteral("sha256"), fusionSha256},
                                                              {QStringLiteral("offset"), fusion.offset},
                                                              {QStringLiteral("trainingProtocol"), fusion.trainingProtocol},
                                                              {QStringLiteral("trainingSha256"), fusion.trainingSha256}}},
                       {QStringLiteral("components"), comps},
                       {QStringLiteral("score"), score}};
}

} // namespace st
