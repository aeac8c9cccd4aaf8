// sourcetrace-cli artefacts: per cue type, how explained clips' attributions relate to annotated regions
// (core/explain/ArtefactStats.h; docs/explanations.md, "Artefact statistics"). Prints the table; with --out
// writes artefacts.tsv, artefacts.json and one bar plot per cue (artefacts_<cue>.png).
#include "cli/CliCommand.h"

#include "analysis/EvidenceAnalysis.h"
#include "case/CaseFile.h"
#include "explain/ArtefactStats.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace st::cli {

namespace {

const char *kUsage = QT_TRANSLATE_NOOP("ArtefactsCommand",
    "Artefact statistics: attribution inside annotated regions, per cue type.\n"
    "  sourcetrace-cli artefacts --protocol P --annotations A.csv --explanations DIR [--out OUT] [--json]\n"
    "  sourcetrace-cli artefacts --case FILE [--protocol P] [--out OUT] [--json]\n"
    "P: a clip protocol (labels bona fide / spoof). A.csv: annotations, the case CSV layout with the first column\n"
    "either evidence_sha256 (matched with each explanation's report.json) or file (the protocol's file id).\n"
    "DIR: one folder per clip as `sourcetrace-cli explain FILE --out DIR/<id>` writes it, named by the protocol's\n"
    "file id without extension (or with it). Per cue: share of time and of |attribution| inside its regions\n"
    "(pooled and mean per clip), their ratio, the correlation of the |attribution| envelope with the region mask,\n"
    "and the EER of the cue's coverage / presence for telling spoof (target) from bona fide.\n"
    "--case: the case's annotations and, per evidence item, the newest stored analysis with an explanation\n"
    "(`case analyse --explain`); labels for the EERs from P, matched by the evidence's file name (none without P).\n"
    "OUT receives artefacts.tsv, artefacts.json and artefacts_<cue>.png. Exit 1 when clips were skipped or\n"
    "annotation rows refused (each listed on stderr), 2 on usage errors.");

QString f3(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("n/a");
}

QString pct(double v)
{
    return std::isfinite(v) ? QString::number(v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("n/a");
}

QImage plot(const ArtefactCueStats &s)
{
    const int w = 720, h = 440, left = 70, right = 30, top = 50, bottom = 120;
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(14);
    p.setFont(font);
    p.drawText(QRect(0, 8, w, 30), Qt::AlignCenter,
               QStringLiteral("%1: %2 regions on %3 clips (%4 bona fide, %5 spoof)")
                   .arg(cueName(s.cue)).arg(s.regions).arg(s.clipsWithCue).arg(s.bonafideWithCue).arg(s.spoofWithCue));
    const int plotH = h - top - bottom, plotW = w - left - right;
    auto y = [&](double v) { return top + plotH - int(std::lround(std::clamp(v, 0.0, 1.0) * plotH)); };
    p.setPen(QColor(210, 210, 210));
    for (int i = 0; i <= 4; ++i) {
        p.drawLine(left, y(i / 4.0), w - right, y(i / 4.0));
    }
    p.setPen(Qt::black);
    for (int i = 0; i <= 4; ++i)
        p.drawText(QRect(0, y(i / 4.0) - 10, left - 8, 20), Qt::AlignRight | Qt::AlignVCenter, QString::number(i / 4.0, 'f', 2));
    p.drawLine(left, top, left, top + plotH);
    p.drawLine(left, top + plotH, w - right, top + plotH);
    struct Bar { QString label; double v; QColor c; };
    const Bar bars[] = {{QStringLiteral("time share"), s.timeSharePooled, QColor(150, 150, 150)},
                        {QStringLiteral("attribution share\n(pooled)"), s.attributionSharePooled, QColor(200, 60, 40)},
                        {QStringLiteral("attribution share\n(mean per clip)"), s.attributionShareMean, QColor(230, 140, 90)}};
    const int slot = plotW / 3, bw = slot / 2;
    for (int i = 0; i < 3; ++i) {
        const int x = left + i * slot + (slot - bw) / 2;
        if (std::isfinite(bars[i].v)) {
            p.fillRect(QRect(x, y(bars[i].v), bw, top + plotH - y(bars[i].v)), bars[i].c);
            p.drawText(QRect(x - 20, y(bars[i].v) - 22, bw + 40, 20), Qt::AlignCenter, f3(bars[i].v));
        }
        p.drawText(QRect(left + i * slot, top + plotH + 4, slot, 40), Qt::AlignHCenter | Qt::AlignTop, bars[i].label);
    }
    p.drawText(QRect(10, h - 74, w - 20, 70), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("enrichment (attribution share / time share) %1\n"
                              "envelope-mask correlation %2 \u00b1 %3 over %4 clips, pooled %5\n"
                              "EER spoof vs bona fide by the cue's presence %6, by its coverage %7")
                   .arg(f3(s.enrichment), f3(s.correlationMean), f3(s.correlationSd)).arg(s.correlationClips)
                   .arg(f3(s.correlationPooled), pct(s.presenceEer), pct(s.coverageEer)));
    return img;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, QCoreApplication::translate("ArtefactsCommand", "cannot write: %1").arg(f.errorString()));
    f.write(bytes);
    if (!f.commit())
        throw Error(path, QCoreApplication::translate("ArtefactsCommand", "cannot write: %1").arg(f.errorString()));
}

// The case route: each evidence item's newest stored analysis that holds an Integrated Gradients attribution, with
// the case's annotations of that item; bona fide / spoof from the protocol by file name when one is given.
ArtefactStatsResult fromCase(const QString &casePath, const QString &protocolPath)
{
    QMap<QString, int> labels;
    if (!protocolPath.isEmpty())
        for (const LabelledClip &c : readClipProtocol(protocolPath))
            labels.insert(QFileInfo(c.file).fileName(), c.isBonafide ? 1 : 0);
    CaseFile c = CaseFile::open(casePath, QStringLiteral("sourcetrace-cli"), CaseOpenMode::ReadOnly);
    std::vector<ArtefactClipInput> inputs;
    QStringList skipped, problems;
    int used = 0;
    const QList<EvidenceItem> items = c.evidence();
    for (const EvidenceItem &ev : items) {
        const QString name = ev.label.isEmpty() ? QFileInfo(ev.originalPath).fileName() : ev.label;
        const QList<StoredAnalysis> analyses = c.analyses(ev.id);
        std::optional<ExplanationResult> expl;
        for (auto it = analyses.crbegin(); it != analyses.crend() && !expl; ++it) {
            try {
                const AnalysisResult r = AnalysisResult::fromJson(QJsonDocument::fromJson(it->resultJson.toUtf8()).object());
                if (r.explanation && !r.explanation->attribution.empty() && r.explanation->sampleRate > 0)
                    expl = r.explanation;
            } catch (const Error &) {
                continue; // not an evidence analysis of this format
            }
        }
        if (!expl) {
            skipped << QStringLiteral("%1: no stored analysis with an explanation (case analyse with the explanation)").arg(Error::escaped(name));
            continue;
        }
        ArtefactClipInput in;
        in.file = name;
        in.sha256 = ev.sha256;
        in.sampleRate = expl->sampleRate;
        in.attribution = expl->attribution;
        in.label = labels.value(QFileInfo(ev.originalPath).fileName(), -1);
        const double seconds = double(in.attribution.size()) / in.sampleRate;
        for (const Annotation &a : c.annotations(ev.id)) {
            if (a.startS >= seconds) {
                problems << QCoreApplication::translate("ArtefactsCommand", "%1: annotation %2 of %3 starts at %4 s, at or after the end of the explained clip (%5 s)")
                                .arg(Error::escaped(casePath)).arg(a.id).arg(Error::escaped(name)).arg(a.startS).arg(seconds);
                continue;
            }
            in.regions.push_back(a);
            ++used;
        }
        inputs.push_back(std::move(in));
    }
    if (inputs.empty())
        throw Error(casePath, QCoreApplication::translate("ArtefactsCommand", "none of the case's %1 evidence items has a stored analysis with an explanation").arg(items.size()));
    ArtefactStatsResult r = computeArtefactStats(std::move(inputs));
    r.protocolClips = int(items.size());
    r.annotationsUsed = used;
    r.skipped = skipped;
    r.problems = problems;
    r.annotationsPath = casePath;
    r.explanationsRoot = casePath;
    r.protocolPath = protocolPath;
    return r;
}

int runArtefacts(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ArtefactsCommand", kUsage));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("protocol"), QCoreApplication::translate("ArtefactsCommand", "Clip protocol (labels)."), QStringLiteral("P")},
                  {QStringLiteral("case"), QCoreApplication::translate("ArtefactsCommand", "Case file: its annotations and stored explanations."), QStringLiteral("FILE")},
                  {QStringLiteral("annotations"), QCoreApplication::translate("ArtefactsCommand", "Annotations CSV (file or evidence_sha256 keyed)."), QStringLiteral("A")},
                  {QStringLiteral("explanations"), QCoreApplication::translate("ArtefactsCommand", "Folder of per-clip explanation folders."), QStringLiteral("DIR")},
                  {QStringLiteral("out"), QCoreApplication::translate("ArtefactsCommand", "Output folder for artefacts.tsv/json and the plots."), QStringLiteral("OUT")},
                  {QStringLiteral("json"), QCoreApplication::translate("ArtefactsCommand", "Print the JSON instead of the table.")}});
    if (!p.parse(QStringList{QStringLiteral("artefacts")} + args)) {
        err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out(helpText(p, QStringLiteral("artefacts")));
        return 0;
    }
    const bool fromCaseFile = p.isSet(QStringLiteral("case"));
    if (fromCaseFile && (p.isSet(QStringLiteral("annotations")) || p.isSet(QStringLiteral("explanations")))) {
        err(QCoreApplication::translate("ArtefactsCommand", "artefacts: --case takes the annotations and explanations from the case: no --annotations / --explanations"));
        return 2;
    }
    for (const char *req : {"protocol", "annotations", "explanations"}) {
        if (!fromCaseFile && !p.isSet(QString::fromLatin1(req))) {
            err(QCoreApplication::translate("ArtefactsCommand", "artefacts: --%1 is required\n\n%2").arg(QString::fromLatin1(req), QCoreApplication::translate("ArtefactsCommand", kUsage)));
            return 2;
        }
    }
    if (!p.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("ArtefactsCommand", "artefacts: unexpected argument '%1'").arg(p.positionalArguments().first()));
        return 2;
    }
    try {
        const ArtefactStatsResult r = fromCaseFile
            ? fromCase(p.value(QStringLiteral("case")), p.value(QStringLiteral("protocol")))
            : computeArtefactStats(p.value(QStringLiteral("protocol")), p.value(QStringLiteral("annotations")),
                                   p.value(QStringLiteral("explanations")));
        for (const QString &s : r.skipped)
            err(QCoreApplication::translate("ArtefactsCommand", "artefacts: skipped %1").arg(s));
        for (const QString &s : r.problems)
            err(QCoreApplication::translate("ArtefactsCommand", "artefacts: not used: %1").arg(s));
        if (p.isSet(QStringLiteral("json"))) {
            out(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            out(QCoreApplication::translate("ArtefactsCommand", "%1 of %2 clips used (%3 bona fide, %4 spoof), %5 skipped; %6 annotations used, %7 refused")
                    .arg(r.usedClips).arg(r.protocolClips).arg(r.bonafideClips).arg(r.spoofClips).arg(r.skipped.size())
                    .arg(r.annotationsUsed).arg(r.problems.size()));
            out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                    .arg(QStringLiteral("cue"), -11).arg(QStringLiteral("regions"), 7).arg(QStringLiteral("clips b/s"), 10)
                    .arg(QStringLiteral("time"), 6).arg(QStringLiteral("attr"), 6).arg(QStringLiteral("enrich"), 7)
                    .arg(QStringLiteral("r mean\u00b1sd (n)"), 20).arg(QStringLiteral("r pooled"), 8)
                    .arg(QStringLiteral("EER presence/coverage"), 22));
            for (const ArtefactCueStats &s : r.cues)
                out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(cueName(s.cue), -11).arg(s.regions, 7)
                        .arg(QStringLiteral("%1/%2").arg(s.bonafideWithCue).arg(s.spoofWithCue), 10)
                        .arg(f3(s.timeSharePooled), 6).arg(f3(s.attributionSharePooled), 6).arg(f3(s.enrichment), 7)
                        .arg(QStringLiteral("%1\u00b1%2 (%3)").arg(f3(s.correlationMean), f3(s.correlationSd)).arg(s.correlationClips), 20)
                        .arg(f3(s.correlationPooled), 8)
                        .arg(QStringLiteral("%1 / %2").arg(pct(s.presenceEer), pct(s.coverageEer)), 22));
            for (const ArtefactCueStats &s : r.cues)
                if (s.bandRegions > 0)
                    out(QCoreApplication::translate("ArtefactsCommand", "%1 band boxes: %2 on %3 clips with a TF map: TF attribution share %4 of area share %5 (enrichment %6)")
                            .arg(cueName(s.cue)).arg(s.bandRegions).arg(s.bandClips)
                            .arg(f3(s.bandAttributionShare), f3(s.bandAreaShare), f3(s.bandEnrichment)));
        }
        if (p.isSet(QStringLiteral("out"))) {
            const QString dir = p.value(QStringLiteral("out"));
            if (!QDir().mkpath(dir))
                throw Error(dir, QCoreApplication::translate("ArtefactsCommand", "cannot create the output folder"));
            writeFile(QDir(dir).filePath(QStringLiteral("artefacts.tsv")), r.toTsv().toUtf8());
            writeFile(QDir(dir).filePath(QStringLiteral("artefacts.json")), QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
            // Text in the plots needs fonts, so a QGuiApplication (main_cli.cpp makes one for this command).
            if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
                for (const ArtefactCueStats &s : r.cues) {
                    const QString png = QDir(dir).filePath(QStringLiteral("artefacts_%1.png").arg(cueName(s.cue)));
                    if (!plot(s).save(png, "PNG"))
                        throw Error(png, QCoreApplication::translate("ArtefactsCommand", "cannot write the plot"));
                }
            } else {
                err(QCoreApplication::translate("ArtefactsCommand", "artefacts: no plots (no QGuiApplication)"));
            }
            if (!p.isSet(QStringLiteral("json")))
                out(QCoreApplication::translate("ArtefactsCommand", "wrote %1").arg(QDir(dir).filePath(QStringLiteral("artefacts.{tsv,json}, artefacts_<cue>.png"))));
        }
        return r.skipped.isEmpty() && r.problems.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err(QCoreApplication::translate("ArtefactsCommand", "artefacts: %1").arg(e.message()));
        return 1;
    }
}

CliRegistrar reg(QStringLiteral("artefacts"), QStringLiteral(QT_TRANSLATE_NOOP("CliCommands", "Attribution inside annotated regions per cue type (share, correlation, EER)")),
                 runArtefacts);

} // namespace

} // namespace st::cli
