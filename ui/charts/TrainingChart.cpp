#include "charts/TrainingChart.h"
#include "common/LocaleFormat.h"

#include "common/Theme.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QResizeEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace st {

namespace {

QColor paletteColour(int i)
{
    static const QColor colours[] = {QColor(0x5c, 0xc8, 0xa8), QColor(0xff, 0xb3, 0x47), QColor(0x6a, 0xa8, 0xff),
                                     QColor(0xe0, 0x6c, 0xc8), QColor(0xc8, 0xd8, 0x5c), QColor(0x9a, 0x8c, 0xff),
                                     QColor(0xff, 0x7a, 0x6a)};
    return colours[i % int(std::size(colours))];
}

void styleAxis(QValueAxis *a, const QString &title)
{
    a->setTitleText(title);
    a->setTitleBrush(Theme::axisText());
    a->setLabelsBrush(Theme::axisText());
    a->setLinePenColor(Theme::axisLine());
    a->setGridLineColor(Theme::gridLine());
    QFont f = a->labelsFont();
    f.setPointSizeF(Theme::axisFontPointSize());
    a->setLabelsFont(f);
    a->setTitleFont(f);
}

/// A "nice" upper bound (1, 2, 2.5, 5 x 10^n) at or above v.
double niceCeiling(double v)
{
    if (!(v > 0) || !std::isfinite(v))
        return 1.0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v * 0.9999)
            return m * p;
    return 10 * p;
}

} // namespace

