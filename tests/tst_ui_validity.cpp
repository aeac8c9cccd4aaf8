// The default model and library in the GUI, and likelihood ratios inside and outside the validated conditions.
// A stand-in for models/sourcetrace-default is made in a temporary folder: the tiny TorchScript test model of
// tests/data under the name sourcetrace-default, with a validity.json written here (calibration log LR = 0.5 s +
// 0.1, at least 1 s, codec "none", kNN cosine at least 0.9 against a feature bank holding the embedding of the
// "inside" clip) and, for tracing, a library.db beside it. Checked: the detection task's measurements and LR
// against hand computation; the detection panel's LR lines for an inside clip and the "Likelihood ratio withheld"
// box with every reason for an outside one (0.3 s; 1.5 s against 1000 s and codec opus; a broken validity.json);
// no LR line without validity.json; the model chooser starting on sourcetrace-default while a remembered choice
// still wins; tracing with the default library when none is open (the panel says so; LR given inside, withheld
// outside); analyseWithDefaults() running both (waiting and asynchronously). Offscreen.
#include "detection/DetectionPanel.h"
#include "detection/DetectionTask.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/LibraryPanel.h"
#include "window/MainWindow.h"
#include "tracing/TracePanel.h"
#include "tracing/TraceTask.h"
#include "common/WithheldLrBox.h"
#include "audio/AudioFile.h"
#include "eval/LinearCalibration.h"
#include "library/FingerprintLibrary.h"
#include "models/ModelRegistry.h"
#include "models/ModelRunner.h"
#include "models/Safetensors.h"
#include "testutil.h"
#include "util/Translations.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <cmath>
#include <sndfile.h>

using namespace st;

namespace {

QString dataDir() { return sttest::sourceDir() + QStringLiteral("/tests/data"); }

// A mono float WAV (codec "none"): a sweep with a high partial, so the bandwidth reaches past 3 kHz.
QString writeClip(const QString &dir, const QString &name, int rate, int frames, double f0 = 200)
{
    const QString path = QDir(dir).filePath(name);
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE *f = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    std::vector<float> s(static_cast<size_t>(frames));
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        s[size_t(i)] = float(0.4 * std::sin(2 * M_PI * (f0 + 300 * t) * t) + 0.1 * std::sin(2 * M_PI * 3100 * t));
    }
    sf_writef_float(f, s.data(), frames);
    sf_close(f);
    return path;
}

ModelManifest tinyManifest() { return ModelManifest::fromJsonFile(dataDir() + QStringLiteral("/tiny_tuple.json")); }

std::vector<float> embeddingOf(const QString &clip)
{
    ModelRunner runner(ModelRegistry::load(tinyManifest()));
    return runner.run(AudioFile(clip).readAll(MixDown, 16000)).embedding;
}

ValidatedConditions standardValidity()
{
    ValidatedConditions v;
    v.calibrated = true;
    v.a = 0.5;
    v.b = 0.1;
    v.calibrationProtocol = QStringLiteral("cal.tsv");
    v.calibrationSha256 = QString(64, QLatin1Char('c'));
    v.calibrationTargets = 3;
    v.calibrationNontargets = 4;
    v.calibrationCllr = 0.25;
    v.minSeconds = 1.0;
    v.codecs = {QStringLiteral("none")};
    v.minOodScore = 0.9;
    v.oodK = 1;
    v.oodBank = QStringLiteral("ood.safetensors");
    return v;
}

