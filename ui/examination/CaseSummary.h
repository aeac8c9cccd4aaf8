#pragma once
// What the case panel shows of an evidence item and its stored analysis, in words: the verification state, the
// quality flag, the detection and tracing results in one line each (details in a tooltip), and the whole stored
// analysis as readable text. Read from what is stored: nothing is recomputed and no model is loaded.
#include "analysis/EvidenceAnalysis.h"
#include "case/CaseFile.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace st {

/// The verification state an item is shown with.
enum class ItemCheck {
    Ok,          ///< verified in this session: the SHA-256 is the intake hash
    Changed,     ///< the SHA-256 differs from the intake hash (blocked)
    Missing,     ///< the file is gone (blocked)
    Unreadable,  ///< the file is there but could not be read
    NotVerified, ///< not verified since the case was opened (the last stored state was ok)
};

/// "ok", "changed", "missing", "unreadable", "not verified".
QString itemCheckName(ItemCheck c);
/// The colour of the state on the dark theme (green, red, orange, amber, grey).
QColor itemCheckColour(ItemCheck c);
/// The state to show: `sessionCheck` (a check made in this session and not stored: a read-only case) wins; a stored
/// verification at or after `sessionStart` counts as this session's; a blocked item stays changed / missing whenever
/// it was verified; anything else is "not verified".
ItemCheck itemCheckOf(const EvidenceItem &e, const QDateTime &sessionStart,
                      const std::optional<EvidenceVerification> &sessionCheck = std::nullopt);

/// One line per column of the latest analysis, and its details for the tooltip.
struct AnalysisSummary
{
    enum class Quality { None, Passed, Warned, Flagged };
    Quality quality = Quality::None;
    QString qualityText, qualityTip;   ///< "passed", "passed, 2 warnings", "FLAGGED (1)", "not measured"
    QString detectionText, detectionTip; ///< "score −9.04 (spoof side), LR 5.1e-06" or "..., withheld: reason"
    QString traceText, traceTip;       ///< "attack: espeak-ng-harmonic (LR 14.2)" and every level in the tooltip
};

AnalysisSummary summariseAnalysis(const AnalysisResult &r);

/// A likelihood ratio from its natural log, as the CLI prints it ("5.1e-06", "14.2").
QString formatLr(double llr);

/// The whole stored analysis in words: item, analysis, settings, provenance, quality (measures, findings),
/// detection (score, convention, LR or why withheld, conditions), tracing (each level's decision, top candidates,
/// LR), explanation, problems.
QString analysisResultText(const EvidenceItem &e, const StoredAnalysis &a, const AnalysisResult &r);

} // namespace st
