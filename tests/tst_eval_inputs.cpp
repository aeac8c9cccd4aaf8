// Reliability of the eval readers and of `evaluate` (issue: defects 6 and 11 and the general requirements).
// Every test makes its own broken input in a QTemporaryDir and checks: an st::Error naming the file, the line
// (or row) and the cause; through the CLI the exit code and a `sourcetrace-cli` message; inputs byte-for-byte
// unchanged. Covers: NaN/Inf in score files, trial lists, embedding CSVs, .npy embeddings/logits and calibration
// inputs; duplicates in every protocol format; header-only protocols; invalid UTF-8; clip path resolution with
// `..` after a symlink; ambiguous base-name matches; .npy shapes that overflow or announce more than the file
// holds; atomic, non-clobbering evaluate outputs.
#include "eval/EmbeddingTable.h"
#include "eval/EvaluationRun.h"
#include "eval/LinearCalibration.h"
#include "eval/PooledEer.h"
#include "eval/Protocol.h"
#include "eval/ScoreFile.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>
#include <unistd.h>

using namespace st;

class TestEvalInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(p).absolutePath());
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    static QByteArray readAll(const QString &p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray sha(const QString &p) { return QCryptographicHash::hash(readAll(p), QCryptographicHash::Sha256); }

    /// Runs `fn`; expects an st::Error at `path`:`line` whose cause contains `needle`; checks the file is unchanged.
    static bool expectError(const std::function<void()> &fn, const QString &path, int line, const QString &needle)
    {
        const QByteArray before = sha(path);
        try {
            fn();
        } catch (const Error &e) {
            const bool ok = e.path() == path && e.line() == line && e.cause().contains(needle, Qt::CaseInsensitive)
                            && e.message().startsWith(line > 0 ? QStringLiteral("%1:%2: ").arg(path).arg(line) : path);
            if (!ok)
                qWarning("unexpected error: %s (wanted %s:%d: ...%s...)", e.what(), qPrintable(path), line,
                         qPrintable(needle));
            if (sha(path) != before) {
                qWarning("input changed: %s", qPrintable(path));
                return false;
            }
            return ok;
        }
        qWarning("no st::Error thrown for %s", qPrintable(path));
        return false;
    }

    static bool haveCli()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        return !exe.isEmpty() && QFileInfo(exe).isExecutable();
    }

    static int cli(const QStringList &args, QString *err = nullptr, QString *out = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("SOURCETRACE_CLI"), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    /// 3 attacks x 4 clips, 4-d embeddings near axis k: a CSV in the STOPA layout.
    QByteArray embeddingCsv(const QString &nanAt = {}) const
    {
        QByteArray s("file,0,1,2,3\n");
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 4; ++j) {
                const QString name = QStringLiteral("A0%1_c%2.flac").arg(k).arg(j);
                s += name.toUtf8();
                for (int d = 0; d < 4; ++d)
                    s += ',' + (name == nanAt && d == 2 ? QByteArray("nan")
                                                         : QByteArray::number(d == k ? 1.0 : 0.05 * (j + 1) * (d + 1)));
                s += '\n';
            }
        return s;
    }

