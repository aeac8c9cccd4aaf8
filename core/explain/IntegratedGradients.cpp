// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/csrc/autograd/autograd.h>
#include <ATen/core/grad_mode.h>

#include "explain/DifferentiableModel.h"
#include "explain/IntegratedGradients.h"

#include "jobs/Job.h"
#include "models/ModelRunner.h"
#include "util/Error.h"
#include "util/Memory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <map>
#include <numeric>
#include <climits>
#include <cstdio>
#include <iterator>
#include <cmath>
#include <malloc.h>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::IntegratedGradients) };
} // namespace

namespace st {

QString stitchingName(Stitching s)
{
    return s == Stitching::Crossfade ? QStringLiteral("crossfade") : QStringLiteral("mean");
}

struct IntegratedGradients::Impl
{
    EmbeddingModelPtr model;
    std::unique_ptr<DifferentiableModel> net;
};

IntegratedGradients::IntegratedGradients(EmbeddingModelPtr model) : d(new Impl)
{
    d->model = std::move(model);
    d->net = makeDifferentiableModel(d->model);
}

IntegratedGradients::~IntegratedGradients() = default;

const EmbeddingModelPtr &IntegratedGradients::model() const { return d->model; }

double IntegratedGradients::bytesPerRow(int64_t samples) const
{
    return d->net->bytesPerSample() * double(samples);
}

int IntegratedGradients::rowsForBudget(int64_t samples, double budgetBytes) const
{
    const double per = bytesPerRow(samples);
    return std::max(1, int(std::floor(budgetBytes / std::max(per, 1.0))));
}

std::vector<std::vector<float>> IntegratedGradients::stitchWeights(const std::vector<std::pair<int64_t, int64_t>> &spans,
                                                                   int64_t length, Stitching s)
{
    std::vector<std::vector<float>> w(spans.size(), std::vector<float>(size_t(std::max<int64_t>(length, 0)), 0.0f));
    if (spans.empty())
        return w;
    if (s == Stitching::Mean) {
        const float inv = 1.0f / float(spans.size());
        for (size_t k = 0; k < spans.size(); ++k)
            for (int64_t t = spans[k].first; t < std::min(spans[k].second, length); ++t)
                w[k][size_t(t)] = inv;
        return w;
    }
    // Triangular tapers (plus a small floor so that a sample covered by one window only, at a window's
    // end, keeps weight 1), normalised to sum to 1 at every sample.
    std::vector<double> total(size_t(length), 0.0);
    std::vector<std::vector<double>> raw(spans.size(), std::vector<double>(size_t(length), 0.0));
    for (size_t k = 0; k < spans.size(); ++k) {
        const double len = double(spans[k].second - spans[k].first);
        for (int64_t t = spans[k].first; t < std::min(spans[k].second, length); ++t) {
            const double u = (double(t - spans[k].first) + 0.5) / len;
            raw[k][size_t(t)] = 1.0 - std::abs(2.0 * u - 1.0) + 1e-3;
            total[size_t(t)] += raw[k][size_t(t)];
        }
    }
    for (size_t k = 0; k < spans.size(); ++k)
        for (int64_t t = 0; t < length; ++t)
            if (total[size_t(t)] > 0.0)
                w[k][size_t(t)] = float(raw[k][size_t(t)] / total[size_t(t)]);
    return w;
}

namespace {

at::Tensor targetOf(const at::Tensor &emb, const at::Tensor &logits, const AttributionTarget &t, const ModelManifest &m,
                    const at::Tensor &fingerprint)
{
    switch (t.kind) {
    case AttributionTarget::Kind::Logit:
        return logits.select(1, t.classIndex);
    case AttributionTarget::Kind::Margin:
        return logits.select(1, AttributionTarget::spoofClassOf(m)) - logits.select(1, m.bonafideClass);
    case AttributionTarget::Kind::Cosine: {
        const at::Tensor fp = fingerprint.to(emb.device());
        const at::Tensor dot = (emb * fp.unsqueeze(0)).sum(1);
        return dot / (at::sqrt((emb * emb).sum(1)).clamp_min(1e-12) * at::sqrt((fp * fp).sum()));
    }
    }
    return {};
}

double targetValue(const ModelOutput &o, const AttributionTarget &t, const ModelManifest &m)
{
    switch (t.kind) {
    case AttributionTarget::Kind::Logit:
        return o.logits.at(size_t(t.classIndex));
    case AttributionTarget::Kind::Margin:
        return double(o.logits.at(size_t(AttributionTarget::spoofClassOf(m)))) - o.logits.at(size_t(m.bonafideClass));
    case AttributionTarget::Kind::Cosine: {
        double dot = 0.0, ne = 0.0, nf = 0.0;
        for (size_t i = 0; i < o.embedding.size() && i < t.fingerprint.size(); ++i) {
            dot += double(o.embedding[i]) * t.fingerprint[i];
            ne += double(o.embedding[i]) * o.embedding[i];
            nf += double(t.fingerprint[i]) * t.fingerprint[i];
        }
        return dot / (std::max(std::sqrt(ne), 1e-12) * std::sqrt(nf));
    }
    }
    return 0.0;
}

at::Tensor toTensor(const std::vector<float> &v)
{
    return at::from_blob(const_cast<float *>(v.data()), {int64_t(v.size())}, at::kFloat).clone();
}

// The model input of one window: index[t] is the clip sample at input position t (-1 = zero padding).
std::vector<int64_t> windowIndex(int64_t start, int64_t end, int64_t inputLength, Padding padding)
{
    const int64_t len = end - start;
    std::vector<int64_t> idx(size_t(std::max(inputLength, len)));
    if (inputLength <= 0 || len >= inputLength) {
        idx.resize(size_t(len));
        for (int64_t t = 0; t < len; ++t)
            idx[size_t(t)] = start + t;
        return idx;
    }
    for (int64_t t = 0; t < inputLength; ++t)
        idx[size_t(t)] = padding == Padding::Zeros ? (t < len ? start + t : -1) : start + t % len;
    return idx;
}

std::vector<float> gather(const std::vector<float> &clip, const std::vector<int64_t> &idx)
{
    std::vector<float> out(idx.size());
    for (size_t t = 0; t < idx.size(); ++t)
        out[t] = idx[t] < 0 ? 0.0f : clip[size_t(idx[t])];
    return out;
}

// Runs the rows of a path side by side on worker threads of one intra-op thread each (IgSettings::
// rowWorkers). The workers live as long as the pool, so each keeps its oneDNN primitives and its
// allocator arena between batches. run(n, f) calls f(i) for every i in [0, n) and returns when all are
// done; the first exception a task throws is rethrown in the calling thread. Grad mode is thread-local:
// a task sets its own.
class RowWorkers
{
public:
    explicit RowWorkers(int workers)
    {
        for (int w = 0; w < workers; ++w)
            m_threads.emplace_back([this] { loop(); });
    }
    ~RowWorkers()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (auto &t : m_threads)
            t.join();
    }
    int size() const { return int(m_threads.size()); }

    void run(int64_t n, const std::function<void(int64_t)> &f)
    {
        if (n <= 0)
            return;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_task = &f;
        m_next = 0;
        m_count = n;
        m_pending = n;
        m_error = nullptr;
        ++m_generation;
        m_wake.notify_all();
        m_done.wait(lock, [this] { return m_pending == 0; });
        m_task = nullptr;
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    void loop()
    {
        // One intra-op thread in this worker (OpenMP's thread count is per calling thread; LibTorch
        // also keeps the last value for threads it initialises later: run() restores the caller's).
        at::set_num_threads(1);
        uint64_t seen = 0;
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || (m_generation != seen && m_next < m_count); });
            if (m_stop)
                return;
            while (m_next < m_count) {
                const int64_t i = m_next++;
                const std::function<void(int64_t)> *task = m_task;
                lock.unlock();
                std::exception_ptr error;
                try {
                    (*task)(i);
                } catch (...) {
                    error = std::current_exception();
                }
                lock.lock();
                if (error && !m_error)
                    m_error = error;
                if (--m_pending == 0)
                    m_done.notify_all();
            }
            seen = m_generation;
        }
    }

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(int64_t)> *m_task = nullptr;
    int64_t m_next = 0, m_count = 0, m_pending = 0;
    uint64_t m_generation = 0;
    std::exception_ptr m_error;
    bool m_stop = false;
};

// Splits the path at the nodes (plus alpha = 0 and 1) and compares each segment's change of F with
// the trapezoid of dF/d alpha over it. A smooth F leaves residuals that shrink with the step; a jump
// of F (a discontinuity of the model) leaves one residual that does not. Segments whose residual
// exceeds max(8 x the median residual, 0.1 % of the whole change) count as jumps; returns the sum of
// their residuals (and their number in `count`).
double pathJumps(const std::vector<double> &alphas, const std::vector<double> &f, const std::vector<double> &dfda, double f0,
                 double f1, int &count)
{
    struct Pt
    {
        double a, f, d;
    };
    std::vector<Pt> pts;
    if (alphas.front() > 0.0)
        pts.push_back({0.0, f0, std::nan("")});
    for (size_t k = 0; k < alphas.size(); ++k)
        pts.push_back({alphas[k], f[k], dfda[k]});
    if (alphas.back() < 1.0)
        pts.push_back({1.0, f1, std::nan("")});
    std::vector<double> res;
    for (size_t k = 0; k + 1 < pts.size(); ++k) {
        const double da = pts[k + 1].a - pts[k].a;
        const double d0 = std::isnan(pts[k].d) ? pts[k + 1].d : pts[k].d;
        const double d1 = std::isnan(pts[k + 1].d) ? pts[k].d : pts[k + 1].d;
        res.push_back((pts[k + 1].f - pts[k].f) - 0.5 * (d0 + d1) * da);
    }
    count = 0;
    if (res.empty())
        return 0.0;
    std::vector<double> mags;
    for (double r : res)
        mags.push_back(std::abs(r));
    std::nth_element(mags.begin(), mags.begin() + long(mags.size() / 2), mags.end());
    const double thr = std::max(8.0 * mags[mags.size() / 2], 1e-3 * std::abs(f1 - f0));
    double sum = 0.0;
    for (double r : res)
        if (std::abs(r) > thr) {
            sum += r;
            ++count;
        }
    return sum;
}

