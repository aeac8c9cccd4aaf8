#include "analysis/ConditionsJudge.h"
#include "analysis/JsonRead.h"

#include "eval/LinearCalibration.h"
#include "util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

namespace st {

namespace {
QJsonValue num(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }
} // namespace

QJsonObject ConditionsJudgement::toJson() const
{
    QJsonObject o{{QStringLiteral("checked"), checked}, {QStringLiteral("inside"), verdict.inside},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(verdict.reasons)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    // The reasons in structured form (kind and figures), so that a display can word them in its language while
    // "reasons" stays the English stored sentence. Absent in analyses stored before they were (read as none).
    if (!verdict.details.isEmpty()) {
        QJsonArray details;
        for (const ValidityReason &r : verdict.details)
            details.append(QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("values"), QJsonArray::fromStringList(r.values)}});
        o.insert(QStringLiteral("reasonDetails"), details);
    }
    if (checked && error.isEmpty())
        o.insert(QStringLiteral("conditions"),
                 QJsonObject{{QStringLiteral("seconds"), num(conditions.seconds)},
                             {QStringLiteral("activeSeconds"), num(conditions.activeSeconds)},
                             {QStringLiteral("bandwidthHz"), num(conditions.bandwidthHz)},
                             {QStringLiteral("codec"), conditions.codec},
                             {QStringLiteral("oodScore"), num(conditions.oodScore)}});
    return o;
}

ConditionsJudgement ConditionsJudgement::fromJson(const QJsonObject &o)
{
    // Strict, like the rest of a stored analysis: a missing "inside" must not read as inside.
    const json::Reader in(o, QStringLiteral("conditions"));
    ConditionsJudgement j;
    j.checked = in.boolean(QStringLiteral("checked"));
    j.verdict.inside = in.boolean(QStringLiteral("inside"));
    j.verdict.reasons = in.strings(QStringLiteral("reasons"));
    j.error = in.optString(QStringLiteral("error"));
    if (in.has(QStringLiteral("reasonDetails"))) {
        const QJsonArray details = in.array(QStringLiteral("reasonDetails"));
        for (const QJsonValue &d : details) {
            // Through a reader, so that an element of the wrong type is refused naming "reasonDetails".
            const json::Reader one(json::Reader(QJsonObject{{QStringLiteral("reasonDetails"), d}}, QStringLiteral("conditions"))
                                       .object(QStringLiteral("reasonDetails")),
                                   QStringLiteral("reason details"));
            j.verdict.details.append(ValidityReason{one.string(QStringLiteral("kind")), one.strings(QStringLiteral("values"))});
        }
    }
    if (in.has(QStringLiteral("conditions"))) {
        const json::Reader c(in.object(QStringLiteral("conditions")), QStringLiteral("measured conditions"));
        j.conditions.seconds = c.number(QStringLiteral("seconds"));
        j.conditions.activeSeconds = c.number(QStringLiteral("activeSeconds"));
        j.conditions.bandwidthHz = c.number(QStringLiteral("bandwidthHz"));
        j.conditions.codec = c.string(QStringLiteral("codec"));
        j.conditions.oodScore = c.number(QStringLiteral("oodScore"));
    }
    return j;
}

ConditionsJudge ConditionsJudge::forManifest(const ModelManifest &m)
{
    ConditionsJudge j;
    try {
        j.m_validity = ValidatedConditions::forManifest(m);
        if (j.m_validity.present)
            j.m_bank = featureBankFor(m, j.m_validity);
    } catch (const Error &e) {
        j.m_validity = {};
        j.m_bank = {};
        j.m_error = e.message();
    }
    return j;
}

ConditionsJudgement ConditionsJudge::judge(const std::vector<float> &clip, int sampleRate, const QString &container,
                                           const QString &sampleFormat, const std::vector<float> &embedding) const
{
    ConditionsJudgement r;
    if (!present())
        return r;
    r.checked = true;
    auto fail = [&r](const QString &msg) {
        r.error = msg;
        r.verdict.inside = false;
        r.verdict.reasons = {QObject::tr("the validated conditions could not be checked: %1").arg(msg)};
    };
    if (!m_error.isEmpty()) {
        fail(m_error);
        return r;
    }
    r.conditions = measureClip(clip, sampleRate);
    r.conditions.codec = codecFromContainer(container, sampleFormat);
    try {
        if (!m_bank.empty() && !embedding.empty())
            r.conditions.oodScore = m_bank.knnCosine(embedding, m_validity.oodK);
    } catch (const Error &e) {
        const QString where = QFileInfo(m_validity.path).absoluteDir().filePath(m_validity.oodBank);
        fail(e.message().contains(where) ? e.message() : QStringLiteral("%1: %2").arg(where, e.message()));
        return r;
    }
    r.verdict = assess(m_validity, r.conditions);
    return r;
}

double DetectionLr::log10Lr() const { return llr / std::log(10.0); }

QJsonObject DetectionLr::toJson() const
{
    QJsonObject o{{QStringLiteral("due"), due}, {QStringLiteral("given"), given}};
    if (given) {
        o.insert(QStringLiteral("llr"), num(llr));
        o.insert(QStringLiteral("log10_lr"), num(log10Lr()));
        o.insert(QStringLiteral("lr"), num(std::exp(llr)));
        o.insert(QStringLiteral("verbal"), verbal);
    }
    if (!withheldReasons.isEmpty())
        o.insert(QStringLiteral("withheldReasons"), QJsonArray::fromStringList(withheldReasons));
    if (!calibration.isEmpty())
        o.insert(QStringLiteral("calibration"), calibration);
    return o;
}

DetectionLr DetectionLr::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("detection LR"));
    DetectionLr l;
    l.due = in.boolean(QStringLiteral("due"));
    l.given = in.boolean(QStringLiteral("given"));
    if (l.given) {
        l.llr = in.number(QStringLiteral("llr"));
        l.verbal = in.string(QStringLiteral("verbal"));
    }
    if (in.has(QStringLiteral("withheldReasons")))
        l.withheldReasons = in.strings(QStringLiteral("withheldReasons"));
    l.calibration = in.optString(QStringLiteral("calibration"));
    return l;
}

DetectionLr detectionLr(const ConditionsJudge &judge, const ConditionsJudgement &j, double score)
{
    DetectionLr l;
    l.due = judge.calibrated() || !judge.error().isEmpty();
    if (!l.due)
        return l;
    const ValidatedConditions &v = judge.validity();
    if (judge.calibrated())
        l.calibration = QObject::tr("%1 (SHA-256 %2; %3 bona fide / %4 spoofed trials; Cllr %5 bits)")
                            .arg(v.calibrationProtocol, v.calibrationSha256)
                            .arg(v.calibrationTargets)
                            .arg(v.calibrationNontargets)
                            .arg(v.calibrationCllr, 0, 'f', 3);
    if (!judge.error().isEmpty())
        l.withheldReasons = {QObject::tr("the validated conditions could not be checked: %1").arg(judge.error())};
    else if (!j.verdict.inside)
        l.withheldReasons = j.verdict.reasons;
    else if (!std::isfinite(score))
        l.withheldReasons = {QObject::tr("the score is not a finite number")};
    else {
        l.given = true;
        l.llr = v.llr(score);
        l.verbal = verbalEquivalentForLlr(l.llr);
    }
    return l;
}

} // namespace st
