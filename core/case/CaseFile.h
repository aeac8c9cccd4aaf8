#pragma once
// A case file: one examination (case number, examiner, evidence items with their intake SHA-256, verifications,
// analyses, annotations, exported report versions) and its hash-chained audit log, in one SQLite file (.stcase).
// docs/case-files.md describes the schema, the audit log and how to verify a case outside the application.
//
// Promises:
//  - One SQLite file, opened through Qt SQL (QSQLITE) in WAL mode, on a connection of the instance's own that is
//    open only during an operation (ConnectionHold keeps it longer): SQLite's POSIX locks belong to the process,
//    and anything else in it closing a descriptor of the file (a file dialog sniffing its type) drops them. A case
//    is identified through SQLite (application_id 'STCS', schema version, its tables) before anything is
//    written; a file that is not a case, a damaged one or one of a newer schema is refused with st::Error naming
//    the file and the cause.
//  - Every change runs in one transaction (BEGIN IMMEDIATE) together with the audit log entry that describes
//    it: the change and its entry are committed together or not at all. On any error the transaction is rolled
//    back and st::Error is thrown.
//  - The schema carries a version (PRAGMA user_version, and the schema_history table lists the migrations
//    applied); opening an older file read-write applies the missing migrations in one transaction. A file newer
//    than this build is refused.
//  - CaseOpenMode::ReadOnly opens with SQLITE_OPEN_READONLY: the file never changes (nothing is logged). A
//    read-write open verifies the audit chain first; when it is broken (or the file is write-protected, or its
//    append-only triggers were removed, or it holds triggers or views a case never has, or its tables disagree
//    with what the audit log says was done: verifyRecords()) the case is opened read-only instead and
//    readOnlyReason() says why; otherwise the open is logged (case.opened).
//  - The audit log is append-only: SQLite triggers refuse UPDATE and DELETE on it (and on analyses,
//    verifications and report versions; evidence items cannot be deleted) and any INSERT that does not extend
//    the chain. verifyChain() recomputes the whole chain.
//  - Evidence files are opened read-only (QIODevice::ReadOnly) to be hashed, never written.
//  - An item whose last verification found it missing or changed is blocked: storeAnalysis() refuses it and
//    callers must not analyse it (requireAnalysable()).
// Errors travel as st::Error (like FingerprintLibrary). The class is not thread-safe: one instance per thread
// (several instances, in several processes, may use one file; writers wait for each other).
#include "case/Annotation.h"
#include "case/AuditLog.h"
#include "case/EvidenceHash.h"
#include "util/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace st {

/// What the examiner states about the case when making it.
struct CaseInfo
{
    QString number;   ///< the case number (required)
    QString examiner; ///< the examiner's name (required)
    QString title;
    QString notes;
    QString caseId;   ///< a UUID given by create() (kept by saveAs())
    QDateTime created; ///< UTC, set by create()
};

enum class CaseOpenMode {
    ReadWrite, ///< migrates an older schema; logs case.opened; falls back to read-only (with a reason) when it must
    ReadOnly,  ///< SQLITE_OPEN_READONLY: reads only, logs nothing, never changes the file
};

/// The outcome of hashing an evidence item again.
enum class EvidenceState {
    Ok,         ///< the file's SHA-256 is the intake hash
    Missing,    ///< no file at the item's path
    Mismatch,   ///< the file's SHA-256 differs from the intake hash
    Unreadable, ///< the file is there but cannot be read (permissions, not a regular file, changed while read)
};
/// "ok", "missing", "mismatch", "unreadable".
QString evidenceStateName(EvidenceState s);
std::optional<EvidenceState> parseEvidenceState(const QString &name);

struct EvidenceItem
{
    qint64 id = 0;
    QString label;
    QString originalPath;  ///< where it was taken in from (absolute)
    QString currentPath;   ///< where it is now (relocateEvidence() changes it)
    qint64 size = 0;       ///< bytes at intake
    QString sha256;        ///< at intake, lower-case hex
    QDateTime intakeTime;  ///< UTC
    QString intakeUser;
    EvidenceState lastState = EvidenceState::Ok; ///< of the last verification (intake counts as one)
    QDateTime lastVerified;
    QString lastActualSha256; ///< what the last verification found (empty when missing / unreadable)
    /// Missing or changed at the last verification: must not be analysed.
    bool blocked() const { return lastState == EvidenceState::Missing || lastState == EvidenceState::Mismatch; }
};

struct EvidenceVerification
{
    qint64 evidenceId = 0;
    EvidenceState state = EvidenceState::Ok;
    QString path;           ///< the file that was hashed
    QString expectedSha256; ///< the intake hash
    QString actualSha256;   ///< empty when missing / unreadable
    QDateTime time;         ///< UTC
    QString user;
    QString message;        ///< in words: "ok", "the file is gone", "SHA-256 is X, intake was Y", ...
    bool recorded = false;  ///< stored in the case (and logged); false for checkEvidence()
};

