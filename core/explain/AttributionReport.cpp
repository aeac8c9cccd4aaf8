#include "explain/AttributionReport.h"

#include "BuildInfo.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

namespace st {

namespace {

QJsonArray toArray(const std::vector<float> &v, int decimals = 7)
{
    QJsonArray a;
    for (float x : v)
        a.append(std::isfinite(x) ? QJsonValue(double(QString::number(double(x), 'g', decimals).toDouble())) : QJsonValue());
    return a;
}

} // namespace

AttributionReport AttributionReport::analyze(IgResult result, std::vector<float> clip, const BaselineSettings &baselineSettings,
                                             const SpectrogramParams &tfParams, double frameMs, int trendFrames)
{
    if (clip.size() != result.attribution.size())
        throw Error(QStringLiteral("the clip (%1 samples) and its attributions (%2) differ in length").arg(clip.size()).arg(result.attribution.size()));
    AttributionReport r;
    r.result = std::move(result);
    r.clip = std::move(clip);
    const auto baselines = makeBaselines(r.clip, baselineSettings, r.result.sampleRate);
    r.difference = r.clip;
    for (size_t i = 0; i < r.clip.size(); ++i) {
        double b = 0.0;
        for (const auto &bl : baselines)
            b += bl[i];
        r.difference[i] = float(double(r.clip[i]) - b / double(baselines.size()));
    }
    r.envelopes = attributionEnvelopes(r.result.attribution, r.result.sampleRate, frameMs, trendFrames);
    r.tfMap = tfAttribution(r.result.attribution, r.difference, tfParams, r.result.sampleRate);
    SpectrogramParams lin = tfParams;
    lin.scale = FrequencyScale::Linear;
    r.linearMap = lin == tfParams ? r.tfMap : tfAttribution(r.result.attribution, r.difference, lin, r.result.sampleRate);
    r.vad = energyVad(r.clip, r.envelopes.frameLength);
    r.clipSummary = r.summary(0, int64_t(r.clip.size()));
    return r;
}

AttributionSummary AttributionReport::summary(int64_t start, int64_t end) const
{
    return summarizeAttribution(result.attribution, linearMap, vad, envelopes.frameLength, start, end);
}

QJsonObject AttributionReport::summaryJson(const AttributionSummary &s, int sampleRate)
{
    QJsonObject o;
    o.insert(QStringLiteral("startSample"), double(s.start));
    o.insert(QStringLiteral("endSample"), double(s.end));
    o.insert(QStringLiteral("startSeconds"), double(s.start) / sampleRate);
    o.insert(QStringLiteral("endSeconds"), double(s.end) / sampleRate);
    o.insert(QStringLiteral("sum"), s.sum);
    o.insert(QStringLiteral("absoluteSum"), s.absoluteSum);
    o.insert(QStringLiteral("positiveSum"), s.positiveSum);
    o.insert(QStringLiteral("negativeSum"), s.negativeSum);
    QJsonObject bands;
    for (int i = 0; i < s.bandNames.size(); ++i)
        bands.insert(s.bandNames[i], s.bandShares[size_t(i)]);
    o.insert(QStringLiteral("bandShares"), bands);
    o.insert(QStringLiteral("speechShare"), s.speechShare);
    o.insert(QStringLiteral("pauseShare"), s.pauseShare);
    o.insert(QStringLiteral("speechTimeFraction"), s.speechTimeFraction);
    return o;
}

QJsonObject AttributionReport::toJson(const QJsonObject &files) const
{
    const IgResult &r = result;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("sourcetrace-attribution"));
    o.insert(QStringLiteral("formatVersion"), 1);
    o.insert(QStringLiteral("method"), QStringLiteral("Integrated Gradients (Sundararajan et al. 2017)"));
    o.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    QJsonObject ev;
    ev.insert(QStringLiteral("path"), evidencePath);
    ev.insert(QStringLiteral("sha256"), evidenceSha256);
    ev.insert(QStringLiteral("sampleRate"), r.sampleRate);
    ev.insert(QStringLiteral("samples"), double(clip.size()));
    ev.insert(QStringLiteral("seconds"), double(clip.size()) / r.sampleRate);
    o.insert(QStringLiteral("evidence"), ev);

    QJsonObject model;
    model.insert(QStringLiteral("name"), r.modelName);
    model.insert(QStringLiteral("weightsSha256"), r.weightsSha256);
    model.insert(QStringLiteral("device"), r.device);
    o.insert(QStringLiteral("model"), model);

