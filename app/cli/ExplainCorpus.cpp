// sourcetrace-cli explain --protocol P (a corpus as one resumable job, summaries per protocol column, PNG plots),
// explain baseline (the mean-feature bona fide baseline) and explain --baseline bonafide-mean FILE. Called by
// ExplainCommand.cpp's runExplain for those forms.
#include "cli/CliCommand.h"
#include "cli/ExplainCorpus.h"
#include "cli/ModelCliSupport.h"
#include "cli/ShardCliSupport.h"

#include "audio/AudioFile.h"
#include "explain/CorpusExplain.h"
#include "explain/FeatureIntegratedGradients.h"
#include "jobs/ConsoleProgress.h"
#include "jobs/JobManager.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>

namespace st::cli {

namespace {

std::atomic<Job *> g_corpusJob{nullptr};

extern "C" void onCorpusInterrupt(int)
{
    std::signal(SIGINT, SIG_DFL);
    if (Job *j = g_corpusJob.load())
        j->cancel();
}

// Okabe-Ito palette, one colour per band.
const QColor kBandColours[] = {QColor(0, 114, 178), QColor(86, 180, 233), QColor(0, 158, 115), QColor(230, 159, 0), QColor(213, 94, 0),
                               QColor(204, 121, 167)};

QString safe(const QString &s)
{
    QString o;
    for (QChar c : s)
        o += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return o.isEmpty() ? QStringLiteral("_") : o;
}

// Stacked bars of the mean band shares, one row per group value, with the speech / silence shares as text.
QImage bandSharesImage(const QJsonObject &summary, const QString &column)
{
    const QStringList bands = [&] {
        QStringList b;
        for (const QJsonValue &v : summary.value(QStringLiteral("bandNames")).toArray())
            b << v.toString();
        return b;
    }();
    std::vector<QJsonObject> rows;
    for (const QJsonValue &v : summary.value(QStringLiteral("groups")).toArray())
        if (v.toObject().value(QStringLiteral("column")).toString() == column)
            rows.push_back(v.toObject());
    const int rowH = 26, left = 220, barW = 520, right = 330, top = 40;
    QImage img(left + barW + right, top + rowH * int(rows.size()) + 40, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::black);
    p.drawText(10, 20, QStringLiteral("Share of |attribution| per band, by %1 (mean over clips)").arg(column));
    for (size_t r = 0; r < rows.size(); ++r) {
        const QJsonObject g = rows[r];
        const int y = top + int(r) * rowH;
        p.setPen(Qt::black);
        p.drawText(QRect(5, y, left - 10, rowH - 4), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1 (n=%2)").arg(g.value(QStringLiteral("value")).toString()).arg(g.value(QStringLiteral("n")).toInt()));
        double x = left;
        const QJsonObject bs = g.value(QStringLiteral("bandShares")).toObject();
        for (int b = 0; b < bands.size(); ++b) {
            const double w = bs.value(bands[b]).toObject().value(QStringLiteral("mean")).toDouble() * barW;
            p.fillRect(QRectF(x, y + 2, w, rowH - 6), kBandColours[b % 6]);
            x += w;
        }
        auto mean = [&](const char *k) { return 100.0 * g.value(QLatin1String(k)).toObject().value(QStringLiteral("mean")).toDouble(); };
        p.setPen(Qt::black);
        p.drawText(QRect(left + barW + 8, y, right - 10, rowH - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("speech %1 %, lead %2 %, trail %3 %").arg(mean("speechShare"), 0, 'f', 0).arg(mean("leadingSilenceShare"), 0, 'f', 0)
                       .arg(mean("trailingSilenceShare"), 0, 'f', 0));
    }
    int x = left;
    const int y = top + rowH * int(rows.size()) + 10;
    for (int b = 0; b < bands.size(); ++b) {
        p.fillRect(x, y, 14, 14, kBandColours[b % 6]);
        p.setPen(Qt::black);
        p.drawText(x + 18, y + 12, bands[b]);
        x += 110;
    }
    return img;
}

// A mean TF map [timeBins, bins] with a title (column = value, n clips, model, baseline), axes (relative time
// 0-100 % of the clip; frequency in kHz from the summary's tfBinHz, else the bin index) and a colour key in the
// map's unit. The map: time to the right, the lowest bin at the bottom; white to vermillion by value / the map's
// 99th percentile (larger values are clipped to full colour). The title and key text go into the PNG's text chunks
// too ("Title", "Description").
QImage meanTfImage(const QString &npy, const QJsonObject &summary, const QJsonObject &group)
{
    std::vector<int64_t> shape;
    const std::vector<float> v = readNpy(npy, shape);
    if (shape.size() != 2)
        throw Error(npy, QCoreApplication::translate("ExplainCorpus", "expected a 2-d map"));
    const int T = int(shape[0]), B = int(shape[1]);
    const int cw = 6, ch = std::max(1, 400 / std::max(1, B));
    const int mapW = T * cw, mapH = B * ch;
    std::vector<float> sorted(v);
    std::sort(sorted.begin(), sorted.end());
    const double top = std::max(1e-30, double(sorted[size_t(std::min<double>(sorted.size() - 1, 0.99 * (sorted.size() - 1)))]));
    const double maxV = sorted.empty() ? 0.0 : double(sorted.back());
    auto colour = [](double a) { return qRgb(int(255 + (213 - 255) * a), int(255 + (94 - 255) * a), int(255 + (0 - 255) * a)); };

    const QJsonObject settings = summary.value(QStringLiteral("settings")).toObject();
    const QString title = QStringLiteral("Mean TF attribution: %1 = %2 (n = %3 clips)")
                              .arg(group.value(QStringLiteral("column")).toString(), group.value(QStringLiteral("value")).toString())
                              .arg(group.value(QStringLiteral("n")).toInt());
    QString baseline = settings.value(QStringLiteral("baseline")).toString();
    if (settings.contains(QStringLiteral("baselineFileSha256"))) // the mean-feature baseline: its file's hash
        baseline += QStringLiteral(" (file SHA-256 %1…)").arg(settings.value(QStringLiteral("baselineFileSha256")).toString().left(12));
    const QString sub = QStringLiteral("model %1, baseline %2, %3 steps")
                            .arg(settings.value(QStringLiteral("model")).toString(), baseline)
                            .arg(settings.value(QStringLiteral("steps")).toInt());
    const QString unit = QStringLiteral("share of |attribution| per bin (each clip's map normalised to sum 1, then averaged)");
    const QString clip = maxV > top ? QStringLiteral("colours clipped at the 99th percentile %1 (max %2)").arg(top, 0, 'g', 3).arg(maxV, 0, 'g', 3)
                                    : QStringLiteral("colours scaled to the 99th percentile %1 (no clipping)").arg(top, 0, 'g', 3);

    // Frequency of each bin (Hz), when the summary has them for this many bins.
    std::vector<double> hz;
    const QJsonArray hzArr = summary.value(QStringLiteral("tfBinHz")).toArray();
    if (hzArr.size() == B)
        for (const QJsonValue &h : hzArr)
            hz.push_back(h.toDouble());

    const int left = 70, right = 30, topM = 56, bottom = 110;
    const int W = std::max(left + mapW + right, 640), H = topM + mapH + bottom;
    QImage img(W, H, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int t = 0; t < T; ++t)
        for (int b = 0; b < B; ++b) {
            const QRgb c = colour(std::clamp(v[size_t(t * B + b)] / top, 0.0, 1.0));
            for (int dx = 0; dx < cw; ++dx)
                for (int dy = 0; dy < ch; ++dy)
                    img.setPixel(left + t * cw + dx, topM + (B - 1 - b) * ch + dy, c);
        }
    QPainter p(&img);
    p.setPen(Qt::black);
    QFont f = p.font();
    f.setPixelSize(13);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(8, 4, W - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, title);
    f.setBold(false);
    f.setPixelSize(11);
    p.setFont(f);
    p.drawText(QRect(8, 24, W - 16, 18), Qt::AlignLeft | Qt::AlignVCenter, sub);
    p.drawRect(left - 1, topM - 1, mapW + 1, mapH + 1);
    // Time axis: 0, 25, ..., 100 % of the clip.
    for (int k = 0; k <= 4; ++k) {
        const int x = left + mapW * k / 4;
        p.drawLine(x, topM + mapH, x, topM + mapH + 4);
        p.drawText(QRect(x - 30, topM + mapH + 5, 60, 14), Qt::AlignCenter, QStringLiteral("%1 %").arg(25 * k));
    }
    p.drawText(QRect(left, topM + mapH + 19, mapW, 14), Qt::AlignCenter, QStringLiteral("relative time (% of the clip)"));
    // Frequency axis: whole kHz (every 2 kHz above 8 kHz) at the bin centres' positions; else bin indices.
    auto yOfBin = [&](double b) { return topM + mapH - (b + 0.5) * ch; };
    if (!hz.empty() && hz.back() > hz.front()) {
        const double stepK = hz.back() > 8000 ? 2.0 : 1.0;
        for (double k = 0; k * 1000 <= hz.back() + 1e-6; k += stepK) {
            // The (fractional) bin at k kHz, by linear interpolation between bin centres.
            double b = 0;
            for (int i = 0; i + 1 < B; ++i)
                if (hz[size_t(i)] <= k * 1000 && k * 1000 <= hz[size_t(i + 1)]) {
                    b = i + (k * 1000 - hz[size_t(i)]) / std::max(1e-9, hz[size_t(i + 1)] - hz[size_t(i)]);
                    break;
                }
            if (k * 1000 < hz.front())
                continue;
            const int y = int(std::lround(yOfBin(b)));
            p.drawLine(left - 4, y, left - 1, y);
            p.drawText(QRect(left - 44, y - 7, 38, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(k, 'g', 3));
        }
        p.save();
        p.translate(14, topM + mapH / 2);
        p.rotate(-90);
        p.drawText(QRect(-110, -8, 220, 16), Qt::AlignCenter,
                   // An STFT map starts at 0 Hz; the model's feature bins (mean-feature runs) at their first centre.
                   hz.front() == 0.0 ? QStringLiteral("frequency (kHz)") : QStringLiteral("frequency (kHz; feature bin centres)"));
        p.restore();
    } else {
        const int step = std::max(1, B / 5);
        for (int b = 0; b < B; b += step) {
            const int y = int(std::lround(yOfBin(b)));
            p.drawLine(left - 4, y, left - 1, y);
            p.drawText(QRect(left - 44, y - 7, 38, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(b));
        }
        p.save();
        p.translate(14, topM + mapH / 2);
        p.rotate(-90);
        p.drawText(QRect(-80, -8, 160, 16), Qt::AlignCenter, QStringLiteral("feature bin"));
        p.restore();
    }
    // Colour key: a bar from 0 to the 99th percentile.
    const int ky = topM + mapH + 42, kw = std::min(300, W - left - right);
    for (int x = 0; x < kw; ++x)
        p.setPen(QColor(colour(double(x) / std::max(1, kw - 1)))), p.drawLine(left + x, ky, left + x, ky + 12);
    p.setPen(Qt::black);
    p.drawRect(left - 1, ky - 1, kw + 1, 13);
    p.drawText(QRect(left - 20, ky + 14, 40, 14), Qt::AlignCenter, QStringLiteral("0"));
    p.drawText(QRect(left + kw - 40, ky + 14, 80, 14), Qt::AlignCenter, QString::number(top, 'g', 3) + (maxV > top ? QStringLiteral("+") : QString()));
    p.drawText(QRect(left + kw + 10, ky - 2, W - left - kw - 12, 16), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("colour key"));
    p.drawText(QRect(8, ky + 30, W - 16, 14), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("unit: ") + unit);
    p.drawText(QRect(8, ky + 46, W - 16, 14), Qt::AlignLeft | Qt::AlignVCenter, clip);
    p.end();
    img.setText(QStringLiteral("Title"), title);
    img.setText(QStringLiteral("Description"), sub + QStringLiteral("; unit: ") + unit + QStringLiteral("; ") + clip);
    return img;
}

void addIgOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ExplainCorpus", "Model: a registry name or a manifest .json."), QStringLiteral("M")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("ExplainCorpus", "CPU threads."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("ExplainCorpus", "Run on the CPU even when a CUDA GPU is usable.")});
    p.addOption({QStringLiteral("target"), QCoreApplication::translate("ExplainCorpus", "bonafide (default), logit:K or margin."), QStringLiteral("T")});
    p.addOption({QStringLiteral("baseline"), QCoreApplication::translate("ExplainCorpus", "silence, noise, lowpass or bonafide-mean (needs --baseline-file; default: the model's "
                                                            "recommended baseline)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("baseline-file"), QCoreApplication::translate("ExplainCorpus", "Mean-feature baseline made by `explain baseline`."), QStringLiteral("F")});
    p.addOption({QStringLiteral("noise-dbfs"), QCoreApplication::translate("ExplainCorpus", "Noise baseline level."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("noise-draws"), QCoreApplication::translate("ExplainCorpus", "Noise baseline draws (default 4)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ExplainCorpus", "Noise baseline seed (default 1)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("lowpass-hz"), QCoreApplication::translate("ExplainCorpus", "Low-pass baseline cut-off (default 1000)."), QStringLiteral("HZ")});
    p.addOption({QStringLiteral("steps"), QCoreApplication::translate("ExplainCorpus", "Path integral steps (default 50)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("rule"), QCoreApplication::translate("ExplainCorpus", "gauss (default) or trapezoid."), QStringLiteral("R")});
    p.addOption({QStringLiteral("plain"), QCoreApplication::translate("ExplainCorpus", "Plain IG (no jump attribution).")});
    p.addOption({QStringLiteral("memory-mb"), QCoreApplication::translate("ExplainCorpus", "Activation memory budget per batch (default 2000)."), QStringLiteral("MB")});
    p.addOption({QStringLiteral("fft"), QCoreApplication::translate("ExplainCorpus", "TF map FFT size (default 512)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("hop"), QCoreApplication::translate("ExplainCorpus", "TF map hop (default 160)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("frame-ms"), QCoreApplication::translate("ExplainCorpus", "Envelope / VAD frame length (default 20)."), QStringLiteral("MS")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ExplainCorpus", "Output folder (a .json file for `explain baseline`)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("ExplainCorpus", "No progress bar on stderr.")});
}

// The IG settings of the options; false (message printed) on a bad value.
bool igSettingsFrom(const QCommandLineParser &p, const ModelManifest &manifest, IgSettings &s, SpectrogramParams &tf, double &frameMs,
                    bool &featureBaseline)
{
    auto bad = [](const QString &m) {
        err(QStringLiteral("sourcetrace-cli explain: %1").arg(m));
        return false;
    };
    auto intOpt = [&](const char *name, int def, int lo, int hi, int &v) {
        v = def;
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        v = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || v < lo || v > hi)
            return bad(QCoreApplication::translate("ExplainCorpus", "--%1 must be an integer in %2..%3 (got \"%4\")").arg(QLatin1String(name)).arg(lo).arg(hi).arg(p.value(QLatin1String(name))));
        return true;
    };
    auto dblOpt = [&](const char *name, double def, double &v) {
        v = def;
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        v = p.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return bad(QCoreApplication::translate("ExplainCorpus", "--%1 must be a number (got \"%2\")").arg(QLatin1String(name), p.value(QLatin1String(name))));
        return true;
    };
    int seed = 1, fft = 512, hop = 160;
    double mem = 2000;
    if (!intOpt("steps", 50, 1, 100000, s.steps) || !intOpt("noise-draws", 4, 1, 1000, s.baseline.noiseDraws) ||
        !intOpt("seed", 1, 0, 2147483647, seed) || !dblOpt("noise-dbfs", -60.0, s.baseline.noiseDbfs) ||
        !dblOpt("lowpass-hz", 1000.0, s.baseline.lowPassHz) || !dblOpt("memory-mb", 2000.0, mem) || !intOpt("fft", 512, 256, 8192, fft) ||
        !intOpt("hop", 160, 1, 8192, hop) || !dblOpt("frame-ms", 20.0, frameMs))
        return false;
    s.baseline.seed = uint32_t(seed);
    s.memoryBudgetBytes = mem * 1e6;
    tf.fftSize = fft;
    tf.hop = hop;
    if (p.isSet(QStringLiteral("threads")))
        s.threads = p.value(QStringLiteral("threads")).toInt();
    s.attributeJumps = !p.isSet(QStringLiteral("plain"));
    if (p.isSet(QStringLiteral("rule")) && !integrationRuleFromName(p.value(QStringLiteral("rule")), s.rule))
        return bad(QCoreApplication::translate("ExplainCorpus", "--rule must be trapezoid or gauss (got \"%1\")").arg(p.value(QStringLiteral("rule"))));
    const QString b = p.value(QStringLiteral("baseline"));
    featureBaseline = b == QLatin1String("bonafide-mean");
    if (featureBaseline != p.isSet(QStringLiteral("baseline-file")))
        return bad(QCoreApplication::translate("ExplainCorpus", "--baseline bonafide-mean and --baseline-file F go together"));
    if (!featureBaseline) {
        if (p.isSet(QStringLiteral("baseline"))) {
            if (!baselineKindFromName(b, s.baseline.kind))
                return bad(QCoreApplication::translate("ExplainCorpus", "--baseline must be silence, noise, lowpass or bonafide-mean (got \"%1\")").arg(b));
        } else {
            const BaselineSettings rec = recommendedBaseline(manifest.kind);
            s.baseline.kind = rec.kind;
            if (rec.kind == BaselineKind::Noise && !p.isSet(QStringLiteral("noise-dbfs")))
                s.baseline.noiseDbfs = rec.noiseDbfs;
        }
    }
    if (p.isSet(QStringLiteral("target")))
        s.target = AttributionTarget::parse(p.value(QStringLiteral("target")));
    return true;
}

// Runs `work` as a job with console progress and Ctrl-C cancellation; returns the job.
JobPtr runJob(const QString &what, bool progressOn, const std::function<void(JobContext &)> &work)
{
    JobManager manager(1);
    ConsoleProgress progress(&manager);
    progress.setEnabled(progressOn);
    JobPtr job = manager.run(what, [&](JobContext &ctx) -> QVariant {
        work(ctx);
        return {};
    });
    g_corpusJob.store(job.get());
    auto previous = std::signal(SIGINT, onCorpusInterrupt);
    manager.waitFor(job);
    std::signal(SIGINT, previous);
    g_corpusJob.store(nullptr);
    return job;
}

// The options of `explain --protocol` (also parsed by `merge explain`).
void corpusOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QCoreApplication::translate("ExplainCorpus", "Explains a corpus as one resumable job: sourcetrace-cli explain --protocol P|FOLDER --out DIR [--model M]\n"
        "  [--audio-root DIR] [--limit N] [--group-by COL[,COL]] [--restart] [IG options]\n"
        "Writes DIR/clips/<id>/ (the single-clip outputs), job.json, job.log, summary.json, summary.tsv,\n"
        "mean_tf_<column>_<value>.npy/.png and bands_<column>.png. A re-run resumes; other settings are refused.\n"
        "Also: sourcetrace-cli explain --baseline bonafide-mean --baseline-file F FILE --out DIR (one clip)."));
    addIgOptions(p);
    p.addOption({QStringLiteral("protocol"), QCoreApplication::translate("ExplainCorpus", "Clip protocol (any format evaluate reads) or a folder of audio files."), QStringLiteral("P")});
    p.addOption({QStringLiteral("audio-root"), QCoreApplication::translate("ExplainCorpus", "Folder the protocol's file names are relative to (default: the protocol's folder)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("limit"), QCoreApplication::translate("ExplainCorpus", "Only the first N clips."), QStringLiteral("N")});
    p.addOption({QStringLiteral("group-by"), QCoreApplication::translate("ExplainCorpus", "Columns to group the summaries by (default: every categorical column and label)."), QStringLiteral("COLS")});
    p.addOption({QStringLiteral("restart"), QCoreApplication::translate("ExplainCorpus", "Redo every clip even when the folder holds results.")});
    p.addOption({QStringLiteral("no-png"), QCoreApplication::translate("ExplainCorpus", "No PNG plots.")});
    addShardOption(p);
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("ExplainCorpus", "One clip (with --baseline bonafide-mean and no --protocol)."), QStringLiteral("[FILE]"));
}

// --limit: 0 when absent; false (message printed with `prefix`) on a bad value.
bool limitFrom(const QCommandLineParser &p, const QString &prefix, int &limit)
{
    limit = 0;
    if (!p.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (ok && limit >= 1)
        return true;
    err(prefix + QCoreApplication::translate("ExplainCorpus", "--limit must be a positive integer (got \"%1\")").arg(p.value(QStringLiteral("limit"))));
    return false;
}

// The summary table of a corpus output folder on stdout (after a run or a merge).
void printCorpusSummary(const QString &outDir)
{
    const QJsonObject summary = readCorpusSummary(outDir);
    QStringList bands;
    for (const QJsonValue &v : summary.value(QStringLiteral("bandNames")).toArray())
        bands << v.toString();
    out(QStringLiteral("column\tvalue\tn\t%1\tspeech\tlead sil.\ttrail sil.").arg(bands.join(QLatin1Char('\t'))));
    for (const QJsonValue &v : summary.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        QStringList row{g.value(QStringLiteral("column")).toString(), g.value(QStringLiteral("value")).toString(),
                        QString::number(g.value(QStringLiteral("n")).toInt())};
        for (const QString &b : bands)
            row << QString::number(g.value(QStringLiteral("bandShares")).toObject().value(b).toObject().value(QStringLiteral("mean")).toDouble(), 'f', 3);
        for (const char *k : {"speechShare", "leadingSilenceShare", "trailingSilenceShare"})
            row << QString::number(g.value(QLatin1String(k)).toObject().value(QStringLiteral("mean")).toDouble(), 'f', 3);
        out(row.join(QLatin1Char('\t')));
    }
}

// The failures job.json records ("id: message"), for shard.json.
QStringList jobFailures(const QString &jobDir)
{
    QFile f(QDir(jobDir).filePath(QStringLiteral("job.json")));
    QStringList failed;
    if (!f.open(QIODevice::ReadOnly))
        return failed;
    const QJsonObject fo = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("failures")).toObject();
    for (auto it = fo.begin(); it != fo.end(); ++it)
        failed << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    return failed;
}

// merge explain: the shards' clips/<id>/ joined into OUT with job.json and the summaries and plots of the whole
// corpus, as one unsharded `explain --protocol P --out OUT` writes them (docs/sharding.md).
int mergeExplain(const QStringList &args, int shards)
{
    QCommandLineParser p;
    corpusOptions(p);
    if (!parseArgs(p, QStringLiteral("merge explain"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString prefix = QStringLiteral("sourcetrace-cli merge explain: ");
    if (!p.isSet(QStringLiteral("protocol")) || !p.isSet(QStringLiteral("out"))) {
        err(prefix + QCoreApplication::translate("ExplainCorpus", "--protocol P and --out DIR are required (those the shards ran with)"));
        return 2;
    }
    int limit = 0;
    if (!limitFrom(p, prefix, limit))
        return 2;
    const QString outDir = p.value(QStringLiteral("out"));
    try {
        const ModelManifest manifest = resolveModel(p);
        const std::vector<QString> folders = checkShardsForMerge(QStringLiteral("explain"), shardsRootFor(outDir, true), shards,
                                                                 expectedShardInfo(QStringLiteral("explain"), args, manifest));
        if (folders.empty())
            return 1;
        const int n = int(folders.size());
        const CorpusExplainResult res = mergeCorpusExplainParts(p.value(QStringLiteral("protocol")), p.value(QStringLiteral("audio-root")), limit, folders,
                                                                [n](const CorpusClip &c) { return shardOf(c.file, n); }, outDir);
        if (!p.isSet(QStringLiteral("no-png")))
            writeCorpusPlots(outDir);
        printCorpusSummary(outDir);
        out(QCoreApplication::translate("ExplainCorpus", "written to %1").arg(QDir(outDir).absolutePath()));
        err(prefix + QCoreApplication::translate("ExplainCorpus", "%1 clips of %2 shards in %3").arg(res.clips).arg(n).arg(outDir));
        return 0;
    } catch (const Error &e) {
        err(prefix + e.message());
        return 1;
    }
}

ShardMergerRegistrar mergeReg(QStringLiteral("explain"), mergeExplain);

} // namespace

QStringList writeCorpusPlots(const QString &outDir)
{
    const QJsonObject summary = readCorpusSummary(outDir);
    const QDir dir(outDir);
    QStringList written;
    // Text in the plots needs fonts, so a QGuiApplication (main_cli.cpp makes one for `explain --protocol`).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err(QCoreApplication::translate("ExplainCorpus", "explain: no PNG plots (no QGuiApplication)"));
        return written;
    }
    QStringList columns{QStringLiteral("all")};
    for (const QJsonValue &v : summary.value(QStringLiteral("groupBy")).toArray())
        columns << v.toString();
    for (const QString &c : columns) {
        const QString path = dir.filePath(QStringLiteral("bands_%1.png").arg(safe(c)));
        if (!bandSharesImage(summary, c).save(path))
            throw Error(path, QCoreApplication::translate("ExplainCorpus", "cannot write the PNG"));
        written << path;
    }
    for (const QJsonValue &v : summary.value(QStringLiteral("groups")).toArray()) {
        const QString npy = v.toObject().value(QStringLiteral("meanTfMap")).toString();
        if (npy.isEmpty())
            continue;
        const QString path = dir.filePath(QFileInfo(npy).completeBaseName() + QStringLiteral(".png"));
        if (!meanTfImage(dir.filePath(npy), summary, v.toObject()).save(path))
            throw Error(path, QCoreApplication::translate("ExplainCorpus", "cannot write the PNG"));
        written << path;
    }
    return written;
}

int runExplainCorpus(const QStringList &args)
{
    QCommandLineParser p;
    corpusOptions(p);
    if (!parseArgs(p, QStringLiteral("explain"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    auto usage = [](const QString &m) {
        err(QStringLiteral("sourcetrace-cli explain: %1").arg(m));
        return 2;
    };
    if (!p.isSet(QStringLiteral("out")))
        return usage(QCoreApplication::translate("ExplainCorpus", "--out DIR is required"));
    const bool corpus = p.isSet(QStringLiteral("protocol"));
    if (corpus == !p.positionalArguments().isEmpty())
        return usage(corpus ? QCoreApplication::translate("ExplainCorpus", "give --protocol or a FILE, not both") : QCoreApplication::translate("ExplainCorpus", "give --protocol P or one FILE"));
    ShardSpec shard;
    if (!shardFromOptions(p, QStringLiteral("explain"), shard))
        return 2;
    if (shard.sharded && !corpus)
        return usage(QCoreApplication::translate("ExplainCorpus", "--shard splits a corpus: give --protocol P"));
    try {
        const ModelManifest manifest = resolveModel(p);
        CorpusExplainSettings cs;
        bool featureBaseline = false;
        if (!igSettingsFrom(p, manifest, cs.ig, cs.tf, cs.frameMs, featureBaseline))
            return 2;
        if (featureBaseline)
            cs.featureBaselineFile = p.value(QStringLiteral("baseline-file"));
        if (!limitFrom(p, QStringLiteral("sourcetrace-cli explain: "), cs.limit))
            return 2;
        if (p.isSet(QStringLiteral("group-by")))
            cs.groupBy = p.value(QStringLiteral("group-by")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        cs.restart = p.isSet(QStringLiteral("restart"));
        const QString outDir = p.value(QStringLiteral("out"));
        EmbeddingModelPtr model = loadModel(manifest, p);
        if (!corpus) {
            // One clip, mean-feature baseline.
            const QString file = p.positionalArguments().first();
            FeatureBaselineExplainer fx(model, cs.featureBaselineFile);
            const std::vector<float> x = readClip(file, manifest.sampleRate);
            QJsonObject rep;
            JobPtr job = runJob(QCoreApplication::translate("ExplainCorpus", "explain %1").arg(QFileInfo(file).fileName()), !p.isSet(QStringLiteral("no-progress")), [&](JobContext &ctx) {
                rep = fx.explainTo(x, QFileInfo(file).absoluteFilePath(), sha256OfFile(file), cs.ig, cs.frameMs, outDir,
                                   [&](double f, const QString &st) { ctx.setProgress(f, st); }, [&] { return ctx.isCancelled(); });
            });
            if (job->state() == JobState::Cancelled) {
                err(QCoreApplication::translate("ExplainCorpus", "explain: interrupted"));
                return 1;
            }
            if (job->state() != JobState::Succeeded)
                throw Error(job->errorMessage());
            const QJsonObject c = rep.value(QStringLiteral("completeness")).toObject();
            out(QStringLiteral("F(input) %1  F(baseline) %2  sum of attributions %3  completeness gap %4 %  (feature space, mean bona fide baseline)")
                    .arg(c.value(QStringLiteral("fInput")).toDouble(), 0, 'g', 6).arg(c.value(QStringLiteral("fBaseline")).toDouble(), 0, 'g', 6)
                    .arg(c.value(QStringLiteral("attributionSum")).toDouble(), 0, 'g', 6)
                    .arg(100.0 * c.value(QStringLiteral("relativeGap")).toDouble(), 0, 'f', 3));
            out(QCoreApplication::translate("ExplainCorpus", "written to %1 (report.json, tf_map.npy, envelopes.npy; no per-sample attribution)").arg(QDir(outDir).absolutePath()));
            return 0;
        }
        const QString protocol = p.value(QStringLiteral("protocol"));
        // A shard runs the corpus job on its clips (by the hash of the protocol's file column) in OUT/shards/K-of-N/,
        // which its job.json makes resumable, and records itself in shard.json there (docs/sharding.md).
        const QString jobDir = shard.sharded ? shardFolderFor(outDir, shard) : outDir;
        ShardInfo shardInfo = expectedShardInfo(QStringLiteral("explain"), args, manifest);
        if (shard.sharded) {
            cs.select = [shard](const CorpusClip &c) { return shard.contains(c.file); };
            std::vector<CorpusClip> all = readCorpusClips(protocol, p.value(QStringLiteral("audio-root")));
            if (cs.limit > 0 && int(all.size()) > cs.limit)
                all.resize(size_t(cs.limit));
            shardInfo.index = shard.index;
            shardInfo.count = shard.count;
            shardInfo.clips = int(std::count_if(all.begin(), all.end(), cs.select));
            shardInfo.write(jobDir); // complete: false until the shard's end
        }
        err(QCoreApplication::translate("ExplainCorpus", "explain: corpus %1 with %2 (weights %3): %4, %5 steps (%6)")
                .arg(protocol, manifest.name, manifest.weightsSha256.left(12),
                     featureBaseline ? QCoreApplication::translate("ExplainCorpus", "mean-feature baseline %1").arg(cs.featureBaselineFile) : cs.ig.baseline.describe())
                .arg(cs.ig.steps).arg(integrationRuleName(cs.ig.rule)));
        CorpusExplainResult res;
        JobPtr job = runJob(QCoreApplication::translate("ExplainCorpus", "explain corpus %1").arg(QFileInfo(protocol).fileName()), !p.isSet(QStringLiteral("no-progress")),
                            [&](JobContext &ctx) {
                                res = runCorpusExplain(protocol, p.value(QStringLiteral("audio-root")), model, cs, jobDir,
                                                       [&](double f, const QString &st) { ctx.setProgress(f, st); },
                                                       [&] { return ctx.isCancelled(); }, [](const QString &m) { err(m); });
                            });
        if (job->state() == JobState::Cancelled) {
            err(QCoreApplication::translate("ExplainCorpus", "explain: interrupted; the clips done so far are kept, a re-run with the same options resumes"));
            return 1;
        }
        if (job->state() != JobState::Succeeded)
            throw Error(job->errorMessage());
        if (shard.sharded) {
            shardInfo.failed = jobFailures(jobDir);
            shardInfo.complete = shardInfo.failed.isEmpty();
            shardInfo.write(jobDir);
        } else if (!p.isSet(QStringLiteral("no-png"))) {
            writeCorpusPlots(outDir); // a shard's plots would be of its part only: the merge draws the corpus's
        }
        out(QCoreApplication::translate("ExplainCorpus", "%1 clips: %2 explained now, %3 resumed, %4 failed").arg(res.clips).arg(res.done).arg(res.skipped).arg(res.failed));
        printCorpusSummary(jobDir);
        out(QCoreApplication::translate("ExplainCorpus", "written to %1").arg(QDir(jobDir).absolutePath()));
        return res.failed > 0 ? 3 : 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli explain: %1").arg(e.message()));
        return 1;
    }
}

int runExplainBaseline(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ExplainCorpus", "The mean-feature baseline: sourcetrace-cli explain baseline --protocol P [--model M] --out bonafide-mean.json\n"
        "Averages the model's front-end features over every frame of the protocol's bona fide clips (or every clip of a\n"
        "folder). Use your own bona fide training or reference clips, never the test set you evaluate on."));
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("ExplainCorpus", "Model: a registry name or a manifest .json."), QStringLiteral("M")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("ExplainCorpus", "CPU threads."), QStringLiteral("N")});
    p.addOption({QStringLiteral("cpu"), QCoreApplication::translate("ExplainCorpus", "Run on the CPU.")});
    p.addOption({QStringLiteral("protocol"), QCoreApplication::translate("ExplainCorpus", "Clip protocol (its bona fide rows) or a folder (all its audio files)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("audio-root"), QCoreApplication::translate("ExplainCorpus", "Folder the protocol's file names are relative to."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("ExplainCorpus", "Baseline file (.json)."), QStringLiteral("F")});
    p.addOption({QStringLiteral("no-progress"), QCoreApplication::translate("ExplainCorpus", "No progress bar on stderr.")});
    if (!parseArgs(p, QStringLiteral("explain baseline"), args))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!p.isSet(QStringLiteral("protocol")) || !p.isSet(QStringLiteral("out"))) {
        err(QStringLiteral("sourcetrace-cli explain baseline: ") + QCoreApplication::translate("ExplainCorpus", "--protocol P and --out F are required"));
        return 2;
    }
    try {
        const QString protocol = p.value(QStringLiteral("protocol"));
        const std::vector<CorpusClip> clips = readCorpusClips(protocol, p.value(QStringLiteral("audio-root")));
        QStringList paths;
        for (const CorpusClip &c : clips)
            if (QFileInfo(protocol).isDir() || c.columns.value(QStringLiteral("label")) == QLatin1String("bonafide"))
                paths << c.path;
        if (paths.isEmpty())
            throw Error(protocol, QCoreApplication::translate("ExplainCorpus", "no bona fide clips (label column \"attack\" = bonafide)"));
        const ModelManifest manifest = resolveModel(p);
        EmbeddingModelPtr model = loadModel(manifest, p);
        FeatureBaseline b;
        JobPtr job = runJob(QCoreApplication::translate("ExplainCorpus", "bona fide mean features"), !p.isSet(QStringLiteral("no-progress")), [&](JobContext &ctx) {
            b = computeFeatureBaseline(model, paths, [&](double f, const QString &st) { ctx.setProgress(f, st); }, [&] { return ctx.isCancelled(); });
        });
        if (job->state() == JobState::Cancelled)
            return 1;
        if (job->state() != JobState::Succeeded)
            throw Error(job->errorMessage());
        writeFeatureBaseline(b, p.value(QStringLiteral("out")));
        out(QCoreApplication::translate("ExplainCorpus", "mean of %1 (%2 bins) over %3 frames of %4 bona fide clips, model %5 (weights %6): written to %7")
                .arg(b.featureName).arg(b.mean.size()).arg(b.frames).arg(b.files.size()).arg(b.modelName, b.weightsSha256.left(12), p.value(QStringLiteral("out"))));
        return 0;
    } catch (const Error &e) {
        err(QStringLiteral("sourcetrace-cli explain baseline: %1").arg(e.message()));
        return 1;
    }
}

bool isExplainCorpusForm(const QStringList &args)
{
    for (const QString &a : args)
        if (a == QLatin1String("--protocol") || a.startsWith(QLatin1String("--protocol=")) || a == QLatin1String("--baseline-file") ||
            a.startsWith(QLatin1String("--baseline-file=")) || a == QLatin1String("bonafide-mean") || a == QLatin1String("--baseline=bonafide-mean"))
            return true;
    return false;
}

} // namespace st::cli
