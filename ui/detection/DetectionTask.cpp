#include "detection/DetectionTask.h"

#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <cmath>
#include <tuple>

namespace st {

EmbeddingModelPtr ModelCache::get(const ModelManifest &m, const RunOptions &opt)
{
    // The model carries its manifest (ModelRunner's input policy comes from it): every field is part
    // of the key, so an edited manifest never runs with a stale one.
    const QString key = QFileInfo(m.manifestPath).absoluteFilePath() + QLatin1Char('|')
                        + QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_models.find(key);
        if (it != m_models.end()) {
            // The file may have changed since: the hash cache makes this cheap when it did not.
            ModelRegistry::verifyWeights(m);
            return it.value();
        }
    }
    EmbeddingModelPtr model = ModelRegistry::load(m, opt);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_models.insert(key, model);
    return model;
}

int ModelCache::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_models.size();
}

std::vector<ScoreWindow> DetectionResult::windowsInFrames() const
{
    std::vector<ScoreWindow> out;
    out.reserve(timeline.size());
    const double k = modelRate > 0 && clipRate > 0 ? double(clipRate) / modelRate : 1.0;
    for (const TimelineWindow &w : timeline)
        out.push_back({double(w.start) * k, double(w.end) * k, w.score});
    return out;
}

bool DetectionResult::lrGiven() const
{
    return validity.present && validity.calibrated && validityError.isEmpty() && verdict.inside && std::isfinite(clip.score);
}

double DetectionResult::llr() const { return lrGiven() ? validity.llr(clip.score) : std::nan(""); }

QStringList DetectionResult::withheldReasons() const
{
    if (!validityError.isEmpty())
        return {QObject::tr("the validated conditions could not be checked: %1").arg(validityError)};
    if (!hasCalibration() || lrGiven())
        return {};
    if (!verdict.inside)
        return verdict.reasons;
    return {QObject::tr("the score is not a finite number")};
}

std::pair<int, int> DetectionTask::timelineWindowAndHop(const ModelManifest &m)
{
    const bool hasLength = m.inputPolicy != InputPolicy::WholeClip && m.inputLength > 0;
    const int window = hasLength ? m.inputLength : 64600;
    const int hop = hasLength && m.hop > 0 ? m.hop : 32000;
    return {window, hop};
}

DetectionResult DetectionTask::run(const ModelManifest &m, const std::shared_ptr<const AudioFile> &file,
                                   ModelCache &cache, JobContext *ctx, int threads)
{
    auto progress = [ctx](double f, const QString &stage) {
        if (ctx) {
            ctx->checkCancelled();
            ctx->setProgress(f, stage);
        }
    };
    if (!m.isDetector())
        throw Error(m.manifestPath, QStringLiteral("model \"%1\" is not a detector (%2); choose a detector such as aasist")
                                        .arg(m.name, m.scoreConvention()));
    DetectionResult r;
    r.manifest = m;
    // The validated conditions and the feature bank are read first: a broken file withholds the LR (with the
    // reason) but does not stop the detection.
    FeatureBank bank;
    try {
        r.validity = ValidatedConditions::forManifest(m);
        if (r.validity.present && r.validity.calibrated)
            bank = featureBankFor(m, r.validity);
    } catch (const Error &e) {
        r.validity = {};
        r.validityError = e.message();
    }
    const bool judge = r.validity.present && r.validity.calibrated;
    r.clipPath = file->info().path;
    r.clipRate = file->info().sampleRate;
    r.modelRate = m.sampleRate;
    std::tie(r.window, r.hop) = timelineWindowAndHop(m);

    QElapsedTimer t;
    t.start();
    progress(0.02, QStringLiteral("loading model %1").arg(m.name));
    RunOptions opt;
    opt.threads = threads;
    EmbeddingModelPtr model = cache.get(m, opt);
    r.device = model->device();
    r.loadSeconds = t.nsecsElapsed() / 1e9;
    progress(0.08, QStringLiteral("reading clip"));
    const std::vector<float> clip = file->readAll(MixDown, m.sampleRate);
    r.modelSamples = int64_t(clip.size());

    t.restart();
    std::lock_guard<std::mutex> lock(cache.runLock());
    ModelRunner runner(model);
    // Input the model cannot judge (too short, digital silence) is refused; doubtful input is scored
    // with warnings (the detection panel shows them).
    QStringList warnings = runner.assessInput(clip, r.clipPath);
    if (m.inputPolicy == InputPolicy::FixedLength && int64_t(clip.size()) > int64_t(m.inputLength) + m.sampleRate / 100)
        warnings << QObject::tr("the clip's score is of its first %1 s of %2 s (fixed-length input); the timeline covers the rest")
                        .arg(double(m.inputLength) / m.sampleRate, 0, 'f', 2)
                        .arg(double(clip.size()) / m.sampleRate, 0, 'f', 2);
    // A fixed-length, repeat-padded input of exactly one timeline window is the timeline's first
    // window (the clip's first `window` samples, or the whole clip repeat-padded): that forward pass
    // is shared instead of run twice.
    // The kNN cosine needs the whole-clip embedding, which the timeline does not keep: then it is run apart.
    const bool firstWindowIsClipInput = m.inputPolicy == InputPolicy::FixedLength && m.padding == Padding::Repeat
                                        && m.inputLength == r.window && !(judge && !bank.empty());
    if (!firstWindowIsClipInput) {
        progress(0.12, QStringLiteral("whole-clip score"));
        r.clip = runner.run(clip);
    }
    // One window per timeline() call: its spans are what timeline() over the whole clip makes, and
    // a span no longer than the window is one window of timeline() (repeat-padded the same way).
    const auto spans = ModelRunner::windowSpans(int64_t(clip.size()), r.window, r.hop);
    r.timeline.reserve(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        progress(0.15 + 0.85 * double(i) / double(spans.size()),
                 QStringLiteral("window %1/%2").arg(i + 1).arg(spans.size()));
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
    }
    r.clip.warnings = warnings;
    if (judge) {
        // The same measurements as `sourcetrace-cli detect` (the clip at the model's rate, the container's codec,
        // the kNN cosine of the whole-clip embedding to the model's feature bank).
        progress(0.98, QStringLiteral("validated conditions"));
        r.conditions = measureClip(clip, m.sampleRate);
        r.conditions.codec = codecFromContainer(file->info().container, file->info().sampleFormat);
        try {
            if (!bank.empty())
                r.conditions.oodScore = bank.knnCosine(r.clip.embedding, r.validity.oodK);
            r.verdict = assess(r.validity, r.conditions);
        } catch (const Error &e) {
            r.validityError = QStringLiteral("%1: %2").arg(QFileInfo(r.validity.path).dir().filePath(r.validity.oodBank), e.message());
        }
    }
    r.runSeconds = t.nsecsElapsed() / 1e9;
    if (ctx)
        ctx->setProgress(1.0, QStringLiteral("done"));
    return r;
}

JobPtr DetectionTask::makeJob(const ModelManifest &m, std::shared_ptr<const AudioFile> file,
                              std::shared_ptr<ModelCache> cache, std::shared_ptr<DetectionResult> out, int threads)
{
    const QString what = QObject::tr("Detect with %1 on %2").arg(m.name, QFileInfo(file->info().path).fileName());
    return std::make_shared<Job>(what, [m, file, cache, out, threads](JobContext &ctx) {
        *out = run(m, file, *cache, &ctx, threads);
        return QVariant(out->clip.score);
    });
}

} // namespace st
