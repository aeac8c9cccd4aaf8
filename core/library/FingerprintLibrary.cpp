// The library file: the shared storage helpers, SQLite connections (one per operation), identification of a file
// as a SourceTrace library, creation, opening, and the model binding. The rest of FingerprintLibrary lives in the
// Library*.cpp files (see FingerprintLibraryPrivate.h).
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <cmath>
#include <cstring>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::FingerprintLibrary)
};
} // namespace

namespace libdb {

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

// (blobColumns, checkedVector: see FingerprintLibraryPrivate.h)
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
        throw Error(path, Text::tr("damaged library: %1 has %2 bytes, not %3 float32 values (`sourcetrace-cli library verify` lists the problems)")
                              .arg(what).arg(bytes).arg(dim));
    std::vector<float> v = fromBlob(q.value(col).toByteArray());
    for (float x : v)
        if (!std::isfinite(x))
            throw Error(path, Text::tr("damaged library: %1 holds a non-finite value (`sourcetrace-cli library verify` lists the problems)").arg(what));
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
        throw Error(path, Text::tr("cannot switch the library to WAL mode (is it on a local disk?) %1").arg(q.lastError().text()));
}

} // namespace libdb

using namespace libdb;

namespace {

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
        throw Error(path, Text::tr("cannot open the library database: %1").arg(e));
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

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

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

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ModelBinding::describe() const
{
    return QStringLiteral("%1 (weights %2..., %3-d)").arg(name, weightsSha256.left(12)).arg(dimension);
}
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

void FingerprintLibrary::connect() const
{
    m_connection = openConnection(m_path, readOnly(), m_immutable);
    // The connection is made again for each operation: the file at this path must still be the library this
    // instance opened (not another one copied or renamed over it), or its cached model binding would lie.
    if (!m_identity.isEmpty() && identityOf(QSqlDatabase::database(m_connection, false)) != m_identity) {
        disconnect();
        throw Error(m_path, Text::tr("the library file was replaced by another one since it was opened (its model "
                                           "binding or creation date differ): open it again"));
    }
}

void FingerprintLibrary::disconnect() const
{
    const QString c = m_connection;
    m_connection.clear();
    closeConnection(c);
}

void FingerprintLibrary::checkForWriting()
{
    if (readOnly())
        throw Error(m_path, Text::tr("opened read-only: it cannot be changed"));
    const LibraryConnectionUse use(*this);
    if (!m_writeChecked)
        checkBeforeWriting();
}

void FingerprintLibrary::checkBeforeWriting()
{
    const QList<VerifyProblem> problems = verify(1e-5, true);
    if (!problems.isEmpty())
        throw Error(m_path, (problems.size() > 1
                                 ? Text::tr("refusing to write into a damaged library: %1 (and %n more); `sourcetrace-cli "
                                            "library verify %2` lists the problems",
                                            nullptr, int(problems.size() - 1))
                                 : Text::tr("refusing to write into a damaged library: %1; `sourcetrace-cli library "
                                            "verify %2` lists the problems"))
                                .arg(problems.front().describe(), m_path));
    m_writeChecked = true;
}

void FingerprintLibrary::create(const QString &path, const ModelBinding &model)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        throw Error(path, Text::tr("a file of that name exists already: choose another name or delete it"));
    if (model.name.isEmpty() || model.dimension <= 0 || model.dimension > kMaxDimension)
        throw Error(path, Text::tr("a library needs a model name and an embedding dimension (1 to %1)").arg(kMaxDimension));
    // Made under a temporary name in the same folder and renamed when complete: a kill never leaves a
    // half-made library under the final name.
    const QString tmp = QStringLiteral("%1.creating-%2").arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString conn;
    try {
        conn = openConnection(tmp, false, false);
        QSqlDatabase db = QSqlDatabase::database(conn);
        enableWal(db, path);
        if (!db.transaction())
            throw Error(path, Text::tr("cannot begin the creating transaction: %1").arg(db.lastError().text()));
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
                throw Error(path, Text::tr("cannot commit the new library: %1").arg(db.lastError().text()));
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
        throw Error(path, Text::tr("cannot put the new library in place (does a file of that name exist now?)"));
    }
}

