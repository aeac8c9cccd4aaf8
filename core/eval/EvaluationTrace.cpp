// Trace mode of an evaluation run (source tracing, open set): the clips and their labels (from a protocol or the
// file names), the seeded enrolment/dev/test split per attack, enrolment and scoring of every level's sources,
// the pooled tables, per-level metrics and calibration, and the trace-only outputs (split.csv, trial_scores.csv).
// Attribution and OOD scores: EvaluationOpenSet.cpp.
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "eval/CosineScoring.h"
#include "eval/KnnScoring.h"
#include "eval/MahalanobisScoring.h"
#include "eval/MetricsJson.h"
#include "eval/Protocol.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <cmath>
#include <memory>

namespace st::evalrun {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationTrace)
};
} // namespace

namespace {

std::unique_ptr<ScoringBackend> makeBackend(const EvaluationOptions &o)
{
    const QString b = o.backend.toLower();
    if (b == QLatin1String("cosine"))
        return std::make_unique<CosineScoring>();
    if (b == QLatin1String("mahalanobis"))
        return std::make_unique<MahalanobisScoring>(o.shrinkage);
    if (b == QLatin1String("knn"))
        return std::make_unique<KnnScoring>(o.knnK);
    throw Error(Text::tr("unknown scoring back-end '%1' (use cosine, mahalanobis or knn)").arg(o.backend));
}

/// SplitMix64: a small, fully specified generator, so that a seed gives the same split on every platform
/// (std::shuffle's algorithm is implementation-defined).
struct SplitMix64
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

void seededShuffle(std::vector<int> &v, std::uint64_t seed)
{
    SplitMix64 g{seed};
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[std::size_t(g.next() % i)]);
}

std::uint64_t stringHash(const QString &s)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a, stable across runs (qHash is seeded per process)
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

QString roleName(TraceItem::Role r)
{
    return r == TraceItem::Enrol ? QStringLiteral("enrol") : r == TraceItem::Dev ? QStringLiteral("dev")
                                                                                 : QStringLiteral("test");
}

void appendTrial(TrialList &t, const QString &file, const QString &source, const QString &attack, bool atk, bool am,
                 bool vm, double score)
{
    t.files << file;
    t.fingerprints << source;
    t.attacks << attack;
    t.targetAtk.push_back(atk ? 1 : 0);
    t.targetAm.push_back(am ? 1 : 0);
    t.targetVm.push_back(vm ? 1 : 0);
    t.scores.push_back(score);
}

void checkTraceOptions(const EvaluationOptions &o)
{
    if (o.embeddings.isEmpty())
        throw Error(Text::tr("trace needs embeddings (--embeddings: an `embed` npy folder or a CSV)"));
    if (o.protocol.isEmpty() && !o.attackFromFilename)
        throw Error(Text::tr("trace needs a protocol (--protocol) or --attack-from-filename"));
    if (!(o.enrolFraction > 0.0 && o.enrolFraction < 1.0))
        throw Error(Text::tr("the enrolment fraction must lie strictly between 0 and 1 (got %1)")
                        .arg(o.enrolFraction));
    if (o.calibrate && !(o.devFraction > 0.0 && o.devFraction < 1.0))
        throw Error(Text::tr("the dev fraction must lie strictly between 0 and 1 (got %1)").arg(o.devFraction));
}

/// The evaluated clips of a trace run, each with its embedding row and labels.
struct TraceClips
{
    std::vector<TraceItem> items;
    std::size_t bonafideSkipped = 0;
};

