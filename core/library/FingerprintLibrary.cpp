#include "library/FingerprintLibrary.h"
#include "library/TrainedBackends.h"

#include "util/Error.h"
#include "util/Npy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace st {

namespace {

QByteArray toBlob(const std::vector<float> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), int(v.size() * sizeof(float)));
}

std::vector<float> fromBlob(const QByteArray &b)
{
    std::vector<float> v(std::size_t(b.size()) / sizeof(float));
    if (!v.empty())
        std::memcpy(v.data(), b.constData(), v.size() * sizeof(float));
    return v;
}

// SQL for a float32 BLOB column of `dim` values: the BLOB itself only when its length is right (so a damaged
// or malicious file cannot make Qt copy a huge value), then its length.
QString blobColumns(const QString &column, int dim)
{
    return QStringLiteral("CASE WHEN length(%1) = %2 THEN %1 END, length(%1)").arg(column).arg(qint64(dim) * 4);
}

// The vector read through blobColumns(): throws when the length is wrong or a value is not finite.
std::vector<float> checkedVector(const QSqlQuery &q, int col, int dim, const QString &path, const QString &what)
{
    const qint64 bytes = q.value(col + 1).toLongLong();
    if (bytes != qint64(dim) * 4)
        throw Error(path, QStringLiteral("damaged library: %1 has %2 bytes, not %3 float32 values (`sourcetrace-cli library verify` lists the problems)")
                              .arg(what).arg(bytes).arg(dim));
    std::vector<float> v = fromBlob(q.value(col).toByteArray());
    for (float x : v)
        if (!std::isfinite(x))
            throw Error(path, QStringLiteral("damaged library: %1 holds a non-finite value (`sourcetrace-cli library verify` lists the problems)").arg(what));
    return v;
}

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QDateTime fromText(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }
QString dateText(const QDateTime &d) { return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : nowText(); }

// Runs a prepared query; throws with the statement's error.
void run(QSqlQuery &q, const QString &path, const QString &what)
{
    if (!q.exec())
        throw Error(path, QStringLiteral("%1 failed: %2").arg(what, q.lastError().text()));
}

void runSql(QSqlDatabase &db, const QString &path, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(path, QStringLiteral("SQL failed (%1): %2").arg(sql.left(60), q.lastError().text()));
}

// The mean of the embeddings in double precision, stored as float32.
struct MeanAccumulator
{
    std::vector<double> sum;
    int count = 0;
    void add(const std::vector<float> &e)
    {
        if (sum.empty())
            sum.assign(e.size(), 0.0);
        for (std::size_t i = 0; i < e.size() && i < sum.size(); ++i)
            sum[i] += e[i];
        ++count;
    }
    std::vector<float> mean() const
    {
        std::vector<float> m(sum.size());
        for (std::size_t i = 0; i < sum.size(); ++i)
            m[i] = float(sum[i] / count);
        return m;
    }
};

void applyV1(QSqlDatabase &db)
{
    const QString p = db.databaseName();
    runSql(db, p, QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    runSql(db, p, QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY AUTOINCREMENT, level TEXT NOT NULL, "
                                 "name TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, UNIQUE(level, name))"));
    runSql(db, p, QStringLiteral("CREATE TABLE enrolments(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
                                 "clip_sha256 TEXT NOT NULL, path TEXT NOT NULL, embedding BLOB NOT NULL, "
                                 "added TEXT NOT NULL, UNIQUE(source_id, clip_sha256))"));
}

void applyV2(QSqlDatabase &db)
{
    const QString p = db.databaseName();
    runSql(db, p, QStringLiteral("ALTER TABLE sources ADD COLUMN count INTEGER NOT NULL DEFAULT 0"));
    runSql(db, p, QStringLiteral("ALTER TABLE sources ADD COLUMN fingerprint BLOB"));
    runSql(db, p, QStringLiteral("CREATE TABLE source_attributes(source_id INTEGER NOT NULL REFERENCES sources(id) "
                                 "ON DELETE CASCADE, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(source_id, key))"));
    runSql(db, p, QStringLiteral("CREATE TABLE thresholds(level TEXT NOT NULL, backend TEXT NOT NULL, threshold REAL NOT NULL, "
                                 "rule TEXT NOT NULL, target_far REAL, eer REAL, protocol_name TEXT, protocol_sha256 TEXT, "
                                 "created TEXT NOT NULL, PRIMARY KEY(level, backend))"));
    runSql(db, p, QStringLiteral("CREATE INDEX enrolments_source ON enrolments(source_id)"));
    // Back-fill the stored count and fingerprint (new in v2) from the enrolments.
    QMap<qint64, MeanAccumulator> acc;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT source_id, embedding FROM enrolments ORDER BY id")))
            throw Error(p, QStringLiteral("migration to v2: %1").arg(q.lastError().text()));
        while (q.next())
            acc[q.value(0).toLongLong()].add(fromBlob(q.value(1).toByteArray()));
    }
    for (auto it = acc.cbegin(); it != acc.cend(); ++it) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE sources SET count = ?, fingerprint = ? WHERE id = ?"));
        u.addBindValue(it.value().count);
        u.addBindValue(toBlob(it.value().mean()));
        u.addBindValue(it.key());
        run(u, p, QStringLiteral("migration to v2 (fingerprints)"));
    }
}

void applyV3(QSqlDatabase &db)
{
    runSql(db, db.databaseName(),
           QStringLiteral("CREATE TABLE backend_fits(level TEXT NOT NULL, backend TEXT NOT NULL, params TEXT NOT NULL, "
                          "enrolment_digest TEXT NOT NULL, sources TEXT NOT NULL, state BLOB NOT NULL, state_sha256 TEXT NOT NULL, "
                          "losses TEXT NOT NULL, created TEXT NOT NULL, PRIMARY KEY(level, backend))"));
}

// Writers wait this long for another process's write transaction (BEGIN IMMEDIATE takes the write lock at once,
// so the busy handler applies; a deferred BEGIN that upgrades would fail at once with "database is locked").
constexpr int kBusyTimeoutMs = 60000;

