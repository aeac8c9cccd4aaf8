// CaseFile: evidence items (intake, verification, blocking, relocation) and analyses.
#include "case/CaseFile.h"
#include "case/CaseFilePrivate.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QCoreApplication>

namespace {
struct Text { Q_DECLARE_TR_FUNCTIONS(st::CaseEvidence) };
} // namespace

namespace st {

using namespace casedb;

namespace {

const char *kItemColumns = "id, label, original_path, current_path, size, sha256, intake_time, intake_user, last_state, "
                           "last_verified, last_actual_sha256";

EvidenceItem itemOf(const QSqlQuery &q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.label = q.value(1).toString();
    e.originalPath = q.value(2).toString();
    e.currentPath = q.value(3).toString();
    e.size = q.value(4).toLongLong();
    e.sha256 = q.value(5).toString();
    e.intakeTime = fromText(q.value(6).toString());
    e.intakeUser = q.value(7).toString();
    // A state this build does not know (a damaged or foreign row) counts as changed: blocked.
    e.lastState = parseEvidenceState(q.value(8).toString()).value_or(EvidenceState::Mismatch);
    e.lastVerified = fromText(q.value(9).toString());
    e.lastActualSha256 = q.value(10).toString();
    return e;
}

const char *kAnalysisColumns = "id, evidence_id, kind, settings, result, created, user, evidence_sha256";

StoredAnalysis analysisOf(const QSqlQuery &q)
{
    StoredAnalysis a;
    a.id = q.value(0).toLongLong();
    a.evidenceId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.settingsJson = q.value(3).toString();
    a.resultJson = q.value(4).toString();
    a.created = fromText(q.value(5).toString());
    a.user = q.value(6).toString();
    a.evidenceSha256 = q.value(7).toString();
    return a;
}

QString itemName(const EvidenceItem &e)
{
    return Text::tr("item %1 ('%2')").arg(e.id).arg(Error::escaped(e.label));
}

// Refuses the case file itself (or its journal) as evidence: hashing it would open and close a descriptor of the
// case in this process, which drops SQLite's locks on it.
void refuseCaseFile(const QString &casePath, const QString &file)
{
    const QString c = QFileInfo(file).canonicalFilePath();
    if (c.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (c == casePath + suffix)
            throw Error(file, Text::tr("this is the case file itself (or its journal), not evidence"));
}

void insertVerification(QSqlDatabase &db, const QString &path, const EvidenceVerification &v)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO verifications(evidence_id, time, user, state, path, actual_sha256, message) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(v.evidenceId);
    q.addBindValue(v.time.toString(Qt::ISODateWithMs));
    q.addBindValue(v.user);
    q.addBindValue(evidenceStateName(v.state));
    q.addBindValue(notNull(v.path));
    q.addBindValue(notNull(v.actualSha256));
    q.addBindValue(notNull(v.message));
    run(q, path, Text::tr("storing the verification of item %1").arg(v.evidenceId));
}

void updateLastState(QSqlDatabase &db, const QString &path, const EvidenceVerification &v)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE evidence SET last_state = ?, last_verified = ?, last_actual_sha256 = ? WHERE id = ?"));
    q.addBindValue(evidenceStateName(v.state));
    q.addBindValue(v.time.toString(Qt::ISODateWithMs));
    q.addBindValue(notNull(v.actualSha256));
    q.addBindValue(v.evidenceId);
    run(q, path, Text::tr("storing the state of item %1").arg(v.evidenceId));
}

QJsonObject verificationJson(const EvidenceVerification &v)
{
    return QJsonObject{{QStringLiteral("evidenceId"), v.evidenceId},
                       {QStringLiteral("state"), evidenceStateName(v.state)},
                       {QStringLiteral("path"), v.path},
                       {QStringLiteral("expectedSha256"), v.expectedSha256},
                       {QStringLiteral("actualSha256"), v.actualSha256},
                       {QStringLiteral("message"), v.message}};
}

HashProgress scaled(const HashProgress &p, int k, int n)
{
    if (!p)
        return {};
    return [p, k, n](double f) { return p((double(k) + f) / double(n)); };
}

// Parses an analysis's JSON text (object or array); throws naming which one and where it is broken.
void checkJson(const QString &casePath, const QString &what, const QString &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        throw Error(casePath, Text::tr("the analysis %1 are not valid JSON (%2 at offset %3): nothing was stored")
                                  .arg(what, e.errorString()).arg(e.offset));
    if (!doc.isObject() && !doc.isArray())
        throw Error(casePath, Text::tr("the analysis %1 must be a JSON object or array: nothing was stored").arg(what));
}

} // namespace

