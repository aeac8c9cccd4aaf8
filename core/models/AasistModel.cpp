// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/cuda.h>

#include "models/AasistModule.h"
#include "models/AasistModel.h"
#include "models/PthReader.h"
#include "models/Safetensors.h"
#include "util/Error.h"

#include <QFileInfo>
#include <QStringList>

#include <map>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::AasistModel) };
} // namespace

namespace st {

namespace {

/// The EmbeddingModel implementation: a loaded AasistNet plus its manifest.
class AasistModel final : public EmbeddingModel
{
public:
    /// With `cuda`, the network is moved to the first CUDA device and runs there through its plain
    /// forward() (the fast path's folded weights and oneDNN layouts are CPU-only).
    AasistModel(aasist::AasistNet net, ModelManifest manifest, const QString &pthPath, bool cuda)
        : m_net(std::move(net)), m_manifest(std::move(manifest)), m_pthPath(pthPath), m_cuda(cuda)
    {
        if (m_cuda)
            m_net->to(at::Device(at::kCUDA, 0));
    }

    const ModelManifest &manifest() const override { return m_manifest; }
    int embeddingDim() const override { return m_net->config.embeddingDim(); }
    int numClasses() const override { return m_net->numClasses; }
    QString device() const override { return m_cuda ? QStringLiteral("cuda:0") : QStringLiteral("cpu"); }

    std::vector<ModelOutput> forward(const std::vector<std::vector<float>> &batch) override
    {
        std::vector<ModelOutput> outputs;
        if (batch.empty())
            return outputs;
        const size_t len = batch.front().size();
        for (const auto &w : batch)
            if (w.size() != len)
                throw Error(m_pthPath, Text::tr("AASIST forward: all waveforms of a batch must have the "
                                                      "same length (%1 and %2 samples)")
                                           .arg(len)
                                           .arg(w.size()));
        if (int64_t(len) < m_net->minimumSamples())
            throw Error(m_pthPath, Text::tr("AASIST forward: a waveform of %1 samples is too short; the "
                                                  "model needs at least %2 samples (%3 s at 16 kHz)")
                                       .arg(len)
                                       .arg(m_net->minimumSamples())
                                       .arg(double(m_net->minimumSamples()) / 16000.0, 0, 'f', 3));
        at::Tensor x = at::empty({int64_t(batch.size()), int64_t(len)}, at::kFloat);
        float *p = x.data_ptr<float>();
        for (size_t b = 0; b < batch.size(); ++b)
            std::copy(batch[b].begin(), batch[b].end(), p + b * len);
        at::Tensor emb, logits;
        if (m_cuda) {
            // CUDA: the differentiable forward() without autograd; results come back to the CPU.
            torch::NoGradGuard noGrad;
            std::tie(emb, logits) = m_net->forward(x.to(at::Device(at::kCUDA, 0)));
            emb = emb.to(at::kCPU).contiguous();
            logits = logits.to(at::kCPU).contiguous();
        } else {
            c10::InferenceMode guard;
            // ST_AASIST_REFERENCE_PATH=1 runs the reference's operation order instead of the fast path
            // (for measurements and cross-checks).
            static const bool referencePath = qEnvironmentVariableIsSet("ST_AASIST_REFERENCE_PATH");
            std::tie(emb, logits) = referencePath ? m_net->forward(x) : m_net->forwardInference(x);
            emb = emb.contiguous();
            logits = logits.contiguous();
        }
        const int64_t d = emb.size(1), c = logits.size(1);
        outputs.resize(batch.size());
        for (size_t b = 0; b < batch.size(); ++b) {
            const float *e = emb.data_ptr<float>() + b * d;
            const float *l = logits.data_ptr<float>() + b * c;
            outputs[b].embedding.assign(e, e + d);
            outputs[b].logits.assign(l, l + c);
        }
        return outputs;
    }

