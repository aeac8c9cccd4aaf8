// sourcetrace-cli case report: the court report of a case (report/CaseReport.h, docs/report.md), a PDF or one
// self-contained HTML file, stated from the stored analyses and recorded in the case (its SHA-256 and the audit
// head). main_cli.cpp runs this command under a QGuiApplication (offscreen without a display).
#include "cli/CaseCliSupport.h"
#include "cli/CliCommand.h"

#include "case/CaseFile.h"
#include "report/CaseReport.h"
#include "util/Error.h"
#include <QCoreApplication>

namespace st::cli {

int caseReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CaseReportCommand", "The court report of a case: case and examiner, the evidence with its hashes and verifications, each item's\n"
        "newest stored analysis (quality, detection score with its likelihood ratio or why it was withheld, tracing\n"
        "per level with the open-set decision, the explanation figures), annotations, the models' known limits,\n"
        "provenance and the audit head. Every item is verified first (stored and logged). The report is never\n"
        "written over an existing file; its SHA-256 is recorded in the case (report.exported)."));
    p.addPositionalArgument(QStringLiteral("OUT"), QCoreApplication::translate("CaseReportCommand", "The report file to write (.pdf, or .html with --html)."), QStringLiteral("OUT"));
    p.addOption({QStringLiteral("html"), QCoreApplication::translate("CaseReportCommand", "One self-contained HTML file instead of a PDF.")});
    p.addOption({QStringLiteral("item"), QCoreApplication::translate("CaseReportCommand", "An item to report (repeatable; default: every item)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("statement"), QCoreApplication::translate("CaseReportCommand", "The examiner's statement to include (text)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("no-verify"), QCoreApplication::translate("CaseReportCommand", "Do not hash the items again first (the report states their last verification).")});
    int code = 0;
    if (!parseCaseArgs(p, QStringLiteral("report"), args, 2, QStringLiteral("CASE OUT"), code))
        return code;
    ReportOptions o;
    o.format = p.isSet(QStringLiteral("html")) ? ReportFormat::Html : ReportFormat::Pdf;
    for (const QString &v : p.values(QStringLiteral("item"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError{QStringLiteral("sourcetrace-cli case report: ") + QCoreApplication::translate("CaseReportCommand", "--item needs an item id (a number from 1; `case info` lists them), not '%1'").arg(v)};
        o.itemIds << id;
    }
    o.examinerStatement = p.value(QStringLiteral("statement"));
    o.verifyEvidence = !p.isSet(QStringLiteral("no-verify"));
    CaseFile c = CaseFile::open(p.positionalArguments()[0], caseUser(p));
    if (c.isReadOnly())
        throw Error(c.path(), QCoreApplication::translate("CaseReportCommand", "opened read-only (%1): a report could not be recorded in it; use `case save-as`").arg(c.readOnlyReason()));
    const ReportVersion v = exportCaseReport(c, p.positionalArguments()[1], o);
    out(QCoreApplication::translate("CaseReportCommand", "report %1 written: %2 (%3)\n  SHA-256 %4\n  audit head %5 (%6 entries) recorded in the case")
            .arg(v.id)
            .arg(p.positionalArguments()[1], v.format, v.sha256, v.auditHead)
            .arg(v.auditEntries));
    return 0;
}

} // namespace st::cli