// The choices of one row: per selection layer, its kept nodes in ascending order.
using Choices = std::vector<std::vector<int64_t>>;
Choices choicesOf(const std::vector<DifferentiableModel::Selection> &sel, int64_t row)
{
    Choices c;
    for (const auto &l : sel) {
        const at::Tensor ix = l.index[row].to(at::kCPU, at::kLong).contiguous();
        std::vector<int64_t> v(ix.data_ptr<int64_t>(), ix.data_ptr<int64_t>() + ix.numel());
        std::sort(v.begin(), v.end());
        c.push_back(std::move(v));
    }
    return c;
}

// Each selection layer's scores for one row.
std::vector<std::vector<float>> scoresOf(const std::vector<DifferentiableModel::Selection> &sel, int64_t row)
{
    std::vector<std::vector<float>> c;
    for (const auto &l : sel) {
        const at::Tensor sc = l.scores[row].detach().to(at::kCPU, at::kFloat).contiguous();
        c.emplace_back(sc.data_ptr<float>(), sc.data_ptr<float>() + sc.numel());
    }
    return c;
}

struct PathPoint
{
    double alpha = 0.0;
    double f = 0.0;
    Choices choices;
    std::vector<std::vector<float>> scores;
    at::Tensor enc; // the back end's input [1, ...] at a recorded point (interpolated jump search); undefined otherwise
};

// What changed first between two points: the layers of the lowest level whose choice differs, each
// with its leaving and entering nodes.
struct Change
{
    size_t layer = 0;
    std::vector<int64_t> leaving, entering;
};
std::vector<Change> rootChanges(const PathPoint &lo, const PathPoint &hi, const std::vector<int> &levels)
{
    int level = INT_MAX;
    for (size_t l = 0; l < lo.choices.size() && l < hi.choices.size() && l < levels.size(); ++l)
        if (lo.choices[l] != hi.choices[l])
            level = std::min(level, levels[l]);
    std::vector<Change> out;
    for (size_t l = 0; l < lo.choices.size() && l < hi.choices.size() && l < levels.size(); ++l) {
        if (lo.choices[l] == hi.choices[l] || levels[l] != level)
            continue;
        Change c;
        c.layer = l;
        std::set_difference(lo.choices[l].begin(), lo.choices[l].end(), hi.choices[l].begin(), hi.choices[l].end(),
                            std::back_inserter(c.leaving));
        std::set_difference(hi.choices[l].begin(), hi.choices[l].end(), lo.choices[l].begin(), lo.choices[l].end(),
                            std::back_inserter(c.entering));
        out.push_back(std::move(c));
    }
    return out;
}

// Where the scores of a single leaving/entering pair cross, by linear interpolation between the ends
// (NaN when the interval does not hold exactly one such crossing with the expected signs).
double predictedCrossing(const PathPoint &lo, const PathPoint &hi, const std::vector<int> &levels)
{
    const std::vector<Change> ch = rootChanges(lo, hi, levels);
    if (ch.size() != 1 || ch[0].leaving.size() != 1 || ch[0].entering.size() != 1)
        return std::nan("");
    const size_t l = ch[0].layer;
    if (l >= lo.scores.size() || l >= hi.scores.size())
        return std::nan("");
    const size_t i = size_t(ch[0].leaving[0]), j = size_t(ch[0].entering[0]);
    const double cLo = double(lo.scores[l][i]) - lo.scores[l][j];
    const double cHi = double(hi.scores[l][i]) - hi.scores[l][j];
    if (!(cLo >= 0.0 && cHi < 0.0))
        return std::nan("");
    return lo.alpha + (hi.alpha - lo.alpha) * cLo / (cLo - cHi);
}

} // namespace

std::vector<double> IntegratedGradients::evaluate(const std::vector<std::vector<float>> &inputs, const AttributionTarget &targetIn)
{
    const ModelManifest &m = d->model->manifest();
    const AttributionTarget target = targetIn.resolvedFor(m, d->model->numClasses(), d->model->embeddingDim());
    const at::Tensor fp = target.fingerprint.empty() ? at::Tensor() : toTensor(target.fingerprint);
    std::vector<double> out;
    at::NoGradGuard noGrad;
    for (const auto &in : inputs) {
        const at::Tensor x = toTensor(in).unsqueeze(0).to(d->net->device());
        auto [emb, logits] = d->net->forward(x);
        out.push_back(targetOf(emb, logits, target, m, fp).item<double>());
    }
    return out;
}

