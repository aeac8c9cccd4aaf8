#pragma once
// The court report of a case: a PDF written with Qt's own PDF writer (QPdfWriter + QTextDocument), or the same
// document as one self-contained HTML file. QtGui only (no widgets): the CLI renders it too, under the offscreen
// platform. docs/report.md describes what the report states and where each figure comes from.
#include "case/CaseFile.h"

#include <QList>
#include <QString>

namespace st {

enum class ReportFormat { Pdf, Html };

struct ReportOptions
{
    ReportFormat format = ReportFormat::Pdf;
    /// The evidence items to report (empty: every item of the case).
    QList<qint64> itemIds;
    /// Free text the examiner adds to the report (optional).
    QString examinerStatement;
    /// Hash every reported item again first (each verification stored and logged, evidence.verified), so that the
    /// report states the evidence as it is now: a file changed or gone since its last verification shows as blocked.
    bool verifyEvidence = true;
};

/// Writes the report of the case to `outPath` (refuses to overwrite an existing file), then records it in the
/// case (CaseFile::recordReportFile: the version, the SHA-256 of the file, the audit head; logged as
/// report.exported) and returns that version. The report states the stored analyses (the newest of each item),
/// never recomputes them; with options.verifyEvidence the items are verified first. Refuses a read-only case (the
/// report could not be recorded). Needs a QGuiApplication. Throws st::Error naming the file and the
/// cause; on error no file is left behind and nothing is recorded.
ReportVersion exportCaseReport(CaseFile &caseFile, const QString &outPath, const ReportOptions &options = {});

/// The format's usual file extension (".pdf", ".html").
QString reportExtension(ReportFormat format);

} // namespace st
