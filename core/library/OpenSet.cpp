#include "library/OpenSet.h"

#include "eval/LinearCalibration.h"
#include "eval/Metrics.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::OpenSet)
};
} // namespace

std::vector<LevelDecision> decideOpenSet(const std::vector<LevelCandidates> &candidates,
                                         const std::map<SourceLevel, double> &thresholds)
{
    std::vector<LevelDecision> out;
    for (const LevelCandidates &lc : candidates) {
        // A non-finite score is never an answer: NaN compares false with every threshold and would name a source.
        for (const Candidate &c : lc.ranked)
            if (!std::isfinite(c.score))
                throw Error(Text::tr("the score of %1 %2 is not finite (%3): no answer at any level")
                                .arg(sourceLevelName(lc.level), c.source).arg(c.score));
        LevelDecision d;
        d.level = lc.level;
        d.ranked = lc.ranked;
        auto it = thresholds.find(lc.level);
        if (it != thresholds.end())
            d.threshold = it->second;
        const bool any = !lc.ranked.empty();
        d.unknown = !any || (d.threshold && lc.ranked.front().score <= *d.threshold);
        d.decision = d.unknown ? QStringLiteral("unknown") : lc.ranked.front().source;
        out.push_back(std::move(d));
    }
    return out;
}

std::vector<LevelDecision> decideOpenSet(const std::vector<LevelCandidates> &candidates, const FingerprintLibrary &library,
                                         const QString &backend)
{
    std::map<SourceLevel, double> t;
    for (const StoredThreshold &s : library.thresholds())
        if (s.backend == backend)
            t[s.level] = s.threshold;
    return decideOpenSet(candidates, t);
}

double thresholdAtFar(const std::vector<double> &nontargets, double targetFar)
{
    if (nontargets.empty())
        throw Error(Text::tr("a false-alarm threshold needs non-target scores"));
    if (!(targetFar >= 0 && targetFar < 1))
        throw Error(Text::tr("the target false-alarm rate must be in [0, 1), not %1").arg(targetFar));
    std::vector<double> s = nontargets;
    std::sort(s.begin(), s.end(), std::greater<double>());
    const std::size_t m = std::size_t(std::floor(targetFar * double(s.size())));
    return s[std::min(m, s.size() - 1)];
}

std::vector<StoredThreshold> calibrateOpenSet(const TraceBackend &backend, const std::vector<LabelledEmbedding> &clips,
                                              const QString &rule, double targetFar, const QString &protocolName,
                                              const QString &protocolSha256)
{
    if (rule != QLatin1String("eer") && rule != QLatin1String("far"))
        throw Error(Text::tr("threshold rule must be 'eer' or 'far', not '%1'").arg(rule));
    std::vector<StoredThreshold> out;
    for (SourceLevel level : backend.levels()) {
        const QStringList sources = backend.sources(level);
        std::vector<double> tar, non;
        for (const LabelledEmbedding &c : clips) {
            const QString label = labelAt(c.clip, level);
            if (label.isEmpty())
                continue;
            const std::vector<double> s = backend.levelScores(level, c.embedding);
            for (int i = 0; i < sources.size(); ++i)
                (sources[i] == label ? tar : non).push_back(s[std::size_t(i)]);
        }
        if (tar.empty() || non.empty())
            continue;
        StoredThreshold t;
        t.level = level;
        t.backend = backend.name();
        t.rule = rule;
        const EerResult eer = computeEer(tar, non);
        t.eer = eer.eer;
        if (rule == QLatin1String("eer")) {
            t.threshold = eer.threshold;
        } else {
            t.targetFar = targetFar;
            t.threshold = thresholdAtFar(non, targetFar);
        }
        t.protocolName = protocolName;
        t.protocolSha256 = protocolSha256;
        t.created = QDateTime::currentDateTimeUtc();
        out.push_back(t);
    }
    return out;
}

