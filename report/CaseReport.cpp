// exportCaseReport: verify the items, build the document from the stored analyses, write it under a temporary
// name beside the target, rename it (never over an existing file) and record it in the case.
#include "report/CaseReport.h"

#include "report/ReportDocument.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryFile>

namespace st {

namespace {
/// The translation context of this file's texts (no QObject here to give them one).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::CaseReport)
};
} // namespace

ReportVersion exportCaseReport(CaseFile &caseFile, const QString &outPath, const ReportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(outPath, Text::tr("the report needs a QGuiApplication (its fonts and images); none is running"));
    if (caseFile.isReadOnly())
        throw Error(caseFile.path(), QStringLiteral("opened read-only (%1): a report could not be recorded in it; "
                                                    "make a copy with Save As and report from the copy")
                                         .arg(caseFile.readOnlyReason()));
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink())
        throw Error(outPath, Text::tr("exists already: a report is never overwritten; choose another file name"));
    if (!target.absoluteDir().exists())
        throw Error(outPath, Text::tr("its folder %1 does not exist").arg(target.absolutePath()));

    // The items to report must exist before anything is verified (and logged).
    QList<qint64> ids = options.itemIds;
    if (ids.isEmpty())
        for (const EvidenceItem &e : caseFile.evidence())
            ids << e.id;
    for (qint64 id : ids)
        caseFile.evidenceItem(id);
    // No ConnectionHold: the GUI calls this too, and it never keeps the case's connection open (docs/case-files.md).
    if (options.verifyEvidence)
        for (qint64 id : ids)
            caseFile.verifyEvidence(id);

    QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!tmp.open())
        throw Error(outPath, Text::tr("cannot be written: a temporary file in %1 could not be made (%2)")
                                 .arg(target.absolutePath(), tmp.errorString()));
    const QString tmpPath = tmp.fileName();
    tmp.close();

    ReportLayout layout;
    layout.figureWidth = options.format == ReportFormat::Pdf ? reportPdfBodyWidth() : 900;
    // The report states the audit head; it must still be the head when the report is recorded. Another process
    // writing to the case meanwhile makes the report be built again.
    ReportContent content;
    for (int attempt = 0;; ++attempt) {
        content = buildCaseReport(caseFile, options, layout);
        if (options.format == ReportFormat::Pdf)
            writeReportPdf(content, tmpPath);
        else
            writeReportHtml(content, tmpPath);
        if (caseFile.auditHead().hash == content.auditHead.hash)
            break;
        if (attempt == 2)
            throw Error(caseFile.path(), Text::tr("the case kept changing while the report was written; try again"));
    }
    // QTemporaryFile makes the file private (0600); a report is a document to hand over: rw-r--r--.
    QFile::setPermissions(tmpPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!QFile::rename(tmpPath, target.absoluteFilePath()))
        throw Error(outPath, QFileInfo::exists(outPath)
                                 ? Text::tr("exists already: a report is never overwritten; choose another file name")
                                 : Text::tr("the report could not be moved into place"));
    try {
        return caseFile.recordReportFile(target.absoluteFilePath(), options.format == ReportFormat::Pdf ? QStringLiteral("pdf")
                                                                                                         : QStringLiteral("html"));
    } catch (...) {
        QFile::remove(target.absoluteFilePath());
        throw;
    }
}

QString reportExtension(ReportFormat format)
{
    return format == ReportFormat::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
}

} // namespace st