/// The protocol's spoofed clips that have an embedding (matched by exact name, else by unique base name).
TraceClips clipsFromProtocol(const EvaluationOptions &o, const Embeddings &emb, const Reporter &progress)
{
    TraceClips tc;
    const std::vector<LabelledClip> clips = readClipProtocol(o.protocol);
    // Names are unique (the readers refuse duplicates). A base name shared by two embeddings is ambiguous
    // (-2): a clip may then only match exactly. An embedding row taken by two clips is refused.
    QHash<QString, int> exact, byBase;
    for (int i = 0; i < emb.names.size(); ++i) {
        exact.insert(emb.names[i], i);
        const QString base = QFileInfo(emb.names[i]).completeBaseName();
        byBase.insert(base, byBase.contains(base) ? -2 : i);
    }
    QHash<int, QString> rowUsedBy;
    QStringList missing;
    for (const LabelledClip &c : clips) {
        if (c.isBonafide) {
            ++tc.bonafideSkipped;
            continue;
        }
        int row = exact.value(c.file, -1);
        if (row < 0)
            row = byBase.value(QFileInfo(c.file).completeBaseName(), -1);
        if (row == -2)
            throw Error(emb.namesFile, Text::tr("clip '%1' of the protocol has no embedding of that exact "
                                                      "name and its base name '%2' matches several: use the "
                                                      "protocol's names")
                                           .arg(c.file, QFileInfo(c.file).completeBaseName()));
        if (row < 0) {
            missing << c.file;
            continue;
        }
        if (rowUsedBy.contains(row))
            throw Error(emb.namesFile, Text::tr("embedding '%1' would count for two clips of the protocol "
                                                      "('%2' and '%3'): use the protocol's names")
                                           .arg(emb.names[row], rowUsedBy[row], c.file));
        rowUsedBy.insert(row, c.file);
        TraceItem it;
        it.file = c.file;
        it.label[0] = c.attack;
        it.label[1] = c.acousticModel;
        it.label[2] = c.vocoder;
        it.row = row;
        tc.items.push_back(it);
    }
    if (!missing.isEmpty() && tc.items.empty())
        throw Error(o.embeddings, Text::tr("none of the protocol's %1 spoofed clips has an embedding here "
                                                 "(first: '%2'); do the names match the protocol's file column?")
                                      .arg(missing.size())
                                      .arg(missing.first()));
    // Clips without an embedding are left out and counted (a partial `embed` run is a normal lab state).
    if (!missing.isEmpty())
        progress(0.05, Text::tr("%1 protocol clips have no embedding: left out").arg(missing.size()));
    return tc;
}

/// --attack-from-filename: every embedding is a clip whose attack is its file name up to the first '_'.
TraceClips clipsFromFileNames(const Embeddings &emb)
{
    TraceClips tc;
    for (int i = 0; i < emb.names.size(); ++i) {
        const QString base = QFileInfo(emb.names[i]).fileName();
        const int cut = base.indexOf(QLatin1Char('_'));
        if (cut <= 0)
            throw Error(emb.namesFile, Text::tr("--attack-from-filename: '%1' has no '_' after an attack "
                                                      "name (expected e.g. A05_LA_T_123.flac)")
                                           .arg(emb.names[i]),
                        emb.nameLines.empty() ? 0 : emb.nameLines[std::size_t(i)]);
        TraceItem it;
        it.file = emb.names[i];
        it.label[0] = base.left(cut);
        it.row = i;
        tc.items.push_back(it);
    }
    return tc;
}

/// Sorts the attacks into r.knownAttacks and r.unknownAttacks (the held-out ones must occur); returns the
/// items of each attack.
QMap<QString, std::vector<int>> partitionAttacks(const std::vector<TraceItem> &items, const EvaluationOptions &o,
                                                 EvaluationResult &r)
{
    QMap<QString, std::vector<int>> byAttack;
    for (int i = 0; i < int(items.size()); ++i)
        byAttack[items[std::size_t(i)].label[0]].push_back(i);
    for (const QString &u : o.unknownAttacks)
        if (!byAttack.contains(u))
            throw Error(Text::tr("unknown attack '%1' does not occur among the evaluated clips (attacks: %2)")
                            .arg(u, QStringList(byAttack.keys()).join(QStringLiteral(", "))));
    const QSet<QString> unknownSet(o.unknownAttacks.begin(), o.unknownAttacks.end());
    for (const QString &a : byAttack.keys())
        (unknownSet.contains(a) ? r.unknownAttacks : r.knownAttacks) << a;
    if (r.knownAttacks.isEmpty())
        throw Error(Text::tr("every attack is held out as unknown: at least one must be known (enrolled)"));
    return byAttack;
}