// Opens one SQLite connection. Never touches the file with anything but SQLite: POSIX advisory locks belong to
// the process, and closing ANY descriptor of the file in this process (a QFile, a hash, a MIME sniff) drops all
// of them, after which another process deletes the WAL and SHM files this one still uses.
QString openConnection(const QString &path, bool readOnly, bool immutable)
{
    const QString name = QStringLiteral("st_library_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // Read-only media: no -shm can be made, and nothing can change the file under us.
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
        throw Error(path, QStringLiteral("cannot open the library database: %1").arg(e));
    }
    QSqlQuery q(db);
    // A library's schema is ours: no trigger or view of a foreign file may run functions for us.
    q.exec(QStringLiteral("PRAGMA trusted_schema=OFF"));
    q.exec(QStringLiteral("PRAGMA cell_size_check=ON"));
    if (!readOnly) {
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
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

// Switches a connection to WAL (create / first write only: a read never changes the journal mode).
void enableWal(QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return;
    // WAL: readers never block the writer, and a killed writer leaves the last committed state.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw Error(path, QStringLiteral("cannot switch the library to WAL mode (is it on a local disk?) %1").arg(q.lastError().text()));
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ModelBinding::describe() const
{
    return QStringLiteral("%1 (weights %2..., %3-d)").arg(name, weightsSha256.left(12)).arg(dimension);
}

const std::vector<LibraryMigration> &FingerprintLibrary::migrations()
{
    static const std::vector<LibraryMigration> list{
        {1, QStringLiteral("initial schema: meta, sources, enrolments (float32 embeddings with clip SHA-256)"), applyV1},
        {2, QStringLiteral("stored count and fingerprint per source, source attributes, open-set thresholds"), applyV2},
        {3, QStringLiteral("trained tracing back-ends stored with the library (backend_fits)"), applyV3},
    };
    return list;
}

// Keeps the instance's connection open for the duration of one operation (nested ones share it); the
// outermost closes it, so a long-lived instance holds no descriptor of the file between operations.
class LibraryConnectionUse
{
public:
    explicit LibraryConnectionUse(const FingerprintLibrary &l) : m_l(l)
    {
        if (m_l.m_uses == 0 && m_l.m_connection.isEmpty())
            m_l.connect();
        ++m_l.m_uses;
    }
    ~LibraryConnectionUse()
    {
        if (--m_l.m_uses == 0)
            m_l.disconnect();
    }
    LibraryConnectionUse(const LibraryConnectionUse &) = delete;
    LibraryConnectionUse &operator=(const LibraryConnectionUse &) = delete;

private:
    const FingerprintLibrary &m_l;
};

FingerprintLibrary::ConnectionHold::ConnectionHold(const FingerprintLibrary &library) : m_library(library)
{
    if (m_library.m_uses == 0 && m_library.m_connection.isEmpty())
        m_library.connect();
    ++m_library.m_uses;
}

FingerprintLibrary::ConnectionHold::~ConnectionHold()
{
    if (--m_library.m_uses == 0)
        m_library.disconnect();
}

namespace {
// What identifies a library between two connections of one instance: its model binding and creation date.
QString identityOf(QSqlDatabase d)
{
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('model_name', 'model_sha256', 'embedding_dim', "
                               "'created') ORDER BY key")))
        return QStringLiteral("?");
    QStringList parts;
    while (q.next())
        parts << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return parts.join(QLatin1Char('\n'));
}
} // namespace

void FingerprintLibrary::connect() const
{
    m_connection = openConnection(m_path, readOnly(), m_immutable);
    // The connection is made again for each operation: the file at this path must still be the library this
    // instance opened (not another one copied or renamed over it), or its cached model binding would lie.
    if (!m_identity.isEmpty() && identityOf(QSqlDatabase::database(m_connection, false)) != m_identity) {
        disconnect();
        throw Error(m_path, QStringLiteral("the library file was replaced by another one since it was opened (its model "
                                           "binding or creation date differ): open it again"));
    }
}

void FingerprintLibrary::disconnect() const
{
    const QString c = m_connection;
    m_connection.clear();
    closeConnection(c);
}

template <class F> void FingerprintLibrary::transaction(const QString &what, F &&f)
{
    if (readOnly())
        throw Error(m_path, QStringLiteral("opened read-only: %1 would change the file").arg(what));
    const LibraryConnectionUse use(*this);
    if (!m_writeChecked)
        checkBeforeWriting();
    QSqlDatabase d = db();
    {
        // IMMEDIATE: take the write lock now, waiting (busy timeout) for another writer to finish.
        QSqlQuery b(d);
        if (!b.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw Error(m_path, QStringLiteral("cannot begin a transaction for %1 (another process held the library's "
                                               "write lock for over %2 s?): %3")
                                    .arg(what).arg(kBusyTimeoutMs / 1000).arg(b.lastError().text()));
    }
    try {
        f(d);
        if (m_applicationId != kApplicationId) {
            runSql(d, m_path, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            m_applicationId = kApplicationId;
        }
        QSqlQuery c(d);
        if (!c.exec(QStringLiteral("COMMIT")))
            throw Error(m_path, QStringLiteral("cannot commit %1: %2").arg(what, c.lastError().text()));
    } catch (...) {
        QSqlQuery r(d);
        r.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void FingerprintLibrary::checkForWriting()
{
    if (readOnly())
        throw Error(m_path, QStringLiteral("opened read-only: it cannot be changed"));
    const LibraryConnectionUse use(*this);
    if (!m_writeChecked)
        checkBeforeWriting();
}

void FingerprintLibrary::checkBeforeWriting()
{
    const QList<VerifyProblem> problems = verify(1e-5, true);
    if (!problems.isEmpty())
        throw Error(m_path, QStringLiteral("refusing to write into a damaged library: %1%2; `sourcetrace-cli library "
                                           "verify %3` lists the problems")
                                .arg(problems.front().describe())
                                .arg(problems.size() > 1 ? QStringLiteral(" (and %1 more)").arg(problems.size() - 1) : QString())
                                .arg(m_path));
    m_writeChecked = true;
}

void FingerprintLibrary::create(const QString &path, const ModelBinding &model)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw Error(path, QStringLiteral("a file of that name exists already: choose another name or delete it"));
    if (model.name.isEmpty() || model.dimension <= 0 || model.dimension > kMaxDimension)
        throw Error(path, QStringLiteral("a library needs a model name and an embedding dimension (1 to %1)").arg(kMaxDimension));
    // Made under a temporary name in the same folder and renamed when complete: a kill never leaves a
    // half-made library under the final name.
    const QString tmp = QStringLiteral("%1.creating-%2").arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString conn;
    try {
        conn = openConnection(tmp, false, false);
        QSqlDatabase db = QSqlDatabase::database(conn);
        enableWal(db, path);
        if (!db.transaction())
            throw Error(path, QStringLiteral("cannot begin the creating transaction: %1").arg(db.lastError().text()));
        try {
            for (const LibraryMigration &m : migrations())
                m.apply(db);
            const QList<QPair<QString, QString>> meta{{QStringLiteral("model_name"), model.name},
                                                      {QStringLiteral("model_sha256"), model.weightsSha256},
                                                      {QStringLiteral("embedding_dim"), QString::number(model.dimension)},
                                                      {QStringLiteral("created"), nowText()}};
            for (const auto &kv : meta) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
                q.addBindValue(kv.first);
                q.addBindValue(kv.second);
                run(q, path, QStringLiteral("writing the model binding"));
            }
            runSql(db, path, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            runSql(db, path, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
            if (!db.commit())
                throw Error(path, QStringLiteral("cannot commit the new library: %1").arg(db.lastError().text()));
        } catch (...) {
            db.rollback();
            throw;
        }
    } catch (...) {
        closeConnection(conn);
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
        throw;
    }
    closeConnection(conn); // the last connection: SQLite checkpoints and removes tmp-wal, tmp-shm
    if (QFile::exists(tmp + QStringLiteral("-wal")) || !QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        QFile::remove(tmp + QStringLiteral("-wal"));
        QFile::remove(tmp + QStringLiteral("-shm"));
        throw Error(path, QStringLiteral("cannot put the new library in place (does a file of that name exist now?)"));
    }
}

FingerprintLibrary::FingerprintLibrary(const QString &path, LibraryAccess access) : m_path(path), m_access(access)
{
    // stat() only: nothing but SQLite opens the file.
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(path, QStringLiteral("no such library (make one with `sourcetrace-cli library create --model M --out %1`)").arg(path));
    if (!info.isFile())
        throw Error(path, QStringLiteral("not a library file (a folder or a device)"));
    // One spelling per file: symlinks and relative paths resolve to the same name.
    m_path = info.canonicalFilePath();
    if (!readOnly() && !info.isWritable())
        throw Error(m_path, QStringLiteral("the library file is read-only: it can be listed, verified and traced against, not changed"));
    // On read-only media (or in a folder this user cannot write) SQLite cannot make the -shm file of a WAL
    // library; with no -wal to apply, the file is opened immutable (nothing can change it there).
    if (readOnly() && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
        if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
            throw Error(m_path, QStringLiteral("the library is in a read-only folder with an unapplied write-ahead log (%1-wal): "
                                               "copy the library and its -wal file to a writable folder first").arg(QFileInfo(m_path).fileName()));
        m_immutable = true;
    }
    const LibraryConnectionUse use(*this);
    identify();
    if (m_version < kSchemaVersion)
        migrate();
    loadModel();
}

FingerprintLibrary::~FingerprintLibrary()
{
    disconnect();
}

QSqlDatabase FingerprintLibrary::db() const
{
    if (m_connection.isEmpty())
        throw Error(m_path, QStringLiteral("internal error: no connection open"));
    return QSqlDatabase::database(m_connection, false);
}

int FingerprintLibrary::schemaVersion() const
{
    const LibraryConnectionUse use(*this);
    QSqlDatabase d = db();
    return userVersion(d);
}

QString FingerprintLibrary::journalMode() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString();
    return {};
}

void FingerprintLibrary::identify() const
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    // The first read: a text file, a 0-byte file, an encrypted or damaged one fail here, before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        throw Error(m_path, QStringLiteral("not a SourceTrace library: SQLite cannot read it as a database (%1)").arg(q.lastError().text()));
    m_applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw Error(m_path, QStringLiteral("not a readable SQLite database: %1").arg(q.lastError().text()));
    m_version = q.value(0).toInt();
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        throw Error(m_path, QStringLiteral("cannot read the database schema (damaged? `sourcetrace-cli library verify` says more): %1")
                                .arg(q.lastError().text()));
    while (q.next())
        tables.insert(q.value(0).toString());
    if (tables.isEmpty() && m_version == 0 && m_applicationId == 0)
        throw Error(m_path, QStringLiteral("empty database, not a SourceTrace library (make one with `library create`)"));
    if (m_applicationId != kApplicationId && m_applicationId != 0)
        throw Error(m_path, QStringLiteral("not a SourceTrace library: an SQLite database of another application (application_id 0x%1)")
                                .arg(uint(m_applicationId), 8, 16, QLatin1Char('0')));
    if (m_applicationId == 0 && (m_version == 0 || !tables.contains(QStringLiteral("meta"))))
        throw Error(m_path, QStringLiteral("not a SourceTrace library (an SQLite database without the library's schema version and meta table)"));
    if (m_version > kSchemaVersion)
        throw Error(m_path, QStringLiteral("library schema version %1 is newer than this build understands (%2): "
                                           "use a newer SourceTrace").arg(m_version).arg(kSchemaVersion));
    if (m_version <= 0)
        throw Error(m_path, QStringLiteral("a SourceTrace library without a schema version (its creation was interrupted?): "
                                           "make it again with `library create`"));
    if (m_version < kSchemaVersion && readOnly())
        throw Error(m_path, QStringLiteral("library schema v%1 is older than this build's v%2, and opening it read-only cannot "
                                           "migrate it: `sourcetrace-cli library upgrade %3` migrates it (this changes the file)")
                                .arg(m_version).arg(kSchemaVersion).arg(m_path));
}

void FingerprintLibrary::migrate()
{
    QSqlDatabase d = db();
    const int v = m_version;
    // SQLite's own check first: never migrate (write) a damaged file.
    {
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            throw Error(m_path, QStringLiteral("refusing to migrate a damaged library: SQLite's quick_check fails (%1); "
                                               "`sourcetrace-cli library verify %2` lists the problems")
                                    .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString(), m_path));
    }
    {
        // A library has no triggers or views: one planted in an old file would run inside the migration.
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")) && q.next())
            throw Error(m_path, QStringLiteral("refusing to migrate: the file has a %1 '%2', which a library never has; "
                                               "`sourcetrace-cli library verify %3` lists the problems")
                                    .arg(q.value(0).toString(), q.value(1).toString(), m_path));
    }
    enableWal(d, m_path);
    m_writeChecked = true; // the invariants of v2 are checked by the next write (after the migration)
    transaction(QStringLiteral("the schema migration"), [&](QSqlDatabase &dd) {
        for (const LibraryMigration &m : migrations())
            if (m.toVersion > v) {
                try {
                    m.apply(dd);
                } catch (const Error &e) {
                    throw Error(m_path, QStringLiteral("migration to schema v%1 (%2) failed, nothing changed: %3")
                                            .arg(m.toVersion).arg(m.description, e.cause()));
                }
            }
        runSql(dd, m_path, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    });
    m_writeChecked = false;
    m_version = kSchemaVersion;
}

void FingerprintLibrary::loadModel()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        if (m_access == LibraryAccess::Inspect)
            return;
        throw Error(m_path, QStringLiteral("cannot read the library's meta table (`sourcetrace-cli library verify %1` says more): %2")
                                .arg(m_path, q.lastError().text()));
    }
    QMap<QString, QString> meta;
    while (q.next())
        meta[q.value(0).toString()] = q.value(1).toString();
    m_model.name = meta.value(QStringLiteral("model_name"));
    m_model.weightsSha256 = meta.value(QStringLiteral("model_sha256"));
    bool ok = false;
    m_model.dimension = meta.value(QStringLiteral("embedding_dim")).toInt(&ok);
    if (!ok || m_model.dimension <= 0 || m_model.dimension > kMaxDimension)
        m_model.dimension = 0;
    if ((m_model.name.isEmpty() || m_model.dimension <= 0) && m_access != LibraryAccess::Inspect)
        throw Error(m_path, QStringLiteral("the library names no model (meta model_name / embedding_dim missing or invalid; "
                                           "`sourcetrace-cli library verify %1` says more)").arg(m_path));
    m_identity = identityOf(db());
}

void FingerprintLibrary::checkModel(const ModelBinding &m) const
{
    if (m == m_model)
        return;
    throw Error(m_path, QStringLiteral("this library is bound to model %1; refusing to use it with model %2 "
                                       "(embeddings of different models are not comparable: make a library for %3 "
                                       "with `sourcetrace-cli library create --model %3`)")
                            .arg(m_model.describe(), m.describe(), m.name));
}

qint64 FingerprintLibrary::sourceId(SourceLevel level, const QString &name, bool mustExist) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE level = ? AND name = ?"));
    q.addBindValue(sourceLevelName(level));
    q.addBindValue(name);
    run(q, m_path, QStringLiteral("looking up a source"));
    if (q.next())
        return q.value(0).toLongLong();
    if (mustExist)
        throw Error(m_path, QStringLiteral("no source '%1' at level %2").arg(name, sourceLevelName(level)));
    return 0;
}

