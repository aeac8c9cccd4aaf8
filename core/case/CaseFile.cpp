// CaseFile: the file itself (connection, schema and migrations, identification, create/open), its metadata,
// the audit log and Save As. Evidence and analyses: CaseEvidence.cpp; annotations and reports: CaseAnnotations.cpp.
#include "case/CaseFile.h"
#include "case/CaseFilePrivate.h"

#include "BuildInfo.h"
#include "case/CanonicalJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <map>
#include <optional>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CaseFile) };
} // namespace

namespace st {

namespace casedb {

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QDateTime fromText(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }

void run(QSqlQuery &q, const QString &path, const QString &what)
{
    if (!q.exec())
        throw Error(path, Text::tr("%1 failed: %2").arg(what, q.lastError().text()));
}

void runSql(QSqlDatabase &db, const QString &path, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(path, Text::tr("SQL failed (%1): %2").arg(sql.simplified().left(60), q.lastError().text()));
}

QString sha256OfText(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

AuditEntry entryOf(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toInt();
    e.time = q.value(1).toString();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.details = q.value(4).toString();
    e.prevHash = q.value(5).toString();
    e.hash = q.value(6).toString();
    return e;
}

const char *kEntryColumns = "seq, time, user, action, details, prev_hash, hash";

} // namespace

AuditHead readHead(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    run(q, path, Text::tr("reading the audit log's head"));
    AuditHead h;
    if (q.next()) {
        h.entries = q.value(0).toInt();
        h.hash = q.value(1).toString();
    }
    return h;
}

AuditEntry appendAudit(QSqlDatabase &db, const QString &path, const QString &user, const QString &action,
                       const QJsonObject &details, const QString &time)
{
    AuditEntry e;
    e.prevHash = auditGenesisHash();
    e.seq = 1;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(QLatin1String(kEntryColumns)));
        run(q, path, Text::tr("reading the audit log's last entry"));
        if (q.next()) {
            const AuditEntry last = entryOf(q);
            // Never extend a chain whose end was changed since it was verified (at open): the new entry would
            // vouch for it.
            if (auditEntryHash(last) != last.hash)
                throw Error(path, Text::tr("the audit log's last entry (seq %1) no longer matches its hash: the log "
                                                 "was changed outside SourceTrace since the case was opened; nothing was "
                                                 "written (`sourcetrace-cli case verify` says more)").arg(last.seq));
            e.seq = last.seq + 1;
            e.prevHash = last.hash;
        }
    }
    e.time = time;
    e.user = user;
    e.action = action;
    e.details = QString::fromUtf8(canonicalJson(details));
    e.hash = auditEntryHash(e);
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO audit_log(seq, time, user, action, details, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(e.seq);
    ins.addBindValue(e.time);
    ins.addBindValue(e.user);
    ins.addBindValue(e.action);
    ins.addBindValue(notNull(e.details));
    ins.addBindValue(e.prevHash);
    ins.addBindValue(e.hash);
    run(ins, path, Text::tr("appending audit entry %1 (%2)").arg(e.seq).arg(action));
    return e;
}

} // namespace casedb

using namespace casedb;

