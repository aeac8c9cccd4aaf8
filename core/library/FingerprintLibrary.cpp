#include "library/FingerprintLibrary.h"

#include "util/Error.h"
#include "util/Npy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
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

QString openConnection(const QString &path)
{
    const QString name = QStringLiteral("st_library_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString e = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(path, QStringLiteral("cannot open the library database: %1").arg(e));
    }
    QSqlQuery q(db);
    // WAL: readers never block the writer, and a killed writer leaves the last committed state.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString e = q.lastError().text();
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(path, QStringLiteral("cannot switch the library to WAL mode (is it a SQLite file, on a local disk?) %1").arg(e));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return name;
}

void closeConnection(const QString &name)
{
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
    };
    return list;
}

template <class F> void FingerprintLibrary::transaction(const QString &what, F &&f)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        throw Error(m_path, QStringLiteral("cannot begin a transaction for %1: %2").arg(what, d.lastError().text()));
    try {
        f(d);
        if (!d.commit())
            throw Error(m_path, QStringLiteral("cannot commit %1: %2").arg(what, d.lastError().text()));
    } catch (...) {
        d.rollback();
        throw;
    }
}

void FingerprintLibrary::create(const QString &path, const ModelBinding &model)
{
    if (QFileInfo::exists(path))
        throw Error(path, QStringLiteral("a file of that name exists already: choose another name or delete it"));
    if (model.name.isEmpty() || model.dimension <= 0)
        throw Error(path, QStringLiteral("a library needs a model name and an embedding dimension"));
    const QString conn = openConnection(path);
    try {
        QSqlDatabase db = QSqlDatabase::database(conn);
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
            runSql(db, path, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
            if (!db.commit())
                throw Error(path, QStringLiteral("cannot commit the new library: %1").arg(db.lastError().text()));
        } catch (...) {
            db.rollback();
            throw;
        }
    } catch (...) {
        closeConnection(conn);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    closeConnection(conn);
}

FingerprintLibrary::FingerprintLibrary(const QString &path) : m_path(path)
{
    if (!QFileInfo::exists(path))
        throw Error(path, QStringLiteral("no such library (make one with `sourcetrace-cli library create --model M --out %1`)").arg(path));
    m_connection = openConnection(path);
    try {
        migrate();
        loadModel();
    } catch (...) {
        closeConnection(m_connection);
        throw;
    }
}

FingerprintLibrary::~FingerprintLibrary()
{
    closeConnection(m_connection);
}

QSqlDatabase FingerprintLibrary::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int FingerprintLibrary::schemaVersion() const
{
    QSqlDatabase d = db();
    return userVersion(d);
}

QString FingerprintLibrary::journalMode() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString();
    return {};
}

void FingerprintLibrary::migrate()
{
    QSqlDatabase d = db();
    const int v = userVersion(d);
    if (v > kSchemaVersion)
        throw Error(m_path, QStringLiteral("library schema version %1 is newer than this build understands (%2): "
                                           "use a newer SourceTrace").arg(v).arg(kSchemaVersion));
    if (v == kSchemaVersion)
        return;
    if (v == 0) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() > 0)
            throw Error(m_path, QStringLiteral("not a SourceTrace library (tables but no schema version)"));
        throw Error(m_path, QStringLiteral("empty database, not a SourceTrace library (make one with `library create`)"));
    }
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
}

void FingerprintLibrary::loadModel()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        throw Error(m_path, QStringLiteral("cannot read the library's meta table: %1").arg(q.lastError().text()));
    QMap<QString, QString> meta;
    while (q.next())
        meta[q.value(0).toString()] = q.value(1).toString();
    m_model.name = meta.value(QStringLiteral("model_name"));
    m_model.weightsSha256 = meta.value(QStringLiteral("model_sha256"));
    m_model.dimension = meta.value(QStringLiteral("embedding_dim")).toInt();
    if (m_model.name.isEmpty() || m_model.dimension <= 0)
        throw Error(m_path, QStringLiteral("the library names no model (meta model_name / embedding_dim missing)"));
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
        sourceLevelFromName(q.value(1).toString(), s.level);
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
    return sourceId(level, name, false) != 0;
}

SourceInfo FingerprintLibrary::source(SourceLevel level, const QString &name) const
{
    const qint64 id = sourceId(level, name, true);
    for (const SourceInfo &s : sources(level))
        if (s.id == id)
            return s;
    throw Error(m_path, QStringLiteral("no source '%1' at level %2").arg(name, sourceLevelName(level)));
}

std::vector<float> FingerprintLibrary::fingerprint(SourceLevel level, const QString &name) const
{
    const qint64 id = sourceId(level, name, true);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT fingerprint FROM sources WHERE id = ?"));
    q.addBindValue(id);
    run(q, m_path, QStringLiteral("reading a fingerprint"));
    return q.next() ? fromBlob(q.value(0).toByteArray()) : std::vector<float>{};
}