void FingerprintLibrary::refreshSource(qint64 id)
{
    MeanAccumulator acc;
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT embedding FROM enrolments WHERE source_id = ? ORDER BY id"));
        q.addBindValue(id);
        run(q, m_path, QStringLiteral("reading enrolments"));
        while (q.next())
            acc.add(fromBlob(q.value(0).toByteArray()));
    }
    QSqlQuery u(db());
    u.prepare(QStringLiteral("UPDATE sources SET count = ?, fingerprint = ?, modified = ? WHERE id = ?"));
    u.addBindValue(acc.count);
    u.addBindValue(acc.count > 0 ? QVariant(toBlob(acc.mean())) : QVariant(QMetaType(QMetaType::QByteArray)));
    u.addBindValue(nowText());
    u.addBindValue(id);
    run(u, m_path, QStringLiteral("updating a fingerprint"));
}

EnrolReport FingerprintLibrary::enrol(const std::vector<EnrolmentClip> &clips)
{
    const LibraryConnectionUse use(*this);
    EnrolReport report;
    QSet<qint64> touched;
    QSet<QString> touchedNames;
    transaction(QStringLiteral("the enrolment"), [&](QSqlDatabase &d) {
        QMap<QPair<int, QString>, qint64> ids;
        for (const EnrolmentClip &c : clips) {
            if (int(c.embedding.size()) != m_model.dimension)
                throw Error(m_path, QStringLiteral("clip %1 has an embedding of dimension %2, the library's model %3 "
                                                   "gives %4: nothing was enrolled")
                                        .arg(c.path).arg(c.embedding.size()).arg(m_model.name).arg(m_model.dimension));
            for (float v : c.embedding)
                if (!std::isfinite(v))
                    throw Error(m_path, QStringLiteral("clip %1 has a non-finite embedding value: nothing was enrolled").arg(c.path));
            if (c.sha256.isEmpty())
                throw Error(m_path, QStringLiteral("clip %1 has no SHA-256: nothing was enrolled").arg(c.path));
            const QByteArray blob = toBlob(c.embedding);
            for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it) {
                const QString name = it.value().trimmed();
                if (name.isEmpty())
                    continue;
                const auto key = qMakePair(int(it.key()), name);
                qint64 id = ids.value(key, 0);
                if (id == 0) {
                    id = sourceId(it.key(), name, false);
                    if (id == 0) {
                        QSqlQuery ins(d);
                        ins.prepare(QStringLiteral("INSERT INTO sources(level, name, created, modified) VALUES(?, ?, ?, ?)"));
                        ins.addBindValue(sourceLevelName(it.key()));
                        ins.addBindValue(name);
                        ins.addBindValue(nowText());
                        ins.addBindValue(nowText());
                        run(ins, m_path, QStringLiteral("adding source %1").arg(name));
                        id = ins.lastInsertId().toLongLong();
                    }
                    ids[key] = id;
                }
                QSqlQuery q(d);
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO enrolments(source_id, clip_sha256, path, embedding, added) "
                                         "VALUES(?, ?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(c.sha256);
                q.addBindValue(c.path);
                q.addBindValue(blob);
                q.addBindValue(nowText());
                run(q, m_path, QStringLiteral("enrolling %1").arg(c.path));
                // QSQLITE reads sqlite3_changes() of the connection when asked: take it before other statements.
                const bool inserted = q.numRowsAffected() > 0;
                const QMap<QString, QString> attrs = c.attributes.value(it.key());
                for (auto a = attrs.cbegin(); a != attrs.cend(); ++a) {
                    QSqlQuery qa(d);
                    qa.prepare(QStringLiteral("INSERT OR REPLACE INTO source_attributes(source_id, key, value) VALUES(?, ?, ?)"));
                    qa.addBindValue(id);
                    qa.addBindValue(a.key());
                    qa.addBindValue(a.value());
                    run(qa, m_path, QStringLiteral("setting attribute %1 of %2").arg(a.key(), name));
                }
                if (inserted) {
                    ++report.added;
                    touched.insert(id);
                    touchedNames.insert(sourceLevelName(it.key()) + QLatin1Char('/') + name);
                } else {
                    ++report.skipped;
                }
            }
        }
        for (qint64 id : touched)
            refreshSource(id);
    });
    report.sources = touchedNames.values();
    report.sources.sort();
    return report;
}

