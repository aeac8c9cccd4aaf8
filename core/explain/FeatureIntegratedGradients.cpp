#include <ATen/ATen.h>
#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/autograd.h>

#include "explain/FeatureIntegratedGradients.h"

#include "audio/AudioFile.h"
#include "explain/AttributionMaps.h"
#include "explain/DifferentiableModel.h"
#include "jobs/Job.h"
#include "util/Error.h"
#include "util/Npy.h"

#include "BuildInfo.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::FeatureIntegratedGradients) };
} // namespace

namespace st {

namespace {

const QString kFormat = QStringLiteral("sourcetrace-feature-baseline");

// [1, F, T] features of a clip (no autograd).
at::Tensor featuresOf(DifferentiableModel &net, const std::vector<float> &clip)
{
    if (int64_t(clip.size()) < net.minimumSamples())
        throw Error(Text::tr("the clip has %1 samples; the model needs at least %2").arg(clip.size()).arg(net.minimumSamples()));
    at::NoGradGuard ng;
    at::Tensor x = at::from_blob(const_cast<float *>(clip.data()), {1, int64_t(clip.size())}, at::kFloat).clone().to(net.device());
    return net.features(x).to(at::kCPU).contiguous();
}

at::Tensor targetOf(const at::Tensor &emb, const at::Tensor &logits, const AttributionTarget &t, const ModelManifest &m)
{
    switch (t.kind) {
    case AttributionTarget::Kind::Logit:
        return logits.select(1, t.classIndex);
    case AttributionTarget::Kind::Margin:
        return logits.select(1, AttributionTarget::spoofClassOf(m)) - logits.select(1, m.bonafideClass);
    case AttributionTarget::Kind::Cosine: {
        const at::Tensor fp = at::from_blob(const_cast<float *>(t.fingerprint.data()), {int64_t(t.fingerprint.size())}, at::kFloat)
                                  .clone().to(emb.device());
        const at::Tensor dot = (emb * fp.unsqueeze(0)).sum(1);
        return dot / (at::sqrt((emb * emb).sum(1)).clamp_min(1e-12) * at::sqrt((fp * fp).sum()));
    }
    }
    return {};
}

QJsonArray toArray(const std::vector<float> &v)
{
    QJsonArray a;
    for (float x : v)
        a.append(std::isfinite(x) ? QJsonValue(double(x)) : QJsonValue());
    return a;
}

} // namespace

bool modelHasFeatureFrontEnd(const EmbeddingModelPtr &model)
{
    try {
        return model && makeDifferentiableModel(model)->hasFeatureFrontEnd();
    } catch (const Error &) {
        return false;
    }
}

std::vector<float> clipFeatures(const EmbeddingModelPtr &model, const std::vector<float> &clip, int64_t &frames, int &bins)
{
    auto net = makeDifferentiableModel(model);
    if (!net->hasFeatureFrontEnd())
        throw Error(model->manifest().manifestPath, Text::tr("model %1 does not expose front-end features").arg(model->manifest().name));
    const at::Tensor f = featuresOf(*net, clip)[0].t().contiguous(); // [T, F]
    frames = f.size(0);
    bins = int(f.size(1));
    return std::vector<float>(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
}

FeatureBaseline computeFeatureBaseline(const EmbeddingModelPtr &model, const QStringList &paths, const IgProgress &progress,
                                       const IgCancelled &cancelled)
{
    if (!model)
        throw Error(Text::tr("no model"));
    auto net = makeDifferentiableModel(model);
    const ModelManifest &m = model->manifest();
    if (!net->hasFeatureFrontEnd())
        throw Error(m.manifestPath, Text::tr("model %1 (kind %2) does not expose front-end features: the mean-feature baseline needs "
                                                   "a model that does (SourceTrace's spectral models)").arg(m.name, m.kind));
    if (paths.isEmpty())
        throw Error(Text::tr("no bona fide reference clips to average"));
    FeatureBaseline b;
    b.modelName = m.name;
    b.weightsSha256 = m.weightsSha256;
    b.featureName = net->featureName();
    b.sampleRate = m.sampleRate;
    b.hop = net->featureHop();
    b.binHz = net->featureBinHz();
    std::vector<double> sum;
    for (int i = 0; i < paths.size(); ++i) {
        if (cancelled && cancelled())
            throw JobCancelled{};
        if (progress)
            progress(double(i) / paths.size(), Text::tr("features %1/%2").arg(i + 1).arg(paths.size()));
        const std::vector<float> x = AudioFile(paths[i]).readAll(MixDown, m.sampleRate);
        if (x.empty())
            throw Error(paths[i], Text::tr("no samples"));
        at::Tensor f;
        try {
            f = featuresOf(*net, x)[0]; // [F, T]
        } catch (const Error &e) {
            throw Error(paths[i], e.cause());
        }
        if (sum.empty())
            sum.assign(size_t(f.size(0)), 0.0);
        const at::Tensor s = f.to(at::kDouble).sum(1);
        for (int64_t k = 0; k < f.size(0); ++k)
            sum[size_t(k)] += s[k].item<double>();
        b.frames += f.size(1);
        b.files << QFileInfo(paths[i]).absoluteFilePath();
        b.sha256 << sha256OfFile(paths[i]);
    }
    for (double v : sum)
        b.mean.push_back(float(v / double(b.frames)));
    if (progress)
        progress(1.0, QStringLiteral("done"));
    return b;
}

void writeFeatureBaseline(const FeatureBaseline &b, const QString &path)
{
    QJsonArray clips;
    for (int i = 0; i < b.files.size(); ++i)
        clips.append(QJsonObject{{QStringLiteral("path"), b.files[i]}, {QStringLiteral("sha256"), b.sha256.value(i)}});
    QJsonArray hz;
    for (double v : b.binHz)
        hz.append(v);
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("formatVersion"), 1},
                        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("definition"), QStringLiteral("mean over every frame of every reference clip of the per-frame "
                                                                      "front-end feature vector")},
                        {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), b.modelName}, {QStringLiteral("weightsSha256"), b.weightsSha256}}},
                        {QStringLiteral("feature"), b.featureName},
                        {QStringLiteral("sampleRate"), b.sampleRate},
                        {QStringLiteral("hop"), b.hop},
                        {QStringLiteral("bins"), int(b.mean.size())},
                        {QStringLiteral("binHz"), hz},
                        {QStringLiteral("mean"), toArray(b.mean)},
                        {QStringLiteral("frames"), double(b.frames)},
                        {QStringLiteral("nClips"), int(b.files.size())},
                        {QStringLiteral("clips"), clips},
                        {QStringLiteral("build"), QStringLiteral("SourceTrace %1 (commit %2)").arg(QStringLiteral(SOURCETRACE_VERSION), QStringLiteral(SOURCETRACE_GIT_COMMIT))}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

