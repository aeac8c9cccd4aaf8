#pragma once
// The evaluation lab in the GUI: a form to start an evaluation run (core/eval/EvaluationRun.h) as a
// background job with progress and cancel, a summary table of the result (pooled EER known/unknown per level,
// minDCF, Cllr/minCllr, closed-set accuracy/macro-F1, OOD AUROC/FPR95, calibration) and the plots in tabs
// (DET, score histograms, confusion matrix, Tippett), each exportable as PNG, SVG and CSV.
// Results are applied on the GUI thread; a running job is cancelled when the panel is destroyed.
#include "eval/EvaluationRun.h"
#include "jobs/Job.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace st {

class ConfusionMatrixView;
class DetChart;
class JobManager;
class ScoreHistogramChart;
class TippettChart;

class EvaluationPanel : public QWidget
{
    Q_OBJECT
public:
    /// `jobs` = the application's job manager (so the run shows in the jobs panel); null = a private one.
    explicit EvaluationPanel(JobManager *jobs = nullptr, QWidget *parent = nullptr);
    ~EvaluationPanel() override;

    /// Shows a finished result (also what a finished background run calls).
    void setResult(const EvaluationResult &result);
    bool hasResult() const { return m_result != nullptr; }
    const EvaluationResult &result() const; ///< only when hasResult()

    /// The form's options, and filling the form from options.
    EvaluationOptions options() const;
    void setOptions(const EvaluationOptions &options);

    /// Starts a run in the background (refused, returning null, while one runs). Progress shows in the panel;
    /// evaluationFinished() is emitted on the GUI thread.
    JobPtr startEvaluation(const EvaluationOptions &options);
    void cancelEvaluation();
    bool isRunning() const;

    /// The summary rows as (metric, value) text, in display order.
    QList<QPair<QString, QString>> summary() const;
    /// The value of a summary row by its metric text; empty when absent.
    QString summaryValue(const QString &metric) const;

    DetChart *detChart() const { return m_det; }
    ScoreHistogramChart *histogramChart() const { return m_hist; }
    ConfusionMatrixView *confusionView() const { return m_confusion; }
    TippettChart *tippettChart() const { return m_tippett; }
    QTabWidget *plotTabs() const { return m_tabs; }
    /// Exports the plot of the current tab by extension (.png/.svg/.csv); throws st::Error.
    void exportCurrentPlot(const QString &path);

signals:
    void evaluationFinished(bool succeeded, const QString &message);

private:
    void buildForm(QWidget *box);
    void onRun();
    void onExport();
    void onHistogramSetChanged(int index);
    void fillSummary();
    void setRunning(bool running);
    void browse(QLineEdit *edit, bool folder, const QString &filter);

    JobManager *m_jobs;
    std::unique_ptr<EvaluationResult> m_result;
    JobPtr m_job;
    QList<QPair<QString, QString>> m_summary;

    QComboBox *m_mode;
    QLineEdit *m_protocol, *m_input, *m_out, *m_unknown;
    QComboBox *m_backend;
    QDoubleSpinBox *m_enrol;
    QSpinBox *m_seed;
    QCheckBox *m_attackFromName, *m_calibrate;
    QPushButton *m_run, *m_cancel, *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    QComboBox *m_histSet;
    DetChart *m_det;
    ScoreHistogramChart *m_hist;
    ConfusionMatrixView *m_confusion;
    TippettChart *m_tippett;
};

} // namespace st
