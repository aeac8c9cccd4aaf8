// Trace mode's open-set part: closed-set attribution over the known attacks (argmax over the attack fingerprints),
// open-set detection of unknown attacks from each test clip's best attack score, and the class head's OOD scores
// (MSP, energy, NSD from logits.npy, computed by eval/OodScores.h, the one implementation the library's tracing
// uses too). Known attacks' test clips are in-distribution, unknown attacks' clips OOD.
#include "eval/EvaluationRunPrivate.h"

#include "eval/MetricsJson.h"
#include "eval/OodScores.h"
#include "util/Error.h"

namespace st::evalrun {

void addAttribution(EvaluationResult &r, QJsonObject &json, const std::vector<TraceItem> &items,
                    const QSet<QString> &known, const std::vector<std::vector<double>> &atkScores,
                    const QStringList &atkSources)
{
    QStringList truth, predicted;
    std::vector<double> bestKnown, bestUnknown;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const TraceItem &t = items[i];
        if (t.role != TraceItem::Test || atkScores[i].empty())
            continue;
        const auto best = std::max_element(atkScores[i].begin(), atkScores[i].end());
        if (known.contains(t.label[0])) {
            truth << t.label[0];
            predicted << atkSources[int(best - atkScores[i].begin())];
            bestKnown.push_back(*best);
        } else {
            bestUnknown.push_back(*best);
        }
    }
    if (!truth.isEmpty()) {
        r.classification = ClassificationReport::compute(truth, predicted, r.knownAttacks);
        r.hasClassification = true;
        json.insert(QStringLiteral("closed_set"), toJson(r.classification));
    }
    if (!bestKnown.empty() && !bestUnknown.empty()) {
        r.ood = computeOod(bestKnown, bestUnknown, true);
        r.hasOod = true;
        QJsonObject oj = toJson(r.ood);
        oj.insert(QStringLiteral("score"), QStringLiteral("best attack-fingerprint score; in-distribution = test "
                                                          "clips of known attacks"));
        oj.insert(QStringLiteral("n_in"), double(bestKnown.size()));
        oj.insert(QStringLiteral("n_ood"), double(bestUnknown.size()));
        json.insert(QStringLiteral("open_set"), oj);
    }
}

void addOodScores(EvaluationResult &r, QJsonObject &json, const EvaluationOptions &o, const Embeddings &emb,
                  const std::vector<TraceItem> &items, const QSet<QString> &known)
{
    if (emb.logits.empty() || r.unknownAttacks.isEmpty())
        return;
    // The reference of NSD's kNN cosine: every enrolment clip, sources pooled.
    EnrolmentSet reference;
    for (const TraceItem &t : items)
        if (t.role == TraceItem::Enrol)
            reference.bySource[t.label[0]].push_back(emb.rows[std::size_t(t.row)]);
    OodScorer scorer(o.knnK);
    try {
        scorer.fit(reference);
    } catch (const Error &e) {
        throw Error(o.embeddings, e.cause());
    }
    std::vector<double> in[3], out[3];
    for (const TraceItem &t : items) {
        if (t.role != TraceItem::Test)
            continue;
        const OodScores s = scorer.score(emb.logits[std::size_t(t.row)], emb.rows[std::size_t(t.row)]);
        const double v[3] = {s.msp, s.energy, s.nsd};
        for (int k = 0; k < 3; ++k)
            (known.contains(t.label[0]) ? in[k] : out[k]).push_back(v[k]);
    }
    if (in[0].empty() || out[0].empty())
        return;
    const char *const names[3] = {"msp", "energy", "nsd"};
    QJsonObject scoresJson;
    for (int k = 0; k < 3; ++k) {
        const OodResult res = computeOod(in[k], out[k], true);
        r.oodScores.push_back({QLatin1String(names[k]), res});
        QJsonObject oj = toJson(res);
        oj.insert(QStringLiteral("n_in"), double(in[k].size()));
        oj.insert(QStringLiteral("n_ood"), double(out[k].size()));
        scoresJson.insert(QLatin1String(names[k]), oj);
    }
    scoresJson.insert(QStringLiteral("note"),
                      QStringLiteral("from logits.npy; higher = in-distribution; in = test clips of known "
                                     "attacks, OOD = clips of unknown attacks; nsd = mean of the k largest "
                                     "cosine similarities to the enrolment embeddings x energy (k = knn_k)"));
    json.insert(QStringLiteral("ood_scores"), scoresJson);
}

} // namespace st::evalrun
