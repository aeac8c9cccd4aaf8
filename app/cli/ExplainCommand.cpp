// sourcetrace-cli explain: Integrated Gradients attributions of one clip (JSON, .npy, PNG overlays).
#include "cli/CliCommand.h"
#include "cli/ExplainCorpus.h"
#include "cli/ModelCliSupport.h"

#include "audio/AudioFile.h"
#include "explain/AttributionReport.h"
#include "explain/IntegratedGradients.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include "BuildInfo.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <atomic>
#include <cmath>
#include <csignal>

namespace st::cli {

namespace {

std::atomic<Job *> g_explainJob{nullptr};

extern "C" void onExplainInterrupt(int)
{
    std::signal(SIGINT, SIG_DFL);
    if (Job *j = g_explainJob.load())
        j->cancel();
}

// Okabe-Ito vermillion / blue: a colour-blind-safe pair. Vermillion = evidence for spoof (or for the
// target class/source), blue = evidence for bona fide (or against the target).
const QColor kForSpoof(213, 94, 0);
const QColor kForBonafide(0, 114, 178);

// +1 when a positive attribution is drawn vermillion.
int displaySign(const IgResult &r)
{
    return r.spoofSign < 0 ? -1 : 1;
}

// The row of a STOPA fingerprint CSV (header file,0,...,D-1) named `name`.
std::vector<float> readFingerprint(const QString &path, const QString &name)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QCoreApplication::translate("ExplainCommand", "cannot read the fingerprint CSV: %1").arg(f.exists() ? f.errorString() : QCoreApplication::translate("ExplainCommand", "no such file")));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QStringList names;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        names << cells.first();
        if (cells.first() != name)
            continue;
        std::vector<float> v;
        for (int k = 1; k < cells.size(); ++k) {
            bool ok = false;
            v.push_back(cells[k].toFloat(&ok));
            if (!ok)
                throw Error(path, QCoreApplication::translate("ExplainCommand", "value %1 of fingerprint %2 is not a number: \"%3\"").arg(k).arg(name, cells[k]), i + 1);
        }
        return v;
    }
    throw Error(path, QCoreApplication::translate("ExplainCommand", "no fingerprint named \"%1\" (the file has %2 rows, e.g. %3)")
                          .arg(name).arg(names.size()).arg(names.mid(0, 3).join(QStringLiteral(", "))));
}

QRgb blend(QRgb under, const QColor &c, double alpha)
{
    alpha = std::clamp(alpha, 0.0, 1.0);
    return qRgb(int(qRed(under) * (1 - alpha) + c.red() * alpha), int(qGreen(under) * (1 - alpha) + c.green() * alpha),
                int(qBlue(under) * (1 - alpha) + c.blue() * alpha));
}

// The waveform (grey min/max columns) over columns tinted by the signed attribution they hold.
QImage waveformOverlay(const AttributionReport &rep, int width, int height, double percentile)
{
    QImage img(width, height, QImage::Format_RGB32);
    img.fill(qRgb(255, 255, 255));
    const int64_t n = int64_t(rep.clip.size());
    std::vector<float> col(size_t(width), 0.0f);
    for (int x = 0; x < width; ++x) {
        const int64_t a = n * x / width, b = std::max(a + 1, n * (x + 1) / width);
        double s = 0.0;
        for (int64_t i = a; i < std::min(b, n); ++i)
            s += rep.result.attribution[size_t(i)];
        col[size_t(x)] = float(s);
    }
    const double clip = std::max(absPercentile(col, percentile), 1e-30);
    const int sign = displaySign(rep.result);
    QPainter p(&img);
    for (int x = 0; x < width; ++x) {
        const double v = sign * col[size_t(x)] / clip;
        const QColor c = v > 0 ? kForSpoof : kForBonafide;
        QColor tint = c;
        tint.setAlphaF(std::min(1.0, std::abs(v)) * 0.85);
        p.fillRect(x, 0, 1, height, tint);
        const int64_t a = n * x / width, b = std::max(a + 1, n * (x + 1) / width);
        float lo = 0, hi = 0;
        for (int64_t i = a; i < std::min(b, n); ++i) {
            lo = std::min(lo, rep.clip[size_t(i)]);
            hi = std::max(hi, rep.clip[size_t(i)]);
        }
        const int y0 = int((0.5 - 0.5 * hi) * (height - 1)), y1 = int((0.5 - 0.5 * lo) * (height - 1));
        p.fillRect(x, y0, 1, std::max(1, y1 - y0 + 1), QColor(40, 40, 40));
    }
    return img;
}

