// The translations are complete and current (docs/translations.md):
//  - current: lupdate run on today's sources (scripts/i18n/update.sh --extract, the same options as the update)
//    finds exactly the messages of each committed translations/sourcetrace_<lang>.ts: none missing (a new or
//    changed string not yet in the .ts) and none left over (a vanished string);
//  - complete: every message of each .ts is translated and finished (no type="unfinished", no empty form);
//  - every translation keeps the source's placeholders (%1..%99, %n);
//  - the compiled .qm files are in the program (:/i18n) and installTranslations() loads them: a message
//    translated in the .ts comes back translated from QCoreApplication::translate.
// The expectations come from the .ts files themselves (read here with QXmlStreamReader), not from the loader.
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#ifndef ST_LUPDATE
#define ST_LUPDATE ""
#endif

namespace {

struct TsMessage
{
    QString context, source, comment;
    bool plural = false;
    QString type;             ///< the translation's type attribute: "" (finished), unfinished, vanished, obsolete
    QStringList translations; ///< the text, or one entry per plural form
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment + (plural ? QStringLiteral("#n") : QString()); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": cannot open");
        return ts;
    }
    QXmlStreamReader x(&f);
    QString context;
    TsMessage m;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == QLatin1String("TS")) {
                ts.language = x.attributes().value(QLatin1String("language")).toString();
            } else if (n == QLatin1String("name")) {
                context = x.readElementText();
            } else if (n == QLatin1String("message")) {
                m = TsMessage();
                m.context = context;
                m.plural = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (n == QLatin1String("source")) {
                m.source = x.readElementText();
            } else if (n == QLatin1String("comment")) {
                m.comment = x.readElementText();
            } else if (n == QLatin1String("translation")) {
                m.type = x.attributes().value(QLatin1String("type")).toString();
                if (!m.plural)
                    m.translations << x.readElementText();
            } else if (n == QLatin1String("numerusform")) {
                m.translations << x.readElementText();
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("message")) {
            ts.messages << m;
        }
    }
    if (x.hasError())
        ts.error = QStringLiteral("%1: line %2: %3").arg(path).arg(x.lineNumber()).arg(x.errorString());
    return ts;
}

QString sourceDir()
{
    const QString env = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
    return env.isEmpty() ? QDir::currentPath() : env;
}

QStringList tsFiles()
{
    const QDir d(sourceDir() + QStringLiteral("/translations"));
    QStringList out;
    for (const QString &f : d.entryList({QStringLiteral("sourcetrace_*.ts")}, QDir::Files, QDir::Name))
        out << d.filePath(f);
    return out;
}

/// The placeholders of a text as a sorted set; %L1 counts as %1 (the same rule as scripts/i18n/fill.py).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> set;
    for (auto it = re.globalMatch(text); it.hasNext();)
        set.insert(it.next().captured(0).replace(QStringLiteral("%L"), QStringLiteral("%")));
    QStringList out(set.begin(), set.end());
    out.sort();
    return out;
}

QString shortList(const QStringList &items, int max = 12)
{
    QStringList shown = items.mid(0, max);
    for (QString &s : shown)
        s = QStringLiteral("  \"") + s.left(100).replace(QChar(0x1f), QStringLiteral(" | ")) + QStringLiteral("\"");
    if (items.size() > max)
        shown << QStringLiteral("  ... and %1 more").arg(items.size() - max);
    return shown.join(QLatin1Char('\n'));
}

} // namespace

