// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/cuda.h>
#include <torch/nn/init.h>

#include "models/SpectralModel.h"
#include "models/SpectralNet.h"
#include "util/Error.h"

#include <QStringList>

#include <cmath>
#include <map>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::SpectralNet) };
} // namespace

namespace st::spectral {

namespace {

/// Triangular filters equally spaced on a linear frequency axis over the first `bins` STFT bins: [bins, n].
at::Tensor linearFilterbank(int bins, int n)
{
    at::Tensor fb = at::zeros({bins, n}, at::kFloat);
    auto a = fb.accessor<float, 2>();
    const double top = double(bins - 1); // in bins
    for (int j = 0; j < n; ++j) {
        const double lo = top * j / (n + 1), mid = top * (j + 1) / (n + 1), hi = top * (j + 2) / (n + 1);
        for (int b = 0; b < bins; ++b) {
            double w = 0;
            if (b > lo && b <= mid)
                w = (b - lo) / (mid - lo);
            else if (b > mid && b < hi)
                w = (hi - b) / (hi - mid);
            a[b][j] = float(w);
        }
    }
    return fb;
}

/// Orthonormal DCT-II: [n, coeffs].
at::Tensor dctMatrix(int n, int coeffs)
{
    at::Tensor d = at::zeros({n, coeffs}, at::kFloat);
    auto a = d.accessor<float, 2>();
    for (int k = 0; k < n; ++k)
        for (int c = 0; c < coeffs; ++c)
            a[k][c] = float(std::cos(M_PI / n * (k + 0.5) * c) * std::sqrt((c == 0 ? 1.0 : 2.0) / n));
    return d;
}

/// First-order difference along the last axis ((x[t+1] - x[t-1]) / 2, edges replicated).
at::Tensor delta(const at::Tensor &x)
{
    const int64_t t = x.size(-1);
    at::Tensor padded = at::cat({x.narrow(-1, 0, 1), x, x.narrow(-1, t - 1, 1)}, -1);
    return (padded.narrow(-1, 2, t) - padded.narrow(-1, 0, t)) * 0.5;
}

/// Rows scaled to unit L2 norm.
at::Tensor unitRows(const at::Tensor &x) { return x / x.norm(2, {1}, true).clamp_min(1e-12); }

int stagesOf(const SpectralConfig &c) { return int(c.channels.size()); }

} // namespace

at::Tensor frontEndLogEnergies(const SpectralConfig &c, const at::Tensor &waveform, const at::Tensor &window,
                               const at::Tensor &filterbank)
{
    const at::Tensor spec = at::stft(waveform, c.nFft, c.hop, c.winLength, window, /*center=*/true, "constant",
                                     /*normalized=*/false, /*onesided=*/true, /*return_complex=*/true);
    at::Tensor ri = at::view_as_real(spec);                       // [B, bins, frames, 2]
    at::Tensor power = (ri * ri).sum(-1).narrow(1, 0, c.frequencyBins()); // [B, bins', frames]
    if (c.frontEnd == QLatin1String("lfcc")) {
        at::Tensor fbE = at::matmul(power.transpose(1, 2), filterbank); // [B, frames, filters]
        return at::log(fbE + 1e-8).transpose(1, 2);                     // [B, filters, frames]
    }
    return at::log(power + 1e-8);
}

at::Tensor featuresFromLogEnergies(const SpectralConfig &c, const at::Tensor &logEnergies, const at::Tensor &dct)
{
    at::Tensor feats;
    if (c.frontEnd == QLatin1String("lfcc")) {
        at::Tensor cep = at::matmul(logEnergies.transpose(1, 2), dct).transpose(1, 2); // [B, coeffs, frames]
        if (c.deltas) {
            at::Tensor d1 = delta(cep);
            cep = at::cat({cep, d1, delta(d1)}, 1);
        }
        feats = cep;
    } else {
        feats = logEnergies;
    }
    feats = feats - feats.mean(-1, true); // per-utterance mean over time
    return feats.unsqueeze(1);
}

at::Tensor frontEndFeatures(const SpectralConfig &c, const at::Tensor &waveform, const at::Tensor &window,
                            const at::Tensor &filterbank, const at::Tensor &dct)
{
    return featuresFromLogEnergies(c, frontEndLogEnergies(c, waveform, window, filterbank), dct);
}

std::vector<double> logEnergyBinHz(const SpectralConfig &c, const at::Tensor &filterbank)
{
    std::vector<double> hz;
    const double binHz = double(c.sampleRate) / c.nFft;
    if (c.frontEnd != QLatin1String("lfcc")) {
        for (int b = 0; b < c.frequencyBins(); ++b)
            hz.push_back(b * binHz);
        return hz;
    }
    const at::Tensor fb = filterbank.to(at::kCPU).contiguous();
    auto a = fb.accessor<float, 2>();
    for (int64_t j = 0; j < fb.size(1); ++j) {
        double w = 0, m = 0;
        for (int64_t b = 0; b < fb.size(0); ++b) {
            w += a[b][j];
            m += a[b][j] * double(b);
        }
        hz.push_back(w > 0 ? m / w * binHz : 0.0);
    }
    return hz;
}

StageImpl::StageImpl(const QString &backbone, int in, int out, int)
    : lcnn(backbone == QLatin1String("lcnn"))
{
    using namespace torch::nn;
    if (lcnn) {
        conv1 = register_module("conv1", Conv2d(Conv2dOptions(in, 2 * out, 3).padding(1)));
        bn1 = register_module("bn1", BatchNorm2d(out));
    } else {
        conv1 = register_module("conv1", Conv2d(Conv2dOptions(in, out, 3).padding(1).bias(false)));
        bn1 = register_module("bn1", BatchNorm2d(out));
        conv2 = register_module("conv2", Conv2d(Conv2dOptions(out, out, 3).padding(1).bias(false)));
        bn2 = register_module("bn2", BatchNorm2d(out));
        project = in != out;
        if (project) {
            shortcut = register_module("shortcut", Conv2d(Conv2dOptions(in, out, 1).bias(false)));
            bnShort = register_module("bnShort", BatchNorm2d(out));
        }
    }
}

at::Tensor StageImpl::forward(const at::Tensor &x)
{
    at::Tensor y;
    if (lcnn) {
        at::Tensor h = conv1->forward(x);
        const int64_t half = h.size(1) / 2;
        y = bn1->forward(at::maximum(h.narrow(1, 0, half), h.narrow(1, half, half))); // max-feature-map
    } else {
        at::Tensor h = at::relu(bn1->forward(conv1->forward(x)));
        h = bn2->forward(conv2->forward(h));
        y = at::relu(h + (project ? bnShort->forward(shortcut->forward(x)) : x));
    }
    return at::max_pool2d(y, {2, 2});
}

HeadImpl::HeadImpl(const SpectralHead &s, int e) : spec(s)
{
    const int64_t c = spec.classes.size();
    if (spec.loss == QLatin1String("ce")) {
        linear = register_module("linear", torch::nn::Linear(e, c));
    } else if (spec.loss == QLatin1String("aam") || spec.loss == QLatin1String("ocsoftmax")) {
        const int64_t rows = spec.loss == QLatin1String("aam") ? c : 1;
        weight = register_parameter("weight", at::randn({rows, int64_t(e)}) * std::sqrt(1.0 / e));
    } else { // ge2e
        ge2eW = register_parameter("w", at::full({1}, 10.0f));
        ge2eB = register_parameter("b", at::full({1}, -5.0f));
        centroids = register_buffer("centroids", at::zeros({c, int64_t(e)}));
    }
}

at::Tensor HeadImpl::raw(const at::Tensor &emb)
{
    if (spec.loss == QLatin1String("ce"))
        return linear->forward(emb);
    const at::Tensor xn = unitRows(emb);
    if (spec.loss == QLatin1String("ge2e"))
        return at::matmul(xn, unitRows(centroids).t());
    return at::matmul(xn, unitRows(weight).t());
}

at::Tensor HeadImpl::logits(const at::Tensor &emb)
{
    at::Tensor r = raw(emb);
    if (spec.loss == QLatin1String("ce"))
        return r - r.mean(1, true);
    if (spec.loss == QLatin1String("aam"))
        return r * spec.scale;
    if (spec.loss == QLatin1String("ocsoftmax"))
        return at::cat({r * spec.scale, -r * spec.scale}, 1);
    return r * ge2eW + ge2eB;
}

SpectralNetImpl::SpectralNetImpl(const SpectralConfig &c) : config(c)
{
    using namespace torch::nn;
    window = register_buffer("window", at::hann_window(c.winLength, /*periodic=*/true));
    filterbank = register_buffer("filterbank", linearFilterbank(c.frequencyBins(), c.lfccFilters));
    dct = register_buffer("dct", dctMatrix(c.lfccFilters, c.lfccCoeffs));
    inputNorm = register_module("inputNorm", BatchNorm2d(1));
    stages = register_module("stages", ModuleList());
    int in = 1;
    int f = c.featureDim();
    for (int i = 0; i < stagesOf(c); ++i) {
        Stage s(c.backbone, in, c.channels[size_t(i)], i);
        stages->push_back(s);
        stageList.push_back(s);
        in = c.channels[size_t(i)];
        f /= 2;
    }
    if (f < 1)
        throw Error(Text::tr("network config: %1 features per frame cannot pass %2 pooling stages (each halves "
                                   "the frequency axis)")
                        .arg(c.featureDim())
                        .arg(stagesOf(c)));
    const int d = in * f;
    attention1 = register_module("attention1", Conv1d(Conv1dOptions(d, c.attentionDim, 1)));
    attention2 = register_module("attention2", Conv1d(Conv1dOptions(c.attentionDim, 1, 1)));
    projection = register_module("projection", Linear(2 * d, c.embeddingDim));
    embeddingNorm = register_module("embeddingNorm", BatchNorm1d(c.embeddingDim));
    heads = register_module("heads", ModuleList());
    for (const SpectralHead &h : c.heads) {
        Head head(h, c.embeddingDim);
        heads->push_back(head);
        headList.push_back(head);
    }
}

at::Tensor SpectralNetImpl::features(const at::Tensor &waveform)
{
    return frontEndFeatures(config, waveform, window, filterbank, dct);
}

at::Tensor SpectralNetImpl::embed(const at::Tensor &feats)
{
    at::Tensor x = inputNorm->forward(feats);
    for (auto &s : stageList)
        x = s->forward(x);
    x = x.flatten(1, 2); // [B, C*F', T']
    at::Tensor a = at::softmax(attention2->forward(at::tanh(attention1->forward(x))), -1); // [B, 1, T']
    at::Tensor mu = (x * a).sum(-1);
    at::Tensor sigma = at::sqrt(at::clamp_min((x * x * a).sum(-1) - mu * mu, 1e-6));
    at::Tensor pooled = at::cat({mu, sigma}, 1);
    if (config.dropout > 0)
        pooled = at::dropout(pooled, config.dropout, is_training());
    return embeddingNorm->forward(projection->forward(pooled));
}

std::tuple<at::Tensor, at::Tensor> SpectralNetImpl::forward(const at::Tensor &waveform)
{
    at::Tensor e = embed(features(waveform));
    return {e, headList[size_t(config.primaryHead)]->logits(e)};
}

std::vector<NamedTensor> stateDictOf(torch::nn::Module &module)
{
    std::vector<NamedTensor> out;
    auto add = [&](const std::string &name, const at::Tensor &t) {
        NamedTensor n;
        n.name = QString::fromStdString(name);
        at::Tensor c = t.detach().to(at::kCPU).to(at::kFloat).contiguous();
        n.shape.assign(c.sizes().begin(), c.sizes().end());
        n.values.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        out.push_back(std::move(n));
    };
    for (const auto &p : module.named_parameters(true))
        add(p.key(), p.value());
    for (const auto &b : module.named_buffers(true))
        add(b.key(), b.value());
    return out;
}

void loadStateDict(torch::nn::Module &module, const std::vector<PthTensor> &tensors, const QString &path)
{
    std::map<std::string, const PthTensor *> byName;
    for (const PthTensor &t : tensors)
        byName[t.name.toStdString()] = &t;
    QStringList missing, misshaped;
    std::map<std::string, bool> used;
    torch::NoGradGuard ng;
    auto load = [&](const std::string &name, at::Tensor &dst) {
        auto it = byName.find(name);
        if (it == byName.end()) {
            missing << QString::fromStdString(name);
            return;
        }
        used[name] = true;
        const PthTensor &t = *it->second;
        std::vector<int64_t> want(dst.sizes().begin(), dst.sizes().end());
        if (t.shape != want) {
            QStringList w;
            for (int64_t s : want)
                w << QString::number(s);
            misshaped << Text::tr("%1 (file %2, network [%3])").arg(t.name, t.shapeString(), w.join(QLatin1String(", ")));
            return;
        }
        if (dst.scalar_type() == at::kLong) { // BatchNorm's num_batches_tracked; written as float32 (exact below 2^24)
            std::vector<int64_t> v;
            if (t.dtype.startsWith(QLatin1String("float")))
                for (float f : t.toFloat())
                    v.push_back(int64_t(f));
            else
                v = t.toInt64();
            dst.copy_(at::from_blob(const_cast<int64_t *>(v.data()), dst.sizes(), at::kLong));
        } else {
            const std::vector<float> v = t.toFloat();
            dst.copy_(at::from_blob(const_cast<float *>(v.data()), dst.sizes(), at::kFloat).to(dst.device()));
        }
    };
    for (auto &p : module.named_parameters(true))
        load(p.key(), p.value());
    for (auto &b : module.named_buffers(true))
        load(b.key(), b.value());
    QStringList unexpected;
    for (const auto &kv : byName)
        if (!used.count(kv.first))
            unexpected << QString::fromStdString(kv.first);
    if (!missing.isEmpty() || !misshaped.isEmpty() || !unexpected.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << Text::tr("missing: %1").arg(missing.join(QLatin1String(", ")));
        if (!misshaped.isEmpty())
            parts << Text::tr("wrong shape: %1").arg(misshaped.join(QLatin1String("; ")));
        if (!unexpected.isEmpty())
            parts << Text::tr("unexpected: %1").arg(unexpected.join(QLatin1String(", ")));
        throw Error(path, Text::tr("the weights do not fit the network (%1)").arg(parts.join(QLatin1String("; "))));
    }
}

SpectralNet loadSpectralNet(const SpectralConfig &config, const QString &weightsPath)
{
    SpectralNet net(config);
    loadStateDict(*net, readStateDictFile(weightsPath), weightsPath);
    net->eval();
    return net;
}

double forwardMacs(const SpectralConfig &c, long long samples)
{
    const double frames = c.frames(samples);
    double macs = frames * c.frequencyBins() * (c.frontEnd == QLatin1String("lfcc") ? c.lfccFilters : 0);
    if (c.frontEnd == QLatin1String("lfcc"))
        macs += frames * c.lfccFilters * c.lfccCoeffs;
    double h = c.featureDim(), w = frames;
    int in = 1;
    for (int out : c.channels) {
        if (c.backbone == QLatin1String("lcnn")) {
            macs += h * w * 9.0 * in * 2.0 * out;
        } else {
            macs += h * w * 9.0 * in * out + h * w * 9.0 * out * out + (in != out ? h * w * in * out : 0.0);
        }
        in = out;
        h = std::floor(h / 2);
        w = std::floor(w / 2);
    }
    const double d = in * h;
    macs += w * (d * c.attentionDim + c.attentionDim);
    macs += 2 * d * c.embeddingDim;
    for (const SpectralHead &hd : c.heads)
        macs += double(c.embeddingDim) * hd.classes.size();
    return macs;
}

} // namespace st::spectral

