#include "explain/ArtefactStats.h"

#include "dsp/Spectrogram.h"
#include "eval/Metrics.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::ArtefactStats) };
} // namespace

namespace st {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ArtefactClipInput readExplained(const QString &dir, const LabelledClip &clip)
{
    ArtefactClipInput e;
    e.file = clip.file;
    e.label = clip.isBonafide ? 1 : 0;
    const QString jsonPath = QDir(dir).filePath(QStringLiteral("report.json"));
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(jsonPath, Text::tr("cannot read: %1").arg(f.errorString()));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(qint64(64) << 20), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(jsonPath, Text::tr("not a JSON object: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("sourcetrace-attribution"))
        throw Error(jsonPath, Text::tr("format is not \"sourcetrace-attribution\""));
    const QJsonObject ev = o.value(QStringLiteral("evidence")).toObject();
    e.sha256 = ev.value(QStringLiteral("sha256")).toString().toLower();
    const double rate = ev.value(QStringLiteral("sampleRate")).toDouble(0);
    if (!(rate >= 1 && rate <= 1e6) || rate != std::floor(rate))
        throw Error(jsonPath, Text::tr("evidence.sampleRate is missing or not a positive whole number"));
    e.sampleRate = int(rate);
    const double samples = ev.value(QStringLiteral("samples")).toDouble(-1);
    const double frame = o.value(QStringLiteral("frames")).toObject().value(QStringLiteral("frameSamples")).toDouble(0);
    if (!(frame >= 1 && frame <= 1e7) || frame != std::floor(frame))
        throw Error(jsonPath, Text::tr("frames.frameSamples is missing or not a positive whole number"));
    e.frameSamples = int(frame);

    const QString attrPath = QDir(dir).filePath(QStringLiteral("attribution.npy"));
    std::vector<int64_t> shape;
    e.attribution = readNpy(attrPath, shape);
    if (shape.size() != 1)
        throw Error(attrPath, Text::tr("expected one dimension [samples], found %1").arg(shape.size()));
    if (e.attribution.empty())
        throw Error(attrPath, Text::tr("no samples"));
    if (samples >= 0 && double(e.attribution.size()) != samples)
        throw Error(attrPath, Text::tr("%1 samples, but report.json says evidence.samples = %2")
                                  .arg(e.attribution.size()).arg(samples, 0, 'g', 17));
    const QString envPath = QDir(dir).filePath(QStringLiteral("envelopes.npy"));
    std::vector<int64_t> envShape;
    const std::vector<float> env = readNpy(envPath, envShape);
    const int64_t frames = (int64_t(e.attribution.size()) + e.frameSamples - 1) / e.frameSamples;
    if (envShape.size() != 2 || envShape[0] != 3)
        throw Error(envPath, Text::tr("expected shape [3, frames]"));
    if (envShape[1] != frames)
        throw Error(envPath, Text::tr("%1 frames, but %2 samples in frames of %3 make %4")
                                 .arg(envShape[1]).arg(e.attribution.size()).arg(e.frameSamples).arg(frames));
    e.absEnvelope.assign(env.begin() + frames, env.begin() + 2 * frames);
    // The TF map, when report.json describes it (for the band boxes; optional: a clip without one has no band
    // statistics).
    const QJsonObject tf = o.value(QStringLiteral("tfMap")).toObject();
    const QString tfPath = QDir(dir).filePath(QStringLiteral("tf_map.npy"));
    if (!tf.isEmpty() && QFileInfo::exists(tfPath)) {
        SpectrogramParams p;
        p.fftSize = tf.value(QStringLiteral("fftSize")).toInt(0);
        p.hop = tf.value(QStringLiteral("hop")).toInt(0);
        p.scale = tf.value(QStringLiteral("scale")).toString() == QLatin1String("mel") ? FrequencyScale::Mel : FrequencyScale::Linear;
        const int bins = tf.value(QStringLiteral("bins")).toInt(0);
        p.melBands = bins;
        std::vector<int64_t> tfShape;
        std::vector<float> m = readNpy(tfPath, tfShape);
        if (p.fftSize < 2 || p.hop < 1 || bins < 1 || tfShape.size() != 2 || tfShape[1] != bins)
            throw Error(tfPath, Text::tr("shape or report.json tfMap (fftSize, hop, bins) do not fit together"));
        e.tfMap = std::move(m);
        e.tfFrames = int(tfShape[0]);
        e.tfBins = bins;
        e.tfHop = p.hop;
        for (int k = 0; k < bins; ++k)
            e.tfBinHz.push_back(binCentreHz(p, k, e.sampleRate));
    }
    return e;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::size_t n = x.size();
    if (n < 2)
        return kNaN;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0) || !(syy > 0))
        return kNaN;
    return sxy / std::sqrt(sxx * syy);
}

double safeEer(const std::vector<double> &spoof, const std::vector<double> &bona)
{
    if (spoof.empty() || bona.empty())
        return kNaN;
    return computeEer(spoof, bona).eer;
}

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString fmt(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("nan");
}

} // namespace

