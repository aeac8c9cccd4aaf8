#pragma once
// The Integrated Gradients panel: pick a model and a target (bona fide logit, margin, any class
// logit, or the cosine similarity to a fingerprint), a baseline, the number of steps and the rule;
// run it as a cancellable background job (JobManager, progress in the panel and the jobs panel); read
// the completeness figure (with a warning above 5 %) and the statistics of the current selection;
// export a PNG and the JSON report. It owns the AttributionData and the two layers the main window
// puts into its panes: waveformLayer() over the waveform, heatmapLayer() over the spectrogram.
#include "explain/AttributionReport.h"
#include "jobs/Job.h"
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"

#include <QImage>
#include <QWidget>
#include <memory>
#include <mutex>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace st {

class AttributionData;
class AttributionHeatmapLayer;
class AttributionLayer;
class JobManager;

class ExplainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(JobManager *jobs, QWidget *parent = nullptr);
    ~ExplainPanel() override;

    AttributionData *data() const { return m_data; }
    AttributionLayer *waveformLayer() const { return m_waveLayer; }
    AttributionHeatmapLayer *heatmapLayer() const { return m_heatLayer; }

    /// The models offered (usable manifests, e.g. from the window's ModelCatalog).
    void setModels(const QList<ModelManifest> &models);
    /// Fingerprints offered as cosine targets (e.g. from the fingerprint library): names and vectors.
    void setFingerprints(const QStringList &names, const std::vector<std::vector<float>> &vectors);
    /// The open clip (empty path: none). Clears the attributions of another clip.
    void setDocument(const QString &path, int documentRate, int64_t totalFrames);
    /// The selection in document frames (a == b: none): updates the region statistics.
    void setSelection(int64_t a, int64_t b);

    /// The settings the controls say (target resolved when the run starts).
    IgSettings settings() const;
    void setSteps(int steps);
    void setBaseline(BaselineKind k);
    /// Chooses the current model's recommended baseline (silence; noise at -50 dBFS for spectral models).
    void applyRecommendedBaseline();
    void setRule(IntegrationRule r);
    void setAttributeJumps(bool on);
    /// Selects a target entry by its spec ("bonafide", "margin", "logit:K", "cosine:NAME"); false if absent.
    bool selectTarget(const QString &spec);
    /// Selects the model by manifest name; false if it is not offered.
    bool selectModel(const QString &name);
    QStringList targetSpecs() const;

    /// Starts the run (what the Run button does); returns the job, or nullptr (message shown) when
    /// there is no clip or model.
    JobPtr run();
    /// When the last result's completeness gap is above 5 %: the steps offered for a new run (four
    /// times as many, within the spin box's range), else 0. runWithMoreSteps() sets them and runs (what
    /// the "Run again with N steps" button shows and does); nullptr when there is nothing to offer.
    int suggestedSteps() const;
    JobPtr runWithMoreSteps();
    void cancel();
    bool isRunning() const;

    /// Texts shown (for tests and the status bar).
    QString completenessText() const;
    bool completenessWarning() const;
    QString regionText() const;
    QString statusText() const;
    /// The summary of the selection (or the whole clip when there is none); empty report: default.
    AttributionSummary regionSummary() const;

    /// The export picture: waveform with the attribution tint, spectrogram with the map, legend.
    QImage renderImage(int width = 1400) const;
    /// Throw st::Error naming the file when it cannot be written.
    void exportPng(const QString &path) const;
    void exportJson(const QString &path) const;

signals:
    void finished(bool ok);

private:
    static constexpr int kQuietNoise = 101; ///< baseline box data of "noise at -50 dBFS"
    void buildUi();
    void rebuildTargets();
    void onFinished(const Job &job);
    void updateRegion();
    void updateButtons();

    JobManager *m_jobs;
    AttributionData *m_data;
    AttributionLayer *m_waveLayer;
    AttributionHeatmapLayer *m_heatLayer;
    QList<ModelManifest> m_models;
    QStringList m_fpNames;
    std::vector<std::vector<float>> m_fpVectors;
    QString m_path;
    int m_docRate = 0;
    int64_t m_selA = 0, m_selB = 0;
    JobPtr m_job;
    // The last loaded model (reused by the next run with the same manifest).
    std::mutex m_modelMutex;
    EmbeddingModelPtr m_model;
    QString m_modelKey;
    std::shared_ptr<AttributionReport> m_pending;
    BaselineSettings m_runBaseline;

    QComboBox *m_modelBox = nullptr, *m_targetBox = nullptr, *m_baselineBox = nullptr, *m_ruleBox = nullptr;
    QCheckBox *m_jumpsBox = nullptr;
    QPushButton *m_moreStepsButton = nullptr;
    QComboBox *m_modeBox = nullptr;
    QSpinBox *m_steps = nullptr;
    QDoubleSpinBox *m_percentile = nullptr;
    QSlider *m_opacity = nullptr;
    QPushButton *m_runButton = nullptr, *m_cancelButton = nullptr, *m_fpButton = nullptr, *m_pngButton = nullptr,
                *m_jsonButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr, *m_completeness = nullptr, *m_region = nullptr;
};

} // namespace st
