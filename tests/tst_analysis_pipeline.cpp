// The one analysis pipeline (core/analysis/EvidenceAnalysis.h) on the bundled demo clip with the project's default
// model and library: its provenance against independently computed hashes, its figures against the detection and
// tracing run on their own, a JSON round trip that loses nothing, a re-run with the stored settings that reproduces
// every figure, and refusals (a changed evidence file, broken settings, an unusable library). Needs no ../shared.
#include "analysis/EvidenceAnalysis.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "testutil.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

namespace {

QString demo() { return QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")); }

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

class TestAnalysisPipeline : public QObject
{
    Q_OBJECT

    ModelCache m_cache;
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
        // No user models: the registry sees the project's models/ only.
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        QVERIFY(QFileInfo::exists(demo()));
    }

    void demoClipWithTheDefaults()
    {
        const AnalysisSettings s; // default model, default library, cosine, no explanation
        const AnalysisResult r = analyseEvidence(demo(), s, m_cache);

        // Provenance: hashes computed here independently.
        QCOMPARE(r.provenance.evidenceSha256, sha256Of(demo()));
        QCOMPARE(r.provenance.evidenceBytes, QFileInfo(demo()).size());
        const ModelManifest m = analysisModel(s);
        QCOMPARE(m.name, defaultModelName());
        QCOMPARE(r.provenance.modelName, m.name);
        QCOMPARE(r.provenance.modelWeightsSha256, sha256Of(m.resolvedWeightsPath()));
        QCOMPARE(r.provenance.modelManifestSha256, sha256Of(m.manifestPath));
        QVERIFY(r.provenance.libraryPath.endsWith(QStringLiteral("models/sourcetrace-default/library.db")));
        QCOMPARE(r.provenance.librarySha256, sha256Of(r.provenance.libraryPath));
        QVERIFY(!r.provenance.buildCommit.isEmpty());
        QVERIFY(QDateTime::fromString(r.provenance.time, Qt::ISODateWithMs).isValid());
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));

        // Quality: measured at the native rate; the demo clip is clean speech of 5.86 s.
        const QJsonObject qm = r.quality.value(QStringLiteral("measures")).toObject();
        QVERIFY(std::abs(qm.value(QStringLiteral("durationSeconds")).toDouble() - 5.86) < 0.05);
        QVERIFY(r.quality.contains(QStringLiteral("verdict")));
        QVERIFY(r.quality.contains(QStringLiteral("thresholds")));

        // Detection: the same figures as the detection run on its own.
        QVERIFY(r.detection.has_value());
        const AudioFile file(demo());
        const DetectionResult alone = runDetection(m, file, m_cache);
        QCOMPARE(r.detection->clip.score, alone.clip.score);
        QCOMPARE(r.detection->timeline.size(), alone.timeline.size());
        QVERIFY(r.detection->lr.due);
        QCOMPARE(r.detection->lr.given, alone.lr.given);
        if (r.detection->lr.given)
            QCOMPARE(r.detection->lr.llr, alone.lr.llr);
        QVERIFY(r.provenance.calibration.contains(r.detection->validity.calibrationSha256));