IgResult IntegratedGradients::run(const std::vector<float> &clip, const IgSettings &s, const IgProgress &progress,
                                  const IgCancelled &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    const ModelManifest &m = d->model->manifest();
    const AttributionTarget target = s.target.resolvedFor(m, d->model->numClasses(), d->model->embeddingDim());
    if (clip.empty())
        throw Error(Text::tr("the clip has no samples to explain"));
    if (s.steps < 1 || s.steps > 100000)
        throw Error(Text::tr("steps must lie in 1..100000 (got %1)").arg(s.steps));
    if (s.threads > 0)
        at::set_num_threads(s.threads);
    // Every step allocates and frees the same large activation tensors (tens of MB each). glibc serves
    // blocks above its mmap threshold with fresh mappings, so each step would page-fault all its
    // activations in again and the kernel time exceeded the arithmetic (measured: sys 64 s vs user 38 s).
    // Keeping large blocks on the heap lets the freed memory be reused by the next step.
    static std::once_flag heapOnce;
    // ST_IG_SYSTEM_MALLOC=1 leaves glibc's defaults (for bench_ig's comparison only).
    std::call_once(heapOnce, [] {
        if (qEnvironmentVariableIntValue("ST_IG_SYSTEM_MALLOC") != 0)
            return;
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
        // The row workers' large blocks on the same heap (util/Memory.h; the programs call it first thing in main,
        // this covers other hosts of the library for threads that have not allocated yet).
        useOneMallocArena();
    });
    const QuadratureNodes q = quadratureOnUnitInterval(s.rule, s.steps);

    IgResult r;
    r.sampleRate = m.sampleRate;
    r.modelName = m.name;
    r.weightsSha256 = m.weightsSha256;
    r.device = d->model->device();
    r.targetSpec = target.spec();
    r.targetDescription = target.describe(m);
    r.positiveMeaning = target.positiveMeaning(m);
    r.negativeMeaning = target.negativeMeaning(m);
    r.spoofSign = target.spoofSign(m);
    r.baselineDescription = s.baseline.describe();
    r.baselineKind = baselineKindName(s.baseline.kind);
    r.steps = s.steps;
    r.rule = integrationRuleName(s.rule);
    r.threads = at::get_num_threads();
    r.stitching = stitchingName(s.stitching);

    // Windows by the input policy.
    const int64_t n = int64_t(clip.size());
    int64_t winLen = s.windowLength > 0 ? s.windowLength : m.inputLength;
    int64_t winHop = s.windowHop > 0 ? s.windowHop : (m.hop > 0 ? m.hop : winLen / 2);
    std::vector<std::pair<int64_t, int64_t>> spans;
    int64_t inputLength = winLen;
    if (m.inputPolicy == InputPolicy::WholeClip) {
        spans = {{0, n}};
        inputLength = 0;
        winLen = n;
        winHop = n;
    } else {
        spans = ModelRunner::windowSpans(n, winLen, winHop);
    }
    r.windowLength = int(winLen);
    r.windowHop = int(winHop);
    const int64_t modelLength = inputLength > 0 ? std::max(inputLength, int64_t(0)) : n;
    if (modelLength < d->net->minimumSamples())
        throw Error(Text::tr("the model needs inputs of at least %1 samples (%2 s); this one has %3")
                        .arg(d->net->minimumSamples()).arg(double(d->net->minimumSamples()) / m.sampleRate, 0, 'f', 3).arg(modelLength));

    const std::vector<std::vector<float>> baselines = makeBaselines(clip, s.baseline, m.sampleRate);
    const at::Tensor fp = target.fingerprint.empty() ? at::Tensor() : toTensor(target.fingerprint);
    const c10::Device dev = d->net->device();

    int rows = rowsForBudget(modelLength, s.memoryBudgetBytes);
    if (s.maxBatch > 0)
        rows = std::min(rows, s.maxBatch);
    rows = std::min(rows, s.steps);
    r.batchRows = rows;

    const bool trapezoid = s.rule == IntegrationRule::Trapezoid;
    const bool reuse = s.reuseFrontEnd && d->net->hasLinearFrontEnd();
    const bool locateJumps = s.attributeJumps && d->net->hasSelections();
    // Progress: each path (window x baseline draw) is an equal share; within a path the gradient steps
    // take all of it, or with the jump search 40 %, the search rounds 40 % (by the rounds that halving
    // a segment down to the tolerance takes) and the backward passes at the jumps 20 %.
    const double paths = double(spans.size() * baselines.size());
    double pathIndex = 0.0, phase = 0.0;
    const double stepShare = locateJumps ? 0.4 : 1.0;
    const double searchRounds =
        std::max(1.0, std::ceil(std::log2(1.0 / std::max(1, s.steps - 1) / std::max(s.jumpTolerance, 1e-12)))) + 1.0;
    auto report = [&](const QString &stage) {
        if (cancelled && cancelled())
            throw JobCancelled();
        if (progress)
            progress(std::min(1.0, (pathIndex + std::clamp(phase, 0.0, 1.0)) / std::max(paths, 1.0)), stage);
    };
    r.jumpsAttributed = locateJumps;
    using Selections = std::vector<DifferentiableModel::Selection>;
    // The forward of interpolated inputs z (front-end outputs when reusing, waveforms otherwise).
    // The jump search on the back end alone, between recorded points (IgSettings::interpolatedJumpSearch).
    const bool interpolated = locateJumps && s.interpolatedJumpSearch && d->net->hasBackEnd();
    auto forwardAt = [&](const at::Tensor &z, Selections *sel, at::Tensor *enc = nullptr) {
        if (sel)
            return d->net->forwardWithSelections(z, reuse, *sel, enc);
        return reuse ? d->net->forwardFromFrontEnd(z) : d->net->forward(z);
    };
    const int probeBatch = s.probeBatch > 0 ? s.probeBatch : std::max(1, std::min(2 * rows, 64));

    // Rows side by side on worker threads (IgSettings::rowWorkers), at most as many as the batch rows the
    // memory budget allows. The workers set LibTorch's remembered thread count to 1; `restore` (declared
    // first, so destroyed after them) gives this thread's count back for threads LibTorch initialises later.
    const int callerThreads = at::get_num_threads();
    const int workerCount = std::max(1, std::min(rows, s.rowWorkers > 0 ? s.rowWorkers : (dev.is_cpu() ? callerThreads : 1)));
    struct RestoreThreads
    {
        int n; // 0: nothing to restore
        ~RestoreThreads()
        {
            if (n > 0)
                at::set_num_threads(n);
        }
    } restore{workerCount > 1 ? callerThreads : 0};
    std::unique_ptr<RowWorkers> workers;
    if (workerCount > 1)
        workers = std::make_unique<RowWorkers>(workerCount);
    r.rowWorkers = workerCount;

    std::vector<std::vector<float>> windowAttr;
    for (size_t w = 0; w < spans.size(); ++w) {
        const std::vector<int64_t> idx = windowIndex(spans[w].first, spans[w].second, inputLength, m.padding);
        const at::Tensor x = toTensor(gather(clip, idx)).to(dev);
        const int64_t len = x.size(0);
        at::Tensor attr = at::zeros({len}, at::kDouble);
        IgWindow win;
        win.start = spans[w].first;
        win.end = spans[w].second;
        double fx = 0.0, fbSum = 0.0, jumpRes = 0.0;
        for (size_t j = 0; j < baselines.size(); ++j) {
            const at::Tensor b = toTensor(gather(baselines[j], idx)).to(dev);
            const at::Tensor diff = x - b;
            at::Tensor base, dir, diffLeaf, dirGraph;
            if (reuse) {
                // From silence the longer, homogeneous front end (DifferentiableModel::homogeneousFrontEnd):
                // the path through it is a P(x), and P's Jacobian is the same at every step a > 0. Not with
                // a node at a = 0 (trapezoid), where the model's own gradient differs (|.| has slope 0 at 0).
                const bool homogeneous =
                    d->net->hasHomogeneousFrontEnd() && q.alphas.front() > 0.0 && !b.ne(0).any().item<bool>();
                diffLeaf = diff.clone().unsqueeze(0).requires_grad_(true);
                {
                    at::AutoGradMode on(true);
                    dirGraph = homogeneous ? d->net->homogeneousFrontEnd(diffLeaf) : d->net->frontEnd(diffLeaf);
                }
                at::NoGradGuard ng;
                base = homogeneous ? at::zeros_like(dirGraph) : d->net->frontEnd(b.unsqueeze(0));
                dir = dirGraph.detach();
            } else {
                base = b.unsqueeze(0);
                dir = diff.unsqueeze(0);
            }
            auto pathInputs = [&](const std::vector<double> &as) {
                std::vector<float> a(as.begin(), as.end());
                std::vector<int64_t> shape(size_t(base.dim()), 1);
                shape[0] = int64_t(a.size());
                return base + toTensor(a).to(dev).view(shape) * dir;
            };
            // Forward-only points of the path through the model's inference path: F and the choices
            // (sorted kept nodes per layer; their levels in `levels`).
            std::vector<int> levels;
            // The points as[k0, k1) in one forward-only batch; `lv` gets the layers' levels.
            auto probeRows = [&](const std::vector<double> &as, size_t k0, size_t k1, std::vector<int> &lv) {
                std::vector<PathPoint> pts;
                at::NoGradGuard ng;
                {
                    const std::vector<float> part(as.begin() + long(k0), as.begin() + long(k1));
                    // With the linear front end reused, the probes start from its two outputs (the
                    // model's inference path takes them; see DifferentiableModel::probeWithSelections).
                    static const bool waveformProbes = qEnvironmentVariableIntValue("ST_IG_PROBE_WAVEFORM") != 0; // bench only
                    const at::Tensor in = reuse && !waveformProbes ? pathInputs(std::vector<double>(as.begin() + long(k0), as.begin() + long(k1)))
                                                : b.unsqueeze(0) + toTensor(part).to(dev).unsqueeze(1) * diff.unsqueeze(0);
                    Selections sel;
                    at::Tensor enc;
                    auto [emb, logits] = d->net->probeWithSelections(in, sel, interpolated ? &enc : nullptr);
                    const at::Tensor tc = targetOf(emb, logits, target, m, fp).to(at::kCPU, at::kDouble);
                    lv.clear();
                    for (const auto &l : sel)
                        lv.push_back(l.level);
                    for (size_t i = 0; i < part.size(); ++i)
                        pts.push_back({as[k0 + i], tc[int64_t(i)].item<double>(), choicesOf(sel, int64_t(i)),
                                       scoresOf(sel, int64_t(i)),
                                       enc.defined() ? enc[int64_t(i)].unsqueeze(0).contiguous() : at::Tensor()});
                }
                return pts;
            };
            auto probe = [&](const std::vector<double> &as) {
                std::vector<PathPoint> pts;
                QElapsedTimer probeTimer;
                probeTimer.start();
                const size_t batches = (as.size() + size_t(probeBatch) - 1) / size_t(probeBatch);
                std::vector<std::vector<PathPoint>> parts(batches);
                std::vector<std::vector<int>> lvs(batches);
                auto batch = [&](int64_t i) {
                    const size_t k0 = size_t(i) * size_t(probeBatch);
                    parts[size_t(i)] = probeRows(as, k0, std::min(as.size(), k0 + size_t(probeBatch)), lvs[size_t(i)]);
                };
                if (workers && batches > 1) {
                    if (cancelled && cancelled())
                        throw JobCancelled();
                    workers->run(int64_t(batches), batch);
                } else {
                    for (size_t i = 0; i < batches; ++i) {
                        if (cancelled && cancelled())
                            throw JobCancelled();
                        batch(int64_t(i));
                    }
                }
                for (size_t i = 0; i < batches; ++i) {
                    if (levels.empty())
                        levels = lvs[i];
                    std::move(parts[i].begin(), parts[i].end(), std::back_inserter(pts));
                }
                r.probeRows += int64_t(as.size());
                r.probeSeconds += probeTimer.nsecsElapsed() * 1e-9;
                return pts;
            };
            const bool fast = locateJumps && s.fastJumpSearch;
            // The nodes' F and choices recorded during the gradient passes (not probed again).
            const bool recordNodes = locateJumps && (fast || s.recordNodeChoices);
            std::vector<PathPoint> nodePts(recordNodes ? size_t(s.steps) : 0);

            at::Tensor gradSum = at::zeros_like(base);
            double f0 = std::nan(""), f1 = std::nan("");
            std::vector<double> nodeF(size_t(s.steps)), nodeD(size_t(s.steps));
            QElapsedTimer gradTimer;
            gradTimer.start();
            // One forward+backward batch of the steps [k0, k0 + bsz): the weighted gradients summed over
            // the batch, F and dF/d alpha at each node, and the pools' choices there.
            struct StepRows
            {
                at::Tensor weighted;
                std::vector<double> f, dfda;
                Selections sel;
                at::Tensor enc; // the back end's inputs (interpolated jump search)
            };
            auto stepRows = [&](int k0, int bsz) {
                std::vector<float> wt(static_cast<size_t>(bsz));
                for (int i = 0; i < bsz; ++i)
                    wt[size_t(i)] = float(q.weights[size_t(k0 + i)]);
                std::vector<int64_t> shape(size_t(base.dim()), 1);
                shape[0] = bsz;
                const at::Tensor weights = toTensor(wt).to(dev).view(shape);
                at::Tensor z = pathInputs(std::vector<double>(q.alphas.begin() + k0, q.alphas.begin() + k0 + bsz))
                                   .detach()
                                   .requires_grad_(true);
                at::AutoGradMode on(true);
                StepRows out;
                // The choices at the nodes are recorded here instead of probing the nodes again.
                auto [emb, logits] = forwardAt(z, recordNodes ? &out.sel : nullptr, interpolated ? &out.enc : nullptr);
                const at::Tensor t = targetOf(emb, logits, target, m, fp);
                const std::vector<at::Tensor> g = torch::autograd::grad({t.sum()}, {z});
                out.weighted = (g[0] * weights).sum(0, true);
                const at::Tensor tc = t.detach().to(at::kCPU, at::kDouble);
                // dF/d alpha at each node (the gradient along the path direction), for the jump analysis.
                const at::Tensor dc = (g[0] * dir).reshape({bsz, -1}).sum(1).to(at::kCPU, at::kDouble);
                for (int i = 0; i < bsz; ++i) {
                    out.f.push_back(tc[i].item<double>());
                    out.dfda.push_back(dc[i].item<double>());
                }
                return out;
            };
            auto takeSteps = [&](int k0, const StepRows &out) {
                for (size_t i = 0; i < out.f.size(); ++i) {
                    const size_t k = size_t(k0) + i;
                    nodeF[k] = out.f[i];
                    nodeD[k] = out.dfda[i];
                    if (k == 0 && trapezoid)
                        f0 = out.f[i];
                    if (k == size_t(s.steps) - 1 && trapezoid)
                        f1 = out.f[i];
                    if (recordNodes)
                        nodePts[k] = {q.alphas[k], nodeF[k], choicesOf(out.sel, int64_t(i)), scoresOf(out.sel, int64_t(i)),
                                      out.enc.defined() ? out.enc[int64_t(i)].unsqueeze(0).contiguous() : at::Tensor()};
                }
                if (recordNodes && levels.empty())
                    for (const auto &l : out.sel)
                        levels.push_back(l.level);
                r.forwardBackwardRows += int64_t(out.f.size());
                r.gradientRows += int64_t(out.f.size());
            };
            // Side by side, summed in path order: each worker takes a batch of rows / workers rows (the budget's rows shared out): the default
            // spectral model gains from batches, AASIST's rows are large enough one at a time.
            const int perWorker = workers ? std::max(1, rows / workers->size()) : rows;
            const int stepChunk = workers ? workers->size() * perWorker : rows;
            for (int k0 = 0; k0 < s.steps; k0 += stepChunk) {
                pathIndex = double(w * baselines.size() + j);
                phase = stepShare * double(k0) / double(s.steps);
                report(Text::tr("window %1/%2, baseline %3/%4, steps %5-%6 of %7")
                           .arg(w + 1).arg(spans.size()).arg(j + 1).arg(baselines.size()).arg(k0 + 1)
                           .arg(std::min(s.steps, k0 + stepChunk)).arg(s.steps));
                const int bsz = std::min(stepChunk, s.steps - k0);
                if (workers) {
                    const int parts = (bsz + perWorker - 1) / perWorker;
                    std::vector<StepRows> outs(static_cast<size_t>(parts));
                    workers->run(parts, [&](int64_t i) {
                        const int first = k0 + int(i) * perWorker;
                        outs[size_t(i)] = stepRows(first, std::min(perWorker, k0 + bsz - first));
                    });
                    for (int i = 0; i < parts; ++i) {
                        gradSum += outs[size_t(i)].weighted;
                        takeSteps(k0 + i * perWorker, outs[size_t(i)]);
                    }
                } else {
                    const StepRows out = stepRows(k0, bsz);
                    gradSum += out.weighted;
                    takeSteps(k0, out);
                }
            }
            r.gradientSeconds += gradTimer.nsecsElapsed() * 1e-9;

            double jumpSum = 0.0;
            if (locateJumps) {
                phase = stepShare;
                report(Text::tr("window %1/%2, baseline %3/%4: locating the jumps of the model along the path")
                           .arg(w + 1).arg(spans.size()).arg(j + 1).arg(baselines.size()));
                static const bool debug = qEnvironmentVariableIntValue("ST_IG_DEBUG") != 0;
                // The path's points in alpha order, both ends included, all through the inference path
                // (one numerical path for F and the choices; its F is the detection score).
                std::vector<double> as;
                if (q.alphas.front() > 0.0)
                    as.push_back(0.0);
                as.insert(as.end(), q.alphas.begin(), q.alphas.end());
                if (q.alphas.back() < 1.0)
                    as.push_back(1.0);
                if (debug)
                    std::fprintf(stderr, "ig: gradients done at %.1f s\n", timer.elapsed() / 1000.0);
                std::vector<PathPoint> pts;
                if (recordNodes) {
                    // Only the ends that are not nodes are probed.
                    std::vector<double> ends;
                    if (as.front() < q.alphas.front())
                        ends.push_back(as.front());
                    if (as.back() > q.alphas.back())
                        ends.push_back(as.back());
                    const std::vector<PathPoint> e = probe(ends);
                    size_t ei = 0;
                    if (as.front() < q.alphas.front())
                        pts.push_back(e[ei++]);
                    pts.insert(pts.end(), nodePts.begin(), nodePts.end());
                    if (as.back() > q.alphas.back())
                        pts.push_back(e[ei++]);
                } else {
                    pts = probe(as);
                }
                if (debug)
                    std::fprintf(stderr, "ig: %zu path points probed at %.1f s\n", as.size(), timer.elapsed() / 1000.0);
                f0 = pts.front().f;
                f1 = pts.back().f;
                const double scale = std::max(std::abs(f1 - f0), 1e-12);
                // The smooth slope dF/d alpha in each segment: the mean of the gradients at its nodes.
                std::vector<double> slopeAt(as.size());
                for (size_t k = 0; k < as.size(); ++k) {
                    const auto it = std::lower_bound(q.alphas.begin(), q.alphas.end(), as[k]);
                    const size_t n = size_t(std::min<long>(long(it - q.alphas.begin()), long(q.alphas.size()) - 1));
                    slopeAt[k] = nodeD[n];
                }

                // Bisect every segment whose ends differ in their choices and whose change of F departs
                // from the smooth slope by at least jumpThreshold x |F(x) - F(x')|, down to the tolerance.
                // An interval whose midpoint differs from both ends holds two changes and splits in two.
                struct Interval
                {
                    PathPoint lo, hi;
                    double slope;
                    double crossing = std::nan(""); // predicted from the scores at the ends once located
                    double extra = 0.0; // interpolated search: the negligible changes beside it (within jumpTolerance)
                    double residual() const { return hi.f - lo.f - slope * (hi.alpha - lo.alpha) + extra; }
                    // Where the jump's normal is taken: the predicted crossing, else the midpoint.
                    double point() const { return std::isfinite(crossing) ? crossing : 0.5 * (lo.alpha + hi.alpha); }
                };
                // The path points' alphas and the node interval [edges[k], edges[k + 1]) that holds an alpha.
                std::vector<double> edges;
                for (const PathPoint &p : pts)
                    edges.push_back(p.alpha);
                auto segmentOf = [&](double a) {
                    return size_t(std::max<long>(0, long(std::upper_bound(edges.begin(), edges.end(), a) - edges.begin()) - 1));
                };
                std::vector<Interval> open, located, dropped;
                std::vector<std::pair<double, double>> negligibleAt; // debug: (alpha, residual) of the negligible changes
                double negligibleSum = 0.0; // signed change of F left in the negligible intervals (matchSmoothChange)
                const int unresolvedBefore = r.unresolvedJumps;
                bool keepDropped = false;
                auto consider = [&](Interval iv) {
                    if (iv.lo.choices == iv.hi.choices)
                        return;
                    if (std::abs(iv.residual()) < s.jumpThreshold * scale) {
                        ++r.negligibleJumps;
                        r.negligibleJumpShare += std::abs(iv.residual()) / scale / double(baselines.size());
                        negligibleSum += iv.residual();
                        if (debug)
                            negligibleAt.emplace_back(iv.lo.alpha, iv.residual());
                        if (keepDropped)
                            dropped.push_back(std::move(iv));
                        return;
                    }
                    open.push_back(std::move(iv));
                };
                for (size_t k = 0; k + 1 < pts.size(); ++k)
                    consider({pts[k], pts[k + 1], 0.5 * (slopeAt[k] + slopeAt[k + 1])});
                int round = 0;
                // A search round: the progress, then each interval narrow enough goes to `located`.
                auto reportRound = [&](size_t searched) {
                    phase = 0.4 + 0.4 * std::min(1.0, double(round++) / searchRounds);
                    report(Text::tr("window %1/%2, baseline %3/%4: locating the jumps of the model (%5 intervals searched, %6 "
                                          "jumps located)")
                               .arg(w + 1).arg(spans.size()).arg(j + 1).arg(baselines.size()).arg(searched).arg(located.size()));
                };
                auto locate = [&](Interval &iv) {
                    if (s.normalAtPredictedCrossing)
                        iv.crossing = predictedCrossing(iv.lo, iv.hi, levels);
                    located.push_back(std::move(iv));
                };
                bool anchored = interpolated;
                for (const PathPoint &p : pts)
                    anchored = anchored && p.enc.defined();
                if (anchored) {
                    r.interpolatedSearch = true;
                    // Between recorded points the encoder output is interpolated in alpha (the Lagrange
                    // polynomial through the interpolationOrder + 1 nearest recorded points) and the crossings
                    // are located on the back end alone (about 1 % of a probe) by bisection down to
                    // interpolatedTolerance; a located jump's change of F is its change between the two
                    // interpolated points (less the smooth slope). First every node interval with a change
                    // is checked: one probe of the whole model at its midpoint M against the interpolation
                    // there (same choices, |F - F interpolated| at most interpolatedAgreement x
                    // |F(x) - F(x')|); M then joins the recorded points. An interval that fails is halved and
                    // checked again, and below 2 x jumpTolerance searched by probes as without the
                    // interpolation. Each jump's normal is still taken in a forward+backward row of the
                    // whole model at its point.
                    std::vector<PathPoint> known = pts; // recorded points (with their encoder outputs), by alpha
                    const int order = std::clamp(s.interpolationOrder, 1, 5);
                    auto interpolate = [&](double alpha) {
                        const size_t n = std::min(known.size(), size_t(order) + 1);
                        const size_t k = size_t(std::max<long>(
                            0, long(std::upper_bound(known.begin(), known.end(), alpha,
                                                     [](double v, const PathPoint &p) { return v < p.alpha; }) - known.begin()) - 1));
                        size_t first = k >= size_t((order - 1) / 2) ? k - size_t((order - 1) / 2) : 0;
                        first = std::min(first, known.size() - n);
                        at::Tensor e;
                        for (size_t i = first; i < first + n; ++i) {
                            double wgt = 1.0;
                            for (size_t jj = first; jj < first + n; ++jj)
                                if (jj != i)
                                    wgt *= (alpha - known[jj].alpha) / (known[i].alpha - known[jj].alpha);
                            e = e.defined() ? e + known[i].enc * wgt : known[i].enc * wgt;
                        }
                        return e;
                    };
                    // The back end of interpolated encoder outputs, in fixed chunks of rows (the same numbers
                    // with any number of row workers).
                    constexpr size_t kChunk = 16;
                    auto backEndPoints = [&](const std::vector<double> &alphas) {
                        QElapsedTimer t;
                        t.start();
                        std::vector<at::Tensor> es;
                        for (double a : alphas)
                            es.push_back(interpolate(a));
                        std::vector<PathPoint> out(alphas.size());
                        const size_t chunks = (alphas.size() + kChunk - 1) / kChunk;
                        auto chunk = [&](int64_t c) {
                            at::NoGradGuard ng;
                            const size_t k0 = size_t(c) * kChunk, k1 = std::min(alphas.size(), k0 + kChunk);
                            Selections sel;
                            auto [emb, logits] = d->net->backEndWithSelections(
                                at::cat(std::vector<at::Tensor>(es.begin() + long(k0), es.begin() + long(k1)), 0), sel);
                            const at::Tensor tc = targetOf(emb, logits, target, m, fp).to(at::kCPU, at::kDouble);
                            for (size_t k = k0; k < k1; ++k)
                                out[k] = {alphas[k], tc[int64_t(k - k0)].item<double>(), choicesOf(sel, int64_t(k - k0)),
                                          scoresOf(sel, int64_t(k - k0)), at::Tensor()};
                        };
                        if (workers && chunks > 1) {
                            workers->run(int64_t(chunks), chunk);
                        } else {
                            for (size_t c = 0; c < chunks; ++c)
                                chunk(int64_t(c));
                        }
                        r.backEndRows += int64_t(alphas.size());
                        r.backEndSeconds += t.nsecsElapsed() * 1e-9;
                        return out;
                    };
                    auto addKnown = [&](const PathPoint &p) {
                        known.insert(std::upper_bound(known.begin(), known.end(), p.alpha,
                                                      [](double v, const PathPoint &q) { return v < q.alpha; }),
                                     p);
                    };
                    std::vector<Interval> check = std::move(open), search, probeThese;
                    open.clear();
                    while (!check.empty()) {
                        reportRound(check.size());
                        std::vector<double> mids;
                        for (const Interval &iv : check)
                            mids.push_back(0.5 * (iv.lo.alpha + iv.hi.alpha));
                        const std::vector<PathPoint> truth = probe(mids), guess = backEndPoints(mids);
                        std::vector<Interval> next;
                        for (size_t k = 0; k < check.size(); ++k) {
                            const double dev = std::abs(truth[k].f - guess[k].f);
                            const bool ok = truth[k].choices == guess[k].choices && dev <= s.interpolatedAgreement * scale;
                            if (debug)
                                std::fprintf(stderr, "ig: check [%.5f, %.5f] at %.5f: F %+.5f, interpolated %+.5f%s%s\n", check[k].lo.alpha,
                                             check[k].hi.alpha, mids[k], truth[k].f, guess[k].f,
                                             truth[k].choices == guess[k].choices ? "" : ", other choices", ok ? "" : ": halved");
                            addKnown(truth[k]);
                            const bool wide = check[k].hi.alpha - check[k].lo.alpha > 4.0 * s.jumpTolerance;
                            for (Interval half : {Interval{check[k].lo, truth[k], check[k].slope}, Interval{truth[k], check[k].hi, check[k].slope}}) {
                                consider(std::move(half));
                                for (Interval &o : open)
                                    (ok ? search : wide ? next : probeThese).push_back(std::move(o));
                                open.clear();
                            }
                            if (!ok)
                                ++r.interpolationFallbacks;
                        }
                        check = std::move(next);
                    }
                    // The failed intervals narrower than 4 x jumpTolerance: searched by probes below.
                    open = std::move(probeThese);
                    // The interpolated search.
                    const size_t firstLocated = located.size();
                    keepDropped = true;
                    while (!search.empty()) {
                        reportRound(search.size());
                        std::vector<Interval> narrow;
                        std::vector<double> mids;
                        for (auto &iv : search) {
                            if (iv.hi.alpha - iv.lo.alpha <= s.interpolatedTolerance) {
                                locate(iv);
                            } else if (int(located.size() + narrow.size()) < s.maxJumps) {
                                mids.push_back(0.5 * (iv.lo.alpha + iv.hi.alpha));
                                narrow.push_back(std::move(iv));
                            } else {
                                ++r.unresolvedJumps;
                            }
                        }
                        const std::vector<PathPoint> mp = backEndPoints(mids);
                        search.clear();
                        for (size_t k = 0; k < narrow.size(); ++k) {
                            for (Interval half : {Interval{narrow[k].lo, mp[k], narrow[k].slope}, Interval{mp[k], narrow[k].hi, narrow[k].slope}}) {
                                consider(std::move(half));
                                for (Interval &o : open)
                                    search.push_back(std::move(o));
                                open.clear();
                            }
                        }
                    }
                    keepDropped = false;
                    // The changes too small to search that lie within jumpTolerance of a located jump join it
                    // (as a probe search's interval of that width would hold them): their change of F goes
                    // through its normal instead of into the gap.
                    auto centre = [](const Interval &iv) { return 0.5 * (iv.lo.alpha + iv.hi.alpha); };
                    for (const Interval &dr : dropped) {
                        // Only narrow ones: a wide interval's residual is mostly the smooth part's curvature.
                        if (dr.hi.alpha - dr.lo.alpha > s.jumpTolerance)
                            continue;
                        size_t best = located.size();
                        double dist = s.jumpTolerance;
                        for (size_t k = firstLocated; k < located.size(); ++k) {
                            const double dk = std::abs(centre(located[k]) - centre(dr));
                            if (dk <= dist) {
                                dist = dk;
                                best = k;
                            }
                        }
                        if (best == located.size())
                            continue;
                        located[best].extra += dr.residual();
                        negligibleSum -= dr.residual();
                        if (debug)
                            negligibleAt.emplace_back(dr.lo.alpha, -dr.residual());
                        --r.negligibleJumps;
                        r.negligibleJumpShare -= std::abs(dr.residual()) / scale / double(baselines.size());
                    }
                    dropped.clear();
                }
                while (!open.empty()) {
                    reportRound(open.size());
                    if (debug)
                        std::fprintf(stderr, "ig:   %zu open, %zu located, %lld probes\n", open.size(), located.size(),
                                     static_cast<long long>(r.probeRows));
                    // A single crossing is predicted from its two scores (linear in between) and bracketed
                    // by two probes tolerance apart around the prediction; anything else is bisected.
                    std::vector<Interval> narrow;
                    std::vector<double> probes;
                    std::vector<size_t> probeCount;
                    for (auto &iv : open) {
                        if (iv.hi.alpha - iv.lo.alpha <= s.jumpTolerance) {
                            locate(iv);
                        } else if (int(located.size() + narrow.size()) < s.maxJumps) {
                            const double at = predictedCrossing(iv.lo, iv.hi, levels);
                            const double width = iv.hi.alpha - iv.lo.alpha;
                            // Scores are close to linear over short intervals: there the bracket is the
                            // tolerance; the fast search brackets wider predictions by a fraction of the width.
                            const bool close = width < s.jumpPredictWidth;
                            const double half = close ? 0.45 * s.jumpTolerance : std::max(0.45 * s.jumpTolerance, s.jumpBracket * width);
                            const double a1 = at - half, a2 = at + half;
                            if (!std::isnan(at) && a1 > iv.lo.alpha && a2 < iv.hi.alpha && (close || fast)) {
                                probes.push_back(a1);
                                probes.push_back(a2);
                                probeCount.push_back(2);
                            } else {
                                probes.push_back(0.5 * (iv.lo.alpha + iv.hi.alpha));
                                probeCount.push_back(1);
                            }
                            narrow.push_back(std::move(iv));
                        } else {
                            ++r.unresolvedJumps;
                        }
                    }
                    const std::vector<PathPoint> mp = probe(probes);
                    open.clear();
                    size_t at = 0;
                    for (size_t k = 0; k < narrow.size(); ++k) {
                        const PathPoint *prev = &narrow[k].lo;
                        for (size_t c = 0; c < probeCount[k]; ++c, ++at) {
                            consider({*prev, mp[at], narrow[k].slope});
                            prev = &mp[at];
                        }
                        consider({*prev, narrow[k].hi, narrow[k].slope});
                    }
                }
                std::sort(located.begin(), located.end(), [](const Interval &a, const Interval &b) { return a.lo.alpha < b.lo.alpha; });
                // The smooth part, scaled to add up to the change of F it has to explain (IgSettings::matchSmoothChange):
                // the steps' sum along the path against F(x) - F(x') less the located and the negligible changes.
                double quad = 0.0, locatedSum = 0.0;
                for (int k = 0; k < s.steps; ++k)
                    quad += q.weights[size_t(k)] * nodeD[size_t(k)];
                for (const auto &iv : located)
                    locatedSum += iv.residual();
                const double smooth = f1 - f0 - locatedSum - negligibleSum;
                if (debug) {
                    std::vector<double> mags;
                    for (const auto &iv : located)
                        mags.push_back(std::abs(iv.residual()));
                    std::sort(mags.rbegin(), mags.rend());
                    double tot = 0.0;
                    for (double v : mags)
                        tot += v;
                    std::fprintf(stderr, "ig: at %.1f s: %zu located (%d negligible), sum |dF| %.4f (F change %.4f); largest:",
                                 timer.elapsed() / 1000.0, mags.size(), r.negligibleJumps, tot, f1 - f0);
                    for (size_t k = 0; k < mags.size() && k < 20; ++k)
                        std::fprintf(stderr, " %.4f", mags[k]);
                    std::fprintf(stderr, "\n");
                    // Where the gap comes from: per node interval, the smooth change F(hi) - F(lo) less its
                    // changes, against the trapezoid of the node gradients.
                    std::vector<double> inside(pts.size(), 0.0);
                    for (const auto &iv : located)
                        inside[segmentOf(iv.lo.alpha)] += iv.residual();
                    for (const auto &[a, v] : negligibleAt)
                        inside[segmentOf(a)] += v;
                    // (The totals follow in the "ig: quadrature ..." line below.)
                    std::fprintf(stderr, "ig: per node interval, F change less its located %.5f and negligible %.5f changes:\n", locatedSum,
                                 negligibleSum);
                    for (size_t k = 0; k + 1 < pts.size(); ++k) {
                        const double h = pts[k + 1].alpha - pts[k].alpha;
                        const double sm = pts[k + 1].f - pts[k].f - inside[k], tr = h * 0.5 * (slopeAt[k] + slopeAt[k + 1]);
                        std::fprintf(stderr, "ig:   seg %zu [%.4f,%.4f] smooth %+.5f trapezoid %+.5f diff %+.5f jumps %+.5f%s\n", k, pts[k].alpha,
                                     pts[k + 1].alpha, sm, tr, sm - tr, inside[k], pts[k].choices == pts[k + 1].choices ? "" : " *");
                    }
                }
                {
                    const double miss = std::abs(quad - smooth) / scale;
                    win.quadratureGap = std::max(win.quadratureGap, miss);
                    double factor = 1.0;
                    if (s.matchSmoothChange) {
                        const double ratio = smooth / quad;
                        const double limit = std::max(1.0, s.smoothMatchLimit);
                        if (r.unresolvedJumps != unresolvedBefore) {
                            r.warnings << QStringLiteral("the gradient steps were not scaled to the change of the score between "
                                                         "the jumps: some changes of the model's choices were left unlocated");
                        } else if (std::isfinite(ratio) && ratio >= 1.0 / limit && ratio <= limit) {
                            factor = ratio;
                            gradSum *= ratio;
                            r.smoothMatched = true;
                        } else {
                            r.warnings << QStringLiteral("the gradient steps miss the change of the score between the model's jumps "
                                                         "by %1 %; they were left unscaled: more steps are needed")
                                              .arg(100.0 * miss, 0, 'f', 1);
                        }
                    }
                    win.smoothScale += (factor - 1.0) / double(baselines.size());
                    if (debug)
                        std::fprintf(stderr, "ig: quadrature %.5f, smooth change %.5f (miss %.3f %% of the change), scaled by %.5f\n", quad,
                                     smooth, 100.0 * miss, factor);
                }
                QElapsedTimer jumpTimer;
                jumpTimer.start();
                const double dirNorm2 = (dir * dir).sum().item<double>(); // |path direction|^2, for the fallbacks
                // Attribute each jump through the normal of the crossing that caused it: the layers of
                // the lowest level whose choice changed; a leaving node i and an entering node j give
                // c = s_i - s_j (> 0 before, < 0 after). Several crossings share deltaF equally.
                // Jumps of one sign between the same two path points share a row (IgSettings::mergeJumpRows):
                // their normals are taken at the largest one's crossing, one forward and one backward pass for
                // the group. A member farther than jumpMergeWidth from it, or whose lower levels chose other
                // nodes there (its node indices would name other nodes), waits for a later row: the members
                // left over are grouped again once the queue is done.
                std::vector<std::vector<size_t>> queue;
                auto small = [&](size_t c) { return std::abs(located[c].residual()) < s.smallJumpShare * scale; };
                auto signOf = [&](size_t c) { return located[c].residual() >= 0.0 ? 1 : -1; };
                // The largest member of a group (indices in `located`): its point is the row's.
                auto leadOf = [&](const std::vector<size_t> &grp) {
                    size_t lead = grp.front();
                    for (size_t c : grp)
                        if (std::abs(located[c].residual()) > std::abs(located[lead].residual()))
                            lead = c;
                    return lead;
                };
                // Appends the groups of `cs` (indices in `located`) to the queue.
                auto group = [&](const std::vector<size_t> &cs) {
                    std::map<std::pair<size_t, int>, size_t> byKey; // (node interval, sign) -> group
                    auto joinInterval = [&](size_t c) {
                        const auto [it, fresh] = byKey.emplace(std::make_pair(segmentOf(located[c].lo.alpha), signOf(c)), queue.size());
                        if (fresh)
                            queue.emplace_back();
                        queue[it->second].push_back(c);
                    };
                    const size_t q0 = queue.size();
                    std::vector<size_t> smallOnes;
                    for (size_t c : cs) {
                        if (!s.mergeJumpRows)
                            queue.push_back({c});
                        else if (small(c))
                            smallOnes.push_back(c);
                        else
                            joinInterval(c);
                    }
                    // The small ones join the nearest group of their sign (by its largest member), else group as above.
                    std::vector<std::pair<double, int>> leads; // (alpha, sign) of the groups made here
                    for (size_t g = q0; g < queue.size(); ++g) {
                        const size_t lead = leadOf(queue[g]);
                        leads.emplace_back(located[lead].point(), signOf(lead));
                    }
                    for (size_t c : smallOnes) {
                        const int sign = signOf(c);
                        size_t best = leads.size();
                        double dist = s.smallJumpJoinWidth;
                        for (size_t g = 0; g < leads.size(); ++g) {
                            const double dg = std::abs(leads[g].first - located[c].point());
                            if (leads[g].second == sign && dg <= dist) {
                                dist = dg;
                                best = g;
                            }
                        }
                        if (best < leads.size())
                            queue[q0 + best].push_back(c);
                        else
                            joinInterval(c);
                    }
                };
                {
                    std::vector<size_t> all(located.size());
                    std::iota(all.begin(), all.end(), size_t(0));
                    group(all);
                }
                // The groups [g0, g0 + gn) of `queue`, one row each, in one forward and one backward pass; the
                // terms are added to `acc`. Returns the jumps, the backward passes run and the members that
                // wait for a later row.
                struct Attributed
                {
                    std::vector<IgJump> jumps;
                    size_t passes = 0;
                    std::vector<size_t> alone;
                };
                auto attributeRows = [&](size_t g0, size_t gn, at::Tensor &acc) {
                    Attributed out;
                    std::vector<double> mids(gn);
                    std::vector<size_t> lead(gn);
                    for (size_t k = 0; k < gn; ++k) {
                        lead[k] = leadOf(queue[g0 + k]);
                        mids[k] = located[lead[k]].point();
                    }
                    at::Tensor z = pathInputs(mids).detach().requires_grad_(true);
                    at::AutoGradMode on(true);
                    Selections sel;
                    forwardAt(z, &sel);
                    // Per row the terms of its members' pairs: each pair's c_p weighted by deltaF / (P dc_p/d alpha),
                    // the derivative from its scores at the located interval's ends (a difference quotient over at
                    // most the tolerance). A row's term is T G / (G . dir), G the gradient of its weighted pairs and
                    // T its members' summed deltaF (one sign, so G . dir is near T): along the path it adds up to T
                    // exactly, and each pair carries its share through its own normal as far as the quotient
                    // matches the derivative at the row's point.
                    std::vector<at::Tensor> terms;
                    std::vector<double> total(gn, 0.0);
                    std::vector<std::vector<size_t>> members(gn); // indices in out.jumps of the members with terms
                    for (size_t k = 0; k < gn; ++k) {
                        const Choices here = queue[g0 + k].size() > 1 ? choicesOf(sel, int64_t(k)) : Choices();
                        for (size_t c : queue[g0 + k]) {
                            const PathPoint &lo = located[c].lo, &hi = located[c].hi;
                            const double width = small(c) && !small(lead[k]) ? s.smallJumpJoinWidth : s.jumpMergeWidth;
                            if (c != lead[k] && std::abs(located[c].point() - mids[k]) > width) {
                                if (debug)
                                    std::fprintf(stderr, "ig: jump at %.5f (dF %+.5f) %.5f from its row's point: a later row\n", located[c].point(),
                                                 located[c].residual(), std::abs(located[c].point() - mids[k]));
                                out.alone.push_back(c); // too far from the row's point: a later row
                                continue;
                            }
                            const std::vector<Change> changes = rootChanges(lo, hi, levels);
                            if (c != lead[k] && !changes.empty()) {
                                // The member's node indices name the same nodes here only if the levels below
                                // its change kept the same nodes.
                                const int root = levels[changes.front().layer];
                                bool same = true;
                                for (size_t l = 0; l < levels.size() && l < here.size() && l < lo.choices.size(); ++l)
                                    if (levels[l] < root && here[l] != lo.choices[l])
                                        same = false;
                                if (!same) {
                                    if (debug)
                                        std::fprintf(stderr, "ig: jump at %.5f (dF %+.5f): other lower choices at its row's point %.5f\n",
                                                     located[c].point(), located[c].residual(), mids[k]);
                                    out.alone.push_back(c);
                                    continue;
                                }
                            }
                            QStringList names;
                            std::vector<std::tuple<size_t, int64_t, int64_t>> pairs;
                            for (Change ch : changes) {
                                if (ch.layer >= sel.size())
                                    continue;
                                names << sel[ch.layer].layer;
                                // Pair them in score order at the crossing.
                                const at::Tensor sc = sel[ch.layer].scores.detach()[int64_t(k)].to(at::kCPU, at::kDouble);
                                auto byScore = [&](int64_t a, int64_t b) { return sc[a].item<double>() > sc[b].item<double>(); };
                                std::sort(ch.leaving.begin(), ch.leaving.end(), byScore);
                                std::sort(ch.entering.begin(), ch.entering.end(), byScore);
                                for (size_t p = 0; p < std::min(ch.leaving.size(), ch.entering.size()); ++p)
                                    pairs.emplace_back(ch.layer, ch.leaving[p], ch.entering[p]);
                            }
                            IgJump jp{lo.alpha, hi.alpha, located[c].residual(), names.join(QLatin1Char('+')), int(pairs.size()), int(j), true};
                            jp.normalAlpha = mids[k];
                            bool any = false;
                            for (const auto &[layer, leaving, entering] : pairs) {
                                if (layer >= lo.scores.size() || layer >= hi.scores.size())
                                    continue;
                                const auto &sl = lo.scores[layer], &sh = hi.scores[layer];
                                const double slope = ((double(sh[size_t(entering)]) - sh[size_t(leaving)]) -
                                                      (double(sl[size_t(entering)]) - sl[size_t(leaving)])) /
                                    (hi.alpha - lo.alpha);
                                if (!std::isfinite(slope) || slope == 0.0)
                                    continue;
                                const at::Tensor &sc = sel[layer].scores;
                                if (debug) {
                                    const double cRow = (sc[int64_t(k)][leaving] - sc[int64_t(k)][entering]).item<double>();
                                    std::fprintf(stderr, "ig:   pair at %.5f (bracket %.5f-%.5f, dF %+.5f): c %+.3e, slope %+.3e, crossing off by %+.2e\n",
                                                 mids[k], lo.alpha, hi.alpha, jp.deltaF, cRow, slope, -cRow / slope);
                                }
                                terms.push_back((sc[int64_t(k)][leaving] - sc[int64_t(k)][entering]) *
                                                (-jp.deltaF / (double(pairs.size()) * slope)));
                                any = true;
                            }
                            if (any) {
                                total[k] += jp.deltaF;
                                members[k].push_back(out.jumps.size());
                            } else {
                                // A change with no usable crossing pair: spread along the path.
                                jp.attributed = false;
                                acc += dir * (jp.deltaF / dirNorm2);
                            }
                            out.jumps.push_back(std::move(jp));
                        }
                    }
                    if (!terms.empty()) {
                        const at::Tensor g = torch::autograd::grad({at::stack(terms).sum()}, {z})[0];
                        out.passes = 1;
                        for (size_t k = 0; k < gn; ++k) {
                            if (members[k].empty())
                                continue;
                            const at::Tensor gk = g[int64_t(k)].unsqueeze(0);
                            const at::Tensor rowTerms = gk * dir;
                            const double dcda = rowTerms.sum().item<double>();
                            const double scale = std::sqrt((gk * gk).sum().item<double>() * dirNorm2);
                            // Well conditioned: G . dir has T's sign (one-sign members), and the normal is not nearly
                            // tangent to the path, the terms' L1 at most jumpMaxAmplification x |T| (else they are
                            // huge, cancelling numbers for a small T).
                            const double amplification = rowTerms.abs().sum().item<double>() / std::max(std::abs(dcda), 1e-300);
                            if (debug)
                                std::fprintf(stderr, "ig: row at %.5f: %zu members, T %+.5f, amplification |G.dir|_1/|G.dir| %.1f\n", mids[k],
                                             members[k].size(), total[k], amplification);
                            if (scale > 0.0 && std::abs(dcda) > 1e-9 * scale && dcda * total[k] > 0.0 &&
                                amplification <= s.jumpMaxAmplification) {
                                acc += gk * (total[k] / dcda);
                            } else {
                                // The crossings run along the path: no normal to go by (or one too close to tangent).
                                for (size_t i : members[k])
                                    out.jumps[i].attributed = false;
                                acc += dir * (total[k] / dirNorm2);
                            }
                        }
                    }
                    return out;
                };
                if (debug)
                    std::fprintf(stderr, "ig: %zu jumps in %zu rows before the fallbacks\n", located.size(), queue.size());
                // Side by side: one row per worker, each with its own sum, added in path order.
                const size_t jumpBatch = workers ? size_t(workers->size()) : size_t(s.jumpBatch > 0 ? s.jumpBatch : rows);
                std::vector<size_t> pending; // members that did not fit their row: grouped again when the queue is done
                for (size_t g0 = 0; g0 < queue.size();) {
                    // Monotone: every row takes at least one jump, so g0 <= located.size() (the queue grows).
                    phase = 0.8 + 0.2 * double(g0) / double(located.size());
                    // (rows, each one or more jumps; the text kept for the translations)
                    report(Text::tr("window %1/%2, baseline %3/%4: attributing jumps %5-%6 of %7")
                               .arg(w + 1).arg(spans.size()).arg(j + 1).arg(baselines.size()).arg(g0 + 1)
                               .arg(std::min(queue.size(), g0 + jumpBatch)).arg(queue.size()));
                    const size_t gn = std::min(queue.size() - g0, jumpBatch);
                    std::vector<Attributed> parts;
                    if (workers) {
                        std::vector<at::Tensor> accs(gn);
                        parts.resize(gn);
                        workers->run(int64_t(gn), [&](int64_t i) {
                            accs[size_t(i)] = at::zeros_like(gradSum);
                            parts[size_t(i)] = attributeRows(g0 + size_t(i), 1, accs[size_t(i)]);
                        });
                        for (const at::Tensor &a : accs)
                            gradSum += a;
                    } else {
                        parts.push_back(attributeRows(g0, gn, gradSum));
                    }
                    for (const Attributed &p : parts) {
                        for (const IgJump &jp : p.jumps) {
                            jumpSum += jp.deltaF;
                            win.jumpList.push_back(jp);
                        }
                        pending.insert(pending.end(), p.alone.begin(), p.alone.end());
                        r.jumpBackwardPasses += int64_t(p.passes);
                    }
                    r.forwardBackwardRows += int64_t(gn);
                    r.jumpRows += int64_t(gn);
                    if (g0 + gn >= queue.size() && !pending.empty()) {
                        // Each round the largest member of every group gets its row, so this ends.
                        std::sort(pending.begin(), pending.end());
                        group(pending);
                        pending.clear();
                    }
                    g0 += gn;
                }
                std::stable_sort(win.jumpList.end() - long(located.size()), win.jumpList.end(),
                                 [](const IgJump &a, const IgJump &b) { return a.alphaLow < b.alphaLow; });
                r.jumpSeconds += jumpTimer.nsecsElapsed() * 1e-9;
                win.jumps += int(located.size());
            }

            at::Tensor grad;
            if (reuse) {
                at::AutoGradMode on(true);
                grad = torch::autograd::grad({dirGraph}, {diffLeaf}, {gradSum})[0].squeeze(0);
            } else {
                grad = gradSum.squeeze(0);
            }
            attr += (diff * grad).to(at::kCPU, at::kDouble);
            if (std::isnan(f0) || std::isnan(f1)) {
                // The endpoints through the model's own (fast, no-autograd) inference path.
                const std::vector<ModelOutput> outs = d->model->forward({gather(baselines[j], idx), gather(clip, idx)});
                f0 = targetValue(outs[0], target, m);
                f1 = targetValue(outs[1], target, m);
            }
            fx = f1; // the same input for every draw
            fbSum += f0;
            if (locateJumps) {
                jumpRes += jumpSum / double(baselines.size());
            } else {
                int jumps = 0;
                jumpRes += pathJumps(q.alphas, nodeF, nodeD, f0, f1, jumps) / double(baselines.size());
                win.jumps += jumps;
            }
        }
        attr /= double(baselines.size());
        win.fInput = fx;
        win.fBaseline = fbSum / double(baselines.size());
        win.attributionSum = attr.sum().item<double>();
        const double delta = win.fInput - win.fBaseline;
        win.completenessError = std::abs(win.attributionSum - delta) / std::max(std::abs(delta), 1e-12);
        win.jumpShare = std::abs(jumpRes) / std::max(std::abs(delta), 1e-12);
        // The gap of the gradient integral alone: without the jumps on both sides (when the jumps are
        // attributed, their terms sum to jumpRes exactly, so this equals the gap itself).
        win.smoothCompletenessError = locateJumps
            ? std::abs(delta - win.attributionSum) / std::max(std::abs(delta), 1e-12)
            : std::abs((delta - win.attributionSum) - jumpRes) / std::max(std::abs(delta), 1e-12);
        r.windows.push_back(win);

        // Fold the input positions back onto clip samples (copies of a repeat-padded sample add up).
        std::vector<float> folded(size_t(spans[w].second - spans[w].first), 0.0f);
        const double *ap = attr.data_ptr<double>();
        std::vector<double> acc(folded.size(), 0.0);
        for (size_t t = 0; t < idx.size(); ++t)
            if (idx[t] >= 0)
                acc[size_t(idx[t] - spans[w].first)] += ap[t];
        for (size_t t = 0; t < acc.size(); ++t)
            folded[t] = float(acc[t]);
        windowAttr.push_back(std::move(folded));
    }

    // Stitch.
    r.attribution.assign(size_t(n), 0.0f);
    const auto weights = stitchWeights(spans, n, spans.size() == 1 ? Stitching::Mean : s.stitching);
    for (size_t w = 0; w < spans.size(); ++w)
        for (int64_t t = spans[w].first; t < spans[w].second; ++t)
            r.attribution[size_t(t)] += weights[w][size_t(t)] * windowAttr[w][size_t(t - spans[w].first)];

    double fxMean = 0.0, fbMean = 0.0, worst = 0.0;
    for (const IgWindow &w : r.windows) {
        fxMean += w.fInput / double(r.windows.size());
        fbMean += w.fBaseline / double(r.windows.size());
        worst = std::max(worst, w.completenessError);
    }
    double sum = 0.0;
    for (float v : r.attribution)
        sum += v;
    r.fInput = fxMean;
    r.fBaseline = fbMean;
    r.attributionSum = sum;
    // A NaN or infinity anywhere (a model overflowing on extreme samples) is no explanation.
    if (!std::isfinite(fxMean) || !std::isfinite(fbMean) || !std::isfinite(sum))
        throw Error(Text::tr("the model's target or its gradients are not finite (NaN or infinity) along the "
                                   "path: the input is outside what the model can process, so there is no attribution"));
    if (r.windows.size() == 1 || s.stitching == Stitching::Mean) {
        const double delta = fxMean - fbMean;
        r.completenessError = std::abs(sum - delta) / std::max(std::abs(delta), 1e-12);
    } else {
        r.completenessError = worst;
    }
    for (const IgWindow &w : r.windows) {
        r.jumps += w.jumps;
        r.jumpShare = std::max(r.jumpShare, w.jumpShare);
        r.smoothCompletenessError = std::max(r.smoothCompletenessError, w.smoothCompletenessError);
        if (w.quadratureGap >= r.quadratureGap) {
            r.quadratureGap = w.quadratureGap;
            r.smoothScale = w.smoothScale;
        }
    }
    r.warnings.removeDuplicates();
    if (r.windows.size() == 1) {
        r.jumpShare = r.windows.front().jumpShare;
        r.smoothCompletenessError = r.windows.front().smoothCompletenessError;
    }
    if (r.unresolvedJumps > 0)
        r.warnings << QStringLiteral("%1 changes of the model's choices along the path were not located (limit %2 per path): "
                                     "their jumps are not attributed and stay in the completeness gap")
                          .arg(r.unresolvedJumps).arg(s.maxJumps);
    if (r.completenessError > 0.05 && !r.jumpsAttributed && r.smoothCompletenessError <= 0.05 && r.jumps > 0)
        r.warnings << QStringLiteral("completeness gap %1 % is above 5 %, but %2 % of F(input) - F(baseline) changes in %3 jumps of "
                                     "the target along the path: the model is discontinuous there (AASIST's top-k graph pooling "
                                     "switches nodes), and no gradient can attribute a jump. Without the jumps the gap is %4 %; "
                                     "more steps will not close the rest")
                          .arg(100.0 * r.completenessError, 0, 'f', 2).arg(100.0 * r.jumpShare, 0, 'f', 2).arg(r.jumps)
                          .arg(100.0 * r.smoothCompletenessError, 0, 'f', 2);
    else if (r.completenessError > 0.05)
        r.warnings << QStringLiteral("completeness gap %1 % is above 5 %: the path integral is not converged; use more "
                                     "steps (e.g. --steps %2) or the Gauss-Legendre rule")
                          .arg(100.0 * r.completenessError, 0, 'f', 2).arg(std::min(4 * s.steps, 1024));
    if (std::abs(r.fInput - r.fBaseline) < 1e-6)
        r.warnings << QStringLiteral("F(input) and F(baseline) are nearly equal: the attributions carry little signal and "
                                     "the relative completeness gap is ill-defined; try another baseline");
    r.seconds = timer.elapsed() / 1000.0;
    if (progress)
        progress(1.0, Text::tr("done"));
    return r;
}

} // namespace st

