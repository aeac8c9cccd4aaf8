#pragma once
// Integrated Gradients (Sundararajan et al., 2017) of a model's target with respect to the input
// waveform: a_i = (x_i - x'_i) * integral_0^1 dF/dx_i(x' + alpha (x - x')) d alpha, approximated by a
// quadrature rule with `steps` nodes. The interpolated inputs run through the network in batches that
// fit a memory budget, with autograd (native AASIST or TorchScript), on the device the model runs on.
//
// Completeness: sum_i a_i = F(x) - F(x') up to the quadrature error; every result reports the relative
// gap |sum a - (F(x) - F(x'))| / |F(x) - F(x')| and warns above 5 %.
//
// Long clips are explained window by window with the model's input policy (windows of inputLength
// every hop samples, as ModelRunner::windowSpans) and stitched by a triangular crossfade (see
// Stitching). A clip shorter than the model's input is padded as the model's policy pads it, and the
// attributions of the copies of a sample are summed back onto it (exact by the chain rule).
#include "explain/AttributionTarget.h"
#include "explain/Baseline.h"
#include "explain/Quadrature.h"
#include "models/EmbeddingModel.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace st {

enum class Stitching
{
    /// Each sample's attribution is the mean of the windows covering it, weighted by a triangular taper
    /// (1 at the window centre, ~0 at its ends) normalised so that the weights sum to 1 at every
    /// sample. Completeness then holds per window, not for the stitched clip.
    Crossfade,
    /// The sum of the windows' attributions divided by the number of windows: exactly the attribution
    /// of the mean of the windows' targets (the sliding-windows score of ModelRunner), so completeness
    /// holds for the clip as a whole.
    Mean
};

