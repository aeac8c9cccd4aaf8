// The case's audit log: the canonical JSON (against Python's json.dumps, by table and, when python3 is there,
// live), the hash of entry 1 recomputed here from the documented canonical string, the chain after tampering
// (an entry's details changed, an entry deleted, bytes of the file flipped, the tail cut off), the append-only
// triggers, and the JSON Lines export checked by scripts/verify_audit_log.py and by verifyAuditJsonl().
#include "testutil.h"

#include "case/AuditLog.h"
#include "case/CanonicalJson.h"
#include "case/CaseFile.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cmath>

using namespace st;

namespace {

const QString kUser = QStringLiteral("examiner");

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

CaseInfo info()
{
    CaseInfo i;
    i.number = QStringLiteral("A-1");
    i.examiner = QStringLiteral("Zoë Ørsted");
    return i;
}

QString python()
{
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString script()
{
    const QString src = sttest::sourceDir();
    const QString p = src + QStringLiteral("/scripts/verify_audit_log.py");
    return !src.isEmpty() && QFile::exists(p) ? p : QString();
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run runProcess(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCaseAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString fresh(const QString &stem) { return m_dir.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_n)); }

    // A case with a few entries of every kind (non-ASCII text, numbers of every form), closed.
    QString populatedCase(int *annotationEntry = nullptr)
    {
        const QString path = fresh(QStringLiteral("case")) + CaseFile::extension();
        CaseFile c = CaseFile::create(path, info(), kUser);
        const QString ev = fresh(QStringLiteral("clip"));
        writeBytes(ev, "some evidence bytes");
        const EvidenceItem item = c.addEvidence(ev, QStringLiteral("Anruf – 3. März ✓"));
        c.setQualityThresholdsJson(QStringLiteral("{\"snrDb\":0.1,\"eps\":1e-7,\"min\":0.0001,\"big\":1e300,\"n\":3,\"ok\":true,"
                                                  "\"neg\":-2.5,\"list\":[1,2.5,null,false]}"));
        Annotation a;
        a.evidenceId = item.id;
        a.startS = 0.1;
        a.endS = 0.30000000000000004;
        a.band = FrequencyBand{1e-7, 12345.678};
        a.cue = Cue::Glitch;
        a.text = QStringLiteral("MARKERQQ \"quoted\" \\ tab\t newline\n 😀 é");
        const Annotation stored = c.addAnnotation(a);
        if (annotationEntry)
            *annotationEntry = c.auditHead().entries;
        c.verifyEvidence(item.id);
        c.removeAnnotation(stored.id);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pythonRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("repr");
        // Python 3: repr(float(x))
        QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::addRow("1e-7") << 1e-7 << QByteArray("1e-07");
        QTest::addRow("0.0001") << 0.0001 << QByteArray("0.0001");
        QTest::addRow("0.00001") << 0.00001 << QByteArray("1e-05");
        QTest::addRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::addRow("1.5e300") << 1.5e300 << QByteArray("1.5e+300");
        QTest::addRow("123.0") << 123.0 << QByteArray("123.0");
        QTest::addRow("1234567890123456.0") << 1234567890123456.0 << QByteArray("1234567890123456.0");
        QTest::addRow("0.30000000000000004") << 0.30000000000000004 << QByteArray("0.30000000000000004");
        QTest::addRow("-2.5e-320") << -2.5e-320 << QByteArray("-2.5e-320");
        QTest::addRow("5e-324") << 5e-324 << QByteArray("5e-324");
        QTest::addRow("1.7976931348623157e308") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::addRow("0.0") << 0.0 << QByteArray("0.0");
        QTest::addRow("-0.0") << -0.0 << QByteArray("-0.0");
        QTest::addRow("nan") << qQNaN() << QByteArray("nan");
        QTest::addRow("-inf") << -qInf() << QByteArray("-inf");
    }

    void pythonRepr()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, repr);
        QCOMPARE(pythonFloatRepr(value), repr);
    }

    void canonicalJsonTable()
    {
        // json.dumps(v, sort_keys=True, separators=(',',':'), ensure_ascii=False) of json.loads(the same text).
        QJsonObject o;
        o.insert(QStringLiteral("b"), 0.1);
        o.insert(QStringLiteral("a"), 1e-7);
        o.insert(QStringLiteral("c"), 100);
        o.insert(QStringLiteral("d"), true);
        o.insert(QStringLiteral("e"), QString::fromUtf8("Müller ✓ \x01 \x7f \n \" \\ / \t"));
        o.insert(QStringLiteral("f"), 0.0001);
        o.insert(QStringLiteral("g"), 1e16);
        o.insert(QStringLiteral("h"), -0.0);
        o.insert(QStringLiteral("i"), 2.5);
        o.insert(QStringLiteral("j"), 1e300);
        o.insert(QStringLiteral("k"), QJsonValue());
        o.insert(QStringLiteral("l"), QJsonArray{1.0, 2.5, false, QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("y"), 2}}});
        o.insert(QStringLiteral("m"), qint64(9007199254740993LL));
        o.insert(QStringLiteral("n"), qQNaN());
        o.insert(QString::fromUtf8("\xF0\x9F\x98\x80"), 4); // U+1F600: after U+FF21 by code point (before it in UTF-16)
        o.insert(QString::fromUtf8("\xEF\xBC\xA1"), 5);     // U+FF21
        o.insert(QStringLiteral("Z"), 1);
        o.insert(QString::fromUtf8("é"), 2);
        const QByteArray expected = QByteArray(
            "{\"Z\":1,\"a\":1e-07,\"b\":0.1,\"c\":100,\"d\":true,\"e\":\"Müller ✓ \\u0001 \x7f \\n \\\" \\\\ / \\t\",\"f\":0.0001,"
            "\"g\":10000000000000000,\"h\":0,\"i\":2.5,\"j\":1e+300,\"k\":null,\"l\":[1,2.5,false,{\"y\":2,\"z\":1}],"
            "\"m\":9007199254740993,\"n\":null,\"é\":2,\"Ａ\":5,\"😀\":4}");
        QCOMPARE(canonicalJson(o), expected);
        QVERIFY(isCanonicalJsonObject(expected));
        // Qt's own compact form differs (documented in CanonicalJson.h): it writes 0.0001 as 1e-04 and sorts keys
        // by UTF-16 code units.
        const QByteArray qt = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY(qt.contains("\"f\":1e-04"));
        QVERIFY(qt.indexOf("\xF0\x9F\x98\x80") < qt.indexOf("\xEF\xBC\xA1"));
        QVERIFY(!isCanonicalJsonObject("{\"b\":1,\"a\":2}"));
        QVERIFY(!isCanonicalJsonObject("{\"a\": 2}"));
        QVERIFY(!isCanonicalJsonObject("[1]"));
        QVERIFY(isCanonicalJsonObject("{}"));
        // Qt 6.4's parser can return an object whose lookup by key misses (keys beyond the BMP in code-point
        // order, found by fuzz_case_csv): the canonical text of what it read is still canonical.
        const QByteArray nonBmp("{\"\xEF\xBC\xA1\":1,\"\xF1\x9F\x98\x80\\u000f\":2}");
        const QJsonObject parsed = QJsonDocument::fromJson(nonBmp).object();
        QCOMPARE(canonicalJson(parsed), nonBmp);
        QVERIFY(isCanonicalJsonObject(nonBmp));
        // An unpaired surrogate becomes U+FFFD.
        QString broken = QStringLiteral("x");
        broken.append(QChar(0xD800));
        QCOMPARE(canonicalJson(QJsonValue(broken)), QByteArray("\"x\xEF\xBF\xBD\""));
        QCOMPARE(canonicalNumber(0.25), QStringLiteral("0.25"));
        QCOMPARE(canonicalNumber(3.0), QStringLiteral("3"));
    }

    void canonicalJsonAgainstPython()
    {
        const QString py = python();
        if (py.isEmpty())
            QSKIP("python3 is not installed");
        // Random doubles over the whole range of exponents, integers, and the object of the table test.
        QRandomGenerator rng(20250301);
        QJsonArray values;
        for (int i = 0; i < 3000; ++i) {
            const double mant = rng.generateDouble() * 2 - 1;
            const int exp = int(rng.bounded(-330, 330));
            double v = mant * std::pow(10.0, exp);
            if (i % 7 == 0)
                v = std::round(v);
            if (i % 11 == 0)
                v = double(qint64(rng.generate64() >> rng.bounded(1, 63)));
            if (std::isfinite(v))
                values.append(v);
        }
        values.append(0.1);
        values.append(1e-7);
        values.append(9007199254740993.0);
        values.append(qint64(-9223372036854775807LL - 1));
        values.append(9223372036854775808.0);
        QJsonObject o{{QStringLiteral("values"), values},
                      {QStringLiteral("text"), QString::fromUtf8("Ünïcödé \x1f \x7f \u2028 😀 \"q\" \\")},
                      {QString::fromUtf8("\xF0\x9F\x98\x80"), 1},
                      {QString::fromUtf8("\xEF\xBC\xA1"), 2}};
        const QByteArray mine = canonicalJson(o);
        const Run r = runProcess(py, {QStringLiteral("-c"),
                                      QStringLiteral("import json,sys\n"
                                                     "d=json.loads(sys.stdin.buffer.read().decode('utf-8'))\n"
                                                     "sys.stdout.buffer.write(json.dumps(d,sort_keys=True,separators=(',',':'),"
                                                     "ensure_ascii=False).encode('utf-8'))")},
                                 mine);
        QCOMPARE(r.code, 0);
        const QByteArray theirs = r.out.toUtf8();
        if (theirs != mine) {
            // Name the first difference.
            int k = 0;
            while (k < mine.size() && k < theirs.size() && mine[k] == theirs[k])
                ++k;
            QFAIL(qPrintable(QStringLiteral("differs at byte %1: mine ...%2... python ...%3...")
                                 .arg(k).arg(QString::fromUtf8(mine.mid(std::max(0, k - 40), 80)),
                                             QString::fromUtf8(theirs.mid(std::max(0, k - 40), 80)))));
        }
        QVERIFY(isCanonicalJsonObject(mine)); // and Qt reads it back to the same text
    }

    void entryOneHashIndependently()
    {
        const QString path = fresh(QStringLiteral("case"));
        CaseFile c = CaseFile::create(path, info(), kUser);
        const AuditEntry e = c.auditLog().at(0);
        QCOMPARE(e.seq, 1);
        QCOMPARE(e.prevHash, QString(64, QLatin1Char('0')));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")).match(e.time).hasMatch());
        // The documented canonical string, built here by hand.
        const QByteArray canonical = "1\n" + e.time.toUtf8() + "\n" + kUser.toUtf8() + "\ncase.created\n" + e.details.toUtf8()
                                   + "\n" + QByteArray(64, '0');
        QCOMPARE(e.hash, QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
        // The details are the sorted compact JSON of what create() was given.
        const QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
        QCOMPARE(d.value(QStringLiteral("examiner")).toString(), QStringLiteral("Zoë Ørsted"));
        QCOMPARE(d.value(QStringLiteral("number")).toString(), QStringLiteral("A-1"));
        QCOMPARE(e.details.toUtf8(), canonicalJson(d));
        QVERIFY(e.details.startsWith(QStringLiteral("{\"build\":")));
        // Entry 2 links to entry 1.
        c.setQualityThresholdsJson(QStringLiteral("{}"));
        const AuditEntry e2 = c.auditLog().at(1);
        QCOMPARE(e2.prevHash, e.hash);
        QCOMPARE(e2.hash, auditEntryHash(e2));
        const ChainVerification v = c.verifyChain();
        QVERIFY(v.ok);
        QCOMPARE(v.entries, 2);
        QCOMPARE(v.headHash, e2.hash);
        QCOMPARE(v.firstBadSeq, 0);
        QCOMPARE(c.findAuditHash(e.hash), 1);
        QCOMPARE(c.findAuditHash(e2.hash.toUpper()), 2);
    }

    void triggersRefuse()
    {
        const QString path = populatedCase();
        QString e = rawSql(path, {QStringLiteral("UPDATE audit_log SET user = 'mallory' WHERE seq = 2")});
        QVERIFY2(e.contains(QStringLiteral("append-only")), qPrintable(e));
        e = rawSql(path, {QStringLiteral("DELETE FROM audit_log WHERE seq = 3")});
        QVERIFY2(e.contains(QStringLiteral("append-only")), qPrintable(e));
        e = rawSql(path, {QStringLiteral("INSERT INTO audit_log VALUES(99, 't', 'u', 'a', '{}', 'p', 'h')")});
        QVERIFY2(e.contains(QStringLiteral("must follow the last one")), qPrintable(e));
        e = rawSql(path, {QStringLiteral("INSERT INTO audit_log SELECT MAX(seq) + 1, 't', 'u', 'a', '{}', 'wrong', 'h' FROM audit_log")});
        QVERIFY2(e.contains(QStringLiteral("link to it")), qPrintable(e));
        e = rawSql(path, {QStringLiteral("DELETE FROM evidence")});
        QVERIFY2(e.contains(QStringLiteral("never deleted")), qPrintable(e));
        e = rawSql(path, {QStringLiteral("DELETE FROM verifications")});
        QVERIFY2(e.contains(QStringLiteral("never deleted")), qPrintable(e));
        CaseFile c = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly);
        QVERIFY(c.verifyChain().ok);
    }

    void tamperDetails()
    {
        const QString path = populatedCase();
        int n = 0;
        {
            CaseFile c = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly);
            n = c.auditHead().entries;
        }
        // (a) An entry's details changed with raw SQL after dropping the trigger.
        QCOMPARE(rawSql(path, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("UPDATE audit_log SET details = replace(details, '\"snrDb\":0.1', '\"snrDb\":0.2') WHERE seq = 3")}),
                 QString());
        CaseFile c = CaseFile::open(path, kUser); // read-write asked for
        const ChainVerification v = c.verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
        QCOMPARE(v.entries, n);
        QVERIFY2(v.reason.contains(QStringLiteral("entry 3 (quality.thresholds.changed) was changed")), qPrintable(v.reason));
        // Readable, but read-only, saying why; nothing was logged.
        QVERIFY(c.isReadOnly());
        QVERIFY2(c.readOnlyReason().contains(QStringLiteral("broken at entry 3")), qPrintable(c.readOnlyReason()));
        QCOMPARE(c.chainAtOpen().firstBadSeq, 3);
        QCOMPARE(c.auditLog().size(), n);
        QCOMPARE(c.evidence().size(), 1);
        // Re-hashing the changed entry and relinking the rest is still caught at the next link.
        c = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly);
        AuditEntry e3 = c.auditLog().at(2);
        const QString newHash = auditEntryHash(e3);
        QCOMPARE(rawSql(path, {QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 3").arg(newHash)}), QString());
        const ChainVerification v2 = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly).verifyChain();
        QCOMPARE(v2.firstBadSeq, 4);
        QVERIFY2(v2.reason.contains(QStringLiteral("does not link")), qPrintable(v2.reason));
    }

    void tamperDeleteAndTruncate()
    {
        // (b) An entry deleted.
        const QString path = populatedCase();
        QCOMPARE(rawSql(path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DELETE FROM audit_log WHERE seq = 2")}),
                 QString());
        ChainVerification v = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly).verifyChain();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY2(v.reason.contains(QStringLiteral("entry 2 is missing: entry 3 follows entry 1")), qPrintable(v.reason));
        // Entry 1 deleted.
        QCOMPARE(rawSql(path, {QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}), QString());
        v = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly).verifyChain();
        QCOMPARE(v.firstBadSeq, 1);
        // Everything deleted: an empty log is no chain.
        QCOMPARE(rawSql(path, {QStringLiteral("DELETE FROM audit_log")}), QString());
        v = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly).verifyChain();
        QVERIFY(!v.ok);
        QVERIFY(v.reason.contains(QStringLiteral("empty")));

        // The tail cut off: the chain alone still verifies; the recorded head is no longer in it.
        const QString path2 = populatedCase();
        QString head;
        int entries = 0;
        {
            CaseFile c = CaseFile::open(path2, kUser, CaseOpenMode::ReadOnly);
            head = c.auditHead().hash;
            entries = c.auditHead().entries;
        }
        QCOMPARE(rawSql(path2, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(entries - 1)}),
                 QString());
        CaseFile c = CaseFile::open(path2, kUser, CaseOpenMode::ReadOnly);
        v = c.verifyChain();
        QVERIFY(v.ok);
        QCOMPARE(v.entries, entries - 2);
        QCOMPARE(c.findAuditHash(head), 0);
        // ... but the missing trigger is noticed.
        QVERIFY(!c.integrityProblems().isEmpty());
        QVERIFY(c.integrityProblems().join(QLatin1Char(' ')).contains(QStringLiteral("audit_log_no_delete")));
    }

    void tamperBytes()
    {
        // (c) Bytes of the file changed: the marker text in the annotation entries.
        int annotationEntry = 0;
        const QString path = populatedCase(&annotationEntry);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed: everything is in the main file
        QByteArray bytes = fileBytes(path);
        const int hits = bytes.count("MARKERQQ");
        QVERIFY(hits >= 1);
        bytes.replace("MARKERQQ", "MARKERQR");
        QVERIFY(writeBytes(path, bytes));
        {
            CaseFile c = CaseFile::open(path, kUser);
            QVERIFY(c.isReadOnly());
            QCOMPARE(c.chainAtOpen().firstBadSeq, annotationEntry);
            QVERIFY2(c.readOnlyReason().contains(QStringLiteral("annotation.added")), qPrintable(c.readOnlyReason()));
        }
        // The header destroyed: not a database, said clearly.
        QByteArray header = fileBytes(path);
        for (int i = 0; i < 16; ++i)
            header[i] = char(header[i] ^ 0x5a);
        QVERIFY(writeBytes(path, header));
        QString e;
        try {
            CaseFile::open(path, kUser);
        } catch (const Error &x) {
            e = x.message();
        }
        QVERIFY2(e.startsWith(QFileInfo(path).canonicalFilePath() + QStringLiteral(": not a SourceTrace case")), qPrintable(e));
        // Truncated to half, and random flips: an error naming the file, a broken chain, or (a flip in free space)
        // a good case, never a crash.
        const QString good = populatedCase();
        const QByteArray original = fileBytes(good);
        QRandomGenerator rng(7);
        int errors = 0, broken = 0, fine = 0;
        for (int round = 0; round < 40; ++round) {
            const QString p = fresh(QStringLiteral("flip")) + CaseFile::extension();
            QByteArray b = original;
            if (round == 0) {
                b.truncate(b.size() / 2);
            } else {
                for (int k = 0; k < 4; ++k) {
                    const int at = int(rng.bounded(100, int(b.size())));
                    b[at] = char(b[at] ^ (1 << rng.bounded(8)));
                }
            }
            QVERIFY(writeBytes(p, b));
            try {
                CaseFile c = CaseFile::open(p, kUser);
                (void)c.evidence();
                (void)c.annotations();
                (void)c.info();
                if (c.verifyChain().ok)
                    ++fine;
                else
                    ++broken;
            } catch (const Error &x) {
                QVERIFY2(x.message().contains(QFileInfo(p).fileName()), qPrintable(x.message()));
                ++errors;
            }
        }
        qInfo("flipped files: %d refused with an error, %d with a broken chain, %d intact", errors, broken, fine);
        QVERIFY(errors + broken > 0);
    }

    void tamperTables()
    {
        // Rows changed behind the application's back (no trigger in the way): the tables no longer agree with
        // what the audit log says was done.
        const QString path = populatedCase();
        {
            CaseFile c = CaseFile::open(path, kUser);
            QVERIFY(c.verifyRecords().isEmpty());
            QVERIFY(c.integrityProblems().isEmpty());
            Annotation a;
            a.evidenceId = 1;
            a.startS = 2;
            a.endS = 3;
            a.text = QStringLiteral("kept");
            c.addAnnotation(a);
            QVERIFY(c.verifyRecords().isEmpty());
        }
        QCOMPARE(rawSql(path, {QStringLiteral("UPDATE evidence SET label = 'other label', last_state = 'ok' WHERE id = 1"),
                               QStringLiteral("UPDATE annotations SET text = 'rewritten'"),
                               QStringLiteral("INSERT INTO analyses(evidence_id, kind, settings, result, created, user, evidence_sha256) "
                                              "VALUES(1, 'detection', '{}', '{\"score\":0.01}', 't', 'u', 'x')"),
                               QStringLiteral("UPDATE meta SET value = 'B-2' WHERE key = 'number'"),
                               QStringLiteral("UPDATE meta SET value = '{}' WHERE key = 'quality_thresholds'")}),
                 QString());
        CaseFile c = CaseFile::open(path, kUser);
        QVERIFY(c.verifyChain().ok); // the chain itself is intact
        const QString all = c.verifyRecords().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("item 1's label: the table holds 'other label', the audit log says 'Anruf – 3. März ✓'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("annotation 2: the table holds")) && all.contains(QStringLiteral("rewritten")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("analysis 1 is in the table but the audit log never stored it")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the case's number: the table holds 'B-2', the audit log says 'A-1'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the quality thresholds")), qPrintable(all));
        QVERIFY(c.isReadOnly());
        QVERIFY(c.readOnlyReason().contains(QStringLiteral("other label")));
        // A deleted annotation is missed as well.
        const QString path2 = populatedCase();
        {
            CaseFile w = CaseFile::open(path2, kUser);
            Annotation a;
            a.evidenceId = 1;
            a.startS = 0;
            a.endS = 1;
            w.addAnnotation(a);
        }
        QCOMPARE(rawSql(path2, {QStringLiteral("DELETE FROM annotations")}), QString());
        const QStringList p2 = CaseFile::open(path2, kUser, CaseOpenMode::ReadOnly).verifyRecords();
        QCOMPARE(p2.size(), 1);
        QVERIFY2(p2[0].contains(QStringLiteral("exists according to the audit log but is not in the table")), qPrintable(p2[0]));
    }

    void jsonlExportAndScript()
    {
        const QString path = populatedCase();
        CaseFile c = CaseFile::open(path, kUser, CaseOpenMode::ReadOnly);
        const QString out = fresh(QStringLiteral("audit")) + QStringLiteral(".jsonl");
        const int n = c.exportAuditLog(out);
        QCOMPARE(n, c.auditHead().entries);
        QVERIFY(c.exportAuditLog(out, true) == n);
        QString e;
        try {
            c.exportAuditLog(out);
        } catch (const Error &x) {
            e = x.message();
        }
        QVERIFY(e.contains(QStringLiteral("exists already")));
        const QByteArray text = fileBytes(out);
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), n);
        // Exactly the documented fields, in that order.
        QVERIFY(lines[0].startsWith("{\"seq\":1,\"time\":\""));
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("action"), QStringLiteral("details"), QStringLiteral("hash"), QStringLiteral("prevHash"),
                                    QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("user")}));
        QVERIFY(first.value(QStringLiteral("details")).isObject());
        // The C++ reader of the export agrees.
        ChainVerification v = verifyAuditJsonl(out);
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.headHash, c.auditHead().hash);

        // A tampered copy: one character of entry 4's details.
        QList<QByteArray> tampered = lines;
        QVERIFY(tampered[3].contains("MARKERQQ"));
        tampered[3].replace("MARKERQQ", "MARKERQX");
        const QString bad = fresh(QStringLiteral("tampered")) + QStringLiteral(".jsonl");
        writeBytes(bad, tampered.join('\n') + '\n');
        v = verifyAuditJsonl(bad);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 4);
        QVERIFY2(v.reason.startsWith(QStringLiteral("line 4: ")), qPrintable(v.reason));
        // A line removed.
        QList<QByteArray> shorter = lines;
        shorter.removeAt(1);
        const QString gap = fresh(QStringLiteral("gap")) + QStringLiteral(".jsonl");
        writeBytes(gap, shorter.join('\n') + '\n');
        v = verifyAuditJsonl(gap);
        QCOMPARE(v.firstBadSeq, 2);
        QVERIFY2(v.reason.contains(QStringLiteral("line 2: entry 2 is missing")), qPrintable(v.reason));
        // A line that is no record.
        const QString junk = fresh(QStringLiteral("junk")) + QStringLiteral(".jsonl");
        writeBytes(junk, lines[0] + "\n{\"seq\":2}\n");
        v = verifyAuditJsonl(junk);
        QVERIFY2(v.reason.startsWith(QStringLiteral("line 2: fields")), qPrintable(v.reason));

        // The independent Python script.
        const QString py = python(), sc = script();
        if (py.isEmpty() || sc.isEmpty())
            QSKIP("python3 or scripts/verify_audit_log.py (SOURCETRACE_SOURCE_DIR) is not available");
        Run r = runProcess(py, {sc, out});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ok, %1 entries, head %2").arg(n).arg(c.auditHead().hash)), qPrintable(r.out));
        r = runProcess(py, {sc, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(bad + QStringLiteral(":4: entry 4 (annotation.added) was changed")), qPrintable(r.out));
        r = runProcess(py, {sc, gap});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(gap + QStringLiteral(":2: entry 2 is missing")), qPrintable(r.out));
        // --expect-head: a head recorded earlier must be in the log.
        const QString midHead = c.auditLog().at(2).hash;
        r = runProcess(py, {sc, out, QStringLiteral("--expect-head"), midHead});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("expected head is entry 3")), qPrintable(r.out + r.err));
        r = runProcess(py, {sc, out, QStringLiteral("--expect-head"), QString(64, QLatin1Char('f'))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("not in the log")));
        r = runProcess(py, {sc, fresh(QStringLiteral("none"))});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseAudit)
#include "tst_case_audit.moc"
