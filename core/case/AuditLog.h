#pragma once
// The case's audit log: an append-only, hash-chained list of what was done to the case (docs/case-files.md).
//
// Entry n (seq = n, from 1, contiguous) has
//     hash_n = lower-case hex SHA-256 of the UTF-8 bytes of
//         seq + "\n" + time + "\n" + user + "\n" + action + "\n" + details + "\n" + prevHash
// where seq is decimal, time is UTC ISO 8601 with milliseconds and a Z ("2025-03-01T09:15:02.123Z"), details
// is the canonical JSON text of a JSON object (case/CanonicalJson.h) and prevHash is hash_(n-1), or 64 zeros
// for entry 1. Changing, inserting or deleting an entry, anywhere but at the very end, breaks the chain; cutting
// off the last entries does not (compare the head against one recorded elsewhere: a report, an export).
//
// These functions are pure (no database): CaseFile stores and reads the entries, exports them as JSON Lines,
// and the same checks verify an export (verifyAuditJsonl) as scripts/verify_audit_log.py does.
#include <QList>
#include <QString>

namespace st {

struct AuditEntry
{
    int seq = 0;
    QString time;     ///< UTC, ISO 8601 with milliseconds, ending in Z
    QString user;
    QString action;   ///< "case.created", "evidence.added", ... (docs/case-files.md lists them)
    QString details;  ///< canonical JSON text of an object
    QString prevHash; ///< 64 lower-case hex digits
    QString hash;     ///< 64 lower-case hex digits
};

/// prevHash of entry 1.
QString auditGenesisHash();

/// The UTF-8 string that is hashed (see above).
QByteArray auditCanonicalString(const AuditEntry &e);
/// SHA-256 (lower-case hex) of auditCanonicalString(e).
QString auditEntryHash(const AuditEntry &e);

/// What verifying a chain found.
struct ChainVerification
{
    bool ok = false;
    int entries = 0;       ///< how many entries were read
    QString headHash;      ///< hash of the last entry (as stored; vouched for only when ok)
    int firstBadSeq = 0;   ///< the first entry that is wrong or missing; 0 when ok
    QString reason;        ///< why, in words; empty when ok
};

/// Checks seq contiguity (1..n), each prevHash, each recomputed hash, the details' canonical form and the
/// fields' syntax (time format, no control characters in user and action). An empty list is not a chain: a
/// case always starts with its case.created entry. `where` prefixes nothing; reason names the entry.
ChainVerification verifyAuditChain(const QList<AuditEntry> &entries);

/// Why `user` cannot sign an entry (empty when it can): a user name is 1..200 characters without control
/// characters (a newline in it would make two canonical strings alike).
QString auditUserProblem(const QString &user);

/// One JSON Lines record: {"seq":..,"time":..,"user":..,"action":..,"details":{..},"prevHash":..,"hash":..}
/// in that order, details written as its canonical text; no newline at the end.
QByteArray auditEntryJsonLine(const AuditEntry &e);

/// Reads a JSON Lines export (auditEntryJsonLine per line) and verifies it as a chain. A line that is not such
/// a record is reported as firstBadSeq = its line number's expected seq with "line N: cause". Never throws for
/// the content; throws st::Error when the file cannot be read (or exceeds 1 GiB).
ChainVerification verifyAuditJsonl(const QString &path);
/// The same for bytes already read (the fuzz target's entry).
ChainVerification verifyAuditJsonlBytes(const QByteArray &bytes);

} // namespace st