void FingerprintLibrary::setAttribute(SourceLevel level, const QString &name, const QString &key, const QString &value)
{
    const LibraryConnectionUse use(*this);
    transaction(QStringLiteral("setting an attribute"), [&](QSqlDatabase &d) {
        const qint64 id = sourceId(level, name, true);
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO source_attributes(source_id, key, value) VALUES(?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(key);
        q.addBindValue(value);
        run(q, m_path, QStringLiteral("setting attribute %1").arg(key));
    });
}

QList<SourceInfo> FingerprintLibrary::sources(std::optional<SourceLevel> level) const
{
    const LibraryConnectionUse use(*this);
    QMap<qint64, QMap<QString, QString>> attrs;
    {
        QSqlQuery a(db());
        if (!a.exec(QStringLiteral("SELECT source_id, key, value FROM source_attributes")))
            throw Error(m_path, QStringLiteral("reading attributes: %1").arg(a.lastError().text()));
        while (a.next())
            attrs[a.value(0).toLongLong()][a.value(1).toString()] = a.value(2).toString();
    }
    QSqlQuery q(db());
    if (level) {
        q.prepare(QStringLiteral("SELECT id, level, name, count, created, modified FROM sources WHERE level = ? ORDER BY id"));
        q.addBindValue(sourceLevelName(*level));
    } else {
        q.prepare(QStringLiteral("SELECT id, level, name, count, created, modified FROM sources ORDER BY id"));
    }
    run(q, m_path, QStringLiteral("listing sources"));
    QList<SourceInfo> out;
    while (q.next()) {
        SourceInfo s;
        s.id = q.value(0).toLongLong();
        if (!sourceLevelFromName(q.value(1).toString(), s.level))
            throw Error(m_path, QStringLiteral("damaged library: source '%1' has an invalid level '%2' (`sourcetrace-cli library verify` lists the problems)")
                                    .arg(q.value(2).toString().left(80), q.value(1).toString().left(80)));
        s.name = q.value(2).toString();
        s.count = q.value(3).toInt();
        s.created = fromText(q.value(4).toString());
        s.modified = fromText(q.value(5).toString());
        s.attributes = attrs.value(s.id);
        out << s;
    }
    return out;
}

bool FingerprintLibrary::hasSource(SourceLevel level, const QString &name) const
{
    const LibraryConnectionUse use(*this);
    return sourceId(level, name, false) != 0;
}

SourceInfo FingerprintLibrary::source(SourceLevel level, const QString &name) const
{
    const LibraryConnectionUse use(*this);
    const qint64 id = sourceId(level, name, true);
    for (const SourceInfo &s : sources(level))
        if (s.id == id)
            return s;
    throw Error(m_path, QStringLiteral("no source '%1' at level %2").arg(name, sourceLevelName(level)));
}

std::vector<float> FingerprintLibrary::fingerprint(SourceLevel level, const QString &name) const
{
    const LibraryConnectionUse use(*this);
    const qint64 id = sourceId(level, name, true);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1, count FROM sources WHERE id = ?").arg(blobColumns(QStringLiteral("fingerprint"), m_model.dimension)));
    q.addBindValue(id);
    run(q, m_path, QStringLiteral("reading a fingerprint"));
    if (!q.next() || q.value(2).toInt() == 0)
        return {};
    return checkedVector(q, 0, m_model.dimension, m_path, QStringLiteral("the fingerprint of %1 %2").arg(sourceLevelName(level), name));
}

std::vector<EnrolmentRecord> FingerprintLibrary::enrolments(SourceLevel level, const QString &name) const
{
    const LibraryConnectionUse use(*this);
    const qint64 id = sourceId(level, name, true);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT clip_sha256, path, added, %1 FROM enrolments WHERE source_id = ? ORDER BY id")
                  .arg(blobColumns(QStringLiteral("embedding"), m_model.dimension)));
    q.addBindValue(id);
    run(q, m_path, QStringLiteral("reading enrolments"));
    std::vector<EnrolmentRecord> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(),
                       checkedVector(q, 3, m_model.dimension, m_path, QStringLiteral("an enrolment embedding of %1 %2 (%3)")
                                                                      .arg(sourceLevelName(level), name, q.value(1).toString())),
                       fromText(q.value(2).toString())});
    return out;
}

EnrolmentSet FingerprintLibrary::enrolmentSet(SourceLevel level) const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.name, %1, e.path FROM enrolments e JOIN sources s ON s.id = e.source_id "
                             "WHERE s.level = ? ORDER BY s.id, e.id").arg(blobColumns(QStringLiteral("e.embedding"), m_model.dimension)));
    q.addBindValue(sourceLevelName(level));
    run(q, m_path, QStringLiteral("reading enrolment embeddings"));
    EnrolmentSet set;
    while (q.next())
        set.bySource[q.value(0).toString()].push_back(
            checkedVector(q, 1, m_model.dimension, m_path, QStringLiteral("an enrolment embedding of %1 %2 (%3)")
                                                           .arg(sourceLevelName(level), q.value(0).toString(), q.value(3).toString())));
    return set;
}

std::vector<SourceLevel> FingerprintLibrary::levels() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT level FROM sources WHERE count > 0")))
        throw Error(m_path, QStringLiteral("listing levels: %1").arg(q.lastError().text()));
    QSet<int> present;
    while (q.next()) {
        SourceLevel l;
        if (sourceLevelFromName(q.value(0).toString(), l))
            present.insert(int(l));
    }
    std::vector<SourceLevel> out;
    for (SourceLevel l : allSourceLevels())
        if (present.contains(int(l)))
            out.push_back(l);
    return out;
}

void FingerprintLibrary::rename(SourceLevel level, const QString &from, const QString &to)
{
    const LibraryConnectionUse use(*this);
    if (to.trimmed().isEmpty())
        throw Error(m_path, QStringLiteral("a source name cannot be empty"));
    transaction(QStringLiteral("the rename"), [&](QSqlDatabase &d) {
        const qint64 id = sourceId(level, from, true);
        if (sourceId(level, to, false) != 0)
            throw Error(m_path, QStringLiteral("cannot rename '%1' to '%2' at level %3: that name exists (merge them instead)")
                                    .arg(from, to, sourceLevelName(level)));
        QSqlQuery q(d);
        q.prepare(QStringLiteral("UPDATE sources SET name = ?, modified = ? WHERE id = ?"));
        q.addBindValue(to.trimmed());
        q.addBindValue(nowText());
        q.addBindValue(id);
        run(q, m_path, QStringLiteral("renaming %1").arg(from));
    });
}

SourceSnapshot FingerprintLibrary::snapshot(SourceLevel level, const QString &name) const
{
    const LibraryConnectionUse use(*this);
    const SourceInfo info = source(level, name);
    SourceSnapshot s;
    s.id = info.id;
    s.level = level;
    s.name = name;
    s.created = info.created;
    s.modified = info.modified;
    s.attributes = info.attributes;
    s.enrolments = enrolments(level, name);
    return s;
}

