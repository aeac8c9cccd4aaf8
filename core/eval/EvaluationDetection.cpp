// Detection mode of an evaluation run: bona fide vs spoof from a clip protocol and a score file (higher = more
// bona fide): pooled, per-attack and per-codec metrics, detection_eer.csv.
#include "eval/EvaluationRun.h"
#include "eval/EvaluationRunPrivate.h"

#include "eval/MetricsJson.h"
#include "eval/Protocol.h"
#include "eval/ScoreFile.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QMap>

namespace st::evalrun {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::EvaluationDetection)
};
} // namespace

EvaluationResult runDetection(const EvaluationOptions &o, const Reporter &progress)
{
    if (o.protocol.isEmpty() || o.scores.isEmpty())
        throw Error(Text::tr("detection needs a protocol (--protocol) and a score file (--scores)"));
    progress(0.0, Text::tr("reading the protocol"));
    const std::vector<LabelledClip> clips = readClipProtocol(o.protocol);
    progress(0.2, Text::tr("reading the scores"));
    ScoreFile sf;
    sf.byFile = readDetectionScores(o.scores);
    const std::vector<double> scores = sf.forClips(clips, o.scores);
    progress.check();
    progress(0.4, Text::tr("metrics"));

    EvaluationResult r;
    r.mode = EvaluationMode::Detection;
    r.detection = evaluateDetection(clips, scores);
    std::vector<double> bona, spoof;
    QMap<QString, std::vector<double>> byAttack;
    for (std::size_t i = 0; i < clips.size(); ++i) {
        if (clips[i].isBonafide) {
            bona.push_back(scores[i]);
        } else {
            spoof.push_back(scores[i]);
            byAttack[clips[i].attack].push_back(scores[i]);
        }
    }
    r.metrics.push_back(splitMetrics(QStringLiteral("pooled"), QStringLiteral("all"), bona, spoof, o.dcf));
    r.scoreSets.push_back({QStringLiteral("pooled"), bona, spoof, false});
    for (auto it = byAttack.cbegin(); it != byAttack.cend(); ++it) {
        r.metrics.push_back(splitMetrics(it.key(), QStringLiteral("attack"), bona, it.value(), o.dcf));
        r.scoreSets.push_back({QStringLiteral("bonafide vs %1").arg(it.key()), bona, it.value(), false});
    }
    r.knownAttacks = byAttack.keys();

    QJsonArray perAttack;
    for (std::size_t i = 1; i < r.metrics.size(); ++i)
        perAttack.append(splitJson(r.metrics[i], o.dcf));
    r.json = QJsonObject{{QStringLiteral("mode"), QStringLiteral("detection")},
                         {QStringLiteral("inputs"), inputsJson(o)},
                         {QStringLiteral("n_clips"), double(clips.size())},
                         {QStringLiteral("n_bonafide"), double(bona.size())},
                         {QStringLiteral("n_spoof"), double(spoof.size())},
                         {QStringLiteral("targets"), QStringLiteral("bona fide (higher score = more bona fide)")},
                         {QStringLiteral("pooled"), splitJson(r.metrics.front(), o.dcf)},
                         {QStringLiteral("per_attack_metrics"), perAttack},
                         {QStringLiteral("detection"), toJson(r.detection)}};

    if (!o.outDir.isEmpty()) {
        progress(0.8, Text::tr("writing %1").arg(o.outDir));
        makeOutDir(o.outDir);
        QString t = QStringLiteral("condition,kind,eer_percent,rocch_eer_percent,threshold,n_bonafide,n_spoof,"
                                   "bonafide_pooled\n");
        const auto row = [&](const DetectionRow &d, const QString &kind) {
            t += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                     .arg(csvField(d.condition), kind, csvNum(d.eer.eer * 100.0, 6), csvNum(d.rocchEer * 100.0, 6),
                          csvNum(d.eer.threshold, 10))
                     .arg(d.bonafide)
                     .arg(d.spoof)
                     .arg(d.bonafidePooled ? QStringLiteral("true") : QStringLiteral("false"));
        };
        row(r.detection.pooled, QStringLiteral("pooled"));
        for (const DetectionRow &d : r.detection.perAttack)
            row(d, QStringLiteral("attack"));
        for (const DetectionRow &d : r.detection.perCodec)
            row(d, QStringLiteral("codec"));
        writeOut(r, o.outDir, QStringLiteral("detection_eer.csv"), t.toUtf8());
        writeCommonOutputs(r, o);
    }
    progress(1.0, Text::tr("done"));
    return r;
}

} // namespace st::evalrun