        // Tracing: four levels, each ranked, as the trace run on its own.
        QVERIFY(r.tracing.has_value());
        QCOMPARE(int(r.tracing->decisions.size()), 4);
        QCOMPARE(r.tracing->lrs.size(), r.tracing->decisions.size());
        const TraceResult t = runTrace(r.provenance.libraryPath, m, file, m_cache, QStringLiteral("cosine"));
        for (std::size_t i = 0; i < t.decisions.size(); ++i) {
            QCOMPARE(r.tracing->decisions[i].decision, t.decisions[i].decision);
            QCOMPARE(r.tracing->decisions[i].ranked.front().score, t.decisions[i].ranked.front().score);
        }
        QVERIFY(r.tracing->defaultLibrary);
    }

    void jsonRoundTripAndReRun()
    {
        const AnalysisSettings s;
        const AnalysisResult r = analyseEvidence(demo(), s, m_cache);
        const QJsonObject o = r.toJson();
        // Stored and read back (as a case keeps it): nothing lost.
        const AnalysisResult back = AnalysisResult::fromJson(QJsonDocument::fromJson(compact(o)).object());
        QCOMPARE(compact(back.toJson()), compact(o));

        // Re-running with the stored settings reproduces every figure (the time of the run differs, nothing else).
        const AnalysisResult again = analyseEvidence(demo(), back.settings, m_cache, nullptr, back.provenance.evidenceSha256);
        QJsonObject a = again.toJson(), b = o;
        for (QJsonObject *x : {&a, &b}) {
            QJsonObject p = x->value(QStringLiteral("provenance")).toObject();
            p.remove(QStringLiteral("time"));
            x->insert(QStringLiteral("provenance"), p);
        }
        QCOMPARE(compact(a), compact(b));
        QVERIFY2(analysisDifferences(back, again).isEmpty(), qPrintable(analysisDifferences(back, again).join(QLatin1Char('\n'))));
        // A changed figure is named.
        AnalysisResult changed = back;
        changed.detection->clip.score += 0.5;
        const QStringList d = analysisDifferences(back, changed);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().startsWith(QStringLiteral("detection.score: ")), qPrintable(d.first()));

        // Sentences for people are in the language of the run that made them: a re-run under another language
        // words them differently, which is no difference (the figures they describe are compared).
        AnalysisResult reworded = back;
        reworded.detection->clip.warnings << QStringLiteral("eine Warnung in einer anderen Sprache");
        reworded.problems << QStringLiteral("Rückverfolgung: keine Bibliothek");
        QJsonObject measures = reworded.quality.value(QStringLiteral("measures")).toObject();
        measures.insert(QStringLiteral("codecHint"), QStringLiteral("verlustbehafteter Codec"));
        measures.insert(QStringLiteral("warnings"), QJsonArray{QStringLiteral("eine Warnung")});
        reworded.quality.insert(QStringLiteral("measures"), measures);
        QVERIFY2(analysisDifferences(back, reworded).isEmpty(), qPrintable(analysisDifferences(back, reworded).join(QLatin1Char('\n'))));
        // ... but a changed figure beside them still is.
        measures.insert(QStringLiteral("snrDb"), measures.value(QStringLiteral("snrDb")).toDouble() + 1.0);
        reworded.quality.insert(QStringLiteral("measures"), measures);
        const QStringList d2 = analysisDifferences(back, reworded);
        QCOMPARE(d2.size(), 1);
        QVERIFY2(d2.first().startsWith(QStringLiteral("quality.measures.snrDb: ")), qPrintable(d2.first()));
    }

    void changedEvidenceIsNotAnalysed()
    {
        QTemporaryDir d;
        const QString copy = d.filePath(QStringLiteral("evidence.flac"));
        QVERIFY(QFile::copy(demo(), copy));
        const QString intake = sha256Of(copy);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 10);
        f.write("tampered!!");
        f.close();
        try {
            analyseEvidence(copy, AnalysisSettings{}, m_cache, nullptr, intake);
            QFAIL("a changed evidence file was analysed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("has changed since intake")), qPrintable(e.message()));
            QVERIFY(e.message().contains(copy));
            QVERIFY(e.message().contains(intake));
        }
    }

    void unusableLibraryIsAProblemNotAFailure()
    {
        QTemporaryDir d;
        const QString junk = d.filePath(QStringLiteral("library.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an SQLite database");
        f.close();
        AnalysisSettings s;
        s.library = junk;
        const AnalysisResult r = analyseEvidence(demo(), s, m_cache);
        QVERIFY(r.detection.has_value());
        QVERIFY(!r.tracing.has_value());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(junk), qPrintable(r.problems.first()));
    }

    void brokenSettingsAreRefusedByName()
    {
        const QJsonObject good = AnalysisSettings{}.toJson();
        QCOMPARE(compact(AnalysisSettings::fromJson(good).toJson()), compact(good));
        struct Case
        {
            QJsonObject o;
            QString expect;
        };
        QJsonObject unknown = good;
        unknown.insert(QStringLiteral("stepz"), 3);
        QJsonObject wrongType = good;
        wrongType.insert(QStringLiteral("detection"), QStringLiteral("yes"));
        QJsonObject range = good;
        range.insert(QStringLiteral("igSteps"), 1);
        QJsonObject fraction = good;
        fraction.insert(QStringLiteral("threads"), 1.5);
        for (const Case &c : {Case{unknown, QStringLiteral("stepz")}, Case{wrongType, QStringLiteral("detection")},
                              Case{range, QStringLiteral("igSteps")}, Case{fraction, QStringLiteral("threads")}}) {
            try {
                AnalysisSettings::fromJson(c.o);
                QFAIL(qPrintable(QStringLiteral("accepted broken settings (%1)").arg(c.expect)));
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(c.expect), qPrintable(e.message()));
            }
        }
        // Broken quality thresholds stop the analysis with the key named.
        AnalysisSettings s;
        s.qualityThresholds = QJsonObject{{QStringLiteral("minSnrDb"), QStringLiteral("loud")}};
        try {
            analyseEvidence(demo(), s, m_cache);
            QFAIL("broken quality thresholds were accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("minSnrDb")), qPrintable(e.message()));
        }
        // A stored result with a missing member is an error naming it, never a silent zero.
        QJsonObject r = analyseEvidence(demo(), AnalysisSettings{}, m_cache).toJson();
        QJsonObject det = r.value(QStringLiteral("detection")).toObject();
        det.remove(QStringLiteral("score"));
        r.insert(QStringLiteral("detection"), det);
        try {
            AnalysisResult::fromJson(r);
            QFAIL("a result without its score was read");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("\"score\"")), qPrintable(e.message()));
        }
    }

    void explanationIsStoredExactly()
    {
        AnalysisSettings s;
        s.tracing = false;
        s.explanation = true;
        s.igSteps = 8;
        const AnalysisResult r = analyseEvidence(demo(), s, m_cache);
        QVERIFY(r.explanation.has_value());
        const ExplanationResult &e = *r.explanation;
        QCOMPARE(e.steps, 8);
        QCOMPARE(e.sampleRate, r.detection->modelRate);
        QCOMPARE(int64_t(e.attribution.size()), r.detection->modelSamples);
        QVERIFY(e.baseline.contains(QStringLiteral("noise"))); // the spectral network's recommended baseline
        double sum = 0;
        for (float a : e.attribution)
            sum += a;
        QVERIFY(std::isfinite(sum));
        const ExplanationResult back = ExplanationResult::fromJson(e.toJson());
        QCOMPARE(back.attribution.size(), e.attribution.size());
        QVERIFY(std::memcmp(back.attribution.data(), e.attribution.data(), e.attribution.size() * sizeof(float)) == 0);
        QCOMPARE(back.completenessError, e.completenessError);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisPipeline)
#include "tst_analysis_pipeline.moc"
