// Sources and enrolments of a library: looking sources up, keeping each source's count and fingerprint (the mean
// of its enrolments) current, enrolment, attributes, the readers, and editing (rename, merge, remove, snapshots
// and restore), each edit one transaction.
#include "library/FingerprintLibrary.h"
#include "library/FingerprintLibraryPrivate.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace st {

namespace {
/// The translation context of this file's messages (free functions have no tr() of their own).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(st::LibrarySources)
};
} // namespace

using namespace libdb;

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
        throw Error(m_path, Text::tr("no source '%1' at level %2").arg(name, sourceLevelName(level)));
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
                throw Error(m_path, Text::tr("clip %1 has an embedding of dimension %2, the library's model %3 "
                                                   "gives %4: nothing was enrolled")
                                        .arg(c.path).arg(c.embedding.size()).arg(m_model.name).arg(m_model.dimension));
            for (float v : c.embedding)
                if (!std::isfinite(v))
                    throw Error(m_path, Text::tr("clip %1 has a non-finite embedding value: nothing was enrolled").arg(c.path));
            if (c.sha256.isEmpty())
                throw Error(m_path, Text::tr("clip %1 has no SHA-256: nothing was enrolled").arg(c.path));
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
            throw Error(m_path, Text::tr("reading attributes: %1").arg(a.lastError().text()));
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
            throw Error(m_path, Text::tr("damaged library: source '%1' has an invalid level '%2' (`sourcetrace-cli library verify` lists the problems)")
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
    throw Error(m_path, Text::tr("no source '%1' at level %2").arg(name, sourceLevelName(level)));
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
    return checkedVector(q, 0, m_model.dimension, m_path, Text::tr("the fingerprint of %1 %2").arg(sourceLevelName(level), name));
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
                       checkedVector(q, 3, m_model.dimension, m_path, Text::tr("an enrolment embedding of %1 %2 (%3)")
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
            checkedVector(q, 1, m_model.dimension, m_path, Text::tr("an enrolment embedding of %1 %2 (%3)")
                                                           .arg(sourceLevelName(level), q.value(0).toString(), q.value(3).toString())));
    return set;
}

std::vector<SourceLevel> FingerprintLibrary::levels() const
{
    const LibraryConnectionUse use(*this);
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT level FROM sources WHERE count > 0")))
        throw Error(m_path, Text::tr("listing levels: %1").arg(q.lastError().text()));
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
        throw Error(m_path, Text::tr("a source name cannot be empty"));
    transaction(QStringLiteral("the rename"), [&](QSqlDatabase &d) {
        const qint64 id = sourceId(level, from, true);
        if (sourceId(level, to, false) != 0)
            throw Error(m_path, Text::tr("cannot rename '%1' to '%2' at level %3: that name exists (merge them instead)")
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
        throw Error(m_path, Text::tr("cannot merge source '%1' into itself").arg(from));
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
        throw Error(m_path, Text::tr("cannot restore an empty snapshot"));
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

} // namespace st
