// core/dataset/Shard: the hash split of --shard K/N (hashes computed by hand with `printf %s KEY | sha256sum`),
// every clip in exactly one shard, --shard auto from the Slurm variables, bad values with clear errors, the
// per-shard layout, shard.json and the merge's checks.
#include "dataset/Shard.h"
#include "util/Error.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace st;

class TestDatasetShard : public QObject
{
    Q_OBJECT

    static QString errorOf(const QString &text, const QHash<QString, QString> &env = {})
    {
        try {
            parseShardSpec(text, env);
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

    static ShardInfo info(int k, int n)
    {
        ShardInfo s;
        s.command = QStringLiteral("embed");
        s.arguments = {QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("o")};
        s.index = k;
        s.count = n;
        s.clips = 2;
        s.model = QStringLiteral("m");
        s.weightsSha256 = QStringLiteral("ab12");
        s.settingsFingerprint = QStringLiteral("f1");
        s.complete = true;
        return s;
    }

private slots:
    void hashIsFirstEightBytesBigEndian_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<quint64>("hash");
        QTest::addColumn<int>("of3");
        QTest::addColumn<int>("of4");
        QTest::addColumn<int>("of7");
        // sha256("dev/a.wav") starts cacef2b19d93775c
        QTest::newRow("ascii path") << QStringLiteral("dev/a.wav") << quint64(0xcacef2b19d93775cULL) << 1 << 0 << 5;
        // sha256("LA_E_1000147") starts 83ed151775049d60
        QTest::newRow("clip id") << QStringLiteral("LA_E_1000147") << quint64(0x83ed151775049d60ULL) << 0 << 0 << 1;
        // UTF-8 bytes of the key: sha256 starts 783391f5623d7e5a
        QTest::newRow("utf-8") << QString::fromUtf8("clips/\xc3\xbcn\xc3\xaf" "code.flac") << quint64(0x783391f5623d7e5aULL) << 0 << 2 << 4;
        // sha256("") = e3b0c44298fc1c14...
        QTest::newRow("empty") << QString() << quint64(0xe3b0c44298fc1c14ULL) << 1 << 0 << 1;
    }
    void hashIsFirstEightBytesBigEndian()
    {
        QFETCH(QString, key);
        QFETCH(quint64, hash);
        QFETCH(int, of3);
        QFETCH(int, of4);
        QFETCH(int, of7);
        QCOMPARE(quint64(shardHash(key)), hash);
        QCOMPARE(shardOf(key, 3), of3);
        QCOMPARE(shardOf(key, 4), of4);
        QCOMPARE(shardOf(key, 7), of7);
        QCOMPARE(shardOf(key, 1), 0);
        QVERIFY(ShardSpec({of3, 3, true}).contains(key));
        QVERIFY(!ShardSpec({(of3 + 1) % 3, 3, true}).contains(key));
        QVERIFY(ShardSpec().contains(key)); // not sharded: every clip
    }

    void everyClipInExactlyOneShard()
    {
        QStringList keys;
        for (int i = 0; i < 1000; ++i)
            keys << QStringLiteral("spk%1/utt_%2.flac").arg(i % 17).arg(i);
        for (int n : {1, 2, 3, 5, 16}) {
            std::vector<int> perShard(size_t(n), 0);
            for (const QString &k : keys) {
                int owners = 0;
                for (int s = 0; s < n; ++s)
                    owners += ShardSpec{s, n, true}.contains(k) ? 1 : 0;
                QCOMPARE(owners, 1);
                ++perShard[size_t(shardOf(k, n))];
            }
            // A hash split: no shard is empty or holds nearly everything for 1000 keys.
            for (int c : perShard)
                QVERIFY2(c > 1000 / n / 2 && c < 2 * 1000 / n, qPrintable(QStringLiteral("N=%1: %2").arg(n).arg(c)));
        }
    }

    void parsesKOfN()
    {
        const ShardSpec s = parseShardSpec(QStringLiteral("2/5"), {});
        QCOMPARE(s.index, 2);
        QCOMPARE(s.count, 5);
        QVERIFY(s.sharded);
        QCOMPARE(s.folderName(), QStringLiteral("2-of-5"));
        const ShardSpec one = parseShardSpec(QStringLiteral("0/1"), {});
        QCOMPARE(one.count, 1);
        QVERIFY(one.sharded);
    }

    void autoFromSlurmEnvironment()
    {
        const ShardSpec s = parseShardSpec(QStringLiteral("auto"), {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("3")},
                                                                    {QStringLiteral("SLURM_ARRAY_TASK_COUNT"), QStringLiteral("4")}});
        QCOMPARE(s.index, 3);
        QCOMPARE(s.count, 4);
        QVERIFY(s.sharded);
        // The process environment overload reads the same variables.
        qputenv("SLURM_ARRAY_TASK_ID", "1");
        qputenv("SLURM_ARRAY_TASK_COUNT", "2");
        const ShardSpec e = parseShardSpec(QStringLiteral("auto"));
        QCOMPARE(e.index, 1);
        QCOMPARE(e.count, 2);
        qunsetenv("SLURM_ARRAY_TASK_ID");
        qunsetenv("SLURM_ARRAY_TASK_COUNT");
    }