/// Seeded split, per attack so that adding an attack never changes another attack's split: a known attack's
/// clips go to enrolment (enrolFraction) and test, the test part again to dev (devFraction) when calibrating.
void splitRoles(std::vector<TraceItem> &items, const QMap<QString, std::vector<int>> &byAttack,
                const QSet<QString> &known, const EvaluationOptions &o, EvaluationResult &r)
{
    for (auto it = byAttack.cbegin(); it != byAttack.cend(); ++it) {
        std::vector<int> idx = it.value();
        seededShuffle(idx, o.seed ^ stringHash(it.key()));
        std::size_t nEnrol = 0;
        if (known.contains(it.key())) {
            if (idx.size() < 2)
                throw Error(Text::tr("attack '%1' has %n clip(s): a known attack needs at least 2 (enrolment "
                                           "and test)",
                                           nullptr, int(idx.size()))
                                .arg(it.key()));
            nEnrol = std::clamp<std::size_t>(std::size_t(std::llround(o.enrolFraction * double(idx.size()))), 1,
                                             idx.size() - 1);
        }
        const std::size_t nTest = idx.size() - nEnrol;
        std::size_t nDev = 0;
        if (o.calibrate && nTest >= 2)
            nDev = std::clamp<std::size_t>(std::size_t(std::llround(o.devFraction * double(nTest))), 1, nTest - 1);
        for (std::size_t k = 0; k < idx.size(); ++k) {
            TraceItem &ti = items[std::size_t(idx[k])];
            ti.role = k < nEnrol ? TraceItem::Enrol : k < nEnrol + nDev ? TraceItem::Dev : TraceItem::Test;
            if (ti.role == TraceItem::Enrol)
                ++r.enrolClips;
            else if (ti.role == TraceItem::Dev)
                ++r.devClips;
            else
                ++r.testClips;
        }
    }
}

/// Levels present: a level takes part when the protocol labels every evaluated clip at it.
std::vector<int> labelledLevels(const std::vector<TraceItem> &items)
{
    std::vector<int> levels;
    for (int l = 0; l < 3; ++l) {
        const bool all = std::all_of(items.begin(), items.end(), [l](const TraceItem &t) {
            return !t.label[l].isEmpty();
        });
        if (all)
            levels.push_back(l);
    }
    return levels;
}

/// The trials of a trace run: one list per level (PerLevel) or one list with three flags (PerAttack), per part
/// (dev / test), and every clip's scores against the attack sources (attribution).
struct TraceTrials
{
    int nLists = 0;
    std::vector<TrialList> test, dev;
    std::vector<QStringList> sources;            ///< per list, the enrolled sources
    std::vector<std::vector<double>> atkScores; ///< per item, scores against the attack sources
    QStringList atkSources;
};