std::pair<SourceSnapshot, SourceSnapshot> FingerprintLibrary::merge(SourceLevel level, const QString &from, const QString &into)
{
    const LibraryConnectionUse use(*this);
    if (from == into)
        throw Error(m_path, QStringLiteral("cannot merge source '%1' into itself").arg(from));
    std::pair<SourceSnapshot, SourceSnapshot> snaps{snapshot(level, from), snapshot(level, into)};
    transaction(QStringLiteral("the merge"), [&](QSqlDatabase &d) {
        {
            QSqlQuery q(d);
            q.prepare(QStringLiteral("UPDATE OR IGNORE enrolments SET source_id = ? WHERE source_id = ?"));
            q.addBindValue(snaps.second.id);
            q.addBindValue(snaps.first.id);
            run(q, m_path, QStringLiteral("moving enrolments of %1").arg(from));
        }
        {
            // Attributes that `into` lacks come along.
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO source_attributes(source_id, key, value) "
                                     "SELECT ?, key, value FROM source_attributes WHERE source_id = ?"));
            q.addBindValue(snaps.second.id);
            q.addBindValue(snaps.first.id);
            run(q, m_path, QStringLiteral("moving attributes of %1").arg(from));
        }
        QSqlQuery del(d);
        del.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
        del.addBindValue(snaps.first.id);
        run(del, m_path, QStringLiteral("removing %1").arg(from));
        refreshSource(snaps.second.id);
    });
    return snaps;
}

SourceSnapshot FingerprintLibrary::remove(SourceLevel level, const QString &name)
{
    const LibraryConnectionUse use(*this);
    SourceSnapshot s = snapshot(level, name);
    transaction(QStringLiteral("the removal"), [&](QSqlDatabase &d) {
        QSqlQuery del(d);
        del.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
        del.addBindValue(s.id);
        run(del, m_path, QStringLiteral("removing %1").arg(name));
    });
    return s;
}

