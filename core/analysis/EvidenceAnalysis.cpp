#include "analysis/EvidenceAnalysis.h"

#include "analysis/JsonRead.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "explain/IntegratedGradients.h"
#include "explain/Quadrature.h"
#include "jobs/Job.h"
#include "models/ModelRegistry.h"
#include "quality/QualityMeasures.h"
#include "quality/QualityThresholds.h"
#include "quality/QualityVerdict.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <mutex>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::EvidenceAnalysis) };
} // namespace

namespace st {

// ---- settings ----------------------------------------------------------------------------------------------

QJsonObject AnalysisSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("model"), model},
                       {QStringLiteral("detection"), detection},
                       {QStringLiteral("tracing"), tracing},
                       {QStringLiteral("library"), library},
                       {QStringLiteral("backend"), backend},
                       {QStringLiteral("explanation"), explanation},
                       {QStringLiteral("igSteps"), igSteps},
                       {QStringLiteral("igTarget"), igTarget},
                       {QStringLiteral("threads"), threads},
                       {QStringLiteral("qualityThresholds"), qualityThresholds}};
}

AnalysisSettings AnalysisSettings::fromJson(const QJsonObject &o)
{
    static const QStringList known = {QStringLiteral("model"), QStringLiteral("detection"), QStringLiteral("tracing"),
                                      QStringLiteral("library"), QStringLiteral("backend"), QStringLiteral("explanation"),
                                      QStringLiteral("igSteps"), QStringLiteral("igTarget"), QStringLiteral("threads"),
                                      QStringLiteral("qualityThresholds")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            throw Error(Text::tr("analysis settings: unknown member \"%1\" (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
    const json::Reader in(o, QStringLiteral("analysis settings"));
    AnalysisSettings s;
    if (in.has(QStringLiteral("model")))
        s.model = in.string(QStringLiteral("model"));
    if (in.has(QStringLiteral("detection")))
        s.detection = in.boolean(QStringLiteral("detection"));
    if (in.has(QStringLiteral("tracing")))
        s.tracing = in.boolean(QStringLiteral("tracing"));
    if (in.has(QStringLiteral("library")))
        s.library = in.string(QStringLiteral("library"));
    if (in.has(QStringLiteral("backend")))
        s.backend = in.string(QStringLiteral("backend"));
    if (in.has(QStringLiteral("explanation")))
        s.explanation = in.boolean(QStringLiteral("explanation"));
    if (in.has(QStringLiteral("igSteps")))
        s.igSteps = int(in.integer(QStringLiteral("igSteps")));
    if (in.has(QStringLiteral("igTarget")))
        s.igTarget = in.string(QStringLiteral("igTarget"));
    if (in.has(QStringLiteral("threads")))
        s.threads = int(in.integer(QStringLiteral("threads")));
    if (in.has(QStringLiteral("qualityThresholds")))
        s.qualityThresholds = in.object(QStringLiteral("qualityThresholds"));
    if (s.igSteps < 2 || s.igSteps > 4096)
        throw Error(Text::tr("analysis settings: igSteps must be between 2 and 4096, not %1").arg(s.igSteps));
    if (s.threads < 0 || s.threads > 1024)
        throw Error(Text::tr("analysis settings: threads must be between 0 and 1024, not %1").arg(s.threads));
    if (s.backend.isEmpty())
        throw Error(Text::tr("analysis settings: backend is empty"));
    return s;
}

// ---- explanation -------------------------------------------------------------------------------------------

QJsonObject ExplanationResult::toJson() const
{
    return QJsonObject{{QStringLiteral("target"), target},
                       {QStringLiteral("targetDescription"), targetDescription},
                       {QStringLiteral("positiveMeaning"), positiveMeaning},
                       {QStringLiteral("negativeMeaning"), negativeMeaning},
                       {QStringLiteral("baseline"), baseline},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("rule"), rule},
                       {QStringLiteral("windowLength"), windowLength},
                       {QStringLiteral("windowHop"), windowHop},
                       {QStringLiteral("stitching"), stitching},
                       {QStringLiteral("fInput"), json::number(fInput)},
                       {QStringLiteral("fBaseline"), json::number(fBaseline)},
                       {QStringLiteral("attributionSum"), json::number(attributionSum)},
                       {QStringLiteral("completenessError"), json::number(completenessError)},
                       {QStringLiteral("smoothCompletenessError"), json::number(smoothCompletenessError)},
                       {QStringLiteral("jumps"), jumps},
                       {QStringLiteral("jumpShare"), json::number(jumpShare)},
                       {QStringLiteral("seconds"), json::number(seconds)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                       {QStringLiteral("sampleRate"), sampleRate},
                       {QStringLiteral("attributionFloat32Base64"), json::floatsBase64(attribution)}};
}

ExplanationResult ExplanationResult::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("explanation"));
    ExplanationResult e;
    e.target = in.string(QStringLiteral("target"));
    e.targetDescription = in.string(QStringLiteral("targetDescription"));
    e.positiveMeaning = in.string(QStringLiteral("positiveMeaning"));
    e.negativeMeaning = in.string(QStringLiteral("negativeMeaning"));
    e.baseline = in.string(QStringLiteral("baseline"));
    e.steps = int(in.integer(QStringLiteral("steps")));
    e.rule = in.string(QStringLiteral("rule"));
    e.windowLength = int(in.integer(QStringLiteral("windowLength")));
    e.windowHop = int(in.integer(QStringLiteral("windowHop")));
    e.stitching = in.string(QStringLiteral("stitching"));
    e.fInput = in.number(QStringLiteral("fInput"));
    e.fBaseline = in.number(QStringLiteral("fBaseline"));
    e.attributionSum = in.number(QStringLiteral("attributionSum"));
    e.completenessError = in.number(QStringLiteral("completenessError"));
    e.smoothCompletenessError = in.number(QStringLiteral("smoothCompletenessError"));
    e.jumps = int(in.integer(QStringLiteral("jumps")));
    e.jumpShare = in.number(QStringLiteral("jumpShare"));
    e.seconds = in.number(QStringLiteral("seconds"));
    e.warnings = in.strings(QStringLiteral("warnings"));
    e.sampleRate = int(in.integer(QStringLiteral("sampleRate")));
    e.attribution = json::floatsFromBase64(in.string(QStringLiteral("attributionFloat32Base64")), QStringLiteral("explanation attribution"));
    return e;
}

// ---- result ------------------------------------------------------------------------------------------------

QJsonObject AnalysisResult::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("sourcetrace-analysis/1")},
                  {QStringLiteral("settings"), settings.toJson()},
                  {QStringLiteral("provenance"), provenance.toJson()},
                  {QStringLiteral("quality"), quality},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (detection)
        o.insert(QStringLiteral("detection"), detection->toJson());
    if (tracing)
        o.insert(QStringLiteral("tracing"), tracing->toJson());
    if (explanation)
        o.insert(QStringLiteral("explanation"), explanation->toJson());
    return o;
}

