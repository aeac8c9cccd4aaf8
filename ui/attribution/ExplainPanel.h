#pragma once
// The Integrated Gradients panel: pick a model and a target (bona fide logit, margin, any class
// logit, or the cosine similarity to a fingerprint), a baseline, the number of steps and the rule;
// run it as a cancellable background job (JobManager, progress in the panel and the jobs panel); read
// the completeness figure (in words, with a warning above 5 % that names what to do in the panel) and
// the statistics of the current selection; export a PNG, an SVG and the JSON report, each with the
// caption (clip and SHA-256, model and weights hash, target, baseline, steps, rule, completeness). It owns
// the AttributionData and the two layers the main window puts into its panes: waveformLayer() over the
// waveform, heatmapLayer() over the spectrogram, and the colour key (colourKey()) in the panel.
//
// Speed: the run uses the Threads box (all cores by default). Before it starts the panel shows an
// estimate ("about 40 s") from the seconds per forward+backward row measured in the last run of the
// same model at the same threads (kept in the settings), or, before any run, from the documented figure
// for the kind of model; while it runs the progress text says how long is left (elapsed x (1 - f) / f,
// smoothed). "Coarse result first" runs 8 steps of plain IG in the same job and shows them at once,
// marked "coarse (8 steps, completeness gap X %)", until the full result replaces them. An earlier
// result stays on screen while a new run goes on, and after a cancel or a failure, but marked stale
// (dimmed, with a badge on the layers and in the panel).
#include "explain/AttributionReport.h"
#include "jobs/Job.h"
#include "models/EmbeddingModel.h"
#include "models/ModelManifest.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonObject>
#include <QWidget>
#include <memory>
#include <mutex>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPainter;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace st {

class AttributionColourKey;
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
    AttributionColourKey *colourKey() const { return m_key; }

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
    /// The "bona fide mean (file…)" baseline (feature-space IG, FeatureIntegratedGradients.h): the file made by
    /// `sourcetrace-cli explain baseline` (remembered in the settings, key explain/featureBaselineFile).
    /// selectFeatureBaseline() chooses the entry (false when the current model exposes no features: the entry
    /// is then disabled with a tooltip saying why). The file is checked against the model when the run starts.
    void setFeatureBaselineFile(const QString &path);
    QString featureBaselineFile() const { return m_featureFile; }
    bool selectFeatureBaseline();
    bool featureBaselineSelected() const;
    /// Whether the entry is offered for the current model (its kind exposes front-end features), and why not.
    bool featureBaselineAvailable(QString *why = nullptr) const;
    /// Chooses the current model's recommended baseline (silence; noise at -50 dBFS for spectral models).
    void applyRecommendedBaseline();
    void setRule(IntegrationRule r);
    void setAttributeJumps(bool on);
    /// LibTorch threads of the run (IgSettings::threads); default QThread::idealThreadCount().
    void setThreads(int n);
    int threads() const;
    /// Coarse pass first (kCoarseSteps steps of plain IG, shown at once, then the full run). Set on by
    /// default when a model is chosen whose full run is estimated above kSlowSeconds (or whose time is unknown).
    void setCoarseFirst(bool on);
    bool coarseFirst() const;
    static constexpr int kCoarseSteps = 8;
    static constexpr double kSlowSeconds = 20.0;
    /// Whether the window keeps the spectrogram's colour map under the map (default off: greyscale).
    bool colourSpectrogramUnderMap() const;
    void setColourSpectrogramUnderMap(bool on);

    /// The estimated seconds of a run with the current settings (coarse pass included), or -1 when
    /// unknown (no clip, no model, or a kind of model with no figure yet). estimateText(): "about 40 s" and
    /// where the figure comes from, as shown beside the Explain button.
    double estimateSeconds() const;
    QString estimateText() const;
    /// Seconds per forward+backward row of the model (per 64 600-sample row for whole-clip models) at the
    /// current threads: measured (last run) or the documented figure; -1 unknown. `measured` says which.
    double secondsPerRow(bool *measured = nullptr) const;
    /// Forward+backward rows a run needs (windows x steps x baseline draws, x the jump search's extra
    /// work when "Attribute the model's jumps" is on for a native AASIST model: 150 + 4000 / steps rows a path),
    /// without the coarse pass.
    static double rowsFor(const ModelManifest &m, int64_t samples, const IgSettings &s);
    /// Remaining seconds from the elapsed seconds and the fraction done (elapsed x (1 - f) / f; -1 when f
    /// is 0 or less).
    static double remainingSeconds(double elapsed, double fraction);
    /// "about 40 s", "about 5 min", "under a second".
    static QString durationText(double seconds);
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
    /// The stale badge shown in the panel ("stale: run cancelled"), empty when the result is current.
    QString staleText() const;
    bool completenessWarning() const;
    QString regionText() const;
    QString statusText() const;
    /// The summary of the selection (or the whole clip when there is none); empty report: default.
    AttributionSummary regionSummary() const;

    /// The export picture: waveform with the attribution tint, spectrogram with the map, legend.
    QImage renderImage(int width = 1400) const;
    /// Throw st::Error naming the file when it cannot be written.
    void exportPng(const QString &path) const;
    /// The same picture as vector graphics (the spectrogram and the map embedded as images), the caption
    /// as visible text under it and in <title>, <desc> and <metadata>.
    void exportSvg(const QString &path) const;
    /// The JSON report with a "caption" object (caption()).
    void exportJson(const QString &path) const;
    /// The caption of the shown result: clip, evidence SHA-256, model, weights SHA-256, target, baseline,
    /// steps, rule, completeness gap and sentence (empty object without a result).
    QJsonObject caption() const;