namespace st {

double estimateIgSeconds(const IgSettings &s, int64_t samples, int sampleRate, const QString &modelKind,
                         double secondsPerForwardBackwardRow)
{
    Q_UNUSED(sampleRate);
    // Windows by the kind's input policy (the published manifests' lengths; settings override them).
    int64_t len = 0, hop = 0;
    if (modelKind == QLatin1String("native-aasist")) {
        len = 64600;
        hop = 32000;
    } else if (modelKind == QLatin1String("native-spectral")) {
        len = 64000;
        hop = 32000;
    }
    if (s.windowLength > 0)
        len = s.windowLength;
    if (s.windowHop > 0)
        hop = s.windowHop;
    const double windows = len > 0 && hop > 0 ? double(std::max<size_t>(1, ModelRunner::windowSpans(samples, len, hop).size())) : 1.0;
    const double draws = s.baseline.kind == BaselineKind::Noise ? double(std::max(1, s.baseline.noiseDraws)) : 1.0;
    // Per path, in units of one forward+backward row: the steps; with the jump search on AASIST the
    // probes (a forward-only probe from the reused front end costs about kProbe of a forward+backward
    // row: 0.25 s against 0.89 s for AASIST, bench_ig, Speed) and the forward+backward
    // passes at the jumps; the counts are rough (AASIST 50 steps: 271 probes with the nodes recorded
    // during the gradient passes, 321 without, 29 jumps; AASIST-L 128 steps: 475 probes, 60 jumps; at the
    // tolerance 2e-3, the default since Dec 7, AASIST 169 probes and 43 jumps, AASIST-L 214 and 88, 4 s,
    // 50 steps; docs/explanations.md).
    // With the interpolated search (the default since the fifth session of Dec 7) the probes are the
    // midpoint checks of the node intervals with a change (AASIST 46 to 60, 4 s, 50 steps) and the back end
    // costs little; the rows at the jumps: AASIST 26 to 40. Since the pool kernels of Dec 8 a probe costs about 0.4
    // of a row (AASIST 0.147 s against 0.362 s on one thread, bench_ig --parallel-rate; in IG runs 0.38 to 0.42).
    double rows = double(std::max(1, s.steps));
    if (s.attributeJumps && s.interpolatedJumpSearch && modelKind == QLatin1String("native-aasist")) {
        constexpr double kProbes = 60.0, kJumps = 40.0, kProbe = 0.4;
        rows += kProbes * kProbe + kJumps;
    } else if (s.attributeJumps && modelKind == QLatin1String("native-aasist")) {
        const bool coarse = s.jumpTolerance >= 1e-3;
        const double kProbes = coarse ? 200.0 : (s.recordNodeChoices ? 300.0 : 350.0);
        // Rows at the jumps: with rows shared between jumps (mergeJumpRows) AASIST 31 and AASIST-L 61.
        const double kJumps = coarse ? (s.mergeJumpRows ? 45.0 : 65.0) : 30.0;
        constexpr double kProbe = 0.3;
        rows += kProbes * kProbe + kJumps;
    }
    return windows * draws * rows * std::max(0.0, secondsPerForwardBackwardRow);
}

} // namespace st