QString artefactClipFolder(const QString &root, const QString &file)
{
    const QFileInfo fi(file);
    QString noExt = file;
    if (!fi.suffix().isEmpty())
        noExt.chop(fi.suffix().size() + 1);
    QStringList candidates{noExt, file, fi.completeBaseName(), fi.fileName()};
    // root itself, or the clips/ folder of an `explain --protocol` job folder
    for (const QString &base : {root, QDir(root).filePath(QStringLiteral("clips"))}) {
        for (const QString &c : candidates) {
            if (c.isEmpty())
                continue;
            const QString d = QDir(base).filePath(c);
            if (QFileInfo::exists(QDir(d).filePath(QStringLiteral("report.json"))))
                return d;
        }
    }
    return {};
}

ArtefactStatsResult computeArtefactStats(const std::vector<LabelledClip> &clips, const AnnotationCsvRead &annotations,
                                         const QString &explanationsRoot, const QString &annotationsName)
{
    ArtefactStatsResult r;
    r.annotationsPath = annotationsName;
    r.explanationsRoot = explanationsRoot;
    r.protocolClips = int(clips.size());
    r.problems = annotations.problems;
    if (!QFileInfo(explanationsRoot).isDir())
        throw Error(explanationsRoot, Text::tr("the explanations folder does not exist"));

    std::vector<ArtefactClipInput> used;
    QMap<QString, int> byFile, bySha;
    QSet<QString> inProtocol;
    for (const LabelledClip &c : clips) {
        inProtocol.insert(c.file);
        const QString dir = artefactClipFolder(explanationsRoot, c.file);
        if (dir.isEmpty()) {
            r.skipped << Text::tr("%1: no explanation folder (looked for %2/<id>/report.json)")
                             .arg(Error::escaped(c.file), Error::escaped(explanationsRoot));
            continue;
        }
        try {
            used.push_back(readExplained(dir, c));
        } catch (const Error &e) {
            r.skipped << QStringLiteral("%1: %2").arg(Error::escaped(c.file), e.message());
            continue;
        }
        byFile.insert(c.file, int(used.size()) - 1);
        if (!used.back().sha256.isEmpty())
            bySha.insert(used.back().sha256, int(used.size()) - 1);
    }
    if (used.empty())
        throw Error(explanationsRoot, Text::tr("none of the protocol's %1 clips has a readable explanation (%2)")
                                          .arg(clips.size()).arg(r.skipped.isEmpty() ? QString() : r.skipped.front()));

    const QString csvName = r.annotationsPath.isEmpty() ? QStringLiteral("annotations") : r.annotationsPath;
    for (const AnnotationCsvRow &row : annotations.rows) {
        int idx = -1;
        if (!row.file.isEmpty()) {
            if (!inProtocol.contains(row.file)) {
                r.problems << Error::format(csvName, Text::tr("clip '%1' is not in the protocol").arg(Error::escaped(row.file)), row.line);
                continue;
            }
            idx = byFile.value(row.file, -1);
            if (idx < 0)
                continue; // the clip is skipped (listed there)
        } else {
            idx = bySha.value(row.evidenceSha256, -1);
            if (idx < 0) {
                r.problems << Error::format(csvName, Text::tr("no explained clip of the protocol has SHA-256 %1 (its report.json's evidence.sha256)")
                                                         .arg(row.evidenceSha256), row.line);
                continue;
            }
        }
        ArtefactClipInput &e = used[std::size_t(idx)];
        const double seconds = double(e.attribution.size()) / e.sampleRate;
        if (row.annotation.startS >= seconds) {
            r.problems << Error::format(csvName, Text::tr("the region starts at %1 s, at or after the end of clip '%2' (%3 s)")
                                                     .arg(row.annotation.startS).arg(Error::escaped(e.file)).arg(seconds), row.line);
            continue;
        }
        e.regions.push_back(row.annotation);
        ++r.annotationsUsed;
    }

    ArtefactStatsResult stats = computeArtefactStats(used);
    stats.protocolClips = r.protocolClips;
    stats.annotationsUsed = r.annotationsUsed;
    stats.skipped = r.skipped;
    stats.problems = r.problems;
    stats.annotationsPath = r.annotationsPath;
    stats.explanationsRoot = r.explanationsRoot;
    return stats;
}