    QJsonObject target;
    target.insert(QStringLiteral("spec"), r.targetSpec);
    target.insert(QStringLiteral("description"), r.targetDescription);
    target.insert(QStringLiteral("positiveMeans"), r.positiveMeaning);
    target.insert(QStringLiteral("negativeMeans"), r.negativeMeaning);
    target.insert(QStringLiteral("spoofSign"), r.spoofSign);
    o.insert(QStringLiteral("target"), target);

    QJsonObject settings;
    settings.insert(QStringLiteral("baseline"), r.baselineKind);
    settings.insert(QStringLiteral("baselineDescription"), r.baselineDescription);
    settings.insert(QStringLiteral("steps"), r.steps);
    settings.insert(QStringLiteral("rule"), r.rule);
    settings.insert(QStringLiteral("batchRows"), r.batchRows);
    settings.insert(QStringLiteral("threads"), r.threads);
    settings.insert(QStringLiteral("windowLength"), r.windowLength);
    settings.insert(QStringLiteral("windowHop"), r.windowHop);
    settings.insert(QStringLiteral("stitching"), r.stitching);
    settings.insert(QStringLiteral("seconds"), r.seconds);
    settings.insert(QStringLiteral("forwardBackwardRows"), double(r.forwardBackwardRows));
    o.insert(QStringLiteral("settings"), settings);

    QJsonObject comp;
    comp.insert(QStringLiteral("fInput"), r.fInput);
    comp.insert(QStringLiteral("fBaseline"), r.fBaseline);
    comp.insert(QStringLiteral("attributionSum"), r.attributionSum);
    comp.insert(QStringLiteral("relativeGap"), r.completenessError);
    comp.insert(QStringLiteral("definition"), QStringLiteral("|sum(attributions) - (F(input) - F(baseline))| / |F(input) - F(baseline)|; "
                                                             "several crossfaded windows: the worst window"));
    comp.insert(QStringLiteral("warning"), r.completenessError > 0.05);
    comp.insert(QStringLiteral("jumps"), r.jumps);
    comp.insert(QStringLiteral("jumpShare"), r.jumpShare);
    comp.insert(QStringLiteral("smoothRelativeGap"), r.smoothCompletenessError);
    comp.insert(QStringLiteral("jumpsAttributed"), r.jumpsAttributed);
    comp.insert(QStringLiteral("unresolvedJumps"), r.unresolvedJumps);
    comp.insert(QStringLiteral("probeRows"), double(r.probeRows));
    comp.insert(QStringLiteral("jumpDefinition"),
                r.jumpsAttributed
                    ? QStringLiteral("changes of the model's discrete choices (the nodes AASIST's graph pools keep) along the path, located "
                                     "by bisection to the stated alpha interval; the jump deltaF of the target there is attributed "
                                     "through the normal of the score crossing that caused it (a_i += deltaF (x_i - x'_i) dc/dz_i / "
                                     "(dc/dalpha), c = s_leaving - s_entering), so the attributions sum to F(input) - F(baseline)")
                    : QStringLiteral("path segments between quadrature nodes whose change of F differs from the trapezoid of dF/dalpha by "
                                     "more than max(8 x median, 0.1 % of F(input) - F(baseline)): discontinuities of the model, which "
                                     "plain IG does not attribute"));
    QJsonArray wins;
    for (const IgWindow &w : r.windows) {
        QJsonObject wo;
        wo.insert(QStringLiteral("startSample"), double(w.start));
        wo.insert(QStringLiteral("endSample"), double(w.end));
        wo.insert(QStringLiteral("fInput"), w.fInput);
        wo.insert(QStringLiteral("fBaseline"), w.fBaseline);
        wo.insert(QStringLiteral("attributionSum"), w.attributionSum);
        wo.insert(QStringLiteral("relativeGap"), w.completenessError);
        wo.insert(QStringLiteral("jumps"), w.jumps);
        wo.insert(QStringLiteral("jumpShare"), w.jumpShare);
        wo.insert(QStringLiteral("smoothRelativeGap"), w.smoothCompletenessError);
        if (!w.jumpList.empty()) {
            QJsonArray jl;
            for (const IgJump &j : w.jumpList) {
                QJsonObject jo;
                jo.insert(QStringLiteral("alphaLow"), j.alphaLow);
                jo.insert(QStringLiteral("alphaHigh"), j.alphaHigh);
                jo.insert(QStringLiteral("deltaF"), j.deltaF);
                jo.insert(QStringLiteral("layers"), j.layers);
                jo.insert(QStringLiteral("crossings"), j.pairs);
                jo.insert(QStringLiteral("baselineDraw"), j.baseline);
                jo.insert(QStringLiteral("throughNormal"), j.attributed);
                jl.append(jo);
            }
            wo.insert(QStringLiteral("jumpList"), jl);
        }
        wins.append(wo);
    }
    comp.insert(QStringLiteral("windows"), wins);
    o.insert(QStringLiteral("completeness"), comp);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));

    QJsonObject frames;
    frames.insert(QStringLiteral("frameSamples"), envelopes.frameLength);
    frames.insert(QStringLiteral("frameSeconds"), double(envelopes.frameLength) / r.sampleRate);
    frames.insert(QStringLiteral("signed"), toArray(envelopes.signedSum));
    frames.insert(QStringLiteral("absolute"), toArray(envelopes.absoluteSum));
    frames.insert(QStringLiteral("trend"), toArray(envelopes.trend));
    frames.insert(QStringLiteral("trendFrames"), envelopes.trendFrames);
    QJsonArray vadArr;
    for (uint8_t v : vad)
        vadArr.append(int(v));
    frames.insert(QStringLiteral("speech"), vadArr);
    o.insert(QStringLiteral("frames"), frames);

    QJsonObject tf;
    tf.insert(QStringLiteral("fftSize"), tfMap.params.fftSize);
    tf.insert(QStringLiteral("hop"), tfMap.params.hop);
    tf.insert(QStringLiteral("window"), windowTypeName(tfMap.params.window));
    tf.insert(QStringLiteral("scale"), tfMap.params.scale == FrequencyScale::Mel ? QStringLiteral("mel") : QStringLiteral("linear"));
    tf.insert(QStringLiteral("frames"), double(tfMap.frames));
    tf.insert(QStringLiteral("bins"), tfMap.bins);
    tf.insert(QStringLiteral("definition"), QStringLiteral("frame t's attribution (sum over the hop-long stretch around its centre) spread "
                                                           "over bins by each bin's share of the frame's power of input - baseline; rows sum to "
                                                           "the frame's attribution"));
    o.insert(QStringLiteral("tfMap"), tf);
    o.insert(QStringLiteral("clip"), summaryJson(clipSummary, r.sampleRate));
    o.insert(QStringLiteral("files"), files);

    QJsonObject build;
    build.insert(QStringLiteral("version"), QStringLiteral(SOURCETRACE_VERSION));
    build.insert(QStringLiteral("commit"), QStringLiteral(SOURCETRACE_GIT_COMMIT));
    build.insert(QStringLiteral("compiler"), QStringLiteral(SOURCETRACE_COMPILER));
    o.insert(QStringLiteral("build"), build);
    return o;
}

