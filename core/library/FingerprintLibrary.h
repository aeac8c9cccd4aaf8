#pragma once
// A fingerprint library: the enrolled sources of one embedding model, stored in one SQLite file.
//
// Promises:
//  - One database file per library, opened through Qt SQL (QSQLITE) on a connection of its own (unique name per
//    instance, so several instances, on several threads and processes, can use one file), in WAL mode. The
//    connection is open only during an operation (ConnectionHold keeps it longer): POSIX locks belong to the
//    process, and anything else closing a descriptor of the file would drop them (docs/library.md, "Locking").
//  - Reading (LibraryAccess::ReadOnly / Inspect) changes no byte of the file; the file is identified as a
//    library through SQLite before anything else. Writes wait for each other (BEGIN IMMEDIATE, busy timeout)
//    and are refused in a library that verify() finds damaged.
//  - Every change runs in one transaction; on any error the transaction is rolled back and st::Error is thrown,
//    so a crash or a failure never leaves a half-changed source behind.
//  - The schema carries a version (PRAGMA user_version); opening an older file applies the missing migrations
//    of migrations() in order, all inside one transaction. A file newer than this build is refused.
//  - A library is bound to one model (manifest name, weights SHA-256, embedding dimension). Anything that adds
//    or scores embeddings checks the model first and refuses another one with a message naming both.
//  - A source is (level, name). Its fingerprint is the mean of its enrolment embeddings, kept in the database
//    with the count; the enrolment embeddings (float32), their clip's SHA-256 and path and the date are kept
//    too, so verify() can recompute every fingerprint and count and say where they disagree.
//  - Enrolling a clip (SHA-256) a source already holds changes nothing and is counted as skipped.
//  - rename / merge / remove / restore are invertible: remove() and merge() return snapshots that restore()
//    puts back (an undo stack keeps them).
// The class is not thread-safe: use one instance per thread (they may share the file).
#include "eval/ScoringBackend.h"
#include "library/SourceLevel.h"
#include "library/StopaFingerprintCsv.h"
#include "models/ModelManifest.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;

namespace st {

/// Which model a library's embeddings come from.
struct ModelBinding
{
    QString name;          ///< manifest name, e.g. "aasist-stopa"
    QString weightsSha256; ///< lower-case hex
    int dimension = 0;

