// Desktop integration (packaging/, docs/desktop.md): the .desktop entry (keys, translations, MIME types; validated by
// desktop-file-validate where installed), the case-file MIME type (xmllint, update-mime-database where installed, and
// Qt's QMimeDatabase recognising a real case file by its content and name, and a plain SQLite file not), the SVG
// icons (they render, and their names are the ones the entry and the MIME type ask for), `sourcetrace --help` and
// `--version` run with no display at all (every option of app/main_gui.cpp listed), and PortAudio's ALSA/JACK
// messages kept off stderr unless SOURCETRACE_AUDIO_DEBUG asks for them (checked in a child process).
#include "case/CaseFile.h"
#include "playback/AudioQuiet.h"
#include "playback/PortAudioOutput.h"
#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <utility>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace st;

/// Whether main() gave Qt a MIME database holding the system's types and the project's.
static bool g_mimeReady = false;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString src(const QString &rel) { return QDir(sttest::sourceDir()).filePath(rel); }

/// The [Desktop Entry] group as key -> value.
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> m;
    bool inGroup = false;
    for (const QString &line : readFile(path).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#')))
            m.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return m;
}

/// Runs a program; QSKIPs the calling test when it is not installed.
bool runTool(const QString &program, const QStringList &args, QString *output, int *code)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        return false;
    *output = QString::fromUtf8(p.readAll());
    *code = p.exitCode();
    return true;
}

/// The built sourcetrace beside sourcetrace-cli (SOURCETRACE_CLI, set by CTest).
QString guiExecutable()
{
    const QString cli = qEnvironmentVariable("SOURCETRACE_CLI");
    return cli.isEmpty() ? QString() : QFileInfo(cli).absoluteDir().filePath(QStringLiteral("sourcetrace"));
}

/// The environment of a desktop-less machine: no X11, no Wayland, no Qt platform chosen.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(v));
    return env;
}

/// Lines that ALSA or JACK print when PortAudio probes them.
int soundSystemLines(const QString &err)
{
    int n = 0;
    for (const QString &l : err.split(QLatin1Char('\n'))) {
        if (l.startsWith(QLatin1String("probe:")))
            continue;
        if (l.startsWith(QLatin1String("ALSA lib")) || l.contains(QLatin1String("jack"), Qt::CaseInsensitive)
            || l.startsWith(QLatin1String("Cannot connect to server")))
            ++n;
    }
    return n;
}

} // namespace

class TestUiDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
    }

    void desktopEntryIsComplete()
    {
        const QString path = src(QStringLiteral("packaging/sourcetrace.desktop"));
        const QMap<QString, QString> e = desktopEntry(path);
        QCOMPARE(e.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(e.value(QStringLiteral("Exec")), QStringLiteral("sourcetrace %F"));
        QCOMPARE(e.value(QStringLiteral("Icon")), QStringLiteral("sourcetrace"));
        QCOMPARE(e.value(QStringLiteral("Terminal")), QStringLiteral("false"));
        for (const char *lang : {"de", "fi", "cs"})
            for (const char *key : {"Name", "GenericName", "Comment", "Keywords"}) {
                const QString k = QStringLiteral("%1[%2]").arg(QLatin1String(key), QLatin1String(lang));
                QVERIFY2(!e.value(k).isEmpty(), qPrintable(k));
            }
        // Translated, not copied: the comments differ from the English one.
        for (const char *lang : {"de", "fi", "cs"})
            QVERIFY(e.value(QStringLiteral("Comment[%1]").arg(QLatin1String(lang))) != e.value(QStringLiteral("Comment")));
        const QStringList mime = e.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const char *t : {"application/x-sourcetrace-case", "audio/x-wav", "audio/flac", "audio/ogg", "audio/x-vorbis+ogg",
                              "audio/x-opus+ogg", "audio/mpeg"})
            QVERIFY2(mime.contains(QLatin1String(t)), t);
        QString out;
        int code = 0;
        if (!runTool(QStringLiteral("desktop-file-validate"), {path}, &out, &code))
            QSKIP("desktop-file-validate is not installed (apt-get install desktop-file-utils); the keys were checked");
        QVERIFY2(code == 0 && out.trimmed().isEmpty(), qPrintable(out));
    }

    void mimeTypeIsValid()
    {
        const QString xml = src(QStringLiteral("packaging/mime/sourcetrace.xml"));
        QString out;
        int code = 0;
        if (runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), xml}, &out, &code))
            QVERIFY2(code == 0, qPrintable(out));
        QTemporaryDir tmp;
        QDir(tmp.path()).mkpath(QStringLiteral("packages"));
        QVERIFY(QFile::copy(xml, tmp.filePath(QStringLiteral("packages/sourcetrace.xml"))));
        if (!runTool(QStringLiteral("update-mime-database"), {tmp.path()}, &out, &code))
            QSKIP("update-mime-database is not installed (shared-mime-info)");
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY(readFile(tmp.filePath(QStringLiteral("globs2"))).contains(QStringLiteral("application/x-sourcetrace-case:*.stcase")));
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("application/x-sourcetrace-case.xml"))).isFile());
    }

    void caseFilesAreRecognised()
    {
        if (!g_mimeReady)
            QSKIP("shared-mime-info's freedesktop.org.xml was not found (apt-get install shared-mime-info)");
        QTemporaryDir tmp;
        // A real case, under a name without the extension: recognised by its content (SQLite + application_id STCS).
        const QString casePath = tmp.filePath(QStringLiteral("a") + CaseFile::extension());
        CaseInfo info;
        info.number = QStringLiteral("2026-14");
        info.examiner = QStringLiteral("tester");
        {
            CaseFile c = CaseFile::create(casePath, info, QStringLiteral("tester")); // closed here: all in the main file
        }
        const QString renamed = tmp.filePath(QStringLiteral("evidence-bundle"));
        QVERIFY(QFile::copy(casePath, renamed));
        // A plain SQLite database: not a case.
        const QString plain = tmp.filePath(QStringLiteral("plain.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(plain);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QFile empty(tmp.filePath(QStringLiteral("new.stcase")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        QMimeDatabase db;
        const QMimeType type = db.mimeTypeForName(QStringLiteral("application/x-sourcetrace-case"));
        QVERIFY2(type.isValid(), "Qt does not see packaging/mime/sourcetrace.xml through XDG_DATA_DIRS");
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(type.iconName(), QStringLiteral("application-x-sourcetrace-case"));
        QCOMPARE(db.mimeTypeForFile(casePath).name(), type.name());
        QCOMPARE(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), type.name());
        QCOMPARE(db.mimeTypeForFile(renamed).name(), type.name());
        QCOMPARE(db.mimeTypeForFile(tmp.filePath(QStringLiteral("new.stcase")), QMimeDatabase::MatchExtension).name(), type.name());
        QCOMPARE(db.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), QStringLiteral("application/vnd.sqlite3"));
    }

    void iconsRenderUnderTheirNames()
    {
        // The names the entry and the MIME type ask for are the files packaging/desktop.cmake installs.
        const QString rules = readFile(src(QStringLiteral("packaging/desktop.cmake")));
        QVERIFY(rules.contains(QStringLiteral("resources/icons/sourcetrace.svg")));
        QVERIFY(rules.contains(QStringLiteral("icons/hicolor/scalable/apps")));
        QVERIFY(rules.contains(QStringLiteral("resources/icons/mimetypes/application-x-sourcetrace-case.svg")));
        QVERIFY(rules.contains(QStringLiteral("icons/hicolor/scalable/mimetypes")));
        QVERIFY(rules.contains(QStringLiteral("mime/packages")));
        QVERIFY(rules.contains(QStringLiteral("applications")));
        const QString dir = qEnvironmentVariable("SOURCETRACE_SHOT_DIR");
        for (const QString &rel : {QStringLiteral("resources/icons/sourcetrace.svg"),
                                   QStringLiteral("resources/icons/mimetypes/application-x-sourcetrace-case.svg")}) {
            QSvgRenderer r(src(rel));
            QVERIFY2(r.isValid(), qPrintable(rel));
            QCOMPARE(r.defaultSize(), QSize(128, 128));
            for (int side : {16, 48, 256}) {
                QImage img(side, side, QImage::Format_ARGB32);
                img.fill(Qt::transparent);
                QPainter p(&img);
                r.render(&p);
                p.end();
                int opaque = 0;
                for (int y = 0; y < side; ++y)
                    for (int x = 0; x < side; ++x)
                        opaque += qAlpha(img.pixel(x, y)) > 128;
                // Most of the square is drawn (a full badge or a page), not a stray line.
                QVERIFY2(opaque > side * side / 2, qPrintable(QStringLiteral("%1 at %2 px: %3").arg(rel).arg(side).arg(opaque)));
                if (!dir.isEmpty())
                    img.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(QFileInfo(rel).baseName()).arg(side)));
            }
        }
    }

    void helpWithoutDisplayListsEveryOption()
    {
        const QString exe = guiExecutable();
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("the built sourcetrace is not beside SOURCETRACE_CLI");
        QProcess p;
        p.setProcessEnvironment(noDisplay());
        p.start(exe, {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        // Every option main_gui.cpp declares (read from the source, so a new option is checked too) ...
        const QString source = readFile(src(QStringLiteral("app/main_gui.cpp")));
        const QRegularExpression decl(QStringLiteral("QCommandLineOption\\s+\\w+\\((?:QStringList\\{QStringLiteral\\(\"\\w+\"\\),\\s*)?"
                                                     "QStringLiteral\\(\"([\\w-]+)\"\\)"));
        QStringList declared;
        for (auto it = decl.globalMatch(source); it.hasNext();)
            declared << it.next().captured(1);
        // ... and the ones the issue names, whatever the source says.
        const QStringList named{QStringLiteral("screenshot"), QStringLiteral("size"), QStringLiteral("view"), QStringLiteral("select"),
                                QStringLiteral("detect"), QStringLiteral("library"), QStringLiteral("trace"), QStringLiteral("explain"),
                                QStringLiteral("show"), QStringLiteral("training-run"), QStringLiteral("case"), QStringLiteral("case-item"),
                                QStringLiteral("audio-debug"), QStringLiteral("version"), QStringLiteral("help")};
        QVERIFY(declared.size() >= named.size() - 1); // --help comes from addHelpOption()
        for (const QString &o : declared + named)
            QVERIFY2(out.contains(QStringLiteral("--") + o), qPrintable(QStringLiteral("--help does not list --") + o + QStringLiteral("\n") + out));

        QProcess v;
        v.setProcessEnvironment(noDisplay());
        v.start(exe, {QStringLiteral("--version")});
        QVERIFY(v.waitForFinished(60000));
        QCOMPARE(v.exitCode(), 0);
        QVERIFY(QString::fromUtf8(v.readAllStandardOutput()).contains(QStringLiteral("sourcetrace")));

        // Without --help there is nothing to do without a display: a message and status 2, no crash.
        QProcess g;
        g.setProcessEnvironment(noDisplay());
        g.start(exe, {});
        QVERIFY(g.waitForFinished(60000));
        QCOMPARE(g.exitStatus(), QProcess::NormalExit);
        QCOMPARE(g.exitCode(), 2);
        QVERIFY(QString::fromUtf8(g.readAllStandardError()).contains(QStringLiteral("no display")));
    }

    /// Run in a child process (see audioNoiseStaysOffStderr): opens PortAudio as the GUI does and exits.
    void probeAudio()
    {
        if (!qEnvironmentVariableIsSet("SOURCETRACE_AUDIO_PROBE"))
            QSKIP("only in the child process of audioNoiseStaysOffStderr");
        PortAudioOutput out;
        std::fprintf(stderr, "probe: devices %d, silenced [%s]\n", int(out.deviceNames().size()),
                     qPrintable(quietAudioSystem().join(QLatin1Char(' '))));
    }

    void audioNoiseStaysOffStderr()
    {
        auto probe = [](bool debug) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SOURCETRACE_AUDIO_PROBE"), QStringLiteral("1"));
            env.remove(QStringLiteral("JACK_NO_START_SERVER"));
            if (debug)
                env.insert(QStringLiteral("SOURCETRACE_AUDIO_DEBUG"), QStringLiteral("1"));
            else
                env.remove(QStringLiteral("SOURCETRACE_AUDIO_DEBUG"));
            p.setProcessEnvironment(env);
            p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("probeAudio")});
            p.waitForFinished(120000);
            return QString::fromUtf8(p.readAllStandardError());
        };
        const QString quiet = probe(false);
        QVERIFY2(quiet.contains(QStringLiteral("probe: devices")), qPrintable(quiet));
        QVERIFY2(soundSystemLines(quiet) == 0, qPrintable(quiet));
        QVERIFY2(quiet.contains(QStringLiteral("alsa")), qPrintable(quiet)); // libasound is there (PortAudio needs it)
        const QString loud = probe(true);
        QVERIFY2(loud.contains(QStringLiteral("probe: devices")), qPrintable(loud));
        QVERIFY(loud.contains(QStringLiteral("silenced []")));
        // On a machine without a sound card or server, the debug run shows what was silenced; with working audio
        // there may be nothing to show.
        qInfo("sound-system lines: %d silenced, %d shown with SOURCETRACE_AUDIO_DEBUG=1", 0, soundSystemLines(loud));
    }

    /// Where /dev/shm is missing or read-only (the offline-install test's chroot), JACK's client library cannot open its
    /// metadata database and Berkeley DB prints "/dev/shm/jack_db-UID/__db.001: No such file or directory" itself,
    /// past JACK's error handler. Reproduced in a private mount namespace with a read-only /dev/shm (needs root and
    /// unshare; skipped otherwise): nothing with SOURCETRACE_AUDIO_DEBUG unset, the line with it set.
    void jackDatabaseNoiseStaysOffStderr()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        auto probe = [&](bool debug) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SOURCETRACE_AUDIO_PROBE"), QStringLiteral("1"));
            env.remove(QStringLiteral("JACK_NO_START_SERVER"));
            if (debug)
                env.insert(QStringLiteral("SOURCETRACE_AUDIO_DEBUG"), QStringLiteral("1"));
            else
                env.remove(QStringLiteral("SOURCETRACE_AUDIO_DEBUG"));
            p.setProcessEnvironment(env);
            p.start(unshare, {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("mount -t tmpfs -o ro,size=1m tmpfs /dev/shm || exit 77; exec \"$0\" probeAudio"),
                              QCoreApplication::applicationFilePath()});
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [loudCode, loud] = probe(true);
        if (loudCode == 77 || !loud.contains(QStringLiteral("probe: devices")))
            QSKIP(qPrintable(QStringLiteral("no private mount namespace with a read-only /dev/shm here (needs root): ") + loud.left(200)));
        if (!loud.contains(QStringLiteral("jack_db")))
            QSKIP("JACK's client library (libjack) does not open its metadata database here");
        const auto [quietCode, quiet] = probe(false);
        QCOMPARE(quietCode, 0);
        QVERIFY2(quiet.contains(QStringLiteral("probe: devices")), qPrintable(quiet));
        QVERIFY2(soundSystemLines(quiet) == 0, qPrintable(quiet));
        QVERIFY2(!quiet.contains(QStringLiteral("jack_db")), qPrintable(quiet));
    }
};

