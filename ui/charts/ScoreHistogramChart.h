#pragma once
// Target and non-target score histograms on shared bins (eval/EvaluationRun.h computeScoreHistogram), drawn
// as filled step outlines of the density (count / (class total x bin width)), so that classes of very
// different sizes (a few targets among many non-targets) stay comparable.
#include "charts/ChartExport.h"
#include "eval/EvaluationRun.h"

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace st {

class ScoreHistogramChart : public QChartView, public ChartExport
{
    Q_OBJECT
public:
    explicit ScoreHistogramChart(QWidget *parent = nullptr);

    /// `targetName`/`nontargetName` label the legend ("target", "bona fide", ...).
    void setScores(const ScoreSet &set, int bins = 50, const QString &targetName = QString(),
                   const QString &nontargetName = QString());
    const ScoreHistogram &histogram() const { return m_hist; }
    QString setName() const { return m_name; }
    /// The outline of one class (0 = targets, 1 = non-targets): the step points drawn.
    QLineSeries *outline(int cls) const { return cls == 0 ? m_tarLine : m_nonLine; }

    QString csv() const override;
    QWidget *exportWidget() override { return this; }

private:
    ScoreHistogram m_hist;
    QString m_name;
    QLineSeries *m_tarLine = nullptr, *m_nonLine = nullptr;
    QLineSeries *m_tarBase = nullptr, *m_nonBase = nullptr;
    QAreaSeries *m_tarArea = nullptr, *m_nonArea = nullptr;
    QValueAxis *m_x = nullptr, *m_y = nullptr;
};

} // namespace st