namespace {

// Writers wait this long for another process's write transaction (BEGIN IMMEDIATE takes the lock at once).
constexpr int kBusyTimeoutMs = 60000;

QString buildText()
{
    return QStringLiteral("SourceTrace %1 (commit %2)").arg(QStringLiteral(SOURCETRACE_VERSION), QStringLiteral(SOURCETRACE_GIT_COMMIT));
}

// The tables of schema v1 and their columns (checked at every open).
const std::map<QString, QStringList> &requiredTables()
{
    static const std::map<QString, QStringList> t{
        {QStringLiteral("schema_history"), {QStringLiteral("version"), QStringLiteral("description"), QStringLiteral("applied")}},
        {QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("evidence"),
         {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("original_path"), QStringLiteral("current_path"),
          QStringLiteral("size"), QStringLiteral("sha256"), QStringLiteral("intake_time"), QStringLiteral("intake_user"),
          QStringLiteral("last_state"), QStringLiteral("last_verified"), QStringLiteral("last_actual_sha256")}},
        {QStringLiteral("verifications"),
         {QStringLiteral("id"), QStringLiteral("evidence_id"), QStringLiteral("time"), QStringLiteral("user"),
          QStringLiteral("state"), QStringLiteral("path"), QStringLiteral("actual_sha256"), QStringLiteral("message")}},
        {QStringLiteral("analyses"),
         {QStringLiteral("id"), QStringLiteral("evidence_id"), QStringLiteral("kind"), QStringLiteral("settings"),
          QStringLiteral("result"), QStringLiteral("created"), QStringLiteral("user"), QStringLiteral("evidence_sha256")}},
        {QStringLiteral("annotations"),
         {QStringLiteral("id"), QStringLiteral("evidence_id"), QStringLiteral("start_s"), QStringLiteral("end_s"),
          QStringLiteral("low_hz"), QStringLiteral("high_hz"), QStringLiteral("cue"), QStringLiteral("locality"),
          QStringLiteral("audible"), QStringLiteral("text"), QStringLiteral("author"), QStringLiteral("created"),
          QStringLiteral("modified")}},
        {QStringLiteral("reports"),
         {QStringLiteral("id"), QStringLiteral("file_name"), QStringLiteral("sha256"), QStringLiteral("format"),
          QStringLiteral("created"), QStringLiteral("user"), QStringLiteral("audit_head"), QStringLiteral("audit_entries")}},
        {QStringLiteral("audit_log"),
         {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"),
          QStringLiteral("details"), QStringLiteral("prev_hash"), QStringLiteral("hash")}},
    };
    return t;
}

// The triggers of schema v1: the append-only guards. A case has no others (and no views).
const QStringList &requiredTriggers()
{
    static const QStringList t{QStringLiteral("audit_log_no_update"),     QStringLiteral("audit_log_no_delete"),
                               QStringLiteral("audit_log_append_only"),   QStringLiteral("analyses_no_update"),
                               QStringLiteral("analyses_no_delete"),      QStringLiteral("verifications_no_update"),
                               QStringLiteral("verifications_no_delete"), QStringLiteral("reports_no_update"),
                               QStringLiteral("reports_no_delete"),       QStringLiteral("evidence_no_delete"),
                               QStringLiteral("evidence_intake_fixed")};
    return t;
}

void refuseTrigger(QSqlDatabase &db, const QString &name, const QString &when, const QString &message)
{
    runSql(db, db.databaseName(),
           QStringLiteral("CREATE TRIGGER %1 %2 BEGIN SELECT RAISE(ABORT, '%3'); END").arg(name, when, message));
}

void applyV1(QSqlDatabase &db)
{
    const QString p = db.databaseName();
    runSql(db, p, QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE evidence(id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, "
                                 "original_path TEXT NOT NULL, current_path TEXT NOT NULL, size INTEGER NOT NULL, "
                                 "sha256 TEXT NOT NULL UNIQUE, intake_time TEXT NOT NULL, intake_user TEXT NOT NULL, "
                                 "last_state TEXT NOT NULL, last_verified TEXT NOT NULL, last_actual_sha256 TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE verifications(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "evidence_id INTEGER NOT NULL REFERENCES evidence(id), time TEXT NOT NULL, user TEXT NOT NULL, "
                                 "state TEXT NOT NULL, path TEXT NOT NULL, actual_sha256 TEXT NOT NULL, message TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE analyses(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "evidence_id INTEGER NOT NULL REFERENCES evidence(id), kind TEXT NOT NULL, settings TEXT NOT NULL, "
                                 "result TEXT NOT NULL, created TEXT NOT NULL, user TEXT NOT NULL, evidence_sha256 TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "evidence_id INTEGER NOT NULL REFERENCES evidence(id), start_s REAL NOT NULL, end_s REAL NOT NULL, "
                                 "low_hz REAL, high_hz REAL, cue TEXT NOT NULL, locality INTEGER NOT NULL, audible INTEGER NOT NULL, "
                                 "text TEXT NOT NULL, author TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE reports(id INTEGER PRIMARY KEY AUTOINCREMENT, file_name TEXT NOT NULL, "
                                 "sha256 TEXT NOT NULL, format TEXT NOT NULL, created TEXT NOT NULL, user TEXT NOT NULL, "
                                 "audit_head TEXT NOT NULL, audit_entries INTEGER NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, time TEXT NOT NULL, user TEXT NOT NULL, "
                                 "action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE INDEX verifications_item ON verifications(evidence_id)"));
    runSql(db, p, QStringLiteral("CREATE INDEX analyses_item ON analyses(evidence_id)"));
    runSql(db, p, QStringLiteral("CREATE INDEX annotations_item ON annotations(evidence_id)"));
    // Defence in depth: the application never updates or deletes these rows; neither may anyone else through SQL
    // without first dropping a trigger (which open() notices).
    refuseTrigger(db, QStringLiteral("audit_log_no_update"), QStringLiteral("BEFORE UPDATE ON audit_log"),
                  QStringLiteral("the audit log is append-only: its entries cannot be changed"));
    refuseTrigger(db, QStringLiteral("audit_log_no_delete"), QStringLiteral("BEFORE DELETE ON audit_log"),
                  QStringLiteral("the audit log is append-only: its entries cannot be deleted"));
    refuseTrigger(db, QStringLiteral("audit_log_append_only"),
                  QStringLiteral("BEFORE INSERT ON audit_log WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log) "
                                 "OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '%1')")
                      .arg(auditGenesisHash()),
                  QStringLiteral("the audit log is append-only: a new entry must follow the last one and link to it"));
    refuseTrigger(db, QStringLiteral("analyses_no_update"), QStringLiteral("BEFORE UPDATE ON analyses"),
                  QStringLiteral("analyses are never changed: store a new one"));
    refuseTrigger(db, QStringLiteral("analyses_no_delete"), QStringLiteral("BEFORE DELETE ON analyses"),
                  QStringLiteral("analyses are never deleted: a newer one supersedes them"));
    refuseTrigger(db, QStringLiteral("verifications_no_update"), QStringLiteral("BEFORE UPDATE ON verifications"),
                  QStringLiteral("verifications are never changed"));
    refuseTrigger(db, QStringLiteral("verifications_no_delete"), QStringLiteral("BEFORE DELETE ON verifications"),
                  QStringLiteral("verifications are never deleted"));
    refuseTrigger(db, QStringLiteral("reports_no_update"), QStringLiteral("BEFORE UPDATE ON reports"),
                  QStringLiteral("report versions are never changed"));
    refuseTrigger(db, QStringLiteral("reports_no_delete"), QStringLiteral("BEFORE DELETE ON reports"),
                  QStringLiteral("report versions are never deleted"));
    refuseTrigger(db, QStringLiteral("evidence_no_delete"), QStringLiteral("BEFORE DELETE ON evidence"),
                  QStringLiteral("evidence items are never deleted"));
    refuseTrigger(db, QStringLiteral("evidence_intake_fixed"),
                  QStringLiteral("BEFORE UPDATE OF id, original_path, size, sha256, intake_time, intake_user ON evidence"),
                  QStringLiteral("the intake record of an evidence item never changes"));
    runSql(db, p, QStringLiteral("CREATE TABLE schema_history(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL)"));
}

QString openConnection(const QString &path, bool readOnly, bool immutable)
{
    const QString name = QStringLiteral("st_case_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // Read-only media: no -shm can be made there, and nothing can change the file under us.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))
                           + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString e = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(path, Text::tr("cannot open the case file: %1").arg(e));
    }
    QSqlQuery q(db);
    // A case's schema is ours: no trigger or view of a foreign file may run functions for us.
    q.exec(QStringLiteral("PRAGMA trusted_schema=OFF"));
    q.exec(QStringLiteral("PRAGMA cell_size_check=ON"));
    if (!readOnly) {
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL")); // a committed change survives a power cut
    }
    return name;
}

void closeConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void enableWal(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return;
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw Error(path, Text::tr("cannot switch the case to WAL mode (is it on a local disk?) %1").arg(q.lastError().text()));
}

int pragmaInt(QSqlDatabase &db, const QString &pragma, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) && q.next();
    return *ok ? q.value(0).toInt() : 0;
}