void FingerprintLibrary::restore(const SourceSnapshot &s)
{
    const LibraryConnectionUse use(*this);
    if (s.name.isEmpty())
        throw Error(m_path, QStringLiteral("cannot restore an empty snapshot"));
    transaction(QStringLiteral("the restore"), [&](QSqlDatabase &d) {
        if (const qint64 old = sourceId(s.level, s.name, false)) {
            QSqlQuery del(d);
            del.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
            del.addBindValue(old);
            run(del, m_path, QStringLiteral("replacing %1").arg(s.name));
        }
        bool idFree = false;
        if (s.id > 0) {
            QSqlQuery q(d);
            q.prepare(QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"));
            q.addBindValue(s.id);
            run(q, m_path, QStringLiteral("restoring %1").arg(s.name));
            idFree = q.next() && q.value(0).toInt() == 0;
        }
        QSqlQuery ins(d);
        if (idFree) {
            ins.prepare(QStringLiteral("INSERT INTO sources(id, level, name, created, modified) VALUES(?, ?, ?, ?, ?)"));
            ins.addBindValue(s.id);
        } else {
            ins.prepare(QStringLiteral("INSERT INTO sources(level, name, created, modified) VALUES(?, ?, ?, ?)"));
        }
        ins.addBindValue(sourceLevelName(s.level));
        ins.addBindValue(s.name);
        ins.addBindValue(dateText(s.created));
        ins.addBindValue(dateText(s.modified));
        run(ins, m_path, QStringLiteral("restoring %1").arg(s.name));
        const qint64 id = idFree ? s.id : ins.lastInsertId().toLongLong();
        for (auto it = s.attributes.cbegin(); it != s.attributes.cend(); ++it) {
            QSqlQuery a(d);
            a.prepare(QStringLiteral("INSERT INTO source_attributes(source_id, key, value) VALUES(?, ?, ?)"));
            a.addBindValue(id);
            a.addBindValue(it.key());
            a.addBindValue(it.value());
            run(a, m_path, QStringLiteral("restoring attributes of %1").arg(s.name));
        }
        for (const EnrolmentRecord &e : s.enrolments) {
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO enrolments(source_id, clip_sha256, path, embedding, added) "
                                     "VALUES(?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(e.sha256);
            q.addBindValue(e.path);
            q.addBindValue(toBlob(e.embedding));
            q.addBindValue(dateText(e.added));
            run(q, m_path, QStringLiteral("restoring enrolments of %1").arg(s.name));
        }
        refreshSource(id);
        QSqlQuery m(d);
        m.prepare(QStringLiteral("UPDATE sources SET modified = ? WHERE id = ?"));
        m.addBindValue(dateText(s.modified));
        m.addBindValue(id);
        run(m, m_path, QStringLiteral("restoring %1").arg(s.name));
    });
}

QString VerifyProblem::describe() const
{
    return name.isEmpty() ? QStringLiteral("library: %1").arg(what)
                          : QStringLiteral("%1 %2: %3").arg(sourceLevelName(level), name, what);
}

QList<VerifyProblem> FingerprintLibrary::verify(double tolerance, bool quick) const
{
    const LibraryConnectionUse use(*this);
    QList<VerifyProblem> problems;
    auto general = [&](const QString &w) { problems << VerifyProblem{SourceLevel::Attack, QString(), w}; };
    QSqlDatabase d = db();
    // One read transaction: every check sees the same snapshot. Without it, a writer in another process
    // committing between two of the checks' statements (a source's count, then its enrolment rows) makes a
    // sound library look damaged (seen with six concurrent `library enrol` under AddressSanitizer's timing).
    struct ReadSnapshot
    {
        QSqlDatabase &d;
        bool began = false;
        explicit ReadSnapshot(QSqlDatabase &db) : d(db)
        {
            QSqlQuery b(d);
            began = b.exec(QStringLiteral("BEGIN")); // fails harmlessly inside a caller's transaction
        }
        ~ReadSnapshot()
        {
            if (began) {
                QSqlQuery e(d);
                e.exec(QStringLiteral("ROLLBACK"));
            }
        }
    } snapshot(d);

    // 1. SQLite's own check of the file (pages, indexes, free list).
    {
        const QString pragma = quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA %1(20)").arg(pragma))) {
            general(QStringLiteral("SQLite's %1 fails: %2").arg(pragma, q.lastError().text()));
        } else {
            QStringList msgs;
            while (q.next())
                if (q.value(0).toString() != QLatin1String("ok"))
                    msgs << q.value(0).toString();
            if (!msgs.isEmpty())
                general(QStringLiteral("SQLite's %1 reports: %2").arg(pragma, msgs.join(QStringLiteral("; "))));
        }
    }

    // 1b. The file's length against SQLite's page count (stat only). SQLite reads a cut last page as zeros, so
    // its integrity check misses a file cut by a few bytes inside the last page's free space.
    {
        QSqlQuery q(d);
        qint64 pageSize = 0, pageCount = 0;
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pageSize = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("PRAGMA page_count")) && q.next())
            pageCount = q.value(0).toLongLong();
        const qint64 size = QFileInfo(m_path).size();
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (pageSize > 0 && size % pageSize != 0)
            general(QStringLiteral("the file is %1 bytes, not a whole number of %2-byte pages: it was cut or extended")
                        .arg(size).arg(pageSize));
        else if (pageSize > 0 && pageCount > 0 && (!wal.exists() || wal.size() == 0) && pageCount * pageSize > size)
            general(QStringLiteral("the file is %1 bytes but holds %2 pages of %3 bytes: it was cut").arg(size).arg(pageCount).arg(pageSize));
    }

    // 2. The schema of this version: tables, columns; no triggers or views (a library has none).
    static const QList<QPair<QString, QStringList>> kTables{
        {QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("sources"), {QStringLiteral("id"), QStringLiteral("level"), QStringLiteral("name"), QStringLiteral("created"),
                                     QStringLiteral("modified"), QStringLiteral("count"), QStringLiteral("fingerprint")}},
        {QStringLiteral("enrolments"), {QStringLiteral("id"), QStringLiteral("source_id"), QStringLiteral("clip_sha256"),
                                        QStringLiteral("path"), QStringLiteral("embedding"), QStringLiteral("added")}},
        {QStringLiteral("source_attributes"), {QStringLiteral("source_id"), QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("thresholds"), {QStringLiteral("level"), QStringLiteral("backend"), QStringLiteral("threshold"),
                                        QStringLiteral("rule"), QStringLiteral("created")}},
        {QStringLiteral("backend_fits"), {QStringLiteral("level"), QStringLiteral("backend"), QStringLiteral("params"),
                                          QStringLiteral("enrolment_digest"), QStringLiteral("sources"), QStringLiteral("state"),
                                          QStringLiteral("state_sha256"), QStringLiteral("losses"), QStringLiteral("created")}},
    };
    QSet<QString> sound; // tables with every column
    for (const auto &t : kTables) {
        QSqlQuery q(d);
        QSet<QString> cols;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.first)))
            while (q.next())
                cols.insert(q.value(1).toString());
        if (cols.isEmpty()) {
            general(QStringLiteral("table %1 is missing").arg(t.first));
            continue;
        }
        QStringList missing;
        for (const QString &c : t.second)
            if (!cols.contains(c))
                missing << c;
        if (missing.isEmpty())
            sound.insert(t.first);
        else
            general(QStringLiteral("table %1 lacks column(s) %2").arg(t.first, missing.join(QStringLiteral(", "))));
    }
    {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")))
            while (q.next())
                general(QStringLiteral("unexpected %1 '%2' (a library has none)").arg(q.value(0).toString(), q.value(1).toString()));
    }
    {
        QSqlQuery q(d);
        QMap<QString, int> orphans;
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            while (q.next())
                ++orphans[q.value(0).toString()];
        for (auto it = orphans.cbegin(); it != orphans.cend(); ++it)
            general(QStringLiteral("%1 row(s) of %2 refer to a source that does not exist").arg(it.value()).arg(it.key()));
    }

    // 3. The model binding.
    int dim = 0;
    if (sound.contains(QStringLiteral("meta"))) {
        QSqlQuery q(d);
        QMap<QString, QString> meta;
        if (q.exec(QStringLiteral("SELECT key, value FROM meta")))
            while (q.next())
                meta[q.value(0).toString()] = q.value(1).toString();
        if (meta.value(QStringLiteral("model_name")).trimmed().isEmpty())
            general(QStringLiteral("the model binding names no model (meta model_name)"));
        const QString sha = meta.value(QStringLiteral("model_sha256"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        if (sha.isEmpty())
            general(QStringLiteral("the model binding has no weights SHA-256 (meta model_sha256)"));
        else if (!hex.match(sha).hasMatch())
            general(QStringLiteral("the model binding's weights SHA-256 '%1' is not lower-case hex").arg(sha.left(80)));
        bool ok = false;
        dim = meta.value(QStringLiteral("embedding_dim")).toInt(&ok);
        if (!ok || dim <= 0 || dim > kMaxDimension) {
            general(QStringLiteral("the model binding's embedding dimension '%1' is not a number from 1 to %2")
                        .arg(meta.value(QStringLiteral("embedding_dim")).left(40)).arg(kMaxDimension));
            dim = 0;
        }
    }

    // 4. Sources and their enrolments: level names, embeddings, counts, fingerprints = means.
    if (sound.contains(QStringLiteral("sources")) && sound.contains(QStringLiteral("enrolments"))) {
        QMap<qint64, MeanAccumulator> acc;
        QMap<qint64, int> rows, badDims, badValues, noHash;
        {
            QSqlQuery q(d);
            // The BLOB only when its length is the bound dimension's: a huge value is never copied.
            if (!q.exec(QStringLiteral("SELECT source_id, %1, clip_sha256 FROM enrolments ORDER BY id")
                            .arg(blobColumns(QStringLiteral("embedding"), dim)))) {
                general(QStringLiteral("cannot read the enrolments: %1").arg(q.lastError().text()));
            } else {
                while (q.next()) {
                    const qint64 id = q.value(0).toLongLong();
                    ++rows[id];
                    if (q.value(3).toString().trimmed().isEmpty())
                        ++noHash[id];
                    if (dim == 0)
                        continue; // the binding's problem is reported; its embeddings cannot be judged
                    if (q.value(2).toLongLong() != qint64(dim) * 4) {
                        ++badDims[id];
                        continue;
                    }
                    const std::vector<float> e = fromBlob(q.value(1).toByteArray());
                    if (!std::all_of(e.begin(), e.end(), [](float v) { return std::isfinite(v); })) {
                        ++badValues[id];
                        continue;
                    }
                    acc[id].add(e);
                }
            }
        }
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("SELECT id, level, name, count, %1 FROM sources ORDER BY id")
                        .arg(blobColumns(QStringLiteral("fingerprint"), dim)))) {
            general(QStringLiteral("cannot read the sources: %1").arg(q.lastError().text()));
        } else {
            QSet<QString> seen;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                const QString levelText = q.value(1).toString();
                const QString name = q.value(2).toString();
                SourceLevel level = SourceLevel::Attack;
                if (!sourceLevelFromName(levelText, level)) {
                    general(QStringLiteral("source '%1' has an invalid level '%2' (levels: attack, acoustic_model, vocoder, codec)")
                                .arg(name.left(80), levelText.left(80)));
                    continue;
                }
                auto problem = [&](const QString &w) { problems << VerifyProblem{level, name, w}; };
                if (name.trimmed().isEmpty())
                    problem(QStringLiteral("a source with an empty name (id %1)").arg(id));
                const int count = q.value(3).toInt();
                const MeanAccumulator &a = acc[id];
                if (badDims.contains(id))
                    problem(QStringLiteral("%1 enrolment embeddings are not %2 float32 values (the bound dimension)").arg(badDims[id]).arg(dim));
                if (badValues.contains(id))
                    problem(QStringLiteral("%1 enrolment embeddings hold non-finite values (NaN or infinity)").arg(badValues[id]));
                if (noHash.contains(id))
                    problem(QStringLiteral("%1 enrolments have no clip SHA-256").arg(noHash[id]));
                if (dim > 0 && count != rows.value(id))
                    problem(QStringLiteral("stored count %1 but %2 enrolment rows").arg(count).arg(rows.value(id)));
                const bool hasFingerprint = !q.value(5).isNull() && q.value(5).toLongLong() > 0;
                if (rows.value(id) == 0) {
                    if (hasFingerprint)
                        problem(QStringLiteral("a fingerprint but no enrolments"));
                    continue;
                }
                if (a.count != rows.value(id) || dim == 0)
                    continue; // the mean of damaged embeddings says nothing more
                if (q.value(5).toLongLong() != qint64(dim) * 4) {
                    problem(QStringLiteral("stored fingerprint has %1 bytes, not %2 float32 values").arg(q.value(5).toLongLong()).arg(dim));
                    continue;
                }
                const std::vector<float> stored = fromBlob(q.value(4).toByteArray());
                if (!std::all_of(stored.begin(), stored.end(), [](float v) { return std::isfinite(v); })) {
                    problem(QStringLiteral("stored fingerprint holds non-finite values"));
                    continue;
                }
                const std::vector<float> mean = a.mean();
                double maxAbs = 0, maxDiff = 0;
                for (std::size_t i = 0; i < mean.size(); ++i) {
                    maxAbs = std::max(maxAbs, std::fabs(double(mean[i])));
                    maxDiff = std::max(maxDiff, std::fabs(double(mean[i]) - double(stored[i])));
                }
                if (maxDiff > tolerance * std::max(maxAbs, 1e-30))
                    problem(QStringLiteral("stored fingerprint differs from the mean of its enrolments by %1").arg(maxDiff));
            }
        }
    }

    // 5. Thresholds and LR calibrations: valid levels, finite numbers.
    if (sound.contains(QStringLiteral("thresholds"))) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT level, backend, threshold FROM thresholds")))
            while (q.next()) {
                SourceLevel l;
                if (!sourceLevelFromName(q.value(0).toString(), l))
                    general(QStringLiteral("a threshold of back-end '%1' has an invalid level '%2'").arg(q.value(1).toString(), q.value(0).toString().left(80)));
                bool ok = false;
                const double t = q.value(2).toDouble(&ok);
                if (!ok || !std::isfinite(t))
                    general(QStringLiteral("the %1 threshold of back-end '%2' is not a finite number").arg(q.value(0).toString(), q.value(1).toString()));
            }
    }
    // 6. Stored back-end fits: valid level, the state's SHA-256, a state that decodes for the bound dimension.
    if (sound.contains(QStringLiteral("backend_fits"))) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT level, backend, state_sha256, length(state), losses, params FROM backend_fits")))
            while (q.next()) {
                const QString what = QStringLiteral("the stored %1 fit of level '%2'").arg(q.value(1).toString().left(80), q.value(0).toString().left(80));
                SourceLevel l;
                if (!sourceLevelFromName(q.value(0).toString(), l)) {
                    general(QStringLiteral("%1 has an invalid level").arg(what));
                    continue;
                }
                if (q.value(3).toLongLong() > (qint64(1) << 30)) {
                    general(QStringLiteral("%1: its state is over 1 GiB").arg(what));
                    continue;
                }
                QSqlQuery b(d);
                b.prepare(QStringLiteral("SELECT state FROM backend_fits WHERE level = ? AND backend = ?"));
                b.addBindValue(q.value(0));
                b.addBindValue(q.value(1));
                if (!b.exec() || !b.next()) {
                    general(QStringLiteral("%1 cannot be read").arg(what));
                    continue;
                }
                const QByteArray state = b.value(0).toByteArray();
                if (sha256Hex(state) != q.value(2).toString()) {
                    general(QStringLiteral("%1: its state's SHA-256 is not the one stored with it (changed or damaged)").arg(what));
                    continue;
                }
                const QString bad = checkTrainedState(q.value(1).toString(), state, dim);
                if (!bad.isEmpty())
                    general(QStringLiteral("%1: %2").arg(what, bad));
                const QJsonDocument losses = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
                bool finite = losses.isArray();
                for (const QJsonValue &v : losses.array())
                    finite = finite && v.isDouble() && std::isfinite(v.toDouble());
                if (!finite)
                    general(QStringLiteral("%1: its losses are not a list of finite numbers").arg(what));
                if (!QJsonDocument::fromJson(q.value(5).toString().toUtf8()).isObject())
                    general(QStringLiteral("%1: its parameters are not a JSON object").arg(what));
            }
    }
    if (sound.contains(QStringLiteral("meta"))) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'lr_calibration/%'"));
        if (q.exec())
            while (q.next()) {
                const QStringList key = q.value(0).toString().split(QLatin1Char('/'));
                const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                SourceLevel l;
                if (key.size() != 3 || !sourceLevelFromName(key[1], l) || o.isEmpty()
                    || !std::isfinite(o.value(QStringLiteral("a")).toDouble(qQNaN()))
                    || !std::isfinite(o.value(QStringLiteral("b")).toDouble(qQNaN())))
                    general(QStringLiteral("meta entry '%1' is not a valid LR calibration (level, back-end, finite a and b)")
                                .arg(q.value(0).toString().left(120)));
            }
    }
    return problems;
}

