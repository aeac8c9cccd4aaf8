// `sourcetrace-cli case report` end to end (env SOURCETRACE_CLI; skipped when unset): a case with the demo clip
// analysed (no tracing, to stay quick), the report as PDF and HTML, the SHA-256 printed and recorded, the refusal to
// overwrite (exit 1, file untouched), an unknown item (exit 1, nothing written), usage errors (exit 2), --help, and
// the report.exported entry in the audit log. The PDF's text is checked when pdftotext is installed.
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, bool withDisplayVariable = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    if (!withDisplayVariable)
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI picks the offscreen platform itself
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), QStringList{QStringLiteral("case")} + args);
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_case;

    QString path(const QString &n) const { return QDir(m_tmp.path()).filePath(n); }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI")))
            QSKIP("SOURCETRACE_CLI is not set or not built (run through ctest after building sourcetrace-cli)");
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        m_case = path(QStringLiteral("cli.stcase"));
        const QString clip = path(QStringLiteral("call.flac"));
        QVERIFY(QFile::copy(QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")), clip));
        Run r = cli({QStringLiteral("new"), m_case, QStringLiteral("--number"), QStringLiteral("CLI-77"), QStringLiteral("--examiner"),
                     QStringLiteral("B. Examiner")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("add"), m_case, clip}).code, 0);
        r = cli({QStringLiteral("analyse"), m_case, QStringLiteral("--no-tracing")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void pdfAndHtml()
    {
        const QString pdf = path(QStringLiteral("out.pdf"));
        Run r = cli({QStringLiteral("report"), m_case, pdf, QStringLiteral("--statement"), QStringLiteral("Exhibit CD/2 as received.")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(r.out.contains(QStringLiteral("SHA-256 ") + sha(pdf)), qPrintable(r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("report 1 written")));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            p.waitForFinished(60000);
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
            QVERIFY(text.contains(QStringLiteral("CLI-77")));
            QVERIFY(text.contains(QStringLiteral("Exhibit CD/2 as received.")));
            QVERIFY(text.contains(QStringLiteral("No tracing was run in this analysis.")));
        }

        const QString html = path(QStringLiteral("out.html"));
        r = cli({QStringLiteral("report"), m_case, html, QStringLiteral("--html"), QStringLiteral("--item"), QStringLiteral("1")}, true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("(html)")));
        QVERIFY(r.out.contains(sha(html)));

        // Both are in the audit log.
        r = cli({QStringLiteral("log"), m_case});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("report.exported")), 2);
    }

    void refusalsAndUsage()
    {
        const QString pdf = path(QStringLiteral("out.pdf"));
        const QString before = sha(pdf);
        QVERIFY(!before.isEmpty()); // from pdfAndHtml
        Run r = cli({QStringLiteral("report"), m_case, pdf});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));
        QCOMPARE(sha(pdf), before);

        r = cli({QStringLiteral("report"), m_case, path(QStringLiteral("x.pdf")), QStringLiteral("--item"), QStringLiteral("9")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));

        QCOMPARE(cli({QStringLiteral("report"), m_case}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), m_case, path(QStringLiteral("y.pdf")), QStringLiteral("--item"), QStringLiteral("one")}).code, 2);
        r = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--statement")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("report CASE OUT")));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
