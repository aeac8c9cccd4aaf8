// The install tree the Debian package is made from (packaging/CMakeLists.txt; CPack packs exactly what
// `cmake --install` writes), checked cheaply: `cmake --install` of this build into a temporary prefix must hold
// both programs, the default model (manifest, weights with the pinned SHA-256, validity, library), the demo clip,
// both man pages (naming every command and option of the programs' --help) and no third-party checkpoint. The
// installed programs, run with no checkout in sight, must find their model, library and demo clip under
// <prefix>/share/sourcetrace and say so in --version; the built programs find the checkout's. `sourcetrace
// --version` runs without a display. The full package (cpack, dpkg-shlibdeps, the offline install in a clean
// Debian root) is scripts/package/test-offline-install.sh (docs/install.md), not CI.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs a program with a clean environment: no display, no checkout, no model path, an empty home, the C locale.
/// `sourceDir`: $SOURCETRACE_SOURCE_DIR for the program (none when empty).
Run run(const QString &program, const QStringList &args, const QString &home, const QString &sourceDir = QString(),
        int timeoutMs = 120000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SOURCETRACE_SOURCE_DIR", "SOURCETRACE_MODEL_PATH",
                          "LANGUAGE", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(v));
    if (!sourceDir.isEmpty())
        env.insert(QStringLiteral("SOURCETRACE_SOURCE_DIR"), sourceDir);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 %2 did not finish").arg(program, args.join(QLatin1Char(' ')));
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A CMakeCache.txt entry's value.
QString cacheValue(const QString &cache, const QString &key)
{
    QFile f(cache);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QRegularExpression re(QStringLiteral("^%1:[A-Z]+=(.*)$").arg(QRegularExpression::escape(key)));
    while (!f.atEnd()) {
        const auto m = re.match(QString::fromUtf8(f.readLine()).trimmed());
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString gunzip(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Every long option (--name) a help text mentions.
QStringList longOptions(const QString &help)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("(?<![\\w-])--([a-z][a-z0-9-]*)"));
    for (auto it = re.globalMatch(help); it.hasNext();)
        out << it.next().captured(1);
    out.removeDuplicates();
    return out;
}

} // namespace

class TestPackagingInstall : public QObject
{
    Q_OBJECT

    QString m_build, m_source, m_cmake, m_version, m_buildType;
    QString m_cli, m_gui;
    QTemporaryDir m_tmp;
    QString m_prefix, m_home;
    QJsonObject m_manifest; ///< the checkout's models/sourcetrace-default/manifest.json

    QString share() const { return m_prefix + QStringLiteral("/share/sourcetrace"); }

    /// The lines every --version must print for a default model found under `modelDir`.
    void checkVersionText(const QString &text, const QString &program, const QString &modelDir, const QString &demo)
    {
        const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 8, qPrintable(text));
        QCOMPARE(lines[0], QStringLiteral("%1 %2").arg(program, m_version));
        QVERIFY2(QRegularExpression(QStringLiteral("^build: \\d{4}-\\d\\d-\\d\\d, %1, \\S+").arg(m_buildType)).match(lines[1]).hasMatch(),
                 qPrintable(lines[1]));
        QVERIFY2(QRegularExpression(QStringLiteral("^commit: ([0-9a-f]{12}|unknown)$")).match(lines[2]).hasMatch(), qPrintable(lines[2]));
        QCOMPARE(lines[3], QStringLiteral("default model: sourcetrace-default, %1").arg(m_manifest.value(QStringLiteral("version")).toString()));
        QCOMPARE(lines[4], QStringLiteral("  manifest: %1/manifest.json").arg(modelDir));
        QCOMPARE(lines[5], QStringLiteral("  weights SHA-256: %1 (verified)").arg(m_manifest.value(QStringLiteral("weightsSha256")).toString()));
        QCOMPARE(lines[6], QStringLiteral("  library: %1/library.db").arg(modelDir));
        QCOMPARE(lines[7], QStringLiteral("demo clip: %1").arg(demo));
    }