TrainingChart::TrainingChart(Kind kind, QWidget *parent) : QChartView(parent), m_kind(kind)
{
    auto *c = new QChart();
    c->setLocalizeNumbers(true); // axis labels in the user's locale (shown only)
    c->setLocale(shownLocale());
    c->setBackgroundBrush(Theme::panelBackground());
    c->setTitleBrush(Theme::axisText());
    QFont tf = c->titleFont();
    tf.setPointSizeF(Theme::axisFontPointSize() + 1);
    tf.setBold(true);
    c->setTitleFont(tf);
    c->setTitle(kind == Kind::Loss ? tr("Loss") : tr("Validation: detection EER, accuracy"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setLabelColor(Theme::axisText());
    QFont lf = c->legend()->font();
    lf.setPointSizeF(Theme::axisFontPointSize());
    c->legend()->setFont(lf);
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setWindowTitle(c->title());
    setMinimumSize(220, 180);
    fitTitle();

    m_x = new QValueAxis(this);
    styleAxis(m_x, tr("Epoch"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis(this);
    styleAxis(m_y, kind == Kind::Loss ? tr("Loss") : tr("%"));
    m_y->setLabelFormat(kind == Kind::Loss ? QStringLiteral("%.2g") : QStringLiteral("%d"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    rebuild();
}

void TrainingChart::setPlannedEpochs(int epochs)
{
    m_planned = std::max(0, epochs);
    rebuild();
}

void TrainingChart::clear()
{
    m_history.clear();
    rebuild();
}

void TrainingChart::resizeEvent(QResizeEvent *e)
{
    QChartView::resizeEvent(e);
    fitTitle();
}

void TrainingChart::fitTitle()
{
    // The chart's margins and the title's own (about 24 px in all) beside the text.
    const QString full = windowTitle();
    const bool fits = QFontMetrics(chart()->titleFont()).horizontalAdvance(full) + 24 <= width();
    const QString shown = fits || m_kind == Kind::Loss ? full : tr("Validation");
    if (chart()->title() != shown)
        chart()->setTitle(shown);
    setToolTip(fits ? QString() : full);
}

void TrainingChart::setHistory(const std::vector<train::EpochRecord> &history)
{
    m_history.clear();
    for (const train::EpochRecord &r : history)
        addEpoch(r);
    rebuild();
}

void TrainingChart::addEpoch(const train::EpochRecord &record)
{
    m_history.erase(std::remove_if(m_history.begin(), m_history.end(),
                                   [&](const train::EpochRecord &r) { return r.epoch >= record.epoch; }),
                    m_history.end());
    m_history.push_back(record);
    rebuild();
}

QLineSeries *TrainingChart::series(const QString &name) const
{
    for (QLineSeries *s : m_series)
        if (s->name() == name)
            return s;
    return nullptr;
}

QLineSeries *TrainingChart::addSeries(const QString &name, const QColor &colour, bool dashed)
{
    auto *s = new QLineSeries(chart());
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    s->setPointsVisible(true);
    chart()->addSeries(s);
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    m_series.push_back(s);
    return s;
}

void TrainingChart::rebuild()
{
    for (QLineSeries *s : m_series) {
        chart()->removeSeries(s);
        delete s;
    }
    m_series.clear();
    double yMax = 0;
    auto add = [&](QLineSeries *s, double x, double y) {
        if (!std::isfinite(y))
            return;
        s->append(x, y);
        yMax = std::max(yMax, y);
    };
    if (m_kind == Kind::Loss) {
        // The chart's title says "Loss": short names keep the legend whole in a narrow dock (1366x768).
        QLineSeries *train = addSeries(tr("training"), paletteColour(0), false);
        QLineSeries *val = addSeries(tr("validation"), paletteColour(1), true);
        for (const train::EpochRecord &r : m_history) {
            add(train, r.epoch, r.trainLoss);
            add(val, r.epoch, r.validationLoss);
        }
    } else {
        bool anyEer = false;
        QStringList heads;
        for (const train::EpochRecord &r : m_history) {
            anyEer = anyEer || r.detectionEer >= 0;
            for (const auto &kv : r.accuracy)
                if (!heads.contains(kv.first))
                    heads << kv.first;
        }
        // The bona fide head first, the others in the order of the levels' names.
        std::stable_sort(heads.begin(), heads.end(), [](const QString &a, const QString &b) {
            return (a == QLatin1String("bonafide")) > (b == QLatin1String("bonafide"));
        });
        int colour = 0;
        if (anyEer) {
            QLineSeries *eer = addSeries(tr("EER"), paletteColour(colour++), true);
            for (const train::EpochRecord &r : m_history)
                if (r.detectionEer >= 0)
                    add(eer, r.epoch, 100.0 * r.detectionEer);
        }
        for (const QString &h : heads) {
            QLineSeries *acc = addSeries(tr("acc. %1").arg(h), paletteColour(colour++), false);
            for (const train::EpochRecord &r : m_history) {
                const auto it = r.accuracy.find(h);
                if (it != r.accuracy.end())
                    add(acc, r.epoch, 100.0 * it->second);
            }
        }
    }
    int lastEpoch = m_planned;
    for (const train::EpochRecord &r : m_history)
        lastEpoch = std::max(lastEpoch, r.epoch);
    lastEpoch = std::max(lastEpoch, 2);
    m_x->setRange(1, lastEpoch);
    m_x->setTickCount(std::min(lastEpoch, 11));
    if (lastEpoch > 11) {
        m_x->setTickType(QValueAxis::TicksDynamic);
        m_x->setTickAnchor(0);
        double step = 1;
        while (lastEpoch / step > 10)
            step = step * (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2); // 1, 2, 5, 10, 20, 50...
        m_x->setTickInterval(step);
    } else {
        m_x->setTickType(QValueAxis::TicksFixed);
    }
    if (m_kind == Kind::Loss) {
        m_y->setRange(0, niceCeiling(yMax > 0 ? yMax * 1.05 : 1.0));
        m_y->setTickCount(5);
    } else {
        m_y->setRange(0, 100);
        m_y->setTickCount(6);
    }
}

QString TrainingChart::csv() const
{
    QString out = QStringLiteral("epoch");
    for (QLineSeries *s : m_series)
        out += QLatin1Char(',') + s->name();
    out += QLatin1Char('\n');
    for (const train::EpochRecord &r : m_history) {
        out += QString::number(r.epoch);
        for (QLineSeries *s : m_series) {
            out += QLatin1Char(',');
            for (const QPointF &p : s->points())
                if (int(std::lround(p.x())) == r.epoch) {
                    out += QString::number(p.y(), 'g', 8);
                    break;
                }
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace st
