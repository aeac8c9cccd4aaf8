// Training data (core/dataset/TrainingData.h): levels, classes and labels from a protocol, refusals (unknown level,
// STOPA trial lists), group splits, the balanced sampler, the clip cache, and the batch loader's reproducibility
// whatever the number of workers; the shared dev corpus when present.
#include "audiotestutil.h"
#include "dataset/TrainingData.h"
#include "testutil.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace st;
using namespace st::train;
using sttest::errorFrom;

namespace {

const QByteArray kTsv = "file\tattack\tacoustic_model\twaveform_generator\tcodec\ttext\tspeaker\n"
                        "a1.wav\tA01\tam1\tvoc1\tnone\tt1\tspk1\n"
                        "a2.wav\tA02\tam2\tvoc1\topus\tt1\tspk2\n"
                        "a3.wav\tA02\tam2\tvoc2\t-\tt2\tspk1\n"
                        "b1.wav\tbonafide\tbonafide\tbonafide\tnone\tt2\tspk3\n"
                        "b2.wav\tbonafide\t-\t-\tnone\tt3\t-\n";

bool sameBatch(const Batch &a, const Batch &b)
{
    return a.waveforms == b.waveforms && a.labels == b.labels && a.clipIndex == b.clipIndex && a.epoch == b.epoch
           && a.index == b.index;
}

} // namespace