FeatureBaseline readFeatureBaseline(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read the baseline file: %1").arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        throw Error(path, Text::tr("not a JSON object: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject o = d.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        throw Error(path, QStringLiteral("not a mean-feature baseline (format \"%1\", expected \"%2\")").arg(o.value(QStringLiteral("format")).toString(), kFormat));
    FeatureBaseline b;
    b.path = path;
    const QJsonObject model = o.value(QStringLiteral("model")).toObject();
    b.modelName = model.value(QStringLiteral("name")).toString();
    b.weightsSha256 = model.value(QStringLiteral("weightsSha256")).toString();
    b.featureName = o.value(QStringLiteral("feature")).toString();
    b.sampleRate = o.value(QStringLiteral("sampleRate")).toInt();
    b.hop = o.value(QStringLiteral("hop")).toInt();
    b.frames = int64_t(o.value(QStringLiteral("frames")).toDouble());
    const QJsonArray mean = o.value(QStringLiteral("mean")).toArray();
    const QJsonArray hz = o.value(QStringLiteral("binHz")).toArray();
    if (b.modelName.isEmpty() || mean.isEmpty() || hz.size() != mean.size() || b.sampleRate <= 0 || b.hop <= 0 ||
        o.value(QStringLiteral("bins")).toInt() != mean.size())
        throw Error(path, Text::tr("incomplete baseline: it needs model.name, mean and binHz of \"bins\" values, sampleRate and hop"));
    for (const QJsonValue &v : mean) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            throw Error(path, Text::tr("the mean holds a value that is not a finite number"));
        b.mean.push_back(float(v.toDouble()));
    }
    for (const QJsonValue &v : hz)
        b.binHz.push_back(v.toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("clips")).toArray()) {
        b.files << v.toObject().value(QStringLiteral("path")).toString();
        b.sha256 << v.toObject().value(QStringLiteral("sha256")).toString();
    }
    return b;
}