struct IgSettings
{
    AttributionTarget target;
    BaselineSettings baseline;
    int steps = 50;                                        ///< as Captum
    IntegrationRule rule = IntegrationRule::GaussLegendre; ///< as Captum
    double memoryBudgetBytes = 2.0e9;                      ///< for the activations of one batch
    int maxBatch = 0;                                      ///< > 0 caps the batch (rows = interpolated inputs)
    int threads = 0;                                       ///< > 0: at::set_num_threads
    /// Window length / hop in samples (0 = the manifest's inputLength / hop); ignored for whole-clip models.
    int windowLength = 0;
    int windowHop = 0;
    Stitching stitching = Stitching::Crossfade;
    /// Reuse the linear sinc front end of AASIST across steps (two convolutions forward, one backward
    /// for the whole path instead of one per step). Off only for comparisons.
    bool reuseFrontEnd = true;
    /// For models with discrete choices (AASIST's graph pools): locate every change of the choices
    /// along the path and attribute the jump of F there through the normal of the score crossing that
    /// caused it (see IgJump), so that completeness holds for a discontinuous model. Off: plain IG,
    /// whose gap then keeps the jumps (reported, not attributed).
    bool attributeJumps = true;
    /// Width in alpha to which each change is located (bisection). A located interval's deltaF also holds
    /// the small changes beside the large one: 2e-3 gave AASIST a gap of 0.004 % against 0.35 % at 1e-4, at
    /// the same cost (fewer probes, more rows at the jumps; docs/explanations.md, Speed).
    double jumpTolerance = 2e-3;
    /// A path interval whose choices change is searched only while its change of F departs from the
    /// smooth slope by at least this fraction of |F(x) - F(x')|; smaller jumps (and pairs of jumps that
    /// cancel within one interval) stay in the gap and are counted as negligible.
    double jumpThreshold = 2e-4;
    /// Intervals narrower than this with one crossing are bracketed at the crossing predicted from the
    /// two scores instead of bisected.
    double jumpPredictWidth = 2e-3;
    /// The jump search takes F and the choices at the quadrature nodes from the gradient passes (which
    /// record the pools' choices) instead of probing the nodes again through the inference path.
    bool recordNodeChoices = true;
    /// EXPERIMENTAL, off by default: recordNodeChoices, and an interval with a single crossing of two scores is
    /// split at the crossing predicted from them at any width (two probes bracketing the prediction,
    /// 2 x jumpBracket of the width apart) instead of being halved. On AASIST-L, 16 steps, it missed a
    /// jump of 1.8 % of the change that the default search located, and took more probes (see
    /// docs/explanations.md, Speed): not to be used until that is understood.
    bool fastJumpSearch = false;
    /// Half-width of the bracket around a predicted crossing, as a fraction of the interval's width.
    double jumpBracket = 0.03;
    /// Rows per forward-only batch of the jump search's probes (each round's probes run in batches of
    /// this many). 0: the former automatic size min(2 x gradient rows, 64). On a CPU one row at a time is
    /// fastest (AASIST-L, 2 threads: 0.39 s a row at batch 1 against 1.0 to 1.1 s at batches of 8 and 32,
    /// bench_ig --probe-rate, docs/explanations.md, Speed); the probes and their results do not depend on it.
    int probeBatch = 1;
    /// Rows per forward+backward batch at the located jumps (0: the gradient steps' batch).
    int jumpBatch = 0;
    /// Jumps of one sign between the same two path points (quadrature nodes) and within jumpMergeWidth in
    /// alpha of the largest of them share one forward+backward row: their crossings' normals are taken at
    /// that jump's midpoint instead of each at its own (a member farther away, or whose lower pool levels
    /// kept other nodes there, goes to a later row). Sums stay exact per row (accuracy against separate
    /// rows: docs/explanations.md, Speed). Off: one row per jump.
    bool mergeJumpRows = true;
    /// A located jump's normal is taken where the scores of its crossing pair cross, interpolated linearly
    /// between the located interval's ends (when it holds a single pair); off, or without a single pair,
    /// at the interval's midpoint. Off by default: closer to a finer search (AASIST 0.95 % instead of 1.03 %
    /// in L1) but the interpolated point moves with the rounding of the scores at the ends, and an
    /// ill-conditioned normal turns that into per-sample differences of up to 0.7 % of the largest
    /// attribution between runs with other row workers or probe batches (docs/explanations.md, Speed).
    bool normalAtPredictedCrossing = false;
    /// Models with a back end that holds every selection (DifferentiableModel::hasBackEnd(), AASIST): the
    /// jump search runs on the back end alone between recorded points of the path (the quadrature nodes
    /// and a checked midpoint of every node interval with a change), with the encoder output interpolated
    /// in alpha, instead of probing the whole model at every point; each jump's normal is taken in a
    /// forward+backward row of the whole model as before. Off: the search probes the whole model at every
    /// point (docs/explanations.md, Speed).
    bool interpolatedJumpSearch = true;
    /// Degree of the interpolating polynomial (1: linear between the two neighbours, 3: cubic through four).
    int interpolationOrder = 3;
    /// Width in alpha to which the interpolated search locates each change: jumpTolerance's 2e-3 by default,
    /// so that a located change's deltaF also holds the small ones beside it (the gap stays that of the probe
    /// search); 2.5e-4 (the back end costs about 1 % of a probe) comes 2 to 3 times closer to a fine probe
    /// search in L1 but leaves those small changes in the gap (up to 0.86 % on 4 s dev clips against 0.31 %;
    /// docs/explanations.md, Speed).
    double interpolatedTolerance = 2e-3;
    /// A node interval is searched on the interpolation only where a probe at its midpoint finds the
    /// interpolation's choices and F within this fraction of |F(x) - F(x')|; otherwise it is halved.
    double interpolatedAgreement = 2e-4;
    double jumpMergeWidth = 0.01;
    /// A jump smaller than this fraction of |F(x) - F(x')| gets no row of its own: it joins the row of the
    /// nearest larger jump of its sign within smallJumpJoinWidth in alpha (with the same lower-level choices
    /// there), else its own row as before. 0 (the default): off. Measured at 2e-3 (AASIST, 4 s, 50 steps): 32 jump
    /// rows -> 27 (width 0.05) or 30 (0.02), but the attributions 1.44 % or 1.10 % from a fine search in L1 against
    /// 1.05 % (docs/explanations.md, Speed): too little time saved for the accuracy lost.
    double smallJumpShare = 0.0;
    double smallJumpJoinWidth = 0.05;
    /// A jump's terms may sum in absolute value to at most this multiple of |deltaF|: a crossing whose
    /// normal is nearly tangent to the path gives huge terms of both signs for a small jump (AASIST-L,
    /// dev_00100: one jump of 0.02 % of the change had 9e5 and outweighed all other attributions together).
    /// Beyond it the jump is spread along the path direction (IgJump::attributed false). The rows of
    /// AASIST and AASIST-L typically have 100 to 2000 (docs/explanations.md, Speed).
    double jumpMaxAmplification = 1e4;
    /// With the jumps attributed, the change of F that the gradient steps must explain is known exactly: F(x)
    /// - F(x') less the located jumps and the negligible changes, from F at the path's points. The gradients
    /// of AASIST's encoder vary from point to point along the path (its max pools and readout switch many
    /// times without any jump of F), so their quadrature misses that change by about 1 % at 32 to 50 steps
    /// (AASIST-L, dev_00100, 50 steps: 1.08 %), in either direction and not less at 50 than at 32. On, the
    /// smooth part of the attributions is scaled to add up to that change (IgWindow::smoothScale; the
    /// quadrature's own miss is reported as IgWindow::quadratureGap), so that the completeness gap holds only
    /// the negligible changes; only within [1/smoothMatchLimit, smoothMatchLimit], else left as it is with a
    /// warning (too few steps). Off: the plain quadrature (docs/explanations.md, Completeness).
    bool matchSmoothChange = true;
    double smoothMatchLimit = 1.25;
    /// At most this many changes are located per path; the rest are reported as unresolved.
    int maxJumps = 2000;
    /// Rows of the path (gradient steps, the jump search's probes, the rows at the jumps) run on this many
    /// worker threads at once, each with one intra-op thread: on a few CPU cores independent rows side
    /// by side beat one row at a time on all cores (AASIST, 2 cores: docs/explanations.md, Speed).
    /// 0: as many as `threads` (or LibTorch's thread count) on a CPU, 1 on a GPU; 1: one row at a time
    /// on all threads (the former way). The results agree with 1 to rounding (sums run in path order).
    int rowWorkers = 0;
};

