// Source tracing in the GUI: the source tree's counts from a small synthetic library; rename, merge
// and delete through the undo stack (undo puts every source back exactly, redo again); candidate
// lists ranked as a brute-force cosine to hand-computed fingerprints, with the open-set "unknown"
// decision; the PCA map's points; and, with the tiny TorchScript model, enrolment of a protocol and
// a trace of the open clip in the window equal to ModelRunner's embedding scored directly.
#include "tracing/EmbeddingMapView.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/LibraryMap.h"
#include "tracing/LibraryPanel.h"
#include "tracing/LibrarySourceModel.h"
#include "window/MainWindow.h"
#include "catalog/ModelCatalog.h"
#include "detection/DetectionTask.h"
#include "tracing/TracePanel.h"
#include "tracing/TraceTask.h"
#include "audio/AudioFile.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "testutil.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }
ModelManifest tinyManifest() { return ModelManifest::fromJsonFile(dataDir() + QStringLiteral("/tiny_tuple.json")); }

// 8-d synthetic embedding: source s, clip k.
std::vector<float> synth(int s, int k)
{
    std::vector<float> e(8);
    for (int j = 0; j < 8; ++j)
        e[size_t(j)] = float(std::sin(1.0 + s * 2.1 + j * (0.7 + 0.1 * s)) + 0.05 * std::cos(k * 1.3 + j));
    return e;
}

struct Spec
{
    SourceLevel level;
    QString name;
    int clips;
    int seed;
};

// attack: A01 (2 clips), A02 (3), A03 (1); acoustic model: am-x (2), am-y (1); vocoder: voc (4); codec: none.
const std::vector<Spec> kSpecs{{SourceLevel::Attack, "A01", 2, 0},       {SourceLevel::Attack, "A02", 3, 1},
                               {SourceLevel::Attack, "A03", 1, 2},       {SourceLevel::AcousticModel, "am-x", 2, 3},
                               {SourceLevel::AcousticModel, "am-y", 1, 4}, {SourceLevel::Vocoder, "voc", 4, 5}};

QString makeLibrary(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    FingerprintLibrary::create(path, ModelBinding::of(tinyManifest()));
    FingerprintLibrary lib(path);
    std::vector<EnrolmentClip> clips;
    for (const Spec &s : kSpecs)
        for (int k = 0; k < s.clips; ++k) {
            EnrolmentClip c;
            c.sha256 = sha256Hex(QStringLiteral("%1/%2/%3").arg(int(s.level)).arg(s.name).arg(k).toUtf8());
            c.path = QStringLiteral("synthetic/%1-%2.wav").arg(s.name).arg(k);
            c.embedding = synth(s.seed, k);
            c.labels[s.level] = s.name;
            clips.push_back(c);
        }
    lib.enrol(clips);
    return path;
}

std::vector<float> handMean(const Spec &s)
{
    std::vector<double> m(8, 0.0);
    for (int k = 0; k < s.clips; ++k)
        for (int j = 0; j < 8; ++j)
            m[size_t(j)] += synth(s.seed, k)[size_t(j)];
    std::vector<float> out(8);
    for (int j = 0; j < 8; ++j)
        out[size_t(j)] = float(m[size_t(j)] / s.clips);
    return out;
}

double cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    double ab = 0, aa = 0, bb = 0;
    for (size_t j = 0; j < a.size(); ++j) {
        ab += double(a[j]) * b[j];
        aa += double(a[j]) * a[j];
        bb += double(b[j]) * b[j];
    }
    return ab / std::sqrt(aa * bb);
}

QString writeClip(const QString &dir, const QString &name, double hz, int frames = 6000)
{
    const QString path = QDir(dir).filePath(name);
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i)
        s[size_t(i)] = float(0.3 * std::sin(2 * M_PI * hz * i / 16000.0) + 0.1 * std::sin(2 * M_PI * hz * 2.7 * i / 16000.0));
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
    return path;
}

