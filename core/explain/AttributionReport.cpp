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
#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AttributionReport) };
} // namespace

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
        throw Error(Text::tr("the clip (%1 samples) and its attributions (%2) differ in length").arg(clip.size()).arg(result.attribution.size()));
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
    QJsonObject bands;
    for (int i = 0; i < s.bandNames.size(); ++i)
        bands.insert(s.bandNames[i], s.bandShares[size_t(i)]);
    return QJsonObject{{QStringLiteral("startSample"), double(s.start)},
                       {QStringLiteral("endSample"), double(s.end)},
                       {QStringLiteral("startSeconds"), double(s.start) / sampleRate},
                       {QStringLiteral("endSeconds"), double(s.end) / sampleRate},
                       {QStringLiteral("sum"), s.sum},
                       {QStringLiteral("absoluteSum"), s.absoluteSum},
                       {QStringLiteral("positiveSum"), s.positiveSum},
                       {QStringLiteral("negativeSum"), s.negativeSum},
                       {QStringLiteral("bandShares"), bands},
                       {QStringLiteral("speechShare"), s.speechShare},
                       {QStringLiteral("pauseShare"), s.pauseShare},
                       {QStringLiteral("speechTimeFraction"), s.speechTimeFraction}};
}

namespace {

QJsonObject jumpJson(const IgJump &j)
{
    return QJsonObject{{QStringLiteral("alphaLow"), j.alphaLow},     {QStringLiteral("alphaHigh"), j.alphaHigh},
                       {QStringLiteral("deltaF"), j.deltaF},         {QStringLiteral("layers"), j.layers},
                       {QStringLiteral("crossings"), j.pairs},       {QStringLiteral("baselineDraw"), j.baseline},
                       {QStringLiteral("throughNormal"), j.attributed}, {QStringLiteral("normalAlpha"), j.normalAlpha}};
}

QJsonObject windowJson(const IgWindow &w)
{
    QJsonObject o{{QStringLiteral("startSample"), double(w.start)},
                  {QStringLiteral("endSample"), double(w.end)},
                  {QStringLiteral("fInput"), w.fInput},
                  {QStringLiteral("fBaseline"), w.fBaseline},
                  {QStringLiteral("attributionSum"), w.attributionSum},
                  {QStringLiteral("relativeGap"), w.completenessError},
                  {QStringLiteral("jumps"), w.jumps},
                  {QStringLiteral("jumpShare"), w.jumpShare},
                  {QStringLiteral("smoothRelativeGap"), w.smoothCompletenessError},
                  {QStringLiteral("smoothScale"), w.smoothScale},
                  {QStringLiteral("quadratureGap"), w.quadratureGap}};
    if (!w.jumpList.empty()) {
        QJsonArray jl;
        for (const IgJump &j : w.jumpList)
            jl.append(jumpJson(j));
        o.insert(QStringLiteral("jumpList"), jl);
    }
    return o;
}

QJsonObject completenessJson(const IgResult &r)
{
    QJsonArray wins;
    for (const IgWindow &w : r.windows)
        wins.append(windowJson(w));
    const QString jumpDefinition = r.jumpsAttributed
        ? QStringLiteral("changes of the model's discrete choices (the nodes AASIST's graph pools keep) along the path whose change "
                         "of F departs from the smooth slope by at least 2e-4 of |F(input) - F(baseline)|, located by bisection to "
                         "the stated alpha interval; the jump deltaF of the target there is attributed through the normal of the "
                         "score crossing that caused it (a_i += deltaF (x_i - x'_i) dc/dz_i / (dc/dalpha), c = s_leaving - "
                         "s_entering), so these terms sum to deltaF; jumps of one sign between the same two quadrature nodes and within "
                         "0.01 in alpha of the largest share one backward pass with the normals taken at its crossing (normalAlpha: the "
                         "midpoint of its located interval, or, with the predicted-crossing setting, where the pair's scores cross "
                         "between the interval's ends), their "
                         "terms summing to their deltaF together; where the terms would exceed 1e4 x |deltaF| in absolute sum (a normal "
                         "nearly tangent to the path) the jump is spread along the path instead (throughNormal false); smaller jumps stay "
                         "in the gap (negligibleJumps)")
        : QStringLiteral("path segments between quadrature nodes whose change of F differs from the trapezoid of dF/dalpha by "
                         "more than max(8 x median, 0.1 % of F(input) - F(baseline)): discontinuities of the model, which "
                         "plain IG does not attribute");
    return QJsonObject{{QStringLiteral("fInput"), r.fInput},
                       {QStringLiteral("fBaseline"), r.fBaseline},
                       {QStringLiteral("attributionSum"), r.attributionSum},
                       {QStringLiteral("relativeGap"), r.completenessError},
                       {QStringLiteral("definition"), QStringLiteral("|sum(attributions) - (F(input) - F(baseline))| / "
                                                                     "|F(input) - F(baseline)|; several crossfaded windows: the worst window")},
                       {QStringLiteral("warning"), r.completenessError > 0.05},
                       {QStringLiteral("jumps"), r.jumps},
                       {QStringLiteral("jumpShare"), r.jumpShare},
                       {QStringLiteral("smoothRelativeGap"), r.smoothCompletenessError},
                       {QStringLiteral("jumpsAttributed"), r.jumpsAttributed},
                       {QStringLiteral("unresolvedJumps"), r.unresolvedJumps},
                       {QStringLiteral("negligibleJumps"), r.negligibleJumps},
                       {QStringLiteral("negligibleJumpShare"), r.negligibleJumpShare},
                       {QStringLiteral("probeRows"), double(r.probeRows)},
                       {QStringLiteral("jumpSearch"), r.jumpsAttributed ? (r.interpolatedSearch ? QStringLiteral("interpolated back end")
                                                                                                 : QStringLiteral("probes"))
                                                                        : QString()},
                       {QStringLiteral("backEndRows"), double(r.backEndRows)},
                       {QStringLiteral("interpolationChecksFailed"), r.interpolationFallbacks},
                       {QStringLiteral("smoothMatched"), r.smoothMatched},
                       {QStringLiteral("smoothScale"), r.smoothScale},
                       {QStringLiteral("quadratureGap"), r.quadratureGap},
                       {QStringLiteral("smoothDefinition"),
                        QStringLiteral("with the jumps attributed, the gradient steps' part of the attributions is scaled by smoothScale "
                                       "so that it adds up to F(input) - F(baseline) less the located jumps and the negligible "
                                       "changes (known from F at the path's points); quadratureGap is the quadrature's miss of that "
                                       "change before the scaling, relative to |F(input) - F(baseline)|")},
                       {QStringLiteral("jumpDefinition"), jumpDefinition},
                       {QStringLiteral("windows"), wins}};
}

} // namespace