/// Enrols the enrolment clips at each list's level and scores every other clip against every source.
TraceTrials scoreTrials(const EvaluationOptions &o, ScoringBackend &backend, const Embeddings &emb,
                        const std::vector<TraceItem> &items, const std::vector<int> &levels, const Reporter &progress)
{
    TraceTrials tr;
    tr.nLists = o.grouping == FingerprintGrouping::PerLevel ? int(levels.size()) : 1;
    const std::size_t nl = std::size_t(tr.nLists);
    tr.test.resize(nl);
    tr.dev.resize(nl);
    tr.sources.resize(nl);
    tr.atkScores.resize(items.size());
    QMap<QString, QString> componentOf[3]; // PerAttack: attack -> its acoustic model / vocoder
    for (const TraceItem &t : items)
        for (int l = 1; l < 3; ++l)
            if (t.role == TraceItem::Enrol && !componentOf[l].contains(t.label[0]))
                componentOf[l].insert(t.label[0], t.label[l]);

    const double scoreShare = 0.8 / tr.nLists;
    for (int li = 0; li < tr.nLists; ++li) {
        const int level = o.grouping == FingerprintGrouping::PerLevel ? levels[std::size_t(li)] : 0;
        EnrolmentSet set;
        for (const TraceItem &t : items)
            if (t.role == TraceItem::Enrol)
                set.bySource[t.label[level]].push_back(emb.rows[std::size_t(t.row)]);
        progress(0.1 + scoreShare * li, Text::tr("enrolling %1 sources at %2")
                                             .arg(set.bySource.size())
                                             .arg(QLatin1String(kLevelNames[level])));
        try {
            backend.enrol(set);
        } catch (const Error &e) {
            throw Error(o.embeddings, e.cause());
        }
        const QStringList sources = backend.sources();
        tr.sources[std::size_t(li)] = sources;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const TraceItem &t = items[i];
            if (t.role == TraceItem::Enrol)
                continue;
            if ((i & 63) == 0) {
                progress.check();
                progress(0.1 + scoreShare * (li + double(i) / double(items.size())),
                         Text::tr("scoring %1").arg(QLatin1String(kLevelNames[level])));
            }
            const std::vector<double> s = backend.scores(emb.rows[std::size_t(t.row)]);
            if (level == 0)
                tr.atkScores[i] = s;
            TrialList &list = t.role == TraceItem::Dev ? tr.dev[std::size_t(li)] : tr.test[std::size_t(li)];
            for (int j = 0; j < sources.size(); ++j) {
                const QString &src = sources[j];
                if (o.grouping == FingerprintGrouping::PerLevel) {
                    const bool tgt = t.label[level] == src;
                    appendTrial(list, t.file, src, t.label[0], tgt, tgt, tgt, s[std::size_t(j)]);
                } else {
                    const auto comp = [&](int l) {
                        const QString c = componentOf[l].value(src);
                        return !c.isEmpty() && c == t.label[l];
                    };
                    appendTrial(list, t.file, src, t.label[0], t.label[0] == src, comp(1), comp(2), s[std::size_t(j)]);
                }
            }
        }
        if (level == 0)
            tr.atkSources = sources;
    }
    return tr;
}

/// The pooled known/unknown tables and every level's metrics (and calibration when asked) into r; returns the
/// levels' entries of metrics.json.
QJsonArray levelResults(const EvaluationOptions &o, const std::vector<int> &levels, const TraceTrials &tr,
                        const QSet<QString> &known, EvaluationResult &r)
{
    QJsonArray levelsJson;
    for (int l : levels) {
        const int li = o.grouping == FingerprintGrouping::PerLevel
                           ? int(std::find(levels.begin(), levels.end(), l) - levels.begin())
                           : 0;
        const int flag = o.grouping == FingerprintGrouping::PerLevel ? 0 : l;
        const UnknownTrials rule = o.grouping == FingerprintGrouping::PerLevel ? UnknownTrials::LevelTargets
                                                                               : o.unknownRule;
        const TrialList &tl = tr.test[std::size_t(li)];
        if (tl.size() == 0)
            throw Error(Text::tr("no test clips: every clip went to enrolment"));
        const PooledEerTable pt = computePooledEer(tl, known, rule);
        PooledEerRow kn = pt.known[std::size_t(flag)], ukn = pt.unknown[std::size_t(flag)];
        kn.level = ukn.level = QLatin1String(kLevelNames[l]);
        r.pooled.known.push_back(kn);
        r.pooled.unknown.push_back(ukn);
        r.pooled.knownAttacks = pt.knownAttacks;

        const QString name = QLatin1String(kLevelNames[l]);
        const SubsetScores s = subsetScores(tl, known, rule, flag);
        r.metrics.push_back(splitMetrics(name, QStringLiteral("known"), s.kt, s.kn, o.dcf));
        r.metrics.push_back(splitMetrics(name, QStringLiteral("unknown"), s.ut, s.un, o.dcf));
        r.scoreSets.push_back({name + QStringLiteral(" known"), s.kt, s.kn, false});
        if (!s.ut.empty() && !r.unknownAttacks.isEmpty())
            r.scoreSets.push_back({name + QStringLiteral(" unknown"), s.ut, s.un, false});
        QJsonObject lj{{QStringLiteral("level"), name},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(tr.sources[std::size_t(li)])},
                       {QStringLiteral("known"), splitJson(r.metrics[r.metrics.size() - 2], o.dcf)},
                       {QStringLiteral("unknown"), splitJson(r.metrics.back(), o.dcf)}};
        if (o.calibrate) {
            const SubsetScores d = subsetScores(tr.dev[std::size_t(li)], known, rule, flag);
            if (d.kt.empty() || d.kn.empty() || s.kt.empty() || s.kn.empty()) {
                // e.g. a level with a single source: no non-targets, nothing to calibrate (its EER is undefined too)
                lj.insert(QStringLiteral("calibration"),
                          QStringLiteral("skipped: the dev or eval part lacks target or non-target trials of known "
                                         "attacks"));
                levelsJson.append(lj);
                continue;
            }
            CalibrationReport cr = calibrateAndEvaluate(d.kt, d.kn, s.kt, s.kn, 0.5);
            r.calibration.push_back({name, cr});
            r.scoreSets.push_back({name + QStringLiteral(" known, calibrated LLR"), cr.calibration.apply(s.kt),
                                   cr.calibration.apply(s.kn), true});
            lj.insert(QStringLiteral("calibration"), toJson(cr));
        }
        levelsJson.append(lj);
    }
    r.hasCalibration = !r.calibration.empty();
    if (o.calibrate && r.calibration.empty())
        throw Error(Text::tr("calibration needs target and non-target trials of known attacks in both the dev "
                                   "and the eval part at some level: too few clips (lower --enrol-fraction?)"));
    return levelsJson;
}

