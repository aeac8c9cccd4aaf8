// Evaluation plots (ui/charts): the DET chart's probit axes against hand values, histogram bins by hand, confusion
// matrix cells and colours (read back from the exported PNG), Tippett proportions by hand, PNG/SVG/CSV exports
// with the right content, and the EvaluationPanel (summary, background run, failure, cancel of a waiting run).
#include "charts/ConfusionMatrixView.h"
#include "charts/DetChart.h"
#include "charts/EvaluationPanel.h"
#include "charts/ScoreHistogramChart.h"
#include "charts/TippettChart.h"
#include "jobs/JobManager.h"
#include "util/Error.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace st;

class TestUiCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(text);
        return p;
    }

    /// 2 attacks x 6 clips in 3 dimensions, plus 6 clips of an unknown attack U; attack from the name.
    QString embeddings()
    {
        QByteArray csv = "filename,0,1,2\n";
        for (int i = 0; i < 6; ++i) {
            csv += QStringLiteral("A_%1,1,%2,0\n").arg(i).arg(0.1 * i).toUtf8();
            csv += QStringLiteral("B_%1,%2,1,0\n").arg(i).arg(0.1 * i).toUtf8();
            csv += QStringLiteral("U_%1,0,%2,1\n").arg(i).arg(0.05 * i).toUtf8();
        }
        return write(QStringLiteral("emb.csv"), csv);
    }

