#pragma once
// Writes a built report (ReportDocument.h) to a file: a PDF through Qt's own PDF writer (QPdfWriter and
// QTextDocument: A4, every page with a header naming the report and a footer naming the case and "page i of n"),
// or one self-contained HTML file (the figures embedded as data: URIs). Needs a QGuiApplication (fonts). These
// write `path` directly: CaseReport.cpp writes to a temporary name and renames.
#include "report/ReportDocument.h"

#include <QString>

namespace st {

/// The page body's width of the PDF in the 96-dpi pixels QTextDocument sizes images in (for ReportLayout::figureWidth).
int reportPdfBodyWidth();

/// Throws st::Error naming `path` when it cannot be written. Returns the number of pages.
int writeReportPdf(const ReportContent &content, const QString &path);

/// Throws st::Error naming `path` when it cannot be written.
void writeReportHtml(const ReportContent &content, const QString &path);

} // namespace st