AnalysisResult AnalysisResult::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("analysis"));
    const QString format = in.string(QStringLiteral("format"));
    if (format != QLatin1String("sourcetrace-analysis/1"))
        throw Error(Text::tr("analysis: format \"%1\" is not one this build reads (sourcetrace-analysis/1)").arg(format));
    AnalysisResult r;
    r.settings = AnalysisSettings::fromJson(in.object(QStringLiteral("settings")));
    r.provenance = Provenance::fromJson(in.object(QStringLiteral("provenance")));
    r.quality = in.object(QStringLiteral("quality"));
    r.problems = in.strings(QStringLiteral("problems"));
    if (in.has(QStringLiteral("detection")))
        r.detection = DetectionResult::fromJson(in.object(QStringLiteral("detection")));
    if (in.has(QStringLiteral("tracing")))
        r.tracing = TraceResult::fromJson(in.object(QStringLiteral("tracing")));
    if (in.has(QStringLiteral("explanation")))
        r.explanation = ExplanationResult::fromJson(in.object(QStringLiteral("explanation")));
    return r;
}

// ---- comparison ---------------------------------------------------------------------------------------------

namespace {

void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (out.size() >= 50)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &k : keys)
            diff(oa.value(k), ob.value(k), path.isEmpty() ? k : path + QLatin1Char('.') + k, out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray xa = a.toArray(), xb = b.toArray();
        if (xa.size() != xb.size()) {
            out << Text::tr("%1: %2 entries then %3").arg(path).arg(xa.size()).arg(xb.size());
            return;
        }
        for (qsizetype i = 0; i < xa.size(); ++i)
            diff(xa[i], xb[i], QStringLiteral("%1[%2]").arg(path).arg(i), out);
        return;
    }
    if (a == b)
        return;
    auto text = [](const QJsonValue &v) {
        if (v.isUndefined())
            return QStringLiteral("(absent)");
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isString())
            return v.toString().left(80);
        const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument();
        return v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false") : v.isNull() ? QStringLiteral("null")
                                                                                  : QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).left(80);
    };
    out << Text::tr("%1: %2 then %3").arg(path, text(a), text(b));
}

