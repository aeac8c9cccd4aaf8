// bench-links: st_explain
// Integrated Gradients of AASIST on a 4 s clip (64 600 samples): wall time of a whole IG run with
// 32 steps on 1 and 2 threads, next to one plain forward+backward pass (the unit of the naive way:
// 32 separate passes). Also measures the activation memory per batch row (peak RSS growth).
//
//   bench_ig [--model aasist|aasist-l|aasist-stopa] [--steps 32] [--threads 1,2] [--rows 0=auto]
//            [--no-reuse] [--memory] [--clip FILE] [--baseline silence|noise|lowpass] [--ig-only]
//            [--no-jumps] [--sweep N [--target bonafide|margin]]
// --sweep N: IG of the first N clips of the dev corpus (every 10th line of its protocol) with the given
// settings on the first thread count: completeness gap, located jumps and their share, and time per clip.
// --no-jumps: plain IG (the jumps of AASIST's graph pooling are reported, not attributed).
// --predicted-normals: a jump's normal at its pair's predicted crossing (IgSettings::normalAtPredictedCrossing,
// off by default); ST_AASIST_NO_KERNELS=1 in the environment: oneDNN/ATen instead of models/AasistKernels.h.
// --probe-search: the jump search by probes of the whole model instead of the interpolated back end
// (IgSettings::interpolatedJumpSearch, on by default); --interp-order N, --interp-tol T, --interp-agree A.
// --dump FILE (with --ig-only): the attribution as raw float32, one per sample.
// --small-share S: IgSettings::smallJumpShare (0: every jump group its own row), --small-width W its join width; --no-smooth-match: the plain
// quadrature (IgSettings::matchSmoothChange off); --merge-width W: IgSettings::jumpMergeWidth.
// --agree T --agree-cache FILE: the plain and reference runs of --agree read from FILE (written on the first run).
// --model default: the project's default model (models/sourcetrace-default, its recommended noise baseline).
// --summary: side by side on the first thread count: plain IG at 32 and 50 steps and IG at the default
// settings (50 Gauss-Legendre steps, jumps attributed), with the gap and the cost breakdown, next to the
// reference row (32 forward+backward passes of the Python reference, measured earlier: 66 s).
// --fast-search: the experimental jump search (IgSettings::fastJumpSearch, off by default); --jump-bracket F.
// --probe-batch N: rows per forward-only probe batch of the jump search (default 1; 0 = the former
// automatic min(2 x rows, 64)).
// --probe-rate: rows per second of the forward-only probe (inference path from the sinc output, with
// the choices recorded) at batches of 1, 8 and 32 rows (points of the silence-to-clip path).
// Needs ../shared (the published checkpoints and the dev corpus).
// LibTorch first (Qt's `slots` macro), for --probe-rate only.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/csrc/autograd/autograd.h>
#include <torch/csrc/autograd/profiler_legacy.h>
#include "explain/DifferentiableModel.h"
#include "BenchSupport.h"
#include "audio/AudioFile.h"
#include "explain/IntegratedGradients.h"
#include "models/AasistModel.h"
#include "models/ModelManifest.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "util/Memory.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <sys/resource.h>
#include <thread>
#include <malloc.h>

using namespace st;

namespace {


// CPU seconds (user + system) of this process so far: on a machine shared with other work, CPU time
// tracks the work done better than wall time.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

int main(int argc, char **argv)
{
    // As the programs do (util/Memory.h); ST_IG_SYSTEM_MALLOC=1 leaves glibc's defaults for comparisons.
    if (qEnvironmentVariableIntValue("ST_IG_SYSTEM_MALLOC") == 0)
        useOneMallocArena();
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &def) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const QString modelName = value(QStringLiteral("--model"), QStringLiteral("aasist"));
    const int steps = value(QStringLiteral("--steps"), QStringLiteral("32")).toInt();
    const int rowsCap = value(QStringLiteral("--rows"), QStringLiteral("0")).toInt();
    const bool reuse = !args.contains(QStringLiteral("--no-reuse"));
    const QString rule = value(QStringLiteral("--rule"), QStringLiteral("gauss"));
    BaselineKind baseline = BaselineKind::Silence;
    baselineKindFromName(value(QStringLiteral("--baseline"), QStringLiteral("silence")), baseline);
    const bool igOnly = args.contains(QStringLiteral("--ig-only"));
    const bool jumps = !args.contains(QStringLiteral("--no-jumps"));
    const QString targetName = value(QStringLiteral("--target"), QStringLiteral("bonafide"));
    QList<int> threads;
    for (const QString &t : value(QStringLiteral("--threads"), QStringLiteral("1,2")).split(QLatin1Char(',')))
        threads << t.toInt();