QStringList AttributionReport::writeTo(const QString &dirPath, const QJsonObject &extraFiles) const
{
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        throw Error(dirPath, QStringLiteral("cannot create the output folder"));
    QStringList written;
    const QString attrPath = dir.filePath(QStringLiteral("attribution.npy"));
    writeNpy(attrPath, result.attribution.data(), {int64_t(result.attribution.size())});
    written << attrPath;
    const QString tfPath = dir.filePath(QStringLiteral("tf_map.npy"));
    writeNpy(tfPath, tfMap.values.data(), {tfMap.frames, int64_t(tfMap.bins)});
    written << tfPath;
    std::vector<float> env;
    env.insert(env.end(), envelopes.signedSum.begin(), envelopes.signedSum.end());
    env.insert(env.end(), envelopes.absoluteSum.begin(), envelopes.absoluteSum.end());
    env.insert(env.end(), envelopes.trend.begin(), envelopes.trend.end());
    const QString envPath = dir.filePath(QStringLiteral("envelopes.npy"));
    writeNpy(envPath, env.data(), {3, int64_t(envelopes.signedSum.size())});
    written << envPath;

    QJsonObject files = extraFiles;
    files.insert(QStringLiteral("attribution"), QStringLiteral("attribution.npy"));
    files.insert(QStringLiteral("tfMap"), QStringLiteral("tf_map.npy"));
    files.insert(QStringLiteral("envelopes"), QStringLiteral("envelopes.npy"));
    const QString jsonPath = dir.filePath(QStringLiteral("report.json"));
    QSaveFile f(jsonPath);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(jsonPath, QStringLiteral("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(toJson(files)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(jsonPath, QStringLiteral("cannot write: %1").arg(f.errorString()));
    written << jsonPath;
    return written;
}

} // namespace st
