// The "fused" detector (core/analysis/FusedDetection.h): a fusion model whose systems are registry detectors, run
// on the demo clip. A fusion of the default model with itself (weights w1, w2, offset b) must give
// (w1 + w2) * s + b for the model's own score s; unknown systems are refused naming them.
#include "analysis/FusedDetection.h"
#include "analysis/ModelCache.h"
#include "audio/AudioFile.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

class TestAnalysisFused : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    ModelCache m_cache;

    static QString demo() { return QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac")); }

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QVERIFY(QFileInfo::exists(demo()));
    }

    void modelNames()
    {
        QCOMPARE(fusionDetectorModel(QStringLiteral("sourcetrace-default")), QStringLiteral("sourcetrace-default"));
        QCOMPARE(fusionDetectorModel(QStringLiteral("sourcetrace-default#2")), QStringLiteral("sourcetrace-default"));
    }

    void defaultModelFusedWithItself()
    {
        const ModelRegistry registry({QDir(sttest::sourceDir()).filePath(QStringLiteral("models"))});
        FusionModel f;
        f.detectors = QStringList{defaultModelName(), defaultModelName() + QStringLiteral("#b")};
        f.weights = {0.75, -2.5};
        f.offset = 0.4;
        const std::vector<ModelManifest> comps = fusionComponents(f, registry, QStringLiteral("self.json"));
        QCOMPARE(comps.size(), std::size_t(2));
        QCOMPARE(comps[1].name, defaultModelName());
        AudioFile file(demo());
        const FusedDetectionResult r = runFusedDetection(f, comps, file, m_cache);
        // the plain detection the panel runs
        const DetectionResult single = runDetection(comps[0], file, m_cache);
        const double s = single.clip.score;
        QVERIFY(std::isfinite(s));
        QCOMPARE(r.components.size(), std::size_t(2));
        QCOMPARE(r.components[0].clip.score, s);
        QCOMPARE(r.components[1].clip.score, s);
        QVERIFY(std::fabs(r.score - ((0.75 - 2.5) * s + 0.4)) < 1e-12 * std::max(1.0, std::fabs(s)));
        const QJsonObject p = r.provenance();
        QCOMPARE(p.value(QStringLiteral("components")).toArray().size(), 2);
        QCOMPARE(p.value(QStringLiteral("components")).toArray().at(1).toObject().value(QStringLiteral("model")).toString(), defaultModelName());
        QCOMPARE(p.value(QStringLiteral("score")).toDouble(), r.score);
    }

    void unknownSystemsAreNamed()
    {
        const ModelRegistry registry({QDir(sttest::sourceDir()).filePath(QStringLiteral("models"))});
        FusionModel f;
        f.detectors = QStringList{defaultModelName(), QStringLiteral("lcnn"), QStringLiteral("rawnet#x")};
        f.weights = {1, 1, 1};
        try {
            fusionComponents(f, registry, QStringLiteral("f.json"));
            QFAIL("expected an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("f.json: the fusion's system(s) lcnn, rawnet#x name no model")), e.what());
            QVERIFY2(e.message().contains(defaultModelName()), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisFused)
#include "tst_analysis_fused.moc"