/// Sentences for people (warnings, findings' messages, reasons, hints, problems) are in the language of the run that
/// made them: a re-run in another language words them differently although every figure is the same. They are left
/// out of the comparison (the figures, keys, severities and decisions they describe are compared).
bool isProse(const QString &key, const QJsonValue &v)
{
    static const QStringList keys{QStringLiteral("warnings"),       QStringLiteral("reasons"),
                                  QStringLiteral("withheldReasons"), QStringLiteral("message"),
                                  QStringLiteral("codecHint"),       QStringLiteral("sampleRateHint"),
                                  QStringLiteral("problems"),        QStringLiteral("calibration")};
    if (!keys.contains(key))
        return false;
    if (v.isString())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &x : v.toArray())
        if (!x.isString())
            return false;
    return true;
}

QJsonValue withoutProse(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!isProse(it.key(), it.value()))
                o.insert(it.key(), withoutProse(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(withoutProse(x));
        return a;
    }
    return v;
}

QJsonObject comparable(const AnalysisResult &r)
{
    QJsonObject o = withoutProse(r.toJson()).toObject();
    QJsonObject p = o.value(QStringLiteral("provenance")).toObject();
    for (const char *k : {"time", "user", "host", "device", "threads", "evidencePath"})
        p.remove(QLatin1String(k));
    o.insert(QStringLiteral("provenance"), p);
    QJsonObject d = o.value(QStringLiteral("detection")).toObject();
    d.remove(QStringLiteral("device"));
    if (!d.isEmpty())
        o.insert(QStringLiteral("detection"), d);
    QJsonObject s = o.value(QStringLiteral("settings")).toObject();
    s.remove(QStringLiteral("threads"));
    o.insert(QStringLiteral("settings"), s);
    return o;
}

} // namespace

QStringList analysisDifferences(const AnalysisResult &stored, const AnalysisResult &rerun)
{
    QStringList out;
    diff(comparable(stored), comparable(rerun), QString(), out);
    return out;
}

// ---- the pipeline ------------------------------------------------------------------------------------------

ModelManifest analysisModel(const AnalysisSettings &settings)
{
    const ModelRegistry registry;
    return registry.resolve(settings.model.isEmpty() ? defaultModelName() : settings.model);
}

namespace {

/// Maps a sub-step's progress [0, 1] onto [a, b] of the whole analysis.
class SubContext : public JobContext
{
public:
    SubContext(JobContext *outer, double a, double b) : m_outer(outer), m_a(a), m_b(b) {}
    void setProgress(double f, const QString &stage) override
    {
        if (m_outer)
            m_outer->setProgress(m_a + (m_b - m_a) * std::clamp(f, 0.0, 1.0), stage);
    }
    bool isCancelled() const override { return m_outer && m_outer->isCancelled(); }

private:
    JobContext *m_outer;
    double m_a, m_b;
};

ExplanationResult explain(const ModelManifest &m, const std::vector<float> &clip, const AnalysisSettings &s,
                          ModelCache &cache, JobContext *ctx)
{
    RunOptions opt;
    opt.threads = s.threads;
    EmbeddingModelPtr model = cache.get(m, opt);
    std::lock_guard<std::mutex> lock(cache.runLock());
    IntegratedGradients ig(model);
    IgSettings is;
    is.target = AttributionTarget::parse(s.igTarget);
    is.baseline = recommendedBaseline(m.kind);
    is.steps = s.igSteps;
    is.threads = s.threads;
    SubContext sub(ctx, 0.0, 1.0);
    const IgResult r = ig.run(clip, is, [&](double f, const QString &stage) { sub.setProgress(f, stage); },
                              [&] { return sub.isCancelled(); });
    ExplanationResult e;
    e.target = r.targetSpec;
    e.targetDescription = r.targetDescription;
    e.positiveMeaning = r.positiveMeaning;
    e.negativeMeaning = r.negativeMeaning;
    e.baseline = r.baselineDescription;
    e.steps = r.steps;
    e.rule = r.rule;
    e.windowLength = r.windowLength;
    e.windowHop = r.windowHop;
    e.stitching = r.stitching;
    e.fInput = r.fInput;
    e.fBaseline = r.fBaseline;
    e.attributionSum = r.attributionSum;
    e.completenessError = r.completenessError;
    e.smoothCompletenessError = r.smoothCompletenessError;
    e.jumps = r.jumps;
    e.jumpShare = r.jumpShare;
    e.seconds = r.seconds;
    e.warnings = r.warnings;
    e.sampleRate = r.sampleRate;
    e.attribution = r.attribution;
    return e;
}

} // namespace

