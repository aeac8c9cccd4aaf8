// Trials mode of an evaluation run: a STOPA trial list with a score column gives the pooled known/unknown EER
// table and the metrics of each level.
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "eval/MetricsJson.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDir>

namespace st::evalrun {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationTrials)
};
} // namespace

EvaluationResult runTrials(const EvaluationOptions &o, const Reporter &progress)
{
    if (o.trials.isEmpty())
        throw Error(Text::tr("trials mode needs a STOPA trial list (--trials)"));
    progress(0.0, Text::tr("reading the trial list"));
    const TrialList trials = readStopaTrials(o.trials);
    if (!trials.hasScores())
        throw Error(o.trials, Text::tr("the trial list has no score column (CosScore or score)"));
    progress.check();
    progress(0.5, Text::tr("metrics"));
    EvaluationResult r;
    r.mode = EvaluationMode::Trials;
    const QSet<QString> known = trials.fingerprintAttacks();
    r.pooled = computePooledEer(trials, known, o.unknownRule);
    r.knownAttacks = r.pooled.knownAttacks;
    QSet<QString> unknown;
    for (const QString &a : trials.attacks)
        if (!known.contains(a))
            unknown.insert(a);
    r.unknownAttacks = QStringList(unknown.begin(), unknown.end());
    r.unknownAttacks.sort();
    QJsonArray levels;
    for (int l = 0; l < 3; ++l) {
        const SubsetScores s = subsetScores(trials, known, o.unknownRule, l);
        const QString name = QLatin1String(kLevelNames[l]);
        r.metrics.push_back(splitMetrics(name, QStringLiteral("known"), s.kt, s.kn, o.dcf));
        r.metrics.push_back(splitMetrics(name, QStringLiteral("unknown"), s.ut, s.un, o.dcf));
        levels.append(QJsonObject{{QStringLiteral("level"), name},
                                  {QStringLiteral("known"), splitJson(r.metrics[r.metrics.size() - 2], o.dcf)},
                                  {QStringLiteral("unknown"), splitJson(r.metrics.back(), o.dcf)}});
        r.scoreSets.push_back({name + QStringLiteral(" known"), s.kt, s.kn, false});
        r.scoreSets.push_back({name + QStringLiteral(" unknown"), s.ut, s.un, false});
    }
    r.json = QJsonObject{{QStringLiteral("mode"), QStringLiteral("trials")},
                         {QStringLiteral("inputs"), inputsJson(o)},
                         {QStringLiteral("n_trials"), double(trials.size())},
                         {QStringLiteral("unknown_rule"), o.unknownRule == UnknownTrials::AttackTargets
                                                              ? QStringLiteral("attack-targets")
                                                              : QStringLiteral("level-targets")},
                         {QStringLiteral("unknown_attacks"), QJsonArray::fromStringList(r.unknownAttacks)},
                         {QStringLiteral("pooled_eer"), toJson(r.pooled)},
                         {QStringLiteral("levels"), levels}};
    if (!o.outDir.isEmpty()) {
        makeOutDir(o.outDir);
        writeStopaPooledEer(o.outDir, r.pooled);
        r.writtenFiles << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_kn.csv"))
                       << QDir(o.outDir).absoluteFilePath(QStringLiteral("pooled_eer_ukn.csv"));
        writeCommonOutputs(r, o);
    }
    progress(1.0, Text::tr("done"));
    return r;
}

} // namespace st::evalrun