private slots:
    void probitAxes()
    {
        // standard normal quantiles (R: qnorm)
        QVERIFY(std::abs(DetChart::axisPosition(0.5)) < 1e-12);
        QVERIFY(std::abs(DetChart::axisPosition(0.1) - (-1.2815515655446004)) < 1e-9);
        QVERIFY(std::abs(DetChart::axisPosition(0.01) - (-2.3263478740408408)) < 1e-9);
        QVERIFY(std::abs(DetChart::axisPosition(0.001) - (-3.090232306167813)) < 1e-9);
        QVERIFY(std::abs(DetChart::axisPosition(0.4) - (-0.2533471031357997)) < 1e-9);
        QVERIFY(std::abs(DetChart::axisPosition(0.0) - (-4.753424308822899)) < 1e-6); // clipped at 1e-6
        DetChart c;
        const QStringList want{"0.1%", "0.5%", "1%", "2%", "5%", "10%", "20%", "40%"};
        QCOMPARE(c.xAxis()->categoriesLabels(), want);
        QCOMPARE(c.yAxis()->categoriesLabels(), want);
        QVERIFY(std::abs(c.xAxis()->endValue(QStringLiteral("1%")) - (-2.3263478740408408)) < 1e-9);
        QVERIFY(std::abs(c.xAxis()->endValue(QStringLiteral("20%")) - (-0.8416212335729143)) < 1e-9);
        QVERIFY(std::abs(c.xAxis()->min() - (-3.2905267314918945)) < 1e-9); // 0.05 %

        // bona fide {1,2,3} vs spoof {-1,0,1.5}: cut 3 of the reference DET is Pmiss = Pfa = 1/3 (the EER point)
        c.setScoreSets({ScoreSet{QStringLiteral("s"), {1, 2, 3}, {-1, 0, 1.5}, false}});
        QCOMPARE(c.curveCount(), 1);
        QVERIFY(c.curve(0)->name().contains(QStringLiteral("EER 33.33 %")));
        const double third = -0.4307272992954576; // qnorm(1/3)
        bool found = false;
        for (const QPointF &p : c.curve(0)->points())
            found = found || (std::abs(p.x() - third) < 1e-9 && std::abs(p.y() - third) < 1e-9);
        QVERIFY(found);
        const QString csv = c.csv();
        QVERIFY(csv.startsWith(QStringLiteral("set,pmiss,pfa,probit_pmiss,probit_pfa\n")));
        QVERIFY(csv.contains(QStringLiteral("\ns,0.3333333333,0.3333333333,-0.4307272993,-0.4307272993\n")));
    }

    void histogramBins()
    {
        ScoreHistogramChart h;
        h.setScores(ScoreSet{QStringLiteral("h"), {0, 1, 2, 3, 4}, {0.5, 4, 0.999}, false}, 4);
        QCOMPARE(h.histogram().targetCounts, (std::vector<std::size_t>{1, 1, 1, 2}));
        QCOMPARE(h.histogram().nontargetCounts, (std::vector<std::size_t>{2, 0, 0, 1}));
        // outline: (0,0), then two points per bin at the bin's density, then (4,0)
        const QList<QPointF> t = h.outline(0)->points();
        QCOMPARE(t.size(), 2 * 4 + 2);
        QCOMPARE(t[1], QPointF(0, 0.2));
        QCOMPARE(t[8], QPointF(4, 0.4));
        QCOMPARE(h.outline(1)->points()[1], QPointF(0, 2.0 / 3.0));
        QVERIFY(h.csv().contains(QStringLiteral("\nh,0,1,1,2,0.2,0.6666666667\n")));
    }

    void confusionCells()
    {
        // truth A A A B B C, predicted A B A B A C
        const ClassificationReport r = ClassificationReport::compute(
            {"A", "A", "A", "B", "B", "C"}, {"A", "B", "A", "B", "A", "C"});
        ConfusionMatrixView v;
        v.setReport(r);
        QCOMPARE(v.classCount(), 3);
        QCOMPARE(v.count(0, 0), std::size_t(2));
        QCOMPARE(v.count(0, 1), std::size_t(1));
        QCOMPARE(v.count(1, 0), std::size_t(1));
        QCOMPARE(v.count(2, 2), std::size_t(1));
        QCOMPARE(v.count(2, 0), std::size_t(0));
        QCOMPARE(v.rowShare(0, 0), 2.0 / 3.0);
        QCOMPARE(v.cellColour(2, 2), QColor(8, 48, 107)); // share 1
        QCOMPARE(v.cellColour(2, 0), QColor(255, 255, 255)); // share 0
        QCOMPARE(v.csv(), QStringLiteral("true\\predicted,A,B,C\nA,2,1,0\nB,1,1,0\nC,0,0,1\n"));

        // the exported PNG shows each cell's colour at its place (away from the count text in the middle)
        const QString png = m_dir.filePath(QStringLiteral("confusion.png"));
        v.savePng(png, QSize(600, 500));
        QImage img(png);
        QCOMPARE(img.size(), QSize(600, 500));
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p) {
                const QRectF cell = v.cellRect(t, p, QSizeF(600, 500));
                const QPoint at = (cell.topLeft() + QPointF(cell.width() * 0.2, cell.height() * 0.2)).toPoint();
                const QColor got = img.pixelColor(at), want = v.cellColour(t, p);
                QVERIFY2(std::abs(got.red() - want.red()) <= 2 && std::abs(got.blue() - want.blue()) <= 2,
                         qPrintable(QStringLiteral("cell %1,%2: %3 vs %4").arg(t).arg(p).arg(got.name(), want.name())));
            }
    }

    void tippettProportions()
    {
        const double l10 = std::log(10.0);
        // targets log10 LR {-1, 0.5, 1, 2}; non-targets {-2, -1, 0.5}
        TippettChart c;
        c.setScoreSet(ScoreSet{QStringLiteral("t"), {-l10, 0.5 * l10, l10, 2 * l10}, {-2 * l10, -l10, 0.5 * l10}, true});
        QCOMPARE(c.proportionAtOrAbove(0, 0.0), 0.75);
        QCOMPARE(c.proportionAtOrAbove(0, 1.0), 0.5);
        QCOMPARE(c.proportionAtOrAbove(1, -1.0), 2.0 / 3.0);
        QCOMPARE(c.proportionAtOrAbove(1, 0.6), 0.0);
        QCOMPARE(c.targetsBelowOne(), 0.25);
        QCOMPARE(c.nontargetsAboveOne(), 1.0 / 3.0);
        QCOMPARE(c.curve(0).proportion, (std::vector<double>{1.0, 0.75, 0.5, 0.25}));
        // the drawn step holds proportion 0.75 from log10 LR -1 up to 0.5
        const QList<QPointF> pts = c.series(0)->points();
        QVERIFY(pts.contains(QPointF(-1, 0.75)) || [&] {
            for (const QPointF &p : pts)
                if (std::abs(p.x() + 1) < 1e-12 && p.y() == 0.75)
                    return true;
            return false;
        }());
        QVERIFY(c.csv().startsWith(QStringLiteral("set,class,log10_lr,proportion_ge\n")));
        QVERIFY(c.csv().contains(QStringLiteral("\nt,nontarget,0.5,0.3333333333\n")));
    }

    void exports()
    {
        DetChart c;
        c.setScoreSets({ScoreSet{QStringLiteral("sys"), {1, 2, 3, 2.5}, {-1, 0, 1.5, 0.2}, false}});
        const QString png = m_dir.filePath(QStringLiteral("det.png"));
        const QString svg = m_dir.filePath(QStringLiteral("det.svg"));
        const QString csv = m_dir.filePath(QStringLiteral("det.csv"));
        c.savePng(png, QSize(800, 600));
        c.saveSvg(svg, QSize(800, 600), QStringLiteral("DET of sys"));
        c.saveByExtension(csv);
        const QImage img(png);
        QCOMPARE(img.size(), QSize(800, 600));
        int nonWhite = 0;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                nonWhite += img.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY2(nonWhite > 200, "the PNG should show axes, grid and curves");
        const QByteArray s = readAll(svg);
        QVERIFY(s.contains("<svg"));
        QVERIFY(s.contains("DET of sys"));
        QVERIFY2(s.contains("40%") && s.contains("0.1%"), "tick labels are text in the SVG");
        QVERIFY(s.contains("<path") || s.contains("<polyline"));
        QCOMPARE(QString::fromUtf8(readAll(csv)), c.csv());
        QVERIFY_THROWS_EXCEPTION(Error, c.saveByExtension(m_dir.filePath(QStringLiteral("det.txt"))));
        QVERIFY_THROWS_EXCEPTION(Error, c.savePng(m_dir.filePath(QStringLiteral("no/such/dir/det.png"))));
    }

    void panelSummaryAndRun()
    {
        JobManager jobs(1);
        EvaluationPanel panel(&jobs);
        panel.resize(1200, 800);
        EvaluationOptions o;
        o.mode = EvaluationMode::Trace;
        o.embeddings = embeddings();
        o.attackFromFilename = true;
        o.unknownAttacks = {QStringLiteral("U")};
        o.backend = QStringLiteral("knn");
        panel.setOptions(o);
        const EvaluationOptions back = panel.options();
        QCOMPARE(back.embeddings, o.embeddings);
        QCOMPARE(back.unknownAttacks, o.unknownAttacks);
        QCOMPARE(back.backend, QStringLiteral("knn"));

        QSignalSpy done(&panel, &EvaluationPanel::evaluationFinished);
        QVERIFY(panel.startEvaluation(panel.options()));
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY(panel.hasResult());
        const EvaluationResult &r = panel.result();
        QCOMPARE(r.knownAttacks, (QStringList{"A", "B"}));
        QCOMPARE(panel.summaryValue(QStringLiteral("Unknown attacks")), QStringLiteral("U"));
        double eer = 0;
        for (const SplitMetrics &m : r.metrics)
            if (m.level == QLatin1String("ATK") && m.subset == QLatin1String("known"))
                eer = m.eer;
        QCOMPARE(panel.summaryValue(QStringLiteral("Pooled EER known ATK")),
                 QStringLiteral("%1 %").arg(eer * 100.0, 0, 'f', 2));
        QVERIFY(!panel.summaryValue(QStringLiteral("OOD AUROC")).isEmpty());
        QVERIFY(!panel.summaryValue(QStringLiteral("Closed-set accuracy")).isEmpty());
        QVERIFY(panel.detChart()->curveCount() >= 1);
        QCOMPARE(panel.confusionView()->classCount(), 2);
        // SOURCETRACE_CHART_SHOTS=DIR saves the panel and every plot as PNG there, to look at them
        const QString shots = qEnvironmentVariable("SOURCETRACE_CHART_SHOTS");
        if (!shots.isEmpty()) {
            panel.show();
            QTest::qWait(50);
            panel.grab().save(shots + QStringLiteral("/panel.png"));
            panel.detChart()->savePng(shots + QStringLiteral("/det.png"));
            panel.histogramChart()->savePng(shots + QStringLiteral("/hist.png"));
            panel.confusionView()->savePng(shots + QStringLiteral("/confusion.png"));
            panel.tippettChart()->savePng(shots + QStringLiteral("/tippett.png"));
        }
        // export of each tab
        for (int t = 0; t < panel.plotTabs()->count(); ++t) {
            panel.plotTabs()->setCurrentIndex(t);
            const QString base = m_dir.filePath(QStringLiteral("tab%1").arg(t));
            panel.exportCurrentPlot(base + QStringLiteral(".csv"));
            panel.exportCurrentPlot(base + QStringLiteral(".svg"));
            QVERIFY(QFile::exists(base + QStringLiteral(".csv")) && QFile::exists(base + QStringLiteral(".svg")));
        }

        // a failing run reports the file
        EvaluationOptions bad = o;
        bad.embeddings = m_dir.filePath(QStringLiteral("missing.csv"));
        done.clear();
        panel.startEvaluation(bad);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(QStringLiteral("missing.csv")));
        QVERIFY(panel.hasResult()); // the previous result stays

        // cancel: the single worker is busy, so the evaluation waits and is cancelled before it runs
        std::atomic<bool> release{false};
        JobPtr blocker = jobs.run(QStringLiteral("blocker"), [&](JobContext &) -> QVariant {
            while (!release.load())
                QThread::msleep(5);
            return {};
        });
        done.clear();
        JobPtr job = panel.startEvaluation(o);
        QVERIFY(job);
        QVERIFY(panel.isRunning());
        QVERIFY(!panel.startEvaluation(o)); // one run at a time
        panel.cancelEvaluation();
        release.store(true);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 30000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(job->state(), JobState::Cancelled);
        jobs.waitForAll(30000);
    }
};

QTEST_MAIN(TestUiCharts)
#include "tst_ui_charts.moc"
