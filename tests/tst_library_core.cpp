// The fingerprint library's storage: model binding, fingerprint = mean, idempotence, rollback, migrations, WAL,
// rename/merge/remove/restore, STOPA CSV byte-exact round trip, .npy export, the job path, and a writer killed
// in the middle of an enrolment (helper mode of this binary: `tst_library_core --enrol-child DB`).
#include "testutil.h"

#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "library/LibraryEnroller.h"
#include "library/StopaFingerprintCsv.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace st;

namespace {

const ModelBinding kModel{QStringLiteral("toy-model"), QStringLiteral("aa11bb22cc33dd44"), 4};

EnrolmentClip clip(const QString &sha, std::vector<float> e, const QString &attack, const QString &vocoder = {})
{
    EnrolmentClip c;
    c.sha256 = sha;
    c.path = QStringLiteral("/clips/") + sha + QStringLiteral(".flac");
    c.embedding = std::move(e);
    c.labels[SourceLevel::Attack] = attack;
    if (!vocoder.isEmpty())
        c.labels[SourceLevel::Vocoder] = vocoder;
    return c;
}

// The synthetic embedding of clip j of source i in the kill test (any deterministic values do).
std::vector<float> synthetic(int i, int j, int dim)
{
    std::vector<float> e(static_cast<std::size_t>(dim));
    for (int d = 0; d < dim; ++d)
        e[std::size_t(d)] = float((i * 31 + j * 7 + d * 3) % 17) / 8.0f - 1.0f;
    return e;
}
constexpr int kKillClipsPerSource = 8;
constexpr int kKillDim = 16;

int enrolChild(const QString &db)
{
    try {
        FingerprintLibrary lib(db);
        std::vector<ClipToEnrol> clips;
        for (int i = 0; i < 20000; ++i)
            for (int j = 0; j < kKillClipsPerSource; ++j) {
                ClipToEnrol c;
                c.path = QStringLiteral("synthetic/%1/%2").arg(i).arg(j);
                c.sha256 = sha256Hex(c.path.toUtf8());
                c.embedding = synthetic(i, j, kKillDim);
                c.labels[SourceLevel::Attack] = QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'));
                c.labels[SourceLevel::Vocoder] = QStringLiteral("V%1").arg(i % 3);
                clips.push_back(std::move(c));
            }
        LibraryEnroller::run(lib, clips, {});
    } catch (const Error &e) {
        fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace

class TestLibraryCore : public QObject
{
    Q_OBJECT

private slots:
    void createOpenBinding()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        QVERIFY_THROWS_EXCEPTION(Error, FingerprintLibrary::create(p, kModel));
        FingerprintLibrary lib(p);
        QCOMPARE(lib.model().name, kModel.name);
        QCOMPARE(lib.model().weightsSha256, kModel.weightsSha256);
        QCOMPARE(lib.model().dimension, 4);
        QCOMPARE(lib.schemaVersion(), FingerprintLibrary::kSchemaVersion);
        QCOMPARE(lib.journalMode().toLower(), QStringLiteral("wal"));
        lib.checkModel(kModel);
        QVERIFY_THROWS_EXCEPTION(Error, [&] { FingerprintLibrary l(dir.filePath(QStringLiteral("missing.db"))); }());
    }

    void modelBindingRefused()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary lib(p);
        const ModelBinding other{QStringLiteral("aasist"), QStringLiteral("fcca87bfd8efde"), 4};
        try {
            lib.checkModel(other);
            QFAIL("another model was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("toy-model")) && e.message().contains(QStringLiteral("aasist")),
                     qPrintable(e.message()));
        }
        ModelBinding sameNameOtherWeights = kModel;
        sameNameOtherWeights.weightsSha256 = QStringLiteral("ffff");
        QVERIFY_THROWS_EXCEPTION(Error, lib.checkModel(sameNameOtherWeights));
        // An embedding of another dimension is refused and nothing is written.
        QVERIFY_THROWS_EXCEPTION(Error, lib.enrol({clip(QStringLiteral("x"), {1, 2, 3}, QStringLiteral("A01"))}));
        QCOMPARE(lib.sources().size(), 0);
    }

    void fingerprintIsMean()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary lib(p);
        const EnrolReport r = lib.enrol({clip(QStringLiteral("c1"), {1, 2, 3, 4}, QStringLiteral("A01"), QStringLiteral("hifigan")),
                                         clip(QStringLiteral("c2"), {3, 2, 1, 0}, QStringLiteral("A01"), QStringLiteral("hifigan")),
                                         clip(QStringLiteral("c3"), {2, 5, 2, -1}, QStringLiteral("A01")),
                                         clip(QStringLiteral("c4"), {0, 0, 1, 1}, QStringLiteral("A02"), QStringLiteral("hifigan"))});
        QCOMPARE(r.added, 7);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01")), (std::vector<float>{2, 3, 2, 1}));
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A02")), (std::vector<float>{0, 0, 1, 1}));
        // (1+3+0)/3, (2+2+0)/3, (3+1+1)/3, (4+0+1)/3
        const std::vector<float> v = lib.fingerprint(SourceLevel::Vocoder, QStringLiteral("hifigan"));
        QCOMPARE(v, (std::vector<float>{float(4.0 / 3), float(4.0 / 3), float(5.0 / 3), float(5.0 / 3)}));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A01")).count, 3);
        QCOMPARE(lib.source(SourceLevel::Vocoder, QStringLiteral("hifigan")).count, 3);
        QCOMPARE(lib.enrolments(SourceLevel::Attack, QStringLiteral("A01")).size(), std::size_t(3));
        QCOMPARE(lib.enrolments(SourceLevel::Attack, QStringLiteral("A01"))[1].path, QStringLiteral("/clips/c2.flac"));
        QVERIFY(lib.verify().isEmpty());
        const EnrolmentSet set = lib.enrolmentSet(SourceLevel::Attack);
        QCOMPARE(set.bySource.keys(), (QStringList{QStringLiteral("A01"), QStringLiteral("A02")}));
        QCOMPARE(set.bySource[QStringLiteral("A01")].size(), std::size_t(3));
        QCOMPARE(int(lib.levels().size()), 2);
    }

