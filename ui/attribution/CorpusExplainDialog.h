#pragma once
// "Explain a corpus…" (issue 13): Integrated Gradients over a protocol or a folder as a background job
// (core/explain/CorpusExplain), then its summaries: a table per group, Qt Charts bars of the band shares and
// of the speech / leading / trailing silence shares per group value, and the group's mean time-frequency map.
// An existing output folder can be opened to view its summary.
#include "models/ModelManifest.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

class QChartView;

namespace st {

class Job;
class JobManager;

class CorpusExplainDialog : public QDialog
{
    Q_OBJECT
public:
    /// `models`: the usable models (name, manifest) the user can choose from.
    CorpusExplainDialog(JobManager *jobs, const QList<QPair<QString, ModelManifest>> &models, QWidget *parent = nullptr);
    ~CorpusExplainDialog() override;

    void setInput(const QString &protocolOrFolder);
    void setOutputFolder(const QString &dir);
    void setSteps(int steps);
    void setModel(const QString &name);
    /// Starts the job (as the Run button); false with a message in lastError() when the form is incomplete.
    bool start();
    /// Shows an output folder's summary.json; false (lastError()) when it has none.
    bool loadResults(const QString &outDir);
    QString lastError() const { return m_lastError; }
    bool isRunning() const;
    /// The loaded summary (empty before).
    const QJsonObject &summary() const { return m_summary; }
    /// Group values shown for `column` in the charts (for tests).
    QStringList chartCategories() const;
    /// Rows in the summary table.
    int tableRows() const;

signals:
    void finished(bool ok, const QString &message);

private:
    void chooseProtocol();
    void chooseFolder();
    void chooseOutput();
    void chooseResults();
    void showColumn(const QString &column);
    void showTfMap();
    void fail(const QString &message);

    JobManager *m_jobs;
    QList<QPair<QString, ModelManifest>> m_models;
    QLineEdit *m_input, *m_output;
    QComboBox *m_model, *m_column, *m_tfGroup;
    QSpinBox *m_steps, *m_limit;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status, *m_tfImage;
    QTableWidget *m_table;
    QChartView *m_bandChart, *m_silenceChart;
    std::shared_ptr<Job> m_job;
    QString m_outDir, m_lastError;
    QJsonObject m_summary;
    QStringList m_categories;
};

} // namespace st