ArtefactStatsResult computeArtefactStats(std::vector<ArtefactClipInput> used)
{
    ArtefactStatsResult r;
    r.usedClips = int(used.size());
    for (ArtefactClipInput &e : used) {
        if (e.label == 1)
            ++r.bonafideClips;
        else if (e.label == 0)
            ++r.spoofClips;
        if (e.frameSamples <= 0)
            e.frameSamples = std::max(1, int(std::lround(e.sampleRate * 0.02)));
        if (e.absEnvelope.empty()) {
            const std::size_t n = e.attribution.size(), L = std::size_t(e.frameSamples);
            e.absEnvelope.assign((n + L - 1) / L, 0.0f);
            for (std::size_t i = 0; i < n; ++i)
                e.absEnvelope[i / L] += std::isfinite(e.attribution[i]) ? std::abs(e.attribution[i]) : 0.0f;
        }
    }

    for (const Cue cue : allCues()) {
        ArtefactCueStats s;
        s.cue = cue;
        double inAbs = 0, totAbs = 0, inSamples = 0, totSamples = 0;
        double sumAttrShare = 0, sumTimeShare = 0;
        int attrShareClips = 0;
        std::vector<double> corr, pooledEnv, pooledMask;
        std::vector<double> coverSpoof, coverBona, presSpoof, presBona;
        double bandIn = 0, bandTot = 0, bandInCells = 0, bandCells = 0;
        for (const ArtefactClipInput &e : used) {
            const std::size_t n = e.attribution.size();
            std::vector<uint8_t> mask(n, 0);
            int regions = 0;
            for (const Annotation &a : e.regions) {
                if (a.cue != cue)
                    continue;
                ++regions;
                // sample i is inside when start <= i / rate < end
                const double lo = std::ceil(a.startS * e.sampleRate);
                const double hi = std::ceil(a.endS * e.sampleRate);
                const std::size_t i0 = std::size_t(std::clamp(lo, 0.0, double(n)));
                const std::size_t i1 = std::size_t(std::clamp(hi, 0.0, double(n)));
                for (std::size_t i = i0; i < i1; ++i)
                    mask[i] = 1;
            }
            double covered = 0, clipIn = 0, clipTot = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const double v = std::isfinite(e.attribution[i]) ? std::abs(double(e.attribution[i])) : 0.0;
                clipTot += v;
                if (mask[i]) {
                    covered += 1;
                    clipIn += v;
                }
            }
            const double coverage = covered / double(n);
            if (e.label >= 0) {
                (e.label == 1 ? coverBona : coverSpoof).push_back(coverage);
                (e.label == 1 ? presBona : presSpoof).push_back(regions > 0 ? 1.0 : 0.0);
            }
            if (regions == 0)
                continue;
            s.regions += regions;
            ++s.clipsWithCue;
            if (e.label == 1)
                ++s.bonafideWithCue;
            else if (e.label == 0)
                ++s.spoofWithCue;
            inAbs += clipIn;
            totAbs += clipTot;
            inSamples += covered;
            totSamples += double(n);
            sumTimeShare += coverage;
            if (clipTot > 0) {
                sumAttrShare += clipIn / clipTot;
                ++attrShareClips;
            }
            // frame mask: frame f is inside when its centre sample is
            std::vector<double> env, fm;
            const std::size_t frames = e.absEnvelope.size();
            for (std::size_t f = 0; f < frames; ++f) {
                const std::size_t start = f * std::size_t(e.frameSamples);
                const std::size_t end = std::min(n, start + std::size_t(e.frameSamples));
                const std::size_t centre = (start + end - 1) / 2;
                const float v = e.absEnvelope[f];
                env.push_back(std::isfinite(v) ? double(v) : 0.0);
                fm.push_back(mask[std::min(centre, n - 1)] ? 1.0 : 0.0);
            }
            const double c = pearson(env, fm);
            if (std::isfinite(c))
                corr.push_back(c);
            pooledEnv.insert(pooledEnv.end(), env.begin(), env.end());
            pooledMask.insert(pooledMask.end(), fm.begin(), fm.end());

            // time x band boxes on the TF map
            std::vector<const Annotation *> boxes;
            for (const Annotation &a : e.regions)
                if (a.cue == cue && a.band)
                    boxes.push_back(&a);
            s.bandRegions += int(boxes.size());
            if (boxes.empty() || e.tfMap.empty())
                continue;
            ++s.bandClips;
            for (int t = 0; t < e.tfFrames; ++t) {
                const double time = double(int64_t(t) * e.tfHop) / e.sampleRate;
                for (int k = 0; k < e.tfBins; ++k) {
                    const float v = e.tfMap[std::size_t(t) * std::size_t(e.tfBins) + std::size_t(k)];
                    const double av = std::isfinite(v) ? std::abs(double(v)) : 0.0;
                    bool inside = false;
                    for (const Annotation *a : boxes)
                        if (time >= a->startS && time < a->endS && e.tfBinHz[std::size_t(k)] >= a->band->lowHz
                            && e.tfBinHz[std::size_t(k)] < a->band->highHz)
                            inside = true;
                    bandTot += av;
                    bandCells += 1;
                    if (inside) {
                        bandIn += av;
                        bandInCells += 1;
                    }
                }
            }
        }
        if (s.clipsWithCue == 0)
            continue;
        s.attributionSharePooled = totAbs > 0 ? inAbs / totAbs : kNaN;
        s.attributionShareMean = attrShareClips > 0 ? sumAttrShare / attrShareClips : kNaN;
        s.timeSharePooled = inSamples / totSamples;
        s.timeShareMean = sumTimeShare / s.clipsWithCue;
        s.enrichment = s.timeSharePooled > 0 ? s.attributionSharePooled / s.timeSharePooled : kNaN;
        s.correlationClips = int(corr.size());
        if (!corr.empty()) {
            double m = 0;
            for (double c : corr)
                m += c;
            m /= double(corr.size());
            double v = 0;
            for (double c : corr)
                v += (c - m) * (c - m);
            s.correlationMean = m;
            s.correlationSd = corr.size() > 1 ? std::sqrt(v / double(corr.size() - 1)) : 0.0;
        } else {
            s.correlationMean = s.correlationSd = kNaN;
        }
        s.correlationPooled = pearson(pooledEnv, pooledMask);
        s.coverageEer = safeEer(coverSpoof, coverBona);
        s.presenceEer = safeEer(presSpoof, presBona);
        s.bandAttributionShare = bandTot > 0 ? bandIn / bandTot : kNaN;
        s.bandAreaShare = bandCells > 0 ? bandInCells / bandCells : kNaN;
        s.bandEnrichment = s.bandAreaShare > 0 ? s.bandAttributionShare / s.bandAreaShare : kNaN;
        r.cues.push_back(s);
    }
    return r;
}

