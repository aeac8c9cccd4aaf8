// The entry point of an evaluation run (runEvaluation dispatches on the mode) and the metrics of one
// target/non-target split, shared by every mode. The modes, inputs and outputs live in the other
// Evaluation*.cpp files (listed in EvaluationRunPrivate.h).
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "eval/MetricsJson.h"
#include "eval/SortedScores.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationRun)
};
} // namespace

namespace evalrun {

SplitMetrics splitMetrics(const QString &level, const QString &subset, const std::vector<double> &tar,
                          const std::vector<double> &non, const DcfParams &dcf)
{
    SplitMetrics m;
    m.level = level;
    m.subset = subset;
    m.targets = tar.size();
    m.nontargets = non.size();
    if (tar.empty() || non.empty()) {
        m.eer = m.rocchEer = m.cllr = m.minCllr = kNaN;
        m.minDcf.dcf = m.minDcf.threshold = m.minDcf.pmiss = m.minDcf.pfa = kNaN;
        return m;
    }
    const SortedScores sorted(tar, non);
    const EerDcf ed = computeEerDcf(sorted, dcf);
    m.eer = ed.eer.eer;
    m.minDcf = ed.minDcf;
    m.rocchEer = rocchEer(sorted);
    m.cllr = cllr(tar, non);
    m.minCllr = minCllr(sorted);
    return m;
}

QJsonObject splitJson(const SplitMetrics &m, const DcfParams &dcf)
{
    return QJsonObject{{QStringLiteral("level"), m.level},
                       {QStringLiteral("subset"), m.subset},
                       {QStringLiteral("n_target"), double(m.targets)},
                       {QStringLiteral("n_nontarget"), double(m.nontargets)},
                       {QStringLiteral("eer"), num(m.eer)},
                       {QStringLiteral("eer_percent"), num(m.eer * 100.0)},
                       {QStringLiteral("rocch_eer"), num(m.rocchEer)},
                       {QStringLiteral("min_dcf"), QJsonObject{{QStringLiteral("value"), num(m.minDcf.dcf)},
                                                               {QStringLiteral("threshold"), num(m.minDcf.threshold)},
                                                               {QStringLiteral("pmiss"), num(m.minDcf.pmiss)},
                                                               {QStringLiteral("pfa"), num(m.minDcf.pfa)},
                                                               {QStringLiteral("p_target"), dcf.pTarget},
                                                               {QStringLiteral("c_miss"), dcf.cMiss},
                                                               {QStringLiteral("c_fa"), dcf.cFa}}},
                       {QStringLiteral("cllr_bits"), num(m.cllr)},
                       {QStringLiteral("min_cllr_bits"), num(m.minCllr)}};
}

SubsetScores subsetScores(const TrialList &trials, const QSet<QString> &known, UnknownTrials rule, int level)
{
    const std::vector<char> *flags[3] = {&trials.targetAtk, &trials.targetAm, &trials.targetVm};
    const std::vector<char> &target = *flags[level];
    const std::vector<char> &unknownTarget = rule == UnknownTrials::AttackTargets ? trials.targetAtk : target;
    SubsetScores s;
    for (std::size_t i = 0; i < trials.size(); ++i) {
        const double v = trials.scores[i];
        const bool isKnown = known.contains(trials.attacks[int(i)]);
        if (isKnown)
            (target[i] ? s.kt : s.kn).push_back(v);
        if (!isKnown || unknownTarget[i])
            (target[i] ? s.ut : s.un).push_back(v);
    }
    return s;
}

} // namespace evalrun

QString evaluationModeName(EvaluationMode m)
{
    switch (m) {
    case EvaluationMode::Detection:
        return QStringLiteral("detection");
    case EvaluationMode::Trace:
        return QStringLiteral("trace");
    case EvaluationMode::Trials:
        return QStringLiteral("trials");
    }
    return {};
}

EvaluationResult runEvaluation(const EvaluationOptions &options, const EvaluationCallbacks &callbacks)
{
    const evalrun::Reporter progress{callbacks};
    switch (options.mode) {
    case EvaluationMode::Detection:
        return evalrun::runDetection(options, progress);
    case EvaluationMode::Trace:
        return evalrun::runTrace(options, progress);
    case EvaluationMode::Trials:
        return evalrun::runTrials(options, progress);
    }
    throw Error(Text::tr("unknown evaluation mode"));
}

} // namespace st