    QString shared = qEnvironmentVariable("SOURCETRACE_SHARED");
    QString source = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
    if (source.isEmpty())
        source = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../.."));
    if (shared.isEmpty())
        shared = QDir(source).absoluteFilePath(QStringLiteral("../shared"));
    const bool defaultModel = modelName == QLatin1String("default");
    const QString manifestPath = defaultModel
        ? QDir(source).absoluteFilePath(QStringLiteral("models/sourcetrace-default/manifest.json"))
        : QDir(source).absoluteFilePath(QStringLiteral("models/published/%1.json").arg(modelName));
    if (!QFile::exists(manifestPath) || !QDir(shared).exists()) {
        std::fprintf(stderr, "bench_ig: needs %s and ../shared\n", qPrintable(manifestPath));
        return 2;
    }
    const QString clipPath = value(QStringLiteral("--clip"), QDir(shared).absoluteFilePath(QStringLiteral("corpus/dev/wav/dev_00100.flac")));

    const ModelManifest m = ModelManifest::fromJsonFile(manifestPath);
    RunOptions opt;
    opt.threads = threads.first();
    auto model = defaultModel ? ModelRegistry::load(m, opt) : loadAasist(m, opt);
    if (defaultModel && !args.contains(QStringLiteral("--baseline")))
        baseline = recommendedBaseline(m.kind).kind;
    // The "4 s clip": 64 000 samples at 16 kHz (AASIST pads it to its 64 600-sample input; the spectral
    // default model takes it as one 64 000-sample window). --samples 64600 gives the earlier figures.
    const int samples = value(QStringLiteral("--samples"), QStringLiteral("64000")).toInt();
    const std::vector<float> clip = ModelRunner::fitToLength(AudioFile(clipPath).readAll(MixDown, 16000), samples);
    IntegratedGradients ig(model);
    // The run's settings from the flags (the defaults where a flag is absent), for every mode that runs IG.
    auto settingsFromFlags = [&](int threadCount) {
        const IgSettings def;
        auto number = [&](const char *flag, double fallback) {
            return value(QLatin1String(flag), QString::number(fallback, 'g', 17)).toDouble();
        };
        IgSettings s;
        s.threads = threadCount;
        s.steps = steps;
        s.maxBatch = rowsCap;
        s.reuseFrontEnd = reuse;
        if (defaultModel)
            s.baseline = recommendedBaseline(m.kind);
        s.baseline.kind = baseline;
        if (targetName == QLatin1String("margin"))
            s.target.kind = AttributionTarget::Kind::Margin;
        integrationRuleFromName(rule, s.rule);
        s.attributeJumps = jumps;
        s.jumpTolerance = number("--jump-tol", def.jumpTolerance);
        s.jumpThreshold = number("--jump-threshold", def.jumpThreshold);
        s.jumpPredictWidth = number("--jump-predict", def.jumpPredictWidth);
        s.jumpBracket = number("--jump-bracket", def.jumpBracket);
        s.fastJumpSearch = args.contains(QStringLiteral("--fast-search"));
        s.recordNodeChoices = !args.contains(QStringLiteral("--probe-nodes"));
        s.probeBatch = int(number("--probe-batch", def.probeBatch));
        s.jumpBatch = int(number("--jump-batch", def.jumpBatch));
        s.rowWorkers = int(number("--row-workers", def.rowWorkers));
        s.mergeJumpRows = !args.contains(QStringLiteral("--no-merge"));
        s.normalAtPredictedCrossing = args.contains(QStringLiteral("--predicted-normals"));
        s.interpolatedJumpSearch = !args.contains(QStringLiteral("--probe-search"));
        s.interpolatedTolerance = number("--interp-tol", def.interpolatedTolerance);
        s.interpolationOrder = int(number("--interp-order", def.interpolationOrder));
        s.interpolatedAgreement = number("--interp-agree", def.interpolatedAgreement);
        s.smallJumpShare = number("--small-share", def.smallJumpShare);
        s.smallJumpJoinWidth = number("--small-width", def.smallJumpJoinWidth);
        s.jumpMergeWidth = number("--merge-width", def.jumpMergeWidth);
        s.matchSmoothChange = !args.contains(QStringLiteral("--no-smooth-match"));
        return s;
    };
    std::printf("bench_ig: model %s, clip %s (%d samples), %d steps, rule %s, front-end reuse %s\n",
                qPrintable(m.name), qPrintable(QFileInfo(clipPath).fileName()), samples, steps, qPrintable(rule), reuse ? "on" : "off");