std::vector<EnrolmentRecord> FingerprintLibrary::enrolments(SourceLevel level, const QString &name) const
{
    const qint64 id = sourceId(level, name, true);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT clip_sha256, path, embedding, added FROM enrolments WHERE source_id = ? ORDER BY id"));
    q.addBindValue(id);
    run(q, m_path, QStringLiteral("reading enrolments"));
    std::vector<EnrolmentRecord> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), fromBlob(q.value(2).toByteArray()),
                       fromText(q.value(3).toString())});
    return out;
}

EnrolmentSet FingerprintLibrary::enrolmentSet(SourceLevel level) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.name, e.embedding FROM enrolments e JOIN sources s ON s.id = e.source_id "
                             "WHERE s.level = ? ORDER BY s.id, e.id"));
    q.addBindValue(sourceLevelName(level));
    run(q, m_path, QStringLiteral("reading enrolment embeddings"));
    EnrolmentSet set;
    while (q.next())
        set.bySource[q.value(0).toString()].push_back(fromBlob(q.value(1).toByteArray()));
    return set;
}

std::vector<SourceLevel> FingerprintLibrary::levels() const
{
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

QList<VerifyProblem> FingerprintLibrary::verify(double tolerance) const
{
    QList<VerifyProblem> problems;
    QMap<qint64, MeanAccumulator> acc;
    QMap<qint64, int> badDims;
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT source_id, embedding FROM enrolments ORDER BY id")))
            throw Error(m_path, QStringLiteral("verify: %1").arg(q.lastError().text()));
        while (q.next()) {
            const std::vector<float> e = fromBlob(q.value(1).toByteArray());
            if (int(e.size()) != m_model.dimension)
                ++badDims[q.value(0).toLongLong()];
            acc[q.value(0).toLongLong()].add(e);
        }
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, level, name, count, fingerprint FROM sources ORDER BY id")))
        throw Error(m_path, QStringLiteral("verify: %1").arg(q.lastError().text()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        SourceLevel level;
        sourceLevelFromName(q.value(1).toString(), level);
        const QString name = q.value(2).toString();
        const int count = q.value(3).toInt();
        const std::vector<float> stored = fromBlob(q.value(4).toByteArray());
        const MeanAccumulator &a = acc[id];
        if (badDims.contains(id))
            problems << VerifyProblem{level, name, QStringLiteral("%1 enrolment embeddings have the wrong dimension").arg(badDims[id])};
        if (count != a.count)
            problems << VerifyProblem{level, name, QStringLiteral("stored count %1 but %2 enrolment rows").arg(count).arg(a.count)};
        if (a.count == 0) {
            if (!stored.empty())
                problems << VerifyProblem{level, name, QStringLiteral("a fingerprint but no enrolments")};
            continue;
        }
        const std::vector<float> mean = a.mean();
        if (stored.size() != mean.size()) {
            problems << VerifyProblem{level, name, QStringLiteral("stored fingerprint has %1 values, the mean %2").arg(stored.size()).arg(mean.size())};
            continue;
        }
        double maxAbs = 0, maxDiff = 0;
        for (std::size_t i = 0; i < mean.size(); ++i) {
            maxAbs = std::max(maxAbs, std::fabs(double(mean[i])));
            maxDiff = std::max(maxDiff, std::fabs(double(mean[i]) - double(stored[i])));
        }
        if (maxDiff > tolerance * std::max(maxAbs, 1e-30))
            problems << VerifyProblem{level, name, QStringLiteral("stored fingerprint differs from the mean of its enrolments by %1").arg(maxDiff)};
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
    StopaFingerprintCsv csv;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name, fingerprint FROM sources WHERE level = ? AND count > 0 ORDER BY id"));
    q.addBindValue(sourceLevelName(level));
    run(q, m_path, QStringLiteral("exporting fingerprints"));
    while (q.next()) {
        csv.names << q.value(0).toString();
        csv.rows.push_back(fromBlob(q.value(1).toByteArray()));
    }
    return csv;
}

void FingerprintLibrary::exportNpy(SourceLevel level, const QString &npyPath, bool enrolmentsToo) const
{
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
        q.prepare(QStringLiteral("SELECT s.name, e.clip_sha256, e.embedding FROM enrolments e JOIN sources s ON s.id = e.source_id "
                                 "WHERE s.level = ? ORDER BY s.id, e.id"));
        q.addBindValue(sourceLevelName(level));
        run(q, m_path, QStringLiteral("exporting enrolments"));
        while (q.next()) {
            const std::vector<float> e = fromBlob(q.value(2).toByteArray());
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
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT level, backend, threshold, rule, target_far, eer, protocol_name, protocol_sha256, "
                               "created FROM thresholds ORDER BY level, backend")))
        throw Error(m_path, QStringLiteral("reading thresholds: %1").arg(q.lastError().text()));
    QList<StoredThreshold> out;
    while (q.next()) {
        StoredThreshold t;
        sourceLevelFromName(q.value(0).toString(), t.level);
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

namespace {
const QString kLrPrefix = QStringLiteral("lr_calibration/");
}

void FingerprintLibrary::setLrCalibration(const StoredLrCalibration &c)
{
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
