#include "library/TraceBackend.h"

#include "eval/KnnScoring.h"
#include "library/FingerprintLibrary.h"
#include "library/FingerprintMatrixScoring.h"
#include "eval/MahalanobisScoring.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <algorithm>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::TraceBackend)
};
} // namespace

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
        throw Error(Text::tr("%1 back-end: parameter %2 must be a number, not '%3'").arg(backend, key, p.value(key).toString()));
    return v;
}

void checkKnown(const BackendParams &p, const QStringList &known, const QString &backend)
{
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        if (!known.contains(it.key()))
            throw Error(Text::tr("%1 back-end: unknown parameter '%2' (known: %3)")
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
                    throw Error(Text::tr("knn back-end: k must be at least 1, not %1").arg(k));
                return std::make_unique<KnnScoring>(int(k));
            }};
        for (const TrainedBackendMaker &m : trainedBackendMakers())
            reg->makers[m.name] = {m.summary, m.make};
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
        throw Error(library.path(), Text::tr("the library has no enrolled sources to score against"));
    fit(sets);
}

void TraceBackend::fit(const std::map<SourceLevel, EnrolmentSet> &sets)
{
    std::map<SourceLevel, std::unique_ptr<ScoringBackend>> fitted;
    std::map<SourceLevel, QString> digests;
    for (const auto &kv : sets) {
        auto b = m_maker(m_params);
        if (auto *t = dynamic_cast<TrainedScoringBackend *>(b.get())) {
            digests[kv.first] = enrolmentDigest(kv.second);
            if (m_monitor) {
                const SourceLevel level = kv.first;
                TrainingMonitor monitor = m_monitor;
                t->setEpochCallback([monitor, level](const TrainingEpoch &e) { monitor(level, e); });
            }
        }
        try {
            b->enrol(kv.second);
        } catch (const Error &e) {
            throw Error(e.path(), Text::tr("%1 back-end, level %2: %3").arg(m_name, sourceLevelName(kv.first), e.cause()));
        }
        fitted[kv.first] = std::move(b);
    }
    m_levels = std::move(fitted);
    m_digests = std::move(digests);
}

bool TraceBackend::trained() const
{
    return dynamic_cast<TrainedScoringBackend *>(m_maker(m_params).get()) != nullptr;
}

void TraceBackend::storeFit(FingerprintLibrary &library) const
{
    if (!trained())
        throw Error(Text::tr("%1 back-end: nothing to store (it is not trained; it is fitted when tracing)").arg(m_name));
    if (m_levels.empty())
        throw Error(Text::tr("%1 back-end: not fitted").arg(m_name));
    QList<StoredBackendFit> fits;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &kv : m_levels) {
        const auto *t = dynamic_cast<const TrainedScoringBackend *>(kv.second.get());
        StoredBackendFit f;
        f.level = kv.first;
        f.backend = m_name;
        f.params = m_params;
        f.enrolmentDigest = m_digests.at(kv.first);
        f.sources = t->sources();
        f.state = t->saveState();
        f.losses = t->losses();
        f.created = now;
        fits << f;
    }
    library.setBackendFits(m_name, fits);
}

std::unique_ptr<TraceBackend> TraceBackend::forLibrary(const FingerprintLibrary &library, const QString &name, const BackendParams &params)
{
    auto b = create(name, params);
    if (!b->trained()) {
        b->fit(library);
        return b;
    }
    const QList<StoredBackendFit> fits = library.backendFits(name);
    const QString again = QStringLiteral("`sourcetrace-cli library fit-backend %1 --backend %2`").arg(library.path(), name);
    if (fits.isEmpty()) {
        if (!params.value(QStringLiteral("weights")).toString().isEmpty()) {
            b->fit(library); // published weights used as they are (no training)
            return b;
        }
        throw Error(library.path(), Text::tr("the %1 back-end is trained and this library holds no fit of it: run %2 first")
                                        .arg(name, again));
    }
    std::map<SourceLevel, std::unique_ptr<ScoringBackend>> levels;
    std::map<SourceLevel, QString> digests;
    BackendParams stored;
    for (const StoredBackendFit &f : fits) {
        const EnrolmentSet set = library.enrolmentSet(f.level);
        if (set.bySource.isEmpty())
            continue; // the level has no sources any more
        stored = f.params;
        auto level = create(name, f.params)->m_maker(f.params);
        auto *t = dynamic_cast<TrainedScoringBackend *>(level.get());
        const QString digest = enrolmentDigest(set);
        if (digest != f.enrolmentDigest && !t->zeroShot())
            throw Error(library.path(), Text::tr("the stored %1 fit of level %2 (%3) was trained on other enrolments than the "
                                                       "library holds now (sources or clips changed since): run %4 again")
                                            .arg(name, sourceLevelName(f.level), f.created.toString(Qt::ISODate), again));
        try {
            t->loadState(f.state, set);
        } catch (const Error &e) {
            throw Error(library.path(), Text::tr("the stored %1 fit of level %2 cannot be used: %3; run %4 again")
                                            .arg(name, sourceLevelName(f.level), e.message(), again));
        }
        digests[f.level] = digest;
        levels[f.level] = std::move(level);
    }
    // Levels fitted with --level only: the others are not traced with this back-end.
    if (levels.empty())
        throw Error(library.path(), Text::tr("the stored %1 fit covers no level that has sources now: run %2 again").arg(name, again));
    auto out = create(name, stored);
    out->m_levels = std::move(levels);
    out->m_digests = std::move(digests);
    return out;
}

const ScoringBackend &TraceBackend::fitted(SourceLevel level) const
{
    auto it = m_levels.find(level);
    if (it == m_levels.end())
        throw Error(Text::tr("%1 back-end: level %2 is not fitted (no sources at that level?)").arg(m_name, sourceLevelName(level)));
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
            throw Error(Text::tr("unknown scoring back-end '%1' (known: %2)").arg(name, r.makers.keys().join(QStringLiteral(", "))));
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