    if (args.contains(QStringLiteral("--profile"))) {
        // One plain IG run of --steps rows (no jump search) under LibTorch's profiler: a Chrome trace of every
        // operator (forward and backward) in the file given, to be summed per operator with a script.
        IgSettings s;
        s.threads = threads.first();
        s.steps = steps;
        s.maxBatch = rowsCap;
        s.attributeJumps = false;
        ig.run(clip, s); // warm-up
        {
            torch::autograd::profiler::RecordProfile guard(value(QStringLiteral("--profile"), QStringLiteral("/tmp/ig-profile.json")).toStdString());
            ig.run(clip, s);
        }
        return 0;
    }

    if (args.contains(QStringLiteral("--parallel-rate"))) {
        // Forward+backward rows (the gradient steps' unit) from the sinc output: one after another on
        // --threads T intra-op threads, against two rows at a time on two worker threads of one
        // intra-op thread each (inter-op parallelism).
        const int reps = value(QStringLiteral("--parallel-rate"), QStringLiteral("6")).toInt();
        mallopt(M_MMAP_MAX, 0); // as IntegratedGradients::run
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
        auto net = makeDifferentiableModel(model);
        const at::Tensor x = at::from_blob(const_cast<float *>(clip.data()), {1, int64_t(clip.size())}, at::kFloat).clone();
        at::Tensor h;
        {
            at::NoGradGuard ng;
            h = net->frontEnd(x);
        }
        auto row = [&](double a, bool probe) {
            if (probe) {
                at::NoGradGuard ng;
                std::vector<DifferentiableModel::Selection> sel;
                net->probeWithSelections((h * a).contiguous(), sel);
                return;
            }
            at::AutoGradMode on(true);
            const at::Tensor z = (h * a).detach().requires_grad_(true);
            auto [emb, logits] = net->forwardFromFrontEnd(z);
            torch::autograd::grad({logits.select(1, 1).sum()}, {z});
        };
        for (const bool probe : {false, true}) {
            const char *what = probe ? "probe (forward only)" : "forward+backward";
            at::set_num_threads(threads.first());
            row(0.5, probe); // warm-up
            QElapsedTimer t;
            t.start();
            for (int r = 0; r < reps; ++r)
                row(0.3 + 0.05 * r, probe);
            const double seq = t.nsecsElapsed() * 1e-9;
            std::printf("%s: %d rows one after another on %d threads: %.2f s, %.3f s per row\n", what, reps, threads.first(), seq, seq / reps);
            std::fflush(stdout);
            t.restart();
            std::vector<std::thread> workers;
            for (int wk = 0; wk < 2; ++wk)
                workers.emplace_back([&, wk] {
                    at::set_num_threads(1);
                    for (int r = wk; r < reps; r += 2)
                        row(0.3 + 0.05 * r, probe);
                });
            for (auto &th : workers)
                th.join();
            const double par = t.nsecsElapsed() * 1e-9;
            std::printf("%s: %d rows on 2 workers x 1 thread: %.2f s, %.3f s per row (%.2fx)\n", what, reps, par, par / reps, seq / par);
            std::fflush(stdout);
        }
        return 0;
    }