    static ModelBinding of(const ModelManifest &m) { return {m.name, m.weightsSha256, m.embeddingDim}; }
    /// "aasist-stopa (weights fcca87bfd8ef..., 160-d)".
    QString describe() const;
    bool operator==(const ModelBinding &o) const
    {
        return name == o.name && weightsSha256 == o.weightsSha256 && dimension == o.dimension;
    }
};

/// One clip to enrol: its embedding and its labels at one or more levels (a source per label).
struct EnrolmentClip
{
    QString sha256;                    ///< of the clip's file (the identity used for idempotence)
    QString path;                      ///< where it was read from (for the audit trail)
    std::vector<float> embedding;
    QMap<SourceLevel, QString> labels; ///< empty labels are ignored
    /// Attributes set (replaced) on the clip's source of that level, e.g. {Attack: {acoustic_model: X}}.
    QMap<SourceLevel, QMap<QString, QString>> attributes;
};

struct EnrolReport
{
    int added = 0;   ///< (source, clip) memberships added
    int skipped = 0; ///< memberships that were already there
    QStringList sources; ///< "level/name" of the sources that changed, sorted
};

struct SourceInfo
{
    qint64 id = 0;
    SourceLevel level = SourceLevel::Attack;
    QString name;
    int count = 0; ///< enrolment embeddings
    QDateTime created, modified;
    QMap<QString, QString> attributes;
};

struct EnrolmentRecord
{
    QString sha256;
    QString path;
    std::vector<float> embedding;
    QDateTime added;
};

/// Everything needed to put a source back exactly as it was (id, dates, attributes, enrolments).
struct SourceSnapshot
{
    qint64 id = 0;
    SourceLevel level = SourceLevel::Attack;
    QString name;
    QDateTime created, modified;
    QMap<QString, QString> attributes;
    std::vector<EnrolmentRecord> enrolments;
    bool isValid() const { return id > 0; }
};

/// An open-set threshold: the best score of a level below (or equal to) it means "unknown source".
struct StoredThreshold
{
    SourceLevel level = SourceLevel::Attack;
    QString backend;       ///< "cosine", "mahalanobis", "knn", or an OOD score ("msp", "energy", "nsd")
    double threshold = 0;
    QString rule;          ///< "eer" or "far"
    double targetFar = 0;  ///< for rule "far"
    double eer = 0;        ///< the development EER (fraction) at calibration
    QString protocolName;  ///< file name of the development protocol
    QString protocolSha256;
    QDateTime created;
};

/// A score-to-log-LR calibration of one level and back-end (eval/LinearCalibration: llr = a s + b, natural log),
/// trained on the development protocol's trials (every dev clip against every source of the level; target when
/// the labels agree). Trace applies it to the top candidate's score: H1 "the clip comes from this source", H2
/// "from another enrolled source". Stored in the meta table (key lr_calibration/<level>/<backend>, JSON), so
/// libraries of every schema version keep it.
struct StoredLrCalibration
{
    SourceLevel level = SourceLevel::Attack;
    QString backend;
    double a = 1.0, b = 0.0;
    double pTarget = 0.5;
    bool separable = false;      ///< the dev targets and non-targets did not overlap (a is ridge-limited)
    double devCllrRaw = 0, devCllrCalibrated = 0; ///< bits
    QString protocolName;        ///< file name of the development protocol
    QString protocolSha256;
    qint64 targets = 0, nontargets = 0;
    QDateTime created;
    double llr(double score) const { return a * score + b; }
};

/// A trained tracing back-end (TraceBackend: mlp, siamese-*) fitted on one level's enrolments, kept with the
/// library (table backend_fits, schema v3) so that tracing uses it without training again. Valid while
/// `enrolmentDigest` (library/TrainedBackends.h: enrolmentDigest) equals that of the level's enrolments.
struct StoredBackendFit
{
    SourceLevel level = SourceLevel::Attack;
    QString backend;
    QVariantMap params;      ///< the back-end's parameters (epochs, lr, seed, ..., weights)
    QString enrolmentDigest; ///< of the enrolments it was fitted on
    QStringList sources;     ///< the sources it was fitted on, sorted
    QByteArray state;        ///< TrainedScoringBackend::saveState()
    std::vector<double> losses; ///< mean training loss per epoch
    QDateTime created;
};

/// One disagreement found by verify(). `name` is empty for a problem of the whole file (SQLite's integrity
/// check, the schema, the model binding, thresholds); otherwise it names the source at `level`.
struct VerifyProblem
{
    SourceLevel level = SourceLevel::Attack;
    QString name;
    QString what;
    /// "attack A01: what" or "library: what".
    QString describe() const;
};

/// How a library file is opened.
enum class LibraryAccess {
    ReadWrite, ///< migrates an older schema; refuses a file that fails SQLite's quick_check or the library's checks
    ReadOnly,  ///< SQLITE_OPEN_READONLY: never changes the file (nor its journal mode); an older schema is refused
    Inspect,   ///< ReadOnly, and tolerates an incomplete model binding or a damaged schema (for verify())
};

/// One step of the schema history: applied inside the migration transaction.
struct LibraryMigration
{
    int toVersion;
    QString description;
    std::function<void(QSqlDatabase &db)> apply;
};

class FingerprintLibrary
{
public:
    static constexpr int kSchemaVersion = 3;

