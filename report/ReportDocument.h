#pragma once
// The court report's content, built from a case without any file output: one HTML text that both Qt's rich-text
// engine (QTextDocument, for the PDF) and a browser read, and the figures it refers to. Results are stated from the
// stored analyses (the newest of each item; nothing is recomputed, no model runs); the evidence file is read
// (read-only) only to draw the explanation figures, and only when its last verification found it unchanged.
// docs/report.md describes each section.
#include "case/CaseFile.h"
#include "report/CaseReport.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace st {

/// Where the figures go: their width in CSS pixels (96 per inch; the PDF writer scales them to its resolution).
struct ReportLayout
{
    int figureWidth = 900;
};

struct ReportContent
{
    QString title;          ///< "SourceTrace examination report: case 2026-17"
    QString footer;         ///< the left part of each PDF page's footer ("Case 2026-17 · …")
    QString html;           ///< the whole document; figures as <img src="figure:N">
    QList<QPair<QString, QImage>> figures; ///< name ("figure:N") and image
    AuditHead auditHead;    ///< the audit head the report states (it must still be the head when it is recorded)
    QList<qint64> items;    ///< the items reported
};

/// Builds the report of `c` (read only: nothing is written to the case). Unknown item ids in `options.itemIds` are
/// st::Error naming the case. A stored analysis that cannot be read is stated in the report, never thrown.
ReportContent buildCaseReport(const CaseFile &c, const ReportOptions &options, const ReportLayout &layout = {});

/// The "Known limits" section of the model card of `modelName` as HTML (the cards compiled into this build: the
/// default model's docs/model-card.md); empty when this build has no card for it.
QString modelCardLimitsHtml(const QString &modelName);

/// A few Markdown constructs (paragraphs, "- " lists, **bold**, `code`, tables as text) as HTML.
QString markdownToHtml(const QString &markdown);

} // namespace st
