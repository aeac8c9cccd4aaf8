#include "analysis/TraceAnalysis.h"

#include "analysis/JsonRead.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "eval/LinearCalibration.h"
#include "jobs/Job.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>
#include <mutex>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::TraceAnalysis) };
} // namespace

namespace st {

double LevelLr::log10Lr() const { return llr / std::log(10.0); }

QJsonObject LevelLr::toJson() const
{
    QJsonObject o{{QStringLiteral("due"), due}, {QStringLiteral("given"), given}, {QStringLiteral("source"), source}};
    if (given) {
        o.insert(QStringLiteral("llr"), json::number(llr));
        o.insert(QStringLiteral("log10_lr"), json::number(log10Lr()));
        o.insert(QStringLiteral("lr"), json::number(std::exp(llr)));
        o.insert(QStringLiteral("verbal"), verbal);
    }
    if (!withheldReasons.isEmpty())
        o.insert(QStringLiteral("withheldReasons"), QJsonArray::fromStringList(withheldReasons));
    if (due)
        o.insert(QStringLiteral("calibration"),
                 QJsonObject{{QStringLiteral("backend"), calibration.backend},
                             {QStringLiteral("protocol"), calibration.protocolName},
                             {QStringLiteral("protocolSha256"), calibration.protocolSha256},
                             {QStringLiteral("targets"), double(calibration.targets)},
                             {QStringLiteral("nontargets"), double(calibration.nontargets)},
                             {QStringLiteral("cllr"), json::number(calibration.devCllrCalibrated)},
                             {QStringLiteral("created"), calibration.created.toString(Qt::ISODate)},
                             {QStringLiteral("a"), calibration.a},
                             {QStringLiteral("b"), calibration.b}});
    return o;
}

LevelLr LevelLr::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("tracing LR"));
    LevelLr l;
    l.due = in.boolean(QStringLiteral("due"));
    l.given = in.boolean(QStringLiteral("given"));
    l.source = in.string(QStringLiteral("source"));
    if (l.given) {
        l.llr = in.number(QStringLiteral("llr"));
        l.verbal = in.string(QStringLiteral("verbal"));
    }
    if (in.has(QStringLiteral("withheldReasons")))
        l.withheldReasons = in.strings(QStringLiteral("withheldReasons"));
    if (l.due) {
        const json::Reader c(in.object(QStringLiteral("calibration")), QStringLiteral("tracing LR calibration"));
        l.calibration.backend = c.string(QStringLiteral("backend"));
        l.calibration.protocolName = c.string(QStringLiteral("protocol"));
        l.calibration.protocolSha256 = c.string(QStringLiteral("protocolSha256"));
        l.calibration.targets = c.integer(QStringLiteral("targets"));
        l.calibration.nontargets = c.integer(QStringLiteral("nontargets"));
        l.calibration.devCllrCalibrated = c.number(QStringLiteral("cllr"));
        l.calibration.created = QDateTime::fromString(c.string(QStringLiteral("created")), Qt::ISODate);
        l.calibration.a = c.number(QStringLiteral("a"));
        l.calibration.b = c.number(QStringLiteral("b"));
    }
    return l;
}

TraceScorer::TraceScorer(const FingerprintLibrary &lib, const QString &backend, const BackendParams &params)
    : m_backend(TraceBackend::forLibrary(lib, backend, params)) // a trained back-end: the fit stored with the library
{
    for (const StoredThreshold &t : lib.thresholds())
        if (t.backend == m_backend->name())
            m_thresholds[t.level] = t.threshold;
    for (const StoredLrCalibration &c : lib.lrCalibrations())
        if (c.backend == m_backend->name())
            m_lr[c.level] = c;
}

std::vector<LevelDecision> TraceScorer::decide(const std::vector<float> &embedding, const QString &clipPath) const
{
    for (float v : embedding)
        if (!std::isfinite(v))
            throw Error(clipPath, Text::tr("the embedding holds a non-finite value: no answer for this clip"));
    const std::vector<LevelCandidates> scored = m_backend->score(embedding);
    // A non-finite score is an error for the clip, never an answer (a NaN compares false with every threshold, so
    // it would name a source).
    for (const LevelCandidates &lc : scored)
        for (const Candidate &c : lc.ranked)
            if (!std::isfinite(c.score))
                throw Error(clipPath, Text::tr("the %1 score of %2 %3 is not finite (%4): no answer for this clip")
                                          .arg(m_backend->name(), sourceLevelName(lc.level), c.source).arg(c.score));
    return decideOpenSet(scored, m_thresholds);
}