/// shared-mime-info's database, found where XDG_DATA_DIRS (or its default) says; empty when not installed.
QString systemMimeXml()
{
    QString dirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/usr/local/share:/usr/share");
    for (const QString &d : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString f = QDir(d).filePath(QStringLiteral("mime/packages/freedesktop.org.xml"));
        if (QFileInfo(f).isFile())
            return f;
    }
    return {};
}

int main(int argc, char **argv)
{
    // QMimeDatabase reads XDG_DATA_DIRS once. An installed system has one database (update-mime-database merges
    // /usr/share/mime/packages/*.xml): give Qt the same, shared-mime-info's XML and the project's, in one folder.
    QTemporaryDir mimeRoot;
    const QString source = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
    const QString system = systemMimeXml();
    if (!source.isEmpty() && !system.isEmpty()) {
        QDir(mimeRoot.path()).mkpath(QStringLiteral("mime/packages"));
        g_mimeReady = QFile::copy(system, mimeRoot.filePath(QStringLiteral("mime/packages/freedesktop.org.xml")))
                      && QFile::copy(QDir(source).filePath(QStringLiteral("packaging/mime/sourcetrace.xml")),
                                     mimeRoot.filePath(QStringLiteral("mime/packages/sourcetrace.xml")));
        qputenv("XDG_DATA_DIRS", mimeRoot.path().toLocal8Bit());
    }
    QApplication app(argc, argv);
    TestUiDesktop t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ui_desktop.moc"