QJsonObject AttributionReport::toJson(const QJsonObject &files) const
{
    const IgResult &r = result;
    QJsonArray vadArr;
    for (uint8_t v : vad)
        vadArr.append(int(v));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("sourcetrace-attribution")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("method"), QStringLiteral("Integrated Gradients (Sundararajan et al. 2017)")},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("path"), evidencePath},
                                                 {QStringLiteral("sha256"), evidenceSha256},
                                                 {QStringLiteral("sampleRate"), r.sampleRate},
                                                 {QStringLiteral("samples"), double(clip.size())},
                                                 {QStringLiteral("seconds"), double(clip.size()) / r.sampleRate}}},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), r.modelName},
                                              {QStringLiteral("weightsSha256"), r.weightsSha256},
                                              {QStringLiteral("device"), r.device}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("spec"), r.targetSpec},
                                               {QStringLiteral("description"), r.targetDescription},
                                               {QStringLiteral("positiveMeans"), r.positiveMeaning},
                                               {QStringLiteral("negativeMeans"), r.negativeMeaning},
                                               {QStringLiteral("spoofSign"), r.spoofSign}}},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("baseline"), r.baselineKind},
                                                 {QStringLiteral("baselineDescription"), r.baselineDescription},
                                                 {QStringLiteral("steps"), r.steps},
                                                 {QStringLiteral("rule"), r.rule},
                                                 {QStringLiteral("attributeJumps"), r.jumpsAttributed},
                                                 {QStringLiteral("batchRows"), r.batchRows},
                                                 {QStringLiteral("threads"), r.threads},
                                                 {QStringLiteral("rowWorkers"), r.rowWorkers},
                                                 {QStringLiteral("windowLength"), r.windowLength},
                                                 {QStringLiteral("windowHop"), r.windowHop},
                                                 {QStringLiteral("stitching"), r.stitching},
                                                 {QStringLiteral("seconds"), r.seconds},
                                                 {QStringLiteral("forwardBackwardRows"), double(r.forwardBackwardRows)}}},
        {QStringLiteral("completeness"), completenessJson(r)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("frames"), QJsonObject{{QStringLiteral("frameSamples"), envelopes.frameLength},
                                               {QStringLiteral("frameSeconds"), double(envelopes.frameLength) / r.sampleRate},
                                               {QStringLiteral("signed"), toArray(envelopes.signedSum)},
                                               {QStringLiteral("absolute"), toArray(envelopes.absoluteSum)},
                                               {QStringLiteral("trend"), toArray(envelopes.trend)},
                                               {QStringLiteral("trendFrames"), envelopes.trendFrames},
                                               {QStringLiteral("speech"), vadArr}}},
        {QStringLiteral("tfMap"),
         QJsonObject{{QStringLiteral("fftSize"), tfMap.params.fftSize},
                     {QStringLiteral("hop"), tfMap.params.hop},
                     {QStringLiteral("window"), windowTypeName(tfMap.params.window)},
                     {QStringLiteral("scale"), tfMap.params.scale == FrequencyScale::Mel ? QStringLiteral("mel") : QStringLiteral("linear")},
                     {QStringLiteral("frames"), double(tfMap.frames)},
                     {QStringLiteral("bins"), tfMap.bins},
                     {QStringLiteral("definition"), QStringLiteral("frame t's attribution (sum over the hop-long stretch around its centre) "
                                                                   "spread over bins by each bin's share of the frame's power of input - "
                                                                   "baseline; rows sum to the frame's attribution")}}},
        {QStringLiteral("clip"), summaryJson(clipSummary, r.sampleRate)},
        {QStringLiteral("files"), files},
        {QStringLiteral("build"), QJsonObject{{QStringLiteral("version"), QStringLiteral(SOURCETRACE_VERSION)},
                                              {QStringLiteral("commit"), QStringLiteral(SOURCETRACE_GIT_COMMIT)},
                                              {QStringLiteral("compiler"), QStringLiteral(SOURCETRACE_COMPILER)}}}};
}