EvidenceItem CaseFile::Impl::readItem(qint64 id) const
{
    const CaseConnectionUse use(*this);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    run(q, path, Text::tr("reading evidence item %1").arg(id));
    if (!q.next())
        throw Error(path, Text::tr("the case has no evidence item %1").arg(id));
    return itemOf(q);
}

EvidenceItem CaseFile::addEvidence(const QString &filePath, const QString &labelIn, const HashProgress &progress)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("adding evidence"));
    const QFileInfo fi(filePath);
    const QString abs = fi.absoluteFilePath();
    refuseCaseFile(d->path, abs);
    const EvidenceDigest digest = hashEvidenceFile(abs, progress);
    switch (digest.outcome) {
    case EvidenceDigest::Outcome::Hashed: break;
    case EvidenceDigest::Outcome::Missing: throw Error(abs, Text::tr("no such evidence file: nothing was added"));
    case EvidenceDigest::Outcome::Cancelled: throw Error(abs, Text::tr("the intake was cancelled: nothing was added"));
    case EvidenceDigest::Outcome::Unreadable: throw Error(abs, Text::tr("%1: nothing was added").arg(digest.error));
    }
    const QString label = labelIn.trimmed().isEmpty() ? fi.fileName() : labelIn.trimmed();
    EvidenceItem item;
    const QString now = nowText();
    d->write(Text::tr("adding evidence"), [&](QSqlDatabase &db) {
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE sha256 = ?").arg(QLatin1String(kItemColumns)));
            q.addBindValue(digest.sha256);
            run(q, d->path, Text::tr("looking for the same content"));
            if (q.next()) {
                const EvidenceItem other = itemOf(q);
                throw Error(abs, Text::tr("the case already holds this content as %1, taken in from %2 (SHA-256 %3): "
                                                "nothing was added")
                                     .arg(itemName(other), other.originalPath, digest.sha256));
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO evidence(label, original_path, current_path, size, sha256, intake_time, intake_user, "
                                 "last_state, last_verified, last_actual_sha256) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(label);
        q.addBindValue(abs);
        q.addBindValue(abs);
        q.addBindValue(digest.size);
        q.addBindValue(digest.sha256);
        q.addBindValue(now);
        q.addBindValue(d->user);
        q.addBindValue(evidenceStateName(EvidenceState::Ok));
        q.addBindValue(now);
        q.addBindValue(digest.sha256);
        run(q, d->path, Text::tr("adding evidence %1").arg(abs));
        const qint64 id = q.lastInsertId().toLongLong();
        EvidenceVerification v;
        v.evidenceId = id;
        v.state = EvidenceState::Ok;
        v.path = abs;
        v.expectedSha256 = v.actualSha256 = digest.sha256;
        v.time = fromText(now);
        v.user = d->user;
        v.message = QStringLiteral("intake");
        insertVerification(db, d->path, v);
        d->audit(db, QStringLiteral("evidence.added"),
                 QJsonObject{{QStringLiteral("evidenceId"), id},
                             {QStringLiteral("label"), label},
                             {QStringLiteral("path"), abs},
                             {QStringLiteral("size"), digest.size},
                             {QStringLiteral("sha256"), digest.sha256}},
                 now);
        item = d->readItem(id);
    });
    return item;
}

QList<EvidenceItem> CaseFile::evidence() const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence ORDER BY id").arg(QLatin1String(kItemColumns)));
    run(q, d->path, Text::tr("listing the evidence"));
    QList<EvidenceItem> out;
    while (q.next())
        out.append(itemOf(q));
    return out;
}

