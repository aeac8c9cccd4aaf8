// Where the programs find their own data (util/DataPaths.h): the installed layout (<prefix>/bin and
// <prefix>/share/sourcetrace) before a checkout's layout (build/app inside the checkout, or $SOURCETRACE_SOURCE_DIR),
// on folders made here; expectations written out by hand.
#include "util/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace st;

namespace {

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write("x");
}

QStringList describe(const QList<DataRoot> &roots)
{
    QStringList out;
    for (const DataRoot &r : roots)
        out << (r.installed ? QStringLiteral("installed:") : QStringLiteral("checkout:")) + r.path;
    return out;
}

} // namespace

class TestDataPaths : public QObject
{
    Q_OBJECT
private slots:
    void candidateOrder()
    {
        const QStringList got = describe(dataRootCandidates(QStringLiteral("/opt/st/bin"), QStringLiteral("/src/st")));
        const QStringList want{QStringLiteral("installed:/opt/st/share/sourcetrace"), QStringLiteral("checkout:/opt/st/bin"),
                               QStringLiteral("checkout:/opt/st"), QStringLiteral("checkout:/opt"),
                               QStringLiteral("checkout:/src/st")};
        QCOMPARE(got, want);
    }

    void duplicatesDropped()
    {
        // A build folder inside the checkout: <src>/build/app; $SOURCETRACE_SOURCE_DIR names <src> again.
        const QStringList got = describe(dataRootCandidates(QStringLiteral("/src/st/build/app"), QStringLiteral("/src/st/")));
        const QStringList want{QStringLiteral("installed:/src/st/build/share/sourcetrace"),
                               QStringLiteral("checkout:/src/st/build/app"), QStringLiteral("checkout:/src/st/build"),
                               QStringLiteral("checkout:/src/st")};
        QCOMPARE(got, want);
    }

    void noApplicationFolder()
    {
        QCOMPARE(describe(dataRootCandidates(QString(), QStringLiteral("/src/st"))), QStringList{QStringLiteral("checkout:/src/st")});
        QVERIFY(dataRootCandidates(QString(), QString()).isEmpty());
    }

    void layoutPaths()
    {
        const DataRoot installed{QStringLiteral("/usr/share/sourcetrace"), true};
        QCOMPARE(installed.modelsDir(), QStringLiteral("/usr/share/sourcetrace/models"));
        QCOMPARE(installed.demoClip(), QStringLiteral("/usr/share/sourcetrace/demo/demo.flac"));
        const DataRoot checkout{QStringLiteral("/src/st"), false};
        QCOMPARE(checkout.modelsDir(), QStringLiteral("/src/st/models"));
        QCOMPARE(checkout.demoClip(), QStringLiteral("/src/st/resources/demo/demo.flac"));
    }

    void demoInstalled()
    {
        QTemporaryDir tmp;
        const QString prefix = tmp.path() + QStringLiteral("/usr");
        QDir().mkpath(prefix + QStringLiteral("/bin"));
        touch(prefix + QStringLiteral("/share/sourcetrace/demo/demo.flac"));
        QCOMPARE(findDemoClip(dataRootCandidates(prefix + QStringLiteral("/bin"), QString())),
                 prefix + QStringLiteral("/share/sourcetrace/demo/demo.flac"));
    }

    void demoInCheckout()
    {
        QTemporaryDir tmp;
        const QString src = tmp.path() + QStringLiteral("/checkout");
        QDir().mkpath(src + QStringLiteral("/build/app"));
        touch(src + QStringLiteral("/resources/demo/demo.flac"));
        // From the executable's folder (../..) and, for a build folder elsewhere, through the source folder.
        QCOMPARE(findDemoClip(dataRootCandidates(src + QStringLiteral("/build/app"), QString())),
                 src + QStringLiteral("/resources/demo/demo.flac"));
        QDir().mkpath(tmp.path() + QStringLiteral("/elsewhere/a/b/c"));
        QCOMPARE(findDemoClip(dataRootCandidates(tmp.path() + QStringLiteral("/elsewhere/a/b/c"), QString())), QString());
        QCOMPARE(findDemoClip(dataRootCandidates(tmp.path() + QStringLiteral("/elsewhere/a/b/c"), src)),
                 src + QStringLiteral("/resources/demo/demo.flac"));
    }

    void installedBeforeCheckout()
    {
        // <prefix>/bin inside a folder that also looks like a checkout: the installed clip wins.
        QTemporaryDir tmp;
        const QString prefix = tmp.path();
        QDir().mkpath(prefix + QStringLiteral("/bin"));
        touch(prefix + QStringLiteral("/resources/demo/demo.flac"));
        touch(prefix + QStringLiteral("/share/sourcetrace/demo/demo.flac"));
        QCOMPARE(findDemoClip(dataRootCandidates(prefix + QStringLiteral("/bin"), QString())),
                 prefix + QStringLiteral("/share/sourcetrace/demo/demo.flac"));
    }

    void folderIsNoClip()
    {
        // A folder named demo.flac is no clip.
        QTemporaryDir tmp;
        QDir().mkpath(tmp.path() + QStringLiteral("/bin"));
        QDir().mkpath(tmp.path() + QStringLiteral("/share/sourcetrace/demo/demo.flac"));
        QCOMPARE(findDemoClip(dataRootCandidates(tmp.path() + QStringLiteral("/bin"), QString())), QString());
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_util_datapaths.moc"