private slots:
    void initTestCase()
    {
        const QString cli = qEnvironmentVariable("SOURCETRACE_CLI");
        if (cli.isEmpty())
            QSKIP("SOURCETRACE_CLI is not set (run through CTest)");
        m_cli = QFileInfo(cli).canonicalFilePath();
        m_gui = QFileInfo(m_cli).absolutePath() + QStringLiteral("/sourcetrace");
        QVERIFY2(QFileInfo(m_gui).isExecutable(), qPrintable(m_gui + QStringLiteral(" is not built")));
        m_build = QFileInfo(QFileInfo(m_cli).absolutePath() + QStringLiteral("/..")).canonicalFilePath();
        const QString cache = m_build + QStringLiteral("/CMakeCache.txt");
        QVERIFY2(QFileInfo(cache).isFile(), qPrintable(cache));
        m_cmake = cacheValue(cache, QStringLiteral("CMAKE_COMMAND"));
        m_source = QFileInfo(cacheValue(cache, QStringLiteral("CMAKE_HOME_DIRECTORY"))).canonicalFilePath();
        m_version = cacheValue(cache, QStringLiteral("CMAKE_PROJECT_VERSION"));
        m_buildType = cacheValue(cache, QStringLiteral("CMAKE_BUILD_TYPE"));
        QVERIFY(!m_cmake.isEmpty() && !m_source.isEmpty() && !m_version.isEmpty() && !m_buildType.isEmpty());
        QFile mf(m_source + QStringLiteral("/models/sourcetrace-default/manifest.json"));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(mf.readAll()).object();
        QVERIFY(!m_manifest.value(QStringLiteral("weightsSha256")).toString().isEmpty());

        // The man pages are made from the built programs (target `manpages`, part of the default build): one older
        // than its program would describe an older program.
        for (const QString &prog : {QStringLiteral("sourcetrace"), QStringLiteral("sourcetrace-cli")}) {
            const QFileInfo page(m_build + QStringLiteral("/man/%1.1.gz").arg(prog));
            const QFileInfo exe(m_build + QStringLiteral("/app/") + prog);
            QVERIFY2(page.isFile() && page.lastModified() >= exe.lastModified(),
                     qPrintable(QStringLiteral("%1 is missing or older than %2: build the `manpages` target (or the whole project) first")
                                    .arg(page.filePath(), exe.filePath())));
        }

        QVERIFY(m_tmp.isValid());
        m_prefix = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/root/usr");
        m_home = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_cmake, {QStringLiteral("--install"), m_build, QStringLiteral("--prefix"), m_prefix});
        QVERIFY(p.waitForFinished(300000));
        const QString log = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("cmake --install failed (build the `manpages` target, or the whole project, first):\n") + log));
    }

    void programsInstalled()
    {
        for (const QString &prog : {QStringLiteral("sourcetrace"), QStringLiteral("sourcetrace-cli")})
            QVERIFY2(QFileInfo(m_prefix + QStringLiteral("/bin/") + prog).isExecutable(), qPrintable(prog));
    }

    void defaultModelInstalled()
    {
        const QString dir = share() + QStringLiteral("/models/sourcetrace-default");
        for (const QString &f : {QStringLiteral("manifest.json"), QStringLiteral("network.json"), QStringLiteral("validity.json"),
                                 QStringLiteral("library.db"), QStringLiteral("weights.safetensors")})
            QVERIFY2(QFileInfo(dir + QLatin1Char('/') + f).isFile(), qPrintable(dir + QLatin1Char('/') + f));
        // The weights are the ones the manifest pins; the library is the checkout's, byte for byte.
        QCOMPARE(sha256(dir + QStringLiteral("/weights.safetensors")), m_manifest.value(QStringLiteral("weightsSha256")).toString());
        QCOMPARE(sha256(dir + QStringLiteral("/library.db")), sha256(m_source + QStringLiteral("/models/sourcetrace-default/library.db")));
    }

    void demoClipInstalled()
    {
        const QString demo = share() + QStringLiteral("/demo/demo.flac");
        QVERIFY(QFileInfo(demo).isFile());
        QCOMPARE(sha256(demo), sha256(m_source + QStringLiteral("/resources/demo/demo.flac")));
    }

    void docsInstalled()
    {
        const QString doc = m_prefix + QStringLiteral("/share/doc/sourcetrace");
        for (const QString &f : {QStringLiteral("copyright"), QStringLiteral("changelog.gz"), QStringLiteral("README.md"), QStringLiteral("docs/install.md"),
                                 QStringLiteral("docs/model-card.md")})
            QVERIFY2(QFileInfo(doc + QLatin1Char('/') + f).isFile(), qPrintable(doc + QLatin1Char('/') + f));
        QVERIFY(QFileInfo(m_prefix + QStringLiteral("/share/applications/sourcetrace.desktop")).isFile());
        // The Debian changelog's newest entry is this version (packaging/changelog: one entry per release).
        const QString changelog = gunzip(doc + QStringLiteral("/changelog.gz"));
        QVERIFY2(changelog.startsWith(QStringLiteral("sourcetrace (%1) ").arg(m_version)),
                 qPrintable(QStringLiteral("packaging/changelog does not start with an entry for %1: %2").arg(m_version, changelog.left(80))));
    }

    // Both icons as SVG and as PNG at the hicolor theme's fixed sizes (packaging/desktop.cmake renders them from the
    // SVGs at build time): each PNG is a real PNG of its folder's size with an alpha channel, read from its header.
    void iconsInstalled()
    {
        const QString hicolor = m_prefix + QStringLiteral("/share/icons/hicolor");
        QVERIFY(QFileInfo(hicolor + QStringLiteral("/scalable/apps/sourcetrace.svg")).isFile());
        QVERIFY(QFileInfo(hicolor + QStringLiteral("/scalable/mimetypes/application-x-sourcetrace-case.svg")).isFile());
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            for (const QString &name : {QStringLiteral("apps/sourcetrace.png"), QStringLiteral("mimetypes/application-x-sourcetrace-case.png")}) {
                const QString png = QStringLiteral("%1/%2x%2/%3").arg(hicolor).arg(size).arg(name);
                QFile f(png);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(png));
                const QByteArray head = f.read(26);
                QVERIFY2(head.size() == 26 && head.startsWith("\x89PNG\r\n\x1a\n") && head.mid(12, 4) == "IHDR", qPrintable(png));
                auto be32 = [&](int at) {
                    return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16) | (quint32(quint8(head[at + 2])) << 8)
                           | quint32(quint8(head[at + 3]));
                };
                QCOMPARE(int(be32(16)), size); // width
                QCOMPARE(int(be32(20)), size); // height
                QCOMPARE(int(quint8(head[25])), 6); // colour type: RGB with alpha
            }
        }
    }

    void noThirdPartyCheckpoints()
    {
        // No PyTorch checkpoint, no manifest of a published model (they point into ../shared), and every installed
        // manifest's weights lie inside the prefix.
        for (QDirIterator it(m_prefix, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString f = it.next();
            QVERIFY2(!f.endsWith(QLatin1String(".pth")) && !f.endsWith(QLatin1String(".pt")) && !f.endsWith(QLatin1String(".ckpt")), qPrintable(f));
            QVERIFY2(!f.contains(QLatin1String("/models/published/")), qPrintable(f));
            if (f.startsWith(share() + QStringLiteral("/models/")) && f.endsWith(QLatin1String(".json"))) {
                QFile jf(f);
                QVERIFY(jf.open(QIODevice::ReadOnly));
                const QString w = QJsonDocument::fromJson(jf.readAll()).object().value(QStringLiteral("weightsFile")).toString();
                if (!w.isEmpty()) {
                    const QString resolved = QFileInfo(QFileInfo(f).absoluteDir().filePath(w)).canonicalFilePath();
                    QVERIFY2(resolved.startsWith(share() + QLatin1Char('/')), qPrintable(f + QStringLiteral(" -> ") + w));
                }
            }
        }
    }

    void installedVersion()
    {
        // Run from elsewhere, with no checkout named: the data is found beside the executable (../share/sourcetrace).
        const QString modelDir = share() + QStringLiteral("/models/sourcetrace-default");
        const QString demo = share() + QStringLiteral("/demo/demo.flac");
        const Run c = run(m_prefix + QStringLiteral("/bin/sourcetrace-cli"), {QStringLiteral("--version")}, m_home);
        QVERIFY2(c.code == 0, qPrintable(c.err));
        checkVersionText(c.out, QStringLiteral("sourcetrace-cli"), modelDir, demo);
        // The GUI prints the same without a display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset).
        const Run g = run(m_prefix + QStringLiteral("/bin/sourcetrace"), {QStringLiteral("--version")}, m_home);
        QVERIFY2(g.code == 0, qPrintable(g.out + g.err));
        checkVersionText(g.out, QStringLiteral("sourcetrace"), modelDir, demo);
        // The same model and clip (the commit may differ where one program was relinked after a re-configure).
        QCOMPARE(g.out.section(QLatin1Char('\n'), 3), c.out.section(QLatin1Char('\n'), 3));
    }

    void builtVersion()
    {
        // The programs in the build folder find the checkout's model and clip: from the executable's folder when the
        // build folder lies in the checkout (then $SOURCETRACE_SOURCE_DIR is unset), else through that variable.
        const QString modelDir = m_source + QStringLiteral("/models/sourcetrace-default");
        const QString demo = m_source + QStringLiteral("/resources/demo/demo.flac");
        const bool inside = QFileInfo(m_build + QStringLiteral("/..")).canonicalFilePath() == m_source;
        const QString src = inside ? QString() : m_source;
        const Run c = run(m_cli, {QStringLiteral("--version")}, m_home, src);
        QVERIFY2(c.code == 0, qPrintable(c.err));
        checkVersionText(c.out, QStringLiteral("sourcetrace-cli"), modelDir, demo);
        const Run g = run(m_gui, {QStringLiteral("--version")}, m_home, src);
        QVERIFY2(g.code == 0, qPrintable(g.out + g.err));
        checkVersionText(g.out, QStringLiteral("sourcetrace"), modelDir, demo);
    }

    void installedDetectAndTrace()
    {
        // The installed CLI analyses the installed demo clip with the installed model and library.
        const QString demo = share() + QStringLiteral("/demo/demo.flac");
        const QString cli = m_prefix + QStringLiteral("/bin/sourcetrace-cli");
        const Run d = run(cli, {QStringLiteral("detect"), QStringLiteral("--no-progress"), demo}, m_home);
        QVERIFY2(d.code == 0, qPrintable(d.out + d.err));
        QVERIFY2(d.out.contains(QStringLiteral("# model sourcetrace-default (weights SHA-256 %1)")
                                    .arg(m_manifest.value(QStringLiteral("weightsSha256")).toString())),
                 qPrintable(d.out));
        QVERIFY2(d.out.contains(demo), qPrintable(d.out));
        const Run t = run(cli, {QStringLiteral("trace"), QStringLiteral("--no-progress"), demo}, m_home);
        QVERIFY2(t.code == 0, qPrintable(t.out + t.err));
        QVERIFY2(t.out.contains(demo), qPrintable(t.out));
    }

    void manPages()
    {
        const QString man1 = m_prefix + QStringLiteral("/share/man/man1/");
        const QString cliPage = gunzip(man1 + QStringLiteral("sourcetrace-cli.1.gz"));
        const QString guiPage = gunzip(man1 + QStringLiteral("sourcetrace.1.gz"));
        QVERIFY2(cliPage.startsWith(QLatin1String(".\\\"")) && cliPage.contains(QLatin1String(".TH SOURCETRACE-CLI 1")), qPrintable(cliPage.left(200)));
        QVERIFY(guiPage.contains(QLatin1String(".TH SOURCETRACE 1")));
        // Every command of `sourcetrace-cli --help` has its section, and every option of its --help is named.
        const Run top = run(m_cli, {QStringLiteral("--help")}, m_home);
        QCOMPARE(top.code, 0);
        const QRegularExpression cmdRe(QStringLiteral("^  ([a-z][a-z0-9-]*)  "), QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = cmdRe.globalMatch(top.out); it.hasNext();)
            commands << it.next().captured(1);
        QVERIFY2(commands.size() >= 10, qPrintable(top.out));
        for (const QString &c : commands) {
            QVERIFY2(cliPage.contains(QStringLiteral("\n.SS %1\n").arg(c)), qPrintable(c));
            const Run h = run(m_cli, {c, QStringLiteral("--help")}, m_home);
            for (const QString &o : longOptions(h.out + h.err))
                QVERIFY2(cliPage.contains(QStringLiteral("\\-\\-") + QString(o).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                         qPrintable(QStringLiteral("sourcetrace-cli %1: --%2 is not in the man page").arg(c, o)));
        }
        const Run g = run(m_gui, {QStringLiteral("--help")}, m_home);
        QCOMPARE(g.code, 0);
        const QStringList guiOptions = longOptions(g.out);
        QVERIFY2(guiOptions.contains(QStringLiteral("version")), qPrintable(g.out));
        for (const QString &o : guiOptions)
            QVERIFY2(guiPage.contains(QStringLiteral("\\-\\-") + QString(o).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                     qPrintable(QStringLiteral("sourcetrace: --%1 is not in the man page").arg(o)));
        // groff reads both without a warning.
        if (QStandardPaths::findExecutable(QStringLiteral("groff")).isEmpty())
            return;
        for (const QString &page : {QStringLiteral("sourcetrace-cli.1.gz"), QStringLiteral("sourcetrace.1.gz")}) {
            QProcess p;
            p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("gzip -dc '%1' | groff -k -man -Tutf8 -ww -z").arg(man1 + page)});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
            QCOMPARE(p.exitCode(), 0);
        }
    }

    // The package itself builds (the cheap part of the offline test): cpack -G DEB into a temporary folder, its file
    // list holds both programs, the default model's weights and manifest, the library and the demo clip under /usr,
    // and its Depends come from dpkg-shlibdeps (LibTorch, Qt) plus the plugin packages no linker sees.
    void debianPackageBuilds()
    {
        const QString cpack = QFileInfo(m_cmake).absolutePath() + QStringLiteral("/cpack");
        const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (!QFileInfo(cpack).isExecutable() || dpkgDeb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("cpack, dpkg-deb or dpkg-shlibdeps (package dpkg-dev) is not installed");
        const QString out = QFileInfo(m_tmp.path()).canonicalFilePath() + QStringLiteral("/deb");
        QVERIFY(QDir().mkpath(out));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_build);
        p.start(cpack, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out});
        QVERIFY(p.waitForFinished(600000));
        const QString log = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(QStringLiteral("cpack failed:\n") + log));
        const QStringList debs = QDir(out).entryList({QStringLiteral("sourcetrace_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = out + QLatin1Char('/') + debs.first();
        p.start(dpkgDeb, {QStringLiteral("-c"), deb});
        QVERIFY(p.waitForFinished(60000));
        const QString files = QString::fromUtf8(p.readAll());
        for (const QString &f : {QStringLiteral("./usr/bin/sourcetrace\n"), QStringLiteral("./usr/bin/sourcetrace-cli\n"),
                                 QStringLiteral("./usr/share/sourcetrace/models/sourcetrace-default/weights.safetensors\n"),
                                 QStringLiteral("./usr/share/sourcetrace/models/sourcetrace-default/manifest.json\n"),
                                 QStringLiteral("./usr/share/sourcetrace/models/sourcetrace-default/library.db\n"),
                                 QStringLiteral("./usr/share/sourcetrace/demo/demo.flac\n"),
                                 QStringLiteral("./usr/share/man/man1/sourcetrace-cli.1.gz\n"),
                                 QStringLiteral("./usr/share/applications/sourcetrace.desktop\n"),
                                 QStringLiteral("./usr/share/mime/packages/sourcetrace.xml\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/scalable/apps/sourcetrace.svg\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/16x16/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/22x22/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/24x24/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/32x32/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/48x48/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/64x64/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/128x128/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/256x256/apps/sourcetrace.png\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/scalable/mimetypes/application-x-sourcetrace-case.svg\n"),
                                 QStringLiteral("./usr/share/icons/hicolor/48x48/mimetypes/application-x-sourcetrace-case.png\n")})
            QVERIFY2(files.contains(f), qPrintable(QStringLiteral("%1 is not in %2").arg(f.trimmed(), deb)));
        p.start(dpkgDeb, {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
        QVERIFY(p.waitForFinished(60000));
        const QString depends = QString::fromUtf8(p.readAll());
        for (const QString &d : {QStringLiteral("libtorch1.13"), QStringLiteral("libqt6core6"), QStringLiteral("libsndfile1"),
                                 QStringLiteral("libqt6sql6-sqlite")})
            QVERIFY2(depends.contains(d), qPrintable(QStringLiteral("Depends lacks %1: %2").arg(d, depends)));
    }

    void alteredWeightsShown()
    {
        // Last: alters the installed weights. --version then says MISMATCH and the pinned hash (and still exits 0).
        const QString w = share() + QStringLiteral("/models/sourcetrace-default/weights.safetensors");
        QFile f(w);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        const Run c = run(m_prefix + QStringLiteral("/bin/sourcetrace-cli"), {QStringLiteral("--version")}, m_home);
        QCOMPARE(c.code, 0);
        const QString pin = m_manifest.value(QStringLiteral("weightsSha256")).toString();
        QVERIFY2(c.out.contains(QStringLiteral("  weights SHA-256: %1 (MISMATCH: the manifest pins %2)").arg(sha256(w), pin)), qPrintable(c.out));
    }
};

QTEST_GUILESS_MAIN(TestPackagingInstall)
#include "tst_packaging_install.moc"
