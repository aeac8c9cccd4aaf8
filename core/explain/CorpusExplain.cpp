#include "explain/CorpusExplain.h"

#include "audio/AudioFile.h"
#include "eval/Protocol.h"
#include "explain/AttributionReport.h"
#include "explain/FeatureIntegratedGradients.h"
#include "jobs/Job.h"
#include "util/Error.h"
#include "util/Npy.h"

#include "BuildInfo.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <cmath>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CorpusExplain) };
} // namespace

namespace st {

namespace {

const QString kJobFormat = QStringLiteral("sourcetrace-corpus-explain");
const QString kSummaryFormat = QStringLiteral("sourcetrace-corpus-explain-summary");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, Text::tr("cannot read: %1").arg(f.exists() ? f.errorString() : Text::tr("no such file")));
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        throw Error(path, Text::tr("not a JSON object: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    return d.object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw Error(path, Text::tr("cannot write: %1").arg(f.errorString()));
}

// The protocol line whose fields include `file` (first match), 0 when none.
QHash<QString, int> protocolLines(const QString &path)
{
    QHash<QString, int> lines;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    int no = 0;
    while (!f.atEnd()) {
        ++no;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        static const QRegularExpression sep(QStringLiteral("[\\t ,]+"));
        for (const QString &field : line.split(sep, Qt::SkipEmptyParts)) {
            QString v = field;
            if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                v = v.mid(1, v.size() - 2);
            if (!lines.contains(v))
                lines.insert(v, no);
        }
    }
    return lines;
}

QString safeName(const QString &s)
{
    QString o;
    for (QChar c : s)
        o += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return o.isEmpty() ? QStringLiteral("_") : o;
}

bool isAudioName(const QString &name)
{
    static const QStringList ext{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("mp3"),
                                 QStringLiteral("opus"), QStringLiteral("m4a"), QStringLiteral("aif"), QStringLiteral("aiff")};
    return ext.contains(QFileInfo(name).suffix().toLower());
}

QJsonObject settingsFingerprint(const EmbeddingModelPtr &model, const CorpusExplainSettings &s)
{
    const ModelManifest &m = model->manifest();
    const IgSettings &ig = s.ig;
    QJsonObject o{{QStringLiteral("model"), m.name},
                  {QStringLiteral("weightsSha256"), m.weightsSha256},
                  {QStringLiteral("target"), ig.target.resolvedFor(m, model->numClasses(), model->embeddingDim()).describe(m)},
                  {QStringLiteral("steps"), ig.steps},
                  {QStringLiteral("rule"), integrationRuleName(ig.rule)},
                  {QStringLiteral("attributeJumps"), ig.attributeJumps},
                  {QStringLiteral("stitching"), stitchingName(ig.stitching)},
                  {QStringLiteral("windowLength"), ig.windowLength},
                  {QStringLiteral("windowHop"), ig.windowHop},
                  {QStringLiteral("tfFftSize"), s.tf.fftSize},
                  {QStringLiteral("tfHop"), s.tf.hop},
                  {QStringLiteral("frameMs"), s.frameMs}};
    if (s.featureBaselineFile.isEmpty()) {
        o.insert(QStringLiteral("baseline"), ig.baseline.describe());
    } else {
        o.insert(QStringLiteral("baseline"), QStringLiteral("bonafide-mean"));
        o.insert(QStringLiteral("baselineFileSha256"), sha256OfFile(s.featureBaselineFile));
    }
    return o;
}

QString describeDifference(const QJsonObject &was, const QJsonObject &now)
{
    QStringList diffs;
    QSet<QString> keys;
    for (const QString &k : was.keys())
        keys.insert(k);
    for (const QString &k : now.keys())
        keys.insert(k);
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted)
        if (was.value(k) != now.value(k))
            diffs << Text::tr("%1: was %2, now %3").arg(k, was.value(k).toVariant().toString(), now.value(k).toVariant().toString());
    return diffs.join(QStringLiteral("; "));
}

void appendLog(const QString &outDir, const QString &line)
{
    QFile f(QDir(outDir).filePath(QStringLiteral("job.log")));
    if (f.open(QIODevice::Append | QIODevice::Text))
        f.write((line + QLatin1Char('\n')).toUtf8());
}

struct Stat
{
    double mean = 0.0, sd = 0.0;
};

Stat stat(const std::vector<double> &v)
{
    Stat s;
    if (v.empty())
        return s;
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    if (v.size() > 1) {
        double q = 0.0;
        for (double x : v)
            q += (x - s.mean) * (x - s.mean);
        s.sd = std::sqrt(q / double(v.size() - 1));
    }
    return s;
}

QJsonObject statJson(const std::vector<double> &v)
{
    const Stat s = stat(v);
    return QJsonObject{{QStringLiteral("mean"), s.mean}, {QStringLiteral("sd"), s.sd}};
}

QStringList availableColumns(const QJsonArray &clips)
{
    QStringList cols;
    for (const QJsonValue &c : clips) {
        const QJsonObject colObj = c.toObject().value(QStringLiteral("columns")).toObject();
        for (auto it = colObj.begin(); it != colObj.end(); ++it)
            if (!it.value().toString().isEmpty() && !cols.contains(it.key()))
                cols << it.key();
    }
    // label first, then the protocol's order of appearance (stable)
    if (cols.removeAll(QStringLiteral("label")))
        cols.prepend(QStringLiteral("label"));
    return cols;
}

// A clip's entry in job.json.
QJsonObject clipJson(const CorpusClip &c)
{
    QJsonObject cols;
    for (auto it = c.columns.begin(); it != c.columns.end(); ++it)
        cols.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("file"), c.file}, {QStringLiteral("path"), c.path},
                       {QStringLiteral("line"), c.line}, {QStringLiteral("columns"), cols}};
}