QStringList childNames(const LibrarySourceModel &m, SourceLevel level)
{
    QStringList out;
    const QModelIndex p = m.levelIndex(level);
    for (int r = 0; r < m.rowCount(p); ++r)
        out << m.index(r, 0, p).data(LibrarySourceModel::NameRole).toString();
    return out;
}

} // namespace

class TestUiLibrary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void treeModelCounts()
    {
        const QString path = makeLibrary(m_tmp.path(), QStringLiteral("counts.db"));
        FingerprintLibrary lib(path);
        LibrarySourceModel m;
        m.reload(&lib);
        QCOMPARE(m.rowCount(), 4); // every level, even an empty one
        QCOMPARE(m.sourceCount(SourceLevel::Attack), 3);
        QCOMPARE(m.clipCount(SourceLevel::Attack), 6);
        QCOMPARE(m.sourceCount(SourceLevel::AcousticModel), 2);
        QCOMPARE(m.clipCount(SourceLevel::AcousticModel), 3);
        QCOMPARE(m.sourceCount(SourceLevel::Vocoder), 1);
        QCOMPARE(m.clipCount(SourceLevel::Vocoder), 4);
        QCOMPARE(m.sourceCount(SourceLevel::Codec), 0);
        QCOMPARE(m.clipCount(SourceLevel::Codec), 0);
        QCOMPARE(childNames(m, SourceLevel::Attack), (QStringList{"A01", "A02", "A03"}));
        const QModelIndex a02 = m.sourceIndex(SourceLevel::Attack, QStringLiteral("A02"));
        QVERIFY(a02.isValid());
        QCOMPARE(a02.data(LibrarySourceModel::CountRole).toInt(), 3);
        QCOMPARE(a02.siblingAtColumn(1).data().toString(), QStringLiteral("3"));
        QVERIFY(m.levelIndex(SourceLevel::Attack).data().toString().contains(QStringLiteral("3 sources")));
        QCOMPARE(m.levelIndex(SourceLevel::Attack).siblingAtColumn(1).data().toString(), QStringLiteral("6"));
        m.reload(nullptr);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.sourceCount(SourceLevel::Attack), 0);
    }

    void undoRenameMergeDelete()
    {
        const QString path = makeLibrary(m_tmp.path(), QStringLiteral("undo.db"));
        JobManager jobs(1);
        ModelCatalog catalog;
        LibraryPanel panel(&jobs, &catalog, std::make_shared<ModelCache>());
        panel.setInteractive(false);
        QVERIFY(panel.openLibrary(path));
        FingerprintLibrary *lib = panel.library();
        LibrarySourceModel *m = panel.sourceModel();
        QUndoStack *undo = panel.undoStack();
        const std::vector<float> fpA01 = lib->fingerprint(SourceLevel::Attack, QStringLiteral("A01"));
        const std::vector<float> fpA02 = lib->fingerprint(SourceLevel::Attack, QStringLiteral("A02"));

        // Rename.
        QVERIFY(panel.renameSource(SourceLevel::Attack, QStringLiteral("A01"), QStringLiteral("espeak")));
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"espeak", "A02", "A03"}));
        QVERIFY(!lib->hasSource(SourceLevel::Attack, QStringLiteral("A01")));
        undo->undo();
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"A01", "A02", "A03"}));
        QCOMPARE(lib->fingerprint(SourceLevel::Attack, QStringLiteral("A01")), fpA01);
        undo->redo();
        QVERIFY(lib->hasSource(SourceLevel::Attack, QStringLiteral("espeak")));
        undo->undo();

        // A refused rename (the name exists) leaves no command behind and says why.
        const int depth = undo->index();
        QVERIFY(!panel.renameSource(SourceLevel::Attack, QStringLiteral("A01"), QStringLiteral("A02")));
        QCOMPARE(undo->index(), depth);
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"A01", "A02", "A03"}));
        QVERIFY(!panel.lastError().isEmpty());

        // Delete, then undo: the source is back with its count, fingerprint and enrolments.
        const auto enrolBefore = lib->enrolments(SourceLevel::Attack, QStringLiteral("A02"));
        QVERIFY(panel.removeSource(SourceLevel::Attack, QStringLiteral("A02")));
        QCOMPARE(m->sourceCount(SourceLevel::Attack), 2);
        QCOMPARE(m->clipCount(SourceLevel::Attack), 3);
        undo->undo();
        QCOMPARE(m->sourceCount(SourceLevel::Attack), 3);
        QCOMPARE(m->clipCount(SourceLevel::Attack), 6);
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"A01", "A02", "A03"}));
        QCOMPARE(lib->fingerprint(SourceLevel::Attack, QStringLiteral("A02")), fpA02);
        const auto enrolAfter = lib->enrolments(SourceLevel::Attack, QStringLiteral("A02"));
        QCOMPARE(enrolAfter.size(), enrolBefore.size());
        for (size_t i = 0; i < enrolAfter.size(); ++i) {
            QCOMPARE(enrolAfter[i].sha256, enrolBefore[i].sha256);
            QCOMPARE(enrolAfter[i].embedding, enrolBefore[i].embedding);
        }

        // Merge A01 into A02: 5 clips, mean of all five; undo: both back exactly.
        QVERIFY(panel.mergeSources(SourceLevel::Attack, QStringLiteral("A01"), QStringLiteral("A02")));
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"A02", "A03"}));
        QCOMPARE(m->sourceIndex(SourceLevel::Attack, QStringLiteral("A02")).data(LibrarySourceModel::CountRole).toInt(), 5);
        undo->undo();
        QCOMPARE(childNames(*m, SourceLevel::Attack), (QStringList{"A01", "A02", "A03"}));
        QCOMPARE(m->sourceIndex(SourceLevel::Attack, QStringLiteral("A01")).data(LibrarySourceModel::CountRole).toInt(), 2);
        QCOMPARE(m->sourceIndex(SourceLevel::Attack, QStringLiteral("A02")).data(LibrarySourceModel::CountRole).toInt(), 3);
        QCOMPARE(lib->fingerprint(SourceLevel::Attack, QStringLiteral("A01")), fpA01);
        QCOMPARE(lib->fingerprint(SourceLevel::Attack, QStringLiteral("A02")), fpA02);
        QVERIFY(lib->verify().isEmpty());
        undo->redo();
        QCOMPARE(m->sourceCount(SourceLevel::Attack), 2);
        QVERIFY(lib->verify().isEmpty());
    }

    // The ranked list is the brute-force cosine of the query to each hand-computed mean, best first;
    // a threshold above the best score turns the attack decision into "unknown".
    void candidateListOrdering()
    {
        const QString path = makeLibrary(m_tmp.path(), QStringLiteral("rank.db"));
        FingerprintLibrary lib(path);
        const std::vector<float> query = synth(1, 7); // near A02
        const TraceResult r = TraceTask::score(lib, query, QStringLiteral("cosine"));
        QCOMPARE(r.decisions.size(), size_t(3)); // attack, acoustic model, vocoder (codec is empty)
        const LevelDecision &atk = r.decisions.front();
        QCOMPARE(atk.level, SourceLevel::Attack);
        std::vector<std::pair<double, QString>> expect;
        for (const Spec &s : kSpecs)
            if (s.level == SourceLevel::Attack)
                expect.push_back({cosine(query, handMean(s)), s.name});
        std::sort(expect.begin(), expect.end(), [](auto &a, auto &b) { return a.first > b.first; });
        QCOMPARE(atk.ranked.size(), expect.size());
        for (size_t i = 0; i < expect.size(); ++i) {
            QCOMPARE(atk.ranked[i].source, expect[i].second);
            QVERIFY(std::abs(atk.ranked[i].score - expect[i].first) < 1e-5);
        }
        QCOMPARE(atk.decision, QStringLiteral("A02"));
        QVERIFY(!atk.unknown);

        TracePanel panel;
        panel.setResult(std::make_shared<TraceResult>(r));
        QTreeWidgetItem *top = panel.tree()->topLevelItem(0);
        QVERIFY(top->text(0).contains(QStringLiteral("A02")));
        QCOMPARE(top->childCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(top->child(i)->text(0), QStringLiteral("%1. %2").arg(i + 1).arg(expect[size_t(i)].second));
            QCOMPARE(top->child(i)->text(1), QString::number(expect[size_t(i)].first, 'f', 4));
        }
        QCOMPARE(panel.decisionText(int(SourceLevel::Attack)), QStringLiteral("A02"));

        StoredThreshold t;
        t.level = SourceLevel::Attack;
        t.backend = QStringLiteral("cosine");
        t.threshold = expect.front().first + 0.001;
        t.rule = QStringLiteral("eer");
        t.created = QDateTime::currentDateTimeUtc();
        lib.setThreshold(t);
        const TraceResult u = TraceTask::score(lib, query, QStringLiteral("cosine"));
        QVERIFY(u.decisions.front().unknown);
        QCOMPARE(u.decisions.front().decision, QStringLiteral("unknown"));
        QCOMPARE(u.decisions.front().ranked.front().source, QStringLiteral("A02")); // still ranked
        panel.setResult(std::make_shared<TraceResult>(u));
        QVERIFY(panel.tree()->topLevelItem(0)->text(0).contains(QStringLiteral("unknown source")));
        QVERIFY(panel.tree()->topLevelItem(0)->text(0).contains(QString::number(t.threshold, 'f', 4)));
        QVERIFY(!panel.decisionText(int(SourceLevel::Vocoder)).isEmpty());
    }

    // Every fingerprint and enrolment is a point; a fingerprint's point is the projection of its
    // source's mean.
    void mapPoints()
    {
        const QString path = makeLibrary(m_tmp.path(), QStringLiteral("map.db"));
        FingerprintLibrary lib(path);
        const LibraryMap map = LibraryMap::build(lib);
        QCOMPARE(int(map.points.size()), 6 + 13); // 6 fingerprints, 13 enrolments
        QCOMPARE(map.distinctEmbeddings, 13);
        QVERIFY(map.pca);
        for (const MapPoint &p : map.points) {
            if (!p.fingerprint || p.source != QLatin1String("voc"))
                continue;
            const auto xy = map.pca->project(handMean(kSpecs.back()));
            QVERIFY(std::abs(p.x - xy[0]) < 1e-4 && std::abs(p.y - xy[1]) < 1e-4);
        }
        EmbeddingMapView view;
        view.setMap(std::make_shared<LibraryMap>(map));
        QCOMPARE(view.pointCount(), 19); // every synthetic clip is enrolled at one level only: no dot drawn twice
        view.setLevelFilter(int(SourceLevel::Attack));
        QCOMPARE(view.pointCount(), 3 + 6);
        view.setQuery(synth(0, 9), QStringLiteral("q"));
        QCOMPARE(view.pointCount(), 3 + 6 + 1);
        // Three small capped at 2 per level: 2 attack, 2 acoustic model, 2 vocoder enrolments.
        QCOMPARE(int(LibraryMap::build(lib, 2).points.size()), 6 + 6);
    }

    // With the tiny model: enrol a protocol of four clips through the panel (a job), then trace the
    // open clip in the window; the candidates equal TraceTask::score of ModelRunner's embedding.
    void windowEnrolsAndTraces()
    {
        QTemporaryDir dir;
        const QString clips = QDir(dir.path()).filePath(QStringLiteral("clips"));
        QDir().mkpath(clips);
        writeClip(clips, QStringLiteral("a1.wav"), 220);
        writeClip(clips, QStringLiteral("a2.wav"), 230);
        writeClip(clips, QStringLiteral("b1.wav"), 1500);
        writeClip(clips, QStringLiteral("b2.wav"), 1600);
        QFile proto(QDir(clips).filePath(QStringLiteral("protocol.tsv")));
        QVERIFY(proto.open(QIODevice::WriteOnly));
        proto.write("file\tattack\tacoustic_model\twaveform_generator\tcodec\n"
                    "a1.wav\tA01\tam1\tvoc1\tnone\n"
                    "a2.wav\tA01\tam1\tvoc1\tnone\n"
                    "b1.wav\tA02\tam2\tvoc1\tnone\n"
                    "b2.wav\tA02\tam2\tvoc1\tnone\n");
        proto.close();
        const QString db = QDir(dir.path()).filePath(QStringLiteral("tiny.db"));

        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({dataDir()});
        QVERIFY(w.waitForModels(30000));
        w.libraryPanel()->setInteractive(false);
        QVERIFY(w.libraryPanel()->createLibrary(db, QStringLiteral("tiny-tuple")));
        QVERIFY(!w.trace()); // no clip, no sources
        JobPtr job = w.libraryPanel()->enrolFolder(clips);
        QVERIFY2(job, qPrintable(w.libraryPanel()->lastError()));
        QVERIFY(w.jobs()->waitFor(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCoreApplication::processEvents();
        LibrarySourceModel *m = w.libraryPanel()->sourceModel();
        QCOMPARE(m->sourceCount(SourceLevel::Attack), 2);
        QCOMPARE(m->clipCount(SourceLevel::Attack), 4);
        QCOMPARE(m->sourceCount(SourceLevel::AcousticModel), 2);
        QCOMPARE(m->sourceCount(SourceLevel::Vocoder), 1);
        QCOMPARE(m->clipCount(SourceLevel::Vocoder), 4);
        QCOMPARE(m->sourceCount(SourceLevel::Codec), 1); // "none"

        // The enrolled embeddings are the model's: A01's fingerprint is the mean of a1 and a2.
        ModelRunner direct(ModelRegistry::load(tinyManifest()));
        auto embedOf = [&](const QString &p) { return direct.run(AudioFile(p).readAll(MixDown, 16000)).embedding; };
        const auto e1 = embedOf(QDir(clips).filePath(QStringLiteral("a1.wav")));
        const auto e2 = embedOf(QDir(clips).filePath(QStringLiteral("a2.wav")));
        const auto fp = w.libraryPanel()->library()->fingerprint(SourceLevel::Attack, QStringLiteral("A01"));
        for (size_t j = 0; j < fp.size(); ++j)
            QVERIFY(std::abs(fp[j] - 0.5 * (e1[j] + e2[j])) < 1e-5 * std::max(1.0, std::abs(double(fp[j]))));

        const QString query = writeClip(dir.path(), QStringLiteral("query.wav"), 1550);
        QVERIFY(w.openFile(query));
        QVERIFY2(w.trace(QStringLiteral("cosine"), true), qPrintable(w.lastError()));
        auto r = w.traceResult();
        QVERIFY(r);
        const TraceResult expect = TraceTask::score(*w.libraryPanel()->library(), embedOf(query), QStringLiteral("cosine"));
        QCOMPARE(r->decisions.size(), expect.decisions.size());
        for (size_t l = 0; l < expect.decisions.size(); ++l) {
            QCOMPARE(r->decisions[l].decision, expect.decisions[l].decision);
            QCOMPARE(r->decisions[l].ranked.size(), expect.decisions[l].ranked.size());
            for (size_t i = 0; i < expect.decisions[l].ranked.size(); ++i) {
                QCOMPARE(r->decisions[l].ranked[i].source, expect.decisions[l].ranked[i].source);
                QVERIFY(std::abs(r->decisions[l].ranked[i].score - expect.decisions[l].ranked[i].score) < 1e-5);
            }
        }
        QCOMPARE(w.tracePanel()->tree()->topLevelItemCount(), int(expect.decisions.size()));

        // A library bound to another model cannot trace, and says which model it needs.
        const QString other = QDir(dir.path()).filePath(QStringLiteral("other.db"));
        FingerprintLibrary::create(other, ModelBinding{QStringLiteral("nope"), QString(64, QLatin1Char('a')), 8});
        QVERIFY(w.openLibrary(other));
        QVERIFY(w.libraryPanel()->traceBlocker(true).contains(QStringLiteral("nope")));
        QVERIFY(!w.libraryPanel()->enrolFolder(clips));
    }
};

QTEST_MAIN(TestUiLibrary)
#include "tst_ui_library.moc"