/// metrics.json of a trace run without its attribution and OOD parts.
QJsonObject traceJson(const EvaluationOptions &o, const EvaluationResult &r, const TraceClips &tc,
                      const Embeddings &emb, const QJsonArray &levelsJson)
{
    return QJsonObject{
        {QStringLiteral("mode"), QStringLiteral("trace")},
        {QStringLiteral("inputs"), inputsJson(o)},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("backend"), r.backend},
                     {QStringLiteral("knn_k"), o.knnK},
                     {QStringLiteral("mahalanobis_shrinkage"), o.shrinkage},
                     {QStringLiteral("seed"), QString::number(o.seed)},
                     {QStringLiteral("enrol_fraction"), o.enrolFraction},
                     {QStringLiteral("fingerprints"), o.grouping == FingerprintGrouping::PerLevel
                                                          ? QStringLiteral("per-level")
                                                          : QStringLiteral("per-attack")},
                     {QStringLiteral("unknown_rule"), o.grouping == FingerprintGrouping::PerLevel
                                                          ? QStringLiteral("level-targets")
                                                      : o.unknownRule == UnknownTrials::AttackTargets
                                                          ? QStringLiteral("attack-targets")
                                                          : QStringLiteral("level-targets")},
                     {QStringLiteral("calibrate"), o.calibrate},
                     {QStringLiteral("dev_fraction"),
                      o.calibrate ? QJsonValue(o.devFraction) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("attack_from_filename"), o.attackFromFilename}}},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("clips"), double(tc.items.size())},
                                               {QStringLiteral("bonafide_left_out"), double(tc.bonafideSkipped)},
                                               {QStringLiteral("embeddings"), double(emb.rows.size())},
                                               {QStringLiteral("embedding_dim"), double(emb.rows.front().size())},
                                               {QStringLiteral("enrol"), double(r.enrolClips)},
                                               {QStringLiteral("dev"), double(r.devClips)},
                                               {QStringLiteral("test"), double(r.testClips)}}},
        {QStringLiteral("known_attacks"), QJsonArray::fromStringList(r.knownAttacks)},
        {QStringLiteral("unknown_attacks"), QJsonArray::fromStringList(r.unknownAttacks)},
        {QStringLiteral("pooled_eer"), toJson(r.pooled)},
        {QStringLiteral("levels"), levelsJson}};
}