    if (args.contains(QStringLiteral("--probe-rate"))) {
        at::set_num_threads(threads.first());
        auto net = makeDifferentiableModel(model);
        at::NoGradGuard ng;
        const at::Tensor x = at::from_blob(const_cast<float *>(clip.data()), {1, int64_t(clip.size())}, at::kFloat).clone();
        const at::Tensor h = net->frontEnd(x);
        for (int b : {1, 8, 32}) {
            const at::Tensor a = at::linspace(0.3, 0.7, b).view({b, 1, 1});
            const at::Tensor in = (h * a).contiguous();
            std::vector<DifferentiableModel::Selection> sel;
            net->probeWithSelections(in, sel); // warm-up
            const int reps = b == 1 ? 8 : (b == 8 ? 2 : 1);
            QElapsedTimer t;
            t.start();
            const double c0 = cpuSeconds();
            for (int r = 0; r < reps; ++r)
                net->probeWithSelections(in, sel);
            const double sec = t.nsecsElapsed() * 1e-9;
            std::printf("probe batch %2d: %d rows in %.2f s wall (%.2f s CPU): %.3f s per row, %.2f rows/s\n", b, b * reps, sec,
                        cpuSeconds() - c0, sec / (b * reps), (b * reps) / sec);
            std::fflush(stdout);
        }
        return 0;
    }

    // --path N: F along the straight path from silence at N+1 equally spaced points, and the biggest
    // steps between neighbours (jumps show where the network is discontinuous along the path).
    if (args.contains(QStringLiteral("--path"))) {
        const int np = value(QStringLiteral("--path"), QStringLiteral("400")).toInt();
        std::vector<std::vector<float>> inputs;
        for (int k = 0; k <= np; ++k) {
            std::vector<float> z(clip.size());
            for (size_t i = 0; i < clip.size(); ++i)
                z[i] = float(double(k) / np * clip[i]);
            inputs.push_back(std::move(z));
        }
        IgSettings s;
        std::vector<double> f;
        for (size_t k = 0; k < inputs.size(); k += 8) {
            std::vector<std::vector<float>> part(inputs.begin() + long(k), inputs.begin() + long(std::min(inputs.size(), k + 8)));
            for (double v : ig.evaluate(part, s.target))
                f.push_back(v);
        }
        std::vector<std::pair<double, int>> steps;
        for (int k = 0; k < np; ++k)
            steps.emplace_back(std::abs(f[size_t(k + 1)] - f[size_t(k)]), k);
        std::sort(steps.rbegin(), steps.rend());
        std::printf("F(0) %.4f F(1) %.4f; largest steps between neighbours (alpha, dF):\n", f.front(), f.back());
        for (int i = 0; i < 12 && i < np; ++i)
            std::printf("  alpha %.4f..%.4f: %+.4f\n", double(steps[size_t(i)].second) / np, double(steps[size_t(i)].second + 1) / np,
                        f[size_t(steps[size_t(i)].second + 1)] - f[size_t(steps[size_t(i)].second)]);
        double med = 0.0;
        std::vector<double> all;
        for (auto &p : steps)
            all.push_back(p.first);
        std::nth_element(all.begin(), all.begin() + long(all.size() / 2), all.end());
        med = all[all.size() / 2];
        std::printf("  median |dF| %.5f\n", med);
        return 0;
    }

