// Fuzz target: score fusion (core/eval/ScoreFusion, docs/evaluation-lab.md). The first input byte picks what is
// fed (byte % 3), the rest is the input:
//   0 a fusion model as JSON text (FusionModel::fromJson): accepted models must survive their writer (toJson read
//     again gives the same JSON) and apply() to finite scores must give a number, never a crash;
//   1 a fusion model file (FusionModel::load, as `fuse apply --model` reads it);
//   2 training data: 1 byte K (1..3 detectors), then float32 scores, one label bit each (trainFusion): it answers
//     st::Error (NaN/inf, too few trials of a class) or a model with finite weights and offset.
// Each reader answers st::Error or a value, never a crash.
#include "FuzzSupport.h"

#include "eval/ScoreFusion.h"

#include <QJsonDocument>

#include <cmath>
#include <cstring>

namespace {

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

void modelJson(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        return;
    st::FusionModel m;
    try {
        m = st::FusionModel::fromJson(d.object(), QStringLiteral("fuzz.json"));
    } catch (const st::Error &) {
        return;
    }
    const QJsonObject j1 = m.toJson();
    st::FusionModel again;
    try {
        again = st::FusionModel::fromJson(j1, QStringLiteral("fuzz.json"));
    } catch (const st::Error &) {
        std::abort(); // the writer wrote what the reader refuses
    }
    if (compact(again.toJson()) != compact(j1))
        std::abort();
    try {
        (void)m.apply(std::vector<double>(std::size_t(m.detectors.size()), 0.5));
    } catch (const st::Error &) {
    }
}

void modelFile(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("fusion.json"));
    try {
        (void)st::FusionModel::load(path);
    } catch (const st::Error &) {
    }
}

void training(const uint8_t *data, size_t size)
{
    if (size < 1)
        return;
    const int k = 1 + data[0] % 3;
    ++data;
    --size;
    const std::size_t perTrial = std::size_t(k) * sizeof(float) + 1;
    const std::size_t n = std::min<std::size_t>(size / perTrial, 256);
    st::FusionScores s;
    for (int j = 0; j < k; ++j)
        s.detectors << QStringLiteral("d%1").arg(j);
    s.scores.assign(std::size_t(k), std::vector<double>(n));
    std::vector<bool> target(n);
    for (std::size_t i = 0; i < n; ++i) {
        const uint8_t *t = data + i * perTrial;
        for (int j = 0; j < k; ++j) {
            float v;
            std::memcpy(&v, t + std::size_t(j) * sizeof(float), sizeof(float));
            s.scores[std::size_t(j)][i] = v;
        }
        target[i] = (t[perTrial - 1] & 1) != 0;
    }
    try {
        const st::FusionTraining r = st::trainFusion(s, target);
        for (double w : r.model.weights)
            if (!std::isfinite(w))
                std::abort();
        if (!std::isfinite(r.model.offset))
            std::abort();
    } catch (const st::Error &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    stfuzz::ensureApp();
    switch (data[0] % 3) {
    case 0: modelJson(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))); break;
    case 1: modelFile(data + 1, size - 1); break;
    default: training(data + 1, size - 1); break;
    }
    return 0;
}