void removeWithJournal(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file + QStringLiteral("-journal"));
}

void insertMeta(QSqlDatabase &db, const QString &path, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    run(q, path, Text::tr("writing the case's %1").arg(key));
}

QString metaValue(QSqlDatabase &db, const QString &path, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    run(q, path, Text::tr("reading the case's %1").arg(key));
    return q.next() ? q.value(0).toString() : QString();
}

void applyMigrations(QSqlDatabase &db, const QString &path, int fromVersion, const QString &time)
{
    for (const CaseMigration &m : CaseFile::migrations())
        if (m.toVersion > fromVersion) {
            try {
                m.apply(db);
            } catch (const Error &e) {
                throw Error(path, Text::tr("migration to case schema v%1 (%2) failed, nothing changed: %3")
                                      .arg(m.toVersion).arg(m.description, e.cause()));
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO schema_history(version, description, applied) VALUES(?, ?, ?)"));
            q.addBindValue(m.toVersion);
            q.addBindValue(m.description);
            q.addBindValue(time);
            run(q, path, Text::tr("recording schema v%1").arg(m.toVersion));
        }
    runSql(db, path, QStringLiteral("PRAGMA user_version = %1").arg(CaseFile::kSchemaVersion));
}

QList<AuditEntry> readEntries(QSqlDatabase db, const QString &path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, time, user, action, details, prev_hash, hash FROM audit_log ORDER BY seq"));
    run(q, path, Text::tr("reading the audit log"));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toInt();
        e.time = q.value(1).toString();
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.details = q.value(4).toString();
        e.prevHash = q.value(5).toString();
        e.hash = q.value(6).toString();
        out.append(e);
    }
    return out;
}