/// A jump of the target along the path: the network's choices change between alpha `alphaLow` and
/// `alphaHigh` (a bisected interval of width <= IgSettings::jumpTolerance). The jump deltaF = F(high)
/// - F(low) is attributed as the distributional derivative of F across the surface c(z) = 0 where the
/// causing scores cross, c = s_leaving - s_entering: a_i += deltaF * (x_i - x'_i) dc/dz_i / (dc/d alpha),
/// which sums to deltaF exactly (the limit of IG on a smooth relaxation of the top-k choice).
struct IgJump
{
    double alphaLow = 0.0, alphaHigh = 0.0;
    double deltaF = 0.0;
    QString layers;         ///< the layers whose choice changed first (the cause), e.g. "pool_T"
    int pairs = 0;          ///< score crossings in those layers (each takes deltaF / pairs)
    int baseline = 0;       ///< baseline draw
    /// false when dc/d alpha vanished or the normal was nearly tangent to the path (IgSettings::
    /// jumpMaxAmplification): then spread along the path direction
    bool attributed = true;
    /// Where on the path the crossing's normal was taken: the interval's midpoint, or with
    /// IgSettings::mergeJumpRows the midpoint of the largest jump of its row.
    double normalAlpha = 0.0;
};

/// One analysis window.
struct IgWindow
{
    int64_t start = 0, end = 0;   ///< [start, end) in clip samples
    double fInput = 0.0;          ///< F(x) of this window's input
    double fBaseline = 0.0;       ///< F(x') (mean over the baseline draws)
    double attributionSum = 0.0;  ///< sum of this window's attributions (before stitching)
    double completenessError = 0.0;
    /// Jumps of F along the path (discontinuities of the model; see IgResult::jumps).
    int jumps = 0;
    double jumpShare = 0.0;               ///< |sum of the jumps| / |F(x) - F(x')|
    double smoothCompletenessError = 0.0; ///< the gap left when the jumps are taken out
    /// IgSettings::matchSmoothChange: the factor the gradient steps' part was scaled by (1: not scaled; the
    /// mean over the baseline draws) and the quadrature's miss |Q - S| / |F(x) - F(x')| before the scaling
    /// (Q the steps' sum along the path, S the change of F less the jumps; the largest over the draws).
    double smoothScale = 1.0;
    double quadratureGap = 0.0;
    std::vector<IgJump> jumpList;         ///< located jumps (attributeJumps on a model with choices)
};