QStringList AttributionReport::writeTo(const QString &dirPath, const QJsonObject &extraFiles) const
{
    QDir dir(dirPath);
    if (!dir.exists() && !QDir().mkpath(dirPath))
        throw Error(dirPath, Text::tr("cannot create the output folder"));
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
        throw Error(jsonPath, Text::tr("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(toJson(files)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(jsonPath, Text::tr("cannot write: %1").arg(f.errorString()));
    written << jsonPath;
    return written;
}

namespace {

QString signedNumber(double v)
{
    const QString t = QString::number(v, 'g', 4);
    return v > 0 ? QStringLiteral("+") + t : t;
}

} // namespace

QString completenessSentence(double attributionSum, double fInput, double fBaseline, const QString &score)
{
    const double delta = fInput - fBaseline;
    const QString path = QStringLiteral("from %1 at the baseline to %2 at the input")
                             .arg(QString::number(fBaseline, 'g', 4), QString::number(fInput, 'g', 4));
    if (!std::isfinite(delta) || !std::isfinite(attributionSum))
        return QStringLiteral("completeness cannot be stated: %1 or the attributions are not finite numbers").arg(score);
    const double scale = std::max({1.0, std::abs(fInput), std::abs(fBaseline)});
    if (std::abs(delta) <= 1e-9 * scale)
        return QStringLiteral("%1 does not change between the baseline and the input (%2), so there is no change for the "
                              "attributions to add up to; they sum to %3")
            .arg(score, QString::number(fInput, 'g', 4), QString::number(attributionSum, 'g', 4));
    const double share = attributionSum / delta;
    const QString change = delta > 0 ? QStringLiteral("change") : QStringLiteral("fall");
    const QString pct = QString::number(100.0 * share, 'f', 1);
    QString s = QStringLiteral("the attributions add up to %1 % of the %2 of %3 (%4, %5)").arg(pct, change, score, path, signedNumber(delta));
    if (share < 0)
        s += QStringLiteral(": they point the opposite way to the %1").arg(change);
    else if (pct.toDouble() > 100.0)
        s += QStringLiteral(": %1 % more than the %2").arg(QString::number(100.0 * share - 100.0, 'f', 1), change);
    return s;
}

QString completenessSentence(const IgResult &r, const QString &score)
{
    if (r.windows.size() > 1 && r.stitching != stitchingName(Stitching::Mean)) {
        const IgWindow *worst = &r.windows.front();
        for (const IgWindow &w : r.windows)
            if (w.completenessError > worst->completenessError)
                worst = &w;
        return completenessSentence(worst->attributionSum, worst->fInput, worst->fBaseline, score) +
               QStringLiteral(" in the worst of %1 windows").arg(r.windows.size());
    }
    return completenessSentence(r.attributionSum, r.fInput, r.fBaseline, score);
}

} // namespace st
