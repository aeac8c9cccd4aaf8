// The case file (core/case): create / reopen, read-only opening, evidence intake with hashes checked against
// QCryptographicHash, duplicates, verification (ok, mismatch, missing), blocking, relocation, Save As, analyses
// kept byte for byte, annotations (validation, add/change/remove with before/after in the log), the annotations
// CSV (round trip, every broken row reported as file:line, nothing imported), the attribution share by cue (hand
// computed), quality thresholds, report versions, and the refusals of files that are not cases.
#include "case/AnnotationCsv.h"
#include "case/CaseFile.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cmath>

using namespace st;

namespace {

const QString kUser = QStringLiteral("examiner.one");

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QByteArray fileBytes(const QString &p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &p, const QByteArray &b)
{
    QFile f(p);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(b) == b.size();
}

CaseInfo info()
{
    CaseInfo i;
    i.number = QStringLiteral("2025-0042");
    i.examiner = QStringLiteral("Dr. Ana Müller");
    i.title = QStringLiteral("Voice message of 3 March");
    i.notes = QStringLiteral("received on USB stick");
    return i;
}

// Runs raw SQL on the file through a connection of its own (what someone with sqlite3 could do).
QString rawSql(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("raw_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                error = q.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

template <class F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestCaseCore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString fresh(const QString &stem) { return m_dir.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_n)); }
    QString evidenceFile(const QByteArray &bytes)
    {
        const QString p = fresh(QStringLiteral("clip")) + QStringLiteral(".wav");
        writeBytes(p, bytes);
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createAndReopen()
    {
        const QString path = fresh(QStringLiteral("case")) + CaseFile::extension();
        {
            CaseFile c = CaseFile::create(path, info(), kUser);
            QVERIFY(!c.isReadOnly());
            QCOMPARE(c.journalMode().toLower(), QStringLiteral("wal"));
            QCOMPARE(c.schemaVersion(), CaseFile::kSchemaVersion);
            const CaseInfo i = c.info();
            QCOMPARE(i.number, info().number);
            QCOMPARE(i.examiner, info().examiner);
            QCOMPARE(i.title, info().title);
            QCOMPARE(i.notes, info().notes);
            QVERIFY(i.created.isValid());
            QVERIFY(!i.caseId.isEmpty());
            const QList<AuditEntry> log = c.auditLog();
            QCOMPARE(log.size(), 1);
            QCOMPARE(log[0].action, QStringLiteral("case.created"));
            QCOMPARE(log[0].user, kUser);
            QVERIFY(log[0].details.contains(QStringLiteral("Dr. Ana Müller")));
            QVERIFY(c.verifyChain().ok);
        }
        // Never overwritten.
        const QString e = errorOf([&] { CaseFile::create(path, info(), kUser); });
        QVERIFY2(e.contains(QStringLiteral("exists already")), qPrintable(e));
        // Number and examiner are required; user names are checked.
        CaseInfo noNumber = info();
        noNumber.number.clear();
        QVERIFY(errorOf([&] { CaseFile::create(fresh(QStringLiteral("x")), noNumber, kUser); }).contains(QStringLiteral("case number")));
        QVERIFY(errorOf([&] { CaseFile::create(fresh(QStringLiteral("x")), info(), QStringLiteral("a\nb")); }).contains(QStringLiteral("control")));

        // Reopening read-write logs case.opened.
        {
            CaseFile c = CaseFile::open(path, QStringLiteral("second"));
            QVERIFY(!c.isReadOnly());
            QVERIFY(c.chainAtOpen().ok);
            QVERIFY(c.integrityProblems().isEmpty());
            const QList<AuditEntry> log = c.auditLog();
            QCOMPARE(log.size(), 2);
            QCOMPARE(log[1].action, QStringLiteral("case.opened"));
            QCOMPARE(log[1].user, QStringLiteral("second"));
        }
        // A read-only opening changes no byte of the file and logs nothing.
        const QByteArray before = fileBytes(path);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        {
            CaseFile c = CaseFile::open(path, QStringLiteral("reader"), CaseOpenMode::ReadOnly);
            QVERIFY(c.isReadOnly());
            QCOMPARE(c.readOnlyReason(), QStringLiteral("opened read-only"));
            QCOMPARE(c.auditLog().size(), 2);
            QVERIFY(c.verifyChain().ok);
            const QString w = errorOf([&] { c.setQualityThresholdsJson(QStringLiteral("{}")); });
            QVERIFY2(w.contains(QStringLiteral("read-only")), qPrintable(w));
            QVERIFY(errorOf([&] { c.addEvidence(evidenceFile("x")); }).contains(QStringLiteral("read-only")));
        }
        QCOMPARE(fileBytes(path), before);
    }

    void notACase()
    {
        // Missing file, a folder, a text file, an empty file, another application's database, a newer schema.
        QVERIFY(errorOf([&] { CaseFile::open(fresh(QStringLiteral("none")), kUser); }).contains(QStringLiteral("no such case file")));
        QVERIFY(errorOf([&] { CaseFile::open(m_dir.path(), kUser); }).contains(QStringLiteral("not a case file")));
        const QString text = fresh(QStringLiteral("text"));
        writeBytes(text, QByteArray("evidence_sha256,start_s\nthis is no database at all, not even close\n").repeated(20));
        QString e = errorOf([&] { CaseFile::open(text, kUser); });
        QVERIFY2(e.contains(QStringLiteral("not a SourceTrace case")) && e.contains(text), qPrintable(e));
        const QString empty = fresh(QStringLiteral("empty"));
        writeBytes(empty, QByteArray());
        e = errorOf([&] { CaseFile::open(empty, kUser, CaseOpenMode::ReadOnly); });
        QVERIFY2(e.contains(QStringLiteral("empty")), qPrintable(e));
        const QString other = fresh(QStringLiteral("other"));
        QVERIFY(rawSql(other, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("PRAGMA application_id = 1234")}).isEmpty());
        e = errorOf([&] { CaseFile::open(other, kUser); });
        QVERIFY2(e.contains(QStringLiteral("another application")), qPrintable(e));

        const QString newer = fresh(QStringLiteral("newer"));
        CaseFile::create(newer, info(), kUser);
        QVERIFY(rawSql(newer, {QStringLiteral("PRAGMA user_version = 99")}).isEmpty());
        e = errorOf([&] { CaseFile::open(newer, kUser); });
        QVERIFY2(e.contains(QStringLiteral("newer than this build")) && e.contains(QStringLiteral("99")), qPrintable(e));

        // A missing table is named.
        const QString noTable = fresh(QStringLiteral("notable"));
        CaseFile::create(noTable, info(), kUser);
        QVERIFY(rawSql(noTable, {QStringLiteral("DROP TABLE reports")}).isEmpty());
        e = errorOf([&] { CaseFile::open(noTable, kUser); });
        QVERIFY2(e.contains(QStringLiteral("table 'reports' is missing")), qPrintable(e));
    }