    void idempotentEnrolment()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary lib(p);
        std::vector<EnrolmentClip> clips{clip(QStringLiteral("c1"), {1, 0, 0, 0}, QStringLiteral("A01")),
                                         clip(QStringLiteral("c2"), {0, 1, 0, 0}, QStringLiteral("A01"))};
        QCOMPARE(lib.enrol(clips).added, 2);
        const auto before = lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01"));
        const EnrolReport again = lib.enrol(clips);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, 2);
        QVERIFY(again.sources.isEmpty());
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A01")).count, 2);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01")), before);
        // The same clip (hash) with a different path and embedding is still the same clip.
        EnrolmentClip dup = clip(QStringLiteral("c1"), {9, 9, 9, 9}, QStringLiteral("A01"));
        QCOMPARE(lib.enrol({dup}).skipped, 1);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01")), before);
    }

    void rollbackOnError()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary lib(p);
        lib.enrol({clip(QStringLiteral("c1"), {1, 1, 1, 1}, QStringLiteral("A01"))});
        // The first clip is fine and gets written inside the transaction; the second is broken: nothing stays.
        std::vector<EnrolmentClip> batch{clip(QStringLiteral("c2"), {3, 3, 3, 3}, QStringLiteral("A01")),
                                         clip(QStringLiteral("c3"), {1, 2, 3, 4}, QStringLiteral("A02")),
                                         clip(QStringLiteral("c4"), {1, std::nanf(""), 3, 4}, QStringLiteral("A03"))};
        QVERIFY_THROWS_EXCEPTION(Error, lib.enrol(batch));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A01")).count, 1);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01")), (std::vector<float>{1, 1, 1, 1}));
        QVERIFY(!lib.hasSource(SourceLevel::Attack, QStringLiteral("A02")));
        QCOMPARE(lib.sources().size(), 1);
        // Renaming onto an existing name fails inside its transaction and changes nothing.
        lib.enrol({clip(QStringLiteral("c5"), {0, 0, 0, 1}, QStringLiteral("B"))});
        QVERIFY_THROWS_EXCEPTION(Error, lib.rename(SourceLevel::Attack, QStringLiteral("B"), QStringLiteral("A01")));
        QVERIFY(lib.hasSource(SourceLevel::Attack, QStringLiteral("B")));
        QVERIFY(lib.verify().isEmpty());
    }

    void renameMergeRemoveRestore()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary lib(p);
        lib.enrol({clip(QStringLiteral("c1"), {2, 0, 0, 0}, QStringLiteral("A")), clip(QStringLiteral("c2"), {0, 2, 0, 0}, QStringLiteral("A")),
                   clip(QStringLiteral("c3"), {0, 0, 4, 0}, QStringLiteral("B")), clip(QStringLiteral("c1"), {2, 0, 0, 0}, QStringLiteral("B"))});
        lib.setAttribute(SourceLevel::Attack, QStringLiteral("A"), QStringLiteral("engine"), QStringLiteral("espeak"));
        const qint64 idA = lib.source(SourceLevel::Attack, QStringLiteral("A")).id;

        lib.rename(SourceLevel::Attack, QStringLiteral("A"), QStringLiteral("A-renamed"));
        QVERIFY(!lib.hasSource(SourceLevel::Attack, QStringLiteral("A")));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A-renamed")).id, idA);
        lib.rename(SourceLevel::Attack, QStringLiteral("A-renamed"), QStringLiteral("A")); // the inverse

        // Merge A into B: B = {c3, c1} + {c2} (c1 was in both): mean of (0,0,4,0), (2,0,0,0), (0,2,0,0).
        const auto snaps = lib.merge(SourceLevel::Attack, QStringLiteral("A"), QStringLiteral("B"));
        QVERIFY(!lib.hasSource(SourceLevel::Attack, QStringLiteral("A")));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("B")).count, 3);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("B")),
                 (std::vector<float>{float(2.0 / 3), float(2.0 / 3), float(4.0 / 3), 0}));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("B")).attributes.value(QStringLiteral("engine")), QStringLiteral("espeak"));
        QVERIFY(lib.verify().isEmpty());
        // Undo the merge.
        lib.restore(snaps.first);
        lib.restore(snaps.second);
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A")).id, idA);
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A")).count, 2);
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("B")).count, 2);
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A")), (std::vector<float>{1, 1, 0, 0}));
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("B")), (std::vector<float>{1, 0, 2, 0}));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("B")).attributes.size(), 0);

        // Remove and restore: the same id, attributes, enrolments (hashes, paths, dates) and fingerprint.
        const auto beforeEnrol = lib.enrolments(SourceLevel::Attack, QStringLiteral("A"));
        const SourceSnapshot gone = lib.remove(SourceLevel::Attack, QStringLiteral("A"));
        QVERIFY(!lib.hasSource(SourceLevel::Attack, QStringLiteral("A")));
        QCOMPARE(gone.enrolments.size(), std::size_t(2));
        lib.restore(gone);
        const SourceInfo back = lib.source(SourceLevel::Attack, QStringLiteral("A"));
        QCOMPARE(back.id, idA);
        QCOMPARE(back.attributes.value(QStringLiteral("engine")), QStringLiteral("espeak"));
        const auto afterEnrol = lib.enrolments(SourceLevel::Attack, QStringLiteral("A"));
        QCOMPARE(afterEnrol.size(), beforeEnrol.size());
        for (std::size_t i = 0; i < afterEnrol.size(); ++i) {
            QCOMPARE(afterEnrol[i].sha256, beforeEnrol[i].sha256);
            QCOMPARE(afterEnrol[i].path, beforeEnrol[i].path);
            QCOMPARE(afterEnrol[i].embedding, beforeEnrol[i].embedding);
            QCOMPARE(afterEnrol[i].added, beforeEnrol[i].added);
        }
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A")), (std::vector<float>{1, 1, 0, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, lib.merge(SourceLevel::Attack, QStringLiteral("A"), QStringLiteral("A")));
        QVERIFY_THROWS_EXCEPTION(Error, lib.remove(SourceLevel::Attack, QStringLiteral("nope")));
        QVERIFY(lib.verify().isEmpty());
    }

    void migrationFromHandMadeV1()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("v1.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("handmade"));
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The version-1 schema, written out by hand (not through the library's own migration code).
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY AUTOINCREMENT, level TEXT NOT NULL, name TEXT NOT NULL, "
                                          "created TEXT NOT NULL, modified TEXT NOT NULL, UNIQUE(level, name))")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE enrolments(id INTEGER PRIMARY KEY AUTOINCREMENT, source_id INTEGER NOT NULL "
                                          "REFERENCES sources(id) ON DELETE CASCADE, clip_sha256 TEXT NOT NULL, path TEXT NOT NULL, "
                                          "embedding BLOB NOT NULL, added TEXT NOT NULL, UNIQUE(source_id, clip_sha256))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES('model_name','toy-model'),('model_sha256','aa11bb22cc33dd44'),('embedding_dim','4')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sources(level,name,created,modified) VALUES('attack','A01','2025-01-01T00:00:00.000Z','2025-01-01T00:00:00.000Z')")));
            const float e1[4] = {1, 2, 3, 4}, e2[4] = {3, 4, 5, 6};
            for (const float *e : {e1, e2}) {
                QSqlQuery ins(db);
                ins.prepare(QStringLiteral("INSERT INTO enrolments(source_id, clip_sha256, path, embedding, added) VALUES(1, ?, 'x.flac', ?, '2025-01-01T00:00:00.000Z')"));
                ins.addBindValue(e == e1 ? QStringLiteral("h1") : QStringLiteral("h2"));
                ins.addBindValue(QByteArray(reinterpret_cast<const char *>(e), 16));
                QVERIFY(ins.exec());
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("handmade"));
        {
            FingerprintLibrary lib(p);
            QCOMPARE(lib.schemaVersion(), FingerprintLibrary::kSchemaVersion);
            QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A01")).count, 2);
            QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A01")), (std::vector<float>{2, 3, 4, 5}));
            QVERIFY(lib.verify().isEmpty());
            lib.setAttribute(SourceLevel::Attack, QStringLiteral("A01"), QStringLiteral("k"), QStringLiteral("v")); // v2 table
            QCOMPARE(lib.thresholds().size(), 0);
        }
        // A file from a newer build is refused, and an unrelated SQLite file too.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(p);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QVERIFY_THROWS_EXCEPTION(Error, [&] { FingerprintLibrary l(p); }());
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY_THROWS_EXCEPTION(Error, [&] { FingerprintLibrary l(other); }());
    }

    void walSeveralConnections()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        FingerprintLibrary writer(p);
        FingerprintLibrary reader(p);
        writer.enrol({clip(QStringLiteral("c1"), {1, 2, 3, 4}, QStringLiteral("A01"))});
        // Each operation opens the connection and closes it: the last one out checkpoints the WAL (no -wal left).
        QCOMPARE(reader.source(SourceLevel::Attack, QStringLiteral("A01")).count, 1);
        writer.enrol({clip(QStringLiteral("c2"), {1, 2, 3, 4}, QStringLiteral("A01"))});
        QCOMPARE(reader.source(SourceLevel::Attack, QStringLiteral("A01")).count, 2);
        QCOMPARE(reader.journalMode().toLower(), QStringLiteral("wal"));
    }

    void numpyFloatFormat_data()
    {
        QTest::addColumn<float>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << 1.0f << "1.0";
        QTest::newRow("short") << 0.561f << "0.561";
        QTest::newRow("eight digits") << 1.7799069f << "1.7799069";
        QTest::newRow("small positional") << -0.00093074306f << "-0.00093074306";
        QTest::newRow("1e-4 positional") << 0.0001f << "0.0001";
        QTest::newRow("below 1e-4") << 4.331991e-05f << "4.331991e-05";
        QTest::newRow("negative small") << -4.179731e-05f << "-4.179731e-05";
        QTest::newRow("zero") << 0.0f << "0.0";
        QTest::newRow("minus zero") << -0.0f << "-0.0";
        QTest::newRow("large") << 1e16f << "1e+16";
        QTest::newRow("integer") << 123.0f << "123.0";
    }
    void numpyFloatFormat()
    {
        QFETCH(float, value);
        QFETCH(QString, text);
        QCOMPARE(formatFloat32Numpy(value), text);
    }

    void stopaCsvBrokenInputs()
    {
        QTemporaryDir dir;
        auto write = [&](const QByteArray &b) {
            const QString p = dir.filePath(QStringLiteral("b.csv"));
            QFile f(p);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(b);
            return p;
        };
        QVERIFY_THROWS_EXCEPTION(Error, StopaFingerprintCsv::read(write("name,0,1\nA,1,2\n")));
        QVERIFY_THROWS_EXCEPTION(Error, StopaFingerprintCsv::read(write("file,0,1\nA,1\n")));
        QVERIFY_THROWS_EXCEPTION(Error, StopaFingerprintCsv::read(write("file,0,1\nA,1,x\n")));
        QVERIFY_THROWS_EXCEPTION(Error, StopaFingerprintCsv::read(write("file,0,1\nA,1,2\nA,3,4\n")));
        try {
            StopaFingerprintCsv::read(write("file,0,1\nA,1,2\nB,1,zz\n"));
            QFAIL("accepted a non-number");
        } catch (const Error &e) {
            QCOMPARE(e.line(), 3);
        }
        const StopaFingerprintCsv ok = StopaFingerprintCsv::read(write("file,0,1\nA,1.5,-2.0\n"));
        QCOMPARE(ok.rows[0], (std::vector<float>{1.5f, -2.0f}));
    }

    void stopaCsvByteExactRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("AASIST_CM") << "AASIST_CM_fingerprint_avg_emb.csv";
        QTest::newRow("AASIST_STOPA") << "AASIST_STOPA_fingerprint_avg_emb.csv";
    }
    void stopaCsvByteExactRoundTrip()
    {
        QFETCH(QString, name);
        ST_REQUIRE_SHARED(shared);
        const QString csv = shared + QStringLiteral("/models/stopa/") + name;
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();

        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, {QStringLiteral("aasist-stopa"), QStringLiteral("fcca87bf"), 160});
        {
            FingerprintLibrary lib(p);
            const EnrolReport r = lib.importStopaCsv(csv, SourceLevel::Attack);
            QCOMPARE(r.added, 50);
            QCOMPARE(lib.importStopaCsv(csv, SourceLevel::Attack).skipped, 50); // idempotent
        }
        FingerprintLibrary lib(p); // reopened: what is on disk
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        lib.exportStopa(SourceLevel::Attack).write(out);
        QFile g(out);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray exported = g.readAll();
        QCOMPARE(exported.size(), original.size());
        QVERIFY(exported == original);
        QVERIFY(lib.verify().isEmpty());

        // .npy of the fingerprints: 50 x 160, rows = the CSV's rows.
        const QString npy = dir.filePath(QStringLiteral("fp.npy"));
        lib.exportNpy(SourceLevel::Attack, npy);
        std::vector<int64_t> shape;
        const std::vector<float> data = readNpy(npy, shape);
        QCOMPARE(shape, (std::vector<int64_t>{50, 160}));
        const StopaFingerprintCsv parsed = StopaFingerprintCsv::read(csv);
        QCOMPARE(std::vector<float>(data.begin() + 160, data.begin() + 320), parsed.rows[1]);
        QFile names(npy + QStringLiteral(".sources.txt"));
        QVERIFY(names.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(names.readLine()).trimmed(), parsed.names[0]);
        // A 160-d CSV into a library of another dimension is refused.
        const QString small = dir.filePath(QStringLiteral("s.db"));
        FingerprintLibrary::create(small, kModel);
        FingerprintLibrary s(small);
        QVERIFY_THROWS_EXCEPTION(Error, s.importStopaCsv(csv, SourceLevel::Attack));
    }

    void enrolmentJob()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(p, kModel);
        std::vector<ClipToEnrol> clips;
        for (int i = 0; i < 12; ++i) {
            ClipToEnrol c;
            c.path = QStringLiteral("clip%1.flac").arg(i); // no such file: hashed from the embedding
            c.labels[SourceLevel::Attack] = QStringLiteral("A0%1").arg(i % 3);
            c.attributes[SourceLevel::Attack][QStringLiteral("engine")] = QStringLiteral("e%1").arg(i % 3);
            clips.push_back(c);
        }
        clips[5].path = QStringLiteral("broken.flac");
        int calls = 0;
        auto embed = [&calls](const QString &path) -> std::vector<float> {
            ++calls;
            if (path == QLatin1String("broken.flac"))
                throw Error(path, QStringLiteral("cannot decode"));
            const float v = float(path.mid(4).section(QLatin1Char('.'), 0, 0).toInt());
            return {v, 1, 0, 0};
        };
        auto outcome = std::make_shared<EnrolmentOutcome>();
        JobManager manager(1);
        QSignalSpy progress(&manager, &JobManager::jobProgress);
        JobPtr job = LibraryEnroller::makeJob(p, clips, embed, outcome);
        manager.submit(job);
        QVERIFY(manager.waitFor(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(calls, 12);
        QCOMPARE(outcome->report.added, 11);
        QCOMPARE(outcome->groups, 3);
        QCOMPARE(outcome->failures.size(), 1);
        QVERIFY(outcome->failures[0].contains(QStringLiteral("broken.flac")));
        QVERIFY(progress.count() > 0);
        FingerprintLibrary lib(p);
        // A00: clips 0, 3, 6, 9 -> mean x = 4.5
        QCOMPARE(lib.fingerprint(SourceLevel::Attack, QStringLiteral("A00")), (std::vector<float>{4.5f, 1, 0, 0}));
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A02")).count, 3); // clip 5 failed
        QCOMPARE(lib.source(SourceLevel::Attack, QStringLiteral("A01")).attributes.value(QStringLiteral("engine")), QStringLiteral("e1"));
        // Again: everything skipped.
        const EnrolmentOutcome again = LibraryEnroller::run(lib, clips, embed);
        QCOMPARE(again.report.added, 0);
        QCOMPARE(again.report.skipped, 11);
    }

    // oneTransaction (the merge of a sharded `library enrol`, docs/sharding.md): the same enrolments in the same order
    // (group by group), so the same means, as group-by-group enrolment; one transaction; all or nothing.
    void oneTransactionEnrolsInGroupOrder()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("groups.db")), b = dir.filePath(QStringLiteral("one.db"));
        FingerprintLibrary::create(a, kModel);
        FingerprintLibrary::create(b, kModel);
        // Attacks interleaved: A1, A2, A1, A2, ...; the vocoder V takes clips of both attack groups, so its enrolment
        // order is A1's clips then A2's (group order), not the clips' order.
        std::vector<ClipToEnrol> clips;
        for (int i = 0; i < 8; ++i) {
            ClipToEnrol c;
            c.path = QStringLiteral("c%1.flac").arg(i);
            c.sha256 = sha256Hex(c.path.toUtf8());
            c.embedding = {0.1f * float(i) + 1e-7f * float(i * i), 1.0f / float(i + 3), float(i % 2), 3.0f};
            c.labels[SourceLevel::Attack] = i % 2 ? QStringLiteral("A2") : QStringLiteral("A1");
            c.labels[SourceLevel::Vocoder] = QStringLiteral("V");
            clips.push_back(c);
        }
        FingerprintLibrary la(a), lb(b);
        const EnrolmentOutcome ga = LibraryEnroller::run(la, clips, {});
        const EnrolmentOutcome gb = LibraryEnroller::run(lb, clips, {}, nullptr, false, /*oneTransaction=*/true);
        QCOMPARE(ga.groups, 2);
        QCOMPARE(gb.groups, 1);
        QCOMPARE(gb.report.added, ga.report.added);
        QCOMPARE(gb.report.sources, ga.report.sources);
        QStringList order;
        for (const EnrolmentRecord &r : lb.enrolments(SourceLevel::Vocoder, QStringLiteral("V")))
            order << r.path;
        QCOMPARE(order, (QStringList{"c0.flac", "c2.flac", "c4.flac", "c6.flac", "c1.flac", "c3.flac", "c5.flac", "c7.flac"}));
        for (const auto &[level, name] : {std::pair{SourceLevel::Vocoder, QStringLiteral("V")}, std::pair{SourceLevel::Attack, QStringLiteral("A1")},
                                          std::pair{SourceLevel::Attack, QStringLiteral("A2")}}) {
            QStringList pa, pb;
            for (const EnrolmentRecord &r : la.enrolments(level, name))
                pa << r.path;
            for (const EnrolmentRecord &r : lb.enrolments(level, name))
                pb << r.path;
            QCOMPARE(pb, pa);
            QCOMPARE(lb.fingerprint(level, name), la.fingerprint(level, name));
        }
        // All or nothing: a clip of the wrong dimension in the second group leaves the library as it was.
        const QString c = dir.filePath(QStringLiteral("none.db"));
        FingerprintLibrary::create(c, kModel);
        FingerprintLibrary lc(c);
        clips[7].embedding = {1, 2, 3};
        QVERIFY_THROWS_EXCEPTION(Error, LibraryEnroller::run(lc, clips, {}, nullptr, false, true));
        QVERIFY(lc.sources().isEmpty());
    }

    void killedWriterLeavesNoHalfEnrolledSource()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("kill.db"));
        FingerprintLibrary::create(p, {QStringLiteral("synthetic"), QStringLiteral("00"), kKillDim});
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--enrol-child"), p});
        QVERIFY(child.waitForStarted());
        int seen = 0;
        {
            FingerprintLibrary watcher(p);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 120000 && child.state() == QProcess::Running) {
                seen = int(watcher.sources(SourceLevel::Attack).size());
                if (seen >= 25)
                    break;
                QThread::msleep(5);
            }
        }
        QVERIFY2(child.state() == QProcess::Running, "the child finished before it could be killed");
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        FingerprintLibrary lib(p);
        const QList<VerifyProblem> problems = lib.verify();
        for (const VerifyProblem &v : problems)
            qWarning() << sourceLevelName(v.level) << v.name << v.what;
        QVERIFY(problems.isEmpty());
        const QList<SourceInfo> attacks = lib.sources(SourceLevel::Attack);
        QVERIFY(attacks.size() >= seen);
        QVERIFY(attacks.size() < 20000);
        int total = 0;
        for (const SourceInfo &s : attacks) {
            // one transaction per source: all of its clips or none
            QCOMPARE(s.count, kKillClipsPerSource);
            QCOMPARE(int(lib.enrolments(SourceLevel::Attack, s.name).size()), kKillClipsPerSource);
            total += s.count;
            // the fingerprint is the mean of the synthetic embeddings
            const int i = s.name.mid(1).toInt();
            std::vector<double> sum(std::size_t(kKillDim), 0.0);
            for (int j = 0; j < kKillClipsPerSource; ++j) {
                const auto e = synthetic(i, j, kKillDim);
                for (int d = 0; d < kKillDim; ++d)
                    sum[std::size_t(d)] += e[std::size_t(d)];
            }
            const std::vector<float> fp = lib.fingerprint(SourceLevel::Attack, s.name);
            for (int d = 0; d < kKillDim; ++d)
                QCOMPARE(fp[std::size_t(d)], float(sum[std::size_t(d)] / kKillClipsPerSource));
        }
        int vocoderTotal = 0;
        for (const SourceInfo &s : lib.sources(SourceLevel::Vocoder))
            vocoderTotal += s.count;
        QCOMPARE(vocoderTotal, total);
        // The library still takes writes.
        lib.enrol({clip(QStringLiteral("after"), std::vector<float>(kKillDim, 1.0f), QStringLiteral("late"))});
        QVERIFY(lib.verify().isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && QByteArray(argv[1]) == "--enrol-child")
        return enrolChild(QString::fromLocal8Bit(argv[2]));
    TestLibraryCore t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_library_core.moc"
