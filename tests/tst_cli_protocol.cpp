// `sourcetrace-cli embed|detect --protocol P` read a labelled protocol through core/eval's Protocol reader
// (issue #4): a broken line is reported as `file:line: cause` before any model is loaded; a STOPA trial list is
// refused; a plain `file`-column TSV is still accepted (it fails later, on the model). Needs SOURCETRACE_CLI.
#include "util/Npy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

    static int run(const QStringList &args, QString *err, QString *out = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        if (!p.waitForFinished(120000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    /// An `embed` output folder of aasist-stopa (160-d) for `keys`: key i near axis i % 3.
    void writeEmbedFolder(const QString &dir, const QStringList &keys)
    {
        QDir().mkpath(dir);
        std::vector<float> emb;
        for (int i = 0; i < keys.size(); ++i)
            for (int d = 0; d < 160; ++d)
                emb.push_back(d == i % 3 ? 1.0f : (d == 10 + i ? 0.1f : 0.0f));
        st::writeNpy(dir + QStringLiteral("/embeddings.npy"), emb.data(), {int64_t(keys.size()), 160});
        QFile k(dir + QStringLiteral("/keys.txt"));
        k.open(QIODevice::WriteOnly);
        k.write(keys.join(QLatin1Char('\n')).toUtf8() + '\n');
        QFile m(dir + QStringLiteral("/model.json"));
        m.open(QIODevice::WriteOnly);
        m.write(QJsonDocument(QJsonObject{{QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), QStringLiteral("aasist-stopa")}}},
                                          {QStringLiteral("weightsSha256"),
                                           QStringLiteral("fcca87bfd8efde60591998f1c9cc1096b4e13c14544db6a4f5640175528816fc")},
                                          {QStringLiteral("embeddingDim"), 160}})
                    .toJson());
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

    // Issue #11: a header-only protocol says so (not "no input clips"); duplicates and invalid UTF-8 are refused
    // with file:line, before any model is loaded; the protocol is left unchanged.
    void brokenProtocolsNamedBeforeTheModel_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("cause");
        QTest::newRow("header-only-tsv") << QByteArray("file\tattack\tcodec\n") << 1
                                         << QStringLiteral("the protocol file has a header (line 1) and no rows");
        QTest::newRow("header-only-file-list") << QByteArray("\nfile\n") << 2
                                               << QStringLiteral("the protocol file has a header (line 2) and no rows");
        QTest::newRow("duplicate-asvspoof") << QByteArray("LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_1 - A01 spoof\n") << 2
                                            << QStringLiteral("file 'LA_T_1' is listed twice (first on line 1)");
        QTest::newRow("duplicate-mlaad") << QByteArray("path,model_name\na.wav,gl\na.wav,gl\n") << 3
                                         << QStringLiteral("file 'a.wav' is listed twice (first on line 2)");
        QTest::newRow("duplicate-file-list") << QByteArray("file\na.wav\nb.wav\na.wav\n") << 4
                                             << QStringLiteral("file 'a.wav' is listed twice (first on line 2)");
        QTest::newRow("invalid-utf8") << QByteArray("file\tattack\na.flac\tA\xff\n") << 2
                                      << QStringLiteral("invalid UTF-8 at byte 9");
    }
    void brokenProtocolsNamedBeforeTheModel()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, cause);
        const QString p = write(QStringLiteral("broken_%1.txt").arg(QLatin1String(QTest::currentDataTag())), text);
        const QByteArray before = sha(p);
        for (const QString &command : {QStringLiteral("detect"), QStringLiteral("embed")}) {
            QString err;
            QStringList args{command, QStringLiteral("--model"), QStringLiteral("no-such-model"), QStringLiteral("--protocol"), p};
            if (command == QLatin1String("embed"))
                args << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("o"));
            QCOMPARE(run(args, &err), 2);
            QVERIFY2(err.contains(QStringLiteral("sourcetrace-cli %1: %2:%3: %4").arg(command, p).arg(line).arg(cause)), qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("no input clips")), qPrintable(err));
        }
        QCOMPARE(sha(p), before);
    }

    // Issue #11: `library enrol` reads every clip protocol `detect` and `evaluate` read (ASVspoof LA, MLAAD), with
    // the same labels.
    void libraryEnrolReadsAsvspoofAndMlaad()
    {
        const QString db = m_dir.filePath(QStringLiteral("lib.db"));
        QString err, out;
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("aasist-stopa"),
                      QStringLiteral("--out"), db},
                     &err),
                 0);
        const QString emb = m_dir.filePath(QStringLiteral("emb"));
        writeEmbedFolder(emb, {QStringLiteral("LA_T_1"), QStringLiteral("LA_T_2"), QStringLiteral("LA_T_3"),
                               QStringLiteral("fake/en/vits/a_1.wav"), QStringLiteral("fake/en/gl/a_2.wav")});
        const QString asv = write(QStringLiteral("asv.txt"), "LA_1 LA_T_1 - A01 spoof\nLA_1 LA_T_2 - A01 spoof\nLA_2 LA_T_3 - A02 spoof\n");
        const QByteArray asvBefore = sha(asv);
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), asv, QStringLiteral("--embeddings"),
                      emb, QStringLiteral("--no-progress")},
                     &err),
                 0);
        const QString mlaad = write(QStringLiteral("mlaad.csv"),
                                    "path,model_name,architecture,transcript\n"
                                    "fake/en/vits/a_1.wav,tts_models/en/ljspeech/vits,vits,\"Hi, there\"\n"
                                    "fake/en/gl/a_2.wav,griffin_lim,gl,x\n");
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), mlaad, QStringLiteral("--embeddings"),
                      emb, QStringLiteral("--no-progress")},
                     &err),
                 0);
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("list"), db, QStringLiteral("--json")}, &err, &out), 0);
        for (const char *label : {"A01", "A02", "tts_models/en/ljspeech/vits", "griffin_lim", "vits"})
            QVERIFY2(out.contains(QLatin1String(label)), qPrintable(label + QStringLiteral(" not in ") + out));
        QCOMPARE(sha(asv), asvBefore);
        // a duplicate there is refused as everywhere
        const QString dup = write(QStringLiteral("asv_dup.txt"), "LA_1 LA_T_1 - A01 spoof\nLA_1 LA_T_1 - A01 spoof\n");
        QCOMPARE(run({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), dup, QStringLiteral("--embeddings"),
                      emb, QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(dup + QStringLiteral(":2: file 'LA_T_1' is listed twice")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliProtocol)
#include "tst_cli_protocol.moc"
