// LibTorch first: Qt's `slots` macro breaks its headers when they come after a Qt header.
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/script.h>

#include "models/TorchScriptModel.h"
#include "models/ZipDirectory.h"

#include "util/Error.h"

#include <QFileInfo>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::TorchScriptModel) };
} // namespace

namespace st {

namespace {

QString shapeText(const at::Tensor &t)
{
    QStringList dims;
    for (int64_t s : t.sizes())
        dims << QString::number(s);
    return QStringLiteral("[%1]").arg(dims.join(QLatin1Char(',')));
}

QString ivalueKind(const c10::IValue &v)
{
    return QString::fromStdString(v.tagKind());
}

} // namespace

struct TorchScriptModel::Impl
{
    ModelManifest manifest;
    torch::jit::Module module;
    torch::Device device{torch::kCPU};
    QString path;

    [[noreturn]] void fail(const QString &cause) const
    {
        throw Error(path, Text::tr("%1 (manifest %2)").arg(cause, manifest.manifestPath));
    }

    // Picks one output by tuple/list index or dict key (the manifest's selector).
    at::Tensor select(const c10::IValue &out, const QString &selector, const char *what) const
    {
        bool isIndex = false;
        const int index = selector.toInt(&isIndex);
        if (out.isTuple() || out.isList()) {
            std::vector<c10::IValue> elems;
            if (out.isTuple())
                elems = out.toTuple()->elements().vec();
            else
                for (const c10::IValue &e : out.toList())
                    elems.push_back(e);
            if (!isIndex || index < 0 || index >= int(elems.size()))
                fail(Text::tr("the model returns a %1 of %2 outputs; the manifest's %3 \"%4\" is not an index in it")
                         .arg(ivalueKind(out)).arg(elems.size()).arg(QLatin1String(what), selector));
            if (!elems[index].isTensor())
                fail(Text::tr("output %1 (%2) is a %3, not a tensor").arg(index).arg(QLatin1String(what), ivalueKind(elems[index])));
            return elems[index].toTensor();
        }
        if (out.isGenericDict()) {
            QStringList keys;
            for (const auto &kv : out.toGenericDict()) {
                const QString key = kv.key().isString() ? QString::fromStdString(kv.key().toStringRef())
                                                        : QString::fromStdString(kv.key().tagKind());
                keys << key;
                if (key == selector) {
                    if (!kv.value().isTensor())
                        fail(Text::tr("output \"%1\" (%2) is a %3, not a tensor").arg(selector, QLatin1String(what), ivalueKind(kv.value())));
                    return kv.value().toTensor();
                }
            }
            fail(Text::tr("the model returns a dict with keys {%1}; the manifest's %2 \"%3\" is not one of them")
                     .arg(keys.join(QStringLiteral(", ")), QLatin1String(what), selector));
        }
        if (out.isTensor())
            fail(Text::tr("the model returns a single tensor; a tuple (embedding, logits) or a dict is needed"));
        fail(Text::tr("the model returns a %1; a tuple or dict of tensors is needed").arg(ivalueKind(out)));
    }

