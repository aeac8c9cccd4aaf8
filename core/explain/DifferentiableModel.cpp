// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include <ATen/ATen.h>
#include <torch/script.h>

#include "explain/DifferentiableModel.h"
#include "models/AasistModule.h"
#include "models/SpectralNet.h"

#include "util/Error.h"

#include <QFileInfo>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::DifferentiableModel) };
} // namespace

namespace st {

namespace {

// Measured with bench_ig --memory (AASIST, 64 600 samples: peak RSS of forward+backward grows by 0.9 to
// 1.2 GiB per batch row with the heap-only allocation IG sets up, i.e. ~15 kB per input sample); see
// docs/explanations.md.
constexpr double kAasistBytesPerSample = 15000.0;

class AasistDifferentiable final : public DifferentiableModel
{
public:
    explicit AasistDifferentiable(aasist::AasistNet net) : m_net(std::move(net)) {}

    std::pair<at::Tensor, at::Tensor> forward(const at::Tensor &x) override
    {
        auto [emb, logits] = m_net->forward(x);
        return {emb, logits};
    }
    // The network lives where the loaded model put it (cuda:0 when the model runs on a GPU).
    c10::Device device() const override { return m_net->out_layer->weight.device(); }
    int64_t minimumSamples() const override { return m_net->minimumSamples(); }
    double bytesPerSample() const override { return kAasistBytesPerSample; }

    // The sinc convolution of the reference front end (fixed filters, no bias): linear in x.
    bool hasLinearFrontEnd() const override { return true; }
    at::Tensor frontEnd(const at::Tensor &x) override
    {
        return at::conv1d(x.unsqueeze(1), m_net->sincFilters.to(x.device()));
    }
    // The sinc convolution, |.| and the 3 x 3 max-pool: [B, 1, filters / 3, frames].
    bool hasHomogeneousFrontEnd() const override { return true; }
    at::Tensor homogeneousFrontEnd(const at::Tensor &x) override { return pool(frontEnd(x)); }
    // What AasistNetImpl::forward does after the convolution (h [B, filters, samples]) or after the
    // max-pool (h [B, 1, filters / 3, frames], homogeneousFrontEnd()).
    std::pair<at::Tensor, at::Tensor> forwardFromFrontEnd(const at::Tensor &h) override
    {
        at::Tensor x = h.dim() == 4 ? h : pool(h);
        x = at::selu(m_net->first_bn->forward(x));
        // The blocks with bn2 folded into conv1 (eval mode, as IG runs the model): one operation fewer
        // per block forward and backward.
        x = m_net->encoderFolded(x);
        auto [emb, logits] = m_net->backEnd(x);
        return {emb, logits};
    }

    bool hasSelections() const override { return true; }
    std::pair<at::Tensor, at::Tensor> forwardWithSelections(const at::Tensor &in, bool fromFrontEnd,
                                                            std::vector<Selection> &selections, at::Tensor *backEndInput) override
    {
        return recording(selections, backEndInput, [&] { return fromFrontEnd ? forwardFromFrontEnd(in) : forward(in); });
    }
    // A 3-d input is the front end's output (frontEnd(), [B, filters, frames]), a 4-d one the homogeneous
    // front end's ([B, 1, filters / 3, frames]): Integrated Gradients probes the path from the front-end
    // outputs it computed once (a probe skips the sinc convolution, and from silence the max-pool too).
    std::pair<at::Tensor, at::Tensor> probeWithSelections(const at::Tensor &in, std::vector<Selection> &selections,
                                                          at::Tensor *backEndInput) override
    {
        at::NoGradGuard ng;
        return recording(selections, backEndInput, [&] {
            auto [emb, logits] = in.dim() == 4 ? m_net->forwardInferenceFromPooled(in)
                : in.dim() == 3           ? m_net->forwardInferenceFromSinc(in)
                                          : m_net->forwardInference(in);
            return std::make_pair(emb, logits);
        });
    }
    // The graph attention back end after the residual blocks (its input: [B, C, H, T]).
    bool hasBackEnd() const override { return true; }
    std::pair<at::Tensor, at::Tensor> backEndWithSelections(const at::Tensor &e, std::vector<Selection> &selections) override
    {
        at::NoGradGuard ng;
        return recording(selections, nullptr, [&] {
            auto [emb, logits] = m_net->backEnd(e);
            return std::make_pair(emb, logits);
        });
    }

private:
    // The reference's |.| and 3 x 3 max-pool of the sinc output h [B, filters, samples].
    static at::Tensor pool(const at::Tensor &h) { return at::max_pool2d(at::abs(h.unsqueeze(1)), {3, 3}); }

    template<class Fn>
    std::pair<at::Tensor, at::Tensor> recording(std::vector<Selection> &selections, at::Tensor *backEndInput, Fn &&fn)
    {
        aasist::SelectionRecord record;
        struct Stop
        {
            ~Stop() { aasist::AasistNetImpl::setSelectionRecord(nullptr); }
        } stop;
        aasist::AasistNetImpl::setSelectionRecord(&record);
        auto out = fn();
        selections.clear();
        for (const auto &e : record.entries)
            selections.push_back({QString::fromLatin1(e.pool), e.level, e.scores, e.index});
        if (backEndInput)
            *backEndInput = record.backEndInput.defined() ? record.backEndInput.detach() : at::Tensor();
        return out;
    }

