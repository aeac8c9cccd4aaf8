// The main window at its default size on a 1366x768 screen in every language of the interface (issue 14): no tab
// title of the docks' tab bars, the central tabs or the tabs inside the docks is elided or scrolled out of its tab
// bar; the trace list's names, the chart legends and the score pane's key are whole. Each language runs in its own
// window, built after its translation is installed (as `sourcetrace --lang L` does), with the application's style, on
// the demo clip analysed with the default model and library (models/ of the checkout; no ../shared).
// SOURCETRACE_SHOT_DIR=DIR saves the windows there.
#include "common/AppStyle.h"
#include "detection/ScoreTimelineLayer.h"
#include "playback/FakeAudioOutput.h"
#include "tracing/TracePanel.h"
#include "util/Translations.h"
#include "view/Pane.h"
#include "window/MainWindow.h"
#include "testutil.h"
#include "uilayoutchecks.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace st;

namespace {

constexpr int kScreenWidth = 1366;
constexpr int kUsableHeight = 768 - 32 - 32; // less a panel and a title bar

/// QTabBar's own elision happens in its protected initStyleOption(): this reaches it.
struct TabBarAccess : QTabBar
{
    static QString shownText(const QTabBar *bar, int i)
    {
        QStyleOptionTab opt;
        static_cast<const TabBarAccess *>(bar)->initStyleOption(&opt, i);
        return opt.text;
    }
};

/// The part of `r` (in w's coordinates) that the window shows: clipped by every ancestor (scroll areas' viewports too).
QRect visiblePart(const QWidget *w, QRect r)
{
    QPoint offset(0, 0);
    for (const QWidget *p = w; p->parentWidget() && !p->isWindow(); p = p->parentWidget()) {
        offset += p->pos();
        r = r.intersected(p->parentWidget()->rect().translated(-offset));
    }
    return r;
}

/// The problems of one tab bar's titles: elided by the bar, wider than the tab, lying (partly) outside the bar
/// (scrolled away behind its scroll buttons), or cut off by what holds the bar (a dock's scroll area).
QStringList tabProblems(const QTabBar *bar, const QString &where)
{
    QStringList problems;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = bar->tabText(i);
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        const QRect tab = bar->tabRect(i);
        const int need = bar->fontMetrics().horizontalAdvance(plain);
        qInfo("%s tab '%s': needs %d px, tab %d px at %d (bar %d px)", qPrintable(where), qPrintable(plain), need, tab.width(),
              tab.x(), bar->width());
        if (TabBarAccess::shownText(bar, i) != text)
            problems << QStringLiteral("%1: tab '%2' is elided to '%3'").arg(where, plain, TabBarAccess::shownText(bar, i));
        else if (need > tab.width())
            problems << QStringLiteral("%1: tab '%2' needs %3 px, has %4").arg(where, plain).arg(need).arg(tab.width());
        if (!bar->rect().contains(tab))
            problems << QStringLiteral("%1: tab '%2' lies outside its tab bar (%3 px wide)").arg(where, plain).arg(bar->width());
        else if (visiblePart(bar, tab) != tab)
            problems << QStringLiteral("%1: tab '%2' is cut off: %3 of its %4 px are shown")
                            .arg(where, plain).arg(visiblePart(bar, tab).width()).arg(tab.width());
    }
    return problems;
}

/// Every visible tab bar of the window (dock groups, central tabs, tab widgets inside docks).
QStringList allTabProblems(QWidget *window, const QString &scene, int *bars)
{
    QStringList problems;
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!bar->isVisible() || bar->count() == 0)
            continue;
        ++*bars;
        QStringList titles;
        for (int i = 0; i < bar->count(); ++i)
            titles << bar->tabText(i);
        problems << tabProblems(bar, QStringLiteral("%1 [%2]").arg(scene, titles.join(QStringLiteral(" | "))));
    }
    return problems;
}

/// A chart legend along the bottom must hold every label with its mark and spacing (about 45 px each in Qt 6.4).
QStringList legendProblems(QWidget *root, int *charts)
{
    QStringList problems;
    for (QChartView *v : root->findChildren<QChartView *>()) {
        if (!v->isVisible() || !v->chart()->legend()->isVisible())
            continue;
        ++*charts;
        const QRectF legend = v->chart()->legend()->geometry();
        if (!QRectF(QPointF(0, 0), v->viewport()->size()).contains(legend)) {
            problems << QStringLiteral("chart '%1': the legend lies outside the view").arg(v->chart()->title());
            continue;
        }
        if (const QRect l = legend.toAlignedRect().intersected(v->viewport()->rect()); visiblePart(v->viewport(), l) != l) {
            problems << QStringLiteral("chart '%1': the legend is cut off by the panel").arg(v->chart()->title());
            continue;
        }
        // Titles (the chart's, the axes') are QGraphicsTextItems that Qt Charts elides with "...".
        for (QGraphicsItem *item : v->scene()->items())
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->isVisible() && t->toPlainText().contains(QLatin1String("...")))
                problems << QStringLiteral("chart '%1': a title is elided to '%2'").arg(v->chart()->title(), t->toPlainText());
        int need = 0;
        for (QLegendMarker *mk : v->chart()->legend()->markers())
            if (mk->isVisible())
                need += QFontMetrics(mk->font()).horizontalAdvance(mk->label()) + 45;
        if (need > legend.width() + 1)
            problems << QStringLiteral("chart '%1': the legend needs %2 px, has %3").arg(v->chart()->title()).arg(need).arg(legend.width());
    }
    return problems;
}

