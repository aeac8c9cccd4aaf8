// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")

#include "train/Losses.h"
#include "train/Trainer.h"

#include "audio/AudioFile.h"
#include "dataset/TrainingData.h"
#include "eval/Metrics.h"
#include "models/AasistModule.h"
#include "models/ModelManifest.h"
#include "models/Safetensors.h"
#include "models/SpectralModel.h"
#include "models/SpectralNet.h"
#include "BuildInfo.h"
#include "util/Error.h"

#include <Eigen/Dense>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::Trainer) };
} // namespace

namespace st::train {

namespace {

constexpr int kSampleRate = 16000;

// ---------------------------------------------------------------------------------------------- losses

at::Tensor unitRows(const at::Tensor &x) { return x / x.norm(2, {1}, true).clamp_min(1e-12); }

/// Per-row cross-entropy; rows with label < 0 give 0 and are not counted. Returns (sum, count).
std::pair<at::Tensor, int64_t> ceRows(const at::Tensor &logits, const at::Tensor &labels)
{
    const at::Tensor valid = labels.ge(0);
    const int64_t n = valid.sum().item<int64_t>();
    if (n == 0)
        return {logits.sum() * 0.0, 0};
    const at::Tensor safe = at::where(valid, labels, at::zeros_like(labels));
    const at::Tensor nll = -at::log_softmax(logits, 1).gather(1, safe.unsqueeze(1)).squeeze(1);
    return {(nll * valid.to(nll.dtype())).sum(), n};
}

at::Tensor aamLogits(const at::Tensor &cosines, const at::Tensor &labels, double scale, double margin)
{
    const at::Tensor valid = labels.ge(0);
    const at::Tensor safe = at::where(valid, labels, at::zeros_like(labels));
    const at::Tensor c = cosines.clamp(-1 + 1e-7, 1 - 1e-7);
    const at::Tensor target = c.gather(1, safe.unsqueeze(1));
    const at::Tensor sine = at::sqrt((1.0 - target * target).clamp_min(0));
    const at::Tensor phi = target * std::cos(margin) - sine * std::sin(margin);
    const double th = std::cos(M_PI - margin), mm = std::sin(M_PI - margin) * margin;
    const at::Tensor phiSafe = at::where(target > th, phi, target - mm);
    const at::Tensor oneHot = at::zeros_like(c).scatter_(1, safe.unsqueeze(1), 1.0) * valid.unsqueeze(1).to(c.dtype());
    return scale * (oneHot * phiSafe + (1.0 - oneHot) * c);
}

std::pair<at::Tensor, int64_t> ocRows(const at::Tensor &score, const at::Tensor &labels, double alpha, double mReal,
                                      double mFake)
{
    const at::Tensor s = score.reshape({-1});
    const at::Tensor valid = labels.ge(0);
    const int64_t n = valid.sum().item<int64_t>();
    if (n == 0)
        return {s.sum() * 0.0, 0};
    const at::Tensor bona = labels.eq(0);
    const at::Tensor z = at::where(bona, alpha * (mReal - s), alpha * (s - mFake));
    return {(at::softplus(z) * valid.to(s.dtype())).sum(), n};
}

std::pair<at::Tensor, int64_t> ge2eRows(const at::Tensor &emb, const at::Tensor &labels, const at::Tensor &w,
                                        const at::Tensor &b)
{
    // Classes present with at least two rows.
    const at::Tensor labCpu = labels.to(at::kCPU);
    std::map<int64_t, std::vector<int64_t>> members;
    for (int64_t i = 0; i < labCpu.size(0); ++i) {
        const int64_t y = labCpu[i].item<int64_t>();
        if (y >= 0)
            members[y].push_back(i);
    }
    std::vector<int64_t> classes;
    for (const auto &kv : members)
        if (kv.second.size() >= 2)
            classes.push_back(kv.first);
    if (classes.size() < 2)
        return {emb.sum() * 0.0, 0};
    const at::Tensor e = unitRows(emb);
    std::vector<at::Tensor> sums, rowsUsed;
    std::vector<int64_t> counts;
    for (int64_t c : classes) {
        at::Tensor idx = at::tensor(members[c], at::kLong).to(emb.device());
        sums.push_back(e.index_select(0, idx).sum(0));
        counts.push_back(int64_t(members[c].size()));
    }
    const at::Tensor sumM = at::stack(sums);                                              // [K, E]
    const at::Tensor cnt = at::tensor(counts, at::kFloat).to(emb.device()).unsqueeze(1); // [K, 1]
    const at::Tensor centroids = sumM / cnt;
    const at::Tensor wc = w.clamp_min(1e-6);
    at::Tensor total = emb.sum() * 0.0;
    int64_t n = 0;
    for (size_t k = 0; k < classes.size(); ++k) {
        for (int64_t i : members[classes[k]]) {
            const at::Tensor ei = e[i];
            at::Tensor own = (sumM[int64_t(k)] - ei) / double(counts[k] - 1);
            at::Tensor cents = centroids.clone();
            cents.index_put_({int64_t(k)}, own);
            const at::Tensor cs = at::cosine_similarity(ei.unsqueeze(0).expand_as(cents), cents, 1, 1e-8);
            const at::Tensor s = wc * cs + b;
            total = total + (at::logsumexp(s, 0) - s[int64_t(k)]);
            ++n;
        }
    }
    return {total, n};
}

LossValue probe(const std::vector<float> &in, std::vector<int64_t> shape,
                const std::function<at::Tensor(const at::Tensor &)> &fn)
{
    at::Tensor x = at::tensor(in, at::kFloat).reshape(shape).to(at::kDouble).requires_grad_(true);
    at::Tensor l = fn(x);
    l.backward();
    LossValue v;
    v.loss = l.item<double>();
    at::Tensor g = x.grad().contiguous();
    v.gradient.assign(g.data_ptr<double>(), g.data_ptr<double>() + g.numel());
    return v;
}

at::Tensor labelTensor(const std::vector<int> &labels)
{
    std::vector<int64_t> l(labels.begin(), labels.end());
    return at::tensor(l, at::kLong);
}

} // namespace

LossValue crossEntropyProbe(const std::vector<float> &logits, int rows, int cols, const std::vector<int> &labels)
{
    return probe(logits, {rows, cols}, [&](const at::Tensor &x) {
        auto [s, n] = ceRows(x, labelTensor(labels));
        return s / double(std::max<int64_t>(n, 1));
    });
}

LossValue aamSoftmaxProbe(const std::vector<float> &cosines, int rows, int cols, const std::vector<int> &labels,
                          double scale, double margin)
{
    return probe(cosines, {rows, cols}, [&](const at::Tensor &x) {
        const at::Tensor lab = labelTensor(labels);
        auto [s, n] = ceRows(aamLogits(x, lab, scale, margin), lab);
        return s / double(std::max<int64_t>(n, 1));
    });
}

LossValue ocSoftmaxProbe(const std::vector<float> &scores, const std::vector<int> &labels, double alpha, double mReal,
                         double mFake)
{
    return probe(scores, {int64_t(scores.size())}, [&](const at::Tensor &x) {
        auto [s, n] = ocRows(x, labelTensor(labels), alpha, mReal, mFake);
        return s / double(std::max<int64_t>(n, 1));
    });
}

LossValue ge2eProbe(const std::vector<float> &embeddings, int rows, int dim, const std::vector<int> &labels, double w,
                    double b)
{
    return probe(embeddings, {rows, dim}, [&](const at::Tensor &x) {
        auto [s, n] = ge2eRows(x, labelTensor(labels), at::full({1}, w, at::kDouble), at::full({1}, b, at::kDouble));
        return s / double(std::max<int64_t>(n, 1));
    });
}

namespace {

// ---------------------------------------------------------------------------------------------- the network

/// What the trainer trains: SourceTrace's spectral network, or AASIST (its out_layer is the primary head, further
/// heads sit on its 160-d embedding and are used in training only).
struct TrainNetImpl : torch::nn::Module
{
    spectral::SpectralNet spectralNet{nullptr};
    aasist::AasistNet aasistNet{nullptr};
    torch::nn::ModuleList extra{nullptr};
    std::vector<spectral::Head> extraHeads; // AASIST: one per head except the primary (nullptr at primary's slot)
    std::vector<SpectralHead> specs;
    int primary = 0;