/// The trace run's folder: STOPA pooled tables, split.csv, trial_scores.csv (when asked), then the common outputs.
void writeTraceOutputs(EvaluationResult &r, const EvaluationOptions &o, const std::vector<TraceItem> &items,
                       const TraceTrials &tr, const std::vector<int> &levels)
{
    makeOutDir(o.outDir);
    writeStopaPooledEer(o.outDir, r.pooled);
    r.writtenFiles << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_kn.csv"))
                   << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_ukn.csv"));
    QString split = QStringLiteral("file,attack,role\n");
    for (const TraceItem &t : items)
        split += csvField(t.file) + QLatin1Char(',') + csvField(t.label[0]) + QLatin1Char(',') + roleName(t.role)
                 + QLatin1Char('\n');
    writeOut(r, o.outDir, QStringLiteral("split.csv"), split.toUtf8());
    if (o.writeTrialScores) {
        QByteArray ts("level,part,file,attack,source,is_target_atk,is_target_am,is_target_vm,score\n");
        for (int li = 0; li < tr.nLists; ++li) {
            const QString lname = o.grouping == FingerprintGrouping::PerLevel
                                      ? QLatin1String(kLevelNames[levels[std::size_t(li)]])
                                      : QStringLiteral("all");
            for (int part = 0; part < 2; ++part) {
                const TrialList &tl = part == 0 ? tr.dev[std::size_t(li)] : tr.test[std::size_t(li)];
                for (std::size_t k = 0; k < tl.size(); ++k)
                    ts += (lname + (part == 0 ? QStringLiteral(",dev,") : QStringLiteral(",test,"))
                           + csvField(tl.files[int(k)]) + QLatin1Char(',') + csvField(tl.attacks[int(k)])
                           + QLatin1Char(',') + csvField(tl.fingerprints[int(k)])
                           + QStringLiteral(",%1,%2,%3,")
                                 .arg(int(tl.targetAtk[k]))
                                 .arg(int(tl.targetAm[k]))
                                 .arg(int(tl.targetVm[k]))
                           + csvNum(tl.scores[k], 9) + QLatin1Char('\n'))
                              .toUtf8();
            }
        }
        writeOut(r, o.outDir, QStringLiteral("trial_scores.csv"), ts);
    }
    writeCommonOutputs(r, o);
}

} // namespace

EvaluationResult runTrace(const EvaluationOptions &o, const Reporter &progress)
{
    checkTraceOptions(o);
    std::unique_ptr<ScoringBackend> backend = makeBackend(o);

    progress(0.0, Text::tr("reading embeddings"));
    const Embeddings emb = readEmbeddings(o.embeddings);
    if (emb.rows.empty())
        throw Error(o.embeddings, Text::tr("no embeddings in the file"));
    progress.check();

    TraceClips tc = o.protocol.isEmpty() ? clipsFromFileNames(emb) : clipsFromProtocol(o, emb, progress);
    EvaluationResult r;
    r.mode = EvaluationMode::Trace;
    r.backend = backend->name();
    const QMap<QString, std::vector<int>> byAttack = partitionAttacks(tc.items, o, r);
    const QSet<QString> known(r.knownAttacks.begin(), r.knownAttacks.end());
    splitRoles(tc.items, byAttack, known, o, r);
    const std::vector<int> levels = labelledLevels(tc.items);

    const TraceTrials tr = scoreTrials(o, *backend, emb, tc.items, levels, progress);
    progress.check();
    progress(0.9, Text::tr("metrics"));

    const QJsonArray levelsJson = levelResults(o, levels, tr, known, r);
    QJsonObject json = traceJson(o, r, tc, emb, levelsJson);
    addAttribution(r, json, tc.items, known, tr.atkScores, tr.atkSources);
    addOodScores(r, json, o, emb, tc.items, known);
    r.json = json;

    if (!o.outDir.isEmpty()) {
        progress(0.95, Text::tr("writing %1").arg(o.outDir));
        writeTraceOutputs(r, o, tc.items, tr, levels);
    }
    progress(1.0, Text::tr("done"));
    return r;
}

} // namespace st::evalrun
