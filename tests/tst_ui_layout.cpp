// The main window on a 1366x768 screen (issue 14): its default size fits the screen with a panel and a title bar, its
// minimum size fits too (in both tabs, with the Training dock open), and at that size the docks do not truncate what
// an examiner reads: the trace list (its rows visible, the candidates' names not cut), the chart legends (Training
// and Evaluation charts), the Explain panel's estimate, the score pane's key. Runs the default model and library on
// the demo clip (models/ of the checkout; no ../shared). SOURCETRACE_SHOT_DIR=DIR saves the window there.
#include "attribution/ExplainPanel.h"
#include "charts/EvaluationPanel.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/TracePanel.h"
#include "window/MainWindow.h"
#include "testutil.h"
#include "uilayoutchecks.h"

#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace st;

namespace {

/// A 1366x768 screen less a 32 px panel and a 32 px title bar: what the window itself may take.
constexpr int kScreenWidth = 1366;
constexpr int kUsableHeight = 768 - 32 - 32;

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SOURCETRACE_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// The part of `w` that its window shows: its rectangle clipped by every ancestor (scroll areas' viewports included),
/// in w's coordinates.
QRect visiblePart(const QWidget *w)
{
    QRect r = w->rect();
    QPoint offset(0, 0);
    for (const QWidget *p = w; p->parentWidget() && !p->isWindow(); p = p->parentWidget()) {
        offset += p->pos();
        const QRect parentRect = p->parentWidget()->rect().translated(-offset);
        r = r.intersected(parentRect);
    }
    return r;
}

bool fullyVisible(const QWidget *w) { return w->isVisible() && visiblePart(w) == w->rect(); }

} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_w;

    /// What is wrong with a chart's legend ("" when nothing): it must lie inside the view, and a legend along the
    /// bottom must hold every label and its mark and spacing (about 45 px each, as Qt 6.4 lays them out) in its
    /// width, or Qt elides the labels.
    static QString legendProblem(QChartView *v)
    {
        const QRectF legend = v->chart()->legend()->geometry();
        const QRectF chart = QRectF(QPointF(0, 0), v->viewport()->size());
        qInfo("chart '%s' %gx%g, legend %g,%g %gx%g", qPrintable(v->chart()->title()), chart.width(), chart.height(), legend.x(),
              legend.y(), legend.width(), legend.height());
        if (!chart.contains(legend))
            return QStringLiteral("%1: the legend lies outside the view").arg(v->chart()->title());
        int need = 0;
        for (QLegendMarker *mk : v->chart()->legend()->markers())
            if (mk->isVisible())
                need += QFontMetrics(mk->font()).horizontalAdvance(mk->label()) + 45;
        if (need > legend.width() + 1)
            return QStringLiteral("%1: the legend needs %2 px, has %3").arg(v->chart()->title()).arg(need).arg(legend.width());
        return {};
    }

    /// The problems of every visible chart's legend under root; `checked` counts the charts.
    static QStringList legendProblems(QWidget *root, int *checked)
    {
        QStringList problems;
        for (QChartView *v : root->findChildren<QChartView *>()) {
            if (!v->isVisible() || !v->chart()->legend()->isVisible())
                continue;
            const QString p = legendProblem(v);
            if (!p.isEmpty())
                problems << p;
            ++*checked;
        }
        return problems;
    }

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        m_w = std::make_unique<MainWindow>(std::make_unique<FakeAudioOutput>());
    }

    void defaultSizeFits()
    {
        if (qEnvironmentVariableIsSet("ST_LAYOUT_DEBUG")) {
            auto pr = [](const char *n, QWidget *x) { qInfo("%s %s: min %dx%d hint %dx%d vis %d", n, qPrintable(x->objectName()), x->minimumSizeHint().width(), x->minimumSizeHint().height(), x->sizeHint().width(), x->sizeHint().height(), int(x->isVisibleTo(x->window()))); };
            pr("central", m_w->centralWidget());
            for (QDockWidget *d : m_w->findChildren<QDockWidget *>()) { pr("dock", d); if (d->widget()) pr("  content", d->widget()); }
            for (int i = 0; i < m_w->centralTabs()->count(); ++i) pr("tab", m_w->centralTabs()->widget(i));
        }
        const QSize s = m_w->size();
        qInfo("default size %dx%d, minimum %dx%d", s.width(), s.height(), m_w->minimumSizeHint().width(), m_w->minimumSizeHint().height());
        QVERIFY2(s.width() <= kScreenWidth && s.height() <= kUsableHeight, qPrintable(QStringLiteral("%1x%2").arg(s.width()).arg(s.height())));
        QCOMPARE(MainWindow::defaultSize(), s);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        QCOMPARE(m_w->size(), s);
    }

    void minimumFitsInEveryView()
    {
        auto check = [this](const char *what) {
            QCoreApplication::processEvents();
            const QSize m = m_w->minimumSizeHint().expandedTo(m_w->minimumSize());
            qInfo("%s: minimum %dx%d", what, m.width(), m.height());
            QVERIFY2(m.width() <= kScreenWidth && m.height() <= kUsableHeight, what);
            QVERIFY2(m_w->height() <= kUsableHeight, what); // the window did not grow
        };
        check("clip tab");
        m_w->centralTabs()->setCurrentIndex(1);
        check("evaluation tab");
        m_w->centralTabs()->setCurrentIndex(0);
        m_w->trainingDock()->show();
        check("training dock");
        m_w->trainingDock()->hide();
        check("clip tab again");
    }

    void traceListIsReadable()
    {
        m_w->setInteractive(false);
        QVERIFY(m_w->waitForModels(60000));
        QVERIFY(m_w->openFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac"))));
        QVERIFY(m_w->analyseWithDefaults(true));
        QVERIFY(m_w->waitUntilReady(60000));
        TracePanel *panel = m_w->tracePanel();
        QTreeWidget *tree = panel->tree();
        QVERIFY(tree->topLevelItemCount() > 0);
        shot(m_w.get(), QStringLiteral("layout-trace"));
        // The list shows at least six rows without scrolling the dock ...
        const QRect vis = visiblePart(tree);
        const int row = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height();
        qInfo("trace tree %dx%d, visible %dx%d, row %d", tree->width(), tree->height(), vis.width(), vis.height(), row);
        QVERIFY2(vis.height() >= tree->header()->height() + 6 * row, qPrintable(QString::number(vis.height())));
        QCOMPARE(vis.width(), tree->width());
        // ... and the name column holds every name (levels and their top candidates) unelided.
        const QStringList problems = sttest::traceNameProblems(tree);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void explainEstimateIsShown()
    {
        QDockWidget *dock = m_w->findChild<QDockWidget *>(QStringLiteral("explainDock"));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        auto *estimate = m_w->explainPanel()->findChild<QLabel *>(QStringLiteral("explainEstimate"));
        QVERIFY(estimate);
        shot(m_w.get(), QStringLiteral("layout-explain"));
        qInfo("estimate '%s' %dx%d visible %dx%d", qPrintable(estimate->text()), estimate->width(), estimate->height(),
              visiblePart(estimate).width(), visiblePart(estimate).height());
        QVERIFY(!estimate->text().isEmpty());
        QVERIFY2(fullyVisible(estimate), "the estimate is cut off or scrolled out of the Explain dock");
        QVERIFY(estimate->height() >= estimate->heightForWidth(estimate->width()));
    }

    void chartLegendsAreWhole()
    {
        int checked = 0;
        m_w->centralTabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        shot(m_w.get(), QStringLiteral("layout-evaluation"));
        const QStringList evaluation = legendProblems(m_w->evaluationPanel(), &checked);
        QVERIFY2(evaluation.isEmpty(), qPrintable(evaluation.join(QStringLiteral("; "))));
        QVERIFY(checked >= 1);
        m_w->centralTabs()->setCurrentIndex(0);

        m_w->trainingDock()->show();
        QCoreApplication::processEvents();
        shot(m_w.get(), QStringLiteral("layout-training"));
        // With a clip analysed (the score pane shown) and the Training dock open, the window still fits.
        const QSize m = m_w->minimumSizeHint();
        qInfo("analysed, training dock: window %dx%d, minimum %dx%d", m_w->width(), m_w->height(), m.width(), m.height());
        QVERIFY(m.height() <= kUsableHeight);
        QVERIFY(m_w->height() <= kUsableHeight);
        checked = 0;
        const QStringList training = legendProblems(m_w->trainingDock(), &checked);
        QVERIFY(checked >= 2);
        QVERIFY2(training.isEmpty(), qPrintable(training.join(QStringLiteral("; "))));
    }

    void cleanupTestCase() { m_w.reset(); }
};

QTEST_MAIN(TestUiLayout)
#include "tst_ui_layout.moc"