EvidenceItem CaseFile::evidenceItem(qint64 id) const
{
    const CaseConnectionUse use(*d);
    return d->readItem(id);
}

std::optional<EvidenceItem> CaseFile::findEvidenceBySha256(const QString &sha256) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE sha256 = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(sha256.trimmed().toLower());
    run(q, d->path, Text::tr("looking up evidence by SHA-256"));
    if (q.next())
        return itemOf(q);
    return std::nullopt;
}

EvidenceVerification CaseFile::checkEvidence(qint64 id, const HashProgress &progress) const
{
    const CaseConnectionUse use(*d);
    const EvidenceItem item = d->readItem(id);
    EvidenceVerification v;
    v.evidenceId = id;
    v.path = item.currentPath;
    v.expectedSha256 = item.sha256;
    v.user = d->user;
    const EvidenceDigest digest = hashEvidenceFile(item.currentPath, progress);
    v.time = QDateTime::currentDateTimeUtc();
    switch (digest.outcome) {
    case EvidenceDigest::Outcome::Cancelled:
        throw Error(item.currentPath, Text::tr("the verification of %1 was cancelled").arg(itemName(item)));
    case EvidenceDigest::Outcome::Missing:
        v.state = EvidenceState::Missing;
        v.message = digest.error;
        break;
    case EvidenceDigest::Outcome::Unreadable:
        v.state = EvidenceState::Unreadable;
        v.message = digest.error;
        break;
    case EvidenceDigest::Outcome::Hashed:
        v.actualSha256 = digest.sha256;
        if (digest.sha256 == item.sha256) {
            v.state = EvidenceState::Ok;
            // A verification's message is a record (its table and the audit log's evidence.verified entry, quoted
            // by the court report and `case verify`'s item rows): English, like the audit log.
            v.message = QStringLiteral("the SHA-256 is the intake hash");
        } else {
            v.state = EvidenceState::Mismatch;
            v.message = QStringLiteral("the file changed since intake: SHA-256 %1 (%2 bytes), intake %3 (%4 bytes)")
                            .arg(digest.sha256).arg(digest.size).arg(item.sha256).arg(item.size);
        }
        break;
    }
    // Stored with millisecond precision: the returned time is the stored one.
    v.time = fromText(v.time.toString(Qt::ISODateWithMs));
    return v;
}

EvidenceVerification CaseFile::verifyEvidence(qint64 id, const HashProgress &progress)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("recording a verification"));
    EvidenceVerification v = checkEvidence(id, progress);
    d->write(Text::tr("recording the verification of item %1").arg(id), [&](QSqlDatabase &db) {
        insertVerification(db, d->path, v);
        updateLastState(db, d->path, v);
        d->audit(db, QStringLiteral("evidence.verified"), verificationJson(v), v.time.toString(Qt::ISODateWithMs));
    });
    v.recorded = true;
    return v;
}

QList<EvidenceVerification> CaseFile::verifyAll(const HashProgress &progress)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("recording verifications"));
    const QList<EvidenceItem> items = evidence();
    QList<EvidenceVerification> out;
    for (int k = 0; k < items.size(); ++k)
        out.append(verifyEvidence(items[k].id, scaled(progress, k, int(items.size()))));
    return out;
}