    void badValuesHaveClearErrors()
    {
        QVERIFY(errorOf(QStringLiteral("3/3")).contains(QStringLiteral("must be below N")));
        QVERIFY(errorOf(QStringLiteral("0/0")).contains(QStringLiteral("at least 1")));
        for (const QString &bad : {QStringLiteral("-1/4"), QStringLiteral("a/b"), QStringLiteral("2"), QStringLiteral("1/2/3"),
                                   QStringLiteral(""), QStringLiteral("1.5/4")})
            QVERIFY2(errorOf(bad).contains(QStringLiteral("--shard takes K/N")), qPrintable(bad + QStringLiteral(": ") + errorOf(bad)));
        const QString unset = errorOf(QStringLiteral("auto"), {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("0")}});
        QVERIFY2(unset.contains(QStringLiteral("SLURM_ARRAY_TASK_COUNT is not set")), qPrintable(unset));
        const QString none = errorOf(QStringLiteral("auto"));
        QVERIFY2(none.contains(QStringLiteral("SLURM_ARRAY_TASK_ID is not set")), qPrintable(none));
        const QString junk = errorOf(QStringLiteral("auto"), {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("x")},
                                                              {QStringLiteral("SLURM_ARRAY_TASK_COUNT"), QStringLiteral("4")}});
        QVERIFY2(junk.contains(QStringLiteral("SLURM_ARRAY_TASK_ID is \"x\"")), qPrintable(junk));
        const QString beyond = errorOf(QStringLiteral("auto"), {{QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("4")},
                                                                {QStringLiteral("SLURM_ARRAY_TASK_COUNT"), QStringLiteral("4")}});
        QVERIFY2(beyond.contains(QStringLiteral("must be below N")), qPrintable(beyond));
    }

    void layout()
    {
        const ShardSpec s{1, 3, true};
        QCOMPARE(shardFolderFor(QStringLiteral("/x/out/"), s), QStringLiteral("/x/out/shards/1-of-3"));
        QCOMPARE(shardFileFor(QStringLiteral("/x/scores.tsv"), s), QStringLiteral("/x/scores.tsv.shards/1-of-3/scores.tsv"));
        QCOMPARE(shardsRootFor(QStringLiteral("/x/out"), true), QStringLiteral("/x/out/shards"));
        QCOMPARE(shardsRootFor(QStringLiteral("/x/scores.tsv"), false), QStringLiteral("/x/scores.tsv.shards"));
    }

    void argumentsWithoutShardAndFingerprint()
    {
        const QStringList a{QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--shard"), QStringLiteral("1/3"),
                            QStringLiteral("--threads=2"), QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--no-progress")};
        const QStringList b{QStringLiteral("--shard=auto"), QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"),
                            QStringLiteral("o"), QStringLiteral("--shards"), QStringLiteral("3"), QStringLiteral("--threads"), QStringLiteral("1")};
        const QStringList bare{QStringLiteral("--protocol"), QStringLiteral("p.tsv"), QStringLiteral("--out"), QStringLiteral("o")};
        QCOMPARE(argumentsWithoutShard(a), bare);
        QCOMPARE(argumentsWithoutShard(b), bare);
        QCOMPARE(settingsFingerprint(QStringLiteral("embed"), a), settingsFingerprint(QStringLiteral("embed"), b));
        QVERIFY(settingsFingerprint(QStringLiteral("embed"), a) != settingsFingerprint(QStringLiteral("detect"), a));
        QVERIFY(settingsFingerprint(QStringLiteral("embed"), a)
                != settingsFingerprint(QStringLiteral("embed"), a + QStringList{QStringLiteral("--batch"), QStringLiteral("8")}));
        QCOMPARE(settingsFingerprint(QStringLiteral("embed"), a).size(), 64);
        // explain's --restart redoes a shard's clips with the same results: not part of the settings.
        QCOMPARE(argumentsWithoutShard(bare + QStringList{QStringLiteral("--restart")}), bare);
        QCOMPARE(settingsFingerprint(QStringLiteral("explain"), bare + QStringList{QStringLiteral("--restart")}),
                 settingsFingerprint(QStringLiteral("explain"), bare));
    }

    void shardJsonRoundTrip()
    {
        QTemporaryDir dir;
        ShardInfo s = info(1, 3);
        s.complete = false;
        s.failed = {QStringLiteral("x.wav: truncated")};
        s.write(dir.filePath(QStringLiteral("f")));
        const ShardInfo r = ShardInfo::read(dir.filePath(QStringLiteral("f")));
        QCOMPARE(r.command, s.command);
        QCOMPARE(r.arguments, s.arguments);
        QCOMPARE(r.index, 1);
        QCOMPARE(r.count, 3);
        QCOMPARE(r.clips, 2);
        QCOMPARE(r.model, s.model);
        QCOMPARE(r.weightsSha256, s.weightsSha256);
        QCOMPARE(r.settingsFingerprint, s.settingsFingerprint);
        QCOMPARE(r.buildCommit, ShardInfo::thisBuildCommit());
        QCOMPARE(r.complete, false);
        QCOMPARE(r.failed, s.failed);
        try {
            ShardInfo::read(dir.filePath(QStringLiteral("absent")));
            QFAIL("an absent shard.json was read");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("shard.json: absent")));
        }
    }

    void checkNamesMissingFailedAndMismatchingShards()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("out/shards"));
        for (int k = 0; k < 3; ++k)
            info(k, 3).write(root + QStringLiteral("/%1-of-3").arg(k));
        ShardCheck ok = checkShards(root, 0, info(0, 3));
        QVERIFY2(ok.ok(), qPrintable(ok.problems.join(QLatin1Char('\n'))));
        QCOMPARE(ok.count, 3);
        QCOMPARE(int(ok.folders.size()), 3);
        QCOMPARE(ok.folders[2], root + QStringLiteral("/2-of-3"));

        // --shards 4: shard 3 is missing.
        const ShardCheck four = checkShards(root, 4, info(0, 4));
        QVERIFY(!four.ok());
        QCOMPARE(four.problems.size(), 4); // 0..2 say 3 shards, 3 is missing
        QVERIFY(four.problems.last().startsWith(QStringLiteral("shard 3-of-4: missing")));

        // Another model in shard 1, a failed clip in shard 2.
        ShardInfo other = info(1, 3);
        other.model = QStringLiteral("other");
        other.write(root + QStringLiteral("/1-of-3"));
        ShardInfo failed = info(2, 3);
        failed.complete = false;
        failed.failed = {QStringLiteral("b.wav: truncated")};
        failed.write(root + QStringLiteral("/2-of-3"));
        const ShardCheck bad = checkShards(root, 0, info(0, 3));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems.size(), 2);
        QVERIFY2(bad.problems[0].startsWith(QStringLiteral("shard 1-of-3: made with model other")), qPrintable(bad.problems[0]));
        QVERIFY2(bad.problems[1].startsWith(QStringLiteral("shard 2-of-3: failed: 1 clip(s) failed (b.wav: truncated)")),
                 qPrintable(bad.problems[1]));

        // Other settings; an incomplete shard; a shard from another build.
        ShardInfo settings = info(1, 3);
        settings.settingsFingerprint = QStringLiteral("f2");
        settings.write(root + QStringLiteral("/1-of-3"));
        ShardInfo running = info(2, 3);
        running.complete = false;
        running.buildCommit = QStringLiteral("0000000");
        running.write(root + QStringLiteral("/2-of-3"));
        const ShardCheck bad2 = checkShards(root, 0, info(0, 3));
        QCOMPARE(bad2.problems.size(), 3);
        QVERIFY2(bad2.problems[0].startsWith(QStringLiteral("shard 1-of-3: made with other settings")), qPrintable(bad2.problems[0]));
        QVERIFY2(bad2.problems[1].startsWith(QStringLiteral("shard 2-of-3: made by build")), qPrintable(bad2.problems[1]));
        QVERIFY2(bad2.problems[2].startsWith(QStringLiteral("shard 2-of-3: incomplete")), qPrintable(bad2.problems[2]));

        // Folders of two shard counts, and no shards at all.
        info(0, 2).write(root + QStringLiteral("/0-of-2"));
        const ShardCheck mixed = checkShards(root, 0, info(0, 3));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.problems[0].contains(QStringLiteral("different shard counts (N = 2, 3)")), qPrintable(mixed.problems[0]));
        const ShardCheck none = checkShards(dir.filePath(QStringLiteral("nothing")), 0, info(0, 3));
        QVERIFY(!none.ok());
        QVERIFY(none.problems[0].contains(QStringLiteral("no shard folders")));
    }
};

QTEST_GUILESS_MAIN(TestDatasetShard)
#include "tst_dataset_shard.moc"