void checkFeatureBaseline(const FeatureBaseline &b, const ModelManifest &m)
{
    if (b.modelName != m.name || b.weightsSha256 != m.weightsSha256)
        throw Error(b.path, Text::tr("the baseline was made with model %1 (weights %2); this is model %3 (weights %4): compute one "
                                           "for this model with `sourcetrace-cli explain baseline`")
                                .arg(b.modelName, b.weightsSha256.left(12), m.name, m.weightsSha256.left(12)));
}

struct FeatureBaselineExplainer::Impl
{
    EmbeddingModelPtr model;
    std::unique_ptr<DifferentiableModel> net;
    FeatureBaseline baseline;
};

FeatureBaselineExplainer::FeatureBaselineExplainer(EmbeddingModelPtr model, const QString &file) : d(new Impl)
{
    if (!model)
        throw Error(Text::tr("no model"));
    d->model = std::move(model);
    d->baseline = readFeatureBaseline(file);
    checkFeatureBaseline(d->baseline, d->model->manifest());
    d->net = makeDifferentiableModel(d->model);
    if (!d->net->hasFeatureFrontEnd())
        throw Error(d->model->manifest().manifestPath, Text::tr("model %1 does not expose front-end features").arg(d->model->manifest().name));
    if (int(d->net->featureBinHz().size()) != int(d->baseline.mean.size()))
        throw Error(file, Text::tr("the baseline has %1 bins; the model's features have %2").arg(d->baseline.mean.size()).arg(d->net->featureBinHz().size()));
}

FeatureBaselineExplainer::~FeatureBaselineExplainer() = default;

const FeatureBaseline &FeatureBaselineExplainer::baseline() const { return d->baseline; }

FeatureIgResult FeatureBaselineExplainer::run(const std::vector<float> &clip, const IgSettings &s, const IgProgress &progress,
                                              const IgCancelled &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    const ModelManifest &m = d->model->manifest();
    const AttributionTarget target = s.target.resolvedFor(m, d->model->numClasses(), d->model->embeddingDim());
    const QuadratureNodes q = quadratureOnUnitInterval(s.rule, s.steps);
    DifferentiableModel &net = *d->net;
    const c10::Device dev = net.device();
    const at::Tensor f = featuresOf(net, clip).to(dev);                   // [1, F, T]
    const at::Tensor b = at::from_blob(d->baseline.mean.data(), {1, int64_t(d->baseline.mean.size()), 1}, at::kFloat)
                             .clone().to(dev).expand_as(f).contiguous();
    const at::Tensor diff = f - b;
    FeatureIgResult r;
    r.frames = f.size(2);
    r.bins = int(f.size(1));
    r.binHz = net.featureBinHz();
    r.hop = net.featureHop();
    r.sampleRate = m.sampleRate;
    {
        at::NoGradGuard ng;
        auto [e1, l1] = net.forwardFromFeatures(f);
        auto [e0, l0] = net.forwardFromFeatures(b);
        r.fInput = targetOf(e1, l1, target, m).item<double>();
        r.fBaseline = targetOf(e0, l0, target, m).item<double>();
    }
    at::Tensor grad = at::zeros_like(f);
    const int n = int(q.alphas.size());
    const int batch = s.maxBatch > 0 ? s.maxBatch : 8;
    for (int k0 = 0; k0 < n; k0 += batch) {
        if (cancelled && cancelled())
            throw JobCancelled{};
        const int k1 = std::min(n, k0 + batch);
        std::vector<float> al(q.alphas.begin() + k0, q.alphas.begin() + k1), w(q.weights.begin() + k0, q.weights.begin() + k1);
        const at::Tensor alpha = at::from_blob(al.data(), {k1 - k0, 1, 1}, at::kFloat).clone().to(dev);
        const at::Tensor wt = at::from_blob(w.data(), {k1 - k0, 1, 1}, at::kFloat).clone().to(dev);
        at::Tensor path = (b + alpha * diff).detach().requires_grad_(true); // [k, F, T]
        auto [e, l] = net.forwardFromFeatures(path);
        const at::Tensor t = targetOf(e, l, target, m).sum();
        const at::Tensor g = torch::autograd::grad({t}, {path})[0];
        grad += (g * wt).sum(0, true).detach();
        if (progress)
            progress(double(k1) / n, Text::tr("feature path %1/%2").arg(k1).arg(n));
    }
    const at::Tensor a = (diff * grad)[0].t().contiguous().to(at::kCPU); // [T, F]
    r.attribution.assign(a.data_ptr<float>(), a.data_ptr<float>() + a.numel());
    for (float v : r.attribution)
        r.attributionSum += v;
    const double delta = r.fInput - r.fBaseline;
    r.completenessError = std::abs(delta) > 0 ? std::abs(r.attributionSum - delta) / std::abs(delta) : 0.0;
    r.seconds = timer.elapsed() / 1000.0;
    return r;
}

