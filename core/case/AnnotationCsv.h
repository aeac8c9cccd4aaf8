#pragma once
// Annotations as CSV (RFC 4180, UTF-8), the exchange format of `case annotations --csv / --import`:
//
//     evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text
//
// One row per annotation; the evidence item is named by its intake SHA-256 (so a file moves between cases of
// the same evidence); low_hz and high_hz are both empty (no band) or both numbers; cue is one of the cue names;
// locality 1..5; audible yes/no (true/false and 1/0 are read too). Fields with a comma, a quote, CR or LF are
// quoted ("" inside quotes is one quote). Records end with CRLF when written; CRLF or LF are read; a UTF-8 BOM
// is skipped; entirely empty lines are skipped. Numbers are written as case/CanonicalJson.h's canonicalNumber
// (the shortest text that reads back to the same double), so export -> import -> export is byte-identical.
#include "case/Annotation.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace st {

/// The header line, without line end.
QString annotationCsvHeader();

struct AnnotationCsvRow
{
    int line = 0;            ///< where the record starts (1-based; the header is line 1)
    QString evidenceSha256;  ///< lower-case; empty in a file-keyed CSV (see AnnotationCsvKey)
    QString file;            ///< the protocol's `file` id in a file-keyed CSV; empty otherwise
    Annotation annotation;   ///< evidenceId 0, no author or times
};

struct AnnotationCsvRead
{
    std::vector<AnnotationCsvRow> rows; ///< the good rows
    QStringList problems;               ///< "file:line: cause" for every bad row (all rows are read)
    bool ok() const { return problems.isEmpty(); }
};

/// How rows name their clip. Sha256 (the case exchange format): the first column is evidence_sha256.
/// Sha256OrFile (annotations over a protocol, e.g. for `artefacts`): the first column is either
/// evidence_sha256 (64 hex digits) or `file` (the protocol's file id, any non-empty text), chosen by the header.
enum class AnnotationCsvKey { Sha256, Sha256OrFile };

/// Reads and checks every row (annotationProblem() included). Never throws for the content: every bad row
/// becomes a problem naming file and line. Throws st::Error when the file cannot be read or is over 64 MiB.
AnnotationCsvRead readAnnotationsCsv(const QString &path, AnnotationCsvKey key = AnnotationCsvKey::Sha256);
/// The same for bytes; `name` is the file name used in the messages.
AnnotationCsvRead parseAnnotationsCsv(const QByteArray &bytes, const QString &name,
                                      AnnotationCsvKey key = AnnotationCsvKey::Sha256);

/// One CSV record (no line end) of the nine fields of `a` for the item with `sha256`.
QByteArray annotationCsvRecord(const QString &sha256, const Annotation &a);
/// Header and records, each ending in CRLF.
QByteArray writeAnnotationsCsv(const std::vector<std::pair<QString, Annotation>> &rows);

/// One RFC 4180 field, quoted when needed.
QByteArray csvField(const QString &text);

} // namespace st
