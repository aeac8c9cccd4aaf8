// The "Artefact statistics..." dialog (ui/attribution/ArtefactStatsDialog) on synthetic explanations with known
// answers (the same layout as tests/tst_explain_artefacts.cpp): its table, one chart per cue, the exports, and
// a clear message for bad inputs.
#include "attribution/ArtefactStatsDialog.h"
#include "detection/FusedDetectorBox.h"
#include "playback/FakeAudioOutput.h"
#include "window/MainWindow.h"
#include "util/Npy.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
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

void writeClip(const QString &dir, const std::vector<float> &a)
{
    QVERIFY(QDir().mkpath(dir));
    writeNpy(dir + "/attribution.npy", a.data(), {int64_t(a.size())});
    const int64_t frames = int64_t(a.size()) / 10;
    std::vector<float> env(std::size_t(3 * frames), 0.0f);
    for (int64_t f = 0; f < frames; ++f)
        for (int64_t i = f * 10; i < (f + 1) * 10; ++i)
            env[std::size_t(frames + f)] += std::abs(a[std::size_t(i)]);
    writeNpy(dir + "/envelopes.npy", env.data(), {3, frames});
    const QJsonObject o{{"format", "sourcetrace-attribution"},
                        {"evidence", QJsonObject{{"sha256", QString(64, QLatin1Char('a'))}, {"sampleRate", 100}, {"samples", double(a.size())}}},
                        {"frames", QJsonObject{{"frameSamples", 10}}}};
    writeText(dir + "/report.json", QJsonDocument(o).toJson());
}

} // namespace

class TestUiArtefacts : public QObject
{
    Q_OBJECT
private slots:
    void tableChartsAndExports()
    {
        QTemporaryDir tmp;
        std::vector<float> c1(100, 0.0f), c2(100, 1.0f);
        for (int i = 20; i < 40; ++i)
            c1[std::size_t(i)] = 1.0f;
        writeClip(tmp.filePath("expl/c1"), c1);
        writeClip(tmp.filePath("expl/c2"), c2);
        const QString proto = tmp.filePath("p.tsv"), csv = tmp.filePath("a.csv");
        writeText(proto, "file\tattack\nc1.flac\tA01\nc2.flac\tbonafide\n");
        writeText(csv, "file,start_s,end_s,low_hz,high_hz,cue,locality,audible,text\nc1.flac,0.2,0.4,,,glitch,3,no,\n"
                       "c2.flac,0,0.5,,,breath,3,no,\nnone.flac,0,0.5,,,breath,3,no,\n");
        ArtefactStatsDialog d;
        d.setInputs(proto, csv, tmp.filePath("expl"));
        QVERIFY2(d.compute(), qPrintable(d.status()));
        QVERIFY2(d.status().contains("2 of 2 clips used (1 bona fide, 1 spoof), 0 skipped; 2 annotations used, 1 refused"), qPrintable(d.status()));
        QStandardItemModel *m = d.tableModel();
        QCOMPARE(m->rowCount(), 2); // breath, glitch (enum order)
        QCOMPARE(m->item(0, 0)->text(), QString("breath"));
        QCOMPARE(m->item(1, 0)->text(), QString("glitch"));
        // glitch on c1 alone: time 0.2, attribution 1, enrichment 5, r 1, only on the spoof -> EER 0
        QCOMPARE(m->item(1, 3)->text(), QString("0.200"));
        QCOMPARE(m->item(1, 4)->text(), QString("1.000"));
        QCOMPARE(m->item(1, 6)->text(), QString("5.000"));
        QCOMPARE(m->item(1, 9)->text(), QString("0.0%"));
        // breath on c2 (uniform attribution): share 0.5 = time share, enrichment 1, only on the bona fide clip -> EER 100 %
        QCOMPARE(m->item(0, 4)->text(), QString("0.500"));
        QCOMPARE(m->item(0, 6)->text(), QString("1.000"));
        QCOMPARE(m->item(0, 9)->text(), QString("100.0%"));
        QCOMPARE(d.chartTabs()->count(), 2);
        QCOMPARE(d.chartTabs()->tabText(1), QString("glitch"));

        const QString tsv = tmp.filePath("t.tsv");
        d.exportTsv(tsv);
        QFile f(tsv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), d.result()->toTsv());
        d.chartTabs()->setCurrentIndex(1);
        const QString png = tmp.filePath("c.png");
        d.exportPng(png);
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 640);

        // bad input: a missing folder gives a message naming it, and an empty table
        d.setInputs(proto, csv, tmp.filePath("nowhere"));
        QVERIFY(!d.compute());
        QVERIFY2(d.status().contains(tmp.filePath("nowhere")) && d.status().contains("does not exist"), qPrintable(d.status()));
        QCOMPARE(d.tableModel()->rowCount(), 0);
        QCOMPARE(d.chartTabs()->count(), 0);
        try {
            d.exportTsv(tsv);
            QFAIL("expected an error");
        } catch (const std::exception &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains("compute the statistics first"));
        }
        d.setInputs(proto, QString(), tmp.filePath("expl"));
        QVERIFY(!d.compute());
        QVERIFY(d.status().contains("Choose the protocol"));
    }

    void windowActions()
    {
        QTemporaryDir tmp;
        qputenv("XDG_CONFIG_HOME", tmp.filePath("config").toLocal8Bit());
        qputenv("XDG_DATA_HOME", tmp.filePath("data").toLocal8Bit());
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        w.show();
        QAction *a = w.findChild<QAction *>("actArtefactStats");
        QVERIFY(a);
        // it sits in a menu of the menu bar
        bool inMenu = false;
        for (QAction *m : w.menuBar()->actions())
            if (m->menu() && m->menu()->actions().contains(a))
                inMenu = true;
        QVERIFY(inMenu);
        QVERIFY(!w.findChild<ArtefactStatsDialog *>());
        a->trigger();
        auto *d = w.findChild<ArtefactStatsDialog *>();
        QVERIFY(d && d->isVisible());
        a->trigger(); // one dialog per window
        QCOMPARE(w.findChildren<ArtefactStatsDialog *>().size(), 1);
        d->close();
        // the fused detectors live in the Detection dock
        auto *dock = w.findChild<QDockWidget *>("detectionDock");
        QVERIFY(dock);
        QVERIFY(dock->findChild<FusedDetectorBox *>("fusedDetectorBox"));
    }
};

QTEST_MAIN(TestUiArtefacts)
#include "tst_ui_artefacts.moc"