LevelLr TraceScorer::lr(const LevelDecision &d, const ValidityVerdict &verdict, const QString &clipPath) const
{
    LevelLr l;
    const auto cal = m_lr.find(d.level);
    if (cal == m_lr.end() || d.ranked.empty())
        return l;
    l.due = true;
    l.calibration = cal->second;
    l.source = d.ranked.front().source;
    if (!verdict.inside) {
        l.withheldReasons = verdict.reasons;
        return l;
    }
    const double llr = cal->second.llr(d.ranked.front().score);
    if (!std::isfinite(llr))
        throw Error(clipPath, Text::tr("the log LR of %1 %2 is not finite (calibration a %3, b %4): no answer for this clip")
                                  .arg(sourceLevelName(d.level), l.source).arg(cal->second.a).arg(cal->second.b));
    l.given = true;
    l.llr = llr;
    l.verbal = verbalEquivalentForLlr(llr);
    return l;
}

QJsonObject TraceResult::toJson() const
{
    QJsonArray levels;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const LevelDecision &d = decisions[i];
        QJsonArray cands;
        for (std::size_t c = 0; c < d.ranked.size(); ++c)
            cands.append(QJsonObject{{QStringLiteral("source"), d.ranked[c].source}, {QStringLiteral("score"), json::number(d.ranked[c].score)}});
        QJsonObject o{{QStringLiteral("level"), sourceLevelName(d.level)},
                      {QStringLiteral("decision"), d.decision},
                      {QStringLiteral("unknown"), d.unknown},
                      {QStringLiteral("candidates"), cands},
                      {QStringLiteral("threshold"), d.threshold ? json::number(*d.threshold) : QJsonValue(QJsonValue::Null)}};
        if (i < lrs.size() && lrs[i].due)
            o.insert(QStringLiteral("lr"), lrs[i].toJson());
        levels.append(o);
    }
    ConditionsJudgement j;
    j.checked = validityChecked;
    j.conditions = conditions;
    j.verdict = verdict;
    return QJsonObject{{QStringLiteral("library"), libraryPath},
                       {QStringLiteral("librarySha256"), librarySha256},
                       {QStringLiteral("defaultLibrary"), defaultLibrary},
                       {QStringLiteral("model"), model.name},
                       {QStringLiteral("modelWeightsSha256"), model.weightsSha256},
                       {QStringLiteral("embeddingDim"), model.dimension},
                       {QStringLiteral("backend"), backend},
                       {QStringLiteral("levels"), levels},
                       {QStringLiteral("conditions"), j.toJson()}};
}

TraceResult TraceResult::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("tracing"));
    TraceResult r;
    r.libraryPath = in.string(QStringLiteral("library"));
    r.librarySha256 = in.string(QStringLiteral("librarySha256"));
    r.defaultLibrary = in.boolean(QStringLiteral("defaultLibrary"));
    r.model.name = in.string(QStringLiteral("model"));
    r.model.weightsSha256 = in.string(QStringLiteral("modelWeightsSha256"));
    r.model.dimension = int(in.integer(QStringLiteral("embeddingDim")));
    r.backend = in.string(QStringLiteral("backend"));
    for (const QJsonValue &v : in.array(QStringLiteral("levels"))) {
        const json::Reader l(v.toObject(), QStringLiteral("tracing level"));
        LevelDecision d;
        d.level = parseSourceLevel(l.string(QStringLiteral("level")));
        d.decision = l.string(QStringLiteral("decision"));
        d.unknown = l.boolean(QStringLiteral("unknown"));
        const double t = l.number(QStringLiteral("threshold"));
        if (std::isfinite(t))
            d.threshold = t;
        for (const QJsonValue &c : l.array(QStringLiteral("candidates"))) {
            const json::Reader cr(c.toObject(), QStringLiteral("tracing candidate"));
            d.ranked.push_back({cr.string(QStringLiteral("source")), cr.number(QStringLiteral("score"))});
        }
        r.lrs.push_back(l.has(QStringLiteral("lr")) ? LevelLr::fromJson(l.object(QStringLiteral("lr"))) : LevelLr{});
        if (r.lrs.back().due)
            r.lrCalibrations[d.level] = r.lrs.back().calibration;
        r.decisions.push_back(std::move(d));
    }
    const ConditionsJudgement j = ConditionsJudgement::fromJson(in.object(QStringLiteral("conditions")));
    r.validityChecked = j.checked;
    r.conditions = j.conditions;
    r.verdict = j.verdict;
    return r;
}