EnrolReport FingerprintLibrary::importStopaCsv(const QString &csvPath, SourceLevel level)
{
    const StopaFingerprintCsv csv = StopaFingerprintCsv::read(csvPath);
    if (csv.dimension() != m_model.dimension)
        throw Error(csvPath, QStringLiteral("fingerprints of dimension %1, but the library's model %2 gives %3")
                                 .arg(csv.dimension()).arg(m_model.describe()).arg(m_model.dimension));
    std::vector<EnrolmentClip> clips;
    for (int i = 0; i < csv.names.size(); ++i) {
        EnrolmentClip c;
        c.embedding = csv.rows[std::size_t(i)];
        c.sha256 = sha256Hex(QByteArrayLiteral("stopa-fingerprint\n") + csv.names[i].toUtf8() + '\n' + toBlob(c.embedding));
        c.path = csvPath + QLatin1Char('#') + csv.names[i];
        c.labels[level] = csv.names[i];
        clips.push_back(std::move(c));
    }
    return enrol(clips);
}

StopaFingerprintCsv FingerprintLibrary::exportStopa(SourceLevel level) const
{
    const LibraryConnectionUse use(*this);
    StopaFingerprintCsv csv;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name, %1 FROM sources WHERE level = ? AND count > 0 ORDER BY id")
                  .arg(blobColumns(QStringLiteral("fingerprint"), m_model.dimension)));
    q.addBindValue(sourceLevelName(level));
    run(q, m_path, QStringLiteral("exporting fingerprints"));
    while (q.next()) {
        csv.names << q.value(0).toString();
        csv.rows.push_back(checkedVector(q, 1, m_model.dimension, m_path,
                                         QStringLiteral("the fingerprint of %1 %2").arg(sourceLevelName(level), q.value(0).toString())));
    }
    return csv;
}

void FingerprintLibrary::exportNpy(SourceLevel level, const QString &npyPath, bool enrolmentsToo) const
{
    const LibraryConnectionUse use(*this);
    std::vector<float> data;
    QStringList lines;
    int rows = 0;
    if (!enrolmentsToo) {
        const StopaFingerprintCsv fp = exportStopa(level);
        for (int i = 0; i < fp.names.size(); ++i) {
            data.insert(data.end(), fp.rows[std::size_t(i)].begin(), fp.rows[std::size_t(i)].end());
            lines << fp.names[i];
            ++rows;
        }
    } else {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT s.name, e.clip_sha256, %1 FROM enrolments e JOIN sources s ON s.id = e.source_id "
                                 "WHERE s.level = ? ORDER BY s.id, e.id").arg(blobColumns(QStringLiteral("e.embedding"), m_model.dimension)));
        q.addBindValue(sourceLevelName(level));
        run(q, m_path, QStringLiteral("exporting enrolments"));
        while (q.next()) {
            const std::vector<float> e = checkedVector(q, 2, m_model.dimension, m_path,
                                                       QStringLiteral("an enrolment embedding of %1 %2").arg(sourceLevelName(level), q.value(0).toString()));
            data.insert(data.end(), e.begin(), e.end());
            lines << q.value(0).toString() + QLatin1Char('\t') + q.value(1).toString();
            ++rows;
        }
    }
    writeNpy(npyPath, data.data(), {int64_t(rows), int64_t(m_model.dimension)});
    QSaveFile f(npyPath + QStringLiteral(".sources.txt"));
    if (!f.open(QIODevice::WriteOnly))
        throw Error(f.fileName(), QStringLiteral("cannot write: %1").arg(f.errorString()));
    for (const QString &l : lines)
        f.write(l.toUtf8() + '\n');
    if (!f.commit())
        throw Error(f.fileName(), QStringLiteral("cannot write: %1").arg(f.errorString()));
}

void FingerprintLibrary::setThreshold(const StoredThreshold &t)
{
    if (!std::isfinite(t.threshold) || !std::isfinite(t.eer) || !std::isfinite(t.targetFar))
        throw Error(m_path, QStringLiteral("refusing to store a non-finite %1 threshold for %2 (threshold %3, EER %4): "
                                           "the development scores were not finite")
                                .arg(sourceLevelName(t.level), t.backend).arg(t.threshold).arg(t.eer));
    const LibraryConnectionUse use(*this);
    transaction(QStringLiteral("storing a threshold"), [&](QSqlDatabase &d) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO thresholds(level, backend, threshold, rule, target_far, eer, "
                                 "protocol_name, protocol_sha256, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(sourceLevelName(t.level));
        q.addBindValue(t.backend);
        q.addBindValue(t.threshold);
        q.addBindValue(t.rule);
        q.addBindValue(t.targetFar);
        q.addBindValue(t.eer);
        q.addBindValue(t.protocolName);
        q.addBindValue(t.protocolSha256);
        q.addBindValue(dateText(t.created));
        run(q, m_path, QStringLiteral("storing the threshold"));
    });
}

