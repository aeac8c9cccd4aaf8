#include "analysis/DetectionAnalysis.h"

#include "analysis/JsonRead.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "jobs/Job.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <cmath>
#include <mutex>
#include <tuple>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::DetectionAnalysis) };
} // namespace

namespace st {

double DetectionResult::llr() const { return lr.given ? lr.llr : std::nan(""); }

std::pair<int, int> timelineWindowAndHop(const ModelManifest &m)
{
    const bool hasLength = m.inputPolicy != InputPolicy::WholeClip && m.inputLength > 0;
    const int window = hasLength ? m.inputLength : 64600;
    const int hop = hasLength && m.hop > 0 ? m.hop : 32000;
    return {window, hop};
}

DetectionResult runDetection(const ModelManifest &m, const AudioFile &file, ModelCache &cache, JobContext *ctx, int threads)
{
    if (ctx) {
        ctx->checkCancelled();
        ctx->setProgress(0.01, Text::tr("reading clip"));
    }
    return runDetection(m, file, file.readAll(MixDown, m.sampleRate), cache, ctx, threads);
}

DetectionResult runDetection(const ModelManifest &m, const AudioFile &file, const std::vector<float> &clip,
                             ModelCache &cache, JobContext *ctx, int threads)
{
    auto progress = [ctx](double f, const QString &stage) {
        if (ctx) {
            ctx->checkCancelled();
            ctx->setProgress(f, stage);
        }
    };
    if (!m.isDetector())
        throw Error(m.manifestPath, Text::tr("model \"%1\" is not a detector (%2); choose a detector such as aasist")
                                        .arg(m.name, m.scoreConvention()));
    DetectionResult r;
    r.manifest = m;
    r.scoreConvention = m.scoreConvention();
    // The validated conditions and the feature bank are read first: a broken file withholds the LR (with the
    // reason) but does not stop the detection.
    const ConditionsJudge judge = ConditionsJudge::forManifest(m);
    r.validity = judge.validity();
    r.validityError = judge.error();
    r.clipPath = file.info().path;
    r.clipRate = file.info().sampleRate;
    r.modelRate = m.sampleRate;
    std::tie(r.window, r.hop) = timelineWindowAndHop(m);

    QElapsedTimer t;
    t.start();
    progress(0.02, Text::tr("loading model %1").arg(m.name));
    RunOptions opt;
    opt.threads = threads;
    EmbeddingModelPtr model = cache.get(m, opt);
    r.device = model->device();
    r.loadSeconds = t.nsecsElapsed() / 1e9;
    r.modelSamples = int64_t(clip.size());

    t.restart();
    std::lock_guard<std::mutex> lock(cache.runLock());
    ModelRunner runner(model);
    // Input the model cannot judge (too short, digital silence) is refused; doubtful input is scored with
    // warnings.
    QStringList warnings = runner.assessInput(clip, r.clipPath);
    if (m.inputPolicy == InputPolicy::FixedLength && int64_t(clip.size()) > int64_t(m.inputLength) + m.sampleRate / 100)
        warnings << QObject::tr("the clip's score is of its first %1 s of %2 s (fixed-length input); the timeline covers the rest")
                        .arg(double(m.inputLength) / m.sampleRate, 0, 'f', 2)
                        .arg(double(clip.size()) / m.sampleRate, 0, 'f', 2);
    // A fixed-length, repeat-padded input of exactly one timeline window is the timeline's first window (the
    // clip's first `window` samples, or the whole clip repeat-padded): that forward pass is shared instead of run
    // twice. The kNN cosine needs the whole-clip embedding, which the timeline does not keep: then it is run apart.
    const bool firstWindowIsClipInput = m.inputPolicy == InputPolicy::FixedLength && m.padding == Padding::Repeat
                                        && m.inputLength == r.window && !judge.hasBank();
    if (!firstWindowIsClipInput) {
        progress(0.12, Text::tr("whole-clip score"));
        r.clip = runner.run(clip);
    }
    // One window per timeline() call: its spans are what timeline() over the whole clip makes, and a span no
    // longer than the window is one window of timeline() (repeat-padded the same way).
    const auto spans = ModelRunner::windowSpans(int64_t(clip.size()), r.window, r.hop);
    r.timeline.reserve(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        progress(0.15 + 0.85 * double(i) / double(spans.size()), Text::tr("window %1/%2").arg(i + 1).arg(spans.size()));
        const auto [s, e] = spans[i];
        const std::vector<float> piece(clip.begin() + s, clip.begin() + e);
        std::vector<TimelineWindow> one = runner.timeline(piece, r.window, r.hop);
        TimelineWindow w = one.front();
        w.start = s;
        w.end = e;
        r.timeline.push_back(std::move(w));
    }
    if (firstWindowIsClipInput) {
        r.clip.logits = r.timeline.front().logits;
        r.clip.score = r.timeline.front().score;
        r.clip.higherIsBonafide = m.higherIsBonafide;
        r.clip.inputs = 1;
        r.clip.clipSamples = int64_t(clip.size());
        r.clip.analysedStart = 0;
        r.clip.analysedEnd = std::min<int64_t>(int64_t(clip.size()), r.window);
    }
    r.clip.warnings = warnings;
    // The same measurements as `sourcetrace-cli detect` (the clip at the model's rate, the container's codec, the
    // kNN cosine of the whole-clip embedding to the model's feature bank).
    progress(0.98, Text::tr("validated conditions"));
    const ConditionsJudgement j = judge.judge(clip, m.sampleRate, file.info().container, file.info().sampleFormat, r.clip.embedding);
    r.conditionsChecked = j.checked;
    r.conditions = j.conditions;
    r.verdict = j.verdict;
    if (!j.error.isEmpty() && r.validityError.isEmpty())
        r.validityError = j.error;
    r.lr = detectionLr(judge, j, r.clip.score);
    r.runSeconds = t.nsecsElapsed() / 1e9;
    if (ctx)
        ctx->setProgress(1.0, QStringLiteral("done"));
    return r;
}

QJsonObject DetectionResult::toJson() const
{
    QJsonArray tl;
    for (const TimelineWindow &w : timeline)
        tl.append(QJsonObject{{QStringLiteral("start"), qint64(w.start)}, {QStringLiteral("end"), qint64(w.end)},
                              {QStringLiteral("score"), json::number(w.score)}});
    ConditionsJudgement j;
    j.checked = conditionsChecked;
    j.conditions = conditions;
    j.verdict = verdict;
    j.error = validityError;
    return QJsonObject{
        {QStringLiteral("model"), manifest.name},
        {QStringLiteral("weightsSha256"), manifest.weightsSha256},
        {QStringLiteral("scoreConvention"), scoreConvention},
        {QStringLiteral("higherIsBonafide"), clip.higherIsBonafide},
        {QStringLiteral("device"), device},
        {QStringLiteral("clipRate"), clipRate},
        {QStringLiteral("modelRate"), modelRate},
        {QStringLiteral("modelSamples"), qint64(modelSamples)},
        {QStringLiteral("score"), json::number(clip.score)},
        {QStringLiteral("logits"), json::floats(clip.logits)},
        {QStringLiteral("inputs"), clip.inputs},
        {QStringLiteral("analysedStart"), qint64(clip.analysedStart)},
        {QStringLiteral("analysedEnd"), qint64(clip.analysedEnd)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(clip.warnings)},
        {QStringLiteral("window"), window},
        {QStringLiteral("hop"), hop},
        {QStringLiteral("timeline"), tl},
        {QStringLiteral("conditions"), j.toJson()},
        {QStringLiteral("likelihoodRatio"), lr.toJson()},
    };
}

DetectionResult DetectionResult::fromJson(const QJsonObject &o)
{
    const json::Reader in(o, QStringLiteral("detection"));
    DetectionResult r;
    r.manifest.name = in.string(QStringLiteral("model"));
    r.manifest.weightsSha256 = in.string(QStringLiteral("weightsSha256"));
    r.scoreConvention = in.string(QStringLiteral("scoreConvention"));
    r.clip.higherIsBonafide = in.boolean(QStringLiteral("higherIsBonafide"));
    r.manifest.higherIsBonafide = r.clip.higherIsBonafide;
    r.device = in.string(QStringLiteral("device"));
    r.clipRate = int(in.integer(QStringLiteral("clipRate")));
    r.modelRate = int(in.integer(QStringLiteral("modelRate")));
    r.manifest.sampleRate = r.modelRate;
    r.modelSamples = in.integer(QStringLiteral("modelSamples"));
    r.clip.score = in.number(QStringLiteral("score"));
    r.clip.logits = in.floats(QStringLiteral("logits"));
    r.clip.inputs = int(in.integer(QStringLiteral("inputs")));
    r.clip.analysedStart = in.integer(QStringLiteral("analysedStart"));
    r.clip.analysedEnd = in.integer(QStringLiteral("analysedEnd"));
    r.clip.clipSamples = r.modelSamples;
    r.clip.warnings = in.strings(QStringLiteral("warnings"));
    r.window = int(in.integer(QStringLiteral("window")));
    r.hop = int(in.integer(QStringLiteral("hop")));
    for (const QJsonValue &v : in.array(QStringLiteral("timeline"))) {
        const json::Reader w(v.toObject(), QStringLiteral("detection timeline"));
        TimelineWindow t;
        t.start = w.integer(QStringLiteral("start"));
        t.end = w.integer(QStringLiteral("end"));
        t.score = w.number(QStringLiteral("score"));
        r.timeline.push_back(t);
    }
    const ConditionsJudgement j = ConditionsJudgement::fromJson(in.object(QStringLiteral("conditions")));
    r.conditionsChecked = j.checked;
    r.conditions = j.conditions;
    r.verdict = j.verdict;
    r.validityError = j.error;
    r.lr = DetectionLr::fromJson(in.object(QStringLiteral("likelihoodRatio")));
    return r;
}

} // namespace st
