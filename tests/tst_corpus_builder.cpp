// The training-corpus builder (scripts/corpus/build_corpus.py) on its tiny configuration: the protocol it writes
// is one the project reads, every clip decodes at 16 kHz mono, labels are complete at every level, the splits keep
// bona fide speakers and texts whole, the split files partition the protocol, the report holds the shortcut check,
// the same seed gives the same protocol, and a broken configuration is refused naming the file.
// Needs the corpus tools (scripts/corpus/install.sh); skips with a message when they are absent.
#include "audio/AudioFile.h"
#include "dataset/TrainingData.h"
#include "eval/Protocol.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace st;

namespace {

QString cacheDir()
{
    const QString env = qEnvironmentVariable("SOURCETRACE_CORPUS_CACHE");
    if (!env.isEmpty())
        return env;
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + "/.cache" : xdg) + "/sourcetrace-corpus";
}

struct Run
{
    int code = -1;
    QString out, err;
};

Run build(const QString &config, const QString &outDir)
{
    QProcess p;
    QStringList args{sttest::sourceDir() + "/scripts/corpus/build_corpus.py", "--config", config, "--out", outDir,
                     "--cache", cacheDir(), "--jobs", "2"};
    const QString shared = sttest::sharedDir();
    if (!shared.isEmpty())
        args << "--shared" << shared;
    p.start("/usr/bin/python3", args);
    p.waitForFinished(900000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QList<QStringList> readTsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split('\t');
    return rows;
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCorpusBuilder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_out;

private slots:
    void initTestCase()
    {
        for (const char *tool : {"espeak-ng", "flite", "text2wave", "ffmpeg", "sox"})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP(qPrintable(QString("%1 is not installed: run scripts/corpus/install.sh to test the corpus builder").arg(tool)));
        if (!QDir(cacheDir() + "/pkgroot").exists())
            QSKIP(qPrintable("no unpacked bona fide packages in " + cacheDir() + "/pkgroot: run scripts/corpus/install.sh"));
        if (!QFile::exists("/usr/bin/python3"))
            QSKIP("/usr/bin/python3 is absent");
        m_out = m_dir.filePath("corpus");
        const Run r = build(sttest::sourceDir() + "/scripts/corpus/configs/tiny.json", m_out);
        QVERIFY2(r.code == 0, qPrintable(r.err.right(3000)));
    }

    void protocolReadsAndClipsDecode()
    {
        const QString proto = m_out + "/protocol.tsv";
        const std::vector<LabelledClip> clips = readClipProtocol(proto);
        QVERIFY(clips.size() >= 20);
        int bona = 0;
        QSet<QString> systems;
        for (const LabelledClip &c : clips) {
            const AudioFile f(QDir(m_out).filePath(c.file));
            QCOMPARE(f.info().sampleRate, 16000);
            QCOMPARE(f.info().channels, 1);
            QVERIFY2(f.info().durationSeconds() > 0.1 && f.info().durationSeconds() < 6.0, qPrintable(c.file));
            QVERIFY(!c.codec.isEmpty());
            if (c.isBonafide) {
                ++bona;
                QCOMPARE(c.acousticModel, QString("bonafide"));
                QCOMPARE(c.vocoder, QString("bonafide"));
            } else {
                systems.insert(c.attack);
                QVERIFY(!c.acousticModel.isEmpty() && c.acousticModel != "bonafide");
                QVERIFY(!c.vocoder.isEmpty() && c.vocoder != "bonafide");
            }
            for (const char *col : {"speaker", "language", "split", "bandwidth", "engine", "voice", "text"})
                QVERIFY2(!c.attributes.value(col).isEmpty(), qPrintable(QString("%1: empty %2").arg(c.file, col)));
        }
        QVERIFY(bona >= 1);
        // Every synthesiser family of the configuration made clips: espeak-ng, flite, festival and SPTK copy synthesis.
        for (const QString &s : {"espeak-ng-harmonic", "espeak-ng-klatt", "flite-slt", "festival-kal", "sptk-mlsa"})
            QVERIFY2(systems.contains(s), qPrintable(s));
        // The learning engine reads it at every level.
        const train::TrainingDataset ds = train::TrainingDataset::fromProtocol(proto);
        QCOMPARE(int(ds.size()), int(clips.size()));
    }

    void splitsKeepSpeakersAndTextsWhole()
    {
        const QList<QStringList> rows = readTsv(m_out + "/protocol.tsv");
        const QStringList head = rows.first();
        const int iAtk = head.indexOf("attack"), iSpk = head.indexOf("speaker"), iSplit = head.indexOf("split"),
                  iText = head.indexOf("text"), iFile = head.indexOf("file");
        QVERIFY(iAtk >= 0 && iSpk >= 0 && iSplit >= 0 && iText >= 0 && iFile >= 0);
        QHash<QString, QString> speakerSplit, textSplit;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &r = rows[i];
            QVERIFY(QStringList({"train", "validation", "calibration"}).contains(r[iSplit]));
            if (r[iAtk] == "bonafide") {
                QVERIFY2(speakerSplit.value(r[iSpk], r[iSplit]) == r[iSplit], qPrintable(r[iSpk]));
                speakerSplit.insert(r[iSpk], r[iSplit]);
            } else if (!r[iAtk].startsWith("sptk")) {
                QVERIFY2(textSplit.value(r[iText], r[iSplit]) == r[iSplit], qPrintable(r[iText]));
                textSplit.insert(r[iText], r[iSplit]);
            }
        }
        // The three split files partition protocol.tsv.
        QSet<QString> all, parts;
        for (int i = 1; i < rows.size(); ++i)
            all.insert(rows[i][iFile]);
        int n = 0;
        for (const char *s : {"train", "validation", "calibration"}) {
            const QList<QStringList> part = readTsv(m_out + "/" + s + ".tsv");
            QCOMPARE(part.first(), head);
            for (int i = 1; i < part.size(); ++i) {
                QCOMPARE(part[i][iSplit], QString(s));
                parts.insert(part[i][iFile]);
                ++n;
            }
        }
        QCOMPARE(n, int(all.size()));
        QCOMPARE(parts, all);
    }

    void reportHoldsTheShortcutCheck()
    {
        const QJsonObject rep = QJsonDocument::fromJson(bytes(m_out + "/report.json")).object();
        QVERIFY(rep.value("clips").toInt() >= 20);
        QCOMPARE(rep.value("failed").toInt(), 0);
        const QJsonObject sc = rep.value("shortcut_check").toObject();
        QVERIFY(sc.value("features").toArray().size() >= 5);
        QVERIFY(sc.contains("class_means"));
        QVERIFY(bytes(m_out + "/report.md").contains("Shortcut check"));
    }

    void sameSeedSameCorpus()
    {
        // A second build from the same seed: the same protocol, and the same bytes for a synthetic clip.
        const QString second = m_dir.filePath("again");
        const Run r = build(sttest::sourceDir() + "/scripts/corpus/configs/tiny.json", second);
        QVERIFY2(r.code == 0, qPrintable(r.err.right(2000)));
        QCOMPARE(bytes(second + "/protocol.tsv"), bytes(m_out + "/protocol.tsv"));
        const QList<QStringList> rows = readTsv(m_out + "/protocol.tsv");
        const int iAtk = rows.first().indexOf("attack");
        for (int i = 1; i < rows.size(); ++i)
            if (rows[i][iAtk] == "espeak-ng-harmonic") {
                QCOMPARE(bytes(second + "/" + rows[i][0]), bytes(m_out + "/" + rows[i][0]));
                break;
            }
    }

    void brokenConfigurationIsRefused()
    {
        const QString cfg = m_dir.filePath("broken.json");
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"clips_per_system\": ");
        f.close();
        const Run r = build(cfg, m_dir.filePath("never"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("broken.json") && r.err.contains("cannot read the configuration"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCorpusBuilder)
#include "tst_corpus_builder.moc"
