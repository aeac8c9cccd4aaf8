#pragma once
// Tippett plot: for target and non-target trials, the proportion of likelihood ratios >= x against
// x = log10 LR (eval/EvaluationRun.h computeTippett). With calibrated LLRs the target curve should stay high
// right of 0 and the non-target curve low; the crossing of each with log10 LR = 0 reads off the rates of
// misleading evidence. Scores that are not calibrated LLRs are drawn too (natural log taken as LLR) with a
// warning in the title.
#include "charts/ChartExport.h"
#include "eval/EvaluationRun.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace st {

class TippettChart : public QChartView, public ChartExport
{
    Q_OBJECT
public:
    explicit TippettChart(QWidget *parent = nullptr);

    /// `set` holds natural-log LLRs (set.areLlrs says whether they are calibrated).
    void setScoreSet(const ScoreSet &set);
    const TippettCurve &curve(int cls) const { return cls == 0 ? m_tar : m_non; }
    /// Proportion of the class's LLRs whose log10 LR is >= x, read off the curve (0 = targets).
    double proportionAtOrAbove(int cls, double log10Lr) const;
    /// Rates of misleading evidence: targets with LR < 1 and non-targets with LR > 1.
    double targetsBelowOne() const;
    double nontargetsAboveOne() const;
    QLineSeries *series(int cls) const { return cls == 0 ? m_tarSeries : m_nonSeries; }

    QString csv() const override;
    QWidget *exportWidget() override { return this; }

private:
    ScoreSet m_set;
    TippettCurve m_tar, m_non;
    QLineSeries *m_tarSeries = nullptr, *m_nonSeries = nullptr, *m_unity = nullptr;
    QValueAxis *m_x = nullptr, *m_y = nullptr;
};

} // namespace st