    /// Creates a new, empty library file bound to `model`. Throws st::Error when the file exists.
    static void create(const QString &path, const ModelBinding &model);
    /// Opens an existing library (ReadWrite: migrating an older schema). Throws st::Error naming the file.
    /// The file is identified as a SourceTrace library (application_id, user_version, meta table) through
    /// SQLite read-only before anything is written; nothing but SQLite ever opens the file.
    /// The SQLite connection is opened for each operation and closed after it (see docs/library.md, "Locking"):
    /// an instance that lives long (the GUI's) holds no file descriptor of the library between operations.
    explicit FingerprintLibrary(const QString &path, LibraryAccess access = LibraryAccess::ReadWrite);
    ~FingerprintLibrary();
    FingerprintLibrary(const FingerprintLibrary &) = delete;
    FingerprintLibrary &operator=(const FingerprintLibrary &) = delete;

    /// Keeps the connection open while it lives (several operations on one connection), for a process that
    /// knows nothing else in it opens the library file meanwhile (the CLI). The GUI never holds one.
    class ConnectionHold
    {
    public:
        explicit ConnectionHold(const FingerprintLibrary &library);
        ~ConnectionHold();
        ConnectionHold(const ConnectionHold &) = delete;
        ConnectionHold &operator=(const ConnectionHold &) = delete;

    private:
        const FingerprintLibrary &m_library;
    };

    QString path() const { return m_path; }
    bool readOnly() const { return m_access != LibraryAccess::ReadWrite; }
    /// SQLite's application_id of SourceTrace libraries ('STLB'), set by create() and by the first write.
    static constexpr int kApplicationId = 0x53544C42;
    /// Largest embedding dimension a library may declare (bounds every allocation made from its contents).
    static constexpr int kMaxDimension = 1 << 16;
    ModelBinding model() const { return m_model; }
    int schemaVersion() const;
    QString journalMode() const;
    /// Runs the checks that guard every write (verify() with SQLite's quick_check) unless they passed already;
    /// throws st::Error naming the first problem. The first write does it anyway; call it to fail early.
    void checkForWriting();
    /// Throws st::Error ("library L is bound to model A ...; refusing model B ...") unless `m` is its model.
    void checkModel(const ModelBinding &m) const;

    // --- enrolment ---
    /// Adds the clips in ONE transaction (all or nothing); each clip's embedding must have the library's
    /// dimension and finite values. Updates every touched source's count and fingerprint.
    EnrolReport enrol(const std::vector<EnrolmentClip> &clips);
    void setAttribute(SourceLevel level, const QString &name, const QString &key, const QString &value);

    // --- reading ---
    /// Sources of one level (or all when level is empty), in creation order (id).
    QList<SourceInfo> sources(std::optional<SourceLevel> level = std::nullopt) const;
    bool hasSource(SourceLevel level, const QString &name) const;
    SourceInfo source(SourceLevel level, const QString &name) const; ///< throws when absent
    std::vector<float> fingerprint(SourceLevel level, const QString &name) const;
    std::vector<EnrolmentRecord> enrolments(SourceLevel level, const QString &name) const;
    /// The enrolment embeddings of every source of a level (what the scoring back-ends fit on).
    EnrolmentSet enrolmentSet(SourceLevel level) const;
    /// Levels that have at least one source.
    std::vector<SourceLevel> levels() const;

    // --- editing (each one transaction) ---
    void rename(SourceLevel level, const QString &from, const QString &to);
    /// Moves the enrolments of `from` into `into` (those `into` already holds are dropped) and removes `from`.
    /// Returns the snapshots of both before the merge: restore(first); restore(second) undoes it.
    std::pair<SourceSnapshot, SourceSnapshot> merge(SourceLevel level, const QString &from, const QString &into);
    SourceSnapshot remove(SourceLevel level, const QString &name);
    SourceSnapshot snapshot(SourceLevel level, const QString &name) const;
    /// Puts a snapshot back, replacing any source of that level and name (and keeping its id when free).
    void restore(const SourceSnapshot &s);