namespace st {

namespace {

class SpectralModel final : public EmbeddingModel
{
public:
    SpectralModel(spectral::SpectralNet net, ModelManifest manifest, bool cuda)
        : m_net(std::move(net)), m_manifest(std::move(manifest)), m_cuda(cuda)
    {
        if (m_cuda)
            m_net->to(at::Device(at::kCUDA, 0));
    }
    const ModelManifest &manifest() const override { return m_manifest; }
    int embeddingDim() const override { return m_net->config.embeddingDim; }
    int numClasses() const override
    {
        return int(m_net->config.heads[size_t(m_net->config.primaryHead)].classes.size());
    }
    QString device() const override { return m_cuda ? QStringLiteral("cuda:0") : QStringLiteral("cpu"); }

    std::vector<ModelOutput> forward(const std::vector<std::vector<float>> &batch) override
    {
        std::vector<ModelOutput> outputs;
        if (batch.empty())
            return outputs;
        const size_t len = batch.front().size();
        for (const auto &w : batch)
            if (w.size() != len)
                throw Error(m_manifest.weightsFile, Text::tr("forward: all waveforms of a batch must have the same "
                                                                   "length (%1 and %2 samples)")
                                                        .arg(len)
                                                        .arg(w.size()));
        const int64_t minimum = int64_t(m_net->config.hop) << m_net->config.channels.size();
        if (int64_t(len) < minimum)
            throw Error(m_manifest.weightsFile, Text::tr("forward: a waveform of %1 samples is too short; the model "
                                                               "needs at least %2 samples")
                                                    .arg(len)
                                                    .arg(minimum));
        at::Tensor x = at::empty({int64_t(batch.size()), int64_t(len)}, at::kFloat);
        for (size_t b = 0; b < batch.size(); ++b)
            std::copy(batch[b].begin(), batch[b].end(), x.data_ptr<float>() + b * len);
        c10::InferenceMode guard;
        if (m_cuda)
            x = x.to(at::Device(at::kCUDA, 0));
        auto [emb, logits] = m_net->forward(x);
        emb = emb.to(at::kCPU).contiguous();
        logits = logits.to(at::kCPU).contiguous();
        const int64_t d = emb.size(1), c = logits.size(1);
        outputs.resize(batch.size());
        for (size_t b = 0; b < batch.size(); ++b) {
            outputs[b].embedding.assign(emb.data_ptr<float>() + b * d, emb.data_ptr<float>() + (b + 1) * d);
            outputs[b].logits.assign(logits.data_ptr<float>() + b * c, logits.data_ptr<float>() + (b + 1) * c);
        }
        return outputs;
    }