QList<EvidenceVerification> CaseFile::verificationHistory(qint64 id) const
{
    const CaseConnectionUse use(*d);
    const EvidenceItem item = d->readItem(id);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT time, user, state, path, actual_sha256, message FROM verifications WHERE evidence_id = ? ORDER BY id"));
    q.addBindValue(id);
    run(q, d->path, Text::tr("reading the verifications of item %1").arg(id));
    QList<EvidenceVerification> out;
    while (q.next()) {
        EvidenceVerification v;
        v.evidenceId = id;
        v.time = fromText(q.value(0).toString());
        v.user = q.value(1).toString();
        v.state = parseEvidenceState(q.value(2).toString()).value_or(EvidenceState::Mismatch);
        v.path = q.value(3).toString();
        v.expectedSha256 = item.sha256;
        v.actualSha256 = q.value(4).toString();
        v.message = q.value(5).toString();
        v.recorded = true;
        out.append(v);
    }
    return out;
}

bool CaseFile::isBlocked(qint64 id) const
{
    const CaseConnectionUse use(*d);
    return d->readItem(id).blocked();
}

void CaseFile::requireAnalysable(qint64 id) const
{
    const CaseConnectionUse use(*d);
    const EvidenceItem item = d->readItem(id);
    if (item.blocked())
        throw Error(d->path, (item.lastState == EvidenceState::Missing
                                  ? Text::tr("%1 is blocked: its last verification (%2) found it missing; it must not be "
                                             "analysed until it verifies again or is relocated to a file with the intake hash")
                                  : Text::tr("%1 is blocked: its last verification (%2) found it changed (SHA-256 mismatch); "
                                             "it must not be analysed until it verifies again or is relocated to a file with "
                                             "the intake hash"))
                                 .arg(itemName(item), item.lastVerified.toString(Qt::ISODateWithMs)));
}

EvidenceItem CaseFile::relocateEvidence(qint64 id, const QString &newPath, const HashProgress &progress)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("relocating evidence"));
    const EvidenceItem item = d->readItem(id);
    const QString abs = QFileInfo(newPath).absoluteFilePath();
    refuseCaseFile(d->path, abs);
    const EvidenceDigest digest = hashEvidenceFile(abs, progress);
    if (digest.outcome != EvidenceDigest::Outcome::Hashed)
        throw Error(abs, Text::tr("cannot relocate %1 here: %2; nothing changed").arg(itemName(item), digest.error));
    if (digest.sha256 != item.sha256)
        throw Error(abs, Text::tr("not the content of %1: its SHA-256 is %2, the intake hash is %3; the item was not relocated")
                             .arg(itemName(item), digest.sha256, item.sha256));
    const QString now = nowText();
    d->write(Text::tr("relocating item %1").arg(id), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE evidence SET current_path = ? WHERE id = ?"));
        q.addBindValue(abs);
        q.addBindValue(id);
        run(q, d->path, Text::tr("relocating item %1").arg(id));
        EvidenceVerification v;
        v.evidenceId = id;
        v.state = EvidenceState::Ok;
        v.path = abs;
        v.expectedSha256 = v.actualSha256 = digest.sha256;
        v.time = fromText(now);
        v.user = d->user;
        v.message = QStringLiteral("relocated from %1").arg(item.currentPath);
        insertVerification(db, d->path, v);
        updateLastState(db, d->path, v);
        d->audit(db, QStringLiteral("evidence.relocated"),
                 QJsonObject{{QStringLiteral("evidenceId"), id},
                             {QStringLiteral("from"), item.currentPath},
                             {QStringLiteral("to"), abs},
                             {QStringLiteral("sha256"), digest.sha256},
                             {QStringLiteral("previousState"), evidenceStateName(item.lastState)},
                             {QStringLiteral("state"), evidenceStateName(EvidenceState::Ok)}},
                 now);
    });
    return d->readItem(id);
}

// --- analyses ---

