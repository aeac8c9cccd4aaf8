// CaseFile: annotations (add, change, remove, CSV export and import) and report versions.
#include "case/CaseFile.h"
#include "case/CaseFilePrivate.h"

#include "case/AnnotationCsv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <limits>
#include <set>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CaseAnnotations) };
} // namespace

namespace st {

using namespace casedb;

namespace {

const char *kAnnotationColumns =
    "id, evidence_id, start_s, end_s, low_hz, high_hz, cue, locality, audible, text, author, created, modified";

Annotation annotationOf(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.evidenceId = q.value(1).toLongLong();
    a.startS = q.value(2).toDouble();
    a.endS = q.value(3).toDouble();
    if (!q.value(4).isNull() && !q.value(5).isNull())
        a.band = FrequencyBand{q.value(4).toDouble(), q.value(5).toDouble()};
    a.cue = parseCue(q.value(6).toString()).value_or(Cue::Unclear);
    a.locality = q.value(7).toInt();
    a.audible = q.value(8).toInt() != 0;
    a.text = q.value(9).toString();
    a.author = q.value(10).toString();
    a.created = fromText(q.value(11).toString());
    a.modified = fromText(q.value(12).toString());
    return a;
}

QVariant nullableDouble(bool has, double v)
{
    return has ? QVariant(v) : QVariant(QMetaType(QMetaType::Double));
}

void bindContent(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(a.startS);
    q.addBindValue(a.endS);
    q.addBindValue(nullableDouble(a.band.has_value(), a.band ? a.band->lowHz : 0));
    q.addBindValue(nullableDouble(a.band.has_value(), a.band ? a.band->highHz : 0));
    q.addBindValue(cueName(a.cue));
    q.addBindValue(a.locality);
    q.addBindValue(a.audible ? 1 : 0);
    q.addBindValue(notNull(a.text));
}

qint64 insertAnnotation(QSqlDatabase &db, const QString &path, const Annotation &a, const QString &author, const QString &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO annotations(evidence_id, start_s, end_s, low_hz, high_hz, cue, locality, audible, "
                             "text, author, created, modified) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.evidenceId);
    bindContent(q, a);
    q.addBindValue(author);
    q.addBindValue(now);
    q.addBindValue(now);
    run(q, path, Text::tr("storing an annotation of item %1").arg(a.evidenceId));
    return q.lastInsertId().toLongLong();
}

} // namespace

Annotation CaseFile::Impl::readAnnotation(qint64 id) const
{
    const CaseConnectionUse use(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(QLatin1String(kAnnotationColumns)));
    q.addBindValue(id);
    run(q, path, Text::tr("reading annotation %1").arg(id));
    if (!q.next())
        throw Error(path, Text::tr("the case has no annotation %1").arg(id));
    return annotationOf(q);
}

Annotation CaseFile::addAnnotation(const Annotation &a)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("adding an annotation"));
    const QString why = annotationProblem(a);
    if (!why.isEmpty())
        throw Error(d->path, Text::tr("invalid annotation: %1; nothing was stored").arg(why));
    (void)d->readItem(a.evidenceId); // throws when there is no such item
    qint64 id = 0;
    const QString now = nowText();
    d->write(Text::tr("adding an annotation"), [&](QSqlDatabase &db) {
        id = insertAnnotation(db, d->path, a, d->user, now);
        const Annotation stored = d->readAnnotation(id);
        d->audit(db, QStringLiteral("annotation.added"),
                 QJsonObject{{QStringLiteral("annotationId"), id},
                             {QStringLiteral("evidenceId"), a.evidenceId},
                             {QStringLiteral("after"), annotationToJson(stored)}},
                 now);
    });
    return d->readAnnotation(id);
}

