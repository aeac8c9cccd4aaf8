// The library's schema history: the migrations from v1 (the initial schema) to the current version, and
// migrating an older file in one transaction after SQLite's quick_check.
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariant>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibrarySchema)
};
} // namespace

using namespace libdb;

namespace {

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
            throw Error(p, Text::tr("migration to v2: %1").arg(q.lastError().text()));
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

} // namespace

const std::vector<LibraryMigration> &FingerprintLibrary::migrations()
{
    static const std::vector<LibraryMigration> list{
        {1, QStringLiteral("initial schema: meta, sources, enrolments (float32 embeddings with clip SHA-256)"), applyV1},
        {2, QStringLiteral("stored count and fingerprint per source, source attributes, open-set thresholds"), applyV2},
        {3, QStringLiteral("trained tracing back-ends stored with the library (backend_fits)"), applyV3},
    };
    return list;
}

void FingerprintLibrary::migrate()
{
    QSqlDatabase d = db();
    const int v = m_version;
    // SQLite's own check first: never migrate (write) a damaged file.
    {
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            throw Error(m_path, Text::tr("refusing to migrate a damaged library: SQLite's quick_check fails (%1); "
                                               "`sourcetrace-cli library verify %2` lists the problems")
                                    .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString(), m_path));
    }
    {
        // A library has no triggers or views: one planted in an old file would run inside the migration.
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")) && q.next())
            throw Error(m_path, Text::tr("refusing to migrate: the file has a %1 '%2', which a library never has; "
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
                    throw Error(m_path, Text::tr("migration to schema v%1 (%2) failed, nothing changed: %3")
                                            .arg(m.toVersion).arg(m.description, e.cause()));
                }
            }
        runSql(dd, m_path, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    });
    m_writeChecked = false;
    m_version = kSchemaVersion;
}

} // namespace st