ChainVerification verifyEntries(QSqlDatabase db, const QString &path)
{
    try {
        return verifyAuditChain(readEntries(db, path));
    } catch (const Error &e) {
        ChainVerification v;
        v.firstBadSeq = 1;
        v.reason = Text::tr("the audit log cannot be read: %1").arg(e.cause());
        return v;
    }
}

// What a case must be before anything is read from it; throws st::Error naming the cause.
void identify(QSqlDatabase &db, const QString &path, bool readOnly)
{
    QSqlQuery q(db);
    // The first read: a text file, an encrypted or damaged one fail here, before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        throw Error(path, Text::tr("not a SourceTrace case: SQLite cannot read it as a database (%1)").arg(q.lastError().text()));
    const int appId = q.value(0).toInt();
    bool ok = false;
    const int version = pragmaInt(db, QStringLiteral("user_version"), &ok);
    if (!ok)
        throw Error(path, Text::tr("not a readable SQLite database"));
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        throw Error(path, Text::tr("cannot read the database schema (damaged?): %1").arg(q.lastError().text()));
    while (q.next())
        tables.insert(q.value(0).toString());
    if (tables.isEmpty() && version == 0 && appId == 0)
        throw Error(path, Text::tr("an empty database (or an empty file), not a SourceTrace case"));
    if (appId != CaseFile::kApplicationId)
        throw Error(path, appId == 0 ? Text::tr("not a SourceTrace case: an SQLite database without the case's application id")
                                     : Text::tr("not a SourceTrace case: an SQLite database of another application "
                                                      "(application_id 0x%1)").arg(uint(appId), 8, 16, QLatin1Char('0')));
    if (version > CaseFile::kSchemaVersion)
        throw Error(path, Text::tr("case schema version %1 is newer than this build understands (%2): use a newer SourceTrace")
                              .arg(version).arg(CaseFile::kSchemaVersion));
    if (version <= 0)
        throw Error(path, Text::tr("a SourceTrace case without a schema version (its creation was interrupted?)"));
    if (version < CaseFile::kSchemaVersion && readOnly)
        throw Error(path, Text::tr("case schema v%1 is older than this build's v%2, and opening it read-only cannot "
                                         "migrate it: open it read-write once (this changes the file)")
                              .arg(version).arg(CaseFile::kSchemaVersion));
    // SQLite's own check of the pages and indices.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
        throw Error(path, Text::tr("the case file is damaged: SQLite's quick_check reports %1")
                              .arg(q.lastError().isValid() && q.lastError().type() != QSqlError::NoError ? q.lastError().text()
                                                                                                         : q.value(0).toString()));
}

// The tables and columns of the current schema (after a migration); throws naming the first missing one.
void checkTables(QSqlDatabase &db, const QString &path)
{
    for (const auto &[table, cols] : requiredTables()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            throw Error(path, Text::tr("cannot read the columns of table %1: %2").arg(table, q.lastError().text()));
        QSet<QString> have;
        while (q.next())
            have.insert(q.value(1).toString());
        if (have.isEmpty())
            throw Error(path, Text::tr("a damaged case: table '%1' is missing").arg(table));
        for (const QString &c : cols)
            if (!have.contains(c))
                throw Error(path, Text::tr("a damaged case: table '%1' has no column '%2'").arg(table, c));
    }
}

// What identifies a case between two connections of one instance: its case id and creation time.
QString identityOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('case_id', 'created') ORDER BY key")))
        return QStringLiteral("?");
    QStringList parts;
    while (q.next())
        parts << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return parts.join(QLatin1Char('\n'));
}

QStringList triggerProblems(QSqlDatabase &db)
{
    QStringList problems;
    QSet<QString> present;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")))
        return {Text::tr("cannot list the triggers: %1").arg(q.lastError().text())};
    while (q.next()) {
        const QString type = q.value(0).toString(), name = q.value(1).toString();
        if (type == QLatin1String("trigger") && requiredTriggers().contains(name))
            present.insert(name);
        else
            problems << Text::tr("the file holds a %1 '%2', which a case never has (added outside SourceTrace)")
                            .arg(type, Error::escaped(name.left(80)));
    }
    for (const QString &t : requiredTriggers())
        if (!present.contains(t))
            problems << Text::tr("the append-only trigger '%1' is missing (removed outside SourceTrace)").arg(t);
    return problems;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

AnnotationCsvError::AnnotationCsvError(const QString &path, const QStringList &problems)
    : Error(path, Text::tr("%n bad row(s), nothing was imported:", nullptr, int(problems.size())) + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))),
      m_problems(problems)
{
}