    /// (embedding, raw output per head).
    std::pair<at::Tensor, std::vector<at::Tensor>> forwardRaw(const at::Tensor &x)
    {
        std::vector<at::Tensor> raw(specs.size());
        at::Tensor emb;
        if (spectralNet) {
            emb = spectralNet->embed(spectralNet->features(x));
            for (size_t i = 0; i < specs.size(); ++i)
                raw[i] = spectralNet->headList[i]->raw(emb);
        } else {
            at::Tensor logits;
            std::tie(emb, logits) = aasistNet->forward(x);
            for (size_t i = 0; i < specs.size(); ++i)
                raw[i] = int(i) == primary ? logits : extraHeads[i]->raw(emb);
        }
        return {emb, raw};
    }
    /// Inference logits of head i from (embedding, raw).
    at::Tensor logits(size_t i, const at::Tensor &emb, const at::Tensor &raw)
    {
        if (aasistNet && int(i) == primary)
            return raw;
        spectral::Head h = spectralNet ? spectralNet->headList[i] : extraHeads[i];
        if (specs[i].loss == QLatin1String("ge2e"))
            return h->logits(emb);
        if (specs[i].loss == QLatin1String("ce"))
            return raw - raw.mean(1, true);
        if (specs[i].loss == QLatin1String("aam"))
            return raw * specs[i].scale;
        return at::cat({raw * specs[i].scale, -raw * specs[i].scale}, 1);
    }
    spectral::Head headModule(size_t i) { return spectralNet ? spectralNet->headList[i] : extraHeads[i]; }
    /// The module whose state dict is the shipped model.
    torch::nn::Module &exported() { return spectralNet ? static_cast<torch::nn::Module &>(*spectralNet) : *aasistNet; }
};
TORCH_MODULE(TrainNet);


// ---------------------------------------------------------------------------------------------- helpers

void writeJsonFile(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read: %1").arg(f.errorString()));
    QJsonParseError pe;
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(path, Text::tr("not a valid JSON object (%1)").arg(pe.errorString()),
                    1 + int(bytes.left(pe.offset).count('\n')));
    return doc.object();
}

QJsonObject recordToJson(const EpochRecord &r)
{
    QJsonObject o;
    o.insert("epoch", r.epoch);
    o.insert("trainLoss", r.trainLoss);
    QJsonObject hl, acc, pe;
    for (const auto &kv : r.headLoss)
        hl.insert(kv.first, kv.second);
    for (const auto &kv : r.accuracy)
        acc.insert(kv.first, kv.second);
    for (const auto &kv : r.pooledEer)
        pe.insert(kv.first, kv.second);
    o.insert("headLoss", hl);
    o.insert("accuracy", acc);
    o.insert("pooledEer", pe);
    o.insert("validationLoss", r.validationLoss);
    o.insert("detectionEer", r.detectionEer);
    o.insert("selectValue", r.selectValue);
    o.insert("best", r.best);
    o.insert("learningRate", r.learningRate);
    o.insert("seconds", r.seconds);
    o.insert("clipsPerSecond", r.clipsPerSecond);
    return o;
}

EpochRecord recordFromJson(const QJsonObject &o)
{
    EpochRecord r;
    r.epoch = o.value("epoch").toInt();
    r.trainLoss = o.value("trainLoss").toDouble();
    for (auto it : o.value("headLoss").toObject().toVariantMap().toStdMap())
        r.headLoss[it.first] = it.second.toDouble();
    for (auto it : o.value("accuracy").toObject().toVariantMap().toStdMap())
        r.accuracy[it.first] = it.second.toDouble();
    for (auto it : o.value("pooledEer").toObject().toVariantMap().toStdMap())
        r.pooledEer[it.first] = it.second.toDouble();
    r.validationLoss = o.value("validationLoss").toDouble();
    r.detectionEer = o.value("detectionEer").toDouble(-1);
    r.selectValue = o.value("selectValue").toDouble();
    r.best = o.value("best").toBool();
    r.learningRate = o.value("learningRate").toDouble();
    r.seconds = o.value("seconds").toDouble();
    r.clipsPerSecond = o.value("clipsPerSecond").toDouble();
    return r;
}

QString num(double v) { return QString::number(v, 'g', 8); }

} // namespace

// ---------------------------------------------------------------------------------------------- the trainer

struct Trainer::Impl
{
    TrainConfig cfg;
    QString runDir;
    ProgressFn progress;
    EpochFn onEpoch;
    CancelFn cancel;
    long long stopAfterSteps = -1;
    bool resuming = false;