/// One stored analysis of an evidence item. Its JSON texts are kept byte for byte.
struct StoredAnalysis
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    QString kind;           ///< "detection", "tracing", "full", ...
    QString settingsJson;
    QString resultJson;
    QDateTime created;      ///< UTC
    QString user;
    QString evidenceSha256; ///< what the verification just before the analysis found
};

/// One exported report.
struct ReportVersion
{
    qint64 id = 0;
    QString fileName;
    QString sha256;      ///< of the report's bytes
    QString format;      ///< "pdf", "html", "json", ...
    QDateTime created;   ///< UTC
    QString user;
    QString auditHead;   ///< the audit log's head hash when the report was made
    int auditEntries = 0; ///< and its number of entries (the report.exported entry comes after them)
};

/// The audit log's head: its number of entries and the last entry's hash.
struct AuditHead
{
    int entries = 0;
    QString hash;
};

/// One step of the schema history: applied inside the migration transaction.
struct CaseMigration
{
    int toVersion;
    QString description;
    std::function<void(QSqlDatabase &db)> apply;
};

/// The reading of an annotations CSV found bad rows: nothing was imported. message() lists them, one a line.
class AnnotationCsvError : public Error
{
public:
    AnnotationCsvError(const QString &path, const QStringList &problems);
    QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};

class CaseFile
{
public:
    static constexpr int kSchemaVersion = 1;
    /// SQLite's application_id of SourceTrace cases ('STCS').
    static constexpr int kApplicationId = 0x53544353;
    /// The usual extension of a case file.
    static QString extension() { return QStringLiteral(".stcase"); }

    /// Makes a new case file and returns it open read-write. Refuses an existing file (never overwrites), a
    /// missing number or examiner, an invalid user name. The file is made under a temporary name and renamed
    /// when complete; its first audit entry is case.created.
    static CaseFile create(const QString &path, const CaseInfo &info, const QString &user);
    /// Opens a case (see the promises above). Throws st::Error naming the file and the cause.
    static CaseFile open(const QString &path, const QString &user, CaseOpenMode mode = CaseOpenMode::ReadWrite);

    CaseFile(CaseFile &&other) noexcept;
    CaseFile &operator=(CaseFile &&other) noexcept;
    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    /// Keeps the connection open while it lives (several operations on one connection), for a process that knows
    /// nothing else in it opens the case file meanwhile (the CLI). Otherwise each operation opens the connection
    /// and closes it (see "Locking" in docs/case-files.md): the GUI never holds one.
    class ConnectionHold
    {
    public:
        explicit ConnectionHold(const CaseFile &c);
        ~ConnectionHold();
        ConnectionHold(const ConnectionHold &) = delete;
        ConnectionHold &operator=(const ConnectionHold &) = delete;

    private:
        const CaseFile &m_case;
    };

    QString path() const;
    QString user() const;
    bool isReadOnly() const;
    /// Why the case is read-only ("opened read-only", "the audit log is broken: ..."); empty when writable.
    QString readOnlyReason() const;
    /// The audit chain as verified when the case was opened.
    ChainVerification chainAtOpen() const;
    /// Problems found when opening besides the chain: missing append-only triggers, foreign triggers or views,
    /// tables that disagree with the audit log (verifyRecords()).
    QStringList integrityProblems() const;
    int schemaVersion() const;
    QString journalMode() const;
    static const std::vector<CaseMigration> &migrations();

    // --- case metadata ---
    CaseInfo info() const;
    /// The quality module's thresholds, stored as opaque JSON text (empty when none were set).
    QString qualityThresholdsJson() const;
    /// Replaces them (a JSON object, kept byte for byte; an empty string clears them); logs
    /// quality.thresholds.changed with before and after. Throws when the text is not a JSON object.
    void setQualityThresholdsJson(const QString &json);

    // --- evidence ---
    /// Takes in an evidence file: hashes it (read-only), stores path, size, SHA-256, intake time and label (the
    /// file name when empty); logs evidence.added. Refuses a file whose SHA-256 an item of the case already has
    /// (naming that item), a file that cannot be read, the case file itself.
    EvidenceItem addEvidence(const QString &path, const QString &label = {}, const HashProgress &progress = {});
    /// Every item, by id.
    QList<EvidenceItem> evidence() const;
    /// Throws st::Error when there is no such item.
    EvidenceItem evidenceItem(qint64 id) const;
    std::optional<EvidenceItem> findEvidenceBySha256(const QString &sha256) const;
    /// Hashes the item's file again and says what it found; stores nothing (works on a read-only case).
    EvidenceVerification checkEvidence(qint64 id, const HashProgress &progress = {}) const;
    /// checkEvidence(), stored as the item's last state (and in its history) and logged (evidence.verified).
    EvidenceVerification verifyEvidence(qint64 id, const HashProgress &progress = {});
    /// verifyEvidence() of every item, by id.
    QList<EvidenceVerification> verifyAll(const HashProgress &progress = {});
    /// Every stored verification of the item, oldest first (the intake is the first).
    QList<EvidenceVerification> verificationHistory(qint64 id) const;
    /// The item's last verification found it missing or changed.
    bool isBlocked(qint64 id) const;
    /// Throws st::Error saying why, when the item is blocked (or does not exist).
    void requireAnalysable(qint64 id) const;
    /// Points the item at another file, allowed only when that file's SHA-256 is the intake hash; stores the
    /// verification (state ok: the item is no longer blocked) and logs evidence.relocated.
    EvidenceItem relocateEvidence(qint64 id, const QString &newPath, const HashProgress &progress = {});

