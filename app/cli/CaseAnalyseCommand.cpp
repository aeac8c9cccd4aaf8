// sourcetrace-cli case analyse / results: the one analysis pipeline (core/analysis) on the items of a case, stored in
// the case with its settings and provenance; results shows what is stored without recomputing.
#include "cli/CaseCliSupport.h"
#include "cli/CliCommand.h"

#include "analysis/CaseAnalysis.h"
#include "analysis/ModelCache.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace st::cli {

namespace {

QString summary(const EvidenceItem &e, const StoredAnalysis &a, const AnalysisResult &r)
{
    QString t = QCoreApplication::translate("CaseAnalyseCommand", "item %1 (%2), analysis %3 of %4 by %5\n").arg(e.id).arg(Error::escaped(e.label)).arg(a.id)
                    .arg(a.created.toString(Qt::ISODate), a.user);
    t += QCoreApplication::translate("CaseAnalyseCommand", "  evidence SHA-256 %1\n  model %2 (weights SHA-256 %3), SourceTrace %4 (commit %5)\n")
             .arg(r.provenance.evidenceSha256, r.provenance.modelName, r.provenance.modelWeightsSha256, r.provenance.buildVersion,
                  r.provenance.buildCommit);
    const QJsonObject verdict = r.quality.value(QStringLiteral("verdict")).toObject();
    t += QCoreApplication::translate("CaseAnalyseCommand", "  quality: %1\n").arg(verdict.value(QStringLiteral("passed")).toBool() ? QCoreApplication::translate("CaseAnalyseCommand", "passed") : QCoreApplication::translate("CaseAnalyseCommand", "FLAGGED"));
    for (const QJsonValue &f : verdict.value(QStringLiteral("findings")).toArray())
        t += QStringLiteral("    - %1\n").arg(f.toObject().value(QStringLiteral("message")).toString());
    if (r.detection) {
        const DetectionResult &d = *r.detection;
        t += QCoreApplication::translate("CaseAnalyseCommand", "  detection score %1 (%2)\n").arg(d.clip.score, 0, 'f', 4).arg(d.scoreConvention);
        if (d.lr.given)
            t += QCoreApplication::translate("CaseAnalyseCommand", "    LR %1 (log10 %2): %3; calibration %4\n").arg(QString::number(std::exp(d.lr.llr), 'g', 3))
                     .arg(d.lr.log10Lr(), 0, 'f', 2).arg(d.lr.verbal, d.lr.calibration);
        else if (d.lr.due)
            t += QCoreApplication::translate("CaseAnalyseCommand", "    LR withheld: %1\n").arg(d.lr.withheldReasons.join(QStringLiteral("; ")));
    }
    if (r.tracing) {
        const TraceResult &tr = *r.tracing;
        t += QCoreApplication::translate("CaseAnalyseCommand", "  tracing (%1, library SHA-256 %2)\n").arg(tr.backend, tr.librarySha256);
        for (std::size_t i = 0; i < tr.decisions.size(); ++i) {
            const LevelDecision &ld = tr.decisions[i];
            t += QStringLiteral("    %1: %2").arg(sourceLevelName(ld.level), ld.decision);
            if (!ld.ranked.empty())
                t += QCoreApplication::translate("CaseAnalyseCommand", " (best %1 %2)").arg(ld.ranked.front().source).arg(ld.ranked.front().score, 0, 'f', 4);
            if (i < tr.lrs.size() && tr.lrs[i].given)
                t += QCoreApplication::translate("CaseAnalyseCommand", ", LR %1: %2").arg(QString::number(std::exp(tr.lrs[i].llr), 'g', 3), tr.lrs[i].verbal);
            else if (i < tr.lrs.size() && tr.lrs[i].due)
                t += QCoreApplication::translate("CaseAnalyseCommand", ", LR withheld");
            t += QLatin1Char('\n');
        }
    }
    if (r.explanation)
        t += QCoreApplication::translate("CaseAnalyseCommand", "  explanation: %1, %2 steps, baseline %3, completeness gap %4 %\n").arg(r.explanation->targetDescription)
                 .arg(r.explanation->steps).arg(r.explanation->baseline).arg(100 * r.explanation->completenessError, 0, 'f', 2);
    for (const QString &p : r.problems)
        t += QCoreApplication::translate("CaseAnalyseCommand", "  problem: %1\n").arg(p);
    return t.trimmed();
}

QList<qint64> items(const QCommandLineParser &p, const CaseFile &c)
{
    QList<qint64> ids;
    for (const QString &v : p.values(QStringLiteral("item"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError{QStringLiteral("sourcetrace-cli case: ") + QCoreApplication::translate("CaseAnalyseCommand", "--item needs an item id (a number from 1; `case info` lists them), not '%1'").arg(v)};
        ids << id;
    }
    if (ids.isEmpty())
        for (const EvidenceItem &e : c.evidence())
            ids << e.id;
    return ids;
}

} // namespace

int caseAnalyse(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseAnalyseCommand", "An item to analyse (repeatable; default: every item)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("model"), QCoreApplication::translate("CaseAnalyseCommand", "Detector (registry name or manifest; default: the default model)."), QStringLiteral("M")});
    p.addOption({QStringLiteral("library"), QCoreApplication::translate("CaseAnalyseCommand", "Fingerprint library (default: the default library)."), QStringLiteral("L")});
    p.addOption({QStringLiteral("backend"), QCoreApplication::translate("CaseAnalyseCommand", "Tracing back-end (default cosine)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("no-tracing"), QCoreApplication::translate("CaseAnalyseCommand", "Detection and quality only.")});
    p.addOption({QStringLiteral("explain"), QCoreApplication::translate("CaseAnalyseCommand", "Also Integrated Gradients of the detection score.")});
    p.addOption({QStringLiteral("steps"), QCoreApplication::translate("CaseAnalyseCommand", "IG steps (default 32)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("threads"), QCoreApplication::translate("CaseAnalyseCommand", "LibTorch threads (default: the library's)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("rerun"), QCoreApplication::translate("CaseAnalyseCommand", "Re-run stored analysis ID with its own settings, store it and compare the figures."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("CaseAnalyseCommand", "Print each stored result as JSON (one line each).")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("analyse"), args, 1, QStringLiteral("CASE"), code))
        return code;
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    if (c.isReadOnly())
        throw Error(c.path(), QCoreApplication::translate("CaseAnalyseCommand", "opened read-only (%1): nothing can be analysed; use `case save-as`").arg(c.readOnlyReason()));
    AnalysisSettings base;
    QList<qint64> ids;
    AnalysisResult previous;
    const bool rerun = p.isSet(QStringLiteral("rerun"));
    if (rerun) {
        bool ok = false;
        const qint64 aid = p.value(QStringLiteral("rerun")).toLongLong(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("sourcetrace-cli case analyse: ") + QCoreApplication::translate("CaseAnalyseCommand", "--rerun needs an analysis id (`case results` lists them)")};
        const StoredAnalysis a = c.analysis(aid);
        previous = storedAnalysisResult(c, a);
        base = previous.settings;
        ids = {a.evidenceId};
    } else {
        base.model = p.value(QStringLiteral("model"));
        base.library = p.value(QStringLiteral("library"));
        if (p.isSet(QStringLiteral("backend")))
            base.backend = p.value(QStringLiteral("backend"));
        base.tracing = !p.isSet(QStringLiteral("no-tracing"));
        base.explanation = p.isSet(QStringLiteral("explain"));
        if (p.isSet(QStringLiteral("steps")))
            base.igSteps = p.value(QStringLiteral("steps")).toInt();
        if (p.isSet(QStringLiteral("threads")))
            base.threads = p.value(QStringLiteral("threads")).toInt();
        // The same checks as a stored settings object (ranges named).
        base = AnalysisSettings::fromJson(base.toJson());
        base = caseAnalysisSettings(c, base);
        ids = items(p, c);
    }
    ModelCache cache;
    int failed = 0;
    for (qint64 id : ids) {
        try {
            AnalysisResult r;
            const StoredAnalysis a = analyseCaseItem(c, id, base, cache, nullptr, &r);
            if (p.isSet(QStringLiteral("json")))
                out(a.resultJson);
            else
                out(summary(c.evidenceItem(id), a, r));
            if (rerun) {
                const QStringList d = analysisDifferences(previous, r);
                if (d.isEmpty()) {
                    out(QCoreApplication::translate("CaseAnalyseCommand", "re-run of analysis %1: every figure reproduced").arg(p.value(QStringLiteral("rerun"))));
                } else {
                    out(QCoreApplication::translate("CaseAnalyseCommand", "re-run of analysis %1: %2 differences").arg(p.value(QStringLiteral("rerun"))).arg(d.size()));
                    for (const QString &x : d)
                        out(QStringLiteral("  ") + x);
                    ++failed;
                }
            }
        } catch (const Error &e) {
            err(QStringLiteral("sourcetrace-cli case analyse: %1").arg(e.message()));
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

int caseResults(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseAnalyseCommand", "Only this item (repeatable)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("CaseAnalyseCommand", "The stored result JSON, one line each.")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("results"), args, 1, QStringLiteral("CASE"), code))
        return code;
    const CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p), CaseOpenMode::ReadOnly);
    int failed = 0;
    for (qint64 id : items(p, c)) {
        const EvidenceItem e = c.evidenceItem(id);
        for (const StoredAnalysis &a : c.analyses(id)) {
            if (p.isSet(QStringLiteral("json"))) {
                out(a.resultJson);
                continue;
            }
            try {
                out(summary(e, a, storedAnalysisResult(c, a)));
            } catch (const Error &x) {
                err(QStringLiteral("sourcetrace-cli case results: %1").arg(x.message()));
                ++failed;
            }
        }
    }
    return failed ? 1 : 0;
}

} // namespace st::cli
