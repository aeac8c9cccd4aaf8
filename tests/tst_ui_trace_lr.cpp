// The trace panel's likelihood ratio (issue #4): with an LR calibration stored in the library (llr = ln 2 * s,
// set by hand), a clip whose top candidate scores cosine 1 shows "LR 2 (log10 LR 0.30): weak support ..." under
// that candidate, naming the calibration set; without a calibration no LR row appears. Offscreen.
#include "tracing/TracePanel.h"
#include "tracing/TraceTask.h"
#include "eval/LinearCalibration.h"
#include "library/FingerprintLibrary.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace st;

class TestUiTraceLr : public QObject
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

private slots:
    void lrUnderTopCandidate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("l.db"));
        FingerprintLibrary::create(db, {QStringLiteral("toy"), QStringLiteral("00ff"), 2});
        FingerprintLibrary lib(db);
        lib.enrol({clip(QStringLiteral("a1"), 1.0f, QStringLiteral("A")), clip(QStringLiteral("b1"), -1.0f, QStringLiteral("B"))});

        TracePanel panel;
        panel.setResult(std::make_shared<TraceResult>(TraceTask::score(lib, {1.0f, 0.0f}, QStringLiteral("cosine"))));
        QVERIFY(panel.lrText(int(SourceLevel::Attack)).isEmpty());
        QCOMPARE(panel.tree()->topLevelItem(0)->child(0)->childCount(), 0);

        StoredLrCalibration c;
        c.level = SourceLevel::Attack;
        c.backend = QStringLiteral("cosine");
        c.a = std::log(2.0);
        c.b = 0.0;
        c.protocolName = QStringLiteral("dev.tsv");
        c.protocolSha256 = QStringLiteral("abc");
        c.targets = 3;
        c.nontargets = 3;
        c.created = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        lib.setLrCalibration(c);
        // another back-end's calibration is not used
        StoredLrCalibration k = c;
        k.backend = QStringLiteral("knn");
        k.a = 100;
        lib.setLrCalibration(k);

        const TraceResult r = TraceTask::score(lib, {1.0f, 0.0f}, QStringLiteral("cosine"));
        QCOMPARE(int(r.lrCalibrations.size()), 1);
        panel.setResult(std::make_shared<TraceResult>(r));
        const QString text = panel.lrText(int(SourceLevel::Attack));
        QVERIFY2(text.startsWith(QStringLiteral("LR 2 (log10 LR 0.30): ")), qPrintable(text));
        QVERIFY2(text.contains(verbalEquivalent(2.0)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from A ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Calibrated on dev.tsv (3 target / 3 non-target trials, 2026-11-23)")), qPrintable(text));
        QTreeWidgetItem *top = panel.tree()->topLevelItem(0)->child(0);
        QCOMPARE(top->text(0), QStringLiteral("1. A"));
        QCOMPARE(top->childCount(), 1);
        QCOMPARE(top->child(0)->text(0), text);
        // only the top candidate carries the LR
        QCOMPARE(panel.tree()->topLevelItem(0)->child(1)->childCount(), 0);
    }
};

QTEST_MAIN(TestUiTraceLr)
#include "tst_ui_trace_lr.moc"
