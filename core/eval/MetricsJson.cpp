#include "eval/MetricsJson.h"

#include "eval/SortedScores.h"

#include <QJsonArray>

#include <cmath>

namespace st {

namespace {

QJsonValue num(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(num(x));
    return a;
}

QJsonObject pooledRow(const PooledEerRow &r)
{
    return QJsonObject{{QStringLiteral("level"), r.level},
                       {QStringLiteral("eer"), num(r.eer)},
                       {QStringLiteral("eer_percent"), num(r.eer * 100)},
                       {QStringLiteral("eer_threshold"), num(r.threshold)},
                       {QStringLiteral("rocch_eer"), num(r.rocchEer)},
                       {QStringLiteral("n_target"), double(r.targets)},
                       {QStringLiteral("n_nontarget"), double(r.nontargets)}};
}

QJsonObject detectionRow(const DetectionRow &r)
{
    QJsonObject o{{QStringLiteral("condition"), r.condition},
                  {QStringLiteral("eer"), num(r.eer.eer)},
                  {QStringLiteral("eer_percent"), num(r.eer.eer * 100)},
                  {QStringLiteral("eer_threshold"), num(r.eer.threshold)},
                  {QStringLiteral("rocch_eer"), num(r.rocchEer)},
                  {QStringLiteral("n_bonafide"), double(r.bonafide)},
                  {QStringLiteral("n_spoof"), double(r.spoof)}};
    if (r.bonafidePooled)
        o.insert(QStringLiteral("bonafide_pooled"), true);
    return o;
}

} // namespace

QJsonObject toJson(const EerResult &r)
{
    return QJsonObject{{QStringLiteral("eer"), num(r.eer)},
                       {QStringLiteral("eer_percent"), num(r.eer * 100)},
                       {QStringLiteral("threshold"), num(r.threshold)},
                       {QStringLiteral("pmiss"), num(r.pmiss)},
                       {QStringLiteral("pfa"), num(r.pfa)}};
}

QJsonObject toJson(const DcfResult &r, const DcfParams &p)
{
    return QJsonObject{{QStringLiteral("value"), num(r.dcf)},
                       {QStringLiteral("threshold"), num(r.threshold)},
                       {QStringLiteral("pmiss"), num(r.pmiss)},
                       {QStringLiteral("pfa"), num(r.pfa)},
                       {QStringLiteral("p_target"), p.pTarget},
                       {QStringLiteral("c_miss"), p.cMiss},
                       {QStringLiteral("c_fa"), p.cFa}};
}

QJsonObject toJson(const OodResult &r)
{
    return QJsonObject{{QStringLiteral("auroc"), num(r.auroc)},
                       {QStringLiteral("fpr_at_95_tpr"), num(r.fprAt95Tpr)},
                       {QStringLiteral("threshold_at_95_tpr"), num(r.thresholdAt95Tpr)},
                       {QStringLiteral("eer"), num(r.eer)},
                       {QStringLiteral("positive_class"), QStringLiteral("in-distribution")}};
}

QJsonObject toJson(const ClassificationReport &r)
{
    QJsonArray classes, perClass, matrix;
    for (int c = 0; c < r.classes.size(); ++c) {
        classes.append(r.classes[c]);
        const std::size_t i = std::size_t(c);
        perClass.append(QJsonObject{{QStringLiteral("class"), r.classes[c]},
                                    {QStringLiteral("precision"), r.precision[i]},
                                    {QStringLiteral("recall"), r.recall[i]},
                                    {QStringLiteral("f1"), r.f1[i]},
                                    {QStringLiteral("support"), double(r.support[i])}});
        QJsonArray row;
        for (std::size_t n : r.confusion[i])
            row.append(double(n));
        matrix.append(row);
    }
    return QJsonObject{{QStringLiteral("accuracy"), r.accuracy},
                       {QStringLiteral("macro_f1"), r.macroF1},
                       {QStringLiteral("n"), double(r.total)},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("per_class"), perClass},
                       {QStringLiteral("confusion_matrix"),
                        QJsonObject{{QStringLiteral("rows"), QStringLiteral("true")},
                                    {QStringLiteral("columns"), QStringLiteral("predicted")},
                                    {QStringLiteral("counts"), matrix}}}};
}

QJsonObject toJson(const LinearCalibration &c)
{
    return QJsonObject{{QStringLiteral("a"), c.a},
                       {QStringLiteral("b"), c.b},
                       {QStringLiteral("llr"), QStringLiteral("a * score + b (natural log)")},
                       {QStringLiteral("p_target"), c.pTarget},
                       {QStringLiteral("iterations"), c.iterations},
                       {QStringLiteral("converged"), c.converged},
                       {QStringLiteral("separable"), c.separable}};
}

QJsonObject toJson(const CalibrationReport &r)
{
    return QJsonObject{{QStringLiteral("calibration"), toJson(r.calibration)},
                       {QStringLiteral("dev_cllr_raw_bits"), num(r.devCllrRaw)},
                       {QStringLiteral("dev_cllr_calibrated_bits"), num(r.devCllrCalibrated)},
                       {QStringLiteral("eval_cllr_raw_bits"), num(r.evalCllrRaw)},
                       {QStringLiteral("eval_cllr_calibrated_bits"), num(r.evalCllrCalibrated)},
                       {QStringLiteral("eval_min_cllr_bits"), num(r.evalMinCllr)}};
}

QJsonObject toJson(const PooledEerTable &t)
{
    QJsonArray kn, ukn;
    for (const auto &r : t.known)
        kn.append(pooledRow(r));
    for (const auto &r : t.unknown)
        ukn.append(pooledRow(r));
    return QJsonObject{{QStringLiteral("known_attacks"), QJsonArray::fromStringList(t.knownAttacks)},
                       {QStringLiteral("known"), kn},
                       {QStringLiteral("unknown"), ukn},
                       {QStringLiteral("eer_definition"), QStringLiteral("ASVspoof/STOPA reference compute_eer")}};
}

QJsonObject toJson(const DetectionReport &r)
{
    QJsonArray att, codec;
    for (const auto &row : r.perAttack)
        att.append(detectionRow(row));
    for (const auto &row : r.perCodec)
        codec.append(detectionRow(row));
    return QJsonObject{{QStringLiteral("pooled"), detectionRow(r.pooled)},
                       {QStringLiteral("per_attack"), att},
                       {QStringLiteral("per_codec"), codec},
                       {QStringLiteral("score_convention"), QStringLiteral("higher = more bona fide")}};
}

QJsonObject scoreMetricsJson(const std::vector<double> &targets, const std::vector<double> &nontargets,
                             const DcfParams &params)
{
    const SortedScores sorted(targets, nontargets); // one sort for EER, minDCF, ROCCH and minCllr
    const EerDcf ed = computeEerDcf(sorted, params);
    return QJsonObject{{QStringLiteral("n_target"), double(targets.size())},
                       {QStringLiteral("n_nontarget"), double(nontargets.size())},
                       {QStringLiteral("eer"), toJson(ed.eer)},
                       {QStringLiteral("rocch_eer"), num(rocchEer(sorted))},
                       {QStringLiteral("min_dcf"), toJson(ed.minDcf, params)},
                       {QStringLiteral("cllr_bits"), num(cllr(targets, nontargets))},
                       {QStringLiteral("min_cllr_bits"), num(minCllr(sorted))}};
}

} // namespace st