    void evidenceIntake()
    {
        CaseFile c = CaseFile::create(fresh(QStringLiteral("case")), info(), kUser);
        QByteArray bytes;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i) // more than one read block
            bytes.append(char((i * 7 + i / 1000) & 0xff));
        const QString p = evidenceFile(bytes);
        double lastProgress = 0;
        const EvidenceItem item = c.addEvidence(p, QStringLiteral("call 1"), [&](double f) {
            lastProgress = f;
            return true;
        });
        QCOMPARE(lastProgress, 1.0);
        QCOMPARE(item.id, qint64(1));
        QCOMPARE(item.sha256, sha(bytes));
        QCOMPARE(item.size, qint64(bytes.size()));
        QCOMPARE(item.label, QStringLiteral("call 1"));
        QCOMPARE(item.originalPath, QFileInfo(p).absoluteFilePath());
        QCOMPARE(item.intakeUser, kUser);
        QCOMPARE(item.lastState, EvidenceState::Ok);
        QVERIFY(!item.blocked());
        QCOMPARE(fileBytes(p), bytes); // never written
        // A known vector: "abc".
        const EvidenceItem abc = c.addEvidence(evidenceFile("abc"));
        QCOMPARE(abc.sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(abc.label.endsWith(QStringLiteral(".wav"))); // the file name when no label is given
        // The same content again (another file) is refused, naming the item that holds it.
        const QString dup = evidenceFile(bytes);
        const QString e = errorOf([&] { c.addEvidence(dup); });
        QVERIFY2(e.contains(QStringLiteral("item 1 ('call 1')")) && e.contains(sha(bytes)), qPrintable(e));
        QCOMPARE(c.evidence().size(), 2);
        // The case file itself, a missing file, a folder.
        QVERIFY(errorOf([&] { c.addEvidence(c.path()); }).contains(QStringLiteral("case file itself")));
        QVERIFY(errorOf([&] { c.addEvidence(fresh(QStringLiteral("gone"))); }).contains(QStringLiteral("no such evidence file")));
        QVERIFY(errorOf([&] { c.addEvidence(m_dir.path()); }).contains(QStringLiteral("folder")));
        // Cancelled: nothing added.
        QVERIFY(errorOf([&] { c.addEvidence(evidenceFile("zzz"), {}, [](double) { return false; }); }).contains(QStringLiteral("cancelled")));
        QCOMPARE(c.evidence().size(), 2);
        const QList<AuditEntry> log = c.auditLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[1].action, QStringLiteral("evidence.added"));
        QVERIFY(log[1].details.contains(sha(bytes)));
        QCOMPARE(c.findEvidenceBySha256(sha(bytes).toUpper())->id, qint64(1));
        QCOMPARE(c.verificationHistory(1).size(), 1);
        QCOMPARE(c.verificationHistory(1)[0].message, QStringLiteral("intake"));
    }

    void verificationBlockingAndRelocation()
    {
        const QString casePath = fresh(QStringLiteral("case"));
        CaseFile c = CaseFile::create(casePath, info(), kUser);
        const QByteArray bytes("RIFF....WAVEfmt original evidence bytes");
        const QString p = evidenceFile(bytes);
        const EvidenceItem item = c.addEvidence(p, QStringLiteral("call"));
        EvidenceVerification v = c.verifyEvidence(item.id);
        QCOMPARE(v.state, EvidenceState::Ok);
        QVERIFY(v.recorded);
        QCOMPARE(v.actualSha256, sha(bytes));
        QVERIFY(!c.isBlocked(item.id));
        // Stored and read back: an analysis is allowed.
        c.requireAnalysable(item.id);
        c.storeAnalysis(item.id, QStringLiteral("detection"), QStringLiteral("{}"), QStringLiteral("{\"score\":0.5}"), sha(bytes));

        // Changed after intake: mismatch, blocked, logged with both hashes.
        QByteArray changed = bytes;
        changed[3] = 'X';
        QVERIFY(writeBytes(p, changed));
        v = c.verifyEvidence(item.id);
        QCOMPARE(v.state, EvidenceState::Mismatch);
        QCOMPARE(v.expectedSha256, sha(bytes));
        QCOMPARE(v.actualSha256, sha(changed));
        QVERIFY(v.message.contains(sha(changed)) && v.message.contains(sha(bytes)));
        QVERIFY(c.isBlocked(item.id));
        QVERIFY(c.evidenceItem(item.id).blocked());
        QCOMPARE(c.evidenceItem(item.id).lastState, EvidenceState::Mismatch);
        const AuditEntry last = c.auditLog().back();
        QCOMPARE(last.action, QStringLiteral("evidence.verified"));
        const QJsonObject det = QJsonDocument::fromJson(last.details.toUtf8()).object();
        QCOMPARE(det.value(QStringLiteral("state")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(det.value(QStringLiteral("expectedSha256")).toString(), sha(bytes));
        QCOMPARE(det.value(QStringLiteral("actualSha256")).toString(), sha(changed));
        QString e = errorOf([&] { c.requireAnalysable(item.id); });
        QVERIFY2(e.contains(QStringLiteral("blocked")), qPrintable(e));
        e = errorOf([&] { c.storeAnalysis(item.id, QStringLiteral("detection"), {}, QStringLiteral("{}"), sha(bytes)); });
        QVERIFY2(e.contains(QStringLiteral("blocked")), qPrintable(e));
        // The state survives reopening.
        {
            CaseFile r = CaseFile::open(casePath, kUser, CaseOpenMode::ReadOnly);
            QVERIFY(r.isBlocked(item.id));
            // checkEvidence works read-only and records nothing.
            const EvidenceVerification chk = r.checkEvidence(item.id);
            QCOMPARE(chk.state, EvidenceState::Mismatch);
            QVERIFY(!chk.recorded);
        }

        // Gone: missing.
        QVERIFY(QFile::remove(p));
        v = c.verifyEvidence(item.id);
        QCOMPARE(v.state, EvidenceState::Missing);
        QVERIFY(v.actualSha256.isEmpty());
        QVERIFY(c.isBlocked(item.id));

        // Relocation to another content is refused; to the intake content it is allowed and unblocks.
        const QString wrong = evidenceFile(changed);
        e = errorOf([&] { c.relocateEvidence(item.id, wrong); });
        QVERIFY2(e.contains(QStringLiteral("not the content")) && e.contains(sha(changed)), qPrintable(e));
        QVERIFY(c.isBlocked(item.id));
        const QString moved = evidenceFile(bytes);
        const EvidenceItem relocated = c.relocateEvidence(item.id, moved);
        QCOMPARE(relocated.currentPath, QFileInfo(moved).absoluteFilePath());
        QCOMPARE(relocated.originalPath, item.originalPath);
        QVERIFY(!c.isBlocked(item.id));
        QCOMPARE(c.auditLog().back().action, QStringLiteral("evidence.relocated"));
        QCOMPARE(c.verifyEvidence(item.id).state, EvidenceState::Ok);
        // History: intake, ok, mismatch, missing, relocation, ok.
        const QList<EvidenceVerification> h = c.verificationHistory(item.id);
        QCOMPARE(h.size(), 6);
        QCOMPARE(h[2].state, EvidenceState::Mismatch);
        QCOMPARE(h[3].state, EvidenceState::Missing);
        QVERIFY(c.verifyChain().ok);

        // verifyAll with an unreadable item: a folder where the file was.
        const QString p2 = evidenceFile("second item");
        const EvidenceItem item2 = c.addEvidence(p2);
        QVERIFY(QFile::remove(p2));
        QVERIFY(QDir().mkdir(p2));
        const QList<EvidenceVerification> all = c.verifyAll();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].state, EvidenceState::Ok);
        QCOMPARE(all[1].state, EvidenceState::Unreadable);
        QVERIFY(!c.isBlocked(item2.id)); // unreadable is not blocked, but analyses need a last state ok:
        e = errorOf([&] { c.storeAnalysis(item2.id, QStringLiteral("full"), {}, QStringLiteral("{}"), item2.sha256); });
        QVERIFY2(e.contains(QStringLiteral("unreadable")), qPrintable(e));
    }

    void analysesByteIdentical()
    {
        const QString casePath = fresh(QStringLiteral("case"));
        const QByteArray bytes("analysis evidence");
        const QString settings = QStringLiteral("{ \"model\" : \"sourcetrace-default\",\n  \"threshold\": 0.1000, \"eps\": 1e-7 }");
        const QString result = QStringLiteral("[{\"score\":0.93,\"label\":\"synthetic – Ünïcödé ✓ 😀\",\"z\":1.0E+2},\n\t{}]");
        qint64 itemId = 0;
        {
            CaseFile c = CaseFile::create(casePath, info(), kUser);
            itemId = c.addEvidence(evidenceFile(bytes)).id;
            // Wrong hash, bad JSON, no kind: refused.
            QVERIFY(errorOf([&] { c.storeAnalysis(itemId, QStringLiteral("detection"), settings, result, sha("other")); })
                        .contains(QStringLiteral("intake hash")));
            QVERIFY(errorOf([&] { c.storeAnalysis(itemId, QStringLiteral("detection"), settings, QStringLiteral("{broken"), sha(bytes)); })
                        .contains(QStringLiteral("not valid JSON")));
            QVERIFY(errorOf([&] { c.storeAnalysis(itemId, QString(), settings, result, sha(bytes)); }).contains(QStringLiteral("kind")));
            QVERIFY(errorOf([&] { c.storeAnalysis(99, QStringLiteral("detection"), settings, result, sha(bytes)); }).contains(QStringLiteral("no evidence item 99")));
            const StoredAnalysis a = c.storeAnalysis(itemId, QStringLiteral("detection"), settings, result, sha(bytes));
            QCOMPARE(a.settingsJson, settings);
            QCOMPARE(a.resultJson, result);
            QCOMPARE(a.evidenceSha256, sha(bytes));
            QCOMPARE(a.user, kUser);
            c.storeAnalysis(itemId, QStringLiteral("detection"), {}, QStringLiteral("{\"score\":0.2}"), sha(bytes));
            const QJsonObject det = QJsonDocument::fromJson(c.auditLog().back().details.toUtf8()).object();
            QCOMPARE(det.value(QStringLiteral("resultSha256")).toString(), sha("{\"score\":0.2}"));
            QCOMPARE(det.value(QStringLiteral("settingsSha256")).toString(), sha("{}"));
        }
        CaseFile c = CaseFile::open(casePath, kUser, CaseOpenMode::ReadOnly);
        const QList<StoredAnalysis> list = c.analyses(itemId);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].settingsJson.toUtf8(), settings.toUtf8());
        QCOMPARE(list[0].resultJson.toUtf8(), result.toUtf8());
        QCOMPARE(list[1].settingsJson, QStringLiteral("{}"));
        // The newer one supersedes.
        QCOMPARE(c.latestAnalysis(itemId, QStringLiteral("detection"))->id, list[1].id);
        QVERIFY(!c.latestAnalysis(itemId, QStringLiteral("tracing")));
        QCOMPARE(c.analysis(list[0].id).resultJson, result);
        QCOMPARE(c.analyses().size(), 2);
        // Never deleted nor changed, even through SQL.
        const QString del = rawSql(casePath, {QStringLiteral("DELETE FROM analyses")});
        QVERIFY2(del.contains(QStringLiteral("never deleted")), qPrintable(del));
        const QString upd = rawSql(casePath, {QStringLiteral("UPDATE analyses SET result = '{}'")});
        QVERIFY2(upd.contains(QStringLiteral("never changed")), qPrintable(upd));
        const QString ev = rawSql(casePath, {QStringLiteral("UPDATE evidence SET sha256 = 'x'")});
        QVERIFY2(ev.contains(QStringLiteral("never changes")), qPrintable(ev));
    }

    void annotationValidation_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<bool>("band");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("locality");
        QTest::addColumn<QString>("problem");
        QTest::addRow("good") << 1.0 << 2.0 << false << 0.0 << 0.0 << 3 << QString();
        QTest::addRow("good band") << 0.0 << 0.5 << true << 100.0 << 4000.0 << 5 << QString();
        QTest::addRow("end before start") << 2.0 << 1.5 << false << 0.0 << 0.0 << 3 << QStringLiteral("not after start");
        QTest::addRow("empty span") << 2.0 << 2.0 << false << 0.0 << 0.0 << 3 << QStringLiteral("not after start");
        QTest::addRow("negative start") << -1.0 << 1.0 << false << 0.0 << 0.0 << 3 << QStringLiteral("negative");
        QTest::addRow("nan") << qQNaN() << 1.0 << false << 0.0 << 0.0 << 3 << QStringLiteral("finite");
        QTest::addRow("band reversed") << 0.0 << 1.0 << true << 4000.0 << 100.0 << 3 << QStringLiteral("not above band low");
        QTest::addRow("band equal") << 0.0 << 1.0 << true << 100.0 << 100.0 << 3 << QStringLiteral("not above band low");
        QTest::addRow("band negative") << 0.0 << 1.0 << true << -5.0 << 100.0 << 3 << QStringLiteral("negative");
        QTest::addRow("locality 0") << 0.0 << 1.0 << false << 0.0 << 0.0 << 0 << QStringLiteral("locality 0 is outside 1..5");
        QTest::addRow("locality 6") << 0.0 << 1.0 << false << 0.0 << 0.0 << 6 << QStringLiteral("locality 6 is outside 1..5");
    }

    void annotationValidation()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(bool, band);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, locality);
        QFETCH(QString, problem);
        Annotation a;
        a.evidenceId = 1;
        a.startS = start;
        a.endS = end;
        if (band)
            a.band = FrequencyBand{low, high};
        a.locality = locality;
        const QString why = annotationProblem(a);
        if (problem.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void cues()
    {
        QCOMPARE(int(allCues().size()), kCueCount);
        for (Cue c : allCues())
            QCOMPARE(parseCue(cueName(c)), std::optional<Cue>(c));
        QCOMPARE(parseCue(QStringLiteral(" Breath ")), std::optional<Cue>(Cue::Breath));
        QVERIFY(!parseCue(QStringLiteral("cough")));
        QVERIFY(cueNames().contains(QStringLiteral("transition")));
    }

    void annotationsLogged()
    {
        const QString casePath = fresh(QStringLiteral("case"));
        CaseFile c = CaseFile::create(casePath, info(), kUser);
        const EvidenceItem item = c.addEvidence(evidenceFile("annotated"));
        Annotation a;
        a.evidenceId = item.id;
        a.startS = 1.25;
        a.endS = 1.5;
        a.band = FrequencyBand{2000, 4000.5};
        a.cue = Cue::Glitch;
        a.locality = 4;
        a.audible = true;
        a.text = QStringLiteral("click, \"metallic\"");
        Annotation bad = a;
        bad.endS = 1.0;
        QString e = errorOf([&] { c.addAnnotation(bad); });
        QVERIFY2(e.contains(QStringLiteral("not after start")), qPrintable(e));
        bad = a;
        bad.evidenceId = 42;
        QVERIFY(errorOf([&] { c.addAnnotation(bad); }).contains(QStringLiteral("no evidence item 42")));
        const Annotation stored = c.addAnnotation(a);
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.author, kUser);
        QVERIFY(stored.sameContent(a));
        QVERIFY(stored.created.isValid());
        AuditEntry last = c.auditLog().back();
        QCOMPARE(last.action, QStringLiteral("annotation.added"));
        QJsonObject det = QJsonDocument::fromJson(last.details.toUtf8()).object();
        QCOMPARE(det.value(QStringLiteral("after")).toObject().value(QStringLiteral("high_hz")).toDouble(), 4000.5);

        Annotation changed = stored;
        changed.cue = Cue::Breath;
        changed.band.reset();
        changed.text = QStringLiteral("breath, not a glitch");
        const Annotation updated = c.updateAnnotation(changed);
        QCOMPARE(updated.cue, Cue::Breath);
        QVERIFY(!updated.band);
        last = c.auditLog().back();
        QCOMPARE(last.action, QStringLiteral("annotation.changed"));
        det = QJsonDocument::fromJson(last.details.toUtf8()).object();
        QCOMPARE(det.value(QStringLiteral("before")).toObject().value(QStringLiteral("cue")).toString(), QStringLiteral("glitch"));
        QCOMPARE(det.value(QStringLiteral("after")).toObject().value(QStringLiteral("cue")).toString(), QStringLiteral("breath"));
        QVERIFY(det.value(QStringLiteral("after")).toObject().value(QStringLiteral("low_hz")).isNull());
        // No change: nothing logged.
        const int entries = c.auditHead().entries;
        c.updateAnnotation(updated);
        QCOMPARE(c.auditHead().entries, entries);
        // Invalid change refused, nothing changed.
        changed.locality = 9;
        QVERIFY(errorOf([&] { c.updateAnnotation(changed); }).contains(QStringLiteral("locality")));
        QCOMPARE(c.annotation(stored.id).locality, 4);

        c.removeAnnotation(stored.id);
        last = c.auditLog().back();
        QCOMPARE(last.action, QStringLiteral("annotation.removed"));
        det = QJsonDocument::fromJson(last.details.toUtf8()).object();
        QCOMPARE(det.value(QStringLiteral("before")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("breath, not a glitch"));
        QVERIFY(c.annotations().isEmpty());
        QVERIFY(errorOf([&] { c.removeAnnotation(stored.id); }).contains(QStringLiteral("no annotation")));
        QVERIFY(c.verifyChain().ok);
    }

    void annotationsCsvRoundTrip()
    {
        const QByteArray bytes1("first item"), bytes2("second item");
        const QString f1 = evidenceFile(bytes1), f2 = evidenceFile(bytes2);
        CaseFile c = CaseFile::create(fresh(QStringLiteral("case")), info(), kUser);
        const qint64 i1 = c.addEvidence(f1).id, i2 = c.addEvidence(f2).id;
        auto add = [&](qint64 item, double s, double e, std::optional<FrequencyBand> band, Cue cue, int loc, bool aud, const QString &t) {
            Annotation a;
            a.evidenceId = item;
            a.startS = s;
            a.endS = e;
            a.band = band;
            a.cue = cue;
            a.locality = loc;
            a.audible = aud;
            a.text = t;
            c.addAnnotation(a);
        };
        add(i1, 0.1, 0.30000000000000004, std::nullopt, Cue::Breath, 2, true, QStringLiteral("plain"));
        add(i1, 1e-7, 2.5, FrequencyBand{0, 8000}, Cue::Spectral, 5, false,
            QStringLiteral("comma, \"quotes\" and\na new line – Ünïcödé ✓"));
        add(i2, 12.0, 13.75, FrequencyBand{123.456, 7890.125}, Cue::Transition, 1, true, QString());
        add(i2, 3, 4, std::nullopt, Cue::Unclear, 3, false, QStringLiteral("  spaces kept  "));
        const QString csv1 = fresh(QStringLiteral("ann")) + QStringLiteral(".csv");
        QCOMPARE(c.exportAnnotationsCsv(csv1), 4);
        QVERIFY(errorOf([&] { c.exportAnnotationsCsv(csv1); }).contains(QStringLiteral("exists already")));
        const QByteArray text = fileBytes(csv1);
        QVERIFY(text.startsWith("evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\r\n"));
        QVERIFY(text.contains(",0.1,0.30000000000000004,,,breath,2,yes,plain\r\n"));
        QVERIFY(text.contains("\"comma, \"\"quotes\"\" and\na new line"));
        QCOMPARE(c.exportAnnotationsCsv(fresh(QStringLiteral("one")), i2), 2);

        // Into another case holding the same evidence: the same rows, byte for byte.
        CaseFile other = CaseFile::create(fresh(QStringLiteral("case")), info(), QStringLiteral("second"));
        other.addEvidence(f2);
        other.addEvidence(f1);
        QCOMPARE(other.importAnnotationsCsv(csv1), 4);
        const AuditEntry imported = other.auditLog().back();
        QCOMPARE(imported.action, QStringLiteral("annotations.imported"));
        const QJsonObject det = QJsonDocument::fromJson(imported.details.toUtf8()).object();
        QCOMPARE(det.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(det.value(QStringLiteral("fileSha256")).toString(), sha(text));
        const QString csv2 = fresh(QStringLiteral("ann")) + QStringLiteral(".csv");
        other.exportAnnotationsCsv(csv2);
        QByteArray text2 = fileBytes(csv2);
        // Items are numbered the other way round in `other`: compare as sets of lines.
        auto lines = [](const QByteArray &t) {
            AnnotationCsvRead r = parseAnnotationsCsv(t, QStringLiteral("x"));
            QStringList out;
            for (const AnnotationCsvRow &row : r.rows)
                out << QString::fromUtf8(annotationCsvRecord(row.evidenceSha256, row.annotation));
            out.sort();
            return out;
        };
        QCOMPARE(lines(text2), lines(text));
        for (const Annotation &a : other.annotations())
            QCOMPARE(a.author, QStringLiteral("second"));
        // Exported from `other` and imported back into a third case: byte-identical to `other`'s export.
        CaseFile third = CaseFile::create(fresh(QStringLiteral("case")), info(), kUser);
        third.addEvidence(f2);
        third.addEvidence(f1);
        third.importAnnotationsCsv(csv2);
        const QString csv3 = fresh(QStringLiteral("ann")) + QStringLiteral(".csv");
        third.exportAnnotationsCsv(csv3);
        QCOMPARE(fileBytes(csv3), text2);
    }

    void annotationsCsvBroken()
    {
        const QByteArray bytes("csv evidence");
        CaseFile c = CaseFile::create(fresh(QStringLiteral("case")), info(), kUser);
        const EvidenceItem item = c.addEvidence(evidenceFile(bytes));
        const QByteArray h = item.sha256.toLatin1();
        const QByteArray header = "evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\n";
        const QByteArray good = h + ",1,2,,,breath,3,yes,fine\n";
        QByteArray csv = header + good                                   // line 2
                       + h + ",1,2,,,cough,3,yes,bad cue\n"              // line 3
                       + h + ",2,1,,,glitch,3,no,end before start\n"     // line 4
                       + h + ",1,2,,,glitch,3,no\n"                      // line 5: 8 fields
                       + h + ",1,2,,,glitch,3,no,bad \"quote\n"          // line 6
                       + QByteArray(64, 'a') + ",1,2,,,noise,3,no,unknown item\n" // line 7
                       + h + ",1,2,100,,noise,3,no,half a band\n"       // line 8
                       + h + ",1,2,,,noise,7,no,locality\n"              // line 9
                       + good                                            // line 10
                       + h + ",1,2,,,noise,3,maybe,audible\n"            // line 11
                       + h + ",1,2,,,silence,3,no,\"closed\"late\n";     // line 12
        const QString path = fresh(QStringLiteral("broken")) + QStringLiteral(".csv");
        writeBytes(path, csv);
        const AuditHead headBefore = c.auditHead();
        try {
            c.importAnnotationsCsv(path);
            QFAIL("a broken CSV was imported");
        } catch (const AnnotationCsvError &e) {
            const QStringList p = e.problems();
            QCOMPARE(p.size(), 9);
            const QList<QPair<int, QString>> expected{{3, QStringLiteral("unknown cue 'cough'")},
                                                      {4, QStringLiteral("not after start")},
                                                      {5, QStringLiteral("8 fields, expected 9")},
                                                      {6, QStringLiteral("quote inside unquoted field 9")},
                                                      {7, QStringLiteral("no evidence item of this case has SHA-256")},
                                                      {8, QStringLiteral("both be given or both be empty")},
                                                      {9, QStringLiteral("locality 7 is outside 1..5")},
                                                      {11, QStringLiteral("audible 'maybe'")},
                                                      {12, QStringLiteral("text after the closing quote")}};
            for (int k = 0; k < expected.size(); ++k)
                QVERIFY2(p[k].startsWith(QStringLiteral("%1:%2: ").arg(path).arg(expected[k].first)) && p[k].contains(expected[k].second),
                         qPrintable(p[k]));
            QVERIFY(e.message().contains(QStringLiteral("nothing was imported")));
        }
        // Nothing imported: no annotation, no log entry.
        QVERIFY(c.annotations().isEmpty());
        QCOMPARE(c.auditHead().hash, headBefore.hash);

        // An unterminated quote and a wrong header.
        writeBytes(path, header + good + h + ",1,2,,,breath,3,yes,\"never closed\n" + good);
        QString e = errorOf([&] { c.importAnnotationsCsv(path); });
        QVERIFY2(e.contains(path + QStringLiteral(":3: a quoted field opened on line 3 is never closed")), qPrintable(e));
        writeBytes(path, "sha,start,end\n" + good);
        e = errorOf([&] { c.importAnnotationsCsv(path); });
        QVERIFY2(e.contains(path + QStringLiteral(":1: the header is")), qPrintable(e));
        writeBytes(path, QByteArray());
        e = errorOf([&] { c.importAnnotationsCsv(path); });
        QVERIFY2(e.contains(QStringLiteral(":1: an empty file")), qPrintable(e));
        writeBytes(path, header + h + ",1,2,,,breath,3,yes,\xff\xfe broken utf8\n");
        e = errorOf([&] { c.importAnnotationsCsv(path); });
        QVERIFY2(e.contains(QStringLiteral(":2: not valid UTF-8")), qPrintable(e));
        QVERIFY(c.annotations().isEmpty());
        QCOMPARE(c.auditHead().hash, headBefore.hash);

        // BOM, CRLF, blank lines, a quoted field over two lines: accepted; the line numbers stay right.
        writeBytes(path, "\xEF\xBB\xBF" + header + "\r\n" + h + ",1,2,,,breath,3,yes,\"two\r\nlines\"\r\n\r\n" + h
                             + ",1,2,,,breath,3,yes,oops,extra\r\n");
        try {
            c.importAnnotationsCsv(path);
            QFAIL("imported");
        } catch (const AnnotationCsvError &x) {
            QCOMPARE(x.problems().size(), 1);
            QVERIFY2(x.problems()[0].startsWith(path + QStringLiteral(":6: 10 fields")), qPrintable(x.problems()[0]));
        }
        writeBytes(path, "\xEF\xBB\xBF" + header + "\r\n" + h + ",1,2,,,breath,3,yes,\"two\r\nlines\"\r\n\r\n");
        QCOMPARE(c.importAnnotationsCsv(path), 1);
        QCOMPARE(c.annotations()[0].text, QStringLiteral("two\r\nlines"));
    }

    void attributionShare()
    {
        // 10 samples at 10 Hz (sample i at i/10 s); |a| = 1,2,...,10 (signs alternate): total 55.
        std::vector<float> attr;
        for (int i = 0; i < 10; ++i)
            attr.push_back(float((i % 2 ? -1 : 1) * (i + 1)));
        auto ann = [](double s, double e, Cue c) {
            Annotation a;
            a.startS = s;
            a.endS = e;
            a.cue = c;
            return a;
        };
        // breath [0.0, 0.3): samples 0,1,2 -> 1+2+3 = 6
        // glitch [0.25, 0.55): samples 3,4,5 -> 4+5+6 = 15, and glitch [0.5, 0.7): samples 5,6 -> sample 5 once: +7
        //        -> glitch = 4+5+6+7 = 22
        // breath again [0.2, 0.4): samples 2,3 -> breath = 1+2+3+4 = 10 (sample 2 once)
        // outside any: samples 7,8,9 -> 8+9+10 = 27
        const QList<Annotation> list{ann(0.0, 0.3, Cue::Breath), ann(0.25, 0.55, Cue::Glitch), ann(0.5, 0.7, Cue::Glitch),
                                     ann(0.2, 0.4, Cue::Breath)};
        const AttributionShares s = attributionShareByCue(list, attr, 10);
        QCOMPARE(s.total, 55.0);
        QVERIFY(std::fabs(s.share(Cue::Breath) - 10.0 / 55.0) < 1e-12);
        QVERIFY(std::fabs(s.share(Cue::Glitch) - 22.0 / 55.0) < 1e-12);
        QVERIFY(std::fabs(s.outside - 27.0 / 55.0) < 1e-12);
        QCOMPARE(s.share(Cue::Noise), 0.0);
        // Exact boundaries: [0.1, 0.2) at 10 Hz holds sample 1 only.
        const AttributionShares b = attributionShareByCue({ann(0.1, 0.2, Cue::Noise)}, attr, 10);
        QVERIFY(std::fabs(b.share(Cue::Noise) - 2.0 / 55.0) < 1e-12);
        // Beyond the end, no samples, no rate, all zero.
        const AttributionShares far = attributionShareByCue({ann(5, 6, Cue::Noise)}, attr, 10);
        QCOMPARE(far.share(Cue::Noise), 0.0);
        QCOMPARE(far.outside, 1.0);
        QCOMPARE(attributionShareByCue(list, {}, 10).total, 0.0);
        QCOMPARE(attributionShareByCue(list, attr, 0).outside, 0.0);
        const AttributionShares zero = attributionShareByCue(list, std::vector<float>(10, 0.0f), 10);
        QCOMPARE(zero.share(Cue::Breath), 0.0);
    }

    void qualityThresholdsAndReports()
    {
        const QString casePath = fresh(QStringLiteral("case"));
        const QString json = QStringLiteral("{\"snrDb\": 15.5, \"clippedFraction\": 0.001, \"minSpeechSeconds\": 3}");
        {
            CaseFile c = CaseFile::create(casePath, info(), kUser);
            QVERIFY(c.qualityThresholdsJson().isEmpty());
            QVERIFY(errorOf([&] { c.setQualityThresholdsJson(QStringLiteral("[1,2]")); }).contains(QStringLiteral("JSON object")));
            c.setQualityThresholdsJson(json);
            const AuditEntry e = c.auditLog().back();
            QCOMPARE(e.action, QStringLiteral("quality.thresholds.changed"));
            QCOMPARE(e.details, QStringLiteral("{\"after\":{\"clippedFraction\":0.001,\"minSpeechSeconds\":3,\"snrDb\":15.5},\"before\":null}"));
            const int n = c.auditHead().entries;
            c.setQualityThresholdsJson(json); // unchanged: not logged
            QCOMPARE(c.auditHead().entries, n);

            const AuditHead head = c.auditHead();
            const ReportVersion r = c.recordReportExport(QStringLiteral("report-v1.pdf"), sha("pdf bytes").toUpper(), QStringLiteral("pdf"));
            QCOMPARE(r.sha256, sha("pdf bytes"));
            QCOMPARE(r.auditHead, head.hash);
            QCOMPARE(r.auditEntries, head.entries);
            QCOMPARE(c.auditLog().back().action, QStringLiteral("report.exported"));
            QVERIFY(errorOf([&] { c.recordReportExport(QStringLiteral("x"), QStringLiteral("nothex"), QStringLiteral("pdf")); }).contains(QStringLiteral("64 hex")));
            const QString reportFile = fresh(QStringLiteral("report")) + QStringLiteral(".html");
            writeBytes(reportFile, "<html>report</html>");
            const ReportVersion r2 = c.recordReportFile(reportFile, QStringLiteral("html"));
            QCOMPARE(r2.sha256, sha("<html>report</html>"));
            QCOMPARE(r2.fileName, QFileInfo(reportFile).fileName());
        }
        CaseFile c = CaseFile::open(casePath, kUser, CaseOpenMode::ReadOnly);
        QCOMPARE(c.qualityThresholdsJson(), json);
        QCOMPARE(c.reportVersions().size(), 2);
        QCOMPARE(c.reportVersions()[0].fileName, QStringLiteral("report-v1.pdf"));
    }

    void saveAs()
    {
        const QString casePath = fresh(QStringLiteral("case"));
        CaseFile c = CaseFile::create(casePath, info(), kUser);
        const QByteArray bytes("save as evidence");
        const EvidenceItem item = c.addEvidence(evidenceFile(bytes), QStringLiteral("item"));
        c.storeAnalysis(item.id, QStringLiteral("full"), QStringLiteral("{\"a\": 1}"), QStringLiteral("{\"r\": [1, 2]}"), item.sha256);
        Annotation a;
        a.evidenceId = item.id;
        a.startS = 0.5;
        a.endS = 0.75;
        a.cue = Cue::Phoneme;
        c.addAnnotation(a);
        c.setQualityThresholdsJson(QStringLiteral("{\"snrDb\":20}"));
        const AuditHead before = c.auditHead();
        const QString copyPath = fresh(QStringLiteral("copy")) + CaseFile::extension();
        c.saveAs(copyPath);
        QVERIFY(errorOf([&] { c.saveAs(copyPath); }).contains(QStringLiteral("exists already")));
        // The original logs it, naming the copy and the copy's head.
        const QList<AuditEntry> orig = c.auditLog();
        QCOMPARE(orig.size(), before.entries + 1);
        QCOMPARE(orig.back().action, QStringLiteral("case.saved_as"));
        const QJsonObject od = QJsonDocument::fromJson(orig.back().details.toUtf8()).object();
        QCOMPARE(od.value(QStringLiteral("role")).toString(), QStringLiteral("original"));
        QCOMPARE(od.value(QStringLiteral("to")).toString(), QFileInfo(copyPath).absoluteFilePath());
        QVERIFY(c.verifyChain().ok);
        QVERIFY(!QFileInfo::exists(copyPath + QStringLiteral("-wal")));
        // The copy holds everything, its chain verifies, and its last entry names the original.
        CaseFile copy = CaseFile::open(copyPath, kUser, CaseOpenMode::ReadOnly);
        const ChainVerification v = copy.verifyChain();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, before.entries + 1);
        QCOMPARE(od.value(QStringLiteral("copyHead")).toString(), v.headHash);
        const QList<AuditEntry> log = copy.auditLog();
        for (int i = 0; i < before.entries; ++i) {
            QCOMPARE(log[i].hash, orig[i].hash);
        }
        QCOMPARE(log.back().action, QStringLiteral("case.saved_as"));
        const QJsonObject cd = QJsonDocument::fromJson(log.back().details.toUtf8()).object();
        QCOMPARE(cd.value(QStringLiteral("role")).toString(), QStringLiteral("copy"));
        QCOMPARE(cd.value(QStringLiteral("from")).toString(), c.path());
        QCOMPARE(cd.value(QStringLiteral("sourceHead")).toString(), before.hash);
        QCOMPARE(copy.evidence().size(), 1);
        QCOMPARE(copy.evidence()[0].sha256, item.sha256);
        QCOMPARE(copy.analyses().size(), 1);
        QCOMPARE(copy.analyses()[0].resultJson, QStringLiteral("{\"r\": [1, 2]}"));
        QCOMPARE(copy.annotations().size(), 1);
        QCOMPARE(copy.qualityThresholdsJson(), QStringLiteral("{\"snrDb\":20}"));
        QCOMPARE(copy.info().caseId, c.info().caseId);
        QVERIFY(copy.integrityProblems().isEmpty()); // the triggers came along
        // The copy opens read-write and its triggers still refuse.
        {
            CaseFile rw = CaseFile::open(copyPath, kUser);
            QVERIFY(!rw.isReadOnly());
            QCOMPARE(rw.journalMode().toLower(), QStringLiteral("wal"));
        }
        const QString del = rawSql(copyPath, {QStringLiteral("DELETE FROM audit_log WHERE seq = 1")});
        QVERIFY2(del.contains(QStringLiteral("append-only")), qPrintable(del));
    }

    void connectionPerOperation()
    {
        // Between operations the instance holds no descriptor of the case file (a file dialog's MIME sniff in the
        // GUI, which opens and closes the file, cannot then drop SQLite's locks); a ConnectionHold keeps one.
        const QString path = fresh(QStringLiteral("case")) + CaseFile::extension();
        auto descriptorsOf = [](const QString &file) {
            int n = 0;
            const QString canonical = QFileInfo(file).canonicalFilePath();
            for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
                if (fd.symLinkTarget() == canonical)
                    ++n;
            return n;
        };
        if (!QDir(QStringLiteral("/proc/self/fd")).exists())
            QSKIP("no /proc/self/fd");
        CaseFile c = CaseFile::create(path, info(), kUser);
        c.addEvidence(evidenceFile("fd test"));
        QCOMPARE(descriptorsOf(path), 0);
        {
            const CaseFile::ConnectionHold hold(c);
            (void)c.evidence();
            QVERIFY(descriptorsOf(path) >= 1);
            (void)c.auditLog();
        }
        QCOMPARE(descriptorsOf(path), 0);
        // Another case put in its place is noticed at the next operation.
        const QString other = fresh(QStringLiteral("other")) + CaseFile::extension();
        { CaseFile::create(other, info(), kUser); }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(other, path));
        const QString e = errorOf([&] { (void)c.evidence(); });
        QVERIFY2(e.contains(QStringLiteral("replaced by another one")), qPrintable(e));
    }

    void failedWriteChangesNothing()
    {
        // A write whose audit entry cannot be appended rolls the change back: plant a broken last entry (the
        // triggers dropped to do so), then try to add an annotation.
        const QString casePath = fresh(QStringLiteral("case"));
        qint64 item = 0;
        {
            CaseFile c = CaseFile::create(casePath, info(), kUser);
            item = c.addEvidence(evidenceFile("rollback")).id;
            QVERIFY(rawSql(casePath, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                      QStringLiteral("UPDATE audit_log SET details = '{\"x\":1}' WHERE seq = 2")})
                        .isEmpty());
            Annotation a;
            a.evidenceId = item;
            a.startS = 0;
            a.endS = 1;
            const QString e = errorOf([&] { c.addAnnotation(a); });
            QVERIFY2(e.contains(QStringLiteral("no longer matches its hash")), qPrintable(e));
            QVERIFY(c.annotations().isEmpty());
            QCOMPARE(c.auditHead().entries, 2);
        }
        // Reopened: read-only, saying why.
        CaseFile c = CaseFile::open(casePath, kUser);
        QVERIFY(c.isReadOnly());
        QVERIFY2(c.readOnlyReason().contains(QStringLiteral("broken at entry 2")), qPrintable(c.readOnlyReason()));
        QVERIFY(c.readOnlyReason().contains(QStringLiteral("audit_log_no_update")));
        QCOMPARE(c.chainAtOpen().firstBadSeq, 2);
        QCOMPARE(c.evidence().size(), 1); // still readable
        QVERIFY(errorOf([&] { c.saveAs(fresh(QStringLiteral("copy"))); }).contains(QStringLiteral("broken")));
    }
};

QTEST_GUILESS_MAIN(TestCaseCore)
#include "tst_case_core.moc"
