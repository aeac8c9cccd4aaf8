#pragma once
// Detection error trade-off (DET) plot: miss rate against false-alarm rate, both on normal-deviate (probit)
// axes, so that normal score distributions give straight lines. Ticks are labelled in percent at
// 0.1, 0.5, 1, 2, 5, 10, 20 and 40 %; the axes span 0.05 % to 60 %. One curve per score set (the reference
// DET operating points of eval/Metrics.h), with its EER in the legend, and the EER diagonal dashed.
#include "charts/ChartExport.h"
#include "eval/EvaluationRun.h"

#include <QChartView>
#include <vector>

class QCategoryAxis;
class QLineSeries;

namespace st {

class DetChart : public QChartView, public ChartExport
{
    Q_OBJECT
public:
    explicit DetChart(QWidget *parent = nullptr);

    /// Replaces the curves; sets without targets or non-targets are skipped. At most `maxCurves` are drawn.
    void setScoreSets(const std::vector<ScoreSet> &sets, int maxCurves = 8);
    int curveCount() const { return int(m_curves.size()); }
    QLineSeries *curve(int i) const { return m_curves.at(std::size_t(i)); }
    QCategoryAxis *xAxis() const { return m_x; }
    QCategoryAxis *yAxis() const { return m_y; }

    /// Where a probability lies on the axes: probit(p), p clipped to [1e-6, 1 - 1e-6].
    static double axisPosition(double probability);
    /// The tick probabilities, 0.001 ... 0.4, and their labels ("0.1%" ... "40%").
    static std::vector<double> tickProbabilities();
    static QString tickLabel(double probability);
    static double axisMinProbability() { return 0.0005; }
    static double axisMaxProbability() { return 0.6; }

    QString csv() const override;
    QWidget *exportWidget() override { return this; }

private:
    QCategoryAxis *makeAxis(const QString &title);

    std::vector<ScoreSet> m_sets;
    std::vector<QLineSeries *> m_curves;
    QLineSeries *m_diagonal = nullptr;
    QCategoryAxis *m_x = nullptr;
    QCategoryAxis *m_y = nullptr;
};

} // namespace st