    /// Every check of the file: SQLite's integrity_check (quick_check when `quick`) and foreign_key_check, the
    /// schema (tables and columns of this version), the model binding (name, weights SHA-256, dimension), valid
    /// level names, every enrolment embedding finite and of the bound dimension with a clip SHA-256, each
    /// source's count and fingerprint = the mean of its enrolments (within `tolerance`, relative to the vector's
    /// largest magnitude), thresholds and LR calibrations finite with valid levels, stored back-end fits (valid level,
    /// state SHA-256, a state that decodes for the bound dimension, finite losses). Never throws for damage
    /// it can describe; an empty list means a sound library.
    QList<VerifyProblem> verify(double tolerance = 1e-6, bool quick = false) const;

    // --- exchange ---
    /// Each CSV row becomes a source of `level` with one enrolment (the row itself; its "clip" SHA-256 is that
    /// of the row's text, path "CSV#name"), so its fingerprint is the row exactly. Idempotent.
    EnrolReport importStopaCsv(const QString &csvPath, SourceLevel level);
    /// The fingerprints of a level in creation order (export(import(csv)) is byte-identical to csv).
    StopaFingerprintCsv exportStopa(SourceLevel level) const;
    /// Fingerprints (N x D float32) to `npyPath` and their names, one a line, to `npyPath` + ".sources.txt";
    /// with `enrolmentsToo`, every enrolment embedding instead (rows in source order) and "source<TAB>sha256".
    void exportNpy(SourceLevel level, const QString &npyPath, bool enrolmentsToo = false) const;

    // --- open-set thresholds ---
    void setThreshold(const StoredThreshold &t);
    std::optional<StoredThreshold> threshold(SourceLevel level, const QString &backend) const;
    QList<StoredThreshold> thresholds() const;

    // --- likelihood-ratio calibrations (one per level and back-end; replaced when stored again) ---
    void setLrCalibration(const StoredLrCalibration &c);
    std::optional<StoredLrCalibration> lrCalibration(SourceLevel level, const QString &backend) const;
    QList<StoredLrCalibration> lrCalibrations() const;

    // --- trained back-ends (one fit per level and back-end) ---
    /// Replaces every stored fit of `backend` by `fits` (all of that back-end), in one transaction.
    void setBackendFits(const QString &backend, const QList<StoredBackendFit> &fits);
    /// The stored fits of `backend` (all back-ends when empty), by back-end then level. Throws st::Error on a
    /// damaged row (invalid level, state whose SHA-256 differs from the one stored with it).
    QList<StoredBackendFit> backendFits(const QString &backend = {}) const;

    /// The schema history, oldest first (version 1 is the initial schema).
    static const std::vector<LibraryMigration> &migrations();

private:
    friend class LibraryConnectionUse;
    QSqlDatabase db() const;
    void connect() const;
    void disconnect() const;
    void identify() const;
    void checkBeforeWriting();
    void migrate();
    void loadModel();
    qint64 sourceId(SourceLevel level, const QString &name, bool mustExist) const;
    void refreshSource(qint64 id);
    template <class F> void transaction(const QString &what, F &&f);

    QString m_path;
    LibraryAccess m_access = LibraryAccess::ReadWrite;
    mutable QString m_connection; ///< empty while no connection is open
    mutable int m_uses = 0;       ///< nesting depth of the operations running on the connection
    mutable bool m_immutable = false; ///< read-only media: opened with SQLite's immutable=1
    mutable int m_version = 0;
    mutable int m_applicationId = 0;
    QString m_identity; ///< model binding + creation date, checked at every connection
    bool m_writeChecked = false; ///< verify() found nothing before this instance's first write
    ModelBinding m_model;
};

/// SHA-256 (lower-case hex) of bytes; exposed for enrolment of embedding-only clips and for the tests.
QString sha256Hex(const QByteArray &bytes);

} // namespace st