    // --- analyses (never deleted; a newer one of the same kind supersedes an older one) ---
    /// Stores an analysis of an item. `verifiedSha256` is what the verification just before the analysis found:
    /// it must be the item's intake hash, and the item must not be blocked. Both JSON texts must parse (object
    /// or array; empty settings are stored as "{}") and are kept byte for byte. Logs analysis.stored with the
    /// SHA-256 of both texts.
    StoredAnalysis storeAnalysis(qint64 evidenceId, const QString &kind, const QString &settingsJson,
                                 const QString &resultJson, const QString &verifiedSha256);
    /// The analyses of one item (all items when 0), oldest first.
    QList<StoredAnalysis> analyses(qint64 evidenceId = 0) const;
    /// Throws st::Error when there is no such analysis.
    StoredAnalysis analysis(qint64 id) const;
    /// The newest analysis of an item and kind.
    std::optional<StoredAnalysis> latestAnalysis(qint64 evidenceId, const QString &kind) const;

    // --- annotations ---
    /// Stores a new annotation (its id, author and times are set here); logs annotation.added with it.
    /// Throws st::Error with annotationProblem()'s words when it is invalid, or when the item does not exist.
    Annotation addAnnotation(const Annotation &a);
    /// Replaces the content of annotation a.id (the item cannot change); logs annotation.changed with before
    /// and after. Returns the stored annotation.
    Annotation updateAnnotation(const Annotation &a);
    /// Removes it; logs annotation.removed with what it was.
    void removeAnnotation(qint64 id);
    /// The annotations of one item (all when 0), by item, start, id.
    QList<Annotation> annotations(qint64 evidenceId = 0) const;
    Annotation annotation(qint64 id) const;
    /// Writes the annotations of one item (all when 0) as CSV (case/AnnotationCsv.h); refuses to overwrite
    /// unless `overwrite`. Returns the number of rows.
    int exportAnnotationsCsv(const QString &path, qint64 evidenceId = 0, bool overwrite = false) const;
    /// Imports every row of a CSV in one transaction (one annotations.imported entry naming the file and its
    /// SHA-256), or nothing: any bad row (syntax, values, an evidence_sha256 no item of this case has) throws
    /// AnnotationCsvError listing "file:line: cause" for every bad row. Returns the number imported.
    int importAnnotationsCsv(const QString &path);

    // --- report versions ---
    /// Records an exported report: its file name, the SHA-256 of its bytes, its format, and the audit head at
    /// that moment (before the report.exported entry this logs).
    ReportVersion recordReportExport(const QString &fileName, const QString &sha256, const QString &format);
    /// The same, hashing the report file (read-only).
    ReportVersion recordReportFile(const QString &reportPath, const QString &format);
    QList<ReportVersion> reportVersions() const;

    // --- audit log ---
    QList<AuditEntry> auditLog() const;
    /// Recomputes the whole chain from the file (never throws for damage it can describe).
    ChainVerification verifyChain() const;
    /// The tables against the audit log: replaying the log (case.created, evidence.added / verified / relocated,
    /// analysis.stored with its content hashes, annotation.* and annotations.imported, report.exported, quality
    /// thresholds) must give exactly what the tables hold. Each difference in words (a row changed, added or
    /// removed outside SourceTrace); empty when they agree. Run at every open (integrityProblems()).
    QStringList verifyRecords() const;
    AuditHead auditHead() const;
    /// The seq of the entry with that hash (0 when none): a head recorded earlier must still be in the chain.
    int findAuditHash(const QString &hash) const;
    /// Writes the log as JSON Lines (AuditLog.h: auditEntryJsonLine), which scripts/verify_audit_log.py checks
    /// on its own. Refuses to overwrite unless `overwrite`. Returns the number of entries.
    int exportAuditLog(const QString &path, bool overwrite = false) const;

    // --- copies ---
    /// Copies the whole case (SQLite VACUUM INTO: every table, the audit log, the triggers) to a new file (never
    /// overwritten), then logs case.saved_as in both: the copy's entry names the original and its head, the
    /// original's (when it is writable) names the copy and the copy's head. The copy's chain is verified before
    /// anything is logged in the original. Refuses a case whose chain is broken.
    void saveAs(const QString &newPath);

    struct Impl; ///< internal (CaseFilePrivate.h)

private:
    explicit CaseFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace st
