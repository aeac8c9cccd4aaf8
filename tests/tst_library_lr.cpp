// Likelihood-ratio calibration stored with a library (issue #4): calibrateLr on a hand-computable dev set, the
// storage round trip through the meta table (protocol name, SHA-256, trial counts, date), replacement, and the
// LR / verbal scale the trace applies to a top candidate.
//
// Hand computation: sources A (fingerprint (1,0)) and B ((-1,0)), cosine scores. Dev clips labelled A: (1,0) twice
// and (-1,0) once, so target scores {1, 1, -1} and non-target scores {-1, -1, 1}. Logistic regression at prior
// 0.5: by the symmetry tar = -non the offset is b = 0, and dC/da = 0 reads 2 sigma(-a) = sigma(a), i.e. e^a = 2:
// a = ln 2, so a top candidate with cosine 1 has LR 2 (log10 LR 0.30103): "weak support".
#include "eval/LinearCalibration.h"
#include "library/FingerprintLibrary.h"
#include "library/LibraryEnroller.h"
#include "jobs/Job.h"
#include "library/OpenSet.h"
#include "library/TraceBackend.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace st;

class TestLibraryLr : public QObject
{
    Q_OBJECT

    static EnrolmentClip clip(const QString &sha, float x, const QString &attack)
    {
        EnrolmentClip c;
        c.sha256 = sha;
        c.path = sha + QStringLiteral(".flac");
        c.embedding = {x, 0.0f};
        c.labels[SourceLevel::Attack] = attack;
        return c;
    }

    static LabelledEmbedding dev(float x, const QString &attack)
    {
        LabelledEmbedding e;
        e.clip.file = QStringLiteral("dev.flac");
        e.clip.attack = attack;
        e.embedding = {x, 0.0f};
        return e;
    }

private slots:
    void handComputedCalibrationStoredAndApplied()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(db, {QStringLiteral("toy"), QStringLiteral("00ff"), 2});
        FingerprintLibrary lib(db);
        lib.enrol({clip(QStringLiteral("a1"), 1.0f, QStringLiteral("A")), clip(QStringLiteral("b1"), -1.0f, QStringLiteral("B"))});
        auto backend = TraceBackend::create(QStringLiteral("cosine"));
        backend->fit(lib);
        const std::vector<LabelledEmbedding> devSet{dev(1, QStringLiteral("A")), dev(1, QStringLiteral("A")),
                                                    dev(-1, QStringLiteral("A"))};
        const auto cals = calibrateLr(*backend, devSet, QStringLiteral("dev.tsv"), QStringLiteral("abc123"));
        QCOMPARE(int(cals.size()), 1);
        const StoredLrCalibration &c = cals.front();
        QCOMPARE(c.level, SourceLevel::Attack);
        QCOMPARE(c.backend, QStringLiteral("cosine"));
        QVERIFY2(std::abs(c.a - std::log(2.0)) < 1e-6, qPrintable(QString::number(c.a, 'g', 12)));
        QVERIFY2(std::abs(c.b) < 1e-6, qPrintable(QString::number(c.b, 'g', 12)));
        QCOMPARE(c.targets, qint64(3));
        QCOMPARE(c.nontargets, qint64(3));
        QVERIFY(!c.separable);
        QVERIFY(c.devCllrCalibrated <= c.devCllrRaw + 1e-12);
        QVERIFY(c.created.isValid());

        // stored and read back
        lib.setLrCalibration(c);
        const auto back = FingerprintLibrary(db).lrCalibration(SourceLevel::Attack, QStringLiteral("cosine"));
        QVERIFY(back.has_value());
        QCOMPARE(back->a, c.a);
        QCOMPARE(back->b, c.b);
        QCOMPARE(back->protocolName, QStringLiteral("dev.tsv"));
        QCOMPARE(back->protocolSha256, QStringLiteral("abc123"));
        QCOMPARE(back->targets, qint64(3));
        QCOMPARE(back->nontargets, qint64(3));
        QCOMPARE(back->created.toString(Qt::ISODate), c.created.toString(Qt::ISODate));
        QVERIFY(!lib.lrCalibration(SourceLevel::Attack, QStringLiteral("knn")).has_value());
        QVERIFY(!lib.lrCalibration(SourceLevel::Vocoder, QStringLiteral("cosine")).has_value());

        // applied to the top candidate of a clip at (1, 0): score 1 -> LR 2, weak support
        const auto ranked = backend->score({1.0f, 0.0f});
        QCOMPARE(ranked.front().ranked.front().source, QStringLiteral("A"));
        const double llr = back->llr(ranked.front().ranked.front().score);
        QVERIFY(std::abs(std::exp(llr) - 2.0) < 1e-5);
        QVERIFY(std::abs(llr / std::log(10.0) - 0.30103) < 1e-5);
        QCOMPARE(verbalEquivalentForLlr(llr), verbalEquivalent(2.0));
        QVERIFY(verbalEquivalentForLlr(llr).contains(QStringLiteral("weak")));

        // storing again replaces
        StoredLrCalibration other = c;
        other.a = 3.0;
        other.protocolName = QStringLiteral("dev2.tsv");
        lib.setLrCalibration(other);
        QCOMPARE(lib.lrCalibrations().size(), 1);
        QCOMPARE(lib.lrCalibration(SourceLevel::Attack, QStringLiteral("cosine"))->a, 3.0);
        // the thresholds table is untouched
        QVERIFY(lib.thresholds().isEmpty());
    }

    void enrolJobDescriptionCountsTheClips()
    {
        // the `library enrol` / GUI progress label names the real number of clips (it once said "enrol 0 clips":
        // the count was taken after the clips had been moved into the job)
        std::vector<ClipToEnrol> clips(3);
        for (int i = 0; i < 3; ++i)
            clips[std::size_t(i)].path = QStringLiteral("c%1.wav").arg(i);
        auto outcome = std::make_shared<EnrolmentOutcome>();
        const JobPtr job = LibraryEnroller::makeJob(QStringLiteral("/tmp/x/lib.db"), std::move(clips),
                                                    [](const QString &) { return std::vector<float>{}; }, outcome);
        QCOMPARE(job->description(), QStringLiteral("enrol 3 clips into lib.db"));
    }

    void levelWithoutNonTargetsIsLeftOut()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(db, {QStringLiteral("toy"), QStringLiteral("00ff"), 2});
        FingerprintLibrary lib(db);
        lib.enrol({clip(QStringLiteral("a1"), 1.0f, QStringLiteral("A"))});
        auto backend = TraceBackend::create(QStringLiteral("cosine"));
        backend->fit(lib);
        QVERIFY(calibrateLr(*backend, {dev(1, QStringLiteral("A"))}, QStringLiteral("d"), QStringLiteral("s")).empty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryLr)
#include "tst_library_lr.moc"