    aasist::AasistNet m_net;
};

class TorchScriptDifferentiable final : public DifferentiableModel
{
public:
    explicit TorchScriptDifferentiable(const ModelManifest &m, const QString &device) : m_manifest(m)
    {
        m_path = m.resolvedWeightsPath();
        if (device.startsWith(QLatin1String("cuda")))
            m_device = c10::Device(c10::kCUDA, 0);
        try {
            m_module = torch::jit::load(m_path.toStdString(), m_device);
        } catch (const c10::Error &e) {
            throw Error(m_path, Text::tr("cannot load the TorchScript file for attributions: %1")
                                    .arg(QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
        }
        m_module.eval();
    }

    std::pair<at::Tensor, at::Tensor> forward(const at::Tensor &x) override
    {
        c10::IValue out;
        try {
            out = m_module.forward({x.to(m_device)});
        } catch (const c10::Error &e) {
            throw Error(m_path, Text::tr("the model failed under autograd: %1")
                                    .arg(QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
        }
        return {select(out, m_manifest.embeddingOutput), select(out, m_manifest.logitsOutput)};
    }
    c10::Device device() const override { return m_device; }
    // Unknown architecture: assume it is as hungry as AASIST (conservative for small models).
    double bytesPerSample() const override { return kAasistBytesPerSample; }

private:
    at::Tensor select(const c10::IValue &out, const QString &selector) const
    {
        bool isIndex = false;
        const int index = selector.toInt(&isIndex);
        if (out.isTuple() && isIndex) {
            const auto &elems = out.toTuple()->elements();
            if (index >= 0 && index < int(elems.size()) && elems[size_t(index)].isTensor())
                return elems[size_t(index)].toTensor();
        } else if (out.isList() && isIndex) {
            const auto list = out.toList();
            if (index >= 0 && index < int(list.size()) && list.get(size_t(index)).isTensor())
                return list.get(size_t(index)).toTensor();
        } else if (out.isGenericDict()) {
            for (const auto &kv : out.toGenericDict())
                if (kv.key().isString() && QString::fromStdString(kv.key().toStringRef()) == selector && kv.value().isTensor())
                    return kv.value().toTensor();
        }
        throw Error(m_path, Text::tr("the output \"%1\" named by the manifest is not a tensor the model returns").arg(selector));
    }

    ModelManifest m_manifest;
    QString m_path;
    c10::Device m_device{c10::kCPU};
    torch::jit::Module m_module;
};

} // namespace

// SourceTrace's own spectral network: one differentiable forward from the waveform (its STFT power front end is
// not linear in the waveform, so IG runs it at every step). Activations per input sample measured like AASIST's
// (bench_ig --memory) are far smaller; 2 kB per sample is a safe bound for the default LCNN.
class SpectralDifferentiable final : public DifferentiableModel
{
public:
    explicit SpectralDifferentiable(spectral::SpectralNet net) : m_net(std::move(net)) {}
    std::pair<at::Tensor, at::Tensor> forward(const at::Tensor &x) override
    {
        auto [emb, logits] = m_net->forward(x);
        return {emb, logits};
    }
    c10::Device device() const override { return m_net->window.device(); }
    int64_t minimumSamples() const override { return int64_t(m_net->config.hop) << m_net->config.channels.size(); }
    double bytesPerSample() const override { return 2000.0; }

    // The log filterbank energies (lfcc; log power for logspec) before the DCT, the deltas and the
    // per-utterance mean removal, which forwardFromFeatures applies.
    bool hasFeatureFrontEnd() const override { return true; }
    at::Tensor features(const at::Tensor &x) override
    {
        return spectral::frontEndLogEnergies(m_net->config, x, m_net->window.to(x.device()), m_net->filterbank.to(x.device()));
    }
    std::pair<at::Tensor, at::Tensor> forwardFromFeatures(const at::Tensor &f) override
    {
        at::Tensor e = m_net->embed(spectral::featuresFromLogEnergies(m_net->config, f, m_net->dct.to(f.device())));
        return {e, m_net->headList[size_t(m_net->config.primaryHead)]->logits(e)};
    }
    std::vector<double> featureBinHz() const override { return spectral::logEnergyBinHz(m_net->config, m_net->filterbank); }
    int featureHop() const override { return m_net->config.hop; }
    QString featureName() const override
    {
        return m_net->config.frontEnd == QLatin1String("lfcc")
            ? QStringLiteral("log linear-filterbank energies (%1 filters, before the DCT, deltas and mean removal)").arg(m_net->config.lfccFilters)
            : QStringLiteral("log power spectrum (%1 bins, before the mean removal)").arg(m_net->config.frequencyBins());
    }

private:
    spectral::SpectralNet m_net;
};

std::unique_ptr<DifferentiableModel> makeDifferentiableModel(const EmbeddingModelPtr &model)
{
    if (model)
        if (spectral::SpectralNet net = spectral::spectralNetOf(*model))
            return std::make_unique<SpectralDifferentiable>(net);
    if (!model)
        throw Error(Text::tr("no model to explain"));
    if (aasist::AasistNet net = aasist::aasistNetOf(*model))
        return std::make_unique<AasistDifferentiable>(net);
    if (model->manifest().kind == QLatin1String("torchscript"))
        return std::make_unique<TorchScriptDifferentiable>(model->manifest(), model->device());
    throw Error(model->manifest().manifestPath,
                Text::tr("model %1 is of kind \"%2\": attributions need a native AASIST, a native spectral or a TorchScript model")
                    .arg(model->manifest().name, model->manifest().kind));
}

} // namespace st