    if (args.contains(QStringLiteral("--sweep"))) {
        const int n = value(QStringLiteral("--sweep"), QStringLiteral("10")).toInt();
        QFile proto(QDir(shared).absoluteFilePath(QStringLiteral("corpus/dev/protocol.tsv")));
        if (!proto.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_ig: cannot read %s\n", qPrintable(proto.fileName()));
            return 2;
        }
        QStringList files;
        int line = 0;
        while (!proto.atEnd()) {
            const QString l = QString::fromUtf8(proto.readLine()).trimmed();
            if (line++ == 0 || l.isEmpty())
                continue;
            if ((line - 2) % 10 == 0)
                files << l.section(QLatin1Char('\t'), 0, 0);
        }
        const IgSettings s = settingsFromFlags(threads.first());
        std::vector<double> gaps;
        double seconds = 0.0;
        for (int i = 0; i < n && i < files.size(); ++i) {
            const QString path = QDir(shared).absoluteFilePath(QStringLiteral("corpus/dev/wav/") + files[i]);
            const std::vector<float> c = ModelRunner::fitToLength(AudioFile(path).readAll(MixDown, 16000), 64600);
            const IgResult r = ig.run(c, s);
            gaps.push_back(r.completenessError);
            seconds += r.seconds;
            std::printf("%-28s F(x) %+8.4f F(x') %+8.4f gap %7.3f %%  jumps %3d (share %6.2f %%)  probes %4lld  back end %5lld  jump rows %3lld  %.1f s\n",
                        qPrintable(QFileInfo(path).fileName()), r.fInput, r.fBaseline, 100.0 * r.completenessError, r.jumps,
                        100.0 * r.jumpShare, static_cast<long long>(r.probeRows), static_cast<long long>(r.backEndRows),
                        static_cast<long long>(r.jumpRows), r.seconds);
            std::fflush(stdout);
        }
        std::sort(gaps.begin(), gaps.end());
        if (!gaps.empty())
            std::printf("%zu clips, %d steps %s, baseline %s, jumps %s: gap median %.3f %%, max %.3f %%, under 1 %%: %lld; %.1f s per clip\n",
                        gaps.size(), steps, qPrintable(rule), qPrintable(s.baseline.describe()), jumps ? "attributed" : "plain IG",
                        100.0 * gaps[gaps.size() / 2], 100.0 * gaps.back(),
                        static_cast<long long>(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g < 0.01; })),
                        seconds / double(gaps.size()));
        return 0;
    }

    if (args.contains(QStringLiteral("--summary"))) {
        std::printf("| configuration (%s, %d threads) | gap | jumps | probe rows | steps s | probes s | jumps s | total s |\n",
                    qPrintable(m.name), threads.first());
        std::printf("| reference: 32 x forward+backward of the Python reference (AASIST, measured earlier) | | | | | | | 66 |\n");
        struct Config
        {
            const char *name;
            int steps;
            bool jumps;
        };
        for (const Config &c : {Config{"plain IG, 32 steps", 32, false}, Config{"plain IG, 50 steps", 50, false},
                                Config{"IG, default settings (50 steps, jumps attributed)", 50, true}}) {
            IgSettings s;
            s.threads = threads.first();
            s.steps = c.steps;
            s.attributeJumps = c.jumps;
            if (defaultModel)
                s.baseline = recommendedBaseline(m.kind);
            s.baseline.kind = baseline;
            const IgResult r = ig.run(clip, s);
            std::printf("| %s | %.3f %% | %d (%d negligible) | %lld | %.1f | %.1f | %.1f | %.1f |\n", c.name, 100.0 * r.completenessError,
                        r.jumps, r.negligibleJumps, static_cast<long long>(r.probeRows), r.gradientSeconds, r.probeSeconds,
                        r.jumpSeconds, r.seconds);
            std::fflush(stdout);
        }
        return 0;
    }

    if (args.contains(QStringLiteral("--memory"))) {
        for (int rows : {1, 2, 4}) {
            IgSettings s;
            s.steps = rows;
            s.maxBatch = rows;
            s.memoryBudgetBytes = 1e12;
            s.reuseFrontEnd = reuse;
            s.rule = IntegrationRule::Trapezoid;
            if (rows == 1)
                s.rule = IntegrationRule::GaussLegendre;
            ig.run(clip, s); // warm
            resetPeakRss();
            const long before = stbench::statusKb("VmHWM");
            ig.run(clip, s);
            const long after = stbench::statusKb("VmHWM");
            std::printf("  batch %d rows: peak RSS %ld MiB (growth over the run %ld MiB)\n", rows, after / 1024, (after - before) / 1024);
        }
        return 0;
    }

    for (int t : threads) {
        const IgSettings s = settingsFromFlags(t);
        if (args.contains(QStringLiteral("--agree"))) {
            // How far the jump terms of these settings are from those of a finer search (--agree T: the
            // reference's jumpTolerance, default 1e-4): the jump terms are a run's attribution minus plain
            // IG's (the gradient steps are the same rows in all three runs).
            IgSettings plain = s, ref = s;
            plain.attributeJumps = false;
            ref.jumpTolerance = value(QStringLiteral("--agree"), QStringLiteral("1e-4")).toDouble();
            ref.mergeJumpRows = false; // one row per jump, each normal at its own crossing
            ref.interpolatedJumpSearch = false; // located on the whole model
            // --agree-cache FILE: the plain and reference attributions from FILE when it exists (written
            // there otherwise), to compare several settings against one reference run.
            const QString cache = value(QStringLiteral("--agree-cache"), QString());
            IgResult rp, rr;
            QFile cf(cache);
            if (!cache.isEmpty() && cf.open(QIODevice::ReadOnly)) {
                QDataStream in(&cf);
                std::vector<float> *vs[2] = {&rp.attribution, &rr.attribution};
                for (std::vector<float> *v : vs) {
                    qint64 n = 0;
                    in >> n;
                    v->resize(size_t(n));
                    for (float &x : *v)
                        in >> x;
                }
                qint64 probes = 0, jumpRows = 0;
                in >> rp.completenessError >> rr.completenessError >> rr.seconds >> rr.jumps >> probes >> jumpRows;
                rr.probeRows = probes;
                rr.jumpRows = jumpRows;
            } else {
                rp = ig.run(clip, plain);
                rr = ig.run(clip, ref);
                if (!cache.isEmpty() && cf.open(QIODevice::WriteOnly)) {
                    QDataStream out(&cf);
                    for (const std::vector<float> *v : {&rp.attribution, &rr.attribution}) {
                        out << qint64(v->size());
                        for (float x : *v)
                            out << x;
                    }
                    out << rp.completenessError << rr.completenessError << rr.seconds << rr.jumps << qint64(rr.probeRows)
                        << qint64(rr.jumpRows);
                }
            }
            const IgResult ra = ig.run(clip, s);
            const size_t n = ra.attribution.size();
            double l1Ref = 0.0, l1Diff = 0.0, jRef = 0.0, jDiff = 0.0;
            for (size_t i = 0; i < n; ++i) {
                const double a = ra.attribution[i], r = rr.attribution[i], p = rp.attribution[i];
                l1Ref += std::abs(r);
                l1Diff += std::abs(a - r);
                jRef += std::abs(r - p);
                jDiff += std::abs((a - p) - (r - p));
            }
            // 20 ms envelopes (signed sums), as the overlays draw them: Pearson correlation.
            const size_t hop = 320;
            std::vector<double> ea, er;
            for (size_t i = 0; i < n; i += hop) {
                double sa = 0.0, sr = 0.0;
                for (size_t k = i; k < std::min(n, i + hop); ++k) {
                    sa += ra.attribution[k];
                    sr += rr.attribution[k];
                }
                ea.push_back(sa);
                er.push_back(sr);
            }
            auto mean = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); };
            const double ma = mean(ea), mr = mean(er);
            double sab = 0.0, saa = 0.0, sbb = 0.0;
            for (size_t i = 0; i < ea.size(); ++i) {
                sab += (ea[i] - ma) * (er[i] - mr);
                saa += (ea[i] - ma) * (ea[i] - ma);
                sbb += (er[i] - mr) * (er[i] - mr);
            }
            std::printf("settings: tolerance %g (%s), %.1f s, gap %.3f %%, %d jumps, %lld probes, %lld back-end rows, %lld jump rows\n",
                        s.interpolatedJumpSearch ? s.interpolatedTolerance : s.jumpTolerance,
                        s.interpolatedJumpSearch ? "interpolated search" : "probe search", ra.seconds,
                        100.0 * ra.completenessError, ra.jumps, static_cast<long long>(ra.probeRows), static_cast<long long>(ra.backEndRows),
                        static_cast<long long>(ra.jumpRows));
            std::printf("reference: tolerance %g, %.1f s, gap %.3f %%, %d jumps, %lld probes, %lld jump rows\n", ref.jumpTolerance, rr.seconds,
                        100.0 * rr.completenessError, rr.jumps, static_cast<long long>(rr.probeRows), static_cast<long long>(rr.jumpRows));
            std::printf("plain IG (no jump terms): gap %.3f %%; jump terms' L1 share of the reference attribution %.2f %%\n",
                        100.0 * rp.completenessError, 100.0 * jRef / std::max(l1Ref, 1e-300));
            std::printf("agreement: |a - ref|_1 / |ref|_1 = %.3f %%; jump terms |j - j_ref|_1 / |j_ref|_1 = %.1f %%; "
                        "20 ms envelope correlation %.5f\n",
                        100.0 * l1Diff / std::max(l1Ref, 1e-300), 100.0 * jDiff / std::max(jRef, 1e-300),
                        sab / std::sqrt(std::max(saa * sbb, 1e-300)));
            std::fflush(stdout);
            continue;
        }
        if (igOnly) {
            QElapsedTimer t0;
            t0.start();
            const double cpu0 = cpuSeconds();
            const IgResult r = ig.run(clip, s);
            const double cpu = cpuSeconds() - cpu0;
            if (args.contains(QStringLiteral("--dump"))) {
                // The attribution as raw little-endian float32, one per clip sample (to compare runs with numpy).
                QFile f(value(QStringLiteral("--dump"), QStringLiteral("/tmp/ig-attribution.f32")));
                if (f.open(QIODevice::WriteOnly))
                    f.write(reinterpret_cast<const char *>(r.attribution.data()), qint64(r.attribution.size() * sizeof(float)));
            }
            std::printf("threads %d: IG %d steps (%s, baseline %s) %.2f s: F(x) %.4f F(x') %.4f sum %.4f completeness gap %.3f %%; "
                        "%d jumps (%s, share %.2f %%, %lld probe rows)\n", t,
                        steps, qPrintable(r.rule), qPrintable(r.baselineDescription), t0.elapsed() / 1000.0, r.fInput, r.fBaseline,
                        r.attributionSum, 100.0 * r.completenessError, r.jumps, r.jumpsAttributed ? "attributed" : "not attributed",
                        100.0 * r.jumpShare, static_cast<long long>(r.probeRows));
            std::printf("  process CPU time %.1f s; %d rows per gradient batch, %d rows side by side\n", cpu, r.batchRows, r.rowWorkers);
            std::printf("  cost: gradient steps %.1f s (%lld rows), probes %.1f s (%lld rows), back end %.1f s (%lld rows), jumps %.1f s "
                        "(%lld rows, %lld backward passes); %d negligible (%.3f %%); %d midpoint checks failed\n",
                        r.gradientSeconds, static_cast<long long>(r.gradientRows), r.probeSeconds, static_cast<long long>(r.probeRows),
                        r.backEndSeconds, static_cast<long long>(r.backEndRows),
                        r.jumpSeconds, static_cast<long long>(r.jumpRows), static_cast<long long>(r.jumpBackwardPasses),
                        r.negligibleJumps, 100.0 * r.negligibleJumpShare, r.interpolationFallbacks);
            std::fflush(stdout);
            continue;
        }
        // One plain forward+backward (batch 1) as the unit of the naive way.
        // Trapezoid with 2 steps and 1 row per batch, no jump search: exactly 2 separate forward+backward
        // passes (with the search, the default since Dec 6, this "unit" had been a whole search over the
        // path's two wide halves: 41.8 s instead of about 0.4 s at 1 thread).
        IgSettings one = s;
        one.attributeJumps = false;
        one.steps = 2;
        one.maxBatch = 1;
        one.rule = IntegrationRule::Trapezoid;
        one.reuseFrontEnd = false;
        ig.run(clip, one); // warm-up
        QElapsedTimer timer;
        timer.start();
        double c0 = cpuSeconds();
        ig.run(clip, one);
        const double oneRun = timer.elapsed() / 1000.0 / 2;
        const double oneCpu = (cpuSeconds() - c0) / 2;
        timer.restart();
        c0 = cpuSeconds();
        const IgResult r = ig.run(clip, s);
        const double igTime = timer.elapsed() / 1000.0;
        const double igCpu = cpuSeconds() - c0;
        std::printf("threads %d: one plain forward+backward %.2f s (cpu %.2f s); IG %d steps %.2f s (cpu %.2f s, %d rows per batch) "
                    "= %.2f s per step; naive %d x forward+backward ~ %.1f s (cpu %.1f s); completeness gap %.3f %%\n",
                    t, oneRun, oneCpu, steps, igTime, igCpu, r.batchRows, igTime / steps, steps, steps * oneRun, steps * oneCpu,
                    100.0 * r.completenessError);
        std::fflush(stdout);
    }
    return 0;
}