    spectral::SpectralNet net() const { return m_net; }

private:
    spectral::SpectralNet m_net;
    ModelManifest m_manifest;
    bool m_cuda = false;
};

} // namespace

namespace spectral {
SpectralNet spectralNetOf(const EmbeddingModel &model)
{
    if (const auto *m = dynamic_cast<const SpectralModel *>(&model))
        return m->net();
    return SpectralNet(nullptr);
}
} // namespace spectral

std::shared_ptr<EmbeddingModel> loadSpectral(const ModelManifest &m, const RunOptions &opt)
{
    if (m.configFile.isEmpty())
        throw Error(m.manifestPath, Text::tr("model \"%1\": a native-spectral model needs a configFile (the network "
                                                   "config JSON)")
                                        .arg(m.name));
    const SpectralConfig config = SpectralConfig::fromJsonFile(m.resolvedConfigPath());
    const SpectralHead &primary = config.heads[size_t(config.primaryHead)];
    if (primary.classes != m.classNames)
        throw Error(m.manifestPath, Text::tr("model \"%1\": classNames (%2) differ from the primary head's classes "
                                                   "in %3 (%4)")
                                        .arg(m.name, m.classNames.join(QLatin1String(", ")), m.resolvedConfigPath(),
                                             primary.classes.join(QLatin1String(", "))));
    if (m.embeddingDim != config.embeddingDim)
        throw Error(m.manifestPath, Text::tr("model \"%1\": embeddingDim is %2 but the network config gives %3")
                                        .arg(m.name)
                                        .arg(m.embeddingDim)
                                        .arg(config.embeddingDim));
    if (opt.threads > 0 && at::get_num_threads() != opt.threads)
        at::set_num_threads(opt.threads);
    spectral::SpectralNet net = spectral::loadSpectralNet(config, m.resolvedWeightsPath());
    const bool cuda = opt.preferCuda && torch::cuda::is_available();
    return std::make_shared<SpectralModel>(net, m, cuda);
}

long long spectralParameterCount(const SpectralConfig &config)
{
    spectral::SpectralNet net(config);
    long long n = 0;
    for (const auto &p : net->parameters())
        n += p.numel();
    return n;
}

double spectralForwardMacs(const SpectralConfig &config, long long samples)
{
    return spectral::forwardMacs(config, samples);
}

} // namespace st
