#pragma once
// Training in the GUI (core/train): a form for a whole run configuration (protocols, validation, clip root, run
// folder, architecture, heads, balance, augmentation, RegMixup, optimisation), Start / Cancel (= checkpoint and
// stop) / Resume, the run's progress with its estimated time left, and live learning curves (losses; detection EER
// and accuracy per head). The form keeps the settings it has no widget for (from a loaded JSON configuration) and
// writes them back unchanged, so load → save is lossless.
//
// When a run ends, its model is installed for the model chooser: run.json, log.csv and model/ are copied into
// <model folder>/<name>/ (default ModelRegistry::userFolder(), which the registry scans on every start), and
// modelInstalled() is emitted with the copied manifest.
//
// Reading the protocols for their levels runs as a job of the given JobManager; a run is a job of the panel's own
// one-thread JobManager (a run takes hours: the window's pool may have a single thread). Errors are the core's
// st::Error messages as they are (file and field), in a message box when interactive.
#include "jobs/Job.h"
#include "train/TrainConfig.h"
#include "train/Trainer.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace st {

class JobManager;
class TrainingChart;

class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    /// `jobs` runs the short jobs (reading protocols, shown in the Jobs dock); a run has a job manager (a thread)
    /// of its own, so that it never holds up the window's jobs, and shows its progress in this panel.
    explicit TrainingPanel(JobManager *jobs, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    /// Non-interactive panels (tests, --screenshot) report errors through lastError() and errorOccurred() only.
    void setInteractive(bool on) { m_interactive = on; }
    QString lastError() const { return m_lastError; }
    /// The last line of the run status (what happened, where the model is).
    QString statusText() const;

    /// Where finished models are copied (default ModelRegistry::userFolder()).
    void setModelFolder(const QString &folder) { m_modelFolder = folder; }
    QString modelFolder() const;
    /// Asked before a run starts: the manifest path of a model already offered under that name, or empty.
    void setExistingModelLookup(std::function<QString(const QString &name)> lookup) { m_lookup = std::move(lookup); }

    // --- the form --------------------------------------------------------------------------------------------
    /// The configuration the widgets describe (on top of the settings they have no widget for).
    train::TrainConfig config() const;
    /// Fills every widget from `c` and keeps the rest of `c` for config().
    void setConfig(const train::TrainConfig &c);
    /// Reads a run configuration (TrainConfig::fromJsonFile) into the form; false with lastError() on error.
    bool loadConfig(const QString &path);
    /// Writes config() as JSON; false with lastError() on error.
    bool saveConfig(const QString &path);

    void setProtocols(const QStringList &paths); ///< also reads them (readProtocols())
    QStringList protocols() const;
    /// Reads the protocols in a job and offers their levels in the heads table and the balance combo. Returns the
    /// job (null when there is no protocol).
    JobPtr readProtocols();
    /// The levels read: "bonafide" and the source levels the protocols fill.
    QStringList levels() const { return m_levels; }
    /// "16 clips: 8 bona fide, 8 spoof; attack 3 classes, ..." (empty before reading).
    QString datasetSummary() const { return m_summary; }
    /// One row per level read, ce loss, weight 1.
    void oneHeadPerLevel();
    QTableWidget *headsTable() const { return m_heads; }
    /// The level choices offered in row `row` of the heads table.
    QStringList levelChoices(int row) const;

    // --- runs ------------------------------------------------------------------------------------------------
    /// Checks config() and starts a run into its run folder; null (lastError()) when it cannot start.
    JobPtr start();
    /// Continues the run in `runDir` from its last checkpoint; null (lastError()) when it cannot start.
    JobPtr resume(const QString &runDir);
    /// Checkpoints and stops the running run (Resume continues it).
    void cancel();
    bool isRunning() const;
    JobPtr job() const { return m_job; }
    /// Shows the curves of a run folder (train::readEpochLog) and fills the form from its run.json; false
    /// (lastError()) when it has none.
    bool loadRun(const QString &runDir);
    /// The manifest of the last model installed for the chooser (empty before).
    QString installedManifest() const { return m_installedManifest; }

    TrainingChart *lossChart() const { return m_lossChart; }
    TrainingChart *metricsChart() const { return m_metricsChart; }
    QProgressBar *progressBar() const { return m_progress; }
    QString stageText() const;

signals:
    void errorOccurred(const QString &title, const QString &message);
    /// A finished run's model was copied to `manifestPath` (under modelFolder()).
    void modelInstalled(const QString &name, const QString &manifestPath);
    /// One line for the status bar.
    void statusMessage(const QString &message);
    void runFinished(bool succeeded);

private:
    void buildUi();
    void showError(const QString &title, const QString &message);
    void setStatus(const QString &text);
    void updateEnabled();
    void addHeadRow(const train::HeadPlan &plan);
    void fillLevelCombos();
    JobPtr submitRun(const QString &description, Job::Work work, const QString &runDir, int plannedEpochs);
    void runEnded(const Job &job);
    QString installModel(const QString &runDir, const QString &name, QString *error);
    void chooseProtocols();
    void chooseValidation();
    void chooseRoot();
    void chooseRunFolder();
    void chooseCheckpoint();
    void chooseLoadConfig();
    void chooseSaveConfig();
    void chooseResume();
    void chooseLoadRun();

    JobManager *m_jobs;
    JobManager *m_trainJobs; ///< the run's own thread: hours of training never hold up the window's jobs
    bool m_interactive = true;
    QString m_lastError;
    QString m_modelFolder;
    std::function<QString(const QString &)> m_lookup;
    train::TrainConfig m_base;
    std::vector<train::HeadPlan> m_headPlans; ///< per row: the fields the table does not show
    QStringList m_levels;
    QString m_summary;
    int m_readGeneration = 0;
    JobPtr m_readJob;
    JobPtr m_job;
    QString m_runDir;
    QString m_installedManifest;

    QListWidget *m_protocolList;
    QLineEdit *m_validation, *m_root, *m_splitBy, *m_runFolder, *m_name, *m_initFrom, *m_channels, *m_learningRate,
        *m_seed;
    QDoubleSpinBox *m_validationFraction, *m_noiseProbability, *m_crop;
    QLabel *m_summaryLabel, *m_stage, *m_status;
    QComboBox *m_architecture, *m_balance, *m_rawBoost;
    QSpinBox *m_embeddingDim, *m_epochs, *m_batch, *m_threads;
    QTableWidget *m_heads;
    QCheckBox *m_augment, *m_regMixup;
    QPushButton *m_start, *m_cancel, *m_resume, *m_loadRun, *m_loadConfig, *m_saveConfig, *m_addProtocol,
        *m_removeProtocol, *m_addHead, *m_removeHead, *m_allHeads, *m_initBrowse;
    QProgressBar *m_progress;
    TrainingChart *m_lossChart, *m_metricsChart;
    QList<QWidget *> m_formWidgets; ///< disabled while a run is going
};

} // namespace st