QString defaultLibraryPath()
{
    const ModelRegistry registry;
    const ModelEntry *def = registry.find(defaultModelName());
    if (!def)
        return {};
    const QString candidate = QFileInfo(def->manifest.manifestPath).absoluteDir().filePath(QStringLiteral("library.db"));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

ModelManifest modelForLibrary(const ModelBinding &binding)
{
    const ModelRegistry registry;
    for (const ModelEntry &e : registry.entries())
        if (e.shadowedBy.isEmpty() && e.manifest.name == binding.name && e.manifest.weightsSha256 == binding.weightsSha256)
            return e.manifest;
    throw Error(Text::tr("the library is bound to model %1, which is not among the installed models; install its "
                               "manifest and weights (docs/models.md)")
                    .arg(binding.describe()));
}

std::vector<float> embedClip(const ModelManifest &m, const QString &path, const std::vector<float> &clip, ModelCache &cache)
{
    EmbeddingModelPtr model = cache.get(m);
    std::lock_guard<std::mutex> lock(cache.runLock());
    ModelRunner runner(model);
    runner.assessInput(clip, path); // digital silence or under 0.1 s: no source to trace
    return runner.run(clip).embedding;
}

TraceResult traceEmbedding(const FingerprintLibrary &lib, const std::vector<float> &embedding, const QString &backend)
{
    const TraceScorer scorer(lib, backend);
    TraceResult r;
    r.libraryPath = lib.path();
    r.model = lib.model();
    r.backend = scorer.backendName();
    r.embedding = embedding;
    r.decisions = scorer.decide(embedding, QString());
    r.lrCalibrations = scorer.lrCalibrations();
    for (const LevelDecision &d : r.decisions)
        r.lrs.push_back(scorer.lr(d, r.verdict, QString()));
    return r;
}

TraceResult runTrace(const QString &libraryPath, const ModelManifest &m, const AudioFile &file, ModelCache &cache,
                     const QString &backend, JobContext *ctx, std::vector<float> clip)
{
    auto step = [ctx](double f, const QString &s) {
        if (ctx) {
            ctx->checkCancelled();
            ctx->setProgress(f, s);
        }
    };
    step(0.05, Text::tr("opening library"));
    FingerprintLibrary lib(libraryPath, LibraryAccess::ReadOnly); // tracing reads only
    lib.checkModel(ModelBinding::of(m));
    const TraceScorer scorer(lib, backend);
    step(0.1, Text::tr("embedding with %1").arg(m.name));
    if (clip.empty())
        clip = file.readAll(MixDown, m.sampleRate);
    const QString path = file.info().path;
    TraceResult r;
    r.libraryPath = lib.path();
    r.librarySha256 = sha256OfFile(lib.path());
    r.defaultLibrary = QFileInfo(lib.path()).canonicalFilePath() == QFileInfo(defaultLibraryPath()).canonicalFilePath();
    r.model = lib.model();
    r.backend = scorer.backendName();
    r.clipPath = path;
    r.embedding = embedClip(m, path, clip, cache);
    step(0.8, Text::tr("scoring (%1)").arg(r.backend));
    r.decisions = scorer.decide(r.embedding, path);
    r.lrCalibrations = scorer.lrCalibrations();
    step(0.9, Text::tr("validated conditions"));
    // Outside the validated conditions the LRs are withheld (the ranking and decision are still shown).
    const ConditionsJudge judge = ConditionsJudge::forManifest(m);
    const ConditionsJudgement j = judge.judge(clip, m.sampleRate, file.info().container, file.info().sampleFormat, r.embedding);
    r.validityChecked = j.checked;
    r.conditions = j.conditions;
    r.verdict = j.verdict;
    for (const LevelDecision &d : r.decisions)
        r.lrs.push_back(scorer.lr(d, r.verdict, path));
    return r;
}

} // namespace st
