#pragma once
// An analysis inside a case: the evidence item is verified first (its SHA-256 against the intake hash; the
// verification is stored and logged), a blocked item (missing or changed) is not analysed, the analysis runs with
// the case's quality thresholds, and the result is stored with its settings in the same case (and logged in the
// audit chain). Stored analyses are read back without any model (storedAnalysisResult).
#include "analysis/EvidenceAnalysis.h"
#include "case/CaseFile.h"

namespace st {

/// The settings an analysis of this case uses: `base` with the case's quality thresholds (when the case has some).
AnalysisSettings caseAnalysisSettings(const CaseFile &c, AnalysisSettings base = {});

/// Verifies item `evidenceId` (stored, logged), refuses a blocked one (st::Error naming the file and why), analyses
/// it with `settings` (the case's thresholds filled in by caseAnalysisSettings) and stores the result as kind "full".
/// Throws st::Error or JobCancelled; nothing is stored then, but the verification is.
StoredAnalysis analyseCaseItem(CaseFile &c, qint64 evidenceId, const AnalysisSettings &settings, ModelCache &cache,
                               JobContext *ctx = nullptr, AnalysisResult *result = nullptr);

/// A stored analysis read back (its result JSON). Throws st::Error naming the case and the analysis.
AnalysisResult storedAnalysisResult(const CaseFile &c, const StoredAnalysis &a);

} // namespace st
