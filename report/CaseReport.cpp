// TEMPORARY scaffolding so that the GUI links while the report is written (replaced by the report module).
#include "report/CaseReport.h"

namespace st {

ReportVersion exportCaseReport(CaseFile &, const QString &outPath, const ReportOptions &)
{
    throw Error(outPath, QStringLiteral("the report writer is not built yet"));
}

QString reportExtension(ReportFormat format)
{
    return format == ReportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
}

} // namespace st
