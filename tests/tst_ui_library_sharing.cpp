// The GUI and the CLI on one library (the "library corruption" report). Qt's widget file dialog (the
// Enrol... flow's protocol dialog) lists the library's folder through QFileSystemModel, whose default icon
// provider opens every file it cannot type by name (library.db, -wal, -shm) and closes it; in a process holding
// SQLite's POSIX locks on the file, that close drops them all, and another process's close then deletes the WAL
// and SHM files still in use. Tested here with a LibraryPanel (what the GUI keeps open), the real
// QFileSystemModel with Qt's default provider, and sourcetrace-cli child processes reading and writing:
//  - the panel holds no descriptor of the library between operations, so nothing can drop its locks;
//  - both sides see every write, `library verify` finds nothing, the panel reopens the library;
//  - the dialogs' own icon provider (SafeFileDialog) does not open the files at all (locks stay held).
#include "tracing/LibraryPanel.h"
#include "detection/DetectionTask.h"
#include "catalog/ModelCatalog.h"
#include "common/SafeFileDialog.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "models/ModelRunner.h"
#include "testutil.h"
#include "util/Npy.h"

#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

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
    p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList openDescriptors(const QString &path)
{
    QStringList out;
    const QString canon = QFileInfo(path).canonicalFilePath();
    for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (fd.symLinkTarget().startsWith(canon))
            out << fd.fileName() + QStringLiteral(" -> ") + fd.symLinkTarget();
    return out;
}

// POSIX locks this process holds (lines of /proc/locks with our pid).
int heldLocks()
{
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = ' ' + QByteArray::number(qint64(getpid())) + ' ';
    int n = 0;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.contains(pid))
            ++n;
    return n;
}

// Lists `dir` the way QFileDialog does, asking each file's type and icon (what the gatherer thread computes).
void listLikeAFileDialog(const QString &dir, QFileIconProvider *provider)
{
    QFileSystemModel m;
    if (provider)
        m.setIconProvider(provider);
    QSignalSpy loaded(&m, &QFileSystemModel::directoryLoaded);
    const QModelIndex root = m.setRootPath(dir);
    QVERIFY(loaded.wait(10000) || m.rowCount(root) > 0);
    QTest::qWait(300);
    for (int r = 0; r < m.rowCount(root); ++r) {
        m.data(m.index(r, 0, root), Qt::DecorationRole);
        m.data(m.index(r, 2, root), Qt::DisplayRole); // "Type"
    }
    QTest::qWait(500);
}

const char *kStopaSha = "fcca87bfd8efde60591998f1c9cc1096b4e13c14544db6a4f5640175528816fc";

void writeEmbedFolder(const QString &dir)
{
    QDir().mkpath(dir);
    std::vector<float> emb;
    QStringList keys;
    for (int j = 0; j < 4; ++j) {
        for (int d = 0; d < 160; ++d)
            emb.push_back(d == j ? 1.0f : 0.0f);
        keys << QStringLiteral("c%1.flac").arg(j);
    }
    writeNpy(dir + QStringLiteral("/embeddings.npy"), emb.data(), {4, 160});
    QFile k(dir + QStringLiteral("/keys.txt"));
    k.open(QIODevice::WriteOnly);
    k.write(keys.join(QLatin1Char('\n')).toUtf8() + '\n');
    QFile m(dir + QStringLiteral("/model.json"));
    m.open(QIODevice::WriteOnly);
    m.write(QStringLiteral("{\"model\":{\"name\":\"aasist-stopa\"},\"weightsSha256\":\"%1\",\"embeddingDim\":160}")
                .arg(QLatin1String(kStopaSha)).toUtf8());
}

} // namespace

class TestUiLibrarySharing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("SOURCETRACE_CLI").isEmpty() || !QFile::exists(qEnvironmentVariable("SOURCETRACE_CLI")))
            QSKIP("SOURCETRACE_CLI does not name the built sourcetrace-cli");
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void panelAndCliShareALibraryWhileADialogListsIt()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("case"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/library.db");
        FingerprintLibrary::create(db, {QStringLiteral("aasist-stopa"), QString::fromLatin1(kStopaSha), 160});
        writeEmbedFolder(dir + QStringLiteral("/emb"));
        QFile proto(dir + QStringLiteral("/enrol.tsv"));
        QVERIFY(proto.open(QIODevice::WriteOnly));
        proto.write("file\tattack\nc0.flac\tA01\nc1.flac\tA01\nc2.flac\tA02\nc3.flac\tA02\n");
        proto.close();

        JobManager jobs(1);
        ModelCatalog catalog;
        LibraryPanel panel(&jobs, &catalog, std::make_shared<ModelCache>());
        panel.setInteractive(false);
        QVERIFY(panel.openLibrary(db));
        QVERIFY(jobs.waitForAll(10000));
        QVERIFY2(openDescriptors(db).isEmpty(), qPrintable(openDescriptors(db).join(QLatin1Char('\n'))));

        // The protocol dialog lists the folder (Qt's default provider: it opens library.db, -wal, -shm).
        listLikeAFileDialog(dir, nullptr);
        Run r = cli({QStringLiteral("library"), QStringLiteral("list"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("library"), QStringLiteral("enrol"), db, QStringLiteral("--protocol"), proto.fileName(),
                 QStringLiteral("--embeddings"), dir + QStringLiteral("/emb"), QStringLiteral("--no-progress")});
        QVERIFY2(r.code == 0 && r.err.contains(QStringLiteral("4 added")), qPrintable(r.err));
        listLikeAFileDialog(dir, nullptr);

        // The panel's library sees the CLI's writes, and its own writes reach the CLI.
        QCOMPARE(panel.library()->source(SourceLevel::Attack, QStringLiteral("A02")).count, 2);
        QVERIFY(panel.renameSource(SourceLevel::Attack, QStringLiteral("A02"), QStringLiteral("espeak")));
        QVERIFY(jobs.waitForAll(10000));
        r = cli({QStringLiteral("library"), QStringLiteral("list"), db});
        QVERIFY2(r.out.contains(QStringLiteral("attack\tespeak\t2")) && r.out.contains(QStringLiteral("attack\tA01\t2")), qPrintable(r.out));
        r = cli({QStringLiteral("library"), QStringLiteral("verify"), db});
        QVERIFY2(r.code == 0 && r.err.contains(QStringLiteral(" 0 problems")), qPrintable(r.out + r.err));
        // The panel reopens it (the report: "cannot switch the library to WAL mode ... disk I/O error").
        QVERIFY2(panel.openLibrary(db), qPrintable(panel.lastError()));
        QCOMPARE(panel.library()->sources(SourceLevel::Attack).size(), 2);
        QVERIFY(jobs.waitForAll(10000));
        QVERIFY(openDescriptors(db).isEmpty());
    }

    // With a connection open (locks held), the library dialogs' provider never opens the listed files.
    void dialogProviderKeepsLocks()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("locks"));
        QDir().mkpath(dir);
        const QString db = dir + QStringLiteral("/held.db");
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("held"));
            d.setDatabaseName(db);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM t")) && q.next());
            q = QSqlQuery();
            const int before = heldLocks();
            QVERIFY2(before > 0, "SQLite holds no lock in WAL mode after a read?");
            listLikeAFileDialog(dir, nameOnlyIconProvider());
            QCOMPARE(heldLocks(), before);
            listLikeAFileDialog(dir, nullptr);
            qInfo("Qt's default file-dialog provider: %d SQLite lock(s) held before listing the folder, %d after",
                  before, heldLocks());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("held"));
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestUiLibrarySharing)
#include "tst_ui_library_sharing.moc"