QJsonObject FeatureBaselineExplainer::explainTo(const std::vector<float> &clip, const QString &evidencePath, const QString &evidenceSha256,
                                                const IgSettings &s, double frameMs, const QString &dirPath, const IgProgress &progress,
                                                const IgCancelled &cancelled)
{
    const FeatureIgResult r = run(clip, s, progress, cancelled);
    const ModelManifest &m = d->model->manifest();
    const AttributionTarget target = s.target.resolvedFor(m, d->model->numClasses(), d->model->embeddingDim());
    // Per feature frame: signed and absolute sums; speech flag of the 20 ms VAD frame holding the frame's centre.
    const int vadLen = std::max(1, int(std::lround(frameMs * r.sampleRate / 1000.0)));
    const std::vector<uint8_t> vad = energyVad(clip, vadLen);
    std::vector<float> sig(size_t(r.frames), 0.0f), abs(size_t(r.frames), 0.0f);
    QJsonArray speech;
    double speechAbs = 0.0, total = 0.0, sum = 0.0;
    int64_t speechFrames = 0;
    const auto bands = attributionBands(r.sampleRate);
    std::vector<double> bandAbs(bands.size(), 0.0);
    for (int64_t t = 0; t < r.frames; ++t) {
        for (int k = 0; k < r.bins; ++k) {
            const double v = r.attribution[size_t(t * r.bins + k)];
            sig[size_t(t)] += float(v);
            abs[size_t(t)] += float(std::abs(v));
            const double hz = r.binHz[size_t(k)];
            for (size_t j = 0; j < bands.size(); ++j) {
                const bool top = j + 1 == bands.size();
                if (hz >= bands[j].first && (hz < bands[j].second || (top && hz <= bands[j].second))) {
                    bandAbs[j] += std::abs(v);
                    break;
                }
            }
        }
        const int64_t vf = std::min<int64_t>(int64_t(vad.size()) - 1, t * r.hop / vadLen);
        const int sp = vf >= 0 && vad[size_t(vf)] ? 1 : 0;
        speech.append(sp);
        speechFrames += sp;
        total += abs[size_t(t)];
        sum += sig[size_t(t)];
        if (sp)
            speechAbs += abs[size_t(t)];
    }
    const QStringList bandNames = attributionBandNames(r.sampleRate);
    QJsonObject bandShares;
    double bandTotal = 0.0;
    for (double v : bandAbs)
        bandTotal += v;
    for (int j = 0; j < bandNames.size(); ++j)
        bandShares.insert(bandNames[j], bandTotal > 0 ? bandAbs[size_t(j)] / bandTotal : 0.0);
    const std::vector<float> trend = rollingMedian(sig, 11);
    QJsonArray hz;
    for (double v : r.binHz)
        hz.append(v);
    const FeatureBaseline &b = d->baseline;
    const QJsonObject rep{
        {QStringLiteral("format"), QStringLiteral("sourcetrace-attribution")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("method"), QStringLiteral("Integrated Gradients (Sundararajan et al. 2017) in the model's front-end feature space")},
        {QStringLiteral("domain"), QStringLiteral("features")},
        {QStringLiteral("waveformAttribution"), false},
        {QStringLiteral("note"), QStringLiteral("the path runs in feature space from the mean bona fide feature to the clip's features: "
                                                "the attributions are per (frame, feature bin) in tf_map.npy; there is no per-sample "
                                                "waveform attribution (no attribution.npy)")},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("path"), evidencePath},
                                                 {QStringLiteral("sha256"), evidenceSha256},
                                                 {QStringLiteral("sampleRate"), r.sampleRate},
                                                 {QStringLiteral("samples"), double(clip.size())},
                                                 {QStringLiteral("seconds"), double(clip.size()) / r.sampleRate}}},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("weightsSha256"), m.weightsSha256},
                                              {QStringLiteral("device"), d->model->device()}}},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("spec"), target.spec()},
                                               {QStringLiteral("description"), target.describe(m)},
                                               {QStringLiteral("positiveMeans"), target.positiveMeaning(m)},
                                               {QStringLiteral("negativeMeans"), target.negativeMeaning(m)},
                                               {QStringLiteral("spoofSign"), target.spoofSign(m)}}},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("baseline"), QStringLiteral("bonafide-mean")},
                                                 {QStringLiteral("baselineDescription"),
                                                  QStringLiteral("mean %1 of %2 bona fide reference clips (%3 frames)").arg(b.featureName).arg(b.files.size()).arg(b.frames)},
                                                 {QStringLiteral("baselineFile"), QFileInfo(b.path).absoluteFilePath()},
                                                 {QStringLiteral("baselineFileSha256"), sha256OfFile(b.path)},
                                                 {QStringLiteral("steps"), s.steps},
                                                 {QStringLiteral("rule"), integrationRuleName(s.rule)},
                                                 {QStringLiteral("input"), QStringLiteral("the whole clip as one input")},
                                                 {QStringLiteral("seconds"), r.seconds}}},
        {QStringLiteral("completeness"), QJsonObject{{QStringLiteral("fInput"), r.fInput},
                                                     {QStringLiteral("fBaseline"), r.fBaseline},
                                                     {QStringLiteral("attributionSum"), r.attributionSum},
                                                     {QStringLiteral("relativeGap"), r.completenessError},
                                                     {QStringLiteral("definition"), QStringLiteral("|sum(attributions) - (F(input) - F(baseline))| / |F(input) - F(baseline)|")},
                                                     {QStringLiteral("warning"), r.completenessError > 0.05}}},
        {QStringLiteral("frames"), QJsonObject{{QStringLiteral("frameSamples"), r.hop},
                                               {QStringLiteral("frameSeconds"), double(r.hop) / r.sampleRate},
                                               {QStringLiteral("definition"), QStringLiteral("feature frame t is centred at sample t * frameSamples; speech = the energy VAD "
                                                                                             "of the frameMs frame holding that sample")},
                                               {QStringLiteral("signed"), toArray(sig)},
                                               {QStringLiteral("absolute"), toArray(abs)},
                                               {QStringLiteral("trend"), toArray(trend)},
                                               {QStringLiteral("speech"), speech}}},
        {QStringLiteral("tfMap"), QJsonObject{{QStringLiteral("domain"), QStringLiteral("features")},
                                              {QStringLiteral("hop"), r.hop},
                                              {QStringLiteral("frames"), double(r.frames)},
                                              {QStringLiteral("bins"), r.bins},
                                              {QStringLiteral("binHz"), hz},
                                              {QStringLiteral("definition"), QStringLiteral("IG attribution of each (frame, feature bin) of the model's front end")}}},
        {QStringLiteral("clip"), QJsonObject{{QStringLiteral("sum"), sum},
                                             {QStringLiteral("absoluteSum"), total},
                                             {QStringLiteral("bandShares"), bandShares},
                                             {QStringLiteral("bandOrder"), QJsonArray::fromStringList(bandNames)},
                                             {QStringLiteral("speechShare"), total > 0 ? speechAbs / total : 0.0},
                                             {QStringLiteral("pauseShare"), total > 0 ? 1.0 - speechAbs / total : 0.0},
                                             {QStringLiteral("speechTimeFraction"), r.frames > 0 ? double(speechFrames) / double(r.frames) : 0.0}}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("tfMap"), QStringLiteral("tf_map.npy")},
                                              {QStringLiteral("envelopes"), QStringLiteral("envelopes.npy")}}},
        {QStringLiteral("build"), QJsonObject{{QStringLiteral("version"), QStringLiteral(SOURCETRACE_VERSION)},
                                              {QStringLiteral("commit"), QStringLiteral(SOURCETRACE_GIT_COMMIT)}}}};
    if (!QDir().mkpath(dirPath))
        throw Error(dirPath, Text::tr("cannot create the output folder"));
    const QDir dir(dirPath);
    writeNpy(dir.filePath(QStringLiteral("tf_map.npy")), r.attribution.data(), {r.frames, int64_t(r.bins)});
    std::vector<float> env = sig;
    env.insert(env.end(), abs.begin(), abs.end());
    env.insert(env.end(), trend.begin(), trend.end());
    writeNpy(dir.filePath(QStringLiteral("envelopes.npy")), env.data(), {3, r.frames});
    const QString jsonPath = dir.filePath(QStringLiteral("report.json"));
    QSaveFile jf(jsonPath);
    if (!jf.open(QIODevice::WriteOnly) || jf.write(QJsonDocument(rep).toJson(QJsonDocument::Indented)) < 0 || !jf.commit())
        throw Error(jsonPath, Text::tr("cannot write: %1").arg(jf.errorString()));
    return rep;
}

} // namespace st
