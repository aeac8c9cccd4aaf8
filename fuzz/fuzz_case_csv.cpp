// Fuzz target: the readers of core/case (docs/case-files.md). The first input byte picks the reader (byte % 4),
// the rest is the input:
//   0 the annotations CSV reader (parseAnnotationsCsv): every row it accepts is valid, every problem names the
//     file and a line, and writing the accepted rows and reading them back gives the same rows (round trip)
//   1 the audit log JSON Lines verifier (verifyAuditJsonlBytes): a verdict that is consistent (ok <=> no bad seq)
//   2 the canonical JSON: any JSON object Qt reads canonicalises to text that is canonical and reads back to itself
//   3 a case file (CaseFile::open read-only, then every reader, verifyChain, verifyRecords, the CSV and JSONL
//     exports): st::Error or a result, never a crash
#include "FuzzSupport.h"

#include "case/AnnotationCsv.h"
#include "case/AuditLog.h"
#include "case/CanonicalJson.h"
#include "case/CaseFile.h"

#include <QJsonDocument>

namespace {

void csv(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.csv");
    const st::AnnotationCsvRead r = st::parseAnnotationsCsv(bytes, name);
    for (const QString &p : r.problems)
        if (!p.startsWith(name + QLatin1Char(':')))
            std::abort();
    std::vector<std::pair<QString, st::Annotation>> rows;
    for (const st::AnnotationCsvRow &row : r.rows) {
        if (!st::annotationProblem(row.annotation).isEmpty() || row.evidenceSha256.size() != 64 || row.line < 2)
            std::abort();
        rows.emplace_back(row.evidenceSha256, row.annotation);
    }
    const QByteArray written = st::writeAnnotationsCsv(rows);
    const st::AnnotationCsvRead again = st::parseAnnotationsCsv(written, name);
    if (!again.ok() || again.rows.size() != r.rows.size())
        std::abort();
    for (std::size_t i = 0; i < again.rows.size(); ++i) {
        const st::Annotation &a = r.rows[i].annotation, &b = again.rows[i].annotation;
        // Text that is not valid Unicode (lone surrogates) cannot survive UTF-8; everything else must.
        if (a.startS != b.startS || a.endS != b.endS || !(a.band == b.band) || a.cue != b.cue || a.locality != b.locality
            || a.audible != b.audible || a.text.toUtf8() != b.text.toUtf8() || r.rows[i].evidenceSha256 != again.rows[i].evidenceSha256)
            std::abort();
    }
    if (st::writeAnnotationsCsv(rows) != written)
        std::abort();
}

void jsonl(const QByteArray &bytes)
{
    const st::ChainVerification v = st::verifyAuditJsonlBytes(bytes);
    if (v.ok != (v.firstBadSeq == 0) || (v.ok && (v.entries <= 0 || !v.reason.isEmpty())) || (!v.ok && v.reason.isEmpty()))
        std::abort();
}

void canonical(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !d.isObject())
        return;
    const QByteArray c = st::canonicalJson(d.object());
    if (!st::isCanonicalJsonObject(c))
        std::abort();
}

void caseFile(const uint8_t *data, size_t size)
{
    const QString path = stfuzz::writeInput(data, size, QStringLiteral("fuzz.stcase"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    stfuzz::expectCleanError([&] {
        const st::CaseFile c = st::CaseFile::open(path, QStringLiteral("fuzz"), st::CaseOpenMode::ReadOnly);
        (void)c.info();
        (void)c.qualityThresholdsJson();
        for (const st::EvidenceItem &item : c.evidence())
            (void)c.verificationHistory(item.id);
        (void)c.analyses();
        (void)c.annotations();
        (void)c.reportVersions();
        const st::ChainVerification v = c.verifyChain();
        if (v.ok != (v.firstBadSeq == 0))
            std::abort();
        (void)c.verifyRecords();
        c.exportAnnotationsCsv(stfuzz::scratchDir() + QStringLiteral("/out.csv"), 0, true);
        c.exportAuditLog(stfuzz::scratchDir() + QStringLiteral("/out.jsonl"), true);
        // The export verifies exactly when the chain does.
        if (st::verifyAuditJsonl(stfuzz::scratchDir() + QStringLiteral("/out.jsonl")).ok != v.ok)
            std::abort();
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    stfuzz::ensureApp();
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: csv(rest); break;
    case 1: jsonl(rest); break;
    case 2: canonical(rest); break;
    default: caseFile(data + 1, size - 1); break;
    }
    return 0;
}
