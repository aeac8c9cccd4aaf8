// CorpusExplainDialog under the offscreen platform: runs a corpus explanation of two synthetic clips (one "bona fide"
// tone, one "spoof" noise) with the default model as a background job, then shows the summary table, the chart
// categories of the label column, and refuses an output folder without summary.json with a message naming it.
#include "audiotestutil.h"
#include "testutil.h"

#include "attribution/CorpusExplainDialog.h"
#include "jobs/JobManager.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace st;

class TestUiExplainCorpus : public QObject
{
    Q_OBJECT
private slots:
    void runAndShow();
};

void TestUiExplainCorpus::runAndShow()
{
    const QString manifestPath = QDir(sttest::sourceDir()).filePath(QStringLiteral("models/sourcetrace-default/manifest.json"));
    if (!QFileInfo::exists(manifestPath))
        QSKIP("models/sourcetrace-default is not in this checkout");
    QTemporaryDir tmp;
    std::vector<float> tone(8000), noise(8000);
    QRandomGenerator rng(3);
    for (size_t i = 0; i < tone.size(); ++i) {
        tone[i] = float(0.3 * std::sin(2 * M_PI * 200.0 * double(i) / 16000.0));
        noise[i] = float(0.2 * (rng.generateDouble() - 0.5));
    }
    QVERIFY(sttest::writeAudio(tmp.filePath(QStringLiteral("a.wav")), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 16000, 1, tone));
    QVERIFY(sttest::writeAudio(tmp.filePath(QStringLiteral("b.wav")), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 16000, 1, noise));
    QFile p(tmp.filePath(QStringLiteral("p.tsv")));
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write("file\tattack\na.wav\tbonafide\nb.wav\tA01\n");
    p.close();

    JobManager jobs(1);
    CorpusExplainDialog dlg(&jobs, {{QStringLiteral("sourcetrace-default"), ModelManifest::fromJsonFile(manifestPath)}});
    dlg.show();
    // An output folder without a summary is refused, naming the file.
    QVERIFY(!dlg.loadResults(tmp.path()));
    QVERIFY2(dlg.lastError().contains(QStringLiteral("summary.json")), qPrintable(dlg.lastError()));
    // An incomplete form is refused.
    QVERIFY(!dlg.start());
    dlg.setInput(p.fileName());
    dlg.setOutputFolder(tmp.filePath(QStringLiteral("out")));
    dlg.setSteps(4);
    QSignalSpy done(&dlg, &CorpusExplainDialog::finished);
    QVERIFY(dlg.start());
    QVERIFY(dlg.isRunning());
    QVERIFY(jobs.waitForAll(600000));
    QCoreApplication::processEvents();
    QCOMPARE(done.count(), 1);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    // all, label x2, attack x2
    QCOMPARE(dlg.tableRows(), 5);
    QCOMPARE(dlg.chartCategories(), (QStringList{QStringLiteral("bonafide"), QStringLiteral("spoof")}));
    QCOMPARE(dlg.summary().value(QStringLiteral("explained")).toInt(), 2);
    QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("out/clips/a/report.json"))));
    // A second dialog opens the finished folder.
    CorpusExplainDialog viewer(&jobs, {});
    QVERIFY(viewer.loadResults(tmp.filePath(QStringLiteral("out"))));
    QCOMPARE(viewer.tableRows(), 5);
}

QTEST_MAIN(TestUiExplainCorpus)
#include "tst_ui_explain_corpus.moc"