/// The score pane's key: every word of what it draws (the model's name breaks only after - _ and .) fits the key.
QStringList keyProblems(const ScoreTimelineLayer *layer)
{
    QStringList problems;
    const int room = Pane::kRightMargin - 6;
    const QFontMetrics fm(layer->keyFont(QApplication::font(), room));
    for (const QString &text : layer->keyTexts()) {
        QString breakable = text;
        for (const QChar c : {QLatin1Char('-'), QLatin1Char('_'), QLatin1Char('.')})
            breakable.replace(c, QString(c) + QLatin1Char(' '));
        for (const QString &word : breakable.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int need = fm.horizontalAdvance(word);
            if (need > room)
                problems << QStringLiteral("score key: '%1' of '%2' needs %3 px, has %4").arg(word, text).arg(need).arg(room);
        }
    }
    return problems;
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SOURCETRACE_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestUiLayoutLang : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (sttest::sourceDir().isEmpty())
            QSKIP("SOURCETRACE_SOURCE_DIR is not set (run through ctest)");
        qputenv("XDG_CONFIG_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(m_tmp.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        applyDarkStyle(*qApp);
    }

    void nothingElided_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *l : {"en", "de", "fi", "cs"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void nothingElided()
    {
        QFETCH(QString, lang);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), lang), lang);
        MainWindow w(std::make_unique<FakeAudioOutput>());
        w.setInteractive(false);
        QVERIFY(w.width() <= kScreenWidth && w.height() <= kUsableHeight);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.waitForModels(60000));
        QVERIFY(w.openFile(QDir(sttest::sourceDir()).filePath(QStringLiteral("resources/demo/demo.flac"))));
        QVERIFY(w.analyseWithDefaults(true));
        QVERIFY(w.waitUntilReady(60000));
        QCoreApplication::processEvents();
        QStringList problems;
        int bars = 0;
        int charts = 0;

        // As it opens: File, Jobs, Detection above; Spectrogram, Trace, Explain, Annotations below.
        shot(&w, QStringLiteral("lang-%1-clip").arg(lang));
        problems << allTabProblems(&w, QStringLiteral("clip view"), &bars);
        QTreeWidget *tree = w.tracePanel()->tree();
        QVERIFY(tree->topLevelItemCount() > 0);
        problems << sttest::traceNameProblems(tree);
        const QList<ScoreTimelineLayer *> layers = w.findChildren<ScoreTimelineLayer *>();
        QVERIFY(!layers.isEmpty());
        QVERIFY(!layers.first()->windows().empty());
        problems << keyProblems(layers.first());

        // Each dock that opens on demand, one at a time: Training (bottom; its tabs and charts), Case (bottom; its
        // tabs), Library with its map (left).
        const QList<QStringList> scenes{{QStringLiteral("trainingDock")}, {QStringLiteral("caseDock")},
                                        {QStringLiteral("libraryDock"), QStringLiteral("mapDock")}};
        for (const QStringList &scene : scenes) {
            QList<QDockWidget *> docks;
            for (const QString &name : scene) {
                auto *d = w.findChild<QDockWidget *>(name);
                QVERIFY2(d, qPrintable(name));
                d->show();
                docks << d;
            }
            QCoreApplication::processEvents();
            QVERIFY(w.height() <= kUsableHeight);
            shot(&w, QStringLiteral("lang-%1-%2").arg(lang, scene.first()));
            problems << allTabProblems(&w, scene.first(), &bars);
            problems << sttest::traceNameProblems(tree);
            if (docks.first() == w.trainingDock())
                problems << legendProblems(w.trainingDock(), &charts);
            for (QDockWidget *d : docks)
                d->hide();
        }

        // The Evaluation tab, scrolled to its plots (at 1366x768 the tab scrolls rather than squeezing the charts).
        w.centralTabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        if (auto *area = qobject_cast<QScrollArea *>(w.centralTabs()->currentWidget()))
            area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        shot(&w, QStringLiteral("lang-%1-evaluation").arg(lang));
        problems << allTabProblems(&w, QStringLiteral("evaluation"), &bars);
        problems << legendProblems(w.centralTabs()->currentWidget(), &charts);

        qInfo("%s: %d tab bars, %d chart legends checked", qPrintable(lang), bars, charts);
        QVERIFY(bars >= 4);
        QVERIFY(charts >= 2);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUiLayoutLang)
#include "tst_ui_layout_lang.moc"
