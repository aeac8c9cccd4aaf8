// Artefact statistics (core/explain/ArtefactStats.h) on synthetic explanations with hand-computed answers.
//
// Clips at 100 Hz, 100 samples (1 s), frames of 10 samples (10 frames):
//   c1 spoof     a = 1 on samples [20, 40), 0 elsewhere       glitch [0.2, 0.4)
//   c2 spoof     a = 1 everywhere (folder named "c2.flac")     glitch [0.5, 1.0), breath [0, 0.5)
//   c3 bonafide  a = -2 on [0, 50), 1 on [50, 100)             breath [0, 0.5)
//   c4 bonafide  a = 0 on [0, 50), 3 on [50, 100)              noise [0, 0.5)
//   c5 spoof     no folder; c6 spoof: attribution.npy is not .npy; c7 bonafide: envelopes.npy has 9 frames
// Glitch: attribution inside 20 + 50 of 20 + 100 -> 7/12 pooled; per clip 1 and 0.5 -> mean 0.75; time
// 40 + 50... (20 + 50) / 200 = 0.35; enrichment (7/12) / 0.35 = 5/3. Correlation: c1 1 (envelope and mask are
// the same frames), c2 undefined (constant envelope); pooled over 20 frames: x twelve 10s and eight 0s, mask 7
// ones, sum xm = 70 -> (70 - 20*6*0.35) / sqrt((1200 - 720) * (7 - 2.45)) = 28 / sqrt(2184). Presence only on
// spoofs -> EER 0.
// Breath: inside 50 (c2) + 100 (c3) of 100 + 150 -> 0.6; mean (0.5 + 2/3) / 2; time 0.5; enrichment 1.2;
// correlation c3 1, c2 undefined; pooled 25 / sqrt(375 * 5) = 1/sqrt(3); on one clip of each class -> EER 0.5.
// Noise: share 0, time 0.5, correlation -1 (attribution only outside); only on a bona fide clip -> EER 1 (spoof
// is the target class).
#include "case/AnnotationCsv.h"
#include "explain/ArtefactStats.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>

using namespace st;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Writes a clip folder as AttributionReport::writeTo lays it out.
void writeClip(const QString &dir, const std::vector<float> &a, const QString &sha, int frameSamples = 10, int envFrames = -1)
{
    QVERIFY(QDir().mkpath(dir));
    const int rate = 100;
    writeNpy(dir + "/attribution.npy", a.data(), {int64_t(a.size())});
    const int64_t frames = envFrames >= 0 ? envFrames : (int64_t(a.size()) + frameSamples - 1) / frameSamples;
    std::vector<float> env(std::size_t(3 * frames), 0.0f);
    for (int64_t f = 0; f < frames; ++f) {
        double s = 0, as = 0;
        for (int64_t i = f * frameSamples; i < std::min<int64_t>(int64_t(a.size()), (f + 1) * frameSamples); ++i) {
            s += a[std::size_t(i)];
            as += std::abs(a[std::size_t(i)]);
        }
        env[std::size_t(f)] = float(s);
        env[std::size_t(frames + f)] = float(as);
        env[std::size_t(2 * frames + f)] = float(s);
    }
    writeNpy(dir + "/envelopes.npy", env.data(), {3, frames});
    std::vector<float> tf(std::size_t(frames * 4), 0.0f);
    writeNpy(dir + "/tf_map.npy", tf.data(), {frames, 4});
    const QJsonObject o{{"format", "sourcetrace-attribution"},
                        {"formatVersion", 1},
                        {"evidence", QJsonObject{{"path", dir + ".flac"}, {"sha256", sha}, {"sampleRate", rate},
                                                 {"samples", double(a.size())}, {"seconds", double(a.size()) / rate}}},
                        {"frames", QJsonObject{{"frameSamples", frameSamples}, {"frameSeconds", double(frameSamples) / rate}}},
                        {"files", QJsonObject{{"attribution", "attribution.npy"}, {"tfMap", "tf_map.npy"}, {"envelopes", "envelopes.npy"}}}};
    writeText(dir + "/report.json", QJsonDocument(o).toJson());
}

std::vector<float> piecewise(std::initializer_list<std::pair<int, float>> runs)
{
    std::vector<float> v;
    for (const auto &r : runs)
        v.insert(v.end(), std::size_t(r.first), r.second);
    return v;
}

const ArtefactCueStats *find(const ArtefactStatsResult &r, Cue c)
{
    for (const auto &s : r.cues)
        if (s.cue == c)
            return &s;
    return nullptr;
}