QJsonArray clipsJson(const std::vector<CorpusClip> &clips)
{
    QJsonArray a;
    for (const CorpusClip &c : clips)
        a.append(clipJson(c));
    return a;
}

// job.json: what a run (or the merge of a sharded run) writes.
QJsonObject jobJson(const QString &input, const QJsonObject &settings, const QJsonArray &groupBy, int timeBins, const QJsonArray &clips,
                    const QJsonObject &failures, const QString &build)
{
    return QJsonObject{{QStringLiteral("format"), kJobFormat},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("input"), QFileInfo(input).absoluteFilePath()},
                       {QStringLiteral("inputIsFolder"), QFileInfo(input).isDir()},
                       {QStringLiteral("inputSha256"), QFileInfo(input).isDir() ? QString() : sha256OfFile(input)},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("groupBy"), groupBy},
                       {QStringLiteral("timeBins"), timeBins},
                       {QStringLiteral("clips"), clips},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("build"), build}};
}

// Copies the files of folder `from` (and its subfolders) into `to`, replacing files of the same name.
void copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        throw Error(to, Text::tr("cannot create the folder"));
    const QDir src(from);
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir()) {
            copyFolder(fi.filePath(), target);
            continue;
        }
        if (QFileInfo::exists(target) && !QFile::remove(target))
            throw Error(target, Text::tr("cannot replace the file"));
        QFile in(fi.filePath());
        if (!in.copy(target))
            throw Error(fi.filePath(), Text::tr("cannot copy to %1: %2").arg(target, in.errorString()));
    }
}

} // namespace

std::vector<CorpusClip> readCorpusClips(const QString &input, const QString &audioRoot)
{
    std::vector<CorpusClip> clips;
    QSet<QString> ids;
    auto uniqueId = [&](const QString &file) {
        QString base = safeName(QFileInfo(file).completeBaseName());
        QString id = base;
        for (int k = 2; ids.contains(id); ++k)
            id = QStringLiteral("%1_%2").arg(base).arg(k);
        ids.insert(id);
        return id;
    };
    const QFileInfo fi(input);
    if (!fi.exists())
        throw Error(input, Text::tr("no such protocol file or folder"));
    if (fi.isDir()) {
        QStringList files;
        QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            if (isAudioName(p))
                files << p;
        }
        files.sort();
        if (files.isEmpty())
            throw Error(input, Text::tr("the folder holds no audio files (.wav, .flac, .ogg, .mp3, .opus, .m4a, .aiff)"));
        for (const QString &p : files) {
            CorpusClip c;
            c.file = QDir(input).relativeFilePath(p);
            c.path = p;
            c.id = uniqueId(c.file);
            clips.push_back(c);
        }
        return clips;
    }
    const std::vector<LabelledClip> rows = readClipProtocol(input);
    const QString root = audioRoot.isEmpty() ? protocolFolder(input) : audioRoot;
    const QHash<QString, int> lines = protocolLines(input);
    for (const LabelledClip &r : rows) {
        CorpusClip c;
        c.file = r.file;
        c.line = lines.value(r.file, 0);
        c.path = resolveClipPath(root, r.file);
        if (audioRoot.isEmpty() && !QFileInfo(c.path).isFile()) {
            // The project's corpora keep their clips in wav/ next to the protocol.
            const QString inWav = resolveClipPath(QDir(root).filePath(QStringLiteral("wav")), r.file);
            if (QFileInfo(inWav).isFile())
                c.path = inWav;
        }
        if (!QFileInfo(c.path).isFile())
            throw Error(input, Text::tr("clip \"%1\" does not exist (looked for %2%3; give the audio folder with --audio-root)").arg(r.file, c.path, audioRoot.isEmpty() ? QStringLiteral(" and in wav/") : QString()),
                        c.line);
        c.id = uniqueId(r.file);
        c.columns.insert(QStringLiteral("label"), r.isBonafide ? QStringLiteral("bonafide") : QStringLiteral("spoof"));
        c.columns.insert(QStringLiteral("attack"), r.attack);
        if (!r.acousticModel.isEmpty())
            c.columns.insert(QStringLiteral("acoustic_model"), r.acousticModel);
        if (!r.vocoder.isEmpty())
            c.columns.insert(QStringLiteral("vocoder"), r.vocoder);
        if (!r.codec.isEmpty())
            c.columns.insert(QStringLiteral("codec"), r.codec);
        for (auto it = r.attributes.begin(); it != r.attributes.end(); ++it)
            if (it.key() != QLatin1String("text") && it.key() != QLatin1String("file") && !it.value().trimmed().isEmpty())
                c.columns.insert(it.key(), it.value().trimmed());
        clips.push_back(c);
    }
    return clips;
}

