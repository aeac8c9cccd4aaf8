#include "charts/ScoreHistogramChart.h"
#include "common/LocaleFormat.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace st {

namespace {

QAreaSeries *makeArea(QChart *c, QLineSeries *upper, QLineSeries *lower, const QColor &colour)
{
    auto *a = new QAreaSeries(upper, lower);
    QColor fill = colour;
    fill.setAlpha(90);
    a->setBrush(fill);
    QPen pen(colour);
    pen.setWidthF(1.5);
    a->setPen(pen);
    c->addSeries(a);
    return a;
}

} // namespace

ScoreHistogramChart::ScoreHistogramChart(QWidget *parent) : QChartView(parent)
{
    auto *c = new QChart();
    c->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
    c->setLocale(shownLocale());
    c->setTitle(tr("Score distributions"));
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setWindowTitle(tr("Score histogram"));
    m_tarLine = new QLineSeries(this);
    m_tarBase = new QLineSeries(this);
    m_nonLine = new QLineSeries(this);
    m_nonBase = new QLineSeries(this);
    m_nonArea = makeArea(c, m_nonLine, m_nonBase, QColor(0xd6, 0x27, 0x28));
    m_tarArea = makeArea(c, m_tarLine, m_tarBase, QColor(0x1f, 0x77, 0xb4));
    m_x = new QValueAxis(this);
    m_x->setTitleText(tr("Score"));
    m_y = new QValueAxis(this);
    m_y->setTitleText(tr("Density"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QAreaSeries *a : {m_tarArea, m_nonArea}) {
        a->attachAxis(m_x);
        a->attachAxis(m_y);
    }
}

void ScoreHistogramChart::setScores(const ScoreSet &set, int bins, const QString &targetName,
                                    const QString &nontargetName)
{
    m_name = set.name;
    m_hist = computeScoreHistogram(set.targets, set.nontargets, bins);
    chart()->setTitle(tr("Score distributions: %1").arg(set.name));
    m_tarArea->setName(QStringLiteral("%1 (%2)").arg(targetName.isEmpty() ? tr("target") : targetName)
                           .arg(m_hist.targetTotal));
    m_nonArea->setName(QStringLiteral("%1 (%2)").arg(nontargetName.isEmpty() ? tr("non-target") : nontargetName)
                           .arg(m_hist.nontargetTotal));
    double ymax = 0;
    const auto steps = [&](QLineSeries *line, QLineSeries *base, bool target) {
        QList<QPointF> pts, basePts;
        const std::size_t n = m_hist.edges.size() - 1;
        for (std::size_t b = 0; b < n; ++b) {
            const double d = target ? m_hist.targetDensity(b) : m_hist.nontargetDensity(b);
            ymax = std::max(ymax, d);
            pts << QPointF(m_hist.edges[b], d) << QPointF(m_hist.edges[b + 1], d);
        }
        if (!pts.isEmpty()) { // close the outline at zero on both sides
            pts.prepend(QPointF(m_hist.edges.front(), 0.0));
            pts.append(QPointF(m_hist.edges.back(), 0.0));
        }
        for (const QPointF &p : pts)
            basePts << QPointF(p.x(), 0.0);
        line->replace(pts);
        base->replace(basePts);
    };
    steps(m_tarLine, m_tarBase, true);
    steps(m_nonLine, m_nonBase, false);
    m_x->setRange(m_hist.edges.front(), m_hist.edges.back());
    m_y->setRange(0.0, ymax > 0 ? ymax * 1.05 : 1.0);
}

QString ScoreHistogramChart::csv() const
{
    return histogramCsv(m_name, m_hist);
}

} // namespace st