StoredAnalysis CaseFile::storeAnalysis(qint64 evidenceId, const QString &kindIn, const QString &settingsIn,
                                       const QString &resultJson, const QString &verifiedSha256)
{
    const CaseConnectionUse use(*d);
    d->requireWritable(Text::tr("storing an analysis"));
    const EvidenceItem item = d->readItem(evidenceId);
    requireAnalysable(evidenceId);
    if (item.lastState != EvidenceState::Ok)
        throw Error(d->path, Text::tr("%1 did not verify at its last verification (%2): verify it before storing an "
                                            "analysis; nothing was stored").arg(itemName(item), evidenceStateName(item.lastState)));
    if (verifiedSha256.trimmed().toLower() != item.sha256)
        throw Error(d->path, Text::tr("the analysis was made of content with SHA-256 '%1', not %2's intake hash %3: "
                                            "nothing was stored").arg(Error::escaped(verifiedSha256.left(80)), itemName(item), item.sha256));
    const QString kind = kindIn.trimmed();
    if (kind.isEmpty() || kind.size() > 100 || !auditUserProblem(kind).isEmpty())
        throw Error(d->path, Text::tr("an analysis needs a kind (e.g. detection, tracing, full) of 1..100 characters "
                                            "without control characters: nothing was stored"));
    const QString settings = settingsIn.isEmpty() ? QStringLiteral("{}") : settingsIn;
    checkJson(d->path, QStringLiteral("settings"), settings);
    checkJson(d->path, QStringLiteral("result"), resultJson);
    qint64 id = 0;
    const QString now = nowText();
    d->write(Text::tr("storing an analysis"), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO analyses(evidence_id, kind, settings, result, created, user, evidence_sha256) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(evidenceId);
        q.addBindValue(kind);
        q.addBindValue(settings);
        q.addBindValue(notNull(resultJson));
        q.addBindValue(now);
        q.addBindValue(d->user);
        q.addBindValue(item.sha256);
        run(q, d->path, Text::tr("storing an analysis of item %1").arg(evidenceId));
        id = q.lastInsertId().toLongLong();
        d->audit(db, QStringLiteral("analysis.stored"),
                 QJsonObject{{QStringLiteral("analysisId"), id},
                             {QStringLiteral("evidenceId"), evidenceId},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("evidenceSha256"), item.sha256},
                             {QStringLiteral("settingsSha256"), sha256OfText(settings)},
                             {QStringLiteral("resultSha256"), sha256OfText(resultJson)}},
                 now);
    });
    return analysis(id);
}

QList<StoredAnalysis> CaseFile::analyses(qint64 evidenceId) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    if (evidenceId > 0) {
        q.prepare(QStringLiteral("SELECT %1 FROM analyses WHERE evidence_id = ? ORDER BY id").arg(QLatin1String(kAnalysisColumns)));
        q.addBindValue(evidenceId);
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM analyses ORDER BY id").arg(QLatin1String(kAnalysisColumns)));
    }
    run(q, d->path, Text::tr("listing analyses"));
    QList<StoredAnalysis> out;
    while (q.next())
        out.append(analysisOf(q));
    return out;
}

StoredAnalysis CaseFile::analysis(qint64 id) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM analyses WHERE id = ?").arg(QLatin1String(kAnalysisColumns)));
    q.addBindValue(id);
    run(q, d->path, Text::tr("reading analysis %1").arg(id));
    if (!q.next())
        throw Error(d->path, Text::tr("the case has no analysis %1").arg(id));
    return analysisOf(q);
}

std::optional<StoredAnalysis> CaseFile::latestAnalysis(qint64 evidenceId, const QString &kind) const
{
    const CaseConnectionUse use(*d);
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM analyses WHERE evidence_id = ? AND kind = ? ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kAnalysisColumns)));
    q.addBindValue(evidenceId);
    q.addBindValue(kind);
    run(q, d->path, Text::tr("reading the latest analysis"));
    if (q.next())
        return analysisOf(q);
    return std::nullopt;
}

} // namespace st
