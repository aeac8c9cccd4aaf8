// sourcetrace-cli speaks the user's language (issue 14, docs/translations.md): its messages follow --lang or the
// system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), while its results stay byte for byte the same in every
// language. Runs the built CLI (SOURCETRACE_CLI) as a separate process under controlled environments.
// Independent expectations: the German texts come from translations/sourcetrace_de.ts itself (read here with
// QXmlStreamReader), so the test does not depend on a translator's wording; the English ones are the source texts.
// A probe whose German translation is not finished yet in the .ts is skipped with a message (tst_i18n_complete is
// the test that fails for an untranslated string). The result checks run the tiny test model (tests/data) on a
// generated clip with LANG=C and with German (--lang de and LANG=de_DE.UTF-8, with a compiled de_DE locale where
// localedef can make one, so that the C library's decimal comma is really in force) and compare stdout bytes.
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sndfile.h>

#include <cmath>
#include <map>
#include <vector>

namespace {

struct Run
{
    int rc = -1;
    QByteArray out;
    QString err;
};

/// Finished translations of translations/sourcetrace_<lang>.ts, keyed by context + '\x1f' + source.
std::map<QString, QString> readTranslations(const QString &path, QString *error)
{
    std::map<QString, QString> tr;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return tr;
    }
    QXmlStreamReader x(&f);
    QString context, source, translation, type;
    bool plural = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (x.name() == QLatin1String("name"))
                context = x.readElementText();
            else if (x.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                type.clear();
                plural = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (x.name() == QLatin1String("source"))
                source = x.readElementText();
            else if (x.name() == QLatin1String("translation")) {
                type = x.attributes().value(QLatin1String("type")).toString();
                if (!plural)
                    translation = x.readElementText();
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("message")) {
            if (!plural && type.isEmpty() && !translation.isEmpty())
                tr[context + QChar(0x1f) + source] = translation;
        }
    }
    if (x.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(x.lineNumber()).arg(x.errorString());
    return tr;
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_model;
    QString m_clip;
    QString m_locPath; ///< a folder with a compiled de_DE.UTF-8 locale (LOCPATH), or empty
    std::map<QString, QString> m_de;

    /// The environment of a run: the system's, without any locale variable, plus `vars`.
    QProcessEnvironment environment(const QStringList &vars) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANG", "LOCPATH"})
            env.remove(QString::fromLatin1(v));
        for (const QString &kv : vars)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        return env;
    }