    aasist::AasistNet net() const { return m_net; }

private:
    aasist::AasistNet m_net;
    ModelManifest m_manifest;
    QString m_pthPath;
    bool m_cuda = false;
};

void applyThreads(const RunOptions &opt)
{
    if (opt.threads > 0 && at::get_num_threads() != opt.threads)
        at::set_num_threads(opt.threads);
}

} // namespace

namespace aasist {

AasistNet loadAasistNet(const AasistConfig &config, const QString &pthPath)
{
    const std::vector<PthTensor> sd = readStateDictFile(pthPath);
    std::map<std::string, const PthTensor *> byName;
    for (const PthTensor &t : sd)
        byName[t.name.toStdString()] = &t;

    auto out = byName.find("out_layer.weight");
    if (out == byName.end() || out->second->shape.size() != 2)
        throw Error(pthPath, Text::tr("the checkpoint has no 2-d out_layer.weight: not an AASIST state dict"));
    const int classes = int(out->second->shape[0]);
    if (classes < 1)
        throw Error(pthPath, Text::tr("out_layer.weight has no rows"));

    AasistNet net(config, classes);
    std::map<std::string, at::Tensor> wanted;
    for (const auto &kv : net->named_parameters(true))
        wanted[kv.key()] = kv.value();
    for (const auto &kv : net->named_buffers(true))
        wanted[kv.key()] = kv.value();

    QStringList missing, unexpected, misshaped;
    for (const auto &kv : wanted) {
        auto it = byName.find(kv.first);
        if (it == byName.end()) {
            missing << QString::fromStdString(kv.first);
            continue;
        }
        const std::vector<int64_t> want = kv.second.sizes().vec();
        if (it->second->shape != want) {
            QStringList w;
            for (int64_t s : want)
                w << QString::number(s);
            misshaped << Text::tr("%1 (file %2, model [%3])")
                             .arg(QString::fromStdString(kv.first), it->second->shapeString(), w.join(QLatin1String(", ")));
        }
    }
    for (const PthTensor &t : sd)
        if (!wanted.count(t.name.toStdString()))
            unexpected << t.name;
    if (!missing.isEmpty() || !unexpected.isEmpty() || !misshaped.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << Text::tr("missing: %1").arg(missing.join(QLatin1String(", ")));
        if (!unexpected.isEmpty())
            parts << Text::tr("unexpected: %1").arg(unexpected.join(QLatin1String(", ")));
        if (!misshaped.isEmpty())
            parts << Text::tr("wrong shape: %1").arg(misshaped.join(QLatin1String(", ")));
        throw Error(pthPath, Text::tr("the checkpoint does not fit the AASIST config (%1 classes, "
                                            "gat_dims [%2, %3]): %4")
                                 .arg(classes)
                                 .arg(config.gatDims[0])
                                 .arg(config.gatDims[1])
                                 .arg(parts.join(QLatin1String("; "))));
    }

    torch::NoGradGuard noGrad;
    for (auto &kv : wanted) {
        const PthTensor &t = *byName[kv.first];
        at::Tensor &dst = kv.second;
        if (dst.scalar_type() == at::kLong) {
            // num_batches_tracked: int64 in PyTorch checkpoints, float32 (exact below 2^24) in SourceTrace's own.
            std::vector<int64_t> v;
            if (t.dtype.startsWith(QLatin1String("float")))
                for (float f : t.toFloat())
                    v.push_back(int64_t(f));
            else
                v = t.toInt64();
            std::copy(v.begin(), v.end(), dst.data_ptr<int64_t>());
        } else {
            if (!t.dtype.startsWith(QLatin1String("float")) && t.dtype != QLatin1String("bfloat16"))
                throw Error(pthPath, Text::tr("tensor %1 is %2, expected floating point").arg(t.name, t.dtype));
            const std::vector<float> v = t.toFloat();
            at::Tensor src = at::from_blob(const_cast<float *>(v.data()), dst.sizes(), at::kFloat);
            dst.copy_(src);
        }
    }
    net->eval();
    // Inference and input attributions only: parameters need no gradients of their own.
    for (at::Tensor &p : net->parameters())
        p.requires_grad_(false);
    net->prepareInference();
    return net;
}

AasistNet aasistNetOf(const EmbeddingModel &model)
{
    if (const auto *m = dynamic_cast<const AasistModel *>(&model))
        return m->net();
    return AasistNet(nullptr);
}

} // namespace aasist

std::vector<AasistGradient> aasistInputGradients(const EmbeddingModel &model,
                                                 const std::vector<std::vector<float>> &batch, int classIndex)
{
    aasist::AasistNet net = aasist::aasistNetOf(model);
    if (!net)
        throw Error(model.manifest().name, Text::tr("input gradients need a native AASIST model"));
    std::vector<AasistGradient> out;
    if (batch.empty())
        return out;
    if (classIndex < 0 || classIndex >= net->numClasses)
        throw Error(model.manifest().name, Text::tr("class index %1 is out of range (the model has %2 classes)")
                                               .arg(classIndex)
                                               .arg(net->numClasses));
    const size_t len = batch.front().size();
    for (const auto &w : batch)
        if (w.size() != len)
            throw Error(model.manifest().name, Text::tr("all waveforms of a batch must have the same length"));
    if (int64_t(len) < net->minimumSamples())
        throw Error(model.manifest().name, Text::tr("a waveform of %1 samples is too short (at least %2)")
                                               .arg(len)
                                               .arg(net->minimumSamples()));
    at::Tensor x = at::empty({int64_t(batch.size()), int64_t(len)}, at::kFloat);
    for (size_t b = 0; b < batch.size(); ++b)
        std::copy(batch[b].begin(), batch[b].end(), x.data_ptr<float>() + b * len);
    x.requires_grad_(true);
    torch::AutoGradMode enable(true);
    at::Tensor emb, logits;
    // On the network's device (CUDA when the model was loaded there); the CPU leaf `x` gets the gradient.
    const at::Device device = net->out_layer->weight.device();
    std::tie(emb, logits) = net->forward(device.is_cpu() ? x : x.to(device));
    // Samples of a batch are independent in eval mode: the gradient of the sum is each one's own.
    logits.select(1, classIndex).sum().backward();
    const at::Tensor g = x.grad().contiguous();
    emb = emb.detach().to(at::kCPU).contiguous();
    logits = logits.detach().to(at::kCPU).contiguous();
    out.resize(batch.size());
    for (size_t b = 0; b < batch.size(); ++b) {
        const float *e = emb.data_ptr<float>() + b * emb.size(1);
        const float *l = logits.data_ptr<float>() + b * logits.size(1);
        const float *gb = g.data_ptr<float>() + b * len;
        out[b].output.embedding.assign(e, e + emb.size(1));
        out[b].output.logits.assign(l, l + logits.size(1));
        out[b].gradient.assign(gb, gb + len);
    }
    return out;
}

std::shared_ptr<EmbeddingModel> loadAasist(const AasistConfig &config, const QString &pthPath,
                                           const RunOptions &opt, const ModelManifest &m)
{
    applyThreads(opt);
    aasist::AasistNet net = aasist::loadAasistNet(config, pthPath);
    const QString where = m.manifestPath.isEmpty() ? pthPath : m.manifestPath;
    if (!m.classNames.isEmpty() && m.classNames.size() != net->numClasses)
        throw Error(where, Text::tr("the manifest names %1 classes, the checkpoint %2 has %3 (rows of out_layer.weight)")
                               .arg(m.classNames.size())
                               .arg(pthPath)
                               .arg(net->numClasses));
    if (m.embeddingDim != 0 && m.embeddingDim != config.embeddingDim())
        throw Error(where, Text::tr("the manifest says embeddingDim %1, the AASIST config gives %2")
                               .arg(m.embeddingDim)
                               .arg(config.embeddingDim()));
    ModelManifest manifest = m;
    if (manifest.kind.isEmpty())
        manifest.kind = QStringLiteral("native-aasist");
    if (manifest.embeddingDim == 0)
        manifest.embeddingDim = config.embeddingDim();
    if (manifest.name.isEmpty())
        manifest.name = QFileInfo(pthPath).completeBaseName().toLower();
    // CUDA when asked for and usable (Debian's LibTorch has no CUDA: there this is always the CPU).
    const bool cuda = opt.preferCuda && torch::cuda::is_available();
    return std::make_shared<AasistModel>(std::move(net), std::move(manifest), pthPath, cuda);
}

std::shared_ptr<EmbeddingModel> loadAasist(const QString &configJson, const QString &pthPath,
                                           const RunOptions &opt, const ModelManifest &m)
{
    const AasistConfig config = configJson.isEmpty() ? AasistConfig::aasist() : AasistConfig::fromJsonFile(configJson);
    return loadAasist(config, pthPath, opt, m);
}

std::shared_ptr<EmbeddingModel> loadAasist(const ModelManifest &m, const RunOptions &opt)
{
    const QString config = m.configFile.isEmpty() ? QString() : m.resolvedConfigPath();
    return loadAasist(config, m.resolvedWeightsPath(), opt, m);
}

} // namespace st
