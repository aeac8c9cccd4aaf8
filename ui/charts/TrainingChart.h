#pragma once
// The learning curves of a training run (core/train), one point per epoch: either the losses (training and
// validation) or the validation metrics (the bona fide head's detection EER and each head's accuracy, in percent).
// Series are made from the records shown, so a run with three heads gets three accuracy curves. Exportable as
// PNG, SVG and CSV like the evaluation plots.
#include "charts/ChartExport.h"
#include "train/Trainer.h"

#include <QChartView>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace st {

class TrainingChart : public QChartView, public ChartExport
{
    Q_OBJECT
public:
    enum class Kind { Loss, Metrics };
    explicit TrainingChart(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Replaces the curves with these epochs (sorted by epoch; a later record of the same epoch wins).
    void setHistory(const std::vector<train::EpochRecord> &history);
    /// Adds one epoch; a record of an epoch already shown replaces it and the epochs after it (a resumed run).
    void addEpoch(const train::EpochRecord &record);
    void clear();
    const std::vector<train::EpochRecord> &history() const { return m_history; }
    /// The x axis shows at least 1..epochs (the planned run) even before the points arrive.
    void setPlannedEpochs(int epochs);

    int seriesCount() const { return int(m_series.size()); }
    QLineSeries *series(int i) const { return m_series.at(std::size_t(i)); }
    /// The series with this legend name, or null.
    QLineSeries *series(const QString &name) const;
    QValueAxis *xAxis() const { return m_x; }
    QValueAxis *yAxis() const { return m_y; }

    QString csv() const override;
    QWidget *exportWidget() override { return this; }

protected:
    /// A title too wide for the chart (in a narrow dock) is shortened to its first word ("Validation"), the whole one
    /// in the tooltip, instead of being elided.
    void resizeEvent(QResizeEvent *e) override;

private:
    void rebuild();
    void fitTitle();
    QLineSeries *addSeries(const QString &name, const QColor &colour, bool dashed);

    Kind m_kind;
    std::vector<train::EpochRecord> m_history;
    std::vector<QLineSeries *> m_series;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    int m_planned = 0;
};

} // namespace st