Annotation CaseFile::updateAnnotation(const Annotation &a)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("changing an annotation"));
    const Annotation before = d->readAnnotation(a.id);
    Annotation changed = a;
    if (changed.evidenceId == 0)
        changed.evidenceId = before.evidenceId;
    if (changed.evidenceId != before.evidenceId)
        throw Error(d->path, Text::tr("annotation %1 belongs to item %2: it cannot move to item %3 (add a new one there)")
                                 .arg(a.id).arg(before.evidenceId).arg(changed.evidenceId));
    const QString why = annotationProblem(changed);
    if (!why.isEmpty())
        throw Error(d->path, Text::tr("invalid annotation: %1; annotation %2 was not changed").arg(why).arg(a.id));
    if (changed.sameContent(before))
        return before;
    const QString now = nowText();
    d->write(Text::tr("changing annotation %1").arg(a.id), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE annotations SET start_s = ?, end_s = ?, low_hz = ?, high_hz = ?, cue = ?, locality = ?, "
                                 "audible = ?, text = ?, modified = ? WHERE id = ?"));
        bindContent(q, changed);
        q.addBindValue(now);
        q.addBindValue(a.id);
        run(q, d->path, Text::tr("changing annotation %1").arg(a.id));
        const Annotation after = d->readAnnotation(a.id);
        d->audit(db, QStringLiteral("annotation.changed"),
                 QJsonObject{{QStringLiteral("annotationId"), a.id},
                             {QStringLiteral("evidenceId"), before.evidenceId},
                             {QStringLiteral("before"), annotationToJson(before)},
                             {QStringLiteral("after"), annotationToJson(after)}},
                 now);
    });
    return d->readAnnotation(a.id);
}

void CaseFile::removeAnnotation(qint64 id)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("removing an annotation"));
    const Annotation before = d->readAnnotation(id);
    const QString now = nowText();
    d->write(Text::tr("removing annotation %1").arg(id), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
        q.addBindValue(id);
        run(q, d->path, Text::tr("removing annotation %1").arg(id));
        d->audit(db, QStringLiteral("annotation.removed"),
                 QJsonObject{{QStringLiteral("annotationId"), id},
                             {QStringLiteral("evidenceId"), before.evidenceId},
                             {QStringLiteral("before"), annotationToJson(before)}},
                 now);
    });
}

QList<Annotation> CaseFile::annotations(qint64 evidenceId) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    if (evidenceId > 0) {
        q.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE evidence_id = ? ORDER BY evidence_id, start_s, id")
                      .arg(QLatin1String(kAnnotationColumns)));
        q.addBindValue(evidenceId);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM annotations ORDER BY evidence_id, start_s, id").arg(QLatin1String(kAnnotationColumns)));
    }
    run(q, d->path, Text::tr("listing annotations"));
    QList<Annotation> out;
    while (q.next())
        out.append(annotationOf(q));
    return out;
}

Annotation CaseFile::annotation(qint64 id) const
{
    const CaseConnectionUse use(*d);
    return d->readAnnotation(id);
}

int CaseFile::exportAnnotationsCsv(const QString &path, qint64 evidenceId, bool overwrite) const
{
    const CaseConnectionUse use(*d);
    if (!overwrite && (QFileInfo::exists(path) || QFileInfo(path).isSymLink()))
        throw Error(path, Text::tr("a file of that name exists already (overwrite it explicitly, e.g. --force)"));
    if (evidenceId > 0)
        (void)d->readItem(evidenceId);
    QMap<qint64, QString> sha;
    for (const EvidenceItem &e : evidence())
        sha.insert(e.id, e.sha256);
    std::vector<std::pair<QString, Annotation>> rows;
    for (const Annotation &a : annotations(evidenceId))
        rows.emplace_back(sha.value(a.evidenceId), a);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(path, Text::tr("cannot write the annotations CSV: %1").arg(f.errorString()));
    f.write(writeAnnotationsCsv(rows));
    if (!f.commit())
        throw Error(path, Text::tr("cannot write the annotations CSV: %1").arg(f.errorString()));
    return int(rows.size());
}