const QString kSha4 = QString(64, QLatin1Char('4'));

} // namespace

class TestArtefacts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_root, m_protocol;

    QString csv(const QString &name, const QByteArray &body, const char *header = "file")
    {
        const QString p = m_tmp.filePath(name);
        writeText(p, QByteArray(header) + ",start_s,end_s,low_hz,high_hz,cue,locality,audible,text\n" + body);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath("explanations");
        writeClip(m_root + "/c1", piecewise({{20, 0.f}, {20, 1.f}, {60, 0.f}}), QString(64, QLatin1Char('1')));
        writeClip(m_root + "/c2.flac", piecewise({{100, 1.f}}), QString(64, QLatin1Char('2')));
        writeClip(m_root + "/c3", piecewise({{50, -2.f}, {50, 1.f}}), QString(64, QLatin1Char('3')));
        writeClip(m_root + "/c4", piecewise({{50, 0.f}, {50, 3.f}}), kSha4);
        writeClip(m_root + "/c6", piecewise({{100, 1.f}}), QString(64, QLatin1Char('6')));
        writeText(m_root + "/c6/attribution.npy", "this is not a numpy file");
        writeClip(m_root + "/c7", piecewise({{100, 1.f}}), QString(64, QLatin1Char('7')), 10, 9);
        m_protocol = m_tmp.filePath("protocol.tsv");
        writeText(m_protocol, "file\tattack\nc1.flac\tA01\nc2.flac\tA02\nc3.flac\tbonafide\nc4.flac\tbonafide\n"
                              "c5.flac\tA01\nc6.flac\tA01\nc7.flac\tbonafide\n");
    }

    void knownAnswers()
    {
        const QString a = csv("a.csv", "c1.flac,0.2,0.4,,,glitch,3,no,\n"
                                       "c2.flac,0.5,1.0,,,glitch,3,no,\n"
                                       "c2.flac,0,0.5,,,breath,3,no,\n"
                                       "c3.flac,0,0.5,,,breath,3,yes,\"a, quoted text\"\n"
                                       "c4.flac,0,0.5,,,noise,2,no,\n");
        const ArtefactStatsResult r = computeArtefactStats(m_protocol, a, m_root);
        QCOMPARE(r.protocolClips, 7);
        QCOMPARE(r.usedClips, 4);
        QCOMPARE(r.spoofClips, 2);
        QCOMPARE(r.bonafideClips, 2);
        QCOMPARE(r.annotationsUsed, 5);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join('\n')));
        QCOMPARE(r.skipped.size(), 3);
        QVERIFY(r.skipped[0].startsWith("c5.flac: no explanation folder"));
        QVERIFY2(r.skipped[1].startsWith("c6.flac: ") && r.skipped[1].contains("attribution.npy"), qPrintable(r.skipped[1]));
        QVERIFY2(r.skipped[2].startsWith("c7.flac: ") && r.skipped[2].contains("envelopes.npy") && r.skipped[2].contains("9 frames"),
                 qPrintable(r.skipped[2]));
        QCOMPARE(r.cues.size(), std::size_t(3));

        const ArtefactCueStats *g = find(r, Cue::Glitch);
        QVERIFY(g);
        QCOMPARE(g->regions, 2);
        QCOMPARE(g->clipsWithCue, 2);
        QCOMPARE(g->spoofWithCue, 2);
        QCOMPARE(g->bonafideWithCue, 0);
        QVERIFY(qFuzzyCompare(g->attributionSharePooled, 7.0 / 12.0));
        QVERIFY(qFuzzyCompare(g->attributionShareMean, 0.75));
        QVERIFY(qFuzzyCompare(g->timeSharePooled, 0.35));
        QVERIFY(qFuzzyCompare(g->timeShareMean, 0.35));
        QVERIFY(qFuzzyCompare(g->enrichment, 5.0 / 3.0));
        QCOMPARE(g->correlationClips, 1);
        QVERIFY(qFuzzyCompare(g->correlationMean, 1.0));
        QCOMPARE(g->correlationSd, 0.0);
        QVERIFY(qFuzzyCompare(g->correlationPooled, 28.0 / std::sqrt(2184.0)));
        QCOMPARE(g->presenceEer, 0.0);
        QCOMPARE(g->coverageEer, 0.0);

        const ArtefactCueStats *b = find(r, Cue::Breath);
        QVERIFY(b);
        QCOMPARE(b->clipsWithCue, 2);
        QCOMPARE(b->spoofWithCue, 1);
        QCOMPARE(b->bonafideWithCue, 1);
        QVERIFY(qFuzzyCompare(b->attributionSharePooled, 0.6));
        QVERIFY(qFuzzyCompare(b->attributionShareMean, (0.5 + 2.0 / 3.0) / 2.0));
        QVERIFY(qFuzzyCompare(b->timeSharePooled, 0.5));
        QVERIFY(qFuzzyCompare(b->enrichment, 1.2));
        QCOMPARE(b->correlationClips, 1);
        QVERIFY(qFuzzyCompare(b->correlationMean, 1.0));
        QVERIFY(qFuzzyCompare(b->correlationPooled, 1.0 / std::sqrt(3.0)));
        QCOMPARE(b->presenceEer, 0.5);
        QCOMPARE(b->coverageEer, 0.5);

        const ArtefactCueStats *n = find(r, Cue::Noise);
        QVERIFY(n);
        QCOMPARE(n->attributionSharePooled, 0.0);
        QCOMPARE(n->enrichment, 0.0);
        QVERIFY(qFuzzyCompare(n->timeSharePooled, 0.5));
        QVERIFY(qFuzzyCompare(n->correlationMean, -1.0));
        QCOMPARE(n->presenceEer, 1.0);

        // TSV: a header and one line per cue; JSON: the same numbers.
        const QStringList lines = r.toTsv().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("cue\tregions\tclips"));
        QVERIFY2(lines[2].startsWith("glitch\t2\t2\t0\t2\t0.35\t0.583333\t"), qPrintable(lines[2]));
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value("format").toString(), QString("sourcetrace-artefacts/1"));
        QCOMPARE(j.value("usedClips").toInt(), 4);
        QCOMPARE(j.value("cues").toArray().at(2).toObject().value("presenceEer").toDouble(), 1.0);
    }

    void sha256KeyedRows()
    {
        const QString a = csv("sha.csv", kSha4.toUtf8() + ",0,0.5,,,noise,2,no,\n" + QByteArray(64, '9') + ",0,0.5,,,noise,2,no,\n",
                              "evidence_sha256");
        const ArtefactStatsResult r = computeArtefactStats(m_protocol, a, m_root);
        QCOMPARE(r.annotationsUsed, 1);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems[0].startsWith(a + ":3: no explained clip") && r.problems[0].contains("9999"), qPrintable(r.problems[0]));
        const ArtefactCueStats *n = find(r, Cue::Noise);
        QVERIFY(n);
        QCOMPARE(n->clipsWithCue, 1);
        QVERIFY(qFuzzyCompare(n->correlationMean, -1.0));
    }

    void brokenAnnotations()
    {
        const QString a = csv("bad.csv", "nosuch.flac,0.2,0.4,,,glitch,3,no,\n"
                                         "c1.flac,0.4,0.2,,,glitch,3,no,\n"
                                         "c1.flac,0.2,0.4,,,wobble,3,no,\n"
                                         "c1.flac,1.5,2,,,glitch,3,no,\n"
                                         "c1.flac,abc,0.4,,,glitch,3,no,\n"
                                         "c1.flac,0.2,0.4,,,glitch,3,no,\n");
        const ArtefactStatsResult r = computeArtefactStats(m_protocol, a, m_root);
        QCOMPARE(r.annotationsUsed, 1);
        QCOMPARE(r.problems.size(), 5);
        const QString all = r.problems.join('\n');
        QVERIFY2(all.contains(a + ":2: clip 'nosuch.flac' is not in the protocol"), qPrintable(all));
        QVERIFY2(all.contains(a + ":3: end"), qPrintable(all));
        QVERIFY2(all.contains(a + ":4: unknown cue 'wobble'"), qPrintable(all));
        QVERIFY2(all.contains(a + ":5: the region starts at 1.5 s, at or after the end of clip 'c1.flac'"), qPrintable(all));
        QVERIFY2(all.contains(a + ":6: start_s 'abc'"), qPrintable(all));
        const ArtefactCueStats *g = find(r, Cue::Glitch);
        QVERIFY(g);
        QVERIFY(qFuzzyCompare(g->attributionSharePooled, 1.0));
        QVERIFY(qFuzzyCompare(g->timeSharePooled, 0.2));
        QVERIFY(qFuzzyCompare(g->enrichment, 5.0));
        QVERIFY(qFuzzyCompare(g->correlationMean, 1.0));
        // A clip that is in the protocol but skipped (no folder): its rows are not problems, only unused.
        const QString b = csv("skippedclip.csv", "c5.flac,0.2,0.4,,,glitch,3,no,\n");
        const ArtefactStatsResult r2 = computeArtefactStats(m_protocol, b, m_root);
        QCOMPARE(r2.annotationsUsed, 0);
        QVERIFY(r2.problems.isEmpty());
        QVERIFY(r2.cues.empty());
    }

    void caseFormatStillRefusesFileKeys()
    {
        const QByteArray body = "file,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\nc1.flac,0.2,0.4,,,glitch,3,no,\n";
        const AnnotationCsvRead strict = parseAnnotationsCsv(body, "x.csv");
        QVERIFY(!strict.ok());
        QVERIFY(strict.problems[0].startsWith("x.csv:1: the header"));
        const AnnotationCsvRead loose = parseAnnotationsCsv(body, "x.csv", AnnotationCsvKey::Sha256OrFile);
        QVERIFY2(loose.ok(), qPrintable(loose.problems.join('\n')));
        QCOMPARE(loose.rows.size(), std::size_t(1));
        QCOMPARE(loose.rows[0].file, QString("c1.flac"));
        QVERIFY(loose.rows[0].evidenceSha256.isEmpty());
        const AnnotationCsvRead empty = parseAnnotationsCsv(body + " ,0.2,0.4,,,glitch,3,no,\n", "x.csv", AnnotationCsvKey::Sha256OrFile);
        QCOMPARE(empty.problems.size(), 1);
        QVERIFY(empty.problems[0].startsWith("x.csv:3: an empty file id"));
    }

    void folderNames()
    {
        QCOMPARE(artefactClipFolder(m_root, "c1.flac"), m_root + "/c1");
        QCOMPARE(artefactClipFolder(m_root, "c2.flac"), m_root + "/c2.flac");
        QCOMPARE(artefactClipFolder(m_root, "wav/c3.flac"), m_root + "/c3");
        QVERIFY(artefactClipFolder(m_root, "c5.flac").isEmpty());
        // an `explain --protocol` job folder: clips/<id>/
        QTemporaryDir job;
        writeClip(job.path() + "/clips/c9", piecewise({{100, 1.f}}), QString(64, QLatin1Char('9')));
        QCOMPARE(artefactClipFolder(job.path(), "c9.flac"), job.path() + "/clips/c9");
    }

    void cli()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        if (exe.isEmpty() || !QFileInfo::exists(exe))
            QSKIP("SOURCETRACE_CLI is not set: the CLI test needs sourcetrace-cli");
        const QString a = csv("cli.csv", "c1.flac,0.2,0.4,,,glitch,3,no,\n"
                                         "c2.flac,0.5,1.0,,,glitch,3,no,\n"
                                         "c2.flac,0,0.5,,,breath,3,no,\n"
                                         "c3.flac,0,0.5,,,breath,3,yes,\n"
                                         "c4.flac,0,0.5,,,noise,2,no,\n");
        const QString out = m_tmp.filePath("cliout");
        QProcess proc;
        proc.start(exe, {"artefacts", "--protocol", m_protocol, "--annotations", a, "--explanations", m_root, "--out", out});
        QVERIFY(proc.waitForFinished(60000));
        const QString stdOut = QString::fromUtf8(proc.readAllStandardOutput());
        const QString stdErr = QString::fromUtf8(proc.readAllStandardError());
        QCOMPARE(proc.exitCode(), 1); // three clips skipped
        QVERIFY2(stdOut.contains("4 of 7 clips used (2 bona fide, 2 spoof), 3 skipped; 5 annotations used, 0 refused"), qPrintable(stdOut));
        QVERIFY2(stdErr.contains("artefacts: skipped c5.flac: no explanation folder"), qPrintable(stdErr));
        QFile tsv(out + "/artefacts.tsv");
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        const ArtefactStatsResult r = computeArtefactStats(m_protocol, a, m_root);
        QCOMPARE(QString::fromUtf8(tsv.readAll()), r.toTsv());
        for (const char *cue : {"breath", "glitch", "noise"}) {
            QFile png(out + QStringLiteral("/artefacts_%1.png").arg(QLatin1String(cue)));
            QVERIFY2(png.open(QIODevice::ReadOnly), cue);
            const QByteArray head = png.read(24); // signature, IHDR length and type, width (big-endian)
            QVERIFY2(head.startsWith("\x89PNG\r\n\x1a\n") && head.mid(12, 4) == "IHDR", cue);
            QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), quint32(720));
        }
        QVERIFY(!QFileInfo::exists(out + "/artefacts_silence.png"));
        // usage errors
        proc.start(exe, {"artefacts", "--protocol", m_protocol});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(proc.readAllStandardError().contains("--annotations is required"));
    }

    void inMemoryClipsWithoutLabels()
    {
        // the case route: clips with unknown labels count in the shares and correlations, not in the EERs;
        // the envelope is computed from the attribution (20 ms frames: 2 samples at 100 Hz)
        ArtefactClipInput a;
        a.file = "evidence 1";
        a.sampleRate = 100;
        a.attribution = piecewise({{20, 0.f}, {20, 1.f}, {60, 0.f}});
        Annotation g;
        g.startS = 0.2;
        g.endS = 0.4;
        g.cue = Cue::Glitch;
        a.regions.push_back(g);
        ArtefactClipInput b = a;
        b.file = "evidence 2";
        b.label = 0;
        const ArtefactStatsResult r = computeArtefactStats({a, b});
        QCOMPARE(r.usedClips, 2);
        QCOMPARE(r.spoofClips, 1);
        QCOMPARE(r.bonafideClips, 0);
        QCOMPARE(r.cues.size(), std::size_t(1));
        const ArtefactCueStats &s = r.cues[0];
        QCOMPARE(s.clipsWithCue, 2);
        QCOMPARE(s.spoofWithCue, 1);
        QCOMPARE(s.bonafideWithCue, 0);
        QVERIFY(qFuzzyCompare(s.attributionSharePooled, 1.0));
        QVERIFY(qFuzzyCompare(s.timeSharePooled, 0.2));
        QCOMPARE(s.correlationClips, 2);
        QVERIFY(qFuzzyCompare(s.correlationMean, 1.0));
        QVERIFY(std::isnan(s.presenceEer)); // no bona fide clip
        QVERIFY(std::isnan(s.coverageEer));
    }

    void cliCase()
    {
        const QString exe = qEnvironmentVariable("SOURCETRACE_CLI");
        const QString src = qEnvironmentVariable("SOURCETRACE_SOURCE_DIR");
        if (exe.isEmpty() || src.isEmpty())
            QSKIP("SOURCETRACE_CLI / SOURCETRACE_SOURCE_DIR are not set (run through ctest)");
        // a case with the demo clip, an analysis with an explanation (8 steps) and three annotations, one after the end
        QTemporaryDir dir;
        const QString cs = dir.filePath("c.stcase"), clip = dir.filePath("demo.flac");
        QVERIFY(QFile::copy(src + "/resources/demo/demo.flac", clip));
        const auto run = [&](const QStringList &args, QString *out = nullptr) {
            QProcess p;
            p.start(exe, args);
            p.waitForFinished(300000);
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QCOMPARE(run({"case", "new", cs, "--number", "1", "--examiner", "tester", "--user", "tester"}), 0);
        QCOMPARE(run({"case", "add", cs, clip, "--user", "tester"}), 0);
        QString out;
        QVERIFY(run({"artefacts", "--case", cs}, &out) != 0); // nothing explained yet
        QVERIFY2(out.contains("none of the case's 1 evidence items has a stored analysis with an explanation"), qPrintable(out));
        QCOMPARE(run({"case", "analyse", cs, "--explain", "--steps", "8", "--user", "tester"}, &out), 0);
        QCOMPARE(run({"case", "annotate", cs, "--item", "1", "--start", "1", "--end", "2", "--cue", "glitch", "--user", "tester"}), 0);
        QCOMPARE(run({"case", "annotate", cs, "--item", "1", "--start", "3", "--end", "3.5", "--cue", "breath", "--user", "tester"}), 0);
        QCOMPARE(run({"case", "annotate", cs, "--item", "1", "--start", "30", "--end", "31", "--cue", "noise", "--user", "tester"}), 0);
        const QString proto = dir.filePath("p.tsv");
        writeText(proto, "file\tattack\ndemo.flac\tbonafide\n");
        QCOMPARE(run({"artefacts", "--case", cs, "--protocol", proto, "--json"}, &out), 1); // one annotation refused
        const QJsonObject j = QJsonDocument::fromJson(out.left(out.lastIndexOf('}') + 1).toUtf8()).object();
        QCOMPARE(j.value("usedClips").toInt(), 1);
        QCOMPARE(j.value("bonafideClips").toInt(), 1);
        QCOMPARE(j.value("annotationsUsed").toInt(), 2);
        QCOMPARE(j.value("problems").toArray().size(), 1);
        QVERIFY(j.value("problems").toArray().at(0).toString().contains("starts at 30 s, at or after the end"));
        const QJsonArray cues = j.value("cues").toArray();
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues.at(1).toObject().value("cue").toString(), QString("glitch"));
        // the demo clip is 5.8605 s = 93768 samples at 16 kHz; the glitch holds samples 16000 .. 31999
        QVERIFY(qFuzzyCompare(cues.at(1).toObject().value("timeSharePooled").toDouble(), 16000.0 / 93768.0));
        QVERIFY(cues.at(1).toObject().value("presenceEer").isNull()); // no spoofed clip
        const double share = cues.at(1).toObject().value("attributionSharePooled").toDouble();
        QVERIFY(share > 0 && share < 1);
        QCOMPARE(run({"artefacts", "--case", cs, "--annotations", proto}, &out), 2);
    }

    void bandBoxes()
    {
        // 100 samples at 100 Hz with a TF map of 11 frames (hop 10, frame t centred at t/10 s) x 5 linear bins
        // (fftSize 8: 0, 12.5, 25, 37.5, 50 Hz): 1 everywhere but 5 in frames 2-3 x bins 1-2. A spectral box
        // 0.2-0.4 s x 10-30 Hz holds exactly those 4 cells: share 20 / (51 + 20) of the map, 4 / 55 of the area.
        QTemporaryDir dir;
        const QString clip = dir.filePath("expl/b1");
        writeClip(clip, piecewise({{100, 1.f}}), QString(64, QLatin1Char('b')));
        std::vector<float> tf(55, 1.0f);
        for (int t : {2, 3})
            for (int k : {1, 2})
                tf[std::size_t(t * 5 + k)] = -5.0f; // the sign does not matter
        writeNpy(clip + "/tf_map.npy", tf.data(), {11, 5});
        QFile rf(clip + "/report.json");
        QVERIFY(rf.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(rf.readAll()).object();
        rf.close();
        o.insert("tfMap", QJsonObject{{"fftSize", 8}, {"hop", 10}, {"scale", "linear"}, {"bins", 5}, {"frames", 11}});
        writeText(clip + "/report.json", QJsonDocument(o).toJson());
        const QString proto = dir.filePath("p.tsv");
        writeText(proto, "file\tattack\nb1.flac\tA01\n");
        const QString a = dir.filePath("a.csv");
        writeText(a, "file,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\n"
                     "b1.flac,0.2,0.4,10,30,spectral,3,no,\nb1.flac,0.5,0.6,,,spectral,3,no,\n");
        const ArtefactStatsResult r = computeArtefactStats(proto, a, dir.filePath("expl"));
        QCOMPARE(r.cues.size(), std::size_t(1));
        const ArtefactCueStats &s = r.cues[0];
        QCOMPARE(s.regions, 2);
        QCOMPARE(s.bandRegions, 1);
        QCOMPARE(s.bandClips, 1);
        QVERIFY(qFuzzyCompare(s.bandAttributionShare, 20.0 / 71.0));
        QVERIFY(qFuzzyCompare(s.bandAreaShare, 4.0 / 55.0));
        QVERIFY(qFuzzyCompare(s.bandEnrichment, (20.0 / 71.0) / (4.0 / 55.0)));
        // the time statistics ignore the band: 0.2-0.4 and 0.5-0.6 s of a uniform attribution
        QVERIFY(qFuzzyCompare(s.timeSharePooled, 0.3));
        QVERIFY(qFuzzyCompare(s.attributionSharePooled, 0.3));
        // a TF map that does not fit report.json skips the clip, naming the file
        writeNpy(clip + "/tf_map.npy", tf.data(), {5, 11});
        try {
            computeArtefactStats(proto, a, dir.filePath("expl"));
            QFAIL("expected an error: the only clip is skipped");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("tf_map.npy") && e.message().contains("do not fit"), qPrintable(e.message()));
        }
    }

    void nothingUsable()
    {
        const QString a = csv("one.csv", "c1.flac,0.2,0.4,,,glitch,3,no,\n");
        QTemporaryDir empty;
        try {
            computeArtefactStats(m_protocol, a, empty.path());
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("none of the protocol's 7 clips"), qPrintable(e.message()));
        }
        try {
            computeArtefactStats(m_protocol, a, m_tmp.filePath("missing"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains("does not exist"), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestArtefacts)
#include "tst_explain_artefacts.moc"
