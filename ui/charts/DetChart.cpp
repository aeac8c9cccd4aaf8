#include "charts/DetChart.h"
#include "common/LocaleFormat.h"

#include "eval/Metrics.h"

#include <QLocale>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace st {

DetChart::DetChart(QWidget *parent) : QChartView(parent)
{
    auto *c = new QChart();
    c->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
    c->setLocale(shownLocale());
    c->setTitle(tr("DET curve"));
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setWindowTitle(tr("DET curve"));
    m_x = makeAxis(tr("False alarm rate (%)"));
    m_y = makeAxis(tr("Miss rate (%)"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_diagonal = new QLineSeries(c);
    m_diagonal->setName(tr("EER line"));
    QPen pen(Qt::gray);
    pen.setStyle(Qt::DashLine);
    m_diagonal->setPen(pen);
    const double lo = axisPosition(axisMinProbability()), hi = axisPosition(axisMaxProbability());
    m_diagonal->append(lo, lo);
    m_diagonal->append(hi, hi);
    c->addSeries(m_diagonal);
    m_diagonal->attachAxis(m_x);
    m_diagonal->attachAxis(m_y);
}

double DetChart::axisPosition(double probability)
{
    return probit(std::clamp(probability, 1e-6, 1.0 - 1e-6));
}

std::vector<double> DetChart::tickProbabilities()
{
    return {0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.4};
}

QString DetChart::tickLabel(double probability)
{
    return shownLocale().toString(probability * 100.0, 'g', 3) + QLatin1Char('%');
}

QCategoryAxis *DetChart::makeAxis(const QString &title)
{
    auto *a = new QCategoryAxis(this);
    a->setTitleText(title);
    a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    a->setMin(axisPosition(axisMinProbability()));
    a->setMax(axisPosition(axisMaxProbability()));
    a->setStartValue(axisPosition(axisMinProbability()));
    for (double p : tickProbabilities())
        a->append(tickLabel(p), axisPosition(p));
    a->setGridLineVisible(true);
    return a;
}

void DetChart::setScoreSets(const std::vector<ScoreSet> &sets, int maxCurves)
{
    for (QLineSeries *s : m_curves) {
        chart()->removeSeries(s);
        delete s;
    }
    m_curves.clear();
    m_sets.clear();
    for (const ScoreSet &set : sets) {
        if (set.targets.empty() || set.nontargets.empty() || int(m_sets.size()) >= maxCurves)
            continue;
        m_sets.push_back(set);
        const DetPlot p = computeDetPlot(set.targets, set.nontargets, 1500);
        const double eer = computeEer(set.targets, set.nontargets).eer;
        auto *s = new QLineSeries();
        s->setName(tr("%1 (EER %2 %)").arg(set.name, shownLocale().toString(eer * 100.0, 'f', 2)));
        QList<QPointF> pts;
        pts.reserve(qsizetype(p.pfa.size()));
        for (std::size_t i = 0; i < p.pfa.size(); ++i)
            pts.append(QPointF(axisPosition(p.pfa[i]), axisPosition(p.pmiss[i])));
        s->replace(pts);
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_curves.push_back(s);
    }
}

QString DetChart::csv() const
{
    return detCsv(m_sets);
}

} // namespace st