int CaseFile::importAnnotationsCsv(const QString &path)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("importing annotations"));
    // Read once: the bytes parsed are the bytes hashed for the log.
    QByteArray bytes;
    {
        constexpr qint64 kMax = qint64(64) << 20;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(path, Text::tr("cannot read the annotations CSV: %1").arg(f.errorString()));
        bytes = f.read(kMax + 1);
        if (bytes.size() > kMax)
            throw Error(path, Text::tr("an annotations CSV over %1 MiB").arg(kMax >> 20));
    }
    AnnotationCsvRead read = parseAnnotationsCsv(bytes, path);
    QMap<QString, qint64> itemOf;
    for (const EvidenceItem &e : evidence())
        itemOf.insert(e.sha256, e.id);
    for (AnnotationCsvRow &r : read.rows) {
        const qint64 id = itemOf.value(r.evidenceSha256, 0);
        if (id == 0)
            read.problems << Error::format(path, Text::tr("no evidence item of this case has SHA-256 %1").arg(r.evidenceSha256), r.line);
        r.annotation.evidenceId = id;
    }
    if (!read.problems.isEmpty()) {
        // Sorted by line (the evidence check comes after the syntax check).
        std::stable_sort(read.problems.begin(), read.problems.end(), [&](const QString &a, const QString &b) {
            auto lineOf = [&](const QString &m) {
                const QString rest = m.mid(Error::escaped(path).size() + 1);
                const int line = rest.section(QLatin1Char(':'), 0, 0).toInt();
                return line > 0 ? line : std::numeric_limits<int>::max();
            };
            return lineOf(a) < lineOf(b);
        });
        throw AnnotationCsvError(path, read.problems);
    }
    if (read.rows.empty())
        return 0;
    const QString fileSha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString now = nowText();
    d->write(Text::tr("importing annotations"), [&](QSqlDatabase &db) {
        std::set<qint64> items;
        QJsonArray stored; // every imported annotation as stored: the log alone tells what each one is
        for (const AnnotationCsvRow &r : read.rows) {
            const qint64 id = insertAnnotation(db, d->path, r.annotation, d->user, now);
            stored.append(annotationToJson(d->readAnnotation(id)));
            items.insert(r.annotation.evidenceId);
        }
        QJsonArray itemIds;
        for (qint64 i : items)
            itemIds.append(i);
        d->audit(db, QStringLiteral("annotations.imported"),
                 QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                             {QStringLiteral("fileSha256"), fileSha},
                             {QStringLiteral("count"), qint64(read.rows.size())},
                             {QStringLiteral("annotations"), stored},
                             {QStringLiteral("evidenceIds"), itemIds}},
                 now);
    });
    return int(read.rows.size());
}

// --- report versions ---

ReportVersion CaseFile::recordReportExport(const QString &fileName, const QString &sha256In, const QString &format)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("recording a report"));
    const QString sha256 = sha256In.trimmed().toLower();
    bool hex = sha256.size() == 64;
    for (const QChar c : sha256)
        hex = hex && (c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')));
    if (!hex)
        throw Error(d->path, Text::tr("a report's SHA-256 must be 64 hex digits, not '%1': nothing was recorded")
                                 .arg(Error::escaped(sha256In.left(80))));
    if (fileName.trimmed().isEmpty() || format.trimmed().isEmpty())
        throw Error(d->path, Text::tr("a report needs a file name and a format: nothing was recorded"));
    qint64 id = 0;
    const QString now = nowText();
    d->write(Text::tr("recording a report"), [&](QSqlDatabase &db) {
        const AuditHead head = readHead(db, d->path);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO reports(file_name, sha256, format, created, user, audit_head, audit_entries) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(notNull(fileName));
        q.addBindValue(sha256);
        q.addBindValue(format.trimmed());
        q.addBindValue(now);
        q.addBindValue(d->user);
        q.addBindValue(head.hash);
        q.addBindValue(head.entries);
        run(q, d->path, Text::tr("recording report %1").arg(fileName));
        id = q.lastInsertId().toLongLong();
        d->audit(db, QStringLiteral("report.exported"),
                 QJsonObject{{QStringLiteral("reportId"), id},
                             {QStringLiteral("fileName"), fileName},
                             {QStringLiteral("sha256"), sha256},
                             {QStringLiteral("format"), format.trimmed()},
                             {QStringLiteral("auditHead"), head.hash},
                             {QStringLiteral("auditEntries"), head.entries}},
                 now);
    });
    for (const ReportVersion &r : reportVersions())
        if (r.id == id)
            return r;
    throw Error(d->path, Text::tr("report %1 was recorded but cannot be read back").arg(id));
}

ReportVersion CaseFile::recordReportFile(const QString &reportPath, const QString &format)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("recording a report"));
    const EvidenceDigest digest = hashEvidenceFile(reportPath);
    if (digest.outcome != EvidenceDigest::Outcome::Hashed)
        throw Error(reportPath, Text::tr("cannot hash the report: %1").arg(digest.error));
    return recordReportExport(QFileInfo(reportPath).fileName(), digest.sha256, format);
}

QList<ReportVersion> CaseFile::reportVersions() const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT id, file_name, sha256, format, created, user, audit_head, audit_entries FROM reports ORDER BY id"));
    run(q, d->path, Text::tr("listing report versions"));
    QList<ReportVersion> out;
    while (q.next()) {
        ReportVersion r;
        r.id = q.value(0).toLongLong();
        r.fileName = q.value(1).toString();
        r.sha256 = q.value(2).toString();
        r.format = q.value(3).toString();
        r.created = fromText(q.value(4).toString());
        r.user = q.value(5).toString();
        r.auditHead = q.value(6).toString();
        r.auditEntries = q.value(7).toInt();
        out.append(r);
    }
    return out;
}

} // namespace st
