#include "charts/TippettChart.h"
#include "common/LocaleFormat.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace st {

TippettChart::TippettChart(QWidget *parent) : QChartView(parent)
{
    auto *c = new QChart();
    c->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
    c->setLocale(shownLocale());
    c->setTitle(tr("Tippett plot"));
    c->legend()->setAlignment(Qt::AlignBottom);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setWindowTitle(tr("Tippett plot"));
    m_tarSeries = new QLineSeries(c);
    m_nonSeries = new QLineSeries(c);
    m_unity = new QLineSeries(c);
    m_tarSeries->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    m_nonSeries->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    QPen dash(Qt::gray);
    dash.setStyle(Qt::DashLine);
    m_unity->setPen(dash);
    m_unity->setName(QStringLiteral("LR = 1"));
    m_x = new QValueAxis(this);
    m_x->setTitleText(tr("log10 LR (x)"));
    m_y = new QValueAxis(this);
    m_y->setTitleText(tr("Proportion of LRs >= x"));
    m_y->setRange(0.0, 1.0);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_tarSeries, m_nonSeries, m_unity}) {
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
}

void TippettChart::setScoreSet(const ScoreSet &set)
{
    m_set = set;
    m_tar = computeTippett(set.targets);
    m_non = computeTippett(set.nontargets);
    chart()->setTitle(set.areLlrs ? tr("Tippett plot: %1").arg(set.name)
                                  : tr("Tippett plot: %1 (uncalibrated scores taken as LLRs)").arg(set.name));
    m_tarSeries->setName(tr("target (%1)").arg(set.targets.size()));
    m_nonSeries->setName(tr("non-target (%1)").arg(set.nontargets.size()));
    double lo = 0, hi = 0;
    bool any = false;
    for (const TippettCurve *c : {&m_tar, &m_non})
        if (!c->log10Lr.empty()) {
            lo = any ? std::min(lo, c->log10Lr.front()) : c->log10Lr.front();
            hi = any ? std::max(hi, c->log10Lr.back()) : c->log10Lr.back();
            any = true;
        }
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double pad = std::max(0.05 * (hi - lo), 0.1);
    lo -= pad;
    hi += pad;
    m_x->setRange(lo, hi);
    m_x->applyNiceNumbers(); // round ticks; the steps below then span the whole axis
    lo = m_x->min();
    hi = m_x->max();
    // A step function: proportion[i] holds on (value i-1, value i] and drops right after value i.
    const auto steps = [&](const TippettCurve &c, int cls, QLineSeries *s) {
        QList<QPointF> pts;
        double x0 = lo;
        for (std::size_t i = 0; i < c.log10Lr.size(); ++i) {
            pts << QPointF(x0, c.proportion[i]) << QPointF(c.log10Lr[i], c.proportion[i]);
            x0 = c.log10Lr[i];
        }
        const double after = proportionAtOrAbove(cls, std::nextafter(x0, INFINITY)); // +inf LLRs only
        pts << QPointF(x0, after) << QPointF(hi, after);
        s->replace(pts);
    };
    steps(m_tar, 0, m_tarSeries);
    steps(m_non, 1, m_nonSeries);
    m_unity->replace(QList<QPointF>{QPointF(0.0, 0.0), QPointF(0.0, 1.0)});
}

double TippettChart::proportionAtOrAbove(int cls, double log10Lr) const
{
    const std::vector<double> &llrs = cls == 0 ? m_set.targets : m_set.nontargets;
    if (llrs.empty())
        return 0.0;
    std::size_t n = 0;
    for (double v : llrs)
        n += (v / std::log(10.0) >= log10Lr) ? 1 : 0;
    return double(n) / double(llrs.size());
}

double TippettChart::targetsBelowOne() const
{
    return m_set.targets.empty() ? 0.0 : 1.0 - proportionAtOrAbove(0, 0.0);
}

double TippettChart::nontargetsAboveOne() const
{
    if (m_set.nontargets.empty())
        return 0.0;
    std::size_t n = 0;
    for (double v : m_set.nontargets)
        n += v > 0.0 ? 1 : 0;
    return double(n) / double(m_set.nontargets.size());
}

QString TippettChart::csv() const
{
    return tippettCsv({m_set});
}

} // namespace st