// <root>/sourcetrace-default/{manifest.json, validity.json, ood.safetensors}: the tiny model renamed. Returns the
// manifest's path.
QString writeDefaultModel(const QString &root, const ValidatedConditions *validity, const std::vector<std::vector<float>> &bank)
{
    const QString dir = QDir(root).filePath(QStringLiteral("sourcetrace-default"));
    QDir().mkpath(dir);
    QFile src(dataDir() + QStringLiteral("/tiny_tuple.json"));
    if (!src.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(src.readAll()).object();
    o.insert(QStringLiteral("name"), defaultModelName());
    o.insert(QStringLiteral("weightsFile"), dataDir() + QStringLiteral("/tiny_tuple.pt"));
    const QString manifest = QDir(dir).filePath(QStringLiteral("manifest.json"));
    QFile out(manifest);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(o).toJson());
    out.close();
    if (validity)
        validity->save(QDir(dir).filePath(QStringLiteral("validity.json")));
    if (!bank.empty()) {
        NamedTensor t{QStringLiteral("feature_bank"), {int64_t(bank.size()), int64_t(bank.front().size())}, {}};
        for (const auto &row : bank)
            t.values.insert(t.values.end(), row.begin(), row.end());
        writeSafetensors(QDir(dir).filePath(QStringLiteral("ood.safetensors")), {t});
    }
    return manifest;
}

void forgetModelChoice() { QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")).remove(QStringLiteral("models/current")); }

} // namespace