QString evidenceStateName(EvidenceState s)
{
    switch (s) {
    case EvidenceState::Ok: return QStringLiteral("ok");
    case EvidenceState::Missing: return QStringLiteral("missing");
    case EvidenceState::Mismatch: return QStringLiteral("mismatch");
    case EvidenceState::Unreadable: return QStringLiteral("unreadable");
    }
    return QStringLiteral("unreadable");
}

std::optional<EvidenceState> parseEvidenceState(const QString &name)
{
    for (EvidenceState s : {EvidenceState::Ok, EvidenceState::Missing, EvidenceState::Mismatch, EvidenceState::Unreadable})
        if (evidenceStateName(s) == name)
            return s;
    return std::nullopt;
}

CaseFile::Impl::~Impl()
{
    disconnect();
}

void CaseFile::Impl::connect() const
{
    connection = openConnection(path, readOnly, immutable);
    // The connection is made again for each operation: the file at this path must still be the case this
    // instance opened (not another one copied or renamed over it).
    if (!identity.isEmpty() && identityOf(QSqlDatabase::database(connection, false)) != identity) {
        disconnect();
        throw Error(path, Text::tr("the case file was replaced by another one since it was opened (its case id or "
                                         "creation time differ): open it again"));
    }
}

void CaseFile::Impl::disconnect() const
{
    const QString c = connection;
    connection.clear();
    closeConnection(c);
}

QSqlDatabase CaseFile::Impl::db() const
{
    if (connection.isEmpty())
        throw Error(path, Text::tr("internal error: no connection to the case is open"));
    return QSqlDatabase::database(connection, false);
}

CaseFile::ConnectionHold::ConnectionHold(const CaseFile &c) : m_case(c)
{
    if (m_case.d->uses == 0 && m_case.d->connection.isEmpty())
        m_case.d->connect();
    ++m_case.d->uses;
}

CaseFile::ConnectionHold::~ConnectionHold()
{
    if (--m_case.d->uses == 0)
        m_case.d->disconnect();
}

void CaseFile::Impl::requireWritable(const QString &what) const
{
    if (readOnly)
        throw Error(path, Text::tr("the case is read-only (%1): %2 would change it").arg(readOnlyReason, what));
}

const std::vector<CaseMigration> &CaseFile::migrations()
{
    static const std::vector<CaseMigration> list{
        {1, QStringLiteral("initial schema: meta, evidence, verifications, analyses, annotations, reports, audit_log "
                           "(hash-chained) and the append-only triggers"),
         applyV1},
    };
    return list;
}

