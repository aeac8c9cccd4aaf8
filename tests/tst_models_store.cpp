// EmbeddingStore: what `embed` writes, reading it back, resuming, and recovering from a run that
// stopped half-way through a flush.
#include "models/EmbeddingStore.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace st;

namespace {

ModelManifest model(const QString &name = "m", const QString &sha = QString(64, QLatin1Char('1')))
{
    ModelManifest m;
    m.name = name;
    m.kind = "torchscript";
    m.weightsSha256 = sha;
    m.embeddingDim = 3;
    m.classNames = {"spoof", "bonafide"};
    return m;
}

std::vector<float> row(float base) { return {base, base + 0.5f, base + 0.25f}; }

} // namespace

class TestModelsStore : public QObject
{
    Q_OBJECT
private slots:
    void npyWritesAndResumes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        {
            EmbeddingStore s(out, EmbeddingStore::Format::Npy, model(), 3, 2, QJsonObject{{"inputPolicy", "whole-clip"}});
            s.add("a.wav", row(1), {0.1f, 0.2f});
            s.add("dir/b c.wav", row(2), {0.3f, 0.4f});
            QVERIFY_THROWS_EXCEPTION(Error, s.add("a.wav", row(3), {0, 0}));      // duplicate key
            QVERIFY_THROWS_EXCEPTION(Error, s.add("c.wav", {1, 2}, {0, 0}));      // wrong size
            QVERIFY_THROWS_EXCEPTION(Error, s.add("line\nbreak", row(3), {0, 0})); // key not on one line
        } // flushed on destruction
        std::vector<int64_t> shape;
        QCOMPARE(readNpy(out + "/embeddings.npy", shape), std::vector<float>({1, 1.5f, 1.25f, 2, 2.5f, 2.25f}));
        QCOMPARE(shape, std::vector<int64_t>({2, 3}));
        QCOMPARE(readNpy(out + "/logits.npy", shape), std::vector<float>({0.1f, 0.2f, 0.3f, 0.4f}));
        QCOMPARE(EmbeddingStore::readKeys(out + "/keys.txt"), QStringList({"a.wav", "dir/b c.wav"}));
        QFile info(out + "/model.json");
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(o.value("rows").toInt(), 2);
        QCOMPARE(o.value("run").toObject().value("inputPolicy").toString(), QString("whole-clip"));

        EmbeddingStore again(out, EmbeddingStore::Format::Npy, model(), 3, 2);
        QCOMPARE(again.count(), 2);
        QVERIFY(again.contains("dir/b c.wav"));
        again.add("c.wav", row(3), {0.5f, 0.6f});
        again.flush();
        QCOMPARE(readNpy(out + "/embeddings.npy", shape).back(), 3.25f);
        QCOMPARE(shape, std::vector<int64_t>({3, 3}));
    }

    void npyRefusesAnotherModel()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        {
            EmbeddingStore s(out, EmbeddingStore::Format::Npy, model(), 3, 2);
            s.add("a", row(1), {0, 0});
        }
        try {
            EmbeddingStore s(out, EmbeddingStore::Format::Npy, model("m", QString(64, QLatin1Char('2'))), 3, 2);
            QFAIL("accepted another model's folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QString(64, QLatin1Char('1'))) && e.message().contains(QString(64, QLatin1Char('2'))),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, EmbeddingStore(out, EmbeddingStore::Format::Csv, model(), 3, 2)); // a folder, not a file
    }

    void npyRecoversFromAnInterruptedFlush()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        {
            EmbeddingStore s(out, EmbeddingStore::Format::Npy, model(), 3, 2);
            s.add("a", row(1), {0, 0});
            s.add("b", row(2), {0, 0});
        }
        // As if the run stopped after writing a third embedding but before the keys and logits.
        const std::vector<float> three{1, 1.5f, 1.25f, 2, 2.5f, 2.25f, 9, 9, 9};
        writeNpy(out + "/embeddings.npy", three.data(), {3, 3});
        EmbeddingStore s(out, EmbeddingStore::Format::Npy, model(), 3, 2);
        QCOMPARE(s.count(), 2);
        QCOMPARE(s.embeddings().size(), size_t(6));
        s.add("c", row(3), {0, 0});
        s.flush();
        std::vector<int64_t> shape;
        QCOMPARE(readNpy(out + "/embeddings.npy", shape)[6], 3.0f);
    }

    void csvLayoutAndResume()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("fp.csv");
        {
            EmbeddingStore s(out, EmbeddingStore::Format::Csv, model(), 3, 2);
            s.add("AA01-nc-1", row(1), {});
            QVERIFY_THROWS_EXCEPTION(Error, s.add("has,comma", row(2), {}));
        }
        // A row cut short by an interrupted run is dropped on resume.
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::Append));
            f.write("AA02-nc-1,0.5,0.");
        }
        EmbeddingStore s(out, EmbeddingStore::Format::Csv, model(), 3, 2);
        QCOMPARE(s.keys(), QStringList({"AA01-nc-1"}));
        s.add("AA02-nc-1", row(2), {});
        s.flush();
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), QString("file,0,1,2\nAA01-nc-1,1,1.5,1.25\nAA02-nc-1,2,2.5,2.25\n"));

        // Another embedding size is refused, naming the file and line 1.
        try {
            EmbeddingStore bad(out, EmbeddingStore::Format::Csv, model(), 4, 2);
            QFAIL("accepted a CSV of another size");
        } catch (const Error &e) {
            QCOMPARE(e.path(), out);
            QCOMPARE(e.line(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelsStore)
#include "tst_models_store.moc"