QList<StoredThreshold> FingerprintLibrary::thresholds() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT level, backend, threshold, rule, target_far, eer, protocol_name, protocol_sha256, "
                               "created FROM thresholds ORDER BY level, backend")))
        throw Error(m_path, QStringLiteral("reading thresholds: %1").arg(q.lastError().text()));
    QList<StoredThreshold> out;
    while (q.next()) {
        StoredThreshold t;
        if (!sourceLevelFromName(q.value(0).toString(), t.level))
            throw Error(m_path, QStringLiteral("damaged library: a threshold has an invalid level '%1' (`sourcetrace-cli library verify` lists the problems)")
                                    .arg(q.value(0).toString().left(80)));
        t.backend = q.value(1).toString();
        t.threshold = q.value(2).toDouble();
        t.rule = q.value(3).toString();
        t.targetFar = q.value(4).toDouble();
        t.eer = q.value(5).toDouble();
        t.protocolName = q.value(6).toString();
        t.protocolSha256 = q.value(7).toString();
        t.created = fromText(q.value(8).toString());
        out << t;
    }
    return out;
}

std::optional<StoredThreshold> FingerprintLibrary::threshold(SourceLevel level, const QString &backend) const
{
    for (const StoredThreshold &t : thresholds())
        if (t.level == level && t.backend == backend)
            return t;
    return std::nullopt;
}

void FingerprintLibrary::setBackendFits(const QString &backend, const QList<StoredBackendFit> &fits)
{
    for (const StoredBackendFit &f : fits) {
        if (f.backend != backend)
            throw Error(m_path, QStringLiteral("storing %1 fits: one is of back-end %2").arg(backend, f.backend));
        const QString bad = checkTrainedState(backend, f.state, m_model.dimension);
        if (!bad.isEmpty())
            throw Error(m_path, QStringLiteral("refusing to store the %1 fit of level %2: %3").arg(backend, sourceLevelName(f.level), bad));
        for (double l : f.losses)
            if (!std::isfinite(l))
                throw Error(m_path, QStringLiteral("refusing to store the %1 fit of level %2: a training loss is not finite")
                                        .arg(backend, sourceLevelName(f.level)));
    }
    const LibraryConnectionUse use(*this);
    transaction(QStringLiteral("storing the %1 back-end").arg(backend), [&](QSqlDatabase &d) {
        QSqlQuery del(d);
        del.prepare(QStringLiteral("DELETE FROM backend_fits WHERE backend = ?"));
        del.addBindValue(backend);
        run(del, m_path, QStringLiteral("replacing the stored back-end"));
        for (const StoredBackendFit &f : fits) {
            QJsonArray losses;
            for (double l : f.losses)
                losses.append(l);
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT INTO backend_fits(level, backend, params, enrolment_digest, sources, state, state_sha256, "
                                     "losses, created) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(sourceLevelName(f.level));
            q.addBindValue(backend);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(f.params)).toJson(QJsonDocument::Compact)));
            q.addBindValue(f.enrolmentDigest);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.sources)).toJson(QJsonDocument::Compact)));
            q.addBindValue(f.state);
            q.addBindValue(sha256Hex(f.state));
            q.addBindValue(QString::fromUtf8(QJsonDocument(losses).toJson(QJsonDocument::Compact)));
            q.addBindValue(dateText(f.created));
            run(q, m_path, QStringLiteral("storing the back-end fit"));
        }
    });
}

QList<StoredBackendFit> FingerprintLibrary::backendFits(const QString &backend) const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    // (a null QString binds as NULL: choose the statement instead of comparing with '')
    q.prepare(QStringLiteral("SELECT level, backend, params, enrolment_digest, sources, state, state_sha256, losses, created "
                             "FROM backend_fits %1 ORDER BY backend, level")
                  .arg(backend.isEmpty() ? QString() : QStringLiteral("WHERE backend = ?")));
    if (!backend.isEmpty())
        q.addBindValue(backend);
    run(q, m_path, QStringLiteral("reading the stored back-end fits"));
    QList<StoredBackendFit> out;
    while (q.next()) {
        StoredBackendFit f;
        f.backend = q.value(1).toString();
        if (!sourceLevelFromName(q.value(0).toString(), f.level))
            throw Error(m_path, QStringLiteral("damaged library: a stored %1 fit has an invalid level '%2' (`sourcetrace-cli library verify` "
                                               "lists the problems)").arg(f.backend, q.value(0).toString().left(80)));
        f.params = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().toVariantMap();
        f.enrolmentDigest = q.value(3).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            f.sources << v.toString();
        f.state = q.value(5).toByteArray();
        if (sha256Hex(f.state) != q.value(6).toString())
            throw Error(m_path, QStringLiteral("damaged library: the stored %1 fit of level %2 does not match its SHA-256 "
                                               "(`sourcetrace-cli library verify` lists the problems)").arg(f.backend, sourceLevelName(f.level)));
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            f.losses.push_back(v.toDouble());
        f.created = fromText(q.value(8).toString());
        out << f;
    }
    return out;
}

namespace {
const QString kLrPrefix = QStringLiteral("lr_calibration/");
}

void FingerprintLibrary::setLrCalibration(const StoredLrCalibration &c)
{
    if (!std::isfinite(c.a) || !std::isfinite(c.b))
        throw Error(m_path, QStringLiteral("refusing to store a non-finite %1 LR calibration for %2 (a %3, b %4)")
                                .arg(sourceLevelName(c.level), c.backend).arg(c.a).arg(c.b));
    const LibraryConnectionUse use(*this);
    const QJsonObject o{{QStringLiteral("a"), c.a},
                        {QStringLiteral("b"), c.b},
                        {QStringLiteral("p_target"), c.pTarget},
                        {QStringLiteral("separable"), c.separable},
                        {QStringLiteral("dev_cllr_raw"), c.devCllrRaw},
                        {QStringLiteral("dev_cllr_calibrated"), c.devCllrCalibrated},
                        {QStringLiteral("protocol_name"), c.protocolName},
                        {QStringLiteral("protocol_sha256"), c.protocolSha256},
                        {QStringLiteral("n_target"), double(c.targets)},
                        {QStringLiteral("n_nontarget"), double(c.nontargets)},
                        {QStringLiteral("created"), dateText(c.created)}};
    transaction(QStringLiteral("storing an LR calibration"), [&](QSqlDatabase &d) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        q.addBindValue(kLrPrefix + sourceLevelName(c.level) + QLatin1Char('/') + c.backend);
        q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        run(q, m_path, QStringLiteral("storing the LR calibration"));
    });
}

QList<StoredLrCalibration> FingerprintLibrary::lrCalibrations() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(kLrPrefix + QLatin1Char('%'));
    if (!q.exec())
        throw Error(m_path, QStringLiteral("reading LR calibrations: %1").arg(q.lastError().text()));
    QList<StoredLrCalibration> out;
    while (q.next()) {
        const QStringList key = q.value(0).toString().mid(kLrPrefix.size()).split(QLatin1Char('/'));
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        StoredLrCalibration c;
        if (key.size() != 2 || !sourceLevelFromName(key[0], c.level) || o.isEmpty())
            throw Error(m_path, QStringLiteral("meta entry '%1' is not a readable LR calibration").arg(q.value(0).toString()));
        c.backend = key[1];
        c.a = o.value(QStringLiteral("a")).toDouble();
        c.b = o.value(QStringLiteral("b")).toDouble();
        c.pTarget = o.value(QStringLiteral("p_target")).toDouble(0.5);
        c.separable = o.value(QStringLiteral("separable")).toBool();
        c.devCllrRaw = o.value(QStringLiteral("dev_cllr_raw")).toDouble();
        c.devCllrCalibrated = o.value(QStringLiteral("dev_cllr_calibrated")).toDouble();
        c.protocolName = o.value(QStringLiteral("protocol_name")).toString();
        c.protocolSha256 = o.value(QStringLiteral("protocol_sha256")).toString();
        c.targets = qint64(o.value(QStringLiteral("n_target")).toDouble());
        c.nontargets = qint64(o.value(QStringLiteral("n_nontarget")).toDouble());
        c.created = fromText(o.value(QStringLiteral("created")).toString());
        out << c;
    }
    return out;
}

std::optional<StoredLrCalibration> FingerprintLibrary::lrCalibration(SourceLevel level, const QString &backend) const
{
    for (const StoredLrCalibration &c : lrCalibrations())
        if (c.level == level && c.backend == backend)
            return c;
    return std::nullopt;
}

} // namespace st