AnalysisResult analyseEvidence(const QString &path, const AnalysisSettings &settings, ModelCache &cache, JobContext *ctx,
                               const QString &expectedSha256)
{
    auto step = [ctx](double f, const QString &s) {
        if (ctx) {
            ctx->checkCancelled();
            ctx->setProgress(f, s);
        }
    };
    AnalysisResult r;
    r.settings = settings;
    r.provenance = Provenance::here();
    r.provenance.threads = settings.threads;
    r.provenance.evidencePath = QFileInfo(path).absoluteFilePath();

    // 1. The evidence is the file it was at intake.
    step(0.0, Text::tr("hashing the evidence"));
    r.provenance.evidenceSha256 = sha256OfFile(path);
    r.provenance.evidenceBytes = QFileInfo(path).size();
    if (!expectedSha256.isEmpty() && r.provenance.evidenceSha256.compare(expectedSha256, Qt::CaseInsensitive) != 0)
        throw Error(path, Text::tr("has changed since intake: its SHA-256 is %1, the case recorded %2; it is not analysed")
                              .arg(r.provenance.evidenceSha256, expectedSha256.toLower()));

    // 2. Decoding and quality.
    const ModelManifest m = analysisModel(settings);
    r.provenance.modelName = m.name;
    r.provenance.modelKind = m.kind;
    r.provenance.modelWeightsSha256 = m.weightsSha256;
    r.provenance.modelManifestSha256 = sha256OfFile(m.manifestPath);
    step(0.03, Text::tr("decoding"));
    const AudioFile file(path);
    QualityThresholds thresholds;
    if (!settings.qualityThresholds.isEmpty()) {
        QString error;
        thresholds = QualityThresholds::fromJson(settings.qualityThresholds, &error);
        if (!error.isEmpty())
            throw Error(Text::tr("quality thresholds: %1").arg(error));
    }
    step(0.06, Text::tr("quality measures"));
    const QualityMeasures q = measureQualityFile(path);
    r.quality = QJsonObject{{QStringLiteral("measures"), q.toJson()},
                            {QStringLiteral("verdict"), judgeQuality(q, thresholds).toJson()},
                            {QStringLiteral("thresholds"), thresholds.toJson()}};
    const std::vector<float> clip = file.readAll(MixDown, m.sampleRate);

    // 3. Detection.
    if (settings.detection) {
        SubContext sub(ctx, 0.1, settings.explanation ? 0.4 : 0.7);
        r.detection = runDetection(m, file, clip, cache, &sub, settings.threads);
        r.provenance.device = r.detection->device;
        r.provenance.calibration = r.detection->lr.calibration;
    }

    // 4. Tracing: a library that cannot be used is a problem of this step, not of the analysis.
    if (settings.tracing) {
        const QString lib = settings.library.isEmpty() ? defaultLibraryPath() : settings.library;
        if (lib.isEmpty()) {
            r.problems << QObject::tr("tracing: no library was given and the default model has no library beside it");
        } else {
            try {
                FingerprintLibrary probe(lib, LibraryAccess::ReadOnly);
                const ModelManifest tm = modelForLibrary(probe.model());
                SubContext sub(ctx, settings.explanation ? 0.4 : 0.7, settings.explanation ? 0.5 : 0.98);
                r.tracing = runTrace(lib, tm, file, cache, settings.backend, &sub,
                                     tm.sampleRate == m.sampleRate ? clip : std::vector<float>{});
                r.provenance.libraryPath = r.tracing->libraryPath;
                r.provenance.librarySha256 = r.tracing->librarySha256;
            } catch (const Error &e) {
                r.problems << QObject::tr("tracing: %1").arg(e.message());
            }
        }
    }

    // 5. Explanation.
    if (settings.explanation) {
        SubContext sub(ctx, 0.5, 0.99);
        r.explanation = explain(m, clip, settings, cache, &sub);
    }
    if (ctx)
        ctx->setProgress(1.0, Text::tr("done"));
    return r;
}

} // namespace st