FingerprintLibrary::FingerprintLibrary(const QString &path, LibraryAccess access) : m_path(path), m_access(access)
{
    // stat() only: nothing but SQLite opens the file.
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(path, Text::tr("no such library (make one with `sourcetrace-cli library create --model M --out %1`)").arg(path));
    if (!info.isFile())
        throw Error(path, Text::tr("not a library file (a folder or a device)"));
    // One spelling per file: symlinks and relative paths resolve to the same name.
    m_path = info.canonicalFilePath();
    if (!readOnly() && !info.isWritable())
        throw Error(m_path, Text::tr("the library file is read-only: it can be listed, verified and traced against, not changed"));
    // On read-only media (or in a folder this user cannot write) SQLite cannot make the -shm file of a WAL
    // library; with no -wal to apply, the file is opened immutable (nothing can change it there).
    if (readOnly() && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
        if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
            throw Error(m_path, Text::tr("the library is in a read-only folder with an unapplied write-ahead log (%1-wal): "
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
        throw Error(m_path, Text::tr("internal error: no connection open"));
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
        throw Error(m_path, Text::tr("not a SourceTrace library: SQLite cannot read it as a database (%1)").arg(q.lastError().text()));
    m_applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw Error(m_path, Text::tr("not a readable SQLite database: %1").arg(q.lastError().text()));
    m_version = q.value(0).toInt();
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        throw Error(m_path, Text::tr("cannot read the database schema (damaged? `sourcetrace-cli library verify` says more): %1")
                                .arg(q.lastError().text()));
    while (q.next())
        tables.insert(q.value(0).toString());
    if (tables.isEmpty() && m_version == 0 && m_applicationId == 0)
        throw Error(m_path, Text::tr("empty database, not a SourceTrace library (make one with `library create`)"));
    if (m_applicationId != kApplicationId && m_applicationId != 0)
        throw Error(m_path, Text::tr("not a SourceTrace library: an SQLite database of another application (application_id 0x%1)")
                                .arg(uint(m_applicationId), 8, 16, QLatin1Char('0')));
    if (m_applicationId == 0 && (m_version == 0 || !tables.contains(QStringLiteral("meta"))))
        throw Error(m_path, Text::tr("not a SourceTrace library (an SQLite database without the library's schema version and meta table)"));
    if (m_version > kSchemaVersion)
        throw Error(m_path, Text::tr("library schema version %1 is newer than this build understands (%2): "
                                           "use a newer SourceTrace").arg(m_version).arg(kSchemaVersion));
    if (m_version <= 0)
        throw Error(m_path, Text::tr("a SourceTrace library without a schema version (its creation was interrupted?): "
                                           "make it again with `library create`"));
    if (m_version < kSchemaVersion && readOnly())
        throw Error(m_path, Text::tr("library schema v%1 is older than this build's v%2, and opening it read-only cannot "
                                           "migrate it: `sourcetrace-cli library upgrade %3` migrates it (this changes the file)")
                                .arg(m_version).arg(kSchemaVersion).arg(m_path));
}

void FingerprintLibrary::loadModel()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        if (m_access == LibraryAccess::Inspect)
            return;
        throw Error(m_path, Text::tr("cannot read the library's meta table (`sourcetrace-cli library verify %1` says more): %2")
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
        throw Error(m_path, Text::tr("the library names no model (meta model_name / embedding_dim missing or invalid; "
                                           "`sourcetrace-cli library verify %1` says more)").arg(m_path));
    m_identity = identityOf(db());
}

void FingerprintLibrary::checkModel(const ModelBinding &m) const
{
    if (m == m_model)
        return;
    throw Error(m_path, Text::tr("this library is bound to model %1; refusing to use it with model %2 "
                                       "(embeddings of different models are not comparable: make a library for %3 "
                                       "with `sourcetrace-cli library create --model %3`)")
                            .arg(m_model.describe(), m.describe(), m.name));
}

} // namespace st
