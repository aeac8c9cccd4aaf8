// `--shard K/N` and `sourcetrace-cli merge` through the built CLI (docs/sharding.md): 3 shards of a small protocol of
// dev clips, merged, are byte for byte what one unsharded run writes (embed npy and csv, detect --out); each shard
// holds exactly the clips whose key hashes to it and records itself in shard.json; a rerun shard resumes; evaluate
// on merged embeddings equals evaluate on unsharded ones; a missing shard and a shard from another model are
// refused, naming them. The project's default model, 1 thread. Needs SOURCETRACE_CLI and ../shared (dev clips).
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliShardMerge : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_protocol;
    QString m_root;
    QStringList m_keys;

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray("<cannot read ") + path.toUtf8() + '>';
        return f.readAll();
    }

    static bool writeBytes(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // Rewrites a shard's shard.json to name another model (aasist, other weights); returns its former bytes.
    static QByteArray markOtherModel(const QString &shardJson)
    {
        const QByteArray original = bytes(shardJson);
        QJsonObject o = QJsonDocument::fromJson(original).object();
        o.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), QStringLiteral("aasist")},
                                                      {QStringLiteral("weightsSha256"), QStringLiteral("0123456789abcdef")}});
        writeBytes(shardJson, QJsonDocument(o).toJson());
        return original;
    }

    static QJsonObject json(const QString &path) { return QJsonDocument::fromJson(bytes(path)).object(); }

    // The shard of a key computed here from the definition: SHA-256 of the UTF-8, first 8 bytes big-endian, mod n.
    static int shardOfKey(const QString &key, int n)
    {
        const QByteArray d = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
        quint64 h = 0;
        for (int i = 0; i < 8; ++i)
            h = (h << 8) | quint64(quint8(d[i]));
        return int(h % quint64(n));
    }

    QStringList common() const
    {
        return {QStringLiteral("--protocol"), m_protocol, QStringLiteral("--root"), m_root, QStringLiteral("--threads"), QStringLiteral("1"),
                QStringLiteral("--no-progress")};
    }

    // The files under `dir` (relative paths, sorted), without those under `skip`.
    static QStringList filesUnder(const QString &dir, const QString &skip = {})
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(dir).relativeFilePath(it.next());
            if (skip.isEmpty() || !rel.startsWith(skip + QLatin1Char('/')))
                out << rel;
        }
        out.sort();
        return out;
    }

    // Runs the three shards of `command` (args + --shard K/3), each expected to succeed.
    void runShards(const QString &command, const QStringList &args)
    {
        for (int k = 0; k < 3; ++k) {
            const Run r = cli(QStringList{command} + args + QStringList{QStringLiteral("--shard"), QStringLiteral("%1/3").arg(k)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

private slots:
    void initTestCase()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo(exe).isExecutable())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        ST_REQUIRE_SHARED(shared);
        m_root = shared + QStringLiteral("/corpus/dev/wav");
        // 12 dev clips: 4 of each of two attacks and 4 bona fide, from the dev protocol (its header and lines as they are).
        QFile pf(shared + QStringLiteral("/corpus/dev/protocol.tsv"));
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = pf.readAll().split('\n');
        QByteArray proto = lines.first() + '\n';
        QMap<QByteArray, int> taken;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split('\t');
            if (cells.size() < 2)
                continue;
            const QByteArray attack = cells[1];
            if ((attack == "A01" || attack == "A02" || attack == "bonafide") && taken[attack] < 4) {
                ++taken[attack];
                proto += lines[i] + '\n';
                m_keys << QString::fromUtf8(cells[0]);
            }
        }
        QCOMPARE(m_keys.size(), 12);
        m_protocol = m_dir.filePath(QStringLiteral("p12.tsv"));
        QFile out(m_protocol);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(proto);
    }

    void badShardValuesAreUsageErrors()
    {
        const Run r = cli(QStringList{QStringLiteral("embed")} + common()
                          + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad")), QStringLiteral("--shard"), QStringLiteral("3/3")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("must be below N")), qPrintable(r.err));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SLURM_ARRAY_TASK_ID"));
        env.remove(QStringLiteral("SLURM_ARRAY_TASK_COUNT"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), QStringList{QStringLiteral("detect")} + common()
                    + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad.tsv")), QStringLiteral("--shard"), QStringLiteral("auto")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 2);
        const QString e = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(e.contains(QStringLiteral("SLURM_ARRAY_TASK_ID is not set")), qPrintable(e));
        const Run noOut = cli(QStringList{QStringLiteral("detect")} + common() + QStringList{QStringLiteral("--shard"), QStringLiteral("0/2")});
        QCOMPARE(noOut.code, 2);
        QVERIFY2(noOut.err.contains(QStringLiteral("--shard needs --out")), qPrintable(noOut.err));
    }

    void embedShardsMergeToTheUnshardedOutput()
    {
        const QString whole = m_dir.filePath(QStringLiteral("whole")), sharded = m_dir.filePath(QStringLiteral("sharded"));
        const Run w = cli(QStringList{QStringLiteral("embed")} + common() + QStringList{QStringLiteral("--out"), whole});
        QVERIFY2(w.code == 0, qPrintable(w.err));
        const QStringList args = common() + QStringList{QStringLiteral("--out"), sharded};
        runShards(QStringLiteral("embed"), args);
        if (QTest::currentTestFailed())
            return;

        // Each shard: exactly its keys, in the protocol's order, and a complete shard.json.
        int total = 0;
        for (int k = 0; k < 3; ++k) {
            const QString folder = sharded + QStringLiteral("/shards/%1-of-3").arg(k);
            QStringList expected;
            for (const QString &key : m_keys)
                if (shardOfKey(key, 3) == k)
                    expected << key;
            QByteArray keysTxt;
            for (const QString &key : expected)
                keysTxt += key.toUtf8() + '\n';
            QCOMPARE(bytes(folder + QStringLiteral("/keys.txt")), keysTxt);
            total += expected.size();
            const QJsonObject s = json(folder + QStringLiteral("/shard.json"));
            QCOMPARE(s.value(QStringLiteral("command")).toString(), QStringLiteral("embed"));
            QCOMPARE(s.value(QStringLiteral("shard")).toObject().value(QStringLiteral("index")).toInt(), k);
            QCOMPARE(s.value(QStringLiteral("shard")).toObject().value(QStringLiteral("count")).toInt(), 3);
            QCOMPARE(s.value(QStringLiteral("clips")).toInt(), expected.size());
            QCOMPARE(s.value(QStringLiteral("complete")).toBool(), true);
            QVERIFY(s.value(QStringLiteral("failed")).toArray().isEmpty());
            QVERIFY(!s.value(QStringLiteral("arguments")).toArray().contains(QStringLiteral("--shard")));
            QCOMPARE(s.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sourcetrace-default"));
        }
        QCOMPARE(total, 12);

        // Rerunning a shard resumes it: nothing left to do.
        const Run again = cli(QStringList{QStringLiteral("embed")} + args + QStringList{QStringLiteral("--shard"), QStringLiteral("1/3")});
        QVERIFY2(again.code == 0 && again.err.contains(QStringLiteral(" 0 to do")), qPrintable(again.err));

        const Run m = cli(QStringList{QStringLiteral("merge"), QStringLiteral("embed")} + args);
        QVERIFY2(m.code == 0, qPrintable(m.err));
        for (const QString &f : {QStringLiteral("embeddings.npy"), QStringLiteral("logits.npy"), QStringLiteral("keys.txt")})
            QVERIFY2(bytes(whole + QLatin1Char('/') + f) == bytes(sharded + QLatin1Char('/') + f), qPrintable(f));
        // model.json: the same but for the time it was written.
        QJsonObject a = json(whole + QStringLiteral("/model.json")), b = json(sharded + QStringLiteral("/model.json"));
        QVERIFY(a.contains(QStringLiteral("updated")) && b.contains(QStringLiteral("updated")));
        a.remove(QStringLiteral("updated"));
        b.remove(QStringLiteral("updated"));
        QCOMPARE(b, a);

        // evaluate reads the merged output exactly as the unsharded one.
        const QStringList eval{QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--protocol"), m_protocol, QStringLiteral("--json"),
                               QStringLiteral("--no-progress"), QStringLiteral("--embeddings")};
        const Run ew = cli(eval + QStringList{whole}), es = cli(eval + QStringList{sharded});
        QCOMPARE(es.code, ew.code);
        QVERIFY2(!ew.out.isEmpty(), qPrintable(ew.err));
        // The same metrics; only the embeddings folder it names differs.
        QString merged = es.out;
        merged.replace(sharded, whole);
        QVERIFY(merged != es.out);
        QCOMPARE(merged, ew.out);
    }

    void embedCsvShardsMergeByteForByte()
    {
        const QString whole = m_dir.filePath(QStringLiteral("whole.csv")), sharded = m_dir.filePath(QStringLiteral("sharded.csv"));
        const Run w = cli(QStringList{QStringLiteral("embed")} + common() + QStringList{QStringLiteral("--out"), whole});
        QVERIFY2(w.code == 0, qPrintable(w.err));
        const QStringList args = common() + QStringList{QStringLiteral("--out"), sharded};
        runShards(QStringLiteral("embed"), args);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFileInfo::exists(sharded + QStringLiteral(".shards/2-of-3/sharded.csv")));
        QVERIFY(QFileInfo::exists(sharded + QStringLiteral(".shards/2-of-3/shard.json")));
        const Run m = cli(QStringList{QStringLiteral("merge"), QStringLiteral("embed")} + args + QStringList{QStringLiteral("--shards"), QStringLiteral("3")});
        QVERIFY2(m.code == 0, qPrintable(m.err));
        QCOMPARE(bytes(sharded), bytes(whole));
    }

    void detectShardsMergeByteForByteAndRefusals()
    {
        const QString whole = m_dir.filePath(QStringLiteral("whole.tsv")), sharded = m_dir.filePath(QStringLiteral("sharded.tsv"));
        const Run w = cli(QStringList{QStringLiteral("detect")} + common() + QStringList{QStringLiteral("--out"), whole});
        QVERIFY2(w.code == 0, qPrintable(w.err));
        QVERIFY(w.out.isEmpty()); // --out: the results go to the file
        QCOMPARE(bytes(whole).count('\n'), 13); // the header line and 12 clips
        const QStringList args = common() + QStringList{QStringLiteral("--out"), sharded};
        runShards(QStringLiteral("detect"), args);
        if (QTest::currentTestFailed())
            return;
        // A complete shard is not run again.
        const Run again = cli(QStringList{QStringLiteral("detect")} + args + QStringList{QStringLiteral("--shard"), QStringLiteral("0/3")});
        QVERIFY2(again.code == 0 && again.err.contains(QStringLiteral("already complete")), qPrintable(again.err));

        const QString shardsRoot = sharded + QStringLiteral(".shards");
        // A shard from another model: its record names another model and weights.
        const QString s1 = shardsRoot + QStringLiteral("/1-of-3/shard.json");
        const QByteArray original = markOtherModel(s1);
        const Run other = cli(QStringList{QStringLiteral("merge"), QStringLiteral("detect")} + args);
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains(QStringLiteral("shard 1-of-3: made with model aasist")), qPrintable(other.err));
        QVERIFY(!QFileInfo::exists(sharded));
        QVERIFY(writeBytes(s1, original));
        // A missing shard (given N), then none missing when N is read from the folders... of which one is gone.
        QVERIFY(QDir(shardsRoot + QStringLiteral("/2-of-3")).removeRecursively());
        const Run missing = cli(QStringList{QStringLiteral("merge"), QStringLiteral("detect")} + args + QStringList{QStringLiteral("--shards"), QStringLiteral("3")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("shard 2-of-3: missing")), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(sharded));

        // The shard run again, then the merge is the unsharded output, byte for byte.
        const Run redo = cli(QStringList{QStringLiteral("detect")} + args + QStringList{QStringLiteral("--shard"), QStringLiteral("2/3")});
        QVERIFY2(redo.code == 0, qPrintable(redo.err));
        const Run m = cli(QStringList{QStringLiteral("merge"), QStringLiteral("detect")} + args);
        QVERIFY2(m.code == 0, qPrintable(m.err));
        QCOMPARE(bytes(sharded), bytes(whole));
    }

    // explain --protocol --shard K/3 and merge explain: OUT is what one unsharded run writes. Byte for byte: job.json,
    // summary.tsv, the mean TF maps (.npy) and every PNG, and each clip's attribution.npy, tf_map.npy, envelopes.npy.
    // report.json of each clip and summary.json: the same but for the fields any two runs differ in: "created" (the
    // time it was written) and, in report.json, settings.seconds (the time the clip took). job.log (the history of
    // the runs into the folder) differs: the merge writes one line per shard. 6 clips (--limit), 4 steps.
    void explainShardsMergeToTheUnshardedOutput()
    {
        const QString whole = m_dir.filePath(QStringLiteral("xwhole")), sharded = m_dir.filePath(QStringLiteral("xsharded"));
        const QStringList opts{QStringLiteral("--protocol"), m_protocol, QStringLiteral("--audio-root"), m_root, QStringLiteral("--limit"),
                               QStringLiteral("6"), QStringLiteral("--steps"), QStringLiteral("4"), QStringLiteral("--threads"), QStringLiteral("1"),
                               QStringLiteral("--no-progress")};
        const Run w = cli(QStringList{QStringLiteral("explain")} + opts + QStringList{QStringLiteral("--out"), whole});
        QVERIFY2(w.code == 0, qPrintable(w.err));
        const QStringList args = opts + QStringList{QStringLiteral("--out"), sharded};
        runShards(QStringLiteral("explain"), args);
        if (QTest::currentTestFailed())
            return;

        // Each shard: exactly its clips of the first 6 in its job.json, and a complete shard.json.
        int total = 0;
        for (int k = 0; k < 3; ++k) {
            const QString folder = sharded + QStringLiteral("/shards/%1-of-3").arg(k);
            QStringList expected, listed;
            for (const QString &key : m_keys.mid(0, 6))
                if (shardOfKey(key, 3) == k)
                    expected << key;
            for (const QJsonValue &v : json(folder + QStringLiteral("/job.json")).value(QStringLiteral("clips")).toArray())
                listed << v.toObject().value(QStringLiteral("file")).toString();
            QCOMPARE(listed, expected);
            total += expected.size();
            const QJsonObject s = json(folder + QStringLiteral("/shard.json"));
            QCOMPARE(s.value(QStringLiteral("command")).toString(), QStringLiteral("explain"));
            QCOMPARE(s.value(QStringLiteral("clips")).toInt(), expected.size());
            QCOMPARE(s.value(QStringLiteral("complete")).toBool(), true);
            QVERIFY(!s.value(QStringLiteral("arguments")).toArray().contains(QStringLiteral("--shard")));
        }
        QCOMPARE(total, 6);
        // A rerun shard resumes: nothing explained again.
        const Run again = cli(QStringList{QStringLiteral("explain")} + args + QStringList{QStringLiteral("--shard"), QStringLiteral("0/3")});
        QVERIFY2(again.code == 0 && again.out.contains(QStringLiteral(": 0 explained now")), qPrintable(again.out + again.err));
        // --shard of one clip is a usage error.
        const Run one = cli({QStringLiteral("explain"), m_root + QStringLiteral("/x.flac"), QStringLiteral("--out"), sharded, QStringLiteral("--shard"), QStringLiteral("0/2")});
        QCOMPARE(one.code, 2);
        QVERIFY2(one.err.contains(QStringLiteral("--shard splits a corpus")), qPrintable(one.err));

        // Broken shards are refused, naming the file, and nothing is written: a corrupt shard.json, then a shard
        // whose shard.json says complete but that lacks one of its clips.
        const QString s1 = sharded + QStringLiteral("/shards/1-of-3/shard.json");
        const QByteArray original = bytes(s1);
        QVERIFY(writeBytes(s1, "{\"shard\": "));
        const Run corrupt = cli(QStringList{QStringLiteral("merge"), QStringLiteral("explain")} + args);
        QCOMPARE(corrupt.code, 1);
        QVERIFY2(corrupt.err.contains(QStringLiteral("shard 1-of-3: ")) && corrupt.err.contains(QStringLiteral("1-of-3/shard.json: not a JSON object")),
                 qPrintable(corrupt.err));
        QVERIFY(!QFileInfo::exists(sharded + QStringLiteral("/job.json")) && !QFileInfo::exists(sharded + QStringLiteral("/clips")));
        QVERIFY(writeBytes(s1, original));
        QString victim; // a clip of a shard, moved away
        int victimShard = -1;
        for (int i = 0; i < 6 && victim.isEmpty(); ++i) {
            victimShard = shardOfKey(m_keys[i], 3);
            victim = QFileInfo(m_keys[i]).completeBaseName();
        }
        const QString victimDir = sharded + QStringLiteral("/shards/%1-of-3/clips/%2").arg(victimShard).arg(victim);
        QVERIFY(QDir().rename(victimDir, m_dir.filePath(QStringLiteral("away"))));
        const Run lacking = cli(QStringList{QStringLiteral("merge"), QStringLiteral("explain")} + args);
        QCOMPARE(lacking.code, 1);
        QVERIFY2(lacking.err.contains(victimDir + QStringLiteral("/report.json: missing")), qPrintable(lacking.err));
        QVERIFY(!QFileInfo::exists(sharded + QStringLiteral("/job.json")) && !QFileInfo::exists(sharded + QStringLiteral("/clips")));
        QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("away")), victimDir));

        const Run m = cli(QStringList{QStringLiteral("merge"), QStringLiteral("explain")} + args);
        QVERIFY2(m.code == 0, qPrintable(m.err));
        const QStringList files = filesUnder(whole);
        QCOMPARE(filesUnder(sharded, QStringLiteral("shards")), files);
        int pngs = 0, npys = 0;
        for (const QString &f : files) {
            const QString a = whole + QLatin1Char('/') + f, b = sharded + QLatin1Char('/') + f;
            if (f == QLatin1String("job.log"))
                continue;
            if (f == QLatin1String("summary.json") || f.endsWith(QLatin1String("/report.json"))) {
                QJsonObject ja = json(a), jb = json(b);
                QVERIFY2(ja.contains(QStringLiteral("created")) && jb.contains(QStringLiteral("created")), qPrintable(f));
                ja.remove(QStringLiteral("created"));
                jb.remove(QStringLiteral("created"));
                if (f != QLatin1String("summary.json")) {
                    QJsonObject sa = ja.value(QStringLiteral("settings")).toObject(), sb = jb.value(QStringLiteral("settings")).toObject();
                    QVERIFY2(sa.contains(QStringLiteral("seconds")), qPrintable(f));
                    sa.remove(QStringLiteral("seconds"));
                    sb.remove(QStringLiteral("seconds"));
                    ja.insert(QStringLiteral("settings"), sa);
                    jb.insert(QStringLiteral("settings"), sb);
                }
                QVERIFY2(ja == jb, qPrintable(f));
                continue;
            }
            pngs += f.endsWith(QLatin1String(".png"));
            npys += f.endsWith(QLatin1String(".npy"));
            QVERIFY2(bytes(a) == bytes(b), qPrintable(f));
        }
        QVERIFY(files.contains(QStringLiteral("job.json")) && files.contains(QStringLiteral("summary.tsv")));
        QVERIFY2(pngs >= 3 && npys >= 6 * 3, qPrintable(QStringLiteral("%1 PNGs, %2 .npy").arg(pngs).arg(npys)));
        // A second merge does not write over the first.
        const Run twice = cli(QStringList{QStringLiteral("merge"), QStringLiteral("explain")} + args);
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("already exists")), qPrintable(twice.err));
    }
    // library enrol --shard K/3 and merge library enrol: the library holds exactly what one unsharded enrol writes,
    // compared by reading both databases (SQLite files carry page layout): the sources, their counts and attributes
    // (`library list --json` without the dates), and every level's mean embeddings and enrolment embeddings bit for
    // bit (`library export --npy`, with --enrolments: in the order of the enrolments, which is the order a source's
    // mean is summed in). The protocol interleaves the attacks, so that sources of other levels (codec, vocoder,
    // acoustic model) take clips of several attack groups: their enrolments come in the same order only when the
    // merge enrols in the unsharded order (attack group by attack group), not the protocol's.
    void libraryShardsMergeToTheUnshardedLibrary()
    {
        // The 12 clips with A01 and A02 lines alternating.
        QFile pf(m_protocol);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = pf.readAll().split('\n');
        lines.removeAll(QByteArray());
        QList<QByteArray> a01, rest;
        for (int i = 1; i < lines.size(); ++i)
            (lines[i].split('\t').value(1) == "A01" ? a01 : rest) << lines[i];
        QByteArray mixed = lines.first() + '\n';
        for (int i = 0; i < std::max(a01.size(), rest.size()); ++i) {
            if (i < rest.size())
                mixed += rest[i] + '\n';
            if (i < a01.size())
                mixed += a01[i] + '\n';
        }
        const QString protocol = m_dir.filePath(QStringLiteral("mixed.tsv"));
        QVERIFY(writeBytes(protocol, mixed));
        const QString whole = m_dir.filePath(QStringLiteral("lwhole.db")), sharded = m_dir.filePath(QStringLiteral("lsharded.db"));
        for (const QString &db : {whole, sharded}) {
            const Run c = cli({QStringLiteral("library"), QStringLiteral("create"), QStringLiteral("--model"), QStringLiteral("sourcetrace-default"),
                               QStringLiteral("--out"), db});
            QVERIFY2(c.code == 0, qPrintable(c.err));
        }
        const QStringList opts{QStringLiteral("--protocol"), protocol, QStringLiteral("--root"), m_root, QStringLiteral("--threads"), QStringLiteral("1"),
                               QStringLiteral("--no-progress")};
        const Run w = cli(QStringList{QStringLiteral("library"), QStringLiteral("enrol"), whole} + opts);
        QVERIFY2(w.code == 0, qPrintable(w.err));
        const QStringList args = QStringList{QStringLiteral("enrol"), sharded} + opts;
        runShards(QStringLiteral("library"), args);
        if (QTest::currentTestFailed())
            return;
        int total = 0;
        for (int k = 0; k < 3; ++k) {
            const QString folder = sharded + QStringLiteral(".shards/%1-of-3").arg(k);
            QStringList expected;
            for (const QString &key : m_keys)
                if (shardOfKey(key, 3) == k)
                    expected << key;
            QStringList got = QString::fromUtf8(bytes(folder + QStringLiteral("/keys.txt"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            got.sort();
            expected.sort();
            QCOMPARE(got, expected);
            total += expected.size();
            const QJsonObject s = json(folder + QStringLiteral("/shard.json"));
            QCOMPARE(s.value(QStringLiteral("command")).toString(), QStringLiteral("library enrol"));
            QCOMPARE(s.value(QStringLiteral("complete")).toBool(), true);
        }
        QCOMPARE(total, 12);

        auto listed = [](const QString &db) {
            const Run l = cli({QStringLiteral("library"), QStringLiteral("list"), db, QStringLiteral("--json")});
            QJsonObject o = QJsonDocument::fromJson(l.out.toUtf8()).object();
            o.remove(QStringLiteral("library"));
            QJsonArray sources;
            for (const QJsonValue &v : o.value(QStringLiteral("sources")).toArray()) {
                QJsonObject src = v.toObject();
                src.remove(QStringLiteral("created"));
                src.remove(QStringLiteral("modified"));
                sources.append(src);
            }
            o.insert(QStringLiteral("sources"), sources);
            return o;
        };
        // A shard from another model is refused, naming it, and the library stays as it was (no sources).
        const QString s2 = sharded + QStringLiteral(".shards/2-of-3/shard.json");
        const QByteArray original = markOtherModel(s2);
        const Run other = cli(QStringList{QStringLiteral("merge"), QStringLiteral("library")} + args);
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains(QStringLiteral("shard 2-of-3: made with model aasist")), qPrintable(other.err));
        QVERIFY(listed(sharded).value(QStringLiteral("sources")).toArray().isEmpty());
        QVERIFY(writeBytes(s2, original));

        // Embeddings of another model in a shard's store (its shard.json intact): refused, naming the store's model.json.
        const QString mj = sharded + QStringLiteral(".shards/0-of-3/model.json");
        const QByteArray mjOriginal = bytes(mj);
        QJsonObject mo = QJsonDocument::fromJson(mjOriginal).object();
        mo.insert(QStringLiteral("weightsSha256"), QStringLiteral("0123456789abcdef"));
        QVERIFY(writeBytes(mj, QJsonDocument(mo).toJson()));
        const Run otherStore = cli(QStringList{QStringLiteral("merge"), QStringLiteral("library")} + args);
        QCOMPARE(otherStore.code, 1);
        QVERIFY2(otherStore.err.contains(mj + QStringLiteral(": the embeddings there come from model sourcetrace-default (weights 0123456789ab)")),
                 qPrintable(otherStore.err));
        QVERIFY(listed(sharded).value(QStringLiteral("sources")).toArray().isEmpty());
        QVERIFY(writeBytes(mj, mjOriginal));

        const Run m = cli(QStringList{QStringLiteral("merge"), QStringLiteral("library")} + args);
        QVERIFY2(m.code == 0 && m.err.contains(QStringLiteral("in one transaction")), qPrintable(m.err));
        const QJsonObject lw = listed(whole);
        QVERIFY(lw.value(QStringLiteral("sources")).toArray().size() >= 6);
        QCOMPARE(listed(sharded), lw);
        for (const QString &level : {QStringLiteral("attack"), QStringLiteral("acoustic_model"), QStringLiteral("vocoder"), QStringLiteral("codec")})
            for (const bool enrolments : {false, true}) {
                QStringList files;
                for (const QString &db : {whole, sharded}) {
                    const QString npy = db + QStringLiteral(".%1%2.npy").arg(level, enrolments ? QStringLiteral(".e") : QString());
                    QStringList ex{QStringLiteral("library"), QStringLiteral("export"), db, QStringLiteral("--level"), level, QStringLiteral("--npy"), npy};
                    if (enrolments)
                        ex << QStringLiteral("--enrolments");
                    const Run e = cli(ex);
                    QVERIFY2(e.code == 0, qPrintable(e.err));
                    files << npy;
                }
                QVERIFY2(bytes(files[0]) == bytes(files[1]), qPrintable(files[1]));
                QVERIFY2(bytes(files[0] + QStringLiteral(".sources.txt")) == bytes(files[1] + QStringLiteral(".sources.txt")), qPrintable(files[1]));
            }
    }
};

QTEST_GUILESS_MAIN(TestCliShardMerge)
#include "tst_cli_shard_merge.moc"
