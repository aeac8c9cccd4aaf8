#include "library/TraceBackend.h"

#include "eval/KnnScoring.h"
#include "library/FingerprintLibrary.h"
#include "library/FingerprintMatrixScoring.h"
#include "eval/MahalanobisScoring.h"
#include "util/Error.h"

#include <QMap>
#include <QMutex>
#include <algorithm>

namespace st {

namespace {

struct Registry
{
    QMutex mutex;
    QMap<QString, QPair<QString, LevelBackendMaker>> makers;
};

double numberParam(const BackendParams &p, const QString &key, double def, const QString &backend)
{
    if (!p.contains(key))
        return def;
    bool ok = false;
    const double v = p.value(key).toDouble(&ok);
    if (!ok)
        throw Error(QStringLiteral("%1 back-end: parameter %2 must be a number, not '%3'").arg(backend, key, p.value(key).toString()));
    return v;
}

void checkKnown(const BackendParams &p, const QStringList &known, const QString &backend)
{
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        if (!known.contains(it.key()))
            throw Error(QStringLiteral("%1 back-end: unknown parameter '%2' (known: %3)")
                            .arg(backend, it.key(), known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
}

Registry &registry()
{
    static Registry *r = [] {
        auto *reg = new Registry;
        reg->makers[QStringLiteral("cosine")] = {QStringLiteral("cosine similarity to the fingerprint (mean embedding), zero-shot; center=1 subtracts the mean enrolment embedding"),
            [](const BackendParams &p) -> std::unique_ptr<ScoringBackend> {
                checkKnown(p, {QStringLiteral("center")}, QStringLiteral("cosine"));
                return std::make_unique<FingerprintMatrixScoring>(numberParam(p, QStringLiteral("center"), 0, QStringLiteral("cosine")) != 0);
            }};
        reg->makers[QStringLiteral("mahalanobis")] = {QStringLiteral("negative Mahalanobis distance, shared within-source covariance (shrinkage=0.1)"),
            [](const BackendParams &p) -> std::unique_ptr<ScoringBackend> {
                checkKnown(p, {QStringLiteral("shrinkage")}, QStringLiteral("mahalanobis"));
                return std::make_unique<MahalanobisScoring>(numberParam(p, QStringLiteral("shrinkage"), 0.1, QStringLiteral("mahalanobis")),
                                                            MahalanobisScoring::Output::NegativeDistance);
            }};
        reg->makers[QStringLiteral("knn")] = {QStringLiteral("k-th nearest cosine among a source's enrolment embeddings (k=7)"),
            [](const BackendParams &p) -> std::unique_ptr<ScoringBackend> {
                checkKnown(p, {QStringLiteral("k")}, QStringLiteral("knn"));
                const double k = numberParam(p, QStringLiteral("k"), 7, QStringLiteral("knn"));
                if (k < 1)
                    throw Error(QStringLiteral("knn back-end: k must be at least 1, not %1").arg(k));
                return std::make_unique<KnnScoring>(int(k));
            }};
        return reg;
    }();
    return *r;
}

} // namespace

std::vector<Candidate> rankCandidates(const QStringList &sources, const std::vector<double> &scores)
{
    std::vector<Candidate> c;
    c.reserve(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i)
        c.push_back({sources[int(i)], scores[i]});
    std::sort(c.begin(), c.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.source < b.source;
    });
    return c;
}

TraceBackend::TraceBackend(const QString &name, LevelBackendMaker maker, const BackendParams &params)
    : m_name(name), m_maker(std::move(maker)), m_params(params)
{
    m_maker(m_params); // validates the parameters now rather than at fit time
}

TraceBackend::~TraceBackend() = default;

void TraceBackend::fit(const FingerprintLibrary &library, const std::vector<SourceLevel> &levels)
{
    std::map<SourceLevel, EnrolmentSet> sets;
    for (SourceLevel l : levels.empty() ? library.levels() : levels) {
        EnrolmentSet s = library.enrolmentSet(l);
        if (!s.bySource.isEmpty())
            sets[l] = std::move(s);
    }
    if (sets.empty())
        throw Error(library.path(), QStringLiteral("the library has no enrolled sources to score against"));
    fit(sets);
}

void TraceBackend::fit(const std::map<SourceLevel, EnrolmentSet> &sets)
{
    std::map<SourceLevel, std::unique_ptr<ScoringBackend>> fitted;
    for (const auto &kv : sets) {
        auto b = m_maker(m_params);
        try {
            b->enrol(kv.second);
        } catch (const Error &e) {
            throw Error(QStringLiteral("%1 back-end, level %2: %3").arg(m_name, sourceLevelName(kv.first), e.message()));
        }
        fitted[kv.first] = std::move(b);
    }
    m_levels = std::move(fitted);
}

const ScoringBackend &TraceBackend::fitted(SourceLevel level) const
{
    auto it = m_levels.find(level);
    if (it == m_levels.end())
        throw Error(QStringLiteral("%1 back-end: level %2 is not fitted (no sources at that level?)").arg(m_name, sourceLevelName(level)));
    return *it->second;
}

std::vector<LevelCandidates> TraceBackend::score(const Embedding &embedding) const
{
    std::vector<LevelCandidates> out;
    for (const auto &kv : m_levels)
        out.push_back({kv.first, rankCandidates(kv.second->sources(), kv.second->scores(embedding))});
    return out;
}

std::vector<double> TraceBackend::levelScores(SourceLevel level, const Embedding &embedding) const
{
    return fitted(level).scores(embedding);
}

QStringList TraceBackend::sources(SourceLevel level) const
{
    return fitted(level).sources();
}

std::vector<SourceLevel> TraceBackend::levels() const
{
    std::vector<SourceLevel> l;
    for (const auto &kv : m_levels)
        l.push_back(kv.first);
    return l;
}

std::unique_ptr<TraceBackend> TraceBackend::create(const QString &name, const BackendParams &params)
{
    Registry &r = registry();
    LevelBackendMaker maker;
    {
        QMutexLocker lock(&r.mutex);
        auto it = r.makers.constFind(name);
        if (it == r.makers.constEnd())
            throw Error(QStringLiteral("unknown scoring back-end '%1' (known: %2)").arg(name, r.makers.keys().join(QStringLiteral(", "))));
        maker = it.value().second;
    }
    return std::make_unique<TraceBackend>(name, maker, params);
}

void TraceBackend::registerBackend(const QString &name, const QString &summary, LevelBackendMaker maker)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.makers[name] = {summary, std::move(maker)};
}

QStringList TraceBackend::available()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    QStringList out;
    for (auto it = r.makers.cbegin(); it != r.makers.cend(); ++it)
        out << it.key() + QStringLiteral(": ") + it.value().first;
    return out;
}

} // namespace st