signals:
    void finished(bool ok);
    /// A display choice the window acts on changed (colour spectrogram under the map).
    void displayChanged();

private:
    static constexpr int kQuietNoise = 101; ///< baseline box data of "noise at -50 dBFS"
    static constexpr int kFeatureMean = 102; ///< baseline box data of "bona fide mean (file…)"
    void updateFeatureBaselineEntry();
    void chooseFeatureBaselineFile();
    bool shownIsFeature() const;
    void buildUi();
    void rebuildTargets();
    void onFinished(const Job &job);
    void showCoarse(const std::shared_ptr<AttributionReport> &rep, int token);
    void showCompleteness(const IgResult &r, bool coarse);
    void updateRegion();
    void updateButtons();
    void updateEstimate();
    void updateStale();
    void onProgress(double fraction, const QString &stage);
    void recordRate(const IgResult &r, const ModelManifest &m);
    QString rateKey(const ModelManifest &m, int threads) const;
    int64_t modelSamples(const ModelManifest &m) const;
    void paintPicture(QPainter &p, int width, int height) const;
    int pictureHeight(int width) const;

    JobManager *m_jobs;
    AttributionData *m_data;
    AttributionLayer *m_waveLayer;
    AttributionHeatmapLayer *m_heatLayer;
    QList<ModelManifest> m_models;
    QStringList m_fpNames;
    std::vector<std::vector<float>> m_fpVectors;
    QString m_path;
    int m_docRate = 0;
    int64_t m_docFrames = 0;
    int64_t m_selA = 0, m_selB = 0;
    // The running job: its settings, when it started, the estimate shown before it and the smoothed remaining time.
    QElapsedTimer m_runClock;
    double m_runEstimate = -1.0, m_remaining = -1.0, m_remainingAt = 0.0;
    QString m_estimateSource;
    int m_runToken = 0;
    bool m_coarseShown = false;
    ModelManifest m_runManifest;
    IgSettings m_runSettings;
    QString m_runKey, m_shownKey; ///< the settings of the running job and of the final result shown
    JobPtr m_job;
    // The last loaded model (reused by the next run with the same manifest).
    std::mutex m_modelMutex;
    EmbeddingModelPtr m_model;
    QString m_modelKey;
    std::shared_ptr<AttributionReport> m_pending;
    BaselineSettings m_runBaseline;
    QString m_featureFile;
    QString m_runFeatureFile, m_runFeatureSha; ///< the feature baseline of the running job
    QString m_shownFeatureFile, m_shownFeatureSha; ///< and of the result shown
    QPushButton *m_featureButton = nullptr;

    QComboBox *m_modelBox = nullptr, *m_targetBox = nullptr, *m_baselineBox = nullptr, *m_ruleBox = nullptr;
    QCheckBox *m_jumpsBox = nullptr, *m_coarseBox = nullptr, *m_colourUnderBox = nullptr;
    QSpinBox *m_threads = nullptr;
    QLabel *m_estimate = nullptr, *m_staleLabel = nullptr;
    AttributionColourKey *m_key = nullptr;
    QPushButton *m_moreStepsButton = nullptr;
    QComboBox *m_modeBox = nullptr;
    QSpinBox *m_steps = nullptr;
    QDoubleSpinBox *m_percentile = nullptr;
    QSlider *m_opacity = nullptr;
    QPushButton *m_runButton = nullptr, *m_cancelButton = nullptr, *m_fpButton = nullptr, *m_pngButton = nullptr,
                *m_svgButton = nullptr, *m_jsonButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr, *m_completeness = nullptr, *m_region = nullptr;
};

} // namespace st