std::pair<double, double> silenceShares(const std::vector<double> &absolutePerFrame, const std::vector<int> &speech)
{
    const size_t n = absolutePerFrame.size();
    double total = 0.0;
    for (double v : absolutePerFrame)
        total += v;
    if (total <= 0.0)
        return {0.0, 0.0};
    int64_t first = -1, last = -1;
    for (size_t i = 0; i < std::min(n, speech.size()); ++i)
        if (speech[i]) {
            if (first < 0)
                first = int64_t(i);
            last = int64_t(i);
        }
    if (first < 0)
        return {1.0, 0.0};
    double lead = 0.0, trail = 0.0;
    for (int64_t i = 0; i < first; ++i)
        lead += absolutePerFrame[size_t(i)];
    for (size_t i = size_t(last) + 1; i < n; ++i)
        trail += absolutePerFrame[i];
    return {lead / total, trail / total};
}

std::vector<double> resampleTfMap(const std::vector<float> &map, int64_t frames, int bins, int timeBins)
{
    std::vector<double> out(size_t(timeBins) * size_t(bins), 0.0);
    if (frames <= 0 || bins <= 0 || timeBins <= 0 || int64_t(map.size()) != frames * bins)
        return out;
    double total = 0.0;
    for (float v : map)
        total += std::abs(double(v));
    if (total <= 0.0)
        return out;
    std::vector<int> count(size_t(timeBins), 0);
    for (int64_t t = 0; t < frames; ++t) {
        const int j = std::min(timeBins - 1, int((double(t) + 0.5) / double(frames) * timeBins));
        ++count[size_t(j)];
        for (int b = 0; b < bins; ++b)
            out[size_t(j) * bins + b] += std::abs(double(map[size_t(t * bins + b)])) / total;
    }
    for (int j = 0; j < timeBins; ++j) {
        if (count[size_t(j)] > 1)
            for (int b = 0; b < bins; ++b)
                out[size_t(j) * bins + b] /= count[size_t(j)];
        else if (count[size_t(j)] == 0) {
            const int64_t t = std::min<int64_t>(frames - 1, int64_t((double(j) + 0.5) / timeBins * double(frames)));
            for (int b = 0; b < bins; ++b)
                out[size_t(j) * bins + b] = std::abs(double(map[size_t(t * bins + b)])) / total;
        }
    }
    double s = 0.0;
    for (double v : out)
        s += v;
    if (s > 0)
        for (double &v : out)
            v /= s;
    return out;
}

CorpusClipFigures readClipFigures(const QString &path)
{
    const QJsonObject o = readJson(path);
    const QJsonObject clip = o.value(QStringLiteral("clip")).toObject();
    const QJsonObject frames = o.value(QStringLiteral("frames")).toObject();
    if (clip.isEmpty() || !clip.value(QStringLiteral("bandShares")).isObject() || !frames.value(QStringLiteral("absolute")).isArray() ||
        !frames.value(QStringLiteral("speech")).isArray())
        throw Error(path, Text::tr("not an attribution report: clip.bandShares, frames.absolute or frames.speech is missing"));
    CorpusClipFigures f;
    const QJsonObject bands = clip.value(QStringLiteral("bandShares")).toObject();
    const QJsonArray order = clip.value(QStringLiteral("bandOrder")).toArray();
    QStringList names;
    for (const QJsonValue &v : order)
        names << v.toString();
    if (names.isEmpty()) {
        // QJsonObject sorts its keys; the bands "0-1 kHz", "1-2 kHz", "2-4 kHz", "4-8 kHz", "8 kHz-..." sort by lower edge.
        names = bands.keys();
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('-'), 0, 0).toDouble() < b.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('-'), 0, 0).toDouble(); });
    }
    f.bandNames = names;
    for (const QString &n : names)
        f.bandShares.push_back(bands.value(n).toDouble());
    f.speechShare = clip.value(QStringLiteral("speechShare")).toDouble();
    f.pauseShare = clip.value(QStringLiteral("pauseShare")).toDouble();
    std::vector<double> abs;
    std::vector<int> speech;
    for (const QJsonValue &v : frames.value(QStringLiteral("absolute")).toArray())
        abs.push_back(v.toDouble());
    for (const QJsonValue &v : frames.value(QStringLiteral("speech")).toArray())
        speech.push_back(v.toInt());
    const auto [lead, trail] = silenceShares(abs, speech);
    f.leadingSilenceShare = lead;
    f.trailingSilenceShare = trail;
    f.completenessGap = o.value(QStringLiteral("completeness")).toObject().value(QStringLiteral("relativeGap")).toDouble();
    return f;
}