struct IgResult
{
    std::vector<float> attribution; ///< one per clip sample
    int sampleRate = 16000;
    std::vector<IgWindow> windows;
    /// Clip level: for one window (or Mean stitching) the figures of the clip's target; for Crossfade
    /// over several windows fInput/fBaseline are window means and completenessError is the worst window's.
    double fInput = 0.0, fBaseline = 0.0, attributionSum = 0.0, completenessError = 0.0;
    /// A model that is discontinuous along the path (AASIST: its top-k graph pooling switches nodes as
    /// alpha grows) makes F jump; no gradient sees a jump, so the completeness gap has a part that more
    /// steps cannot close. Each path segment between quadrature nodes is checked: its change of F
    /// against the trapezoid of dF/d alpha (the gradient along the path); segments whose mismatch
    /// stands out hold a jump. `jumps` counts them (all windows and baseline draws), `jumpShare` is
    /// their part of F(x) - F(x'), `smoothCompletenessError` the gap without them (worst window).
    /// With IgSettings::attributeJumps on a model with discrete choices (native AASIST) the jumps are
    /// located by bisection instead (windows' jumpList) and attributed, so they count in
    /// attributionSum; `jumpsAttributed` says so and `jumps` counts the located changes.
    int jumps = 0;
    double jumpShare = 0.0;
    double smoothCompletenessError = 0.0;
    bool jumpsAttributed = false;
    int unresolvedJumps = 0;    ///< changes left unlocated (maxJumps reached)
    int negligibleJumps = 0;    ///< intervals with changes left unsearched (below jumpThreshold)
    /// IgSettings::matchSmoothChange: the worst window's quadrature miss before the scaling (IgWindow::quadratureGap)
    /// and the factor of that window (IgWindow::smoothScale); the scaling is `smoothMatched`.
    double quadratureGap = 0.0;
    double smoothScale = 1.0;
    bool smoothMatched = false;
    double negligibleJumpShare = 0.0; ///< their summed |change of F| / |F(x) - F(x')| (all windows, per draw)
    int64_t probeRows = 0;      ///< forward-only evaluations spent locating jumps
    /// Cost breakdown (all windows and draws), e.g. for a time estimate: seconds and rows (interpolated
    /// inputs) of the gradient steps (forward+backward), of the forward-only probes (path ends and search)
    /// and of the forward+backward passes at the located jumps (jumpBackwardPasses counts the backward
    /// passes: one per crossing pair and batch).
    double gradientSeconds = 0.0, probeSeconds = 0.0, jumpSeconds = 0.0;
    int64_t gradientRows = 0, jumpRows = 0, jumpBackwardPasses = 0;
    /// The interpolated jump search (IgSettings::interpolatedJumpSearch): back-end-only rows and their seconds.
    int64_t backEndRows = 0;
    bool interpolatedSearch = false; ///< the jumps were searched on the interpolated back end (IgSettings::interpolatedJumpSearch)
    int interpolationFallbacks = 0; ///< midpoint checks the interpolation failed (IgSettings::interpolatedAgreement)
    double backEndSeconds = 0.0;
    QStringList warnings;

