// `sourcetrace-cli case` end to end (env SOURCETRACE_CLI; skipped when unset): new / add / verify / log --jsonl /
// info --json / annotate / annotations --csv --import / relocate / save-as, the exit codes (0 ok, 1 failed or not
// verified, 2 usage), a changed evidence file, a tampered case (verify exits 1), --expect-head after the tail was
// cut off, and --log-only on a write-protected case file.
#include "testutil.h"

#include "case/CaseFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace st;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), QStringList{QStringLiteral("case")} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

#define ST_REQUIRE_CLI()                                                                           \
    if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI"))) \
        QSKIP("SOURCETRACE_CLI is not set or not built (run through ctest after building sourcetrace-cli)");

} // namespace

class TestCaseCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usage()
    {
        ST_REQUIRE_CLI();
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("new"), file(QStringLiteral("u.stcase"))}).code, 2); // no --number / --examiner
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify")}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--help")}).code, 0);
        // Not a case: exit 1 with the file and the cause.
        const Run r = cli({QStringLiteral("info"), file(QStringLiteral("missing.stcase"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing.stcase: no such case file")), qPrintable(r.err));
    }

    void workflow()
    {
        ST_REQUIRE_CLI();
        const QString c = file(QStringLiteral("w.stcase"));
        const QString a = file(QStringLiteral("a.wav")), b = file(QStringLiteral("b.wav"));
        QVERIFY(writeBytes(a, "first evidence"));
        QVERIFY(writeBytes(b, "second evidence"));
        Run r = cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("2025-7"), QStringLiteral("--examiner"),
                     QStringLiteral("Dr. Ödön"), QStringLiteral("--title"), QStringLiteral("Test")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("created ")));
        QCOMPARE(cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("x"), QStringLiteral("--examiner"), QStringLiteral("y")}).code, 1);

        r = cli({QStringLiteral("add"), c, a, b, QStringLiteral("--label"), QStringLiteral("call")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(sha("first evidence")) && r.out.contains(sha("second evidence")));
        r = cli({QStringLiteral("add"), c, a});
        QCOMPARE(r.code, 1); // duplicate
        QVERIFY2(r.err.contains(QStringLiteral("already holds this content as item 1")), qPrintable(r.err));

        r = cli({QStringLiteral("annotate"), c, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("0.5"),
                 QStringLiteral("--end"), QStringLiteral("0:01.250"), QStringLiteral("--cue"), QStringLiteral("breath"),
                 QStringLiteral("--locality"), QStringLiteral("4"), QStringLiteral("--audible"), QStringLiteral("yes"),
                 QStringLiteral("--low"), QStringLiteral("100"), QStringLiteral("--high"), QStringLiteral("3000"),
                 QStringLiteral("--text"), QStringLiteral("inhale, audible")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Invalid annotations: usage errors (2) or refused by the case (1).
        QCOMPARE(cli({QStringLiteral("annotate"), c, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("1"),
                      QStringLiteral("--end"), QStringLiteral("2"), QStringLiteral("--cue"), QStringLiteral("cough")}).code, 2);
        QCOMPARE(cli({QStringLiteral("annotate"), c, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("1"),
                      QStringLiteral("--end"), QStringLiteral("2"), QStringLiteral("--cue"), QStringLiteral("noise"), QStringLiteral("--low"),
                      QStringLiteral("5")}).code, 2);
        r = cli({QStringLiteral("annotate"), c, QStringLiteral("--item"), QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("3"),
                 QStringLiteral("--end"), QStringLiteral("2"), QStringLiteral("--cue"), QStringLiteral("noise")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not after start")), qPrintable(r.err));
        r = cli({QStringLiteral("annotate"), c, QStringLiteral("--item"), QStringLiteral("9"), QStringLiteral("--start"), QStringLiteral("1"),
                 QStringLiteral("--end"), QStringLiteral("2"), QStringLiteral("--cue"), QStringLiteral("noise")});
        QCOMPARE(r.code, 1);

        r = cli({QStringLiteral("annotations"), c});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0.5-1.25 s\t100-3000 Hz\tbreath\tlocality 4\taudible\tinhale, audible")), qPrintable(r.out));
        const QString csv = file(QStringLiteral("ann.csv"));
        QCOMPARE(cli({QStringLiteral("annotations"), c, QStringLiteral("--csv"), csv}).code, 0);
        QCOMPARE(cli({QStringLiteral("annotations"), c, QStringLiteral("--csv"), csv}).code, 1); // exists
        QCOMPARE(cli({QStringLiteral("annotations"), c, QStringLiteral("--csv"), csv, QStringLiteral("--force")}).code, 0);

        r = cli({QStringLiteral("verify"), c});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("item 1\tok")) && r.out.contains(QStringLiteral("item 2\tok")));
        QVERIFY(r.out.contains(QStringLiteral("audit log: ok")));

        r = cli({QStringLiteral("info"), c, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("number")).toString(), QStringLiteral("2025-7"));
        QCOMPARE(info.value(QStringLiteral("examiner")).toString(), QStringLiteral("Dr. Ödön"));
        QCOMPARE(info.value(QStringLiteral("evidence")).toArray().size(), 2);
        QCOMPARE(info.value(QStringLiteral("annotations")).toInt(), 1);
        QVERIFY(info.value(QStringLiteral("auditOk")).toBool());

        // The log, its export, and the independent script.
        r = cli({QStringLiteral("log"), c});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\tcli-tester\tcase.created\t")));
        QVERIFY(r.out.contains(QStringLiteral("\tannotation.added\t")));
        const QString jsonl = file(QStringLiteral("audit.jsonl"));
        r = cli({QStringLiteral("log"), c, QStringLiteral("--jsonl"), jsonl});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString py = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString script = sttest::sourceDir() + QStringLiteral("/scripts/verify_audit_log.py");
        if (!py.isEmpty() && QFile::exists(script)) {
            QProcess p;
            p.start(py, {script, jsonl});
            p.waitForFinished(60000);
            QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput().constData());
        }

        // The evidence changes: verify fails and names it; the item is blocked; --log-only still passes.
        QVERIFY(writeBytes(a, "first evidence, edited"));
        r = cli({QStringLiteral("verify"), c});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("item 1\tmismatch\t") + sha("first evidence, edited")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("(BLOCKED)")));
        QVERIFY(r.out.contains(QStringLiteral("verify: FAILED")));
        QCOMPARE(cli({QStringLiteral("verify"), c, QStringLiteral("--log-only")}).code, 0);
        // Relocate to a file with the intake content: verify passes again.
        const QString moved = file(QStringLiteral("moved.wav"));
        QVERIFY(writeBytes(moved, "first evidence"));
        QCOMPARE(cli({QStringLiteral("relocate"), c, QStringLiteral("--item"), QStringLiteral("1"), a}).code, 1); // wrong content
        r = cli({QStringLiteral("relocate"), c, QStringLiteral("--item"), QStringLiteral("1"), moved});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("verify"), c}).code, 0);

        // Import: a broken CSV is refused whole with file:line messages; a good one goes in.
        const QString bad = file(QStringLiteral("bad.csv"));
        writeBytes(bad, "evidence_sha256,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\n" + sha("second evidence").toLatin1()
                            + ",1,2,,,noise,3,no,ok\n" + sha("second evidence").toLatin1() + ",1,2,,,hum,3,no,bad\n");
        r = cli({QStringLiteral("annotations"), c, QStringLiteral("--import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":3: unknown cue 'hum'")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        r = cli({QStringLiteral("annotations"), c});
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
        r = cli({QStringLiteral("annotations"), c, QStringLiteral("--import"), csv});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("imported 1")), qPrintable(r.out + r.err));

        // Save As.
        const QString copy = file(QStringLiteral("copy.stcase"));
        r = cli({QStringLiteral("save-as"), c, copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("verify"), copy, QStringLiteral("--log-only")}).code, 0);
        QCOMPARE(cli({QStringLiteral("save-as"), c, copy}).code, 1);
    }

    void analyseStoreRerunAndBlock()
    {
        // The one analysis pipeline through the case: verify, analyse with the default model and library, store;
        // results shows it without recomputing; a re-run with the stored settings reproduces every figure; a changed
        // evidence file is blocked and not analysed.
        ST_REQUIRE_CLI();
        const QString src = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
        if (src.isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        const QString c = file(QStringLiteral("analyse.stcase"));
        const QString ev = file(QStringLiteral("demo-copy.flac"));
        QVERIFY(QFile::copy(QDir(src).filePath(QStringLiteral("resources/demo/demo.flac")), ev));
        QCOMPARE(cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("A-1"), QStringLiteral("--examiner"), QStringLiteral("E")}).code, 0);
        QCOMPARE(cli({QStringLiteral("add"), c, ev}).code, 0);
        const Run a = cli({QStringLiteral("analyse"), c, QStringLiteral("--json")});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const QJsonObject r = QJsonDocument::fromJson(a.out.trimmed().toUtf8()).object();
        QFile f(ev);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(r.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("evidenceSha256")).toString(), sha(f.readAll()));
        f.close();
        QVERIFY(r.value(QStringLiteral("detection")).toObject().contains(QStringLiteral("score")));
        QCOMPARE(r.value(QStringLiteral("tracing")).toObject().value(QStringLiteral("levels")).toArray().size(), 4);
        // Stored: shown again byte for byte without recomputing.
        const Run stored = cli({QStringLiteral("results"), c, QStringLiteral("--json")});
        QCOMPARE(stored.code, 0);
        QCOMPARE(stored.out.trimmed(), a.out.trimmed());
        const Run again = cli({QStringLiteral("analyse"), c, QStringLiteral("--rerun"), QStringLiteral("1")});
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("every figure reproduced")), qPrintable(again.out));
        // Change the evidence: blocked, not analysed, and the verification is logged.
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 4);
        f.write("XXXX");
        f.close();
        const Run blocked = cli({QStringLiteral("analyse"), c});
        QCOMPARE(blocked.code, 1);
        QVERIFY2(blocked.err.contains(ev) && blocked.err.contains(QStringLiteral("not analysed")), qPrintable(blocked.err));
        const Run info = cli({QStringLiteral("info"), c, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("blocked")).toBool());
        QCOMPARE(cli({QStringLiteral("verify"), c, QStringLiteral("--log-only")}).code, 0);
    }

    void thresholds()
    {
        ST_REQUIRE_CLI();
        const QString c = file(QStringLiteral("q.stcase"));
        QCOMPARE(cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("Q-1"), QStringLiteral("--examiner"), QStringLiteral("E")}).code, 0);
        Run r = cli({QStringLiteral("thresholds"), c});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("the defaults")) && r.out.contains(QStringLiteral("minSnrDb:")), qPrintable(r.out));

        const QString good = file(QStringLiteral("thr.json")), bad = file(QStringLiteral("thr-bad.json"));
        QVERIFY(writeBytes(good, R"({"minSnrDb": 20, "minBandwidthHz": 3600})"));
        QVERIFY(writeBytes(bad, R"({"minSnrDb": "loud"})"));
        r = cli({QStringLiteral("thresholds"), c, QStringLiteral("--set"), good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("(default 15)")), qPrintable(r.out));
        auto stored = [&]() {
            const CaseFile cf = CaseFile::open(c, QStringLiteral("t"), CaseOpenMode::ReadOnly);
            return QJsonDocument::fromJson(cf.qualityThresholdsJson().toUtf8()).object();
        };
        QCOMPARE(stored().value(QStringLiteral("minSnrDb")).toDouble(), 20.0);
        QCOMPARE(stored().value(QStringLiteral("minBandwidthHz")).toDouble(), 3600.0);
        QCOMPARE(stored().value(QStringLiteral("maxAbsDcOffset")).toDouble(), 0.02); // a key left out keeps its default

        // A bad file is refused by name and key; nothing changes.
        r = cli({QStringLiteral("thresholds"), c, QStringLiteral("--set"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("thr-bad.json: minSnrDb: must be a number")), qPrintable(r.err));
        QCOMPARE(stored().value(QStringLiteral("minSnrDb")).toDouble(), 20.0);
        QCOMPARE(cli({QStringLiteral("thresholds"), c, QStringLiteral("--set"), good, QStringLiteral("--clear")}).code, 2);

        r = cli({QStringLiteral("thresholds"), c, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("minBandwidthHz")).toDouble(), 3600.0);
        QCOMPARE(cli({QStringLiteral("thresholds"), c, QStringLiteral("--clear")}).code, 0);
        QVERIFY(stored().isEmpty());
        int changes = 0;
        const CaseFile cf = CaseFile::open(c, QStringLiteral("t"), CaseOpenMode::ReadOnly);
        for (const AuditEntry &e : cf.auditLog())
            changes += e.action == QLatin1String("quality.thresholds.changed");
        QCOMPARE(changes, 2); // set and cleared, each logged with before and after
        QVERIFY(cf.verifyChain().ok);
    }

    void tamperedAndTruncated()
    {
        ST_REQUIRE_CLI();
        const QString c = file(QStringLiteral("t.stcase"));
        const QString a = file(QStringLiteral("t.wav"));
        QVERIFY(writeBytes(a, "tamper evidence"));
        QCOMPARE(cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("T-1"), QStringLiteral("--examiner"), QStringLiteral("E")}).code, 0);
        QCOMPARE(cli({QStringLiteral("add"), c, a}).code, 0);
        QCOMPARE(cli({QStringLiteral("verify"), c}).code, 0);
        // A head recorded now (as a report would).
        QString head;
        {
            const CaseFile cf = CaseFile::open(c, QStringLiteral("t"), CaseOpenMode::ReadOnly);
            head = cf.auditHead().hash;
        }
        Run r = cli({QStringLiteral("verify"), c, QStringLiteral("--log-only"), QStringLiteral("--expect-head"), head});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("expected head ") + head + QStringLiteral(": entry")), qPrintable(r.out));

        // The tail cut off (the last three entries): the chain alone is fine, the recorded head is gone.
        const QString cut = file(QStringLiteral("cut.stcase"));
        QVERIFY(QFile::copy(c, cut));
        QCOMPARE(rawSql(cut, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                              QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 3 FROM audit_log)"),
                              QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                             "RAISE(ABORT, 'the audit log is append-only: its entries cannot be deleted'); END")}),
                 QString());
        r = cli({QStringLiteral("verify"), cut, QStringLiteral("--log-only"), QStringLiteral("--expect-head"), head});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit log: ok")) && r.out.contains(QStringLiteral("NOT in the log")), qPrintable(r.out));

        // An entry's details changed: verify exits 1, naming the entry; nothing is written to the case.
        QCOMPARE(rawSql(c, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                            QStringLiteral("UPDATE audit_log SET details = replace(details, 't.wav', 'T.wav') WHERE action = 'evidence.added'")}),
                 QString());
        QFile f(c);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        r = cli({QStringLiteral("verify"), c});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit log: BROKEN at entry 3")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("verify"), c, QStringLiteral("--log-only")}).code, 1);
        QCOMPARE(cli({QStringLiteral("log"), c}).code, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        // Writing commands refuse it.
        r = cli({QStringLiteral("add"), c, file(QStringLiteral("t.wav"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("broken at entry 3")), qPrintable(r.err));
    }

    void writeProtectedLogOnly()
    {
        ST_REQUIRE_CLI();
        const QString c = file(QStringLiteral("ro.stcase"));
        QCOMPARE(cli({QStringLiteral("new"), c, QStringLiteral("--number"), QStringLiteral("R-1"), QStringLiteral("--examiner"), QStringLiteral("E")}).code, 0);
        QVERIFY(QFile::setPermissions(c, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile f(c);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const Run r = cli({QStringLiteral("verify"), c, QStringLiteral("--log-only")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("audit log: ok, 1 entries")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QFile::setPermissions(c, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestCaseCli)
#include "tst_case_cli.moc"