class TestDatasetData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    /// A folder with `n` short WAVs (some 8 kHz stereo) and a protocol over them; returns the protocol.
    QString makeClips(const QString &folder, int n, const QStringList &extraRows = {})
    {
        QDir().mkpath(m_dir.filePath(folder));
        QByteArray tsv = "file\tattack\ttext\n";
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("c%1.wav").arg(i);
            const bool stereo8k = i % 3 == 2;
            const int rate = stereo8k ? 8000 : 16000;
            const int64_t frames = rate * (2 + i % 4) / 10; // 0.2 .. 0.5 s
            std::vector<float> x = sttest::sineWave(rate, frames * (stereo8k ? 2 : 1), 200 + 50 * i, 0.3);
            if (!sttest::writeAudio(m_dir.filePath(folder + QLatin1Char('/') + name), SF_FORMAT_WAV | SF_FORMAT_PCM_16,
                                    rate, stereo8k ? 2 : 1, x))
                qFatal("cannot write a WAV");
            const QString attack = i % 4 == 0 ? QStringLiteral("bonafide") : QStringLiteral("A0%1").arg(1 + i % 3);
            tsv += QStringLiteral("%1\t%2\tt%3\n").arg(name, attack).arg(i % 5).toUtf8();
        }
        for (const QString &r : extraRows)
            tsv += r.toUtf8() + '\n';
        return write(folder + QStringLiteral("/protocol.tsv"), tsv);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void levelsClassesLabels()
    {
        const QString p = write(QStringLiteral("p/protocol.tsv"), kTsv);
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        QCOMPARE(int(d.size()), 5);
        QCOMPARE(int(d.levels().size()), 5);
        QStringList names;
        for (const LabelLevel &l : d.levels())
            names << l.name;
        QCOMPARE(names, (QStringList{"bonafide", "attack", "acoustic_model", "vocoder", "codec"}));
        QCOMPARE(d.levels()[0].classes, (QStringList{"bonafide", "spoof"}));
        QCOMPARE(d.levels()[1].classes, (QStringList{"A01", "A02", "bonafide"}));
        QCOMPARE(d.levels()[2].classes, (QStringList{"am1", "am2"}));
        QCOMPARE(d.levels()[3].classes, (QStringList{"voc1", "voc2"}));
        QCOMPARE(d.levels()[4].classes, (QStringList{"none", "opus"}));
        const auto &c = d.clips();
        QCOMPARE(c[0].labels, (std::vector<int>{1, 0, 0, 0, 0}));
        QCOMPARE(c[1].labels, (std::vector<int>{1, 1, 1, 0, 1}));
        QCOMPARE(c[2].labels, (std::vector<int>{1, 1, 1, 1, -1})); // "-" codec
        QCOMPARE(c[3].labels, (std::vector<int>{0, 2, -1, -1, -1})); // bona fide: only attack
        QCOMPARE(c[4].labels, (std::vector<int>{0, 2, -1, -1, -1}));
        QVERIFY(c[3].bonafide && !c[0].bonafide);
        QCOMPARE(c[0].key, QStringLiteral("a1.wav"));
        QCOMPARE(c[0].path, QDir(m_dir.filePath(QStringLiteral("p"))).absoluteFilePath(QStringLiteral("a1.wav")));
        QCOMPARE(c[0].columns.value(QStringLiteral("text")), QStringLiteral("t1"));
        QCOMPARE(c[0].columns.value(QStringLiteral("vocoder")), QStringLiteral("voc1"));
        QCOMPARE(d.levelIndex(QStringLiteral("waveform_generator")), 3);
        QCOMPARE(d.levelIndex(QStringLiteral("ATK")), 1);
        QCOMPARE(d.levelIndex(QStringLiteral("speaker")), -1);
        QCOMPARE(d.classCounts(1), (std::vector<int>{1, 2, 2}));
        QCOMPARE(d.classCounts(4), (std::vector<int>{1, 1}));
        QCOMPARE(d.protocolPaths(), QStringList{p});
        QCOMPARE(d.protocolSha256(), QStringList{QString::fromLatin1(sttest::sha256Of(p))});

        // Chosen levels: synonyms and a free column; "-" is no label.
        const TrainingDataset e = TrainingDataset::fromProtocol(
            p, {QStringLiteral("bonafide"), QStringLiteral("waveform_generator"), QStringLiteral("speaker")},
            QStringLiteral("/elsewhere"));
        QCOMPARE(e.levels()[1].name, QStringLiteral("vocoder"));
        QCOMPARE(e.levels()[2].name, QStringLiteral("speaker"));
        QCOMPARE(e.levels()[2].classes, (QStringList{"spk1", "spk2", "spk3"}));
        QCOMPARE(e.clips()[3].labels, (std::vector<int>{0, -1, 2}));
        QCOMPARE(e.clips()[4].labels, (std::vector<int>{0, -1, -1}));
        QCOMPARE(e.clips()[0].path, QStringLiteral("/elsewhere/a1.wav"));

        // Two protocols: the union of classes.
        const QString q = write(QStringLiteral("q/protocol.tsv"),
                                "file\tattack\tacoustic_model\nz.wav\tA09\tam9\n");
        const TrainingDataset u = TrainingDataset::fromProtocols({p, q});
        QCOMPARE(int(u.size()), 6);
        QCOMPARE(u.levels()[1].classes, (QStringList{"A01", "A02", "A09", "bonafide"}));
        QCOMPARE(u.levels()[2].classes, (QStringList{"am1", "am2", "am9"}));
        QCOMPARE(u.protocolSha256().size(), 2);
    }

    void refusals()
    {
        const QString p = write(QStringLiteral("r/protocol.tsv"), kTsv);
        const QString unknown = errorFrom([&] { TrainingDataset::fromProtocol(p, {QStringLiteral("speakr")}); });
        QVERIFY2(unknown.startsWith(p + QStringLiteral(": unknown level 'speakr'")), qPrintable(unknown));
        QVERIFY2(unknown.contains(QStringLiteral("text")) && unknown.contains(QStringLiteral("speaker"))
                     && unknown.contains(QStringLiteral("acoustic_model")),
                 qPrintable(unknown));
        const QString noAm = write(QStringLiteral("r/noam.tsv"), "file\tattack\nx.wav\tA01\ny.wav\tbonafide\n");
        const QString am = errorFrom([&] { TrainingDataset::fromProtocol(noAm, {QStringLiteral("am")}); });
        QVERIFY2(am.startsWith(noAm) && am.contains(QStringLiteral("no acoustic_model labels")), qPrintable(am));
        const QString twice = errorFrom([&] {
            TrainingDataset::fromProtocol(p, {QStringLiteral("attack"), QStringLiteral("ATK")});
        });
        QVERIFY2(twice.contains(QStringLiteral("twice")), qPrintable(twice));
        const QString stopa = write(QStringLiteral("r/trials.txt"),
                                    "AbstractModel FileName Speaker Gender ATK IsTargetATK IsTargetAcousticModel "
                                    "IsTargetVocoderModel CosScore\n"
                                    "AA01-co-100 x.wav S1 f AA02 False False False 0.5\n");
        const QString s = errorFrom([&] { TrainingDataset::fromProtocol(stopa); });
        QVERIFY2(s.startsWith(stopa + QStringLiteral(": a STOPA trial list")), qPrintable(s));
        const QString missing = m_dir.filePath(QStringLiteral("r/none.tsv"));
        QVERIFY(errorFrom([&] { TrainingDataset::fromProtocol(missing); }).contains(missing));
    }

    void splitKeepsGroupsWhole()
    {
        // 60 clips over 12 sentences of different sizes.
        QByteArray tsv = "file\tattack\ttext\n";
        for (int i = 0; i < 60; ++i)
            tsv += QStringLiteral("f%1.wav\t%2\ts%3\n")
                       .arg(i)
                       .arg(i % 3 == 0 ? QStringLiteral("bonafide") : QStringLiteral("A0%1").arg(i % 3))
                       .arg((i * 7) % 12)
                       .toUtf8();
        const QString p = write(QStringLiteral("s/protocol.tsv"), tsv);
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        const auto [train, val] = d.splitByGroup(QStringLiteral("text"), 0.25, 17);
        QCOMPARE(int(train.size() + val.size()), 60);
        QVERIFY(val.size() >= 10 && val.size() <= 20);
        QSet<QString> tg, vg, keys;
        for (const TrainingClip &c : train.clips()) {
            tg.insert(c.group);
            keys.insert(c.key);
        }
        for (const TrainingClip &c : val.clips()) {
            vg.insert(c.group);
            keys.insert(c.key);
            QCOMPARE(c.group, c.columns.value(QStringLiteral("text")));
        }
        QCOMPARE(keys.size(), 60);
        QVERIFY(!tg.isEmpty() && !vg.isEmpty());
        QVERIFY(!tg.intersects(vg)); // no sentence on both sides
        QCOMPARE(train.levels()[1].classes, d.levels()[1].classes); // heads keep their size
        // Deterministic.
        const auto again = d.splitByGroup(QStringLiteral("text"), 0.25, 17);
        QCOMPARE(again.second.size(), val.size());
        for (size_t i = 0; i < val.size(); ++i)
            QCOMPARE(again.second.clips()[i].key, val.clips()[i].key);
        // Another seed: still whole groups, usually another split.
        bool differs = false;
        for (uint64_t seed = 18; seed < 24 && !differs; ++seed) {
            const auto o = d.splitByGroup(QStringLiteral("text"), 0.25, seed);
            differs = o.second.size() != val.size() || o.second.clips()[0].key != val.clips()[0].key;
        }
        QVERIFY(differs);
        // Refusals name the protocol and the column.
        const QString noCol = errorFrom([&] { d.splitByGroup(QStringLiteral("speaker"), 0.2, 1); });
        QVERIFY2(noCol.startsWith(p) && noCol.contains(QStringLiteral("'speaker'")) && noCol.contains(QStringLiteral("text")),
                 qPrintable(noCol));
        const QString one = write(QStringLiteral("s/one.tsv"), "file\tattack\ttext\na.wav\tA01\tx\nb.wav\tbonafide\tx\n");
        const QString oneGroup = errorFrom([&] {
            TrainingDataset::fromProtocol(one).splitByGroup(QStringLiteral("text"), 0.5, 1);
        });
        QVERIFY2(oneGroup.startsWith(one) && oneGroup.contains(QStringLiteral("'text'")), qPrintable(oneGroup));
        QVERIFY(errorFrom([&] { d.splitByGroup(QStringLiteral("text"), 1.0, 1); }).contains(QStringLiteral("fraction")));
    }

    void epochOrderBalanced()
    {
        // attack classes of 4, 12 and 44 clips; acoustic_model only on some.
        QByteArray tsv = "file\tattack\tacoustic_model\n";
        for (int i = 0; i < 60; ++i) {
            const QString attack = i < 4 ? QStringLiteral("A01") : i < 16 ? QStringLiteral("A02") : QStringLiteral("bonafide");
            tsv += QStringLiteral("f%1.wav\t%2\t%3\n").arg(i).arg(attack, i < 4 ? QStringLiteral("amX") : QStringLiteral("-")).toUtf8();
        }
        const TrainingDataset d = TrainingDataset::fromProtocol(write(QStringLiteral("e/protocol.tsv"), tsv));
        const int attack = d.levelIndex(QStringLiteral("attack"));
        const std::vector<size_t> o = epochOrder(d, attack, 5, 0, 6000);
        QCOMPARE(int(o.size()), 6000);
        std::vector<int> perClass(3, 0);
        std::map<size_t, int> perClip;
        for (size_t i : o) {
            ++perClass[size_t(d.clips()[i].labels[size_t(attack)])];
            ++perClip[i];
        }
        // Expected 2000 each; the standard deviation is about 37.
        double chi2 = 0;
        for (int c : perClass)
            chi2 += (c - 2000.0) * (c - 2000.0) / 2000.0;
        QVERIFY2(chi2 < 13.8, qPrintable(QString::number(chi2))); // p = 0.001 at 2 degrees of freedom
        QCOMPARE(int(perClip.size()), 60); // every clip drawn
        QVERIFY(o == epochOrder(d, attack, 5, 0, 6000));
        QVERIFY(o != epochOrder(d, attack, 5, 1, 6000));
        QVERIFY(o != epochOrder(d, attack, 6, 0, 6000));
        // A level with -1 entries: those clips are never drawn.
        const int am = d.levelIndex(QStringLiteral("acoustic_model"));
        for (size_t i : epochOrder(d, am, 5, 0, 500))
            QVERIFY(i < 4);
        // Uniform: a permutation per pass.
        std::vector<size_t> u = epochOrder(d, -1, 5, 0);
        QCOMPARE(int(u.size()), 60);
        std::sort(u.begin(), u.end());
        for (size_t i = 0; i < u.size(); ++i)
            QCOMPARE(u[i], i);
        QCOMPARE(int(epochOrder(d, -1, 5, 0, 150).size()), 150);
    }

    void mixSeedAndCrop()
    {
        QVERIFY(mixSeed(1, 2, 3) == mixSeed(1, 2, 3));
        QVERIFY(mixSeed(1, 2, 3) != mixSeed(1, 3, 2));
        QVERIFY(mixSeed(1, 0) != mixSeed(2, 0));
        std::vector<float> clip{1, 2, 3};
        std::mt19937_64 rng(1);
        QCOMPARE(cropOrPad(clip, 7, CropMode::Start, rng), (std::vector<float>{1, 2, 3, 1, 2, 3, 1}));
        QCOMPARE(cropOrPad(clip, 2, CropMode::Start, rng), (std::vector<float>{1, 2}));
        QCOMPARE(cropOrPad(clip, 2, CropMode::WholeClip, rng), clip);
        for (int i = 0; i < 20; ++i) {
            const auto c = cropOrPad(clip, 2, CropMode::Random, rng);
            QVERIFY(c == (std::vector<float>{1, 2}) || c == (std::vector<float>{2, 3}));
        }
        QCOMPARE(cropOrPad({}, 3, CropMode::Random, rng), (std::vector<float>{0, 0, 0}));
    }

    void clipCache()
    {
        const QString p = makeClips(QStringLiteral("cache"), 6);
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        ClipCache cache(20000); // bytes: a few clips
        const auto a = cache.get(d.clips()[0].path); // 16 kHz mono, 0.2 s
        QCOMPARE(int(a->size()), 3200);
        const auto b = cache.get(d.clips()[2].path); // 8 kHz stereo, 0.4 s: mixed down and resampled
        QCOMPARE(int(b->size()), 6400);
        QVERIFY(cache.get(d.clips()[0].path) == a);
        QCOMPARE(int(cache.hits()), 1);
        QCOMPARE(int(cache.misses()), 2);
        for (const TrainingClip &c : d.clips())
            cache.get(c.path);
        QVERIFY(cache.bytes() <= 20000);
        const QString gone = m_dir.filePath(QStringLiteral("cache/absent.wav"));
        const QString msg = errorFrom([&] { cache.get(gone); });
        QVERIFY2(msg.startsWith(gone), qPrintable(msg));
    }

    void loaderSameBatchesWhateverTheWorkers()
    {
        const QString p = makeClips(QStringLiteral("loader"), 14);
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        LoaderSettings s;
        s.batchSize = 4;
        s.cropLength = 4000;
        s.balanceLevel = d.levelIndex(QStringLiteral("attack"));
        s.epochSize = 18;
        s.augment = true;
        s.augmentation.noiseProbability = 0.7;
        s.augmentation.rawboost.algorithm = 3;
        s.augmentation.rawboost.probability = 0.5;
        s.augmentation.gainProbability = 0.5;
        s.prefetchBatches = 2;
        auto epochBatches = [&](int workers, int epoch, int first = 0) {
            ClipCache cache;
            LoaderSettings w = s;
            w.workers = workers;
            BatchLoader loader(d, cache, w, 99);
            loader.start(epoch, first);
            std::vector<Batch> out;
            Batch b;
            while (loader.next(b))
                out.push_back(b);
            return out;
        };
        const std::vector<Batch> one = epochBatches(1, 0), three = epochBatches(3, 0);
        QCOMPARE(int(one.size()), 5); // 18 samples, batches of 4, the last one of 2
        QCOMPARE(int(three.size()), 5);
        for (size_t i = 0; i < one.size(); ++i) {
            QVERIFY2(sameBatch(one[i], three[i]), qPrintable(QStringLiteral("batch %1").arg(i)));
            QCOMPARE(one[i].index, int(i));
            for (const auto &w : one[i].waveforms)
                QCOMPARE(int(w.size()), 4000);
        }
        QCOMPARE(int(one.back().waveforms.size()), 2);
        QCOMPARE(one[0].labels[0], d.clips()[one[0].clipIndex[0]].labels);
        // Another epoch differs; resuming at batch 2 gives the same batches 2..4.
        const std::vector<Batch> next = epochBatches(3, 1);
        QVERIFY(!sameBatch(next[0], one[0]));
        const std::vector<Batch> resumed = epochBatches(2, 1, 2);
        QCOMPARE(int(resumed.size()), 3);
        for (size_t i = 0; i < resumed.size(); ++i)
            QVERIFY(sameBatch(resumed[i], next[i + 2]));

        // start() while running cancels cleanly; destruction mid-epoch does not hang.
        ClipCache cache;
        LoaderSettings w = s;
        w.workers = 3;
        {
            BatchLoader loader(d, cache, w, 99);
            QCOMPARE(loader.batchesPerEpoch(), 5);
            loader.start(0);
            Batch b;
            QVERIFY(loader.next(b));
            loader.start(1);
            std::vector<Batch> again;
            while (loader.next(b))
                again.push_back(b);
            QCOMPARE(int(again.size()), 5);
            for (size_t i = 0; i < again.size(); ++i)
                QVERIFY(sameBatch(again[i], next[i]));
            loader.start(0);
            QVERIFY(loader.next(b));
        } // destroyed mid-epoch
        QVERIFY(cache.hits() > 0);
        w.dropLast = true;
        QCOMPARE(BatchLoader(d, cache, w, 1).batchesPerEpoch(), 4);
    }

    void loaderWithTrimAndPadKeepsLength()
    {
        const QString p = makeClips(QStringLiteral("trim"), 5);
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        ClipCache cache;
        LoaderSettings s;
        s.batchSize = 5;
        s.cropLength = 3000;
        s.augment = true;
        s.augmentation.trimProbability = 1;
        s.augmentation.padProbability = 1;
        s.workers = 2;
        BatchLoader loader(d, cache, s, 3);
        loader.start(0);
        Batch b;
        QVERIFY(loader.next(b));
        for (const auto &w : b.waveforms)
            QCOMPARE(int(w.size()), 3000);
        QVERIFY(!loader.next(b));
    }

    void loaderNamesAMissingClip()
    {
        const QString p = makeClips(QStringLiteral("missing"), 7, {QStringLiteral("gone.wav\tA01\tt9")});
        const TrainingDataset d = TrainingDataset::fromProtocol(p);
        const QString gone = d.clips().back().path;
        for (int workers : {1, 3}) {
            ClipCache cache;
            LoaderSettings s;
            s.batchSize = 2;
            s.cropLength = 1000;
            s.workers = workers;
            BatchLoader loader(d, cache, s, 1);
            loader.start(0);
            const QString msg = errorFrom([&] {
                Batch b;
                while (loader.next(b)) {
                }
            });
            QVERIFY2(msg.startsWith(gone), qPrintable(msg));
            Batch b;
            QVERIFY(!loader.next(b)); // the epoch stopped
            loader.start(1);          // and a new one starts
        }
    }

    void sharedDevCorpus()
    {
        ST_REQUIRE_SHARED(shared);
        const QString p = shared + QStringLiteral("/corpus/dev/protocol.tsv");
        if (!QFile::exists(p))
            QSKIP("../shared/corpus/dev/protocol.tsv is absent");
        // The clips are in wav/ beside the protocol.
        const TrainingDataset d = TrainingDataset::fromProtocol(p, {}, shared + QStringLiteral("/corpus/dev/wav"));
        QStringList names;
        for (const LabelLevel &l : d.levels())
            names << l.name;
        QCOMPARE(names, (QStringList{"bonafide", "attack", "acoustic_model", "vocoder", "codec"}));
        QVERIFY(d.size() > 100);
        QVERIFY(d.levels()[1].classes.contains(QStringLiteral("bonafide")));
        const auto bf = d.classCounts(0);
        QVERIFY(bf[0] > 0 && bf[1] > 0);
        for (const TrainingClip &c : d.clips())
            if (c.bonafide)
                QCOMPARE(c.labels[2], -1);
        const auto [train, val] = d.splitByGroup(QStringLiteral("text"), 0.2, 1);
        QCOMPARE(train.size() + val.size(), d.size());
        QVERIFY(val.size() > 0.1 * double(d.size()) && val.size() < 0.3 * double(d.size()));
        QSet<QString> tg;
        for (const TrainingClip &c : train.clips())
            tg.insert(c.group);
        for (const TrainingClip &c : val.clips())
            QVERIFY(!tg.contains(c.group));
        // The first clip decodes.
        ClipCache cache;
        QVERIFY(!cache.get(d.clips()[0].path)->empty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetData)
#include "tst_dataset_data.moc"
