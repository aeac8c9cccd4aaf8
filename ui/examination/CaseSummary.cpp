#include "examination/CaseSummary.h"
#include "common/LocaleFormat.h"

#include "library/SourceLevel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's texts (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::CaseSummary)
};
} // namespace

QString itemCheckName(ItemCheck c)
{
    switch (c) {
    case ItemCheck::Ok: return Text::tr("ok");
    case ItemCheck::Changed: return Text::tr("changed");
    case ItemCheck::Missing: return Text::tr("missing");
    case ItemCheck::Unreadable: return Text::tr("unreadable");
    case ItemCheck::NotVerified: return Text::tr("not verified");
    }
    return {};
}

QColor itemCheckColour(ItemCheck c)
{
    switch (c) {
    case ItemCheck::Ok: return QColor(0x5c, 0xc8, 0xa8);
    case ItemCheck::Changed: return QColor(0xff, 0x6b, 0x5a);
    case ItemCheck::Missing: return QColor(0xff, 0x9f, 0x43);
    case ItemCheck::Unreadable: return QColor(0xf0, 0xc6, 0x4a);
    case ItemCheck::NotVerified: return QColor(0x8a, 0x93, 0xa3);
    }
    return {};
}

namespace {

ItemCheck fromState(EvidenceState s)
{
    switch (s) {
    case EvidenceState::Ok: return ItemCheck::Ok;
    case EvidenceState::Missing: return ItemCheck::Missing;
    case EvidenceState::Mismatch: return ItemCheck::Changed;
    case EvidenceState::Unreadable: return ItemCheck::Unreadable;
    }
    return ItemCheck::NotVerified;
}

/// A number shown to the examiner: in the user's locale (decimal comma in German).
QString num(double v, int decimals) { return std::isfinite(v) ? shownLocale().toString(v, 'f', decimals) : Text::tr("n/a"); }

QString sideOf(const DetectionResult &d)
{
    if (!std::isfinite(d.clip.score))
        return Text::tr("no score");
    const bool bonafide = d.clip.higherIsBonafide ? d.clip.score >= 0 : d.clip.score < 0;
    return bonafide ? Text::tr("bona fide side") : Text::tr("spoof side");
}

QString jsonValueText(const QJsonValue &v)
{
    if (v.isDouble())
        return shownLocale().toString(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return Text::tr("n/a");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

ItemCheck itemCheckOf(const EvidenceItem &e, const QDateTime &sessionStart, const std::optional<EvidenceVerification> &sessionCheck)
{
    if (sessionCheck)
        return fromState(sessionCheck->state);
    if (e.blocked() || (sessionStart.isValid() && e.lastVerified.isValid() && e.lastVerified >= sessionStart))
        return fromState(e.lastState);
    return ItemCheck::NotVerified;
}

QString formatLr(double llr)
{
    return shownLocale().toString(std::exp(llr), 'g', 3);
}

AnalysisSummary summariseAnalysis(const AnalysisResult &r)
{
    AnalysisSummary s;
    // Quality: the verdict stored with the measures.
    const QJsonObject verdict = r.quality.value(QStringLiteral("verdict")).toObject();
    if (verdict.isEmpty()) {
        s.qualityText = Text::tr("not measured");
    } else {
        int fails = 0, warns = 0;
        QStringList lines;
        for (const QJsonValue &f : verdict.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            const bool fail = o.value(QStringLiteral("severity")).toString() == QLatin1String("fail");
            (fail ? fails : warns)++;
            lines << QStringLiteral("%1: %2").arg(fail ? Text::tr("FAIL") : Text::tr("warning"),
                                                  o.value(QStringLiteral("message")).toString());
        }
        const bool passed = verdict.value(QStringLiteral("passed")).toBool() && fails == 0;
        if (!passed) {
            s.quality = AnalysisSummary::Quality::Flagged;
            s.qualityText = Text::tr("FLAGGED (%1)").arg(std::max(fails, 1));
        } else if (warns > 0) {
            s.quality = AnalysisSummary::Quality::Warned;
            s.qualityText = Text::tr("passed, %n warning(s)", nullptr, warns);
        } else {
            s.quality = AnalysisSummary::Quality::Passed;
            s.qualityText = Text::tr("passed");
        }
        s.qualityTip = lines.isEmpty() ? Text::tr("Every measure is within the case's thresholds.")
                                       : lines.join(QLatin1Char('\n'));
    }
    // Detection: score, side, LR or why it is withheld.
    if (r.detection) {
        const DetectionResult &d = *r.detection;
        s.detectionText = Text::tr("score %1 (%2)").arg(num(d.clip.score, 2), sideOf(d));
        s.detectionTip = Text::tr("Detection score %1 (%2)\n%3").arg(num(d.clip.score, 4), sideOf(d), d.scoreConvention);
        if (d.lr.given) {
            s.detectionText += Text::tr(", LR %1").arg(formatLr(d.lr.llr));
            s.detectionTip += QLatin1Char('\n') + Text::tr("LR %1 (log10 %2): %3\ncalibration: %4")
                                  .arg(formatLr(d.lr.llr), num(d.lr.log10Lr(), 2), shownVerbal(d.lr.verbal), d.lr.calibration);
        } else if (d.lr.due) {
            s.detectionText += Text::tr(", withheld: %1").arg(shownReasons(d.lr.withheldReasons, d.verdict).value(0, Text::tr("no reason given")));
            s.detectionTip += QLatin1Char('\n') + Text::tr("Likelihood ratio withheld:\n- %1").arg(shownReasons(d.lr.withheldReasons, d.verdict).join(QStringLiteral("\n- ")));
        } else {
            s.detectionTip += QLatin1Char('\n') + Text::tr("The model states no calibration: no likelihood ratio.");
        }
    } else {
        s.detectionText = Text::tr("not run");
    }
    // Tracing: the first level's decision in the cell, every level in the tooltip.
    if (r.tracing && !r.tracing->decisions.empty()) {
        const TraceResult &t = *r.tracing;
        QStringList tip;
        for (std::size_t i = 0; i < t.decisions.size(); ++i) {
            const LevelDecision &ld = t.decisions[i];
            QString line = QStringLiteral("%1: %2").arg(sourceLevelName(ld.level), ld.decision);
            if (i < t.lrs.size() && t.lrs[i].given)
                line += QStringLiteral(" ") + Text::tr("(LR %1)").arg(formatLr(t.lrs[i].llr));
            else if (i < t.lrs.size() && t.lrs[i].due)
                line += QStringLiteral(" ") + Text::tr("(LR withheld: %1)").arg(shownReasons(t.lrs[i].withheldReasons, t.verdict).join(QStringLiteral("; ")));
            if (i == 0)
                s.traceText = line;
            tip << line;
        }
        if (t.decisions.size() > 1)
            s.traceText += QStringLiteral(" +%1").arg(t.decisions.size() - 1); // the other levels are in the tooltip
        s.traceTip = Text::tr("Back-end %1, library %2\n%3").arg(t.backend, t.libraryPath, tip.join(QLatin1Char('\n')));
    } else if (r.tracing) {
        s.traceText = Text::tr("no decision");
    } else {
        s.traceText = Text::tr("not run");
    }
    if (!r.problems.isEmpty()) {
        s.traceTip += QLatin1Char('\n') + Text::tr("Problems:\n- %1").arg(r.problems.join(QStringLiteral("\n- ")));
        if (!r.tracing)
            s.traceText = Text::tr("failed: %1").arg(r.problems.first());
    }
    return s;
}

QString analysisResultText(const EvidenceItem &e, const StoredAnalysis &a, const AnalysisResult &r)
{
    QStringList t;
    t << Text::tr("Item %1: %2").arg(e.id).arg(e.label);
    t << QStringLiteral("  ") + Text::tr("file: %1").arg(e.currentPath);
    t << QStringLiteral("  ") + Text::tr("intake SHA-256: %1").arg(e.sha256);
    t << Text::tr("Analysis %1 (%2), stored %3 by %4").arg(a.id).arg(a.kind, a.created.toString(Qt::ISODateWithMs), a.user);
    t << QStringLiteral("  ") + Text::tr("evidence SHA-256 verified just before: %1%2")
             .arg(a.evidenceSha256, a.evidenceSha256 == e.sha256 ? QString() : QStringLiteral(" ") + Text::tr("(DIFFERS from the intake hash)"));
    t << QString();
    t << Text::tr("Settings");
    const QJsonObject so = r.settings.toJson();
    for (auto it = so.begin(); it != so.end(); ++it)
        if (it.key() != QLatin1String("qualityThresholds"))
            t << QStringLiteral("  %1: %2").arg(it.key(), jsonValueText(it.value()));
    t << QString();
    t << Text::tr("Provenance");
    const Provenance &p = r.provenance;
    t << QStringLiteral("  ") + Text::tr("evidence: %1 (%2 bytes, SHA-256 %3)").arg(p.evidencePath).arg(p.evidenceBytes).arg(p.evidenceSha256);
    t << QStringLiteral("  ") + Text::tr("model: %1 (%2), weights SHA-256 %3, manifest SHA-256 %4")
             .arg(p.modelName, p.modelKind, p.modelWeightsSha256, p.modelManifestSha256);
    if (!p.libraryPath.isEmpty())
        t << QStringLiteral("  ") + Text::tr("library: %1 (SHA-256 %2)").arg(p.libraryPath, p.librarySha256);
    if (!p.calibration.isEmpty())
        t << QStringLiteral("  ") + Text::tr("calibration: %1").arg(p.calibration);
    t << QStringLiteral("  ") + Text::tr("SourceTrace %1 (commit %2, %3)").arg(p.buildVersion, p.buildCommit, p.buildCompiler);
    t << QStringLiteral("  ") + Text::tr("run %1 by %2 on %3, device %4").arg(p.time, p.user, p.host, p.device);
    t << QString();
    const AnalysisSummary s = summariseAnalysis(r);
    t << Text::tr("Quality: %1").arg(s.qualityText);
    const QJsonObject measures = r.quality.value(QStringLiteral("measures")).toObject();
    for (auto it = measures.begin(); it != measures.end(); ++it)
        t << QStringLiteral("  %1: %2").arg(it.key(), jsonValueText(it.value()));
    if (!s.qualityTip.isEmpty())
        for (const QString &l : s.qualityTip.split(QLatin1Char('\n')))
            t << QStringLiteral("  - %1").arg(l);
    t << QString();
    if (r.detection) {
        const DetectionResult &d = *r.detection;
        t << Text::tr("Detection: score %1 (%2)").arg(num(d.clip.score, 4), sideOf(d));
        t << QStringLiteral("  ") + Text::tr("convention: %1").arg(d.scoreConvention);
        t << QStringLiteral("  ") + Text::tr("timeline: %1 windows of %2 samples every %3 at %4 Hz").arg(d.timeline.size()).arg(d.window).arg(d.hop).arg(d.modelRate);
        if (d.lr.given)
            t << QStringLiteral("  ") + Text::tr("likelihood ratio %1 (log10 %2): %3").arg(formatLr(d.lr.llr), num(d.lr.log10Lr(), 2), shownVerbal(d.lr.verbal))
              << QStringLiteral("  ") + Text::tr("calibration: %1").arg(d.lr.calibration);
        else if (d.lr.due)
            t << QStringLiteral("  ") + Text::tr("likelihood ratio WITHHELD:") << QStringLiteral("    - %1").arg(shownReasons(d.lr.withheldReasons, d.verdict).join(QStringLiteral("\n    - ")));
        else
            t << QStringLiteral("  ") + Text::tr("no likelihood ratio (the model states no calibration)");
    } else {
        t << Text::tr("Detection: not run");
    }
    t << QString();
    if (r.tracing) {
        const TraceResult &tr = *r.tracing;
        t << Text::tr("Tracing: back-end %1, library %2 (SHA-256 %3)").arg(tr.backend, tr.libraryPath, tr.librarySha256);
        for (std::size_t i = 0; i < tr.decisions.size(); ++i) {
            const LevelDecision &ld = tr.decisions[i];
            QString line = QStringLiteral("  %1: %2").arg(sourceLevelName(ld.level), ld.decision);
            if (ld.threshold)
                line += QStringLiteral(" ") + Text::tr("(open-set threshold %1)").arg(num(*ld.threshold, 4));
            t << line;
            for (std::size_t k = 0; k < ld.ranked.size() && k < 3; ++k)
                t << QStringLiteral("      %1. %2  %3").arg(k + 1).arg(ld.ranked[k].source, num(ld.ranked[k].score, 4));
            if (i < tr.lrs.size() && tr.lrs[i].given)
                t << QStringLiteral("    ") + Text::tr("LR %1 (log10 %2): %3").arg(formatLr(tr.lrs[i].llr), num(tr.lrs[i].log10Lr(), 2), shownVerbal(tr.lrs[i].verbal));
            else if (i < tr.lrs.size() && tr.lrs[i].due)
                t << QStringLiteral("    ") + Text::tr("LR withheld: %1").arg(shownReasons(tr.lrs[i].withheldReasons, tr.verdict).join(QStringLiteral("; ")));
        }
    } else {
        t << Text::tr("Tracing: not run");
    }
    if (r.explanation) {
        const ExplanationResult &x = *r.explanation;
        t << QString() << Text::tr("Explanation: %1, %2 steps, baseline %3, completeness gap %4 %")
                              .arg(x.targetDescription).arg(x.steps).arg(x.baseline).arg(num(100 * x.completenessError, 2));
    }
    if (!r.problems.isEmpty())
        t << QString() << Text::tr("Problems:") << QStringLiteral("  - %1").arg(r.problems.join(QStringLiteral("\n  - ")));
    return t.join(QLatin1Char('\n'));
}

} // namespace st