CaseFile::CaseFile(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
CaseFile::CaseFile(CaseFile &&other) noexcept = default;
CaseFile &CaseFile::operator=(CaseFile &&other) noexcept = default;
CaseFile::~CaseFile() = default;

namespace {

// Opens an existing case (the work of CaseFile::open; `logOpen` false for create() and saveAs()).
std::unique_ptr<CaseFile::Impl> openImpl(const QString &pathIn, const QString &user, CaseOpenMode mode, bool logOpen)
{
    const QString userProblem = auditUserProblem(user);
    if (!userProblem.isEmpty())
        throw Error(pathIn, Text::tr("cannot open the case for %1").arg(userProblem));
    // stat() only: nothing but SQLite opens the file (closing another descriptor of it would drop SQLite's locks).
    const QFileInfo info(pathIn);
    if (!info.exists())
        throw Error(pathIn, Text::tr("no such case file (make one with `sourcetrace-cli case new FILE --number N --examiner NAME`)"));
    if (!info.isFile())
        throw Error(pathIn, Text::tr("not a case file (a folder or a device)"));
    auto d = std::make_unique<CaseFile::Impl>();
    d->path = info.canonicalFilePath();
    d->user = user;
    const QFileInfo folder(info.absolutePath());
    bool writable = mode == CaseOpenMode::ReadWrite;
    if (!writable) {
        d->readOnly = true;
        d->readOnlyReason = Text::tr("opened read-only");
    } else if (!info.isWritable() || !folder.isWritable()) {
        writable = false;
        d->readOnly = true;
        d->readOnlyReason = !info.isWritable() ? Text::tr("the case file is write-protected")
                                               : Text::tr("the case file's folder is write-protected");
    }
    // On read-only media SQLite cannot make the -shm file of a WAL database; with no -wal to apply, the file is
    // opened immutable (nothing can change it there).
    bool immutable = false;
    if (!writable && !folder.isWritable() && !QFileInfo::exists(d->path + QStringLiteral("-shm"))) {
        if (QFileInfo(d->path + QStringLiteral("-wal")).size() > 0)
            throw Error(d->path, Text::tr("the case is in a read-only folder with an unapplied write-ahead log (%1-wal): "
                                                "copy the case and its -wal file to a writable folder first").arg(info.fileName()));
        immutable = true;
    }
    d->immutable = immutable;
    d->readOnly = !writable;
    QStringList whyReadOnly;
    {
        const CaseConnectionUse use(*d);
        QSqlDatabase db = d->db();
        identify(db, d->path, !writable);
        bool ok = false;
        const int version = pragmaInt(db, QStringLiteral("user_version"), &ok);
        if (writable && version < CaseFile::kSchemaVersion) {
            enableWal(db, d->path);
            const QString now = nowText();
            d->write(Text::tr("the schema migration"), [&](QSqlDatabase &w) {
                applyMigrations(w, d->path, version, now);
                d->audit(w, QStringLiteral("case.migrated"),
                         QJsonObject{{QStringLiteral("fromVersion"), version}, {QStringLiteral("toVersion"), CaseFile::kSchemaVersion},
                                     {QStringLiteral("build"), buildText()}},
                         now);
            });
        }
        checkTables(db, d->path);
        d->identity = identityOf(db);
        d->chainAtOpen = verifyEntries(db, d->path);
        d->integrityProblems = triggerProblems(db);
        d->integrityProblems << recordProblems(db, d->path);
        if (writable && (!d->chainAtOpen.ok || !d->integrityProblems.isEmpty())) {
            // Readable, never written: what is wrong stays as it was found (the next connection is read-only).
            if (!d->chainAtOpen.ok)
                whyReadOnly << Text::tr("the audit log is broken at entry %1: %2").arg(d->chainAtOpen.firstBadSeq).arg(d->chainAtOpen.reason);
            whyReadOnly << d->integrityProblems;
        } else if (writable) {
            enableWal(db, d->path);
            if (logOpen)
                d->write(Text::tr("logging the opening"), [&](QSqlDatabase &t) {
                    d->audit(t, QStringLiteral("case.opened"),
                             QJsonObject{{QStringLiteral("mode"), QStringLiteral("read-write")}, {QStringLiteral("build"), buildText()}},
                             nowText());
                });
        }
    }
    if (!whyReadOnly.isEmpty()) {
        d->readOnly = true;
        d->readOnlyReason = whyReadOnly.join(QStringLiteral("; "));
    }
    return d;
}

} // namespace

CaseFile CaseFile::open(const QString &path, const QString &user, CaseOpenMode mode)
{
    return CaseFile(openImpl(path, user, mode, true));
}

CaseFile CaseFile::create(const QString &path, const CaseInfo &infoIn, const QString &user)
{
    const QString userProblem = auditUserProblem(user);
    if (!userProblem.isEmpty())
        throw Error(path, Text::tr("cannot make a case for %1").arg(userProblem));
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw Error(path, Text::tr("a file of that name exists already: a case is never overwritten (choose another name)"));
    const QString number = infoIn.number.trimmed(), examiner = infoIn.examiner.trimmed();
    if (number.isEmpty() || examiner.isEmpty())
        throw Error(path, Text::tr("a case needs a case number and an examiner"));
    const QFileInfo fi(path);
    if (!QFileInfo(fi.absolutePath()).isDir())
        throw Error(path, Text::tr("the folder %1 does not exist").arg(fi.absolutePath()));
    const QString finalPath = fi.absoluteFilePath();
    // Made under a temporary name in the same folder and renamed when complete: a kill never leaves a half-made
    // case under the final name.
    const QString tmp = QStringLiteral("%1.creating-%2").arg(finalPath, QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString conn;
    try {
        conn = openConnection(tmp, false, false);
        QSqlDatabase db = QSqlDatabase::database(conn);
        enableWal(db, finalPath);
        runSql(db, finalPath, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            const QString now = nowText();
            applyMigrations(db, finalPath, 0, now);
            const QString caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QList<QPair<QString, QString>> meta{{QStringLiteral("number"), number},
                                                      {QStringLiteral("examiner"), examiner},
                                                      {QStringLiteral("title"), infoIn.title},
                                                      {QStringLiteral("notes"), infoIn.notes},
                                                      {QStringLiteral("case_id"), caseId},
                                                      {QStringLiteral("created"), now},
                                                      {QStringLiteral("created_by"), user},
                                                      {QStringLiteral("quality_thresholds"), QString()}};
            for (const auto &kv : meta)
                insertMeta(db, finalPath, kv.first, kv.second);
            runSql(db, finalPath, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            appendAudit(db, finalPath, user, QStringLiteral("case.created"),
                        QJsonObject{{QStringLiteral("number"), number},
                                    {QStringLiteral("examiner"), examiner},
                                    {QStringLiteral("title"), infoIn.title},
                                    {QStringLiteral("notes"), infoIn.notes},
                                    {QStringLiteral("caseId"), caseId},
                                    {QStringLiteral("file"), fi.fileName()},
                                    {QStringLiteral("schemaVersion"), kSchemaVersion},
                                    {QStringLiteral("build"), buildText()}},
                        now);
            runSql(db, finalPath, QStringLiteral("COMMIT"));
        } catch (...) {
            QSqlQuery r(db);
            r.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    } catch (...) {
        closeConnection(conn);
        removeWithJournal(tmp);
        throw;
    }
    closeConnection(conn); // the last connection: SQLite checkpoints and removes tmp-wal, tmp-shm
    // QFile::rename never replaces an existing file.
    if (QFile::exists(tmp + QStringLiteral("-wal")) || !QFile::rename(tmp, finalPath)) {
        removeWithJournal(tmp);
        throw Error(path, Text::tr("cannot put the new case in place (does a file of that name exist now?)"));
    }
    return CaseFile(openImpl(finalPath, user, CaseOpenMode::ReadWrite, false));
}

QString CaseFile::path() const { return d->path; }
QString CaseFile::user() const { return d->user; }
bool CaseFile::isReadOnly() const { return d->readOnly; }
QString CaseFile::readOnlyReason() const { return d->readOnly ? d->readOnlyReason : QString(); }
ChainVerification CaseFile::chainAtOpen() const { return d->chainAtOpen; }
QStringList CaseFile::integrityProblems() const { return d->integrityProblems; }

int CaseFile::schemaVersion() const
{
    const CaseConnectionUse use(*d);
    QSqlDatabase db = d->db();
    bool ok = false;
    return pragmaInt(db, QStringLiteral("user_version"), &ok);
}

QString CaseFile::journalMode() const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString();
    return {};
}

CaseInfo CaseFile::info() const
{
    const CaseConnectionUse use(*d);
    QSqlDatabase db = d->db();
    CaseInfo i;
    i.number = metaValue(db, d->path, QStringLiteral("number"));
    i.examiner = metaValue(db, d->path, QStringLiteral("examiner"));
    i.title = metaValue(db, d->path, QStringLiteral("title"));
    i.notes = metaValue(db, d->path, QStringLiteral("notes"));
    i.caseId = metaValue(db, d->path, QStringLiteral("case_id"));
    i.created = fromText(metaValue(db, d->path, QStringLiteral("created")));
    return i;
}

QString CaseFile::qualityThresholdsJson() const
{
    const CaseConnectionUse use(*d);
    QSqlDatabase db = d->db();
    return metaValue(db, d->path, QStringLiteral("quality_thresholds"));
}

void CaseFile::setQualityThresholdsJson(const QString &json)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("setting the quality thresholds"));
    auto parse = [&](const QString &text) -> QJsonValue {
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return QJsonValue(QJsonValue::Undefined);
        return doc.object();
    };
    const QJsonValue after = parse(json);
    if (after.isUndefined())
        throw Error(d->path, Text::tr("the quality thresholds must be a JSON object (or empty to clear them); nothing was stored"));
    const QString before = qualityThresholdsJson();
    if (before == json)
        return;
    QJsonValue beforeValue = parse(before);
    if (beforeValue.isUndefined())
        beforeValue = before; // a stored text that is no object (written by another tool): logged as text
    const QString now = nowText();
    d->write(Text::tr("setting the quality thresholds"), [&](QSqlDatabase &db) {
        insertMeta(db, d->path, QStringLiteral("quality_thresholds"), json);
        d->audit(db, QStringLiteral("quality.thresholds.changed"),
                 QJsonObject{{QStringLiteral("before"), beforeValue}, {QStringLiteral("after"), after}}, now);
    });
}

// --- audit log ---

QList<AuditEntry> CaseFile::auditLog() const
{
    const CaseConnectionUse use(*d);
    return readEntries(d->db(), d->path);
}

ChainVerification CaseFile::verifyChain() const
{
    const CaseConnectionUse use(*d);
    return verifyEntries(d->db(), d->path);
}

AuditHead CaseFile::auditHead() const
{
    const CaseConnectionUse use(*d);
    QSqlDatabase db = d->db();
    return readHead(db, d->path);
}

int CaseFile::findAuditHash(const QString &hash) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE hash = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(hash.trimmed().toLower());
    run(q, d->path, Text::tr("looking up an audit hash"));
    return q.next() ? q.value(0).toInt() : 0;
}