    Run run(const QStringList &args, const QStringList &vars) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(vars));
        p.start(m_cli, args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList german() const
    {
        QStringList vars{QStringLiteral("LANG=de_DE.UTF-8")};
        if (!m_locPath.isEmpty())
            vars << QStringLiteral("LOCPATH=") + m_locPath;
        return vars;
    }

    /// The finished German translation of (context, source) from the .ts, or a skip when there is none yet.
    bool de(const char *context, const char *source, QString *out) const
    {
        const auto it = m_de.find(QString::fromUtf8(context) + QChar(0x1f) + QString::fromUtf8(source));
        if (it == m_de.end())
            return false;
        *out = it->second;
        return true;
    }

#define ST_GERMAN(var, context, source)                                                                                      \
    QString var;                                                                                                              \
    if (!de(context, source, &var))                                                                                           \
        QSKIP(qPrintable(QStringLiteral("translations/sourcetrace_de.ts has no finished German for %1 \"%2\" yet")             \
                             .arg(QLatin1String(context), QLatin1String(source))));

    QString writeClip(const QString &name)
    {
        const int rate = 16000, n = 24000;
        std::vector<float> x(n);
        for (int i = 0; i < n; ++i)
            x[size_t(i)] = float(0.4 * std::sin(2.0 * M_PI * 220.0 * i / rate) + 0.05 * std::sin(2.0 * M_PI * 3100.0 * i / rate)
                                 + 0.02 * ((i * 7919 % 211) / 211.0 - 0.5));
        const QString path = m_dir.filePath(name);
        SF_INFO info{};
        info.samplerate = rate;
        info.channels = 1;
        info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
        if (!f)
            qFatal("cannot write %s", qPrintable(path));
        sf_writef_float(f, x.data(), n);
        sf_close(f);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("SOURCETRACE_CLI");
        if (m_cli.isEmpty() || !QFileInfo(m_cli).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_model = sttest::sourceDir() + QStringLiteral("/tests/data/tiny_tuple.json");
        QVERIFY2(QFileInfo::exists(m_model), qPrintable(m_model));
        QString error;
        m_de = readTranslations(sttest::sourceDir() + QStringLiteral("/translations/sourcetrace_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_clip = writeClip(QStringLiteral("clip.wav"));

        // A real German locale for the C library (decimal comma in printf/strtod), compiled into a private folder:
        // the machine need not have de_DE generated. Without localedef the runs still set LANG (Qt's side).
        const QString loc = m_dir.filePath(QStringLiteral("locale"));
        QDir().mkpath(loc);
        QProcess ld;
        ld.start(QStringLiteral("localedef"), {QStringLiteral("-i"), QStringLiteral("de_DE"), QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                               loc + QStringLiteral("/de_DE.UTF-8")});
        if (ld.waitForFinished(60000) && ld.exitStatus() == QProcess::NormalExit && QFileInfo::exists(loc + QStringLiteral("/de_DE.UTF-8/LC_NUMERIC")))
            m_locPath = loc;
        else
            qWarning("localedef could not compile de_DE.UTF-8: the C library's locale stays C in the German runs");
    }

    void helpIsGerman()
    {
        ST_GERMAN(commands, "CliMain", "commands:");
        ST_GERMAN(detectSummary, "CliCommands", "spoof detection score of clips (+ score timeline)");
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}, {QStringLiteral("LANG=C")});
        QCOMPARE(r.rc, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(commands), qPrintable(out));
        QVERIFY2(out.contains(detectSummary), qPrintable(out));
        // The command names stay as they are typed.
        QVERIFY2(out.contains(QStringLiteral("  detect ")), qPrintable(out));

        // English without a translation (C locale): the source texts.
        const Run en = run({QStringLiteral("--help")}, {QStringLiteral("LANG=C")});
        QCOMPARE(en.rc, 0);
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("commands:")));
        QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("spoof detection score of clips (+ score timeline)")));
    }

    void commandHelpFollowsLang()
    {
        // LANG alone (no --lang) picks German; the command's own option texts are translated.
        ST_GERMAN(jsonLines, "DetectCommand", "JSON Lines output.");
        const Run r = run({QStringLiteral("detect"), QStringLiteral("--help")}, german());
        QCOMPARE(r.rc, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(jsonLines), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--json")), qPrintable(out));
        // The usage line names the command, not the path the program was started by.
        const QString first = out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.contains(QStringLiteral("sourcetrace-cli detect ")) && !first.contains(m_cli), qPrintable(first));
        // LC_MESSAGES wins over LANG, LANGUAGE over both (the order in which Qt's system locale reads them).
        const Run en = run({QStringLiteral("detect"), QStringLiteral("--help")},
                           {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_MESSAGES=en_US.UTF-8")});
        QVERIFY2(QString::fromUtf8(en.out).contains(QStringLiteral("JSON Lines output.")), en.out.constData());
        const Run de2 = run({QStringLiteral("detect"), QStringLiteral("--help")},
                            {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de")});
        QVERIFY2(QString::fromUtf8(de2.out).contains(jsonLines), de2.out.constData());
    }

    void badInputIsGerman()
    {
        // A usage error of the command: an invalid --format value (bad input), under LANG=de_DE.UTF-8.
        ST_GERMAN(format, "EmbedCommand", "--format must be npy or csv (got \"%1\")");
        const Run r = run({QStringLiteral("embed"), QStringLiteral("--model"), m_model, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("emb")),
                           QStringLiteral("--format"), QStringLiteral("xyz"), m_clip},
                          german());
        QCOMPARE(r.rc, 2);
        // The program and command prefix stays; the cause is German, with the value inserted.
        QVERIFY2(r.err.contains(QStringLiteral("sourcetrace-cli embed: ") + format.arg(QStringLiteral("xyz"))), qPrintable(r.err));

        // --lang de with a C environment, on a missing input: `info` with no files.
        ST_GERMAN(noInput, "InfoCommand", "no input files");
        const Run i = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("info")}, {QStringLiteral("LANG=C")});
        QCOMPARE(i.rc, 2);
        QVERIFY2(i.err.contains(QStringLiteral("sourcetrace-cli info: ") + noInput), qPrintable(i.err));
        // and --lang given after the command, as --lang=de
        const Run i2 = run({QStringLiteral("info"), QStringLiteral("--lang=de")}, {QStringLiteral("LANG=C")});
        QCOMPARE(i2.rc, 2);
        QVERIFY2(i2.err.contains(noInput), qPrintable(i2.err));
        // --lang en over a German system: English.
        const Run e = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info")}, german());
        QVERIFY2(e.err.contains(QStringLiteral("sourcetrace-cli info: no input files")), qPrintable(e.err));
    }

    void unknownLanguageSaysSo()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("info")}, {QStringLiteral("LANG=C")});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no translation into 'xx'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("sourcetrace-cli info: no input files")), qPrintable(r.err));
        const Run missing = run({QStringLiteral("info"), QStringLiteral("--lang")}, {QStringLiteral("LANG=C")});
        QCOMPARE(missing.rc, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--lang needs a language")), qPrintable(missing.err));
    }

    void detectResultsAreLocaleFree_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("tsv") << QStringList{};
        QTest::newRow("json") << QStringList{QStringLiteral("--json")};
        QTest::newRow("timeline") << QStringList{QStringLiteral("--timeline"), QStringLiteral("--window"), QStringLiteral("8000"),
                                                 QStringLiteral("--hop"), QStringLiteral("4000")};
    }

    void detectResultsAreLocaleFree()
    {
        QFETCH(QStringList, extra);
        const QStringList args = QStringList{QStringLiteral("detect"), QStringLiteral("--model"), m_model, QStringLiteral("--no-progress"),
                                             QStringLiteral("--threads"), QStringLiteral("1"), m_clip}
                                 + extra;
        const Run c = run(args, {QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=C")});
        QVERIFY2(c.rc == 0, qPrintable(c.err));
        QVERIFY(!c.out.isEmpty());
        // The C run's scores have a decimal point (so byte-identical means no decimal comma crept in).
        QVERIFY2(QString::fromUtf8(c.out).contains(QRegularExpression(QStringLiteral("[-0-9][0-9]*\\.[0-9]{4}"))), c.out.constData());
        const Run de = run(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + args, german());
        QVERIFY2(de.rc == 0, qPrintable(de.err));
        QCOMPARE(de.out, c.out);
        const Run deEnv = run(args, german());
        QVERIFY2(deEnv.rc == 0, qPrintable(deEnv.err));
        QCOMPARE(deEnv.out, c.out);
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