    TrainingDataset all, trainSet, valSet;
    bool validatesOnTraining = false;
    std::vector<int> headLevel;            // dataset level index per head
    std::vector<std::vector<int>> classMap; // per head: dataset class -> head class
    std::vector<SpectralHead> specs;
    TrainNet net{nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    at::Device device = at::kCPU;

    // progress state
    int nextEpoch = 1;  // 1-based epoch to run next
    int nextBatch = 0;
    long long step = 0;
    double bestValue = 0;
    int bestEpoch = 0;
    int sinceBest = 0;
    std::vector<EpochRecord> history;
    QString metricName; // resolved select metric
    bool lowerIsBetter = true;

    QString path(const QString &name) const { return runDir + QLatin1Char('/') + name; }

    void prepareData()
    {
        if (cfg.protocols.isEmpty())
            throw Error(Text::tr("protocols: a training run needs at least one protocol"));
        QStringList levels;
        for (const HeadPlan &h : cfg.heads)
            levels << h.level;
        if (levels.isEmpty())
            levels << QStringLiteral("bonafide");
        if (!cfg.balanceLevel.isEmpty() && !levels.contains(cfg.balanceLevel))
            levels << cfg.balanceLevel;
        if (cfg.validationProtocols.isEmpty()) {
            all = TrainingDataset::fromProtocols(cfg.protocols, levels, cfg.root);
            std::tie(trainSet, valSet) = all.splitByGroup(cfg.splitBy, cfg.validationFraction, cfg.seed);
        } else if (QSet<QString>(cfg.validationProtocols.begin(), cfg.validationProtocols.end())
                   == QSet<QString>(cfg.protocols.begin(), cfg.protocols.end())) {
            // Validation on the training clips themselves: an overfitting check, never a measure of generalisation
            // (run.json says so).
            all = TrainingDataset::fromProtocols(cfg.protocols, levels, cfg.root);
            trainSet = all;
            valSet = all;
            validatesOnTraining = true;
        } else {
            // A clip in both halves would leak: fromProtocols refuses a clip listed twice.
            QStringList both = cfg.protocols + cfg.validationProtocols;
            all = TrainingDataset::fromProtocols(both, levels, cfg.root);
            // Clips of the validation protocols are those after the training protocols' clips.
            const TrainingDataset trainOnly = TrainingDataset::fromProtocols(cfg.protocols, levels, cfg.root);
            std::vector<size_t> tr, va;
            for (size_t i = 0; i < all.size(); ++i)
                (i < trainOnly.size() ? tr : va).push_back(i);
            trainSet = all.subset(tr);
            valSet = all.subset(va);
        }
        if (trainSet.size() == 0)
            throw Error(cfg.protocols.join(QLatin1String(", ")), Text::tr("no training clips"));
        if (valSet.size() == 0)
            throw Error(cfg.protocols.join(QLatin1String(", ")), Text::tr("no validation clips"));

        // Heads.
        std::vector<HeadPlan> plans = cfg.heads;
        if (plans.empty())
            plans.push_back(HeadPlan{QStringLiteral("bonafide")});
        specs.clear();
        headLevel.clear();
        classMap.clear();
        const bool aasist = cfg.architecture != QLatin1String("spectral");
        for (size_t i = 0; i < plans.size(); ++i) {
            const HeadPlan &p = plans[i];
            const int li = all.levelIndex(p.level);
            if (li < 0)
                throw Error(Text::tr("heads[%1].level: \"%2\" is not a level of the protocols").arg(i).arg(p.level));
            const LabelLevel &lv = all.levels()[size_t(li)];
            SpectralHead h;
            h.name = p.level;
            h.level = p.level;
            h.classes = lv.classes;
            // The published AASIST detectors put bona fide at index 1: keep their out_layer's meaning.
            if (aasist && int(i) == cfg.primaryHead && p.level == QLatin1String("bonafide"))
                h.classes = QStringList{QStringLiteral("spoof"), QStringLiteral("bonafide")};
            h.loss = p.loss;
            h.weight = p.weight;
            h.scale = p.scale > 0 ? p.scale : (p.loss == QLatin1String("ocsoftmax") ? 20.0 : 30.0);
            h.margin = p.margin;
            h.marginRampEpochs = p.marginRampEpochs;
            if (h.classes.size() < 2)
                throw Error(Text::tr("heads[%1].level: \"%2\" has %n class(es) in the protocols; a head needs two or "
                                     "more", nullptr, int(h.classes.size()))
                                .arg(i)
                                .arg(p.level));
            if (p.loss == QLatin1String("ocsoftmax") && p.level != QLatin1String("bonafide"))
                throw Error(Text::tr("heads[%1].loss: ocsoftmax needs the level \"bonafide\"").arg(i));
            std::vector<int> map(size_t(lv.classes.size()));
            for (int c = 0; c < lv.classes.size(); ++c)
                map[size_t(c)] = int(h.classes.indexOf(lv.classes[c]));
            specs.push_back(h);
            headLevel.push_back(li);
            classMap.push_back(map);
        }
        if (cfg.primaryHead >= int(specs.size()))
            throw Error(Text::tr("primaryHead: %1 but there are %2 heads").arg(cfg.primaryHead).arg(specs.size()));

        // The select metric.
        QString m = cfg.selectMetric;
        if (m == QLatin1String("auto")) {
            bool hasBona = false;
            for (const auto &s : specs)
                hasBona |= s.level == QLatin1String("bonafide");
            m = hasBona ? QStringLiteral("eer:bonafide")
                        : QStringLiteral("accuracy:%1").arg(specs[size_t(cfg.primaryHead)].name);
        }
        metricName = m;
        lowerIsBetter = !m.startsWith(QLatin1String("accuracy:"));
        if (m.startsWith(QLatin1String("eer:")) && m != QLatin1String("eer:bonafide"))
            throw Error(Text::tr("selectMetric: the detection EER is measured on the \"bonafide\" head only"));
    }

    void buildNet()
    {
        device = at::kCPU;
        if (cfg.device != QLatin1String("cpu") && torch::cuda::is_available())
            device = at::Device(at::kCUDA, 0);
        if (cfg.device == QLatin1String("cuda") && !torch::cuda::is_available())
            throw Error(Text::tr("device: \"cuda\" was asked for, but this LibTorch build has no CUDA or no GPU is "
                                       "present"));
        torch::manual_seed(cfg.seed);
        net = TrainNet();
        net->specs = specs;
        net->primary = cfg.primaryHead;
        if (cfg.architecture == QLatin1String("spectral")) {
            SpectralConfig sc = cfg.network;
            sc.heads = specs;
            sc.primaryHead = cfg.primaryHead;
            net->spectralNet = net->register_module("net", spectral::SpectralNet(sc));
        } else {
            const AasistConfig ac = cfg.architecture == QLatin1String("aasist") ? AasistConfig::aasist() : AasistConfig::aasistL();
            const int classes = int(specs[size_t(cfg.primaryHead)].classes.size());
            if (!cfg.initFrom.isEmpty())
                net->aasistNet = net->register_module("net", aasist::loadAasistNet(ac, cfg.initFrom));
            else
                net->aasistNet = net->register_module("net", aasist::AasistNet(ac, classes));
            if (net->aasistNet->numClasses != classes)
                throw Error(cfg.initFrom, Text::tr("the checkpoint has %1 classes, the primary head needs %2")
                                              .arg(net->aasistNet->numClasses)
                                              .arg(classes));
            net->extra = net->register_module("extra", torch::nn::ModuleList());
            net->extraHeads.assign(specs.size(), spectral::Head(nullptr));
            for (size_t i = 0; i < specs.size(); ++i) {
                if (int(i) == cfg.primaryHead)
                    continue;
                net->extraHeads[i] = spectral::Head(specs[i], ac.embeddingDim());
                net->extra->push_back(net->extraHeads[i]);
            }
        }
        // Loaded checkpoints come frozen (inference and IG keep no parameter gradients): training needs them.
        for (auto &p : net->parameters())
            p.requires_grad_(true);
        net->to(device);
        net->train();
        if (cfg.optim.optimizer == QLatin1String("adamw"))
            optimizer = std::make_unique<torch::optim::AdamW>(
                net->parameters(), torch::optim::AdamWOptions(cfg.optim.learningRate)
                                       .betas({cfg.optim.beta1, cfg.optim.beta2})
                                       .weight_decay(cfg.optim.weightDecay));
        else
            optimizer = std::make_unique<torch::optim::Adam>(
                net->parameters(), torch::optim::AdamOptions(cfg.optim.learningRate)
                                       .betas({cfg.optim.beta1, cfg.optim.beta2})
                                       .weight_decay(cfg.optim.weightDecay));
    }

    double learningRate(double epochPos) const // epochPos: epochs done, fractional
    {
        const OptimSettings &o = cfg.optim;
        double lr = o.learningRate;
        if (o.warmupEpochs > 0 && epochPos < o.warmupEpochs)
            return lr * std::max(epochPos / o.warmupEpochs, 1e-3);
        if (o.schedule == QLatin1String("cosine")) {
            const double span = std::max(1e-9, cfg.epochs - o.warmupEpochs);
            const double t = std::clamp((epochPos - o.warmupEpochs) / span, 0.0, 1.0);
            lr = o.minLearningRate + (o.learningRate - o.minLearningRate) * 0.5 * (1 + std::cos(M_PI * t));
        } else if (o.schedule == QLatin1String("step")) {
            lr *= std::pow(o.stepGamma, std::floor(epochPos / o.stepEpochs));
        }
        return lr;
    }

    void setLearningRate(double lr)
    {
        for (auto &g : optimizer->param_groups()) {
            if (auto *a = dynamic_cast<torch::optim::AdamWOptions *>(&g.options()))
                a->lr(lr);
            else if (auto *b = dynamic_cast<torch::optim::AdamOptions *>(&g.options()))
                b->lr(lr);
        }
    }

    at::Tensor headLabels(size_t head, const Batch &b) const
    {
        std::vector<int64_t> l(b.labels.size());
        for (size_t i = 0; i < l.size(); ++i) {
            const int v = b.labels[i][size_t(headLevel[head])];
            l[i] = v < 0 ? -1 : classMap[head][size_t(v)];
        }
        return at::tensor(l, at::kLong);
    }

    at::Tensor toTensor(const std::vector<std::vector<float>> &w) const
    {
        const int64_t len = int64_t(w.front().size());
        at::Tensor x = at::empty({int64_t(w.size()), len}, at::kFloat);
        for (size_t i = 0; i < w.size(); ++i)
            std::copy(w[i].begin(), w[i].end(), x.data_ptr<float>() + int64_t(i) * len);
        return x.to(device);
    }

    /// The summed weighted loss of one forward pass; per-head values in `perHead`.
    at::Tensor lossOf(const at::Tensor &emb, const std::vector<at::Tensor> &raw, const std::vector<at::Tensor> &labels,
                      double epochPos, std::vector<double> *perHead, const at::Tensor *mixLabels = nullptr,
                      double lambda = 1.0)
    {
        at::Tensor total = emb.sum() * 0.0;
        for (size_t h = 0; h < specs.size(); ++h) {
            const SpectralHead &s = specs[h];
            at::Tensor sum;
            int64_t n = 0;
            auto rows = [&](const at::Tensor &lab) -> std::pair<at::Tensor, int64_t> {
                if (s.loss == QLatin1String("ce"))
                    return ceRows(raw[h], lab);
                if (s.loss == QLatin1String("aam")) {
                    const double ramp = s.marginRampEpochs > 0 ? std::min(1.0, epochPos / s.marginRampEpochs) : 1.0;
                    return ceRows(aamLogits(raw[h], lab, s.scale, s.margin * ramp), lab);
                }
                if (s.loss == QLatin1String("ocsoftmax"))
                    return ocRows(raw[h], lab, s.scale, s.mReal, s.mFake);
                spectral::Head hm = net->headModule(h);
                return ge2eRows(emb, lab, hm->ge2eW, hm->ge2eB);
            };
            if (mixLabels) {
                if (s.loss != QLatin1String("ce") && s.loss != QLatin1String("aam"))
                    continue; // mixup applies to the softmax heads only
                // Rows valid in both: lambda * L(y_a) + (1 - lambda) * L(y_b).
                const at::Tensor la = labels[h].to(device), lb = mixLabels[h].to(device);
                const at::Tensor both = la.ge(0).logical_and(lb.ge(0));
                const at::Tensor ma = at::where(both, la, at::full_like(la, -1));
                const at::Tensor mb = at::where(both, lb, at::full_like(lb, -1));
                auto [sa, na] = rows(ma);
                auto [sb, nb] = rows(mb);
                (void)nb;
                sum = lambda * sa + (1 - lambda) * sb;
                n = na;
            } else {
                std::tie(sum, n) = rows(labels[h].to(device));
            }
            if (n == 0)
                continue;
            const at::Tensor mean = sum / double(n);
            if (perHead)
                (*perHead)[h] += mean.item<double>();
            total = total + s.weight * mean;
        }
        return total;
    }

    struct Outputs
    {
        std::vector<std::vector<float>> embeddings;
        std::vector<std::vector<std::vector<float>>> logits; // [head][clip][class]
        std::vector<std::vector<int>> labels;                // [head][clip] (head classes)
        double loss = 0;
    };

    /// Eval-mode pass over a dataset (first validationSeconds, or whole clips).
    Outputs evaluate(const TrainingDataset &data, ClipCache &cache, size_t maxClips, const QString &stage)
    {
        net->eval();
        Outputs out;
        out.logits.resize(specs.size());
        out.labels.resize(specs.size());
        LoaderSettings ls;
        ls.batchSize = cfg.validationSeconds > 0 ? std::min(cfg.batchSize, 32) : 1;
        ls.cropLength = int64_t(std::llround((cfg.validationSeconds > 0 ? cfg.validationSeconds : 4.0) * kSampleRate));
        ls.mode = cfg.validationSeconds > 0 ? CropMode::Start : CropMode::WholeClip;
        ls.workers = cfg.workers;
        std::vector<size_t> idx(std::min(maxClips, data.size()));
        std::iota(idx.begin(), idx.end(), size_t(0));
        const TrainingDataset sub = idx.size() == data.size() ? data : data.subset(idx);
        BatchLoader loader(sub, cache, ls, cfg.seed);
        loader.start(0, 0);
        Batch b;
        double lossSum = 0;
        int lossN = 0;
        torch::NoGradGuard ng;
        const int batches = loader.batchesPerEpoch();
        while (loader.next(b)) {
            if (cancel && cancel())
                break;
            const at::Tensor x = toTensor(b.waveforms);
            auto [emb, raw] = net->forwardRaw(x);
            std::vector<at::Tensor> labels;
            for (size_t h = 0; h < specs.size(); ++h)
                labels.push_back(headLabels(h, b));
            lossSum += lossOf(emb, raw, labels, 1e9, nullptr).item<double>();
            ++lossN;
            const at::Tensor e = emb.to(at::kCPU).contiguous();
            for (int64_t i = 0; i < e.size(0); ++i)
                out.embeddings.emplace_back(e[i].data_ptr<float>(), e[i].data_ptr<float>() + e.size(1));
            for (size_t h = 0; h < specs.size(); ++h) {
                const at::Tensor lg = net->logits(h, emb, raw[h]).to(at::kCPU).contiguous();
                const at::Tensor lb = labels[h];
                for (int64_t i = 0; i < lg.size(0); ++i) {
                    out.logits[h].emplace_back(lg[i].data_ptr<float>(), lg[i].data_ptr<float>() + lg.size(1));
                    out.labels[h].push_back(int(lb[i].item<int64_t>()));
                }
            }
            if (progress) {
                TrainProgress p;
                p.epoch = nextEpoch;
                p.epochs = cfg.epochs;
                p.batch = b.index + 1;
                p.batches = batches;
                p.stage = stage;
                p.fraction = fractionDone(0);
                progress(p);
            }
        }
        out.loss = lossN ? lossSum / lossN : 0;
        net->train();
        return out;
    }

    double fractionDone(double withinEpoch) const
    {
        return std::clamp((nextEpoch - 1 + withinEpoch) / double(cfg.epochs), 0.0, 1.0);
    }

    void metrics(const Outputs &o, EpochRecord &r) const
    {
        r.validationLoss = o.loss;
        for (size_t h = 0; h < specs.size(); ++h) {
            int correct = 0, n = 0;
            std::vector<double> tgt, non;
            std::vector<double> bona, spoof;
            for (size_t i = 0; i < o.logits[h].size(); ++i) {
                const int y = o.labels[h][i];
                if (y < 0)
                    continue;
                const auto &l = o.logits[h][i];
                const int arg = int(std::max_element(l.begin(), l.end()) - l.begin());
                correct += arg == y;
                ++n;
                for (size_t c = 0; c < l.size(); ++c)
                    (int(c) == y ? tgt : non).push_back(l[c]);
                if (specs[h].level == QLatin1String("bonafide")) {
                    const int bi = int(specs[h].classes.indexOf(QStringLiteral("bonafide")));
                    const double score = l[size_t(bi)];
                    (specs[h].classes[y] == QLatin1String("bonafide") ? bona : spoof).push_back(score);
                }
            }
            r.accuracy[specs[h].name] = n ? double(correct) / n : 0;
            r.pooledEer[specs[h].name] = (!tgt.empty() && !non.empty()) ? computeEer(tgt, non).eer : 0.5;
            if (specs[h].level == QLatin1String("bonafide"))
                r.detectionEer = (!bona.empty() && !spoof.empty()) ? computeEer(bona, spoof).eer : 0.5;
        }
        if (metricName == QLatin1String("loss"))
            r.selectValue = r.validationLoss;
        else if (metricName.startsWith(QLatin1String("eer:")))
            r.selectValue = r.detectionEer;
        else if (metricName.startsWith(QLatin1String("accuracy:")))
            r.selectValue = r.accuracy[metricName.section(QLatin1Char(':'), 1)];
        else
            r.selectValue = r.pooledEer[metricName.section(QLatin1Char(':'), 1)];
    }

    // ------------------------------------------------------------------ checkpoints

    void writeLog()
    {
        QSaveFile f(path(QStringLiteral("log.csv")));
        if (!f.open(QIODevice::WriteOnly))
            throw Error(f.fileName(), Text::tr("cannot write the training log: %1").arg(f.errorString()));
        QStringList cols{"epoch", "train_loss"};
        for (const auto &s : specs)
            cols << QStringLiteral("train_loss_%1").arg(s.name);
        cols << "val_loss" << "val_detection_eer";
        for (const auto &s : specs)
            cols << QStringLiteral("val_accuracy_%1").arg(s.name) << QStringLiteral("val_pooled_eer_%1").arg(s.name);
        cols << "select_value" << "best" << "learning_rate" << "seconds" << "clips_per_second";
        QByteArray text = cols.join(QLatin1Char(',')).toUtf8() + '\n';
        for (const EpochRecord &r : history) {
            QStringList v{QString::number(r.epoch), num(r.trainLoss)};
            for (const auto &s : specs)
                v << num(r.headLoss.count(s.name) ? r.headLoss.at(s.name) : 0);
            v << num(r.validationLoss) << (r.detectionEer < 0 ? QString() : num(r.detectionEer));
            for (const auto &s : specs)
                v << num(r.accuracy.count(s.name) ? r.accuracy.at(s.name) : 0)
                  << num(r.pooledEer.count(s.name) ? r.pooledEer.at(s.name) : 0);
            v << num(r.selectValue) << (r.best ? "1" : "0") << num(r.learningRate) << num(r.seconds, 'f', 2)
              << num(r.clipsPerSecond);
            text += v.join(QLatin1Char(',')).toUtf8() + '\n';
        }
        f.write(text);
        if (!f.commit())
            throw Error(f.fileName(), Text::tr("cannot write the training log: %1").arg(f.errorString()));
    }
    static QString num(double v, char fmt, int prec) { return QString::number(v, fmt, prec); }
    static QString num(double v) { return QString::number(v, 'g', 8); }

    void saveCheckpoint()
    {
        const QString tmp = path(QStringLiteral("checkpoint.tmp"));
        const QString fin = path(QStringLiteral("checkpoint"));
        QDir(tmp).removeRecursively();
        if (!QDir().mkpath(tmp))
            throw Error(tmp, Text::tr("cannot create the checkpoint folder"));
        writeSafetensors(tmp + QStringLiteral("/weights.safetensors"), spectral::stateDictOf(*net));
        torch::save(*optimizer, (tmp + QStringLiteral("/optimizer.pt")).toStdString());
        QJsonObject st;
        st.insert("nextEpoch", nextEpoch);
        st.insert("nextBatch", nextBatch);
        st.insert("step", double(step));
        st.insert("bestValue", bestValue);
        st.insert("bestEpoch", bestEpoch);
        st.insert("sinceBest", sinceBest);
        QJsonArray h;
        for (const EpochRecord &r : history)
            h.append(recordToJson(r));
        st.insert("history", h);
        st.insert("savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        writeJsonFile(tmp + QStringLiteral("/state.json"), st); // last: marks the folder complete
        QDir(fin).removeRecursively();
        if (!QDir().rename(tmp, fin))
            throw Error(fin, Text::tr("cannot move the new checkpoint into place"));
    }

    void loadCheckpoint()
    {
        QString dir = path(QStringLiteral("checkpoint"));
        if (!QFileInfo::exists(dir + QStringLiteral("/state.json")))
            dir = path(QStringLiteral("checkpoint.tmp")); // killed between the two renames
        if (!QFileInfo::exists(dir + QStringLiteral("/state.json")))
            throw Error(runDir, Text::tr("no complete checkpoint to resume from (the run was stopped before its "
                                               "first epoch ended: start it again)"));
        spectral::loadStateDict(*net, readSafetensors(dir + QStringLiteral("/weights.safetensors")),
                                dir + QStringLiteral("/weights.safetensors"));
        torch::load(*optimizer, (dir + QStringLiteral("/optimizer.pt")).toStdString());
        const QJsonObject st = readJsonFile(dir + QStringLiteral("/state.json"));
        nextEpoch = st.value("nextEpoch").toInt(1);
        nextBatch = st.value("nextBatch").toInt(0);
        step = (long long)st.value("step").toDouble();
        bestValue = st.value("bestValue").toDouble();
        bestEpoch = st.value("bestEpoch").toInt();
        sinceBest = st.value("sinceBest").toInt();
        history.clear();
        for (const QJsonValue &v : st.value("history").toArray())
            history.push_back(recordFromJson(v.toObject()));
    }

    void writeRunJson()
    {
        QJsonObject o;
        o.insert("config", cfg.toJson());
        QJsonArray prot;
        for (int i = 0; i < all.protocolPaths().size(); ++i)
            prot.append(QJsonObject{{"path", all.protocolPaths()[i]}, {"sha256", all.protocolSha256().value(i)}});
        o.insert("protocols", prot);
        o.insert("build", QStringLiteral("SourceTrace %1 (%2, %3)").arg(SOURCETRACE_VERSION, SOURCETRACE_GIT_COMMIT,
                                                                       SOURCETRACE_COMPILER));
        o.insert("device", device.is_cuda() ? "cuda:0" : "cpu");
        o.insert("threads", at::get_num_threads());
        o.insert("trainClips", int(trainSet.size()));
        o.insert("validationClips", int(valSet.size()));
        if (validatesOnTraining)
            o.insert("warning", "validation uses the training clips themselves (an overfitting check): its metrics say "
                                "nothing about new material");
        QJsonArray hs;
        for (const SpectralHead &s : specs)
            hs.append(QJsonObject{{"name", s.name}, {"loss", s.loss}, {"classes", QJsonArray::fromStringList(s.classes)}});
        o.insert("heads", hs);
        o.insert("selectMetric", metricName);
        o.insert("createdAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        writeJsonFile(path(QStringLiteral("run.json")), o);
    }

    // ------------------------------------------------------------------ export

    void exportModel(TrainResult &result, ClipCache &cache)
    {
        const QString best = path(QStringLiteral("best.safetensors"));
        if (QFileInfo::exists(best))
            spectral::loadStateDict(*net, readSafetensors(best), best);
        net->eval();
        // GE2E heads: class centroids of the training set.
        const Outputs train = evaluate(trainSet, cache, size_t(std::max(cfg.oodBankSize, 1)) * 4, QStringLiteral("exporting"));
        for (size_t h = 0; h < specs.size(); ++h) {
            if (specs[h].loss != QLatin1String("ge2e"))
                continue;
            const int64_t c = specs[h].classes.size(), e = int64_t(train.embeddings.front().size());
            at::Tensor cent = at::zeros({c, e});
            std::vector<int> count(size_t(c), 0);
            for (size_t i = 0; i < train.embeddings.size(); ++i) {
                const int y = train.labels[h][i];
                if (y < 0)
                    continue;
                cent[y] += at::tensor(train.embeddings[i]);
                ++count[size_t(y)];
            }
            for (int64_t k = 0; k < c; ++k)
                if (count[size_t(k)] > 0)
                    cent[k] /= double(count[size_t(k)]);
            torch::NoGradGuard ng;
            net->headModule(h)->centroids.copy_(cent.to(device));
        }
        const QString modelDir = path(QStringLiteral("model"));
        QDir().mkpath(modelDir);
        const QString weights = modelDir + QStringLiteral("/weights.safetensors");
        QMap<QString, QString> meta{{"format", "pt"}, {"producer", "SourceTrace"}, {"model", cfg.name}};
        writeSafetensors(weights, spectral::stateDictOf(net->exported()), meta);
        ModelManifest m;
        m.name = cfg.name;
        m.version = QStringLiteral("epoch %1").arg(bestEpoch);
        const SpectralHead &primary = specs[size_t(cfg.primaryHead)];
        m.weightsFile = QStringLiteral("weights.safetensors");
        m.weightsSha256 = sha256OfFile(weights);
        m.sampleRate = kSampleRate;
        m.inputPolicy = InputPolicy::FixedLength;
        m.inputLength = int(std::llround((cfg.validationSeconds > 0 ? cfg.validationSeconds : 4.0) * kSampleRate));
        m.hop = std::max(1, m.inputLength / 2);
        m.padding = Padding::Repeat;
        m.classNames = primary.classes;
        m.bonafideClass = primary.level == QLatin1String("bonafide") ? int(primary.classes.indexOf("bonafide")) : -1;
        m.higherIsBonafide = true;
        m.licence = QStringLiteral("the licence of the training data named in run.json");
        m.provenance = QStringLiteral("trained by SourceTrace %1 (%2) from %3 (seed %4); run.json beside this folder")
                           .arg(SOURCETRACE_VERSION, SOURCETRACE_GIT_COMMIT, cfg.protocols.join(QLatin1String(", ")))
                           .arg(cfg.seed);
        if (net->spectralNet) {
            m.kind = QStringLiteral("native-spectral");
            m.architecture = QStringLiteral("SourceTrace spectral network (%1 front end, %2 backbone, %3-d embedding)")
                                 .arg(cfg.network.frontEnd, cfg.network.backbone)
                                 .arg(cfg.network.embeddingDim);
            m.configFile = QStringLiteral("network.json");
            m.embeddingDim = cfg.network.embeddingDim;
            writeJsonFile(modelDir + QStringLiteral("/network.json"), net->spectralNet->config.toJson());
        } else {
            m.kind = QStringLiteral("native-aasist");
            m.architecture = cfg.architecture == QLatin1String("aasist") ? QStringLiteral("AASIST (trained by SourceTrace)")
                                                                        : QStringLiteral("AASIST-L (trained by SourceTrace)");
            m.configFile = QStringLiteral("config.json");
            m.embeddingDim = net->aasistNet->config.embeddingDim();
            m.inputLength = 64600;
            m.hop = 32000;
            writeJsonFile(modelDir + QStringLiteral("/config.json"),
                          QJsonObject{{"model_config", net->aasistNet->config.toJson()}});
        }
        QJsonObject mj = m.toJson();
        QJsonArray heads;
        for (const SpectralHead &s : specs)
            heads.append(QJsonObject{{"name", s.name},
                                     {"loss", s.loss},
                                     {"classes", QJsonArray::fromStringList(s.classes)},
                                     {"primary", s.name == primary.name}});
        mj.insert("heads", heads);
        mj.insert("trainingRun", QStringLiteral("../run.json"));
        writeJsonFile(modelDir + QStringLiteral("/manifest.json"), mj);
        writeOod(modelDir, train, cache);
        result.modelDir = modelDir;
        result.manifestPath = modelDir + QStringLiteral("/manifest.json");
    }

    /// What MSP / energy / NSD / Mahalanobis / kNN need, and thresholds at 95 % of the validation clips accepted.
    void writeOod(const QString &modelDir, const Outputs &train, ClipCache &cache)
    {
        const size_t h = size_t(cfg.primaryHead);
        const int64_t e = int64_t(train.embeddings.front().size());
        const int c = int(specs[h].classes.size());
        // Class means and the shared covariance of the primary head's classes.
        Eigen::MatrixXd means = Eigen::MatrixXd::Zero(c, e);
        std::vector<int> count(size_t(c), 0);
        for (size_t i = 0; i < train.embeddings.size(); ++i) {
            const int y = train.labels[h][i];
            if (y < 0)
                continue;
            means.row(y) += Eigen::Map<const Eigen::VectorXf>(train.embeddings[i].data(), e).cast<double>().transpose();
            ++count[size_t(y)];
        }
        for (int k = 0; k < c; ++k)
            if (count[size_t(k)])
                means.row(k) /= count[size_t(k)];
        Eigen::MatrixXd cov = Eigen::MatrixXd::Zero(e, e);
        int n = 0;
        for (size_t i = 0; i < train.embeddings.size(); ++i) {
            const int y = train.labels[h][i];
            if (y < 0)
                continue;
            const Eigen::VectorXd d = Eigen::Map<const Eigen::VectorXf>(train.embeddings[i].data(), e).cast<double>()
                                      - means.row(y).transpose();
            cov += d * d.transpose();
            ++n;
        }
        cov /= std::max(n - 1, 1);
        cov += Eigen::MatrixXd::Identity(e, e) * (0.1 * cov.diagonal().mean() + 1e-9); // shrinkage
        const Eigen::MatrixXd precision = cov.ldlt().solve(Eigen::MatrixXd::Identity(e, e));
        // Feature bank: unit training embeddings (the first oodBankSize).
        const size_t bank = std::min(train.embeddings.size(), size_t(cfg.oodBankSize));
        std::vector<float> bankValues;
        bankValues.reserve(bank * size_t(e));
        for (size_t i = 0; i < bank; ++i) {
            Eigen::VectorXf v = Eigen::Map<const Eigen::VectorXf>(train.embeddings[i].data(), e);
            v /= std::max(v.norm(), 1e-12f);
            bankValues.insert(bankValues.end(), v.data(), v.data() + e);
        }
        auto toVec = [](const Eigen::MatrixXd &m) {
            std::vector<float> v(size_t(m.size()));
            for (int r = 0; r < m.rows(); ++r)
                for (int col = 0; col < m.cols(); ++col)
                    v[size_t(r) * size_t(m.cols()) + size_t(col)] = float(m(r, col));
            return v;
        };
        writeSafetensors(modelDir + QStringLiteral("/ood.safetensors"),
                         {NamedTensor{"class_means", {c, e}, toVec(means)},
                          NamedTensor{"covariance", {e, e}, toVec(cov)},
                          NamedTensor{"feature_bank", {int64_t(bank), e}, bankValues}},
                         {{"head", specs[h].name}});
        // Validation scores -> thresholds (5th percentile: 95 % of in-distribution clips accepted).
        const Outputs val = evaluate(valSet, cache, valSet.size(), QStringLiteral("exporting"));
        const int k = 7;
        std::vector<double> msp, energy, knn, nsd, maha;
        for (size_t i = 0; i < val.embeddings.size(); ++i) {
            const auto &l = val.logits[h][i];
            const double mx = *std::max_element(l.begin(), l.end());
            double z = 0;
            for (float v : l)
                z += std::exp(double(v) - mx);
            msp.push_back(1.0 / z);
            const double en = mx + std::log(z);
            energy.push_back(en);
            Eigen::VectorXf u = Eigen::Map<const Eigen::VectorXf>(val.embeddings[i].data(), e);
            const Eigen::VectorXd x = u.cast<double>();
            u /= std::max(u.norm(), 1e-12f);
            std::vector<float> cs(bank);
            for (size_t b = 0; b < bank; ++b)
                cs[b] = Eigen::Map<const Eigen::VectorXf>(bankValues.data() + b * size_t(e), e).dot(u);
            const size_t kk = std::min<size_t>(size_t(k), bank);
            std::partial_sort(cs.begin(), cs.begin() + long(kk), cs.end(), std::greater<float>());
            const double kn = kk ? std::accumulate(cs.begin(), cs.begin() + long(kk), 0.0) / double(kk) : 0;
            knn.push_back(kn);
            nsd.push_back(kn * en);
            double best = std::numeric_limits<double>::infinity();
            for (int cl = 0; cl < c; ++cl) {
                const Eigen::VectorXd d = x - means.row(cl).transpose();
                best = std::min(best, double(d.transpose() * precision * d));
            }
            maha.push_back(-best);
        }
        auto pct = [](std::vector<double> v) {
            if (v.empty())
                return 0.0;
            std::sort(v.begin(), v.end());
            return v[size_t(std::floor(0.05 * double(v.size() - 1)))];
        };
        QJsonObject th{{"msp", pct(msp)}, {"energy", pct(energy)}, {"knnCosine", pct(knn)}, {"nsd", pct(nsd)},
                       {"mahalanobis", pct(maha)}};
        QJsonObject o;
        o.insert("head", specs[h].name);
        o.insert("classes", QJsonArray::fromStringList(specs[h].classes));
        o.insert("k", k);
        o.insert("acceptedInDistribution", 0.95);
        o.insert("thresholds", th);
        o.insert("rule", "a clip whose score is below its threshold is out of distribution (scores: higher = more "
                         "in-distribution; mahalanobis is the negative squared distance to the nearest class mean)");
        o.insert("trainingClips", int(train.embeddings.size()));
        o.insert("validationClips", int(val.embeddings.size()));
        o.insert("featureBank", int(bank));
        writeJsonFile(modelDir + QStringLiteral("/ood.json"), o);
    }

    // ------------------------------------------------------------------ the loop

    TrainResult run()
    {
        TrainResult result;
        result.runDir = runDir;
        if (cfg.threads > 0)
            at::set_num_threads(cfg.threads);
        else
            at::set_num_threads(std::max(1, QThread::idealThreadCount()));
        ClipCache cache(size_t(cfg.cacheMegabytes) << 20);
        LoaderSettings ls;
        ls.batchSize = cfg.batchSize;
        ls.cropLength = int64_t(std::llround(cfg.cropSeconds * kSampleRate));
        ls.mode = CropMode::Random;
        ls.balanceLevel = cfg.balanceLevel.isEmpty() ? -1 : trainSet.levelIndex(cfg.balanceLevel);
        ls.epochSize = size_t(cfg.epochSize);
        ls.augment = cfg.augmentEnabled;
        ls.augmentation = cfg.augment;
        ls.workers = cfg.workers;
        ls.dropLast = trainSet.size() > size_t(cfg.batchSize);
        BatchLoader loader(trainSet, cache, ls, cfg.seed);
        const int batches = loader.batchesPerEpoch();
        QElapsedTimer runClock;
        runClock.start();
        long long stepsThisSession = 0;
        bool stop = false;
        while (nextEpoch <= cfg.epochs && !stop) {
            QElapsedTimer epochClock;
            epochClock.start();
            loader.start(nextEpoch - 1, nextBatch);
            std::vector<double> headLoss(specs.size(), 0.0);
            double lossSum = 0;
            int lossN = 0, clips = 0;
            Batch b;
            while (loader.next(b)) {
                if (cancel && cancel()) {
                    nextBatch = b.index;
                    saveCheckpoint();
                    result.cancelled = true;
                    result.history = history;
                    return result;
                }
                const double epochPos = (nextEpoch - 1) + double(b.index) / std::max(batches, 1);
                const double lr = learningRate(epochPos);
                setLearningRate(lr);
                torch::manual_seed(mixSeed(cfg.seed, uint64_t(nextEpoch), uint64_t(b.index), 7));
                const at::Tensor x = toTensor(b.waveforms);
                std::vector<at::Tensor> labels;
                for (size_t h = 0; h < specs.size(); ++h)
                    labels.push_back(headLabels(h, b));
                optimizer->zero_grad();
                auto [emb, raw] = net->forwardRaw(x);
                at::Tensor loss = lossOf(emb, raw, labels, epochPos, &headLoss);
                if (cfg.regMixup && x.size(0) > 1) {
                    std::mt19937_64 rng(mixSeed(cfg.seed, uint64_t(nextEpoch), uint64_t(b.index), 11));
                    const double lambda = drawBeta(cfg.mixupAlpha, rng);
                    std::vector<int64_t> perm(size_t(x.size(0)));
                    std::iota(perm.begin(), perm.end(), 0);
                    std::shuffle(perm.begin(), perm.end(), rng);
                    const at::Tensor p = at::tensor(perm, at::kLong);
                    const at::Tensor xm = lambda * x + (1 - lambda) * x.index_select(0, p.to(device));
                    std::vector<at::Tensor> permLabels;
                    for (const at::Tensor &l : labels)
                        permLabels.push_back(l.index_select(0, p));
                    auto [embM, rawM] = net->forwardRaw(xm);
                    loss = loss + cfg.mixupEta * lossOf(embM, rawM, labels, epochPos, nullptr, permLabels.data(), lambda);
                }
                const double lv = loss.item<double>();
                if (!std::isfinite(lv))
                    throw Error(runDir, Text::tr("the training loss became %1 at epoch %2, batch %3: lower the "
                                                       "learning rate or enable gradient clipping")
                                            .arg(lv)
                                            .arg(nextEpoch)
                                            .arg(b.index + 1));
                loss.backward();
                if (cfg.optim.gradClip > 0)
                    torch::nn::utils::clip_grad_norm_(net->parameters(), cfg.optim.gradClip);
                optimizer->step();
                ++step;
                ++stepsThisSession;
                lossSum += lv;
                ++lossN;
                clips += int(b.waveforms.size());
                if (progress) {
                    TrainProgress p;
                    p.epoch = nextEpoch;
                    p.epochs = cfg.epochs;
                    p.batch = b.index + 1;
                    p.batches = batches;
                    p.loss = lossSum / lossN;
                    p.stage = QStringLiteral("training");
                    p.fraction = fractionDone(double(b.index + 1) / std::max(batches, 1));
                    const double elapsed = runClock.elapsed() / 1000.0;
                    const double startFraction = fractionDone(0) - 0; // approximate
                    (void)startFraction;
                    if (stepsThisSession > 2)
                        p.etaSeconds = elapsed / stepsThisSession
                                       * (double(cfg.epochs - nextEpoch) * batches + (batches - b.index - 1)) * 1.15;
                    progress(p);
                }
                if (stopAfterSteps >= 0 && step >= stopAfterSteps) {
                    result.cancelled = true; // a simulated kill: no checkpoint
                    result.history = history;
                    return result;
                }
            }
            // Validation.
            EpochRecord r;
            r.epoch = nextEpoch;
            r.trainLoss = lossN ? lossSum / lossN : 0;
            for (size_t h = 0; h < specs.size(); ++h)
                r.headLoss[specs[h].name] = lossN ? headLoss[h] / lossN : 0;
            r.learningRate = learningRate(nextEpoch - 1 + 0.999);
            const double trainSeconds = epochClock.elapsed() / 1000.0;
            r.clipsPerSecond = trainSeconds > 0 ? clips / trainSeconds : 0;
            const Outputs val = evaluate(valSet, cache, valSet.size(), QStringLiteral("validating"));
            if (cancel && cancel()) { // cancelled during validation: the epoch's training is kept
                nextBatch = batches;
                saveCheckpoint();
                result.cancelled = true;
                result.history = history;
                return result;
            }
            metrics(val, r);
            r.seconds = epochClock.elapsed() / 1000.0;
            const bool better = bestEpoch == 0 || (lowerIsBetter ? r.selectValue < bestValue : r.selectValue > bestValue);
            if (better) {
                bestValue = r.selectValue;
                bestEpoch = r.epoch;
                sinceBest = 0;
                r.best = true;
                writeSafetensors(path(QStringLiteral("best.safetensors")), spectral::stateDictOf(*net));
            } else {
                ++sinceBest;
            }
            history.push_back(r);
            ++nextEpoch;
            nextBatch = 0;
            writeLog();
            saveCheckpoint();
            if (onEpoch)
                onEpoch(r);
            if (cfg.patience > 0 && sinceBest >= cfg.patience) {
                result.stoppedEarly = true;
                stop = true;
            }
        }
        if (progress) {
            TrainProgress p;
            p.epoch = cfg.epochs;
            p.epochs = cfg.epochs;
            p.stage = QStringLiteral("exporting");
            p.fraction = 1.0;
            progress(p);
        }
        exportModel(result, cache);
        result.bestEpoch = bestEpoch;
        result.bestValue = bestValue;
        result.history = history;
        return result;
    }
};

Trainer::Trainer() : d(std::make_unique<Impl>()) {}

Trainer::Trainer(const TrainConfig &config) : d(std::make_unique<Impl>())
{
    config.validate();
    d->cfg = config;
    if (config.outputDir.isEmpty())
        throw Error(Text::tr("outputDir: a training run needs an output folder"));
    d->runDir = QFileInfo(config.outputDir).absoluteFilePath();
    if (QFileInfo::exists(d->runDir + QStringLiteral("/run.json")))
        throw Error(d->runDir, Text::tr("holds another training run (run.json): resume that run, or choose a new "
                                              "folder"));
    if (!QDir().mkpath(d->runDir))
        throw Error(d->runDir, Text::tr("cannot create the run folder"));
    d->prepareData();
    d->buildNet();
    d->writeRunJson();
}

Trainer Trainer::resume(const QString &runDir)
{
    Trainer t;
    const QString dir = QFileInfo(runDir).absoluteFilePath();
    const QString runJson = dir + QStringLiteral("/run.json");
    if (!QFileInfo::exists(runJson))
        throw Error(dir, Text::tr("is not a training run folder (no run.json)"));
    const QJsonObject o = readJsonFile(runJson);
    if (!o.value("config").isObject())
        throw Error(runJson, Text::tr("config: missing"));
    t.d->cfg = TrainConfig::fromJson(o.value("config").toObject(), runJson);
    t.d->runDir = dir;
    t.d->resuming = true;
    // The protocols must be the ones the run started with.
    t.d->prepareData();
    const QJsonArray prot = o.value("protocols").toArray();
    for (int i = 0; i < prot.size() && i < t.d->all.protocolSha256().size(); ++i)
        if (prot.at(i).toObject().value("sha256").toString() != t.d->all.protocolSha256()[i])
            throw Error(t.d->all.protocolPaths()[i], Text::tr("changed since the run started (SHA-256 differs from "
                                                                    "run.json): a resumed run must see the same data"));
    t.d->buildNet();
    t.d->loadCheckpoint();
    return t;
}

Trainer::~Trainer() = default;
Trainer::Trainer(Trainer &&) noexcept = default;

const TrainConfig &Trainer::config() const { return d->cfg; }
void Trainer::setProgress(ProgressFn fn) { d->progress = std::move(fn); }
void Trainer::setEpochCallback(EpochFn fn) { d->onEpoch = std::move(fn); }
void Trainer::setCancel(CancelFn fn) { d->cancel = std::move(fn); }
void Trainer::setStopAfterSteps(long long steps) { d->stopAfterSteps = steps; }

TrainResult Trainer::run()
{
    if (d->nextEpoch > d->cfg.epochs) {
        TrainResult r;
        r.runDir = d->runDir;
        ClipCache cache(size_t(d->cfg.cacheMegabytes) << 20);
        d->exportModel(r, cache);
        r.bestEpoch = d->bestEpoch;
        r.bestValue = d->bestValue;
        r.history = d->history;
        return r;
    }
    return d->run();
}

std::vector<EpochRecord> readEpochLog(const QString &runDir)
{
    std::vector<EpochRecord> out;
    const QString p = runDir + QStringLiteral("/log.csv");
    QFile f(p);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        throw Error(p, Text::tr("cannot read the training log: %1").arg(f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty())
        return out;
    const QStringList header = QString::fromUtf8(lines.first()).trimmed().split(QLatin1Char(','));
    for (int li = 1; li < lines.size(); ++li) {
        const QString line = QString::fromUtf8(lines[li]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList v = line.split(QLatin1Char(','));
        if (v.size() != header.size())
            throw Error(p, Text::tr("%1 fields where the header has %2").arg(v.size()).arg(header.size()), li + 1);
        EpochRecord r;
        for (int c = 0; c < header.size(); ++c) {
            const QString &h = header[c];
            bool ok = true;
            const double x = v[c].isEmpty() ? -1 : v[c].toDouble(&ok);
            if (!ok || !std::isfinite(x))
                throw Error(p, Text::tr("column %1: \"%2\" is not a finite number").arg(h, v[c]), li + 1);
            if (h == QLatin1String("epoch"))
                r.epoch = int(x);
            else if (h == QLatin1String("train_loss"))
                r.trainLoss = x;
            else if (h.startsWith(QLatin1String("train_loss_")))
                r.headLoss[h.mid(11)] = x;
            else if (h == QLatin1String("val_loss"))
                r.validationLoss = x;
            else if (h == QLatin1String("val_detection_eer"))
                r.detectionEer = x;
            else if (h.startsWith(QLatin1String("val_accuracy_")))
                r.accuracy[h.mid(13)] = x;
            else if (h.startsWith(QLatin1String("val_pooled_eer_")))
                r.pooledEer[h.mid(15)] = x;
            else if (h == QLatin1String("select_value"))
                r.selectValue = x;
            else if (h == QLatin1String("best"))
                r.best = x > 0.5;
            else if (h == QLatin1String("learning_rate"))
                r.learningRate = x;
            else if (h == QLatin1String("seconds"))
                r.seconds = x;
            else if (h == QLatin1String("clips_per_second"))
                r.clipsPerSecond = x;
        }
        out.push_back(r);
    }
    return out;
}

double trainingClipsPerSecond(const TrainConfig &config, int batchSize, double cropSeconds, int threads, int steps,
                              int warmup)
{
    at::set_num_threads(std::max(1, threads));
    Trainer t;
    Trainer::Impl &d = *t.d;
    d.cfg = config;
    std::vector<HeadPlan> plans = config.heads;
    if (plans.empty())
        plans.push_back(HeadPlan{QStringLiteral("bonafide")});
    for (const HeadPlan &p : plans) {
        SpectralHead h;
        h.name = p.level;
        h.level = p.level;
        h.classes = p.level == QLatin1String("bonafide") ? QStringList{"bonafide", "spoof"}
                                                         : QStringList{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"};
        h.loss = p.loss;
        h.scale = p.scale > 0 ? p.scale : 30;
        d.specs.push_back(h);
        d.headLevel.push_back(int(d.headLevel.size()));
        std::vector<int> id(size_t(h.classes.size()));
        std::iota(id.begin(), id.end(), 0);
        d.classMap.push_back(id);
    }
    d.buildNet();
    const int64_t len = int64_t(std::llround(cropSeconds * kSampleRate));
    torch::manual_seed(1);
    const at::Tensor x = at::randn({batchSize, len}) * 0.1;
    std::vector<at::Tensor> labels;
    for (const SpectralHead &h : d.specs)
        labels.push_back(at::randint(h.classes.size(), {batchSize}, at::kLong));
    QElapsedTimer clock;
    for (int i = 0; i < warmup + steps; ++i) {
        if (i == warmup)
            clock.start();
        d.optimizer->zero_grad();
        auto [emb, raw] = d.net->forwardRaw(x.to(d.device));
        at::Tensor loss = d.lossOf(emb, raw, labels, 1.0, nullptr);
        loss.backward();
        torch::nn::utils::clip_grad_norm_(d.net->parameters(), 5.0);
        d.optimizer->step();
    }
    const double s = clock.elapsed() / 1000.0;
    return s > 0 ? double(steps) * batchSize / s : 0;
}

ArchitectureFacts describeArchitecture(const TrainConfig &config, int classes)
{
    ArchitectureFacts f;
    QStringList names;
    for (int i = 0; i < classes; ++i)
        names << QStringLiteral("c%1").arg(i);
    if (config.architecture == QLatin1String("spectral")) {
        SpectralConfig sc = config.network;
        sc.heads.clear();
        SpectralHead h;
        h.name = QStringLiteral("head");
        h.classes = names;
        sc.heads.push_back(h);
        f.name = QStringLiteral("spectral (%1, %2)").arg(sc.frontEnd, sc.backbone);
        f.parameters = spectralParameterCount(sc);
        f.macsPer4s = spectralForwardMacs(sc, 64000);
    } else {
        const AasistConfig ac = config.architecture == QLatin1String("aasist") ? AasistConfig::aasist() : AasistConfig::aasistL();
        aasist::AasistNet net(ac, classes);
        for (const auto &p : net->parameters())
            f.parameters += p.numel();
        f.name = config.architecture;
        f.macsPer4s = -1; // measured by bench_train (profiling), not modelled
    }
    return f;
}

} // namespace st::train