class TestUiValidity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_models;     // holds sourcetrace-default with the standard validity.json and a library.db
    QString m_manifest;
    QString m_inside;     // 1.5 s
    QString m_short;      // 0.3 s
    std::vector<float> m_insideEmbedding;

    ModelManifest defaultManifest() const { return ModelManifest::fromJsonFile(m_manifest); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        m_inside = writeClip(m_tmp.path(), QStringLiteral("inside.wav"), 16000, 24000);
        m_short = writeClip(m_tmp.path(), QStringLiteral("short.wav"), 16000, 4800);
        m_insideEmbedding = embeddingOf(m_inside);
        m_models = QDir(m_tmp.path()).filePath(QStringLiteral("models"));
        const ValidatedConditions v = standardValidity();
        // The bank: the inside clip's own embedding (cosine 1 at k = 1) and a far one.
        std::vector<float> other(m_insideEmbedding.size(), 0.0f);
        other[0] = -1.0f;
        m_manifest = writeDefaultModel(m_models, &v, {m_insideEmbedding, other});
        QVERIFY(!m_manifest.isEmpty());

        // The default library: two attacks, the inside clip's embedding enrolled as A, with an LR calibration.
        const QString db = QDir(m_models).filePath(QStringLiteral("sourcetrace-default/library.db"));
        FingerprintLibrary::create(db, ModelBinding::of(defaultManifest()));
        FingerprintLibrary lib(db);
        auto clip = [](const QString &sha, std::vector<float> e, const QString &attack) {
            EnrolmentClip c;
            c.sha256 = sha;
            c.path = sha + QStringLiteral(".wav");
            c.embedding = std::move(e);
            c.labels[SourceLevel::Attack] = attack;
            return c;
        };
        std::vector<float> b = m_insideEmbedding;
        for (float &x : b)
            x = -x;
        lib.enrol({clip(QStringLiteral("a1"), m_insideEmbedding, QStringLiteral("A")), clip(QStringLiteral("b1"), b, QStringLiteral("B"))});
        StoredLrCalibration c;
        c.level = SourceLevel::Attack;
        c.backend = QStringLiteral("cosine");
        c.a = std::log(2.0);
        c.b = 0.0;
        c.protocolName = QStringLiteral("dev.tsv");
        c.protocolSha256 = QStringLiteral("abc");
        c.targets = 3;
        c.nontargets = 3;
        c.created = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        lib.setLrCalibration(c);
    }

    // Inside: the measured conditions, the LR = exp(0.5 s + 0.1) and the panel's three LR lines.
    void detectionInsideShowsLr()
    {
        ModelCache cache;
        const auto file = std::make_shared<const AudioFile>(m_inside);
        const DetectionResult r = DetectionTask::run(defaultManifest(), file, cache);
        QVERIFY(r.validity.present);
        QVERIFY(r.validityError.isEmpty());
        QCOMPARE(r.conditions.codec, QStringLiteral("none"));
        QVERIFY(std::abs(r.conditions.seconds - 1.5) < 1e-9);
        QVERIFY2(r.conditions.oodScore > 0.9999, qPrintable(QString::number(r.conditions.oodScore)));
        QVERIFY(r.verdict.inside);
        QVERIFY(r.lrGiven());
        // The whole-clip result is ModelRunner's (it is run apart from the timeline for the embedding).
        ModelRunner direct(ModelRegistry::load(tinyManifest()));
        const std::vector<float> samples = file->readAll(MixDown, 16000);
        QVERIFY(std::abs(r.clip.score - direct.run(samples).score) < 1e-5);
        const double llr = 0.5 * r.clip.score + 0.1;
        QVERIFY(std::abs(r.llr() - llr) < 1e-12);

        DetectionPanel panel;
        panel.setResult(&r);
        const QString lr = panel.fieldText(QStringLiteral("lr"));
        QCOMPARE(lr, DetectionPanel::formatLr(llr));
        QVERIFY2(lr.startsWith(QString::number(std::exp(llr), 'g', 3) + QStringLiteral(" (log10 LR ")), qPrintable(lr));
        QVERIFY2(lr.contains(QString::number(llr / std::log(10.0), 'f', 2)), qPrintable(lr));
        QVERIFY2(panel.fieldText(QStringLiteral("lrVerbal")).startsWith(verbalEquivalentForLlr(llr)),
                 qPrintable(panel.fieldText(QStringLiteral("lrVerbal"))));
        QCOMPARE(panel.fieldText(QStringLiteral("lrCalibration")), QStringLiteral("calibrated on cal.tsv, 3 bona fide / 4 spoofed clips, Cllr 0.250"));
        QVERIFY(panel.fieldText(QStringLiteral("conditions")).contains(QStringLiteral("codec none")));
        QVERIFY(panel.fieldText(QStringLiteral("withheld")).isEmpty());
        QVERIFY(panel.withheldBox()->isHidden());
    }

    void formatsExtremeLrs()
    {
        QCOMPARE(DetectionPanel::formatLr(std::log(2.0)), QStringLiteral("2 (log10 LR 0.30)"));
        QCOMPARE(DetectionPanel::formatLr(-std::log(1000.0)), QStringLiteral("0.001 (log10 LR -3.00)"));
        QCOMPARE(DetectionPanel::formatLr(800 * std::log(10.0)), QStringLiteral("10^800.0 (log10 LR 800.00)"));
    }

    // Outside: the box is shown with every reason and no LR line is.
    void detectionOutsideWithholds_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("0.3 s") << QStringLiteral("short") << false
                               << QStringList{QStringLiteral("the clip lasts 0.30 s, shorter than the shortest validated duration (1.00 s)")};
        QTest::newRow("1000 s, opus") << QStringLiteral("inside") << true
                                      << QStringList{QStringLiteral("the clip lasts 1.50 s, shorter than the shortest validated duration (1000.00 s)"),
                                                     QStringLiteral("its codec (none) was never trained on (validated: opus)")};
    }
    void detectionOutsideWithholds()
    {
        QFETCH(QString, clip);
        QFETCH(bool, strict);
        QFETCH(QStringList, reasons);
        QString manifest = m_manifest;
        QTemporaryDir other;
        if (strict) {
            ValidatedConditions v = standardValidity();
            v.minSeconds = 1000;
            v.codecs = {QStringLiteral("opus")};
            manifest = writeDefaultModel(other.path(), &v, {m_insideEmbedding});
        }
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(ModelManifest::fromJsonFile(manifest),
                                                     std::make_shared<const AudioFile>(clip == QLatin1String("short") ? m_short : m_inside), cache);
        QVERIFY(r.validity.present);
        QVERIFY(!r.verdict.inside);
        QVERIFY(!r.lrGiven());
        QVERIFY(std::isnan(r.llr()));
        QCOMPARE(r.withheldReasons(), reasons);

        DetectionPanel panel;
        panel.setResult(&r);
        QVERIFY(!panel.withheldBox()->isHidden());
        const QString box = panel.fieldText(QStringLiteral("withheld"));
        QVERIFY2(box.startsWith(QStringLiteral("Likelihood ratio withheld\n")), qPrintable(box));
        for (const QString &reason : reasons)
            QVERIFY2(box.contains(reason), qPrintable(box));
        QCOMPARE(panel.withheldBox()->reasons(), reasons);
        QVERIFY(panel.fieldText(QStringLiteral("lr")).isEmpty());
        QVERIFY(panel.fieldText(QStringLiteral("lrCalibration")).isEmpty());
        QVERIFY(!panel.fieldText(QStringLiteral("score")).isEmpty()); // the score is still there
    }

    // The reasons a likelihood ratio is withheld are stored and reported in English; the display words them in the
    // user's language from their structured form (kind and figures), which the stored analysis carries too. An
    // analysis stored before it did shows its English sentences.
    void withheldReasonsShownInTheUsersLanguage()
    {
        QTemporaryDir other;
        ValidatedConditions v = standardValidity();
        v.minSeconds = 1000;
        v.codecs = {QStringLiteral("opus")};
        const QString manifest = writeDefaultModel(other.path(), &v, {m_insideEmbedding});
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(ModelManifest::fromJsonFile(manifest), std::make_shared<const AudioFile>(m_inside), cache);
        const QStringList english{QStringLiteral("the clip lasts 1.50 s, shorter than the shortest validated duration (1000.00 s)"),
                                  QStringLiteral("its codec (none) was never trained on (validated: opus)")};
        const QStringList german{QStringLiteral("die Aufnahme dauert 1.50 s, kürzer als die kürzeste validierte Dauer (1000.00 s)"),
                                 QStringLiteral("mit ihrem Codec (none) wurde nie trainiert (validiert: opus)")};
        QCOMPARE(r.verdict.reasons, english);
        QCOMPARE(r.verdict.details.size(), 2);
        QCOMPARE(r.verdict.details[0].kind, QStringLiteral("duration"));
        QCOMPARE(r.verdict.details[0].values, (QStringList{QStringLiteral("1.50"), QStringLiteral("1000.00")}));
        QCOMPARE(r.verdict.details[1].kind, QStringLiteral("codec"));

        // Stored: the English sentences and, beside them, the structured form; read back whole.
        const QJsonObject stored = r.toJson();
        const QJsonObject cond = stored.value(QStringLiteral("conditions")).toObject();
        QCOMPARE(cond.value(QStringLiteral("reasons")).toArray().at(0).toString(), english[0]);
        QCOMPARE(cond.value(QStringLiteral("reasonDetails")).toArray().size(), 2);
        const DetectionResult back = DetectionResult::fromJson(stored);
        QCOMPARE(back.verdict.reasons, english);
        QVERIFY(back.verdict.details == r.verdict.details);
        // An analysis stored before the structured form: no reasonDetails, still loads.
        QJsonObject oldCond = cond;
        oldCond.remove(QStringLiteral("reasonDetails"));
        QJsonObject old = stored;
        old.insert(QStringLiteral("conditions"), oldCond);
        const DetectionResult oldBack = DetectionResult::fromJson(old);
        QCOMPARE(oldBack.verdict.reasons, english);
        QVERIFY(oldBack.verdict.details.isEmpty());

        struct English // the other tests expect English
        {
            ~English() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
        } restore;
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        for (const DetectionResult *shown : {&r, &back}) {
            DetectionPanel panel;
            panel.setResult(shown);
            QCOMPARE(panel.withheldBox()->reasons(), german);
            const QString box = panel.fieldText(QStringLiteral("withheld"));
            QVERIFY2(box.startsWith(QStringLiteral("Likelihood-Quotient zurückgehalten\n")), qPrintable(box));
            for (const QString &reason : german)
                QVERIFY2(box.contains(reason), qPrintable(box));
            QVERIFY2(!box.contains(english[0]), qPrintable(box));
        }
        // What is stored and reported stays English in German too.
        QCOMPARE(r.verdict.reasons, english);
        QCOMPARE(r.withheldReasons(), english);
        QCOMPARE(r.toJson(), stored);
        QCOMPARE(describeReason(r.verdict.details[1], false), english[1]);
        QCOMPARE(describeReason(r.verdict.details[1], true), german[1]);
        // The old analysis shows its stored English sentences.
        DetectionPanel panel;
        panel.setResult(&oldBack);
        QCOMPARE(panel.withheldBox()->reasons(), english);
        // The trace panel's withheld line too.
        QVERIFY2(TracePanel::withheldLine(r.verdict).contains(german[1]), qPrintable(TracePanel::withheldLine(r.verdict)));
    }

    // A broken validity.json: the detection runs, the LR is withheld with the file's error as the reason.
    void brokenValidityWithholds()
    {
        QTemporaryDir other;
        const QString manifest = writeDefaultModel(other.path(), nullptr, {});
        QFile f(QFileInfo(manifest).absoluteDir().filePath(QStringLiteral("validity.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"formatVersion\": 1, \"detection\": {\"a\": 1}}");
        f.close();
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(ModelManifest::fromJsonFile(manifest), std::make_shared<const AudioFile>(m_inside), cache);
        QVERIFY(!r.validityError.isEmpty());
        QVERIFY(r.hasCalibration());
        QVERIFY(!r.lrGiven());
        DetectionPanel panel;
        panel.setResult(&r);
        const QString box = panel.fieldText(QStringLiteral("withheld"));
        QVERIFY2(box.contains(QStringLiteral("could not be checked")) && box.contains(QStringLiteral("validity.json")), qPrintable(box));
    }

    // No validity.json: no LR line and no box, as before.
    void noValidityNoLr()
    {
        ModelCache cache;
        const DetectionResult r = DetectionTask::run(tinyManifest(), std::make_shared<const AudioFile>(m_short), cache);
        QVERIFY(!r.validity.present);
        QVERIFY(!r.hasCalibration());
        QVERIFY(r.withheldReasons().isEmpty());
        DetectionPanel panel;
        panel.setResult(&r);
        QVERIFY(panel.fieldText(QStringLiteral("lr")).isEmpty());
        QVERIFY(panel.fieldText(QStringLiteral("withheld")).isEmpty());
        QVERIFY(panel.withheldBox()->isHidden());
    }

    // With no remembered choice the chooser starts on sourcetrace-default (listed after the tiny models of
    // tests/data); a remembered choice still wins.
    void chooserPicksDefaultModel()
    {
        forgetModelChoice();
        {
            MainWindow w(std::make_unique<FakeAudioOutput>());
            w.setInteractive(false);
            w.setModelFolders({dataDir(), m_models});
            QVERIFY(w.waitForModels(30000));
            QCOMPARE(w.currentModel(), defaultModelName());
            QVERIFY(w.setCurrentModel(QStringLiteral("tiny-tuple")));
        }
        {
            MainWindow w(std::make_unique<FakeAudioOutput>());
            w.setInteractive(false);
            w.setModelFolders({dataDir(), m_models});
            QVERIFY(w.waitForModels(30000));
            QCOMPARE(w.currentModel(), QStringLiteral("tiny-tuple"));
        }
        forgetModelChoice();
    }

    // No library open: tracing uses library.db beside the default model, read-only; the panel says so. The
    // inside clip gets the LR line, the 0.3 s clip "LR withheld" with the reason and the warning box.
    void traceUsesDefaultLibrary()
    {
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({m_models});
        QVERIFY(w.waitForModels(30000));
        LibraryPanel *lp = w.libraryPanel();
        QVERIFY(!lp->library());
        QVERIFY(lp->tracesDefaultLibrary());
        const QString db = QFileInfo(QDir(m_models).filePath(QStringLiteral("sourcetrace-default/library.db"))).canonicalFilePath();
        QCOMPARE(QFileInfo(lp->defaultLibraryPath()).canonicalFilePath(), db);
        QVERIFY(lp->traceLibrary()->readOnly());

        QVERIFY(w.openFile(m_inside));
        QVERIFY2(w.trace(QStringLiteral("cosine"), true), qPrintable(w.lastError()));
        auto r = w.traceResult();
        QVERIFY(r);
        QVERIFY(r->defaultLibrary);
        QVERIFY(r->validityChecked);
        QVERIFY(r->verdict.inside);
        TracePanel *tp = w.tracePanel();
        QVERIFY2(tp->statusText().contains(QStringLiteral("default library")), qPrintable(tp->statusText()));
        QCOMPARE(tp->decisionText(int(SourceLevel::Attack)), QStringLiteral("A"));
        QVERIFY2(tp->lrText(int(SourceLevel::Attack)).startsWith(QStringLiteral("LR 2 (log10 LR 0.30)")), qPrintable(tp->lrText(int(SourceLevel::Attack))));
        QVERIFY(tp->withheldBox()->isHidden());

        QVERIFY(w.openFile(m_short));
        QVERIFY2(w.trace(QStringLiteral("cosine"), true), qPrintable(w.lastError()));
        r = w.traceResult();
        QVERIFY(r);
        QVERIFY(!r->verdict.inside);
        const QString lr = tp->lrText(int(SourceLevel::Attack));
        QVERIFY2(lr.startsWith(QStringLiteral("LR withheld: ")) && lr.contains(QStringLiteral("shorter than the shortest validated duration")),
                 qPrintable(lr));
        QVERIFY(!tp->withheldBox()->isHidden());
        QCOMPARE(tp->withheldBox()->reasons(), r->verdict.reasons);
        QTreeWidgetItem *lrItem = tp->tree()->topLevelItem(0)->child(0)->child(0);
        QVERIFY(lrItem);
        QCOMPARE(lrItem->text(0), lr);

        // A library the user opens is used instead.
        QTemporaryDir own;
        const QString mine = QDir(own.path()).filePath(QStringLiteral("mine.db"));
        FingerprintLibrary::create(mine, ModelBinding::of(defaultManifest()));
        QVERIFY(w.openLibrary(mine));
        QVERIFY(!lp->tracesDefaultLibrary());
        QCOMPARE(lp->traceLibrary(), lp->library());
    }

    // First start: the default model's detection and the default library's trace, both shown; the chooser stays.
    void analyseWithDefaults()
    {
        forgetModelChoice();
        {
            MainWindow w(std::make_unique<FakeAudioOutput>());
            w.setInteractive(false);
            w.setModelFolders({dataDir(), m_models});
            QVERIFY(w.waitForModels(30000));
            QVERIFY(w.setCurrentModel(QStringLiteral("tiny-tuple")));
            QVERIFY(w.openFile(m_inside));
            QVERIFY(w.analyseWithDefaults(true));
            QVERIFY(w.detectionResult());
            QCOMPARE(w.detectionResult()->manifest.name, defaultModelName());
            QVERIFY(w.detectionResult()->lrGiven());
            QVERIFY(!w.detectionPanel()->fieldText(QStringLiteral("lr")).isEmpty());
            QVERIFY(w.traceResult());
            QVERIFY(w.traceResult()->defaultLibrary);
            QCOMPARE(w.currentModel(), QStringLiteral("tiny-tuple"));
            QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("detectionDock"))->isHidden());
            QVERIFY(!w.findChild<QDockWidget *>(QStringLiteral("traceDock"))->isHidden());
        }
        forgetModelChoice();
        // Asked before the model list is ready: it runs once the list is there.
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.setModelFolders({m_models});
        QVERIFY(w.openFile(m_short));
        QVERIFY(w.analyseWithDefaults(false));
        QTRY_VERIFY_WITH_TIMEOUT(w.detectionResult() && w.traceResult(), 60000);
        QVERIFY(!w.detectionPanel()->fieldText(QStringLiteral("withheld")).isEmpty());
        QVERIFY(!w.tracePanel()->withheldBox()->isHidden());
        QVERIFY(w.waitUntilReady(30000));
    }
};

QTEST_MAIN(TestUiValidity)
#include "tst_ui_validity.moc"