private slots:
    // ------------------------------------------------------------------------------------------ defect 6

    void scoreFileNanInf_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("nan") << QByteArray("a 0.5\nb nan\n") << 2;
        QTest::newRow("inf") << QByteArray("a 0.5\n\nb -inf\n") << 3;
        QTest::newRow("overflow") << QByteArray("a 1e999\n") << 1;
        QTest::newRow("csv-nan") << QByteArray("file,score\na,NaN\n") << 2;
    }
    void scoreFileNanInf()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QString p = write(QStringLiteral("nan_scores.txt"), text);
        QVERIFY(expectError([&] { ScoreFile::read(p); }, p, line, QStringLiteral("not a finite number")));
        QVERIFY(expectError([&] { readDetectionScores(p); }, p, line, QStringLiteral("not a finite number")));
    }

    void jsonScoreInf()
    {
        const QString p = write(QStringLiteral("inf.jsonl"), "{\"file\":\"a\",\"score\":0.5}\n{\"file\":\"b\",\"score\":1e999}\n");
        try {
            const auto s = readDetectionScores(p);
            for (double v : s)
                QVERIFY(std::isfinite(v));
        } catch (const Error &e) {
            QCOMPARE(e.path(), p);
            QCOMPARE(e.line(), 2);
        }
    }

    void trialListNanScore()
    {
        const QString p = write(QStringLiteral("nan_trials.txt"),
                                "AbstractModel FileName ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel CosScore\n"
                                "AA01-nc-1 x.wav AA01 1 1 1 0.9\n"
                                "AA02-nc-1 x.wav AA01 0 0 0 nan\n");
        QVERIFY(expectError([&] { readStopaTrials(p); }, p, 3, QStringLiteral("CosScore 'nan' is not a finite number")));
    }

    void embeddingCsvNan()
    {
        const QString p = write(QStringLiteral("nan_emb.csv"), embeddingCsv(QStringLiteral("A01_c2.flac")));
        // header line 1, A00 x4 on lines 2-5, A01_c0 line 6 ... A01_c2 line 8; dimension 2 = field 4
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(p); }, p, 8, QStringLiteral("field 4 (dimension 2: 'nan')")));
        const QString q = write(QStringLiteral("inf_emb.csv"), "file,0,1\na,1,inf\n");
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(q); }, q, 2, QStringLiteral("not a finite number")));
        const QString r = write(QStringLiteral("big_emb.csv"), "file,0,1\na,1,1e300\n");
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(r); }, r, 2, QStringLiteral("float32 range")));
    }

    void evaluateTraceNanEmbeddingFails()
    {
        if (!haveCli())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        const QString p = write(QStringLiteral("cli_nan_emb.csv"), embeddingCsv(QStringLiteral("A01_c2.flac")));
        const QByteArray before = sha(p);
        QString err;
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), p,
                      QStringLiteral("--attack-from-filename"), QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("sourcetrace-cli")) && err.contains(p + QStringLiteral(":8: ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("not a finite number")), qPrintable(err));
        QCOMPARE(sha(p), before);
    }

    void npyEmbeddingsNanAndLogitsInf()
    {
        if (!haveCli())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        const QString dir = m_dir.filePath(QStringLiteral("npy_emb"));
        QDir().mkpath(dir);
        std::vector<float> emb;
        QByteArray keys;
        for (int k = 0; k < 2; ++k)
            for (int j = 0; j < 3; ++j) {
                for (int d = 0; d < 3; ++d)
                    emb.push_back(d == k ? 1.0f : 0.1f * float(j));
                keys += QStringLiteral("A0%1_c%2.flac\n").arg(k).arg(j).toUtf8();
            }
        emb[4 * 3 + 1] = std::numeric_limits<float>::quiet_NaN(); // row 4 = A01_c1
        writeNpy(dir + QStringLiteral("/embeddings.npy"), emb.data(), {6, 3});
        write(QStringLiteral("npy_emb/keys.txt"), keys);
        QString err;
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), dir,
                      QStringLiteral("--attack-from-filename"), QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(dir + QStringLiteral("/embeddings.npy: row 4 (key 'A01_c1.flac'), dimension 1 is NaN")),
                 qPrintable(err));
        emb[4 * 3 + 1] = 0.5f;
        writeNpy(dir + QStringLiteral("/embeddings.npy"), emb.data(), {6, 3});
        std::vector<float> logits(6 * 2, 0.0f);
        logits[5 * 2 + 0] = std::numeric_limits<float>::infinity();
        writeNpy(dir + QStringLiteral("/logits.npy"), logits.data(), {6, 2});
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("trace"), QStringLiteral("--embeddings"), dir,
                      QStringLiteral("--attack-from-filename"), QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(dir + QStringLiteral("/logits.npy: row 5 (key 'A01_c2.flac'), class 0 is infinite")),
                 qPrintable(err));
    }

    void calibrationRefusesInfinite()
    {
        const std::vector<double> tar{1, 2, std::numeric_limits<double>::infinity()}, non{-1, 0};
        try {
            LinearCalibration::train(tar, non, 0.5);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.cause().contains(QStringLiteral("target score 2 is +inf")), e.what());
        }
    }

    // ------------------------------------------------------------------------------------------ defect 11

    void duplicatesRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        QTest::newRow("asvspoof2019") << QByteArray("LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_2 - A01 spoof\nLA_2 LA_T_1 - A02 spoof\n")
                                      << 3 << QStringLiteral("'LA_T_1' is listed twice (first on line 1)");
        QTest::newRow("asvspoof2021") << QByteArray("LA_1 E_1 alaw tx A07 spoof notrim eval\n\nLA_1 E_1 alaw tx A07 spoof notrim eval\n")
                                      << 3 << QStringLiteral("'E_1' is listed twice (first on line 1)");
        QTest::newRow("mlaad") << QByteArray("path,model_name,architecture\nf/a.wav,griffin_lim,gl\nf/b.wav,vits,vits\nf/a.wav,vits,vits\n")
                               << 4 << QStringLiteral("'f/a.wav' is listed twice (first on line 2)");
        QTest::newRow("project-tsv") << QByteArray("file\tattack\na.flac\tA01\na.flac\tA02\n") << 3
                                     << QStringLiteral("listed twice (first on line 2)");
    }
    void duplicatesRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, needle);
        const QString p = write(QStringLiteral("dup_%1.txt").arg(QLatin1String(QTest::currentDataTag())), text);
        QVERIFY(expectError([&] { readClipProtocol(p); }, p, line, needle));
    }

    void duplicateTrialRefused()
    {
        const QString p = write(QStringLiteral("dup_trials.csv"),
                                "AbstractModel,FileName,ATK,IsTargetATK,IsTargetAcousticModel,IsTargetVocoderModel,CosScore\n"
                                "AA01-nc-1,x.wav,AA01,1,1,1,0.9\n"
                                "AA02-nc-1,x.wav,AA01,0,0,0,0.1\n"
                                "AbstractModel,FileName,ATK,IsTargetATK,IsTargetAcousticModel,IsTargetVocoderModel,CosScore\n"
                                "AA01-nc-1,x.wav,AA01,1,1,1,0.9\n");
        QVERIFY(expectError([&] { readStopaTrials(p); }, p, 5,
                            QStringLiteral("trial 'x.wav' vs 'AA01-nc-1' is listed twice (first on line 2)")));
        // the same clip against two fingerprints and the repeated header are fine
        const QString q = write(QStringLiteral("ok_trials.csv"),
                                "AbstractModel,FileName,ATK,IsTargetATK,IsTargetAcousticModel,IsTargetVocoderModel,CosScore\n"
                                "AA01-nc-1,x.wav,AA01,1,1,1,0.9\n"
                                "AbstractModel,FileName,ATK,IsTargetATK,IsTargetAcousticModel,IsTargetVocoderModel,CosScore\n"
                                "AA02-nc-1,x.wav,AA01,0,0,0,0.1\n");
        QCOMPARE(readStopaTrials(q).size(), std::size_t(2));
    }

    void evaluateDetectionDuplicateFails()
    {
        if (!haveCli())
            QSKIP("SOURCETRACE_CLI is not set (run through ctest)");
        const QString p = write(QStringLiteral("cli_dup.txt"),
                                "LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_2 - A01 spoof\nLA_1 LA_T_2 - A01 spoof\n");
        const QString s = write(QStringLiteral("cli_dup_scores.txt"), "LA_T_1 1\nLA_T_2 0\n");
        const QByteArray before = sha(p);
        QString err;
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), p,
                      QStringLiteral("--scores"), s, QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("sourcetrace-cli evaluate: ") + p + QStringLiteral(":3: ")), qPrintable(err));
        QCOMPARE(sha(p), before);
        // an output folder holding someone else's file is refused with exit 1, the file untouched
        const QString good = write(QStringLiteral("cli_good.txt"), "LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_2 - A01 spoof\n");
        const QString mine = write(QStringLiteral("cli_foreign/results.xlsx"), "mine");
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), good,
                      QStringLiteral("--scores"), s, QStringLiteral("--out"), QFileInfo(mine).absolutePath(),
                      QStringLiteral("--no-progress")},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("'results.xlsx', which is not an output of `evaluate`")), qPrintable(err));
        QCOMPARE(readAll(mine), QByteArray("mine"));
        const QString fresh = m_dir.filePath(QStringLiteral("cli_fresh"));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("detection"), QStringLiteral("--protocol"), good,
                      QStringLiteral("--scores"), s, QStringLiteral("--out"), fresh, QStringLiteral("--no-progress")},
                     &err),
                 0);
        QVERIFY(QFileInfo::exists(fresh + QStringLiteral("/metrics.json")));
    }

    void headerOnly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("project-tsv") << QByteArray("\nfile\tattack\tcodec\n\n") << 2;
        QTest::newRow("mlaad") << QByteArray("path,model_name\n") << 1;
        QTest::newRow("file-list") << QByteArray("file\tx\n") << 1;
    }
    void headerOnly()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QString p = write(QStringLiteral("header_%1.txt").arg(QLatin1String(QTest::currentDataTag())), text);
        const auto read = [&] {
            if (detectProtocolFormat(p) == ProtocolFormat::Unknown)
                readFileListTsv(p);
            else
                readClipProtocol(p);
        };
        QVERIFY(expectError(read, p, line, QStringLiteral("protocol file has a header (line %1) and no rows").arg(line)));
        const QString t = write(QStringLiteral("header_trials.txt"),
                                "AbstractModel FileName ATK IsTargetATK IsTargetAcousticModel IsTargetVocoderModel\n");
        QVERIFY(expectError([&] { readStopaTrials(t); }, t, 1, QStringLiteral("trial list has a header (line 1) and no rows")));
        const QString e = write(QStringLiteral("header_emb.csv"), "file,0,1\n");
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(e); }, e, 1, QStringLiteral("has a header (line 1) and no rows")));
        const QString empty = write(QStringLiteral("empty_protocol.txt"), "\n\n");
        QVERIFY(expectError([&] { readClipProtocol(empty); }, empty, 0, QStringLiteral("empty")));
    }

    void invalidUtf8Refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("project-tsv") << QByteArray("file\tattack\na.flac\tA\xff" "01\n") << 2;
        QTest::newRow("asvspoof") << QByteArray("LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_\xc3\x28 - A01 spoof\n") << 2;
        QTest::newRow("mlaad") << QByteArray("path,model_name\nf/a.wav,gl\nf/b.wav,vits\xed\xa0\x80\n") << 3; // surrogate
        QTest::newRow("overlong") << QByteArray("file\tattack\na.flac\t\xc0\xaf\n") << 2;
    }
    void invalidUtf8Refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QString p = write(QStringLiteral("utf8_%1.txt").arg(QLatin1String(QTest::currentDataTag())), text);
        QVERIFY(expectError([&] { readClipProtocol(p); }, p, line, QStringLiteral("invalid UTF-8 at byte")));
        // valid multi-byte labels pass
        const QString ok = write(QStringLiteral("utf8_ok.tsv"), "file\tattack\nä/ß.flac\t攻撃😀\n");
        QCOMPARE(readClipProtocol(ok).front().attack, QStringLiteral("攻撃😀"));
        const QString s = write(QStringLiteral("utf8_scores.txt"), "ok 1\nb\xff 2\n");
        QVERIFY(expectError([&] { ScoreFile::read(s); }, s, 2, QStringLiteral("invalid UTF-8")));
        const QString e = write(QStringLiteral("utf8_emb.csv"), "file,0\na,1\nb\xfe,2\n");
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(e); }, e, 3, QStringLiteral("invalid UTF-8")));
    }

    void clipPathWithDotDotAfterSymlink()
    {
        // root/sub/link -> root/deep/inner ; "sub/link/../x.wav" is root/deep/x.wav to the kernel, while a textual
        // clean would make it root/sub/x.wav (absent).
        const QString root = m_dir.filePath(QStringLiteral("links"));
        QDir().mkpath(root + QStringLiteral("/sub"));
        QDir().mkpath(root + QStringLiteral("/deep/inner"));
        QVERIFY(QFile::link(root + QStringLiteral("/deep/inner"), root + QStringLiteral("/sub/link")));
        write(QStringLiteral("links/deep/x.wav"), "RIFF");
        const QString resolved = resolveClipPath(root, QStringLiteral("sub/link/../x.wav"));
        QVERIFY2(QFileInfo::exists(resolved), qPrintable(resolved));
        QCOMPARE(QFileInfo(resolved).canonicalFilePath(), QFileInfo(root + QStringLiteral("/deep/x.wav")).canonicalFilePath());
        QVERIFY(!QFileInfo::exists(QDir::cleanPath(root + QStringLiteral("/sub/link/../x.wav")))); // what cleaning gave
        // a plain path stays as written; an absent one too; ASVspoof names get .flac when that exists
        QCOMPARE(resolveClipPath(root, QStringLiteral("deep/x.wav")), root + QStringLiteral("/deep/x.wav"));
        QCOMPARE(resolveClipPath(root, QStringLiteral("sub/../absent.wav")), root + QStringLiteral("/sub/../absent.wav"));
        write(QStringLiteral("links/LA_T_1.flac"), "fLaC");
        QCOMPARE(resolveClipPath(root, QStringLiteral("LA_T_1")), root + QStringLiteral("/LA_T_1.flac"));
        QCOMPARE(resolveClipPath(root, QStringLiteral("/abs/a.wav")), QStringLiteral("/abs/a.wav"));
        // the protocol's own folder is not cleaned either: sub/link/../p.tsv lives in deep/
        const QString viaLink = root + QStringLiteral("/sub/link/../p.tsv");
        write(QStringLiteral("links/deep/p.tsv"), "file\tattack\nx.wav\tA01\n");
        QCOMPARE(protocolFolder(viaLink), root + QStringLiteral("/sub/link/.."));
        QVERIFY(QFileInfo::exists(resolveClipPath(protocolFolder(viaLink), readClipProtocol(viaLink).front().file)));
        QCOMPARE(protocolFolder(QStringLiteral("p.tsv")), QDir::currentPath());
    }

    void ambiguousBaseNames()
    {
        ScoreFile sf;
        sf.byFile.insert(QStringLiteral("a/x.wav"), 1.0);
        sf.byFile.insert(QStringLiteral("b/x.wav"), 2.0);
        LabelledClip c;
        c.file = QStringLiteral("x");
        try {
            sf.forClips({c}, QStringLiteral("s.txt"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.cause().contains(QStringLiteral("matches several")), e.what());
        }
        // one score for two protocol clips (by base name) is refused
        ScoreFile one;
        one.byFile.insert(QStringLiteral("x"), 1.0);
        LabelledClip c1, c2;
        c1.file = QStringLiteral("a/x.flac");
        c2.file = QStringLiteral("b/x.flac");
        try {
            one.forClips({c1, c2}, QStringLiteral("s.txt"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.cause().contains(QStringLiteral("would count for two clips")), e.what());
        }
    }

    void duplicateEmbeddingNames()
    {
        const QString p = write(QStringLiteral("dup_emb.csv"), "file,0,1\na,1,2\nb,3,4\na,5,6\n");
        QVERIFY(expectError([&] { EmbeddingTable::readCsv(p); }, p, 4, QStringLiteral("'a' is listed twice (first on line 2)")));
    }

    // ------------------------------------------------------------------------------------------ .npy

    void npyHostileHeaders()
    {
        const auto npy = [&](const QString &name, const QByteArray &dict, const QByteArray &data, int version = 1,
                             qint64 announced = -1) {
            QByteArray d = dict;
            while ((10 + d.size() + 1) % 64)
                d += ' ';
            d += '\n';
            QByteArray h("\x93NUMPY", 6);
            h += char(version);
            h += char(0);
            const qint64 len = announced >= 0 ? announced : d.size();
            if (version == 1) {
                h += char(len & 0xff);
                h += char((len >> 8) & 0xff);
            } else {
                for (int i = 0; i < 4; ++i)
                    h += char((len >> (8 * i)) & 0xff);
            }
            return write(name, h + d + data);
        };
        std::vector<int64_t> shape;
        const QString over = npy(QStringLiteral("over.npy"),
                                 "{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4611686018427387904), }", "");
        QVERIFY(expectError([&] { readNpy(over, shape); }, over, 0, QStringLiteral("overflows")));
        const QString wrap = npy(QStringLiteral("wrap.npy"),
                                 "{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", "");
        QVERIFY(expectError([&] { readNpy(wrap, shape); }, wrap, 0, QStringLiteral("overflows")));
        const QString big = npy(QStringLiteral("big.npy"), "{'descr': '<f8', 'fortran_order': False, 'shape': (100000, 100000), }",
                                QByteArray(64, '\0'));
        QVERIFY(expectError([&] { readNpy(big, shape); }, big, 0, QStringLiteral("truncated .npy data")));
        const QString hdr = npy(QStringLiteral("hdr.npy"), "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }",
                                QByteArray(4, '\0'), 2, 0xFFFFFFF0ll);
        QVERIFY(expectError([&] { readNpy(hdr, shape); }, hdr, 0, QStringLiteral("truncated .npy header")));
    }

    // ------------------------------------------------------------------------------------------ outputs

    void outputsAtomicAndNotClobbering()
    {
        const QString prot = write(QStringLiteral("out_prot.txt"),
                                   "LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_2 - - bonafide\nLA_1 LA_T_3 - A01 spoof\n"
                                   "LA_1 LA_T_4 - A02 spoof\n");
        const QString scores = write(QStringLiteral("out_scores.txt"), "LA_T_1 2\nLA_T_2 0.5\nLA_T_3 1\nLA_T_4 -1\n");
        EvaluationOptions o;
        o.mode = EvaluationMode::Detection;
        o.protocol = prot;
        o.scores = scores;
        o.outDir = m_dir.filePath(QStringLiteral("out_det"));
        const EvaluationResult r1 = runEvaluation(o);
        const QString metrics = QDir(o.outDir).filePath(QStringLiteral("metrics.json"));
        const QByteArray m1 = readAll(metrics);
        QVERIFY(!m1.isEmpty());
        // a rerun into the same folder replaces every output whole; no temporary files are left
        write(QStringLiteral("out_scores.txt"), "LA_T_1 2\nLA_T_2 -2\nLA_T_3 1\nLA_T_4 -1\n");
        const EvaluationResult r2 = runEvaluation(o);
        const QStringList entries = QDir(o.outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QStringList expected;
        for (const QString &f : r2.writtenFiles)
            expected << QFileInfo(f).fileName();
        expected.sort();
        QStringList sortedEntries = entries;
        sortedEntries.sort();
        QCOMPARE(sortedEntries, expected);
        QVERIFY(readAll(metrics) != m1);
        QVERIFY(QJsonDocument::fromJson(readAll(metrics)).isObject());

        // stale outputs of another kind of run are removed (the folder describes one run)
        write(QStringLiteral("out_det/confusion.csv"), "stale\n");
        runEvaluation(o);
        QVERIFY(!QFileInfo::exists(QDir(o.outDir).filePath(QStringLiteral("confusion.csv"))));
        // a leftover temporary file of a killed run is cleaned up
        write(QStringLiteral("out_det/det.csv.AbC123"), "half");
        runEvaluation(o);
        QVERIFY(!QFileInfo::exists(QDir(o.outDir).filePath(QStringLiteral("det.csv.AbC123"))));

        // a folder holding something else is refused, and nothing in it is touched
        const QString foreign = write(QStringLiteral("out_foreign/notes.txt"), "my notes\n");
        const QString foreignMetrics = write(QStringLiteral("out_foreign/metrics.json"), "{\"mine\": true}\n");
        o.outDir = m_dir.filePath(QStringLiteral("out_foreign"));
        QVERIFY(expectError([&] { runEvaluation(o); }, o.outDir, 0, QStringLiteral("'notes.txt', which is not an output")));
        QCOMPARE(readAll(foreign), QByteArray("my notes\n"));
        QCOMPARE(readAll(foreignMetrics), QByteArray("{\"mine\": true}\n"));

        // a forced failure (the folder is read-only) leaves the previous outputs intact
        if (::geteuid() != 0) { // root ignores permissions
            o.outDir = m_dir.filePath(QStringLiteral("out_det"));
            const QByteArray before = readAll(metrics);
            const QByteArray det = readAll(QDir(o.outDir).filePath(QStringLiteral("det.csv")));
            QVERIFY(QFile::setPermissions(o.outDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            bool threw = false;
            try {
                runEvaluation(o);
            } catch (const Error &e) {
                threw = true;
                QVERIFY2(e.message().contains(o.outDir), e.what());
            }
            QFile::setPermissions(o.outDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY(threw);
            QCOMPARE(readAll(metrics), before);
            QCOMPARE(readAll(QDir(o.outDir).filePath(QStringLiteral("det.csv"))), det);
        }
        // an output path that is a file is refused
        const QString file = write(QStringLiteral("out_is_file"), "x");
        o.outDir = file;
        QVERIFY(expectError([&] { runEvaluation(o); }, file, 0, QStringLiteral("not a folder")));
    }

    void outputSymlinkRefused()
    {
        const QString dir = m_dir.filePath(QStringLiteral("out_link"));
        QDir().mkpath(dir);
        const QString target = write(QStringLiteral("precious.txt"), "precious\n");
        QVERIFY(QFile::link(target, dir + QStringLiteral("/metrics.json")));
        const QString prot = write(QStringLiteral("link_prot.txt"), "LA_1 LA_T_1 - - bonafide\nLA_1 LA_T_3 - A01 spoof\n");
        const QString scores = write(QStringLiteral("link_scores.txt"), "LA_T_1 2\nLA_T_3 1\n");
        EvaluationOptions o;
        o.mode = EvaluationMode::Detection;
        o.protocol = prot;
        o.scores = scores;
        o.outDir = dir;
        QVERIFY(expectError([&] { runEvaluation(o); }, dir, 0, QStringLiteral("'metrics.json', which is not an output")));
        QCOMPARE(readAll(target), QByteArray("precious\n"));
    }
};

QTEST_GUILESS_MAIN(TestEvalInputs)
#include "tst_eval_inputs.moc"