    // Runs the module on a [batch, samples] tensor and returns (embedding, logits) on the CPU,
    // checked against the manifest's shapes.
    std::pair<at::Tensor, at::Tensor> run(const at::Tensor &input) const
    {
        c10::IValue out;
        try {
            c10::InferenceMode guard;
            std::vector<c10::IValue> args{input.to(device)};
            out = const_cast<torch::jit::Module &>(module).forward(args);
        } catch (const c10::Error &e) {
            fail(Text::tr("the model failed on an input of shape %1: %2")
                     .arg(shapeText(input), QString::fromStdString(e.what_without_backtrace())));
        }
        at::Tensor emb = select(out, manifest.embeddingOutput, "embeddingOutput");
        at::Tensor logits = select(out, manifest.logitsOutput, "logitsOutput");
        const int64_t b = input.size(0);
        if (emb.dim() != 2 || emb.size(0) != b || emb.size(1) != manifest.embeddingDim)
            fail(Text::tr("the embedding output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (embeddingDim)")
                     .arg(shapeText(emb)).arg(b).arg(manifest.embeddingDim));
        if (logits.dim() != 2 || logits.size(0) != b || logits.size(1) != manifest.classNames.size())
            fail(Text::tr("the logits output has shape %1 for a batch of %2, but the manifest declares [%2,%3] (one per class name)")
                     .arg(shapeText(logits)).arg(b).arg(manifest.classNames.size()));
        return {emb.detach().to(torch::kCPU, torch::kFloat).contiguous(),
                logits.detach().to(torch::kCPU, torch::kFloat).contiguous()};
    }
};

bool TorchScriptModel::cudaAvailable()
{
    return torch::cuda::is_available();
}

TorchScriptModel::TorchScriptModel(const ModelManifest &manifest, const RunOptions &opt) : d(new Impl)
{
    d->manifest = manifest;
    d->path = manifest.resolvedWeightsPath();
    if (manifest.kind != QLatin1String("torchscript"))
        d->fail(Text::tr("the manifest's kind is \"%1\", not \"torchscript\"").arg(manifest.kind));
    if (!QFileInfo(d->path).isFile())
        d->fail(Text::tr("TorchScript file not found"));
    if (opt.threads > 0)
        at::set_num_threads(opt.threads);
    if (opt.preferCuda && cudaAvailable())
        d->device = torch::Device(torch::kCUDA, 0);
    // LibTorch's zip reader skips CRC checks: refuse a damaged archive before loading it.
    try {
        verifyZipArchive(d->path);
    } catch (const Error &e) {
        d->fail(Text::tr("not a loadable TorchScript file: %1").arg(e.cause()));
    }
    try {
        d->module = torch::jit::load(d->path.toStdString(), d->device);
    } catch (const c10::Error &e) {
        d->fail(Text::tr("not a loadable TorchScript file: %1")
                    .arg(QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0)));
    } catch (const std::exception &e) {
        d->fail(Text::tr("not a loadable TorchScript file: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    d->module.eval();

    // The shape check: one input of the model's length (or 1 s for whole-clip models), zeros plus
    // small deterministic noise (an all-zero input can hide shape bugs behind NaN-free constants).
    const int64_t n = manifest.inputPolicy == InputPolicy::WholeClip ? manifest.sampleRate : manifest.inputLength;
    at::Tensor probe = at::zeros({1, n}, at::kFloat);
    float *p = probe.data_ptr<float>();
    uint32_t state = 12345u;
    for (int64_t i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        p[i] = 1e-3f * (float(state >> 8) / float(1u << 24) - 0.5f);
    }
    const auto [emb, logits] = d->run(probe);
    const float *e = emb.data_ptr<float>();
    const float *l = logits.data_ptr<float>();
    for (int64_t i = 0; i < emb.numel(); ++i)
        if (!std::isfinite(e[i]))
            d->fail(Text::tr("the embedding is not finite on the test input"));
    for (int64_t i = 0; i < logits.numel(); ++i)
        if (!std::isfinite(l[i]))
            d->fail(Text::tr("the logits are not finite on the test input"));
}

TorchScriptModel::~TorchScriptModel() = default;

const ModelManifest &TorchScriptModel::manifest() const { return d->manifest; }
int TorchScriptModel::embeddingDim() const { return d->manifest.embeddingDim; }
int TorchScriptModel::numClasses() const { return int(d->manifest.classNames.size()); }
QString TorchScriptModel::device() const { return d->device.is_cuda() ? QStringLiteral("cuda:0") : QStringLiteral("cpu"); }

std::vector<ModelOutput> TorchScriptModel::forward(const std::vector<std::vector<float>> &batch)
{
    if (batch.empty())
        return {};
    const int64_t n = int64_t(batch.front().size());
    for (const auto &w : batch)
        if (int64_t(w.size()) != n)
            throw Error(d->path, Text::tr("forward() needs waveforms of equal length (got %1 and %2)").arg(n).arg(w.size()));
    if (n == 0)
        throw Error(d->path, Text::tr("forward() got an empty waveform"));
    at::Tensor input = at::empty({int64_t(batch.size()), n}, at::kFloat);
    for (size_t i = 0; i < batch.size(); ++i)
        std::copy(batch[i].begin(), batch[i].end(), input[int64_t(i)].data_ptr<float>());
    const auto [emb, logits] = d->run(input);
    std::vector<ModelOutput> out(batch.size());
    const int64_t de = emb.size(1), dl = logits.size(1);
    for (size_t i = 0; i < batch.size(); ++i) {
        const float *e = emb.data_ptr<float>() + int64_t(i) * de;
        const float *l = logits.data_ptr<float>() + int64_t(i) * dl;
        out[i].embedding.assign(e, e + de);
        out[i].logits.assign(l, l + dl);
    }
    return out;
}

} // namespace st