int CaseFile::exportAuditLog(const QString &path, bool overwrite) const
{
    const CaseConnectionUse use(*d);
    if (!overwrite && (QFileInfo::exists(path) || QFileInfo(path).isSymLink()))
        throw Error(path, Text::tr("a file of that name exists already (overwrite it explicitly, e.g. --force)"));
    const QList<AuditEntry> entries = auditLog();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write the audit log export: %1").arg(f.errorString()));
    for (const AuditEntry &e : entries)
        f.write(auditEntryJsonLine(e) + '\n');
    if (!f.commit())
        throw Error(path, Text::tr("cannot write the audit log export: %1").arg(f.errorString()));
    return int(entries.size());
}

// --- Save As ---

void CaseFile::saveAs(const QString &newPathIn)
{
    const CaseConnectionUse use(*d);
    const ChainVerification chain = verifyChain();
    if (!chain.ok)
        throw Error(d->path, Text::tr("refusing to Save As a case whose audit log is broken (entry %1: %2); copy the "
                                            "file itself to preserve it as it is")
                                 .arg(chain.firstBadSeq).arg(chain.reason));
    if (QFileInfo::exists(newPathIn) || QFileInfo(newPathIn).isSymLink())
        throw Error(newPathIn, Text::tr("a file of that name exists already: Save As never overwrites (choose another name)"));
    const QFileInfo fi(newPathIn);
    if (!QFileInfo(fi.absolutePath()).isDir())
        throw Error(newPathIn, Text::tr("the folder %1 does not exist").arg(fi.absolutePath()));
    const QString newPath = fi.absoluteFilePath();
    const QString tmp = QStringLiteral("%1.saving-%2").arg(newPath, QUuid::createUuid().toString(QUuid::Id128).left(8));
    const AuditHead sourceHead = auditHead();
    AuditHead copyHead;
    try {
        {
            // VACUUM INTO: a consistent snapshot of every table, index and trigger, and of application_id and
            // user_version, read through this connection (the WAL's content included).
            QSqlQuery q(d->db());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(tmp);
            run(q, d->path, Text::tr("copying the case to %1").arg(newPath));
        }
        std::unique_ptr<Impl> copy = openImpl(tmp, d->user, CaseOpenMode::ReadWrite, false);
        std::optional<CaseConnectionUse> copyUse(std::in_place, *copy);
        if (copy->readOnly || !copy->chainAtOpen.ok || copy->chainAtOpen.headHash != sourceHead.hash
            || copy->chainAtOpen.entries != sourceHead.entries)
            throw Error(newPath, Text::tr("the copy does not verify (%1): nothing was saved")
                                     .arg(copy->readOnly ? copy->readOnlyReason : Text::tr("its audit head differs from the original's")));
        const QString now = nowText();
        copy->write(Text::tr("logging the Save As"), [&](QSqlDatabase &w) {
            const AuditEntry e = copy->audit(w, QStringLiteral("case.saved_as"),
                                             QJsonObject{{QStringLiteral("role"), QStringLiteral("copy")},
                                                         {QStringLiteral("from"), d->path},
                                                         {QStringLiteral("to"), newPath},
                                                         {QStringLiteral("sourceHead"), sourceHead.hash},
                                                         {QStringLiteral("sourceEntries"), sourceHead.entries}},
                                             now);
            copyHead = {e.seq, e.hash};
        });
        const ChainVerification copyChain = verifyEntries(copy->db(), tmp);
        if (!copyChain.ok)
            throw Error(newPath, Text::tr("the copy's audit log does not verify (%1): nothing was saved").arg(copyChain.reason));
        copyUse.reset();
        copy.reset(); // the last connection: SQLite checkpoints and removes tmp-wal, tmp-shm
        if (QFile::exists(tmp + QStringLiteral("-wal")) || !QFile::rename(tmp, newPath))
            throw Error(newPath, Text::tr("cannot put the copy in place (does a file of that name exist now?)"));
    } catch (...) {
        removeWithJournal(tmp);
        throw;
    }
    if (d->readOnly)
        return; // the original cannot record it; the copy names it
    const QString now = nowText();
    d->write(Text::tr("logging the Save As"), [&](QSqlDatabase &w) {
        d->audit(w, QStringLiteral("case.saved_as"),
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("original")},
                             {QStringLiteral("from"), d->path},
                             {QStringLiteral("to"), newPath},
                             {QStringLiteral("copyHead"), copyHead.hash},
                             {QStringLiteral("copyEntries"), copyHead.entries}},
                 now);
    });
}

} // namespace st