std::vector<StoredLrCalibration> calibrateLr(const TraceBackend &backend, const std::vector<LabelledEmbedding> &clips,
                                             const QString &protocolName, const QString &protocolSha256)
{
    std::vector<StoredLrCalibration> out;
    for (SourceLevel level : backend.levels()) {
        const QStringList sources = backend.sources(level);
        std::vector<double> tar, non;
        for (const LabelledEmbedding &c : clips) {
            const QString label = labelAt(c.clip, level);
            if (label.isEmpty())
                continue;
            const std::vector<double> s = backend.levelScores(level, c.embedding);
            for (int i = 0; i < sources.size(); ++i)
                (sources[i] == label ? tar : non).push_back(s[std::size_t(i)]);
        }
        if (tar.empty() || non.empty())
            continue;
        const LinearCalibration cal = LinearCalibration::train(tar, non, 0.5);
        StoredLrCalibration c;
        c.level = level;
        c.backend = backend.name();
        c.a = cal.a;
        c.b = cal.b;
        c.pTarget = cal.pTarget;
        c.separable = cal.separable;
        c.devCllrRaw = cllr(tar, non);
        c.devCllrCalibrated = cllr(cal.apply(tar), cal.apply(non));
        c.protocolName = protocolName;
        c.protocolSha256 = protocolSha256;
        c.targets = qint64(tar.size());
        c.nontargets = qint64(non.size());
        c.created = QDateTime::currentDateTimeUtc();
        out.push_back(c);
    }
    return out;
}

TrialList traceTrials(const TraceBackend &backend, const FingerprintLibrary &library, const std::vector<LabelledEmbedding> &clips)
{
    const QStringList sources = backend.sources(SourceLevel::Attack);
    QMap<QString, SourceInfo> info;
    for (const SourceInfo &s : library.sources(SourceLevel::Attack))
        info[s.name] = s;
    TrialList t;
    for (const LabelledEmbedding &c : clips) {
        const std::vector<double> s = backend.levelScores(SourceLevel::Attack, c.embedding);
        for (int i = 0; i < sources.size(); ++i) {
            const SourceInfo &si = info[sources[i]];
            t.files << c.clip.file;
            t.fingerprints << sources[i];
            t.attacks << c.clip.attack;
            t.targetAtk.push_back(c.clip.attack == sources[i]);
            const QString am = si.attributes.value(QStringLiteral("acoustic_model"));
            const QString vm = si.attributes.value(QStringLiteral("vocoder"));
            t.targetAm.push_back(!am.isEmpty() && c.clip.acousticModel == am);
            t.targetVm.push_back(!vm.isEmpty() && c.clip.vocoder == vm);
            t.scores.push_back(s[std::size_t(i)]);
        }
    }
    return t;
}

PooledEerTable tracePooledEer(const TraceBackend &backend, const FingerprintLibrary &library,
                              const std::vector<LabelledEmbedding> &clips, const QSet<QString> &knownAttacks,
                              std::size_t *trials)
{
    const QStringList sources = backend.sources(SourceLevel::Attack);
    QSet<QString> known = knownAttacks;
    if (known.isEmpty()) // as computePooledEer: the attacks of the fingerprints (here, the sources themselves)
        for (const QString &s : sources)
            known.insert(TrialList::fingerprintAttack(s));
    // Per source, its acoustic model and vocoder (as traceTrials reads them).
    QMap<QString, SourceInfo> info;
    for (const SourceInfo &s : library.sources(SourceLevel::Attack))
        info[s.name] = s;
    QStringList am, vm;
    for (const QString &s : sources) {
        const SourceInfo &si = info[s];
        am << si.attributes.value(QStringLiteral("acoustic_model"));
        vm << si.attributes.value(QStringLiteral("vocoder"));
    }
    PooledTrials pooled;
    pooled.reserve(clips.size() * std::size_t(sources.size()));
    for (const LabelledEmbedding &c : clips) {
        const std::vector<double> s = backend.levelScores(SourceLevel::Attack, c.embedding);
        const bool isKnown = known.contains(c.clip.attack);
        for (int i = 0; i < sources.size(); ++i)
            pooled.add(s[std::size_t(i)], isKnown, c.clip.attack == sources[i],
                       !am[i].isEmpty() && c.clip.acousticModel == am[i], !vm[i].isEmpty() && c.clip.vocoder == vm[i]);
    }
    if (pooled.size() == 0) // as computePooledEer on the empty list of traceTrials
        throw Error(Text::tr("the trial list has no scores (column CosScore or score): score the trials "
                                   "before computing pooled EERs"));
    if (trials)
        *trials = pooled.size();
    return pooled.compute(QStringList(known.begin(), known.end()));
}

} // namespace st