// The dB spectrogram (greyscale) with the time-frequency map over it (opacity from |value|, clipped
// at the percentile). One pixel per STFT frame and bin, low frequencies at the bottom.
QImage spectrogramOverlay(const AttributionReport &rep, double percentile)
{
    const TfAttribution &m = rep.tfMap;
    Stft stft(m.params, m.sampleRate);
    std::vector<float> db = stft.computeDb(rep.clip.data(), int64_t(rep.clip.size()), 0, m.frames);
    QImage img(int(m.frames), m.bins, QImage::Format_RGB32);
    const double clip = std::max(absPercentile(m.values, percentile), 1e-30);
    const int sign = displaySign(rep.result);
    for (int64_t t = 0; t < m.frames; ++t)
        for (int b = 0; b < m.bins; ++b) {
            const double g = std::clamp((db[size_t(t * m.bins + b)] + 100.0) / 100.0, 0.0, 1.0);
            const QRgb grey = qRgb(int(255 * g), int(255 * g), int(255 * g));
            const double v = sign * m.at(t, b) / clip;
            img.setPixel(int(t), m.bins - 1 - b, blend(grey, v > 0 ? kForSpoof : kForBonafide, std::min(1.0, std::abs(v))));
        }
    return img;
}

int runExplain(const QStringList &args)
{
    // The corpus form (--protocol), the mean-feature baseline and its computation: ExplainCorpus.cpp.
    if (!args.isEmpty() && args.first() == QLatin1String("baseline"))
        return runExplainBaseline(args.mid(1));
    if (isExplainCorpusForm(args))
        return runExplainCorpus(args);
    for (const QString &a : args)
        if (a == QLatin1String("--shard") || a.startsWith(QLatin1String("--shard="))) {
            err(QStringLiteral("sourcetrace-cli explain: ")
                + QCoreApplication::translate("ExplainCorpus", "--shard splits a corpus: give --protocol P"));
            return 2;
        }
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ExplainCommand", "Integrated Gradients attributions of one clip: sourcetrace-cli explain --model M\n"
        "  [--target bonafide|logit:K|margin | --fingerprint-csv F --fingerprint NAME]\n"
        "  [--baseline silence|noise|lowpass] [--steps N] [--rule trapezoid|gauss] FILE --out DIR\n"
        "Writes DIR/report.json (settings, completeness, per-frame envelopes, band and speech/pause shares,\n"
        "model and weights hash, evidence SHA-256, build), attribution.npy (float32, one per sample at the\n"
        "model's rate), tf_map.npy (frames x bins), envelopes.npy (3 x frames: signed, absolute, trend) and\n"
        "waveform.png / spectrogram.png overlays (vermillion = evidence for spoof or for the target, blue =\n"
        "for bona fide or against it). Defaults: the bona fide logit, silence, 50 steps, Gauss-Legendre.\n"
        "A corpus: explain --protocol P|FOLDER --out DIR (resumable; summaries per protocol column; see\n"
        "explain --protocol P --help). The mean-feature baseline: explain baseline --protocol REF --out F.json, then\n"
        "explain --baseline bonafide-mean --baseline-file F.json FILE --out DIR."));
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ExplainCommand", "Model: a registry name or a manifest .json."), QStringLiteral("M")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("ExplainCommand", "CPU threads (default: LibTorch's setting)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("ExplainCommand", "Run on the CPU even when a CUDA GPU is usable.")});
    p.addOption({QStringLiteral("target"), QCoreApplication::translate("ExplainCommand", "bonafide (default), logit:K or margin (spoof - bona fide)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("fingerprint-csv"), QCoreApplication::translate("ExplainCommand", "Fingerprint CSV (STOPA layout): target = cosine similarity to --fingerprint."), QStringLiteral("F")});
    p.addOption({QStringLiteral("fingerprint"), QCoreApplication::translate("ExplainCommand", "Name (column `file`) of the fingerprint row."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("baseline"), QCoreApplication::translate("ExplainCommand", "silence, noise or lowpass (default: the model's recommended baseline: "
                                                            "noise at -50 dBFS for SourceTrace's spectral models, silence for the others)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("noise-dbfs"), QCoreApplication::translate("ExplainCommand", "Noise baseline level (default -60; -50 for the recommended baseline of spectral models)."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("noise-draws"), QCoreApplication::translate("ExplainCommand", "Noise baseline draws averaged (default 4)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ExplainCommand", "Noise baseline seed (default 1)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("lowpass-hz"), QCoreApplication::translate("ExplainCommand", "Low-pass baseline cut-off (default 1000)."), QStringLiteral("HZ")});
    p.addOption({QStringLiteral("steps"), QCoreApplication::translate("ExplainCommand", "Path integral steps (default 50)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("rule"), QCoreApplication::translate("ExplainCommand", "gauss (default) or trapezoid."), QStringLiteral("R")});
    p.addOption({QStringLiteral("plain"), QCoreApplication::translate("ExplainCommand", "Plain IG: do not locate and attribute the jumps of a model with discrete choices "
                                                         "(AASIST's graph pooling); they are reported and stay in the completeness gap.")});
    p.addOption({QStringLiteral("memory-mb"), QCoreApplication::translate("ExplainCommand", "Activation memory budget per batch (default 2000)."), QStringLiteral("MB")});
    p.addOption({QStringLiteral("stitching"), QCoreApplication::translate("ExplainCommand", "Long clips: crossfade (default) or mean."), QStringLiteral("S")});
    p.addOption({QStringLiteral("fft"), QCoreApplication::translate("ExplainCommand", "Time-frequency map FFT size (default 512)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("hop"), QCoreApplication::translate("ExplainCommand", "Time-frequency map hop (default 160 = 10 ms)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("frame-ms"), QCoreApplication::translate("ExplainCommand", "Envelope frame length (default 20)."), QStringLiteral("MS")});
    p.addOption({QStringLiteral("select"), QCoreApplication::translate("ExplainCommand", "Also summarise the selection START:END (seconds)."), QStringLiteral("START:END")});
    p.addOption({QStringLiteral("percentile"), QCoreApplication::translate("ExplainCommand", "Colour clipping percentile of the PNGs (default 98)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("no-png"), QCoreApplication::translate("ExplainCommand", "No PNG overlays.")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ExplainCommand", "Output folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("ExplainCommand", "No progress bar on stderr.")});
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ExplainCommand", "The audio file."), QStringLiteral("FILE"));
    if (!parseArgs(p, QStringLiteral("explain"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;

    auto usage = [](const QString &msg) {
        err(QStringLiteral("sourcetrace-cli explain: %1").arg(msg));
        return 2;
    };
    if (p.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("ExplainCommand", "give exactly one FILE"));
    if (!p.isSet(QStringLiteral("out")))
        return usage(QCoreApplication::translate("ExplainCommand", "--out DIR is required"));
    auto intOpt = [&](const QString &name, int def, int lo, int hi, bool &ok) {
        if (!p.isSet(name))
            return def;
        bool good = false;
        const int v = p.value(name).toInt(&good);
        if (!good || v < lo || v > hi) {
            err(QStringLiteral("sourcetrace-cli explain: ") + QCoreApplication::translate("ExplainCommand", "--%1 must be an integer in %2..%3 (got \"%4\")").arg(name).arg(lo).arg(hi).arg(p.value(name)));
            ok = false;
        }
        return v;
    };
    auto doubleOpt = [&](const QString &name, double def, bool &ok) {
        if (!p.isSet(name))
            return def;
        bool good = false;
        const double v = p.value(name).toDouble(&good);
        if (!good || !std::isfinite(v)) {
            err(QStringLiteral("sourcetrace-cli explain: ") + QCoreApplication::translate("ExplainCommand", "--%1 must be a number (got \"%2\")").arg(name, p.value(name)));
            ok = false;
        }
        return v;
    };

    IgSettings s;
    bool ok = true;
    s.steps = intOpt(QStringLiteral("steps"), 50, 1, 100000, ok);
    s.baseline.noiseDraws = intOpt(QStringLiteral("noise-draws"), 4, 1, 1000, ok);
    s.baseline.seed = uint32_t(intOpt(QStringLiteral("seed"), 1, 0, 2147483647, ok));
    s.baseline.noiseDbfs = doubleOpt(QStringLiteral("noise-dbfs"), -60.0, ok);
    s.baseline.lowPassHz = doubleOpt(QStringLiteral("lowpass-hz"), 1000.0, ok);
    s.memoryBudgetBytes = doubleOpt(QStringLiteral("memory-mb"), 2000.0, ok) * 1e6;
    SpectrogramParams tf;
    tf.fftSize = intOpt(QStringLiteral("fft"), 512, 256, 8192, ok);
    tf.hop = intOpt(QStringLiteral("hop"), 160, 1, 8192, ok);
    const double frameMs = doubleOpt(QStringLiteral("frame-ms"), 20.0, ok);
    const double percentile = doubleOpt(QStringLiteral("percentile"), 98.0, ok);
    if (!ok)
        return 2;
    if (p.isSet(QStringLiteral("baseline")) && !baselineKindFromName(p.value(QStringLiteral("baseline")), s.baseline.kind))
        return usage(QCoreApplication::translate("ExplainCommand", "--baseline must be silence, noise or lowpass (got \"%1\"); the mean-feature baseline is "
                                    "--baseline bonafide-mean --baseline-file F (made by `explain baseline`)")
                         .arg(p.value(QStringLiteral("baseline"))));
    if (p.isSet(QStringLiteral("rule")) && !integrationRuleFromName(p.value(QStringLiteral("rule")), s.rule))
        return usage(QCoreApplication::translate("ExplainCommand", "--rule must be trapezoid or gauss (got \"%1\")").arg(p.value(QStringLiteral("rule"))));
    if (p.isSet(QStringLiteral("stitching"))) {
        const QString st = p.value(QStringLiteral("stitching"));
        if (st == QLatin1String("crossfade"))
            s.stitching = Stitching::Crossfade;
        else if (st == QLatin1String("mean"))
            s.stitching = Stitching::Mean;
        else
            return usage(QCoreApplication::translate("ExplainCommand", "--stitching must be crossfade or mean (got \"%1\")").arg(st));
    }
    if (p.isSet(QStringLiteral("threads")))
        s.threads = p.value(QStringLiteral("threads")).toInt();
    s.attributeJumps = !p.isSet(QStringLiteral("plain"));
    if (p.isSet(QStringLiteral("fingerprint-csv")) != p.isSet(QStringLiteral("fingerprint")))
        return usage(QCoreApplication::translate("ExplainCommand", "--fingerprint-csv and --fingerprint go together"));
    if (p.isSet(QStringLiteral("fingerprint-csv")) && p.isSet(QStringLiteral("target")))
        return usage(QCoreApplication::translate("ExplainCommand", "give either --target or a fingerprint, not both"));
    int64_t selStart = -1, selEnd = -1;

    const QString file = p.positionalArguments().first();
    try {
        if (p.isSet(QStringLiteral("target")))
            s.target = AttributionTarget::parse(p.value(QStringLiteral("target")));
        if (p.isSet(QStringLiteral("fingerprint-csv")))
            s.target = AttributionTarget::cosine(readFingerprint(p.value(QStringLiteral("fingerprint-csv")), p.value(QStringLiteral("fingerprint"))),
                                                 p.value(QStringLiteral("fingerprint")));
        const ModelManifest manifest = resolveModel(p);
        if (!p.isSet(QStringLiteral("baseline"))) {
            // The model's recommended baseline (Baseline.h: silence sits on a spectral front end's log floor).
            const BaselineSettings rec = recommendedBaseline(manifest.kind);
            s.baseline.kind = rec.kind;
            if (rec.kind == BaselineKind::Noise && !p.isSet(QStringLiteral("noise-dbfs")))
                s.baseline.noiseDbfs = rec.noiseDbfs;
        }
        if (p.isSet(QStringLiteral("select"))) {
            const QStringList parts = p.value(QStringLiteral("select")).split(QLatin1Char(':'));
            bool a = false, b = false;
            const double t0 = parts.value(0).toDouble(&a), t1 = parts.value(1).toDouble(&b);
            if (parts.size() != 2 || !a || !b || t1 <= t0 || t0 < 0)
                return usage(QCoreApplication::translate("ExplainCommand", "--select must be START:END in seconds with END > START >= 0"));
            selStart = int64_t(std::llround(t0 * manifest.sampleRate));
            selEnd = int64_t(std::llround(t1 * manifest.sampleRate));
        }
        const QString evidenceSha = sha256OfFile(file);
        std::vector<float> clip = readClip(file, manifest.sampleRate);
        if (clip.empty())
            throw Error(file, QCoreApplication::translate("ExplainCommand", "no samples"));
        EmbeddingModelPtr model = loadModel(manifest, p);
        IntegratedGradients ig(model);
        err(QCoreApplication::translate("ExplainCommand", "explain: %1 (%2 s) with %3 (weights %4) on %5: target %6, baseline %7, %8 steps (%9)")
                .arg(file).arg(double(clip.size()) / manifest.sampleRate, 0, 'f', 2).arg(manifest.name, manifest.weightsSha256.left(12), model->device(),
                     s.target.resolvedFor(manifest, model->numClasses(), model->embeddingDim()).describe(manifest), s.baseline.describe())
                .arg(s.steps).arg(integrationRuleName(s.rule)));

        JobManager manager(1);
        ConsoleProgress progress(&manager);
        progress.setEnabled(!p.isSet(QStringLiteral("no-progress")));
        IgResult result;
        JobPtr job = manager.run(QCoreApplication::translate("ExplainCommand", "explain %1").arg(QFileInfo(file).fileName()), [&](JobContext &ctx) -> QVariant {
            result = ig.run(clip, s, [&](double f, const QString &stage) { ctx.setProgress(f, stage); },
                            [&] { return ctx.isCancelled(); });
            return {};
        });
        g_explainJob.store(job.get());
        auto previous = std::signal(SIGINT, onExplainInterrupt);
        manager.waitFor(job);
        std::signal(SIGINT, previous);
        g_explainJob.store(nullptr);
        if (job->state() == JobState::Cancelled) {
            err(QCoreApplication::translate("ExplainCommand", "explain: interrupted; nothing written"));
            return 1;
        }
        if (job->state() != JobState::Succeeded)
            throw Error(job->errorMessage());

        AttributionReport rep = AttributionReport::analyze(std::move(result), std::move(clip), s.baseline, tf, frameMs);
        rep.evidencePath = QFileInfo(file).absoluteFilePath();
        rep.evidenceSha256 = evidenceSha;
        QJsonObject extra;
        const QString outDir = p.value(QStringLiteral("out"));
        if (!QDir().mkpath(outDir))
            throw Error(outDir, QCoreApplication::translate("ExplainCommand", "cannot create the output folder"));
        if (!p.isSet(QStringLiteral("no-png"))) {
            const QString wf = QDir(outDir).filePath(QStringLiteral("waveform.png"));
            const QString sp = QDir(outDir).filePath(QStringLiteral("spectrogram.png"));
            // Each PNG states what it was made from (text chunks; report.json next to it has everything).
            const QString settings = QStringLiteral("target %1; baseline %2; %3 steps (%4); %5 attribution; percentile %6")
                                         .arg(s.target.resolvedFor(manifest, model->numClasses(), model->embeddingDim()).describe(manifest),
                                              s.baseline.describe())
                                         .arg(s.steps)
                                         .arg(integrationRuleName(s.rule), s.attributeJumps ? QStringLiteral("jump") : QStringLiteral("plain"))
                                         .arg(percentile);
            auto stamped = [&](QImage img) {
                img.setText(QStringLiteral("Evidence"), rep.evidencePath);
                img.setText(QStringLiteral("Evidence-SHA256"), evidenceSha);
                img.setText(QStringLiteral("Model"), manifest.name);
                img.setText(QStringLiteral("Weights-SHA256"), manifest.weightsSha256);
                img.setText(QStringLiteral("Settings"), settings);
                img.setText(QStringLiteral("Completeness-gap"), QString::number(rep.result.completenessError, 'g', 6));
                img.setText(QStringLiteral("Software"), QStringLiteral("SourceTrace %1 (commit %2)").arg(QStringLiteral(SOURCETRACE_VERSION), QStringLiteral(SOURCETRACE_GIT_COMMIT)));
                return img;
            };
            if (!stamped(waveformOverlay(rep, 1600, 300, percentile)).save(wf))
                throw Error(wf, QCoreApplication::translate("ExplainCommand", "cannot write the PNG"));
            if (!stamped(spectrogramOverlay(rep, percentile)).save(sp))
                throw Error(sp, QCoreApplication::translate("ExplainCommand", "cannot write the PNG"));
            extra.insert(QStringLiteral("waveformPng"), QStringLiteral("waveform.png"));
            extra.insert(QStringLiteral("spectrogramPng"), QStringLiteral("spectrogram.png"));
            extra.insert(QStringLiteral("pngColours"), QStringLiteral("vermillion #D55E00 = %1; blue #0072B2 = %2; opacity = |value| / "
                                                                      "%3th percentile of |value| (clipped at 1)")
                                                           .arg(displaySign(rep.result) > 0 ? rep.result.positiveMeaning : rep.result.negativeMeaning,
                                                                displaySign(rep.result) > 0 ? rep.result.negativeMeaning : rep.result.positiveMeaning)
                                                           .arg(percentile));
        }
        rep.writeTo(outDir, extra);
        if (selStart >= 0) {
            // Re-open the report to add the selection's summary.
            const QString jsonPath = QDir(outDir).filePath(QStringLiteral("report.json"));
            QFile jf(jsonPath);
            if (jf.open(QIODevice::ReadOnly)) {
                QJsonObject o = QJsonDocument::fromJson(jf.readAll()).object();
                jf.close();
                o.insert(QStringLiteral("selection"), AttributionReport::summaryJson(rep.summary(selStart, selEnd), rep.result.sampleRate));
                // Replaced whole (a temporary file renamed over it): a kill never leaves half a report.
                QSaveFile sf(jsonPath);
                if (!sf.open(QIODevice::WriteOnly) || sf.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !sf.commit())
                    throw Error(jsonPath, QCoreApplication::translate("ExplainCommand", "cannot write: %1").arg(sf.errorString()));
            }
        }
        const IgResult &r = rep.result;
        out(QStringLiteral("F(input) %1  F(baseline) %2  sum of attributions %3  completeness gap %4 %  (%5 windows, %6 rows per batch, %7 s): %8")
                .arg(r.fInput, 0, 'g', 6).arg(r.fBaseline, 0, 'g', 6).arg(r.attributionSum, 0, 'g', 6)
                .arg(100.0 * r.completenessError, 0, 'f', 3).arg(r.windows.size()).arg(r.batchRows).arg(r.seconds, 0, 'f', 1)
                .arg(completenessSentence(r)));
        if (r.jumps > 0)
            out(r.jumpsAttributed
                    ? QCoreApplication::translate("ExplainCommand", "jumps of the model: %1 located and attributed (%2 % of the change, %3 probe rows); %4 below the "
                                     "threshold left in the gap (%5 %)")
                          .arg(r.jumps).arg(100.0 * r.jumpShare, 0, 'f', 2).arg(r.probeRows).arg(r.negligibleJumps)
                          .arg(100.0 * r.negligibleJumpShare, 0, 'f', 2)
                    : QCoreApplication::translate("ExplainCommand", "jumps of the model: %1 path segments, %2 % of the change, not attributed (--plain)")
                          .arg(r.jumps).arg(100.0 * r.jumpShare, 0, 'f', 2));
        if (r.smoothMatched)
            out(QCoreApplication::translate("ExplainCommand", "gradient steps scaled by %1 to the change of the score between the jumps "
                                                              "(their sum missed it by %2 %)")
                    .arg(r.smoothScale, 0, 'f', 4)
                    .arg(100.0 * r.quadratureGap, 0, 'f', 2));
        QStringList bands;
        for (int i = 0; i < rep.clipSummary.bandNames.size(); ++i)
            bands << QStringLiteral("%1 %2 %").arg(rep.clipSummary.bandNames[i]).arg(100.0 * rep.clipSummary.bandShares[size_t(i)], 0, 'f', 1);
        out(QStringLiteral("bands: %1; speech %2 %, pauses %3 %").arg(bands.join(QStringLiteral(", ")))
                .arg(100.0 * rep.clipSummary.speechShare, 0, 'f', 1).arg(100.0 * rep.clipSummary.pauseShare, 0, 'f', 1));
        for (const QString &w : r.warnings)
            err(QCoreApplication::translate("ExplainCommand", "warning: %1").arg(w));
        out(QCoreApplication::translate("ExplainCommand", "written to %1").arg(QDir(outDir).absolutePath()));
        return 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli explain: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("explain"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "Integrated Gradients attributions of a clip (JSON, .npy, PNG overlays)")),
                 runExplain);

} // namespace

} // namespace st::cli