    // The settings as run, for the report.
    QString modelName, weightsSha256, device;
    QString targetSpec, targetDescription, positiveMeaning, negativeMeaning;
    int spoofSign = 0;
    QString baselineDescription;
    QString baselineKind;
    int steps = 0;
    QString rule;
    int batchRows = 0;       ///< interpolated inputs per forward/backward
    int threads = 0;
    int rowWorkers = 1;      ///< rows run side by side (IgSettings::rowWorkers), each on one thread when > 1
    int windowLength = 0, windowHop = 0;
    QString stitching;
    double seconds = 0.0;
    int64_t forwardBackwardRows = 0; ///< interpolated inputs run with a backward pass
};

/// Progress: fraction in [0, 1] and a stage text. Cancellation: return true to stop (run() then throws
/// JobCancelled from jobs/Job.h).
using IgProgress = std::function<void(double, const QString &)>;
using IgCancelled = std::function<bool()>;

class IntegratedGradients
{
public:
    /// Works with a native AASIST (st::loadAasist) or a TorchScript model (its file is loaded a second
    /// time for autograd). Throws st::Error for another kind of model.
    explicit IntegratedGradients(EmbeddingModelPtr model);
    ~IntegratedGradients();

    const EmbeddingModelPtr &model() const;

    /// Attributions of `clip` (mono, at the model's sample rate). Throws st::Error for bad settings or
    /// a clip the model cannot take, JobCancelled when `cancelled` says so.
    IgResult run(const std::vector<float> &clip, const IgSettings &settings, const IgProgress &progress = {},
                 const IgCancelled &cancelled = {});

    /// The target F for each input (no autograd; for checks).
    std::vector<double> evaluate(const std::vector<std::vector<float>> &inputs, const AttributionTarget &target);

    /// Estimated bytes of activations kept for the backward pass per interpolated input of `samples`
    /// samples (measured for AASIST, see docs/explanations.md), and the batch rows a budget allows.
    double bytesPerRow(int64_t samples) const;
    int rowsForBudget(int64_t samples, double budgetBytes) const;

    /// Stitching weights (for tests): the weight of window w at each clip sample, for spans over a
    /// clip of `length` samples (Crossfade: normalised triangular tapers; Mean: 1 / windows).
    static std::vector<std::vector<float>> stitchWeights(const std::vector<std::pair<int64_t, int64_t>> &spans,
                                                         int64_t length, Stitching s);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

QString stitchingName(Stitching s);

/// Predicted wall time of IntegratedGradients::run for a clip of `samples` samples at `sampleRate`
/// with a model of manifest kind `modelKind` ("native-aasist", "native-spectral", "torchscript"),
/// given the measured time of one forward+backward row of that model (one model input, at the
/// threads the run will use; e.g. IgResult::gradientSeconds / gradientRows of an earlier run).
/// Counts: windows (the kind's input policy: AASIST 64 600 / hop 32 000, the spectral network
/// 64 000 / 32 000, TorchScript the whole clip) x baseline draws x (steps forward+backward rows, plus
/// for AASIST with jump attribution the search's forward-only probes and the backward passes at the
/// jumps, at rates measured on dev_00100, see docs/explanations.md, Speed). Accuracy: exact in rows
/// for plain IG (the time then scales with the measured row); with jump attribution a rough figure,
/// since the number of jumps and probes varies from clip to clip (see the Speed section).
double estimateIgSeconds(const IgSettings &settings, int64_t samples, int sampleRate, const QString &modelKind,
                         double secondsPerForwardBackwardRow);

} // namespace st