ArtefactStatsResult computeArtefactStats(const QString &protocolPath, const QString &annotationsCsv,
                                         const QString &explanationsRoot)
{
    const std::vector<LabelledClip> clips = readClipProtocol(protocolPath);
    const AnnotationCsvRead csv = readAnnotationsCsv(annotationsCsv, AnnotationCsvKey::Sha256OrFile);
    ArtefactStatsResult out = computeArtefactStats(clips, csv, explanationsRoot, annotationsCsv);
    out.protocolPath = protocolPath;
    return out;
}

QJsonObject ArtefactStatsResult::toJson() const
{
    QJsonArray arr;
    for (const ArtefactCueStats &s : cues) {
        arr.append(QJsonObject{{QStringLiteral("cue"), cueName(s.cue)},
                               {QStringLiteral("regions"), s.regions},
                               {QStringLiteral("clipsWithCue"), s.clipsWithCue},
                               {QStringLiteral("bonafideWithCue"), s.bonafideWithCue},
                               {QStringLiteral("spoofWithCue"), s.spoofWithCue},
                               {QStringLiteral("attributionSharePooled"), num(s.attributionSharePooled)},
                               {QStringLiteral("attributionShareMean"), num(s.attributionShareMean)},
                               {QStringLiteral("timeSharePooled"), num(s.timeSharePooled)},
                               {QStringLiteral("timeShareMean"), num(s.timeShareMean)},
                               {QStringLiteral("enrichment"), num(s.enrichment)},
                               {QStringLiteral("correlationMean"), num(s.correlationMean)},
                               {QStringLiteral("correlationSd"), num(s.correlationSd)},
                               {QStringLiteral("correlationClips"), s.correlationClips},
                               {QStringLiteral("correlationPooled"), num(s.correlationPooled)},
                               {QStringLiteral("coverageEer"), num(s.coverageEer)},
                               {QStringLiteral("presenceEer"), num(s.presenceEer)},
                               {QStringLiteral("bandRegions"), s.bandRegions},
                               {QStringLiteral("bandClips"), s.bandClips},
                               {QStringLiteral("bandAttributionShare"), num(s.bandAttributionShare)},
                               {QStringLiteral("bandAreaShare"), num(s.bandAreaShare)},
                               {QStringLiteral("bandEnrichment"), num(s.bandEnrichment)}});
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("sourcetrace-artefacts/1")},
                       {QStringLiteral("protocol"), protocolPath},
                       {QStringLiteral("annotations"), annotationsPath},
                       {QStringLiteral("explanations"), explanationsRoot},
                       {QStringLiteral("protocolClips"), protocolClips},
                       {QStringLiteral("usedClips"), usedClips},
                       {QStringLiteral("bonafideClips"), bonafideClips},
                       {QStringLiteral("spoofClips"), spoofClips},
                       {QStringLiteral("annotationsUsed"), annotationsUsed},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                       {QStringLiteral("cues"), arr}};
}

