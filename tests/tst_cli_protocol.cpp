// `sourcetrace-cli embed|detect --protocol P` read a labelled protocol through core/eval's Protocol reader
// (issue #4): a broken line is reported as `file:line: cause` before any model is loaded; a STOPA trial list is
// refused; a plain `file`-column TSV is still accepted (it fails later, on the model). Needs SOURCETRACE_CLI.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    static int run(const QStringList &args, QString *err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        if (!p.waitForFinished(120000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void init()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
    }

    void brokenLineNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("embed") << QStringLiteral("embed");
        QTest::newRow("detect") << QStringLiteral("detect");
    }

    void brokenLineNamesFileAndLine()
    {
        QFETCH(QString, command);
        // line 3 has 2 fields where the header has 8
        const QString p = write(QStringLiteral("broken.tsv"),
                                "file\tattack\tengine\tvoice\tacoustic_model\twaveform_generator\tcodec\ttext\n"
                                "a.flac\tA01\te\tv\tam\tvm\tnone\thello\n"
                                "b.flac\tA02\n");
        const QStringList extra = command == QLatin1String("embed") ? QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("o"))}
                                                                     : QStringList{};
        QString err;
        QCOMPARE(run(QStringList{command, QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), p} + extra,
                     &err),
                 2);
        QVERIFY2(err.contains(p + QStringLiteral(":3: ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("expected 8 tab-separated fields")), qPrintable(err));
        // an empty attack on line 2
        const QString p2 = write(QStringLiteral("noattack.tsv"), "file\tattack\n"
                                                                 "a.flac\t\n");
        QCOMPARE(run(QStringList{command, QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), p2} + extra,
                     &err),
                 2);
        QVERIFY2(err.contains(p2 + QStringLiteral(":2: ")), qPrintable(err));
    }

    void stopaTrialListRefused()
    {
        const QString p = write(QStringLiteral("trials.csv"),
                                "Trial,Fingerprint,ATK,IsTargetATK,IsTargetAcousticModel,IsTargetVocoderModel\n"
                                "x.flac,AA01-co-1,AA01,1,1,1\n");
        QString err;
        QCOMPARE(run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), p,
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("o"))},
                     &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("STOPA trial list")), qPrintable(err));
    }

    void goodProtocolReachesTheModel()
    {
        // a valid protocol passes the reader: the error is now about the model, not the protocol
        const QString p = write(QStringLiteral("good.tsv"),
                                "file\tattack\tengine\tvoice\tacoustic_model\twaveform_generator\tcodec\ttext\n"
                                "a.flac\tA01\te\tv\tam\tvm\tnone\thello\n");
        QString err;
        QCOMPARE(run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), p,
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("o"))},
                     &err),
                 2);
        QVERIFY2(!err.contains(p + QStringLiteral(":")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("no-such-model")), qPrintable(err));
        // a file-column-only list is still accepted by the fallback reader
        const QString q = write(QStringLiteral("files.tsv"), "file\nsome.flac\n");
        QCOMPARE(run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), q,
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("o"))},
                     &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("no-such-model")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliProtocol)
#include "tst_cli_protocol.moc"