class TestI18nComplete : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(sourceDir() + QStringLiteral("/scripts/i18n/update.sh")),
                 qPrintable(QStringLiteral("no checkout at %1 (SOURCETRACE_SOURCE_DIR)").arg(sourceDir())));
        QVERIFY2(!tsFiles().isEmpty(), "no translations/sourcetrace_*.ts");
    }

    void languages()
    {
        // de, fi and cs are the languages the issue asks for; each .ts is compiled into the program.
        QStringList langs;
        for (const QString &f : tsFiles())
            langs << QFileInfo(f).completeBaseName().mid(int(qstrlen("sourcetrace_")));
        for (const char *want : {"cs", "de", "en", "fi"})
            QVERIFY2(langs.contains(QLatin1String(want)), want);
        // English (the source language; its .ts holds the plural forms only) is not listed as a translation.
        langs.removeAll(QStringLiteral("en"));
        QCOMPARE(st::availableTranslations(), langs);
    }

    void current()
    {
        const QString lupdate = QStringLiteral(ST_LUPDATE);
        if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable())
            QFAIL("lupdate (Qt6 LinguistTools) was not found at build time");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), lupdate);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {sourceDir() + QStringLiteral("/scripts/i18n/update.sh"), QStringLiteral("--extract"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const TsFile extracted = readTs(fresh);
        QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
        QVERIFY2(extracted.messages.size() > 100, "lupdate found almost no strings in the sources");
        QSet<QString> want, wantPlural; // sourcetrace_en.ts: the plural messages only (English plural forms)
        for (const TsMessage &m : extracted.messages) {
            want.insert(m.key());
            if (m.plural)
                wantPlural.insert(m.key());
        }

        QStringList problems;
        for (const QString &path : tsFiles()) {
            const TsFile ts = readTs(path);
            if (!ts.error.isEmpty()) {
                problems << ts.error;
                continue;
            }
            const QSet<QString> &wanted = path.endsWith(QLatin1String("_en.ts")) ? wantPlural : want;
            QSet<QString> have;
            QStringList vanished;
            for (const TsMessage &m : ts.messages) {
                if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete") || !wanted.contains(m.key()))
                    vanished << m.key();
                else
                    have.insert(m.key());
            }
            QStringList missing;
            for (const QString &k : wanted)
                if (!have.contains(k))
                    missing << k;
            missing.sort();
            if (!missing.isEmpty())
                problems << QStringLiteral("%1 is stale: %2 string(s) of the sources are not in it (run scripts/i18n/update.sh):\n%3")
                                .arg(QFileInfo(path).fileName()).arg(missing.size()).arg(shortList(missing));
            if (!vanished.isEmpty())
                problems << QStringLiteral("%1 is stale: %2 message(s) no longer in the sources (run scripts/i18n/update.sh):\n%3")
                                .arg(QFileInfo(path).fileName()).arg(vanished.size()).arg(shortList(vanished));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &f : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void complete()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList open;
        for (const TsMessage &m : ts.messages) {
            bool empty = m.translations.isEmpty();
            for (const QString &t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (!m.type.isEmpty() || empty)
                open << m.source;
        }
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("%1: %2 of %3 messages untranslated or unfinished "
                                                           "(scripts/i18n/fill.py %4 --todo lists them):\n%5")
                                                .arg(QFileInfo(path).fileName()).arg(open.size()).arg(ts.messages.size())
                                                .arg(QFileInfo(path).completeBaseName().mid(12), shortList(open))));
    }

    void placeholdersKept_data() { complete_data(); }

    void placeholdersKept()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList bad;
        for (const TsMessage &m : ts.messages) {
            const QStringList want = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // untranslated: complete() reports it
                if (placeholders(t) != want)
                    bad << QStringLiteral("%1 -> %2 (source %3, translation %4)")
                               .arg(m.source.left(60), t.left(60), want.join(QLatin1Char(' ')), placeholders(t).join(QLatin1Char(' ')));
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1: %2 translation(s) with other placeholders than the source:\n%3")
                                               .arg(QFileInfo(path).fileName()).arg(bad.size()).arg(shortList(bad))));
    }

    void loaderInstallsEachLanguage_data() { complete_data(); }

    void loaderInstallsEachLanguage()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QString code = QFileInfo(path).completeBaseName().mid(int(qstrlen("sourcetrace_")));
        if (code == QLatin1String("en"))
            QSKIP("English: plural forms only (checked in englishPlurals)");
        // A finished, non-plural message whose translation differs from its source: the expectation.
        const TsMessage *probe = nullptr;
        for (const TsMessage &m : ts.messages)
            if (m.type.isEmpty() && !m.plural && m.comment.isEmpty() && m.translations.value(0) != m.source && !m.translations.value(0).isEmpty()) {
                probe = &m;
                break;
            }
        if (!probe)
            QSKIP(qPrintable(QStringLiteral("%1 has no finished translation yet").arg(QFileInfo(path).fileName())));
        const QByteArray ctx = probe->context.toUtf8(), src = probe->source.toUtf8();
        const QLocale before;
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), code), code);
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData()), probe->translations.first());
        // English: no translator; the source text comes back.
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData()), probe->source);
        QLocale::setDefault(before);
    }

    void englishPlurals()
    {
        // English loads its plural forms: "%n clip(s)" reads "1 clip" and "2 clips" (the forms in sourcetrace_en.ts).
        const TsFile ts = readTs(sourceDir() + QStringLiteral("/translations/sourcetrace_en.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const TsMessage *probe = nullptr;
        for (const TsMessage &m : ts.messages)
            if (m.plural && m.type.isEmpty() && m.translations.size() == 2 && m.comment.isEmpty()) {
                probe = &m;
                break;
            }
        if (!probe)
            QSKIP("sourcetrace_en.ts has no finished plural message");
        const QLocale before;
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        const QByteArray ctx = probe->context.toUtf8(), src = probe->source.toUtf8();
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 1),
                 QString(probe->translations[0]).replace(QStringLiteral("%n"), QStringLiteral("1")));
        QCOMPARE(QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 2),
                 QString(probe->translations[1]).replace(QStringLiteral("%n"), QStringLiteral("2")));
        QVERIFY(!QCoreApplication::translate(ctx.constData(), src.constData(), nullptr, 2).contains(QStringLiteral("(s)")));
        QLocale::setDefault(before);
    }

    void loaderRefusesUnknownLanguage()
    {
        const QLocale before;
        // A language without a translation: nothing installed, an empty code so that the caller can say so.
        QVERIFY(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("xx")).isEmpty());
        // Region and encoding forms name the same language.
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("de_AT.UTF-8")), QStringLiteral("de"));
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("cs-CZ")), QStringLiteral("cs"));
        QCOMPARE(st::installTranslations(*QCoreApplication::instance(), QStringLiteral("C")), QStringLiteral("en"));
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestI18nComplete)
#include "tst_i18n_complete.moc"