CorpusExplainResult runCorpusExplain(const QString &input, const QString &audioRoot, const EmbeddingModelPtr &model,
                                     const CorpusExplainSettings &s, const QString &outDir, const CorpusProgress &progress,
                                     const CorpusCancelled &cancelled, const std::function<void(const QString &)> &log)
{
    if (!model)
        throw Error(Text::tr("no model to explain"));
    std::vector<CorpusClip> clips = readCorpusClips(input, audioRoot);
    if (s.limit > 0 && int(clips.size()) > s.limit)
        clips.resize(size_t(s.limit));
    if (s.select) {
        std::vector<CorpusClip> kept;
        for (const CorpusClip &c : clips)
            if (s.select(c))
                kept.push_back(c);
        clips.swap(kept);
    }
    if (!QDir().mkpath(outDir))
        throw Error(outDir, Text::tr("cannot create the output folder"));
    const QDir dir(outDir);
    const QString jobPath = dir.filePath(QStringLiteral("job.json"));
    const QJsonObject fingerprint = settingsFingerprint(model, s);
    QJsonObject failures;
    if (QFileInfo::exists(jobPath) && !s.restart) {
        const QJsonObject was = readJson(jobPath);
        if (was.value(QStringLiteral("format")).toString() != kJobFormat)
            throw Error(jobPath, QStringLiteral("not a corpus explanation job (format \"%1\")").arg(was.value(QStringLiteral("format")).toString()));
        const QJsonObject wasSettings = was.value(QStringLiteral("settings")).toObject();
        if (wasSettings != fingerprint)
            throw Error(jobPath, Text::tr("the folder holds results made with other settings (%1); refusing to mix them: "
                                                "use another output folder or --restart")
                                     .arg(describeDifference(wasSettings, fingerprint)));
        failures = was.value(QStringLiteral("failures")).toObject();
    }
    if (s.restart)
        appendLog(outDir, QStringLiteral("restart %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));

    QJsonObject job = jobJson(input, fingerprint, QJsonArray::fromStringList(s.groupBy), s.timeBins, clipsJson(clips), failures,
                              QStringLiteral("SourceTrace %1 (commit %2)").arg(QStringLiteral(SOURCETRACE_VERSION), QStringLiteral(SOURCETRACE_GIT_COMMIT)));
    writeJson(jobPath, job);

    std::unique_ptr<IntegratedGradients> ig;
    std::unique_ptr<FeatureBaselineExplainer> fig;
    if (s.featureBaselineFile.isEmpty())
        ig = std::make_unique<IntegratedGradients>(model);
    else
        fig = std::make_unique<FeatureBaselineExplainer>(model, s.featureBaselineFile);

    CorpusExplainResult res;
    res.clips = int(clips.size());
    const int sr = model->manifest().sampleRate;
    for (size_t i = 0; i < clips.size(); ++i) {
        const CorpusClip &c = clips[i];
        const QString clipDir = dir.filePath(QStringLiteral("clips/%1").arg(c.id));
        const QString report = QDir(clipDir).filePath(QStringLiteral("report.json"));
        const double f0 = double(i) / double(clips.size()), f1 = double(i + 1) / double(clips.size());
        if (cancelled && cancelled())
            throw JobCancelled{};
        if (!s.restart && QFileInfo::exists(report)) {
            ++res.skipped;
            appendLog(outDir, QStringLiteral("skip %1").arg(c.id));
            failures.remove(c.id);
            continue;
        }
        if (progress)
            progress(f0, Text::tr("clip %1/%2 %3").arg(i + 1).arg(clips.size()).arg(c.file));
        try {
            QFile::remove(report);
            std::vector<float> x = AudioFile(c.path).readAll(MixDown, sr);
            if (x.empty())
                throw Error(c.path, Text::tr("no samples"));
            const QString sha = sha256OfFile(c.path);
            auto sub = [&](double f, const QString &stage) {
                if (progress)
                    progress(f0 + (f1 - f0) * f, Text::tr("clip %1/%2 %3: %4").arg(i + 1).arg(clips.size()).arg(c.file, stage));
            };
            if (ig) {
                IgResult r = ig->run(x, s.ig, sub, cancelled);
                AttributionReport rep = AttributionReport::analyze(std::move(r), std::move(x), s.ig.baseline, s.tf, s.frameMs);
                rep.evidencePath = QFileInfo(c.path).absoluteFilePath();
                rep.evidenceSha256 = sha;
                rep.writeTo(clipDir);
            } else {
                fig->explainTo(x, c.path, sha, s.ig, s.frameMs, clipDir, sub, cancelled);
            }
            ++res.done;
            failures.remove(c.id);
            appendLog(outDir, QStringLiteral("done %1").arg(c.id));
            if (log)
                log(Text::tr("done %1 (%2/%3)").arg(c.file).arg(i + 1).arg(clips.size()));
        } catch (const JobCancelled &) {
            job.insert(QStringLiteral("failures"), failures);
            writeJson(jobPath, job);
            throw;
        } catch (const std::exception &e) {
            ++res.failed;
            const QString msg = QString::fromUtf8(e.what());
            failures.insert(c.id, msg);
            appendLog(outDir, QStringLiteral("fail %1: %2").arg(c.id, msg));
            if (log)
                log(Text::tr("failed %1: %2").arg(c.file, msg));
        }
        job.insert(QStringLiteral("failures"), failures);
        writeJson(jobPath, job);
    }
    if (progress)
        progress(1.0, Text::tr("summaries"));
    summarizeCorpusExplain(outDir, s.groupBy, s.timeBins);
    res.summaryJson = dir.filePath(QStringLiteral("summary.json"));
    res.summaryTsv = dir.filePath(QStringLiteral("summary.tsv"));
    return res;
}

QJsonObject summarizeCorpusExplain(const QString &outDir, const QStringList &groupByIn, int timeBins)
{
    const QDir dir(outDir);
    const QString jobPath = dir.filePath(QStringLiteral("job.json"));
    const QJsonObject job = readJson(jobPath);
    if (job.value(QStringLiteral("format")).toString() != kJobFormat)
        throw Error(jobPath, Text::tr("not a corpus explanation job"));
    const QJsonArray clips = job.value(QStringLiteral("clips")).toArray();
    const QJsonObject failures = job.value(QStringLiteral("failures")).toObject();
    const QStringList available = availableColumns(clips);
    QStringList groupBy = groupByIn;
    for (QString &g : groupBy)
        if (g == QLatin1String("waveform_generator"))
            g = QStringLiteral("vocoder");
    for (const QString &g : groupBy)
        if (!available.contains(g))
            throw Error(jobPath, Text::tr("no column \"%1\" to group by (the clips have: %2)")
                                     .arg(g, available.isEmpty() ? Text::tr("none; a folder has only the group \"all\"") : available.join(QStringLiteral(", "))));
    if (groupBy.isEmpty())
        groupBy = available;

    struct ClipData
    {
        QJsonObject columns;
        CorpusClipFigures fig;
        std::vector<double> tf;
    };
    std::vector<ClipData> data;
    QStringList bandNames;
    int tfBins = -1;
    QJsonArray binHz;
    QStringList warnings;
    int missing = 0;
    for (const QJsonValue &v : clips) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString cdir = dir.filePath(QStringLiteral("clips/%1").arg(id));
        const QString rp = QDir(cdir).filePath(QStringLiteral("report.json"));
        if (!QFileInfo::exists(rp)) {
            if (!failures.contains(id))
                ++missing;
            continue;
        }
        ClipData d;
        d.columns = c.value(QStringLiteral("columns")).toObject();
        d.fig = readClipFigures(rp);
        if (bandNames.isEmpty())
            bandNames = d.fig.bandNames;
        else if (bandNames != d.fig.bandNames)
            throw Error(rp, Text::tr("bands %1 differ from the other clips' %2").arg(d.fig.bandNames.join(QLatin1Char(',')), bandNames.join(QLatin1Char(','))));
        std::vector<int64_t> shape;
        const std::vector<float> tf = readNpy(QDir(cdir).filePath(QStringLiteral("tf_map.npy")), shape);
        if (shape.size() != 2)
            throw Error(QDir(cdir).filePath(QStringLiteral("tf_map.npy")), Text::tr("expected a 2-d map"));
        if (tfBins < 0) {
            tfBins = int(shape[1]);
            const QJsonObject rep = readJson(rp);
            const QJsonObject tfo = rep.value(QStringLiteral("tfMap")).toObject();
            binHz = tfo.value(QStringLiteral("binHz")).toArray();
            if (binHz.isEmpty()) {
                const int fft = tfo.value(QStringLiteral("fftSize")).toInt();
                const int sr = rep.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sampleRate")).toInt();
                for (int b = 0; b < tfBins; ++b)
                    binHz.append(fft > 0 ? double(b) * sr / fft : 0.0);
            }
        }
        if (int(shape[1]) == tfBins)
            d.tf = resampleTfMap(tf, shape[0], int(shape[1]), timeBins);
        else
            warnings << QStringLiteral("clip %1: TF map with %2 bins, not %3: left out of the mean maps").arg(id).arg(shape[1]).arg(tfBins);
        data.push_back(std::move(d));
    }

    QJsonArray groups;
    QFile tsvFile(dir.filePath(QStringLiteral("summary.tsv")));
    QStringList header{QStringLiteral("column"), QStringLiteral("value"), QStringLiteral("n")};
    for (const QString &b : bandNames)
        header << QStringLiteral("band %1 mean").arg(b) << QStringLiteral("band %1 sd").arg(b);
    for (const char *m : {"speech", "pause", "leading silence", "trailing silence", "completeness gap"})
        header << QStringLiteral("%1 mean").arg(QLatin1String(m)) << QStringLiteral("%1 sd").arg(QLatin1String(m));
    QStringList tsv{header.join(QLatin1Char('\t'))};

    auto addGroup = [&](const QString &column, const QString &value, const std::vector<const ClipData *> &members) {
        std::vector<std::vector<double>> bands(size_t(bandNames.size()));
        std::vector<double> speech, pause, lead, trail, gap;
        std::vector<double> meanTf(tfBins > 0 ? size_t(tfBins) * size_t(timeBins) : 0, 0.0);
        int tfN = 0;
        for (const ClipData *d : members) {
            for (int b = 0; b < bandNames.size(); ++b)
                bands[size_t(b)].push_back(d->fig.bandShares[size_t(b)]);
            speech.push_back(d->fig.speechShare);
            pause.push_back(d->fig.pauseShare);
            lead.push_back(d->fig.leadingSilenceShare);
            trail.push_back(d->fig.trailingSilenceShare);
            gap.push_back(d->fig.completenessGap);
            if (!d->tf.empty() && d->tf.size() == meanTf.size()) {
                for (size_t k = 0; k < meanTf.size(); ++k)
                    meanTf[k] += d->tf[k];
                ++tfN;
            }
        }
        QJsonObject g{{QStringLiteral("column"), column}, {QStringLiteral("value"), value}, {QStringLiteral("n"), int(members.size())}};
        QJsonObject bj;
        QStringList row{column, value, QString::number(members.size())};
        for (int b = 0; b < bandNames.size(); ++b) {
            bj.insert(bandNames[b], statJson(bands[size_t(b)]));
            const Stat st = stat(bands[size_t(b)]);
            row << QString::number(st.mean, 'f', 6) << QString::number(st.sd, 'f', 6);
        }
        g.insert(QStringLiteral("bandShares"), bj);
        const std::pair<const char *, const std::vector<double> *> metrics[] = {
            {"speechShare", &speech}, {"pauseShare", &pause}, {"leadingSilenceShare", &lead}, {"trailingSilenceShare", &trail}, {"completenessGap", &gap}};
        for (const auto &m : metrics) {
            g.insert(QLatin1String(m.first), statJson(*m.second));
            const Stat st = stat(*m.second);
            row << QString::number(st.mean, 'f', 6) << QString::number(st.sd, 'f', 6);
        }
        if (tfN > 0) {
            std::vector<float> mf(meanTf.size());
            for (size_t k = 0; k < meanTf.size(); ++k)
                mf[k] = float(meanTf[k] / tfN);
            const QString name = QStringLiteral("mean_tf_%1_%2.npy").arg(safeName(column), safeName(value));
            writeNpy(dir.filePath(name), mf.data(), {int64_t(timeBins), int64_t(tfBins)});
            g.insert(QStringLiteral("meanTfMap"), name);
        }
        groups.append(g);
        tsv << row.join(QLatin1Char('\t'));
    };

    std::vector<const ClipData *> all;
    for (const ClipData &d : data)
        all.push_back(&d);
    addGroup(QStringLiteral("all"), QStringLiteral("all"), all);
    for (const QString &col : groupBy) {
        QStringList values;
        for (const ClipData &d : data) {
            const QString v = d.columns.value(col).toString();
            if (!v.isEmpty() && !values.contains(v))
                values << v;
        }
        values.sort();
        for (const QString &v : values) {
            std::vector<const ClipData *> m;
            for (const ClipData &d : data)
                if (d.columns.value(col).toString() == v)
                    m.push_back(&d);
            addGroup(col, v, m);
        }
    }
    QJsonArray failArr;
    for (auto it = failures.begin(); it != failures.end(); ++it)
        failArr.append(QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("message"), it.value().toString()}});
    QJsonObject summary{{QStringLiteral("format"), kSummaryFormat},
                        {QStringLiteral("formatVersion"), 1},
                        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("input"), job.value(QStringLiteral("input"))},
                        {QStringLiteral("settings"), job.value(QStringLiteral("settings"))},
                        {QStringLiteral("clips"), int(clips.size())},
                        {QStringLiteral("explained"), int(data.size())},
                        {QStringLiteral("failed"), failures.size()},
                        {QStringLiteral("notRun"), missing},
                        {QStringLiteral("failures"), failArr},
                        {QStringLiteral("groupBy"), QJsonArray::fromStringList(groupBy)},
                        {QStringLiteral("bandNames"), QJsonArray::fromStringList(bandNames)},
                        {QStringLiteral("timeBins"), timeBins},
                        {QStringLiteral("tfBins"), tfBins},
                        {QStringLiteral("tfBinHz"), binHz},
                        {QStringLiteral("definitions"),
                         QJsonObject{{QStringLiteral("bandShares"), QStringLiteral("share of sum |TF map| per band, per clip; mean and sd (n-1) over the group's clips")},
                                     {QStringLiteral("speechShare"), QStringLiteral("share of sum |attribution| in VAD speech frames")},
                                     {QStringLiteral("leadingSilenceShare"), QStringLiteral("share of sum |attribution| before the first VAD speech frame (a clip without speech: 1)")},
                                     {QStringLiteral("trailingSilenceShare"), QStringLiteral("share of sum |attribution| after the last VAD speech frame")},
                                     {QStringLiteral("meanTfMap"), QStringLiteral("float32 [timeBins, tfBins]: each clip's |TF map| normalised to sum 1, resampled to timeBins bins over relative time (bin j averages the frames centred in [j, j+1)/timeBins), renormalised, averaged over the clips")}}},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                        {QStringLiteral("groups"), groups}};
    writeJson(dir.filePath(QStringLiteral("summary.json")), summary);
    QSaveFile sf(dir.filePath(QStringLiteral("summary.tsv")));
    if (!sf.open(QIODevice::WriteOnly) || sf.write((tsv.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 || !sf.commit())
        throw Error(sf.fileName(), Text::tr("cannot write: %1").arg(sf.errorString()));
    return summary;
}

CorpusExplainResult mergeCorpusExplainParts(const QString &input, const QString &audioRoot, int limit, const std::vector<QString> &partDirs,
                                            const std::function<int(const CorpusClip &)> &partOf, const QString &outDir)
{
    const QString outJob = QDir(outDir).filePath(QStringLiteral("job.json"));
    if (QFileInfo::exists(outJob))
        throw Error(outJob, Text::tr("already exists: the folder holds a corpus job's results, and a merge writes a new output "
                                           "(remove job.json, summary.* and clips/ there, not the shards)"));
    if (partDirs.empty())
        throw Error(outDir, Text::tr("no parts to merge"));
    std::vector<CorpusClip> clips = readCorpusClips(input, audioRoot);
    if (limit > 0 && int(clips.size()) > limit)
        clips.resize(size_t(limit));
    const QString inputSha = QFileInfo(input).isDir() ? QString() : sha256OfFile(input);

    // Every part: a corpus job of this input, with the settings, grouping and build of the first, no failures.
    std::vector<QHash<QString, QJsonObject>> listed(partDirs.size()); // id -> the clip's entry
    QJsonObject ref;
    QString refPath;
    int listedTotal = 0;
    for (size_t k = 0; k < partDirs.size(); ++k) {
        const QString jp = QDir(partDirs[k]).filePath(QStringLiteral("job.json"));
        const QJsonObject job = readJson(jp);
        if (job.value(QStringLiteral("format")).toString() != kJobFormat)
            throw Error(jp, Text::tr("not a corpus explanation job (format \"%1\")").arg(job.value(QStringLiteral("format")).toString()));
        if (job.value(QStringLiteral("inputSha256")).toString() != inputSha)
            throw Error(jp, Text::tr("made from another version of %1 (SHA-256 %2, now %3): rerun the shard")
                                .arg(input, job.value(QStringLiteral("inputSha256")).toString().left(12), inputSha.left(12)));
        if (!job.value(QStringLiteral("failures")).toObject().isEmpty())
            throw Error(jp, Text::tr("%1 clip(s) failed: rerun the shard").arg(job.value(QStringLiteral("failures")).toObject().size()));
        if (k == 0) {
            ref = job;
            refPath = jp;
        } else {
            for (const char *key : {"settings", "groupBy", "timeBins", "build"})
                if (job.value(QLatin1String(key)) != ref.value(QLatin1String(key)))
                    throw Error(jp, Text::tr("its %1 differ from those of %2%3").arg(QLatin1String(key), refPath,
                                    job.value(QLatin1String(key)).isObject()
                                        ? QStringLiteral(" (%1)").arg(describeDifference(ref.value(QLatin1String(key)).toObject(), job.value(QLatin1String(key)).toObject()))
                                        : QString()));
        }
        for (const QJsonValue &v : job.value(QStringLiteral("clips")).toArray()) {
            const QJsonObject c = v.toObject();
            listed[k].insert(c.value(QStringLiteral("id")).toString(), c);
            ++listedTotal;
        }
    }
    // Every clip of the corpus: listed as the corpus lists it by the part it belongs to, with its report.
    QJsonArray all;
    for (const CorpusClip &c : clips) {
        const QJsonObject want = clipJson(c);
        const int k = partOf(c);
        if (k < 0 || size_t(k) >= partDirs.size())
            throw Error(input, Text::tr("clip \"%1\" belongs to no part (%2)").arg(c.file).arg(k));
        const QString jp = QDir(partDirs[size_t(k)]).filePath(QStringLiteral("job.json"));
        const auto it = listed[size_t(k)].constFind(c.id);
        if (it == listed[size_t(k)].constEnd())
            throw Error(jp, Text::tr("does not list clip \"%1\" (id %2), which belongs to this shard: rerun the shard").arg(c.file, c.id));
        if (*it != want)
            throw Error(jp, Text::tr("lists clip %1 otherwise than the merge reads it from %2 (%3): run the merge with the shards' "
                                           "protocol, --audio-root and working directory")
                                .arg(c.id, input, describeDifference(*it, want)));
        const QString report = QDir(partDirs[size_t(k)]).filePath(QStringLiteral("clips/%1/report.json").arg(c.id));
        if (!QFileInfo::exists(report))
            throw Error(report, Text::tr("missing: clip \"%1\" has no results in its shard: rerun the shard").arg(c.file));
        all.append(want);
    }
    if (listedTotal != int(clips.size()))
        throw Error(partDirs.front(), Text::tr("the shards list %1 clips, the corpus has %2: were they run with another --limit or protocol?")
                                          .arg(listedTotal).arg(clips.size()));

    // Checked: copy, then job.json, then the summaries (as the unsharded run ends).
    if (!QDir().mkpath(outDir))
        throw Error(outDir, Text::tr("cannot create the output folder"));
    for (const CorpusClip &c : clips)
        copyFolder(QDir(partDirs[size_t(partOf(c))]).filePath(QStringLiteral("clips/%1").arg(c.id)),
                   QDir(outDir).filePath(QStringLiteral("clips/%1").arg(c.id)));
    for (size_t k = 0; k < partDirs.size(); ++k)
        appendLog(outDir, QStringLiteral("merged %1 clip(s) from %2").arg(listed[k].size()).arg(QDir::cleanPath(partDirs[k])));
    writeJson(outJob, jobJson(input, ref.value(QStringLiteral("settings")).toObject(), ref.value(QStringLiteral("groupBy")).toArray(),
                              ref.value(QStringLiteral("timeBins")).toInt(), all, QJsonObject(), ref.value(QStringLiteral("build")).toString()));
    QStringList groupBy;
    for (const QJsonValue &v : ref.value(QStringLiteral("groupBy")).toArray())
        groupBy << v.toString();
    summarizeCorpusExplain(outDir, groupBy, ref.value(QStringLiteral("timeBins")).toInt());
    CorpusExplainResult res;
    res.clips = int(clips.size());
    res.skipped = int(clips.size());
    res.summaryJson = QDir(outDir).filePath(QStringLiteral("summary.json"));
    res.summaryTsv = QDir(outDir).filePath(QStringLiteral("summary.tsv"));
    return res;
}

QJsonObject readCorpusSummary(const QString &outDir)
{
    const QString path = QDir(outDir).filePath(QStringLiteral("summary.json"));
    const QJsonObject o = readJson(path);
    if (o.value(QStringLiteral("format")).toString() != kSummaryFormat)
        throw Error(path, Text::tr("not a corpus explanation summary (format \"%1\")").arg(o.value(QStringLiteral("format")).toString()));
    return o;
}

} // namespace st