QString ArtefactStatsResult::toTsv() const
{
    QString t = QStringLiteral("cue\tregions\tclips\tbonafide_clips\tspoof_clips\ttime_share\tattribution_share\t"
                               "time_share_mean\tattribution_share_mean\tenrichment\tcorrelation_mean\tcorrelation_sd\t"
                               "correlation_clips\tcorrelation_pooled\tcoverage_eer\tpresence_eer\tband_regions\tband_clips\t"
                               "band_attribution_share\tband_area_share\tband_enrichment\n");
    for (const ArtefactCueStats &s : cues) {
        t += QStringList{cueName(s.cue), QString::number(s.regions), QString::number(s.clipsWithCue),
                         QString::number(s.bonafideWithCue), QString::number(s.spoofWithCue), fmt(s.timeSharePooled),
                         fmt(s.attributionSharePooled), fmt(s.timeShareMean), fmt(s.attributionShareMean), fmt(s.enrichment),
                         fmt(s.correlationMean), fmt(s.correlationSd), QString::number(s.correlationClips),
                         fmt(s.correlationPooled), fmt(s.coverageEer), fmt(s.presenceEer), QString::number(s.bandRegions),
                         QString::number(s.bandClips), fmt(s.bandAttributionShare), fmt(s.bandAreaShare), fmt(s.bandEnrichment)}
                 .join(QLatin1Char('\t'));
        t += QLatin1Char('\n');
    }
    return t;
}

} // namespace st
