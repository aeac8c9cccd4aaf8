#pragma once
// The viewer's main window: a time ruler, a waveform pane, a spectrogram pane and (after a detection)
// a score-timeline pane on one shared ViewState, a scroll bar, docks for the file's metadata, the
// spectrogram settings, the running jobs and the detection results, playback controls, a model
// chooser (toolbar and Models menu), and the File/View/Models/Playback menus. Opening, exporting,
// playing and detecting are also public functions so tests and the command line drive them without
// dialogs. Everything slow (hashing, loading and running models) runs as jobs of jobs().
// The implementation is one file per feature (MainWindow.cpp assembles; MainWindowFile, -View, -Playback,
// -Models, -Detection, -Tracing, -Explain, -Training .cpp hold the features; see docs/architecture.md).
#include "quality/QualityThresholds.h"
#include "playback/AudioOutput.h"
#include "view/SpectrogramLayer.h"
#include "jobs/Job.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QKeySequence;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace st {

class AnnotationLayer;
class AnnotationModel;
class AnnotationPanel;
class AudioDocument;
class AudioOutput;
class CasePanel;
class CaseSession;
struct CaseInfo;
class DetectionPanel;
class EmbeddingMapView;
class EvaluationPanel;
class ExplainPanel;
class JobManager;
class LibraryPanel;
class ManualWindow;
class TracePanel;
class TrainingPanel;
struct TraceResult;
class ModelCache;
class ModelCatalog;
struct CatalogEntry;
class ScoreTimelineLayer;
struct DetectionResult;
class JobsPanel;
class MetadataPanel;
class Pane;
class PlaybackController;
class RecentFilesMenu;
class SpectrogramSettingsPanel;
class TimeRulerWidget;
class TimeScrollBar;
class ViewState;
class WaveformLayer;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `output` null: PortAudio. Tests pass a FakeAudioOutput.
    explicit MainWindow(std::unique_ptr<AudioOutput> output = nullptr, QWidget *parent = nullptr);
    /// The size the window opens at (1360x700): it fits a 1366x768 screen with a panel and a title bar. On a smaller
    /// screen the window opens at that screen's available size (tests/tst_ui_layout.cpp).
    static QSize defaultSize();
    ~MainWindow() override;

    /// Interactive windows show errors in message boxes; otherwise (tests, --screenshot) errors go to
    /// the status bar and lastError() only.
    void setInteractive(bool on);

    /// Opens an evidence file read-only. On failure the current file stays, the error is shown and
    /// false is returned.
    bool openFile(const QString &path);
    /// Opens the demo clip compiled into the application (extracted to a read-only temporary file).
    bool openDemo();
    QString lastError() const { return m_lastError; }

    /// Writes the current view as PNG or SVG (by suffix). Waits up to 10 s for visible data.
    bool exportViewImage(const QString &path);
    /// Writes the spectrogram of the selection as CSV or .npy (+ .json sidecar), by suffix, as a job.
    /// Returns false at once when there is no selection. With `wait`, waits for the job and returns
    /// its success.
    bool exportSelectionSpectrogram(const QString &path, bool wait = false);
    /// Processes events until the background jobs are done and every pane has drawn what is visible
    /// (or `msecs` passed). For --screenshot and tests.
    bool waitUntilReady(int msecs);

    AudioDocument *document() const { return m_doc.get(); }
    /// Shows one channel (0-based) of the open file, or the mix-down (st::MixDown = -1, the default
    /// on open), in the waveform, the spectrogram and playback (View > Channel). Returns false (and
    /// sets lastError()) with no file or for a channel the file does not have.
    bool setChannel(int channel);
    /// The View > Channel menu (disabled for mono files and with no file open).
    QMenu *channelMenu() const { return m_channelMenu; }
    ViewState *viewState() const { return m_view; }
    Pane *waveformPane() const { return m_wavePane; }
    Pane *spectrogramPane() const { return m_specPane; }
    WaveformLayer *waveformLayer() const { return m_waveLayer; }
    SpectrogramLayer *spectrogramLayer() const { return m_specLayer; }
    PlaybackController *playback() const { return m_playback; }
    MetadataPanel *metadataPanel() const { return m_metadata; }
    JobManager *jobs() const { return m_jobs; }
    /// The open case (at most one); its signals say when it or its items change.
    CaseSession *caseSession() const { return m_case; }
    QString readoutText() const;
    QAction *playAction() const { return m_actPlay; }

    // --- models and detection ---------------------------------------------------------------------
    /// Scans these folders instead of ModelRegistry::defaultFolders() (in a job; see waitForModels()).
    void setModelFolders(const QStringList &folders);
    ModelCatalog *modelCatalog() const { return m_catalog; }
    /// Processes events until the model list has been scanned (or `msecs` passed).
    bool waitForModels(int msecs);
    QString currentModel() const;
    /// Chooses a listed, usable model; false otherwise.
    bool setCurrentModel(const QString &name);
    QComboBox *modelCombo() const { return m_modelCombo; }
    QAction *detectAction() const { return m_actDetect; }
    /// Runs the chosen model on the open clip as a job (whole-clip score and score timeline). False
    /// (with lastError()) when there is no clip or no usable detector. With `wait`, waits for the job
    /// and returns its success.
    bool detect(bool wait = false);
    /// First start: once the model list is ready, runs the default model (ModelRegistry's defaultModelName()) on
    /// the open clip and, when a library is open or the default library exists, traces the clip too, with the
    /// Detection and Trace docks shown one above the other; the model chooser is left as it is. Nothing happens
    /// when the default model is not usable or another clip has been opened meanwhile. With `wait` (--screenshot),
    /// waits for the model list and both jobs. Returns false when nothing was or will be started.
    bool analyseWithDefaults(bool wait = false);
    /// The last finished detection on the open clip, or null.
    const DetectionResult *detectionResult() const { return m_detection.get(); }
    Pane *scorePane() const { return m_scorePane; }
    ScoreTimelineLayer *scoreLayer() const { return m_scoreLayer; }
    DetectionPanel *detectionPanel() const { return m_detectPanel; }

    // --- source tracing ----------------------------------------------------------------------------
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    TracePanel *tracePanel() const { return m_tracePanel; }
    EmbeddingMapView *mapView() const { return m_mapView; }
    /// Opens a fingerprint library and shows the library and map docks.
    bool openLibrary(const QString &path);
    /// Traces the open clip against the library with `backend` (empty: the trace panel's choice), as
    /// a job. False (lastError()) when it cannot start; with `wait`, waits and returns its success.
    bool trace(const QString &backend = {}, bool wait = false);
    /// The last trace of the open clip, or null.
    std::shared_ptr<const TraceResult> traceResult() const { return m_trace; }

    // --- evaluation and explanations (panels of ui/charts and ui/attribution) ---------------------------
    /// The Evaluation tab (beside the "Clip" tab of the central area).
    EvaluationPanel *evaluationPanel() const { return m_evalPanel; }
    QTabWidget *centralTabs() const { return m_centralTabs; }
    ExplainPanel *explainPanel() const { return m_explainPanel; }

    // --- training (ui/training/TrainingPanel) -----------------------------------------------------------------------------
    /// The Training dock (bottom, hidden until Window > Training shows it). A finished run's model is copied
    /// into the panel's model folder (ModelRegistry::userFolder()), which the model chooser then also scans.
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    QDockWidget *trainingDock() const { return m_trainingDock; }

    // --- annotations (ui/annotation) ---------------------------------------------------------------------
    /// The Annotations dock's panel (its undoStack() is the Edit menu's annotation history) and the clip's model.
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    AnnotationModel *annotationModel() const { return m_annotationModel; }
    AnnotationLayer *waveformAnnotationLayer() const { return m_annotWaveLayer; }
    AnnotationLayer *spectrogramAnnotationLayer() const { return m_annotSpecLayer; }
    QDockWidget *annotationDock() const { return m_annotationDock; }
    /// Edit > Annotate selection... (A): asks for the annotation of the selected range.
    QAction *annotateAction() const { return m_actAnnotate; }

    static QStringList recentFiles();

    // --- cases (MainWindowCase.cpp; the Case dock is ui/examination/CasePanel) ----------------------------------------------
    /// Makes a case file (never over an existing file) and opens it. False (lastError()) when refused.
    bool newCase(const QString &path, const CaseInfo &info);
    /// Opens a case (read-only when asked, or when it must be: CaseFile::readOnlyReason()), shows the Case dock and
    /// what the examiner must know (caseOpenNotes(): why read-only, integrity problems, blocked items), then
    /// re-verifies every item as a job. False (lastError()) when the file is refused.
    bool openCase(const QString &path, bool readOnly = false);
    bool closeCase();
    /// The warnings of the last openCase() (empty when there were none).
    QString caseOpenNotes() const { return m_caseOpenNotes; }
    /// Takes files into the open case as evidence (hashed in a job). See CasePanel::addEvidence.
    bool addEvidence(const QStringList &paths, bool wait = false);
    /// Writes the case report (PDF, or HTML by suffix) in a job. See CasePanel::exportReport.
    bool exportReport(const QString &path, bool wait = false);
    /// CaseFile::saveAs, then the window works on the copy.
    bool saveCaseAs(const QString &path);
    /// The open case's quality thresholds (the defaults when the case sets none).
    QualityThresholds caseQualityThresholds() const;
    /// Stores them in the open case (the defaults clear the setting); logged. False (lastError()) when refused.
    bool setCaseQualityThresholds(const QualityThresholds &t);
    CasePanel *casePanel() const { return m_casePanel; }
    QDockWidget *caseDock() const { return m_caseDock; }
    QAction *addEvidenceAction() const { return m_actAddEvidence; }
    QAction *exportReportAction() const { return m_actExportReport; }
    /// Help › Manual (F1): the offline manual (help/ManualBrowser) in a window of its own, made on first use and
    /// raised; `page` ("gui.md", "case-files.md#opening-writing-locking") opens that page, else the contents.
    /// Returns the window; it says so inside when this build has no manual.
    ManualWindow *showManual(const QString &page = QString());
    ManualWindow *manualWindow() const { return m_manual; }
    QAction *manualAction() const { return m_actManual; }
    /// Help › Privacy and storage: the first-run note (help/FirstRunNote), non-modal.
    void showPrivacyNote();

    /// Help › About SourceTrace and Help › Keyboard shortcuts (modal).
    void showAbout();
    void showShortcuts();
    /// Edit › Preferences (modal; window/PreferencesDialog): the interface language, used from the next start.
    void showPreferences();
    QAction *preferencesAction() const { return m_actPreferences; }

protected:
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;
    void closeEvent(QCloseEvent *) override;

private:
    // The class is split by feature into several files; each group below names its file.
    // MainWindow.cpp: construction, the toolbar, the menu bar, the docks and the Window menu.
    QAction *makeAction(const QString &text, const QKeySequence &key, std::function<void()> slot);
    void buildActions();
    void buildMenus();
    void buildDocks();
    void showError(const QString &title, const QString &message);
    static QWidget *scrollable(QWidget *w);
    // MainWindowFile.cpp: opening and closing the evidence, recent files, exports, drag and drop.
    void buildFileActions();
    void closeDocument();
    void chooseOpen();
    void chooseExportImage();
    void chooseExportSpectrogram();
    // MainWindowView.cpp: navigation, channel, selection, spectrogram settings.
    void buildViewActions();
    void rebuildChannelMenu();
    void updateSelectionLabel();
    void applySpectrogramSettings(const SpectrogramSettings &s);
    QList<Pane *> visiblePanes() const;
    // MainWindowPlayback.cpp: playback actions, output device, seeking from the panes.
    void buildPlaybackActions();
    void connectPlayback();
    void rebuildDeviceMenu();
    void updatePlaybackUi();
    // MainWindowModels.cpp: the model chooser (toolbar and Models menu) over the ModelCatalog.
    void buildModelActions(QToolBar *tb);
    void connectModelCatalog();
    void rebuildModelChooser();
    // MainWindowDetection.cpp: the Detection dock, the score pane, the default analysis.
    void buildDetectionDock(QDockWidget *tabWith);
    void updateDetectUi();
    bool startDetection(const CatalogEntry &e, bool wait);
    bool runDefaultAnalysis(bool wait);
    void showDetection(std::shared_ptr<DetectionResult> r);
    void clearDetection();
    // MainWindowTracing.cpp: the Library, Library map and Trace docks, the Library menu.
    void buildTracingDocks(QDockWidget *raiseAfter);
    void buildLibraryMenu();
    void updateTraceUi();
    void showLibraryDocks();
    // MainWindowExplain.cpp: the Explain dock and its attribution layers.
    void buildExplainDock(QDockWidget *raiseAfter);
    void offerModelsToExplain();
    void updateAttributionLayers();
    void offerFingerprintsToExplain();
    // MainWindowExplainCorpus.cpp: Analysis > Explain a corpus… (CorpusExplainDialog).
    void showCorpusExplainDialog();
    // MainWindowTraining.cpp: the Training dock.
    void buildTrainingDock();
    // MainWindowCase.cpp: the case actions and menu, the Case dock, the window title, the Help menu.
    void buildCaseActions();
    void buildCaseMenu(QMenu *file);
    void buildCaseDock();
    void buildHelpMenu();
    void updateCaseUi();
    void updateWindowTitle();
    void chooseNewCase();
    void chooseOpenCase(bool readOnly);
    void chooseAddEvidence();
    void chooseExportReport();
    void chooseSaveCaseAs();
    void chooseCaseThresholds();
    // MainWindowAnnotations.cpp: the Annotations dock, its layers, the Edit menu's annotation entries.
    void buildAnnotationDock(QDockWidget *raiseAfter);
    void buildAnnotationMenu();
    void buildArtefactsAction(); // MainWindowArtefacts.cpp: "Artefact statistics..." (Analysis or Edit menu)
    void updateAnnotationUi();
    void loadAnnotationsForClip();
    void updateAnnotationLayers();
    void updateAnnotationShares();
    void annotateSelection();
    void editAnnotation(qint64 id);
    void showAnnotationRegion(qint64 id);

    bool m_interactive = true;
    QString m_lastError;
    JobManager *m_jobs;
    ViewState *m_view;
    std::unique_ptr<AudioOutput> m_output;
    PlaybackController *m_playback;
    std::unique_ptr<AudioDocument> m_doc;
    WaveformLayer *m_waveLayer = nullptr;
    SpectrogramLayer *m_specLayer = nullptr;
    SpectrogramSettings m_specSettings;

    TimeRulerWidget *m_ruler;
    Pane *m_wavePane;
    Pane *m_specPane;
    TimeScrollBar *m_scroll;
    MetadataPanel *m_metadata;
    SpectrogramSettingsPanel *m_specPanel;
    JobsPanel *m_jobsPanel;
    QLabel *m_readout;
    QLabel *m_selectionLabel;
    QLabel *m_playbackLabel;
    QMenu *m_recentMenu = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QMenu *m_deviceMenu = nullptr;
    QMenu *m_channelMenu = nullptr;
    QString m_demoPath;
    QString m_demoTempDir; ///< the folder the compiled-in demo clip was extracted to (removed on close), or empty

    QAction *m_actOpen, *m_actOpenDemo, *m_actExportImage, *m_actExportSpec, *m_actQuit;
    QAction *m_actZoomIn, *m_actZoomOut, *m_actFit, *m_actZoomSel, *m_actPanLeft, *m_actPanRight;
    QAction *m_actHome, *m_actEnd, *m_actSelectAll, *m_actClearSel, *m_actGainUp, *m_actGainDown;
    QAction *m_actPlay, *m_actPlaySel, *m_actStop, *m_actLoop;

    ModelCatalog *m_catalog;
    std::shared_ptr<ModelCache> m_modelCache;
    CaseSession *m_case = nullptr;
    std::shared_ptr<DetectionResult> m_detection;
    JobPtr m_detectJob;
    QString m_preferredModel;
    QString m_pendingDefaultAnalysis; ///< the clip analyseWithDefaults() waits to analyse (its path), or empty
    QComboBox *m_modelCombo = nullptr;
    QMenu *m_modelsMenu = nullptr;
    QAction *m_actDetect = nullptr, *m_actRescanModels = nullptr;
    Pane *m_scorePane;
    ScoreTimelineLayer *m_scoreLayer;
    DetectionPanel *m_detectPanel = nullptr;
    QDockWidget *m_detectDock = nullptr;

    LibraryPanel *m_libraryPanel = nullptr;
    TracePanel *m_tracePanel = nullptr;
    EmbeddingMapView *m_mapView = nullptr;
    QDockWidget *m_libraryDock = nullptr, *m_traceDock = nullptr, *m_mapDock = nullptr;
    QAction *m_actTrace = nullptr, *m_actEnrol = nullptr;
    std::shared_ptr<const TraceResult> m_trace;
    JobPtr m_traceJob;

    EvaluationPanel *m_evalPanel = nullptr;
    ExplainPanel *m_explainPanel = nullptr;
    QDockWidget *m_explainDock = nullptr;
    TrainingPanel *m_trainingPanel = nullptr;
    QDockWidget *m_trainingDock = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    QWidget *m_evalTab = nullptr; ///< the scroll area holding m_evalPanel

    CasePanel *m_casePanel = nullptr;
    QDockWidget *m_caseDock = nullptr;
    QMenu *m_recentCasesMenu = nullptr;
    QString m_caseOpenNotes;
    QAction *m_actNewCase = nullptr, *m_actOpenCase = nullptr, *m_actOpenCaseReadOnly = nullptr, *m_actAddEvidence = nullptr;
    QAction *m_actExportReport = nullptr, *m_actSaveCaseAs = nullptr, *m_actCloseCase = nullptr;
    QAction *m_actCaseThresholds = nullptr;
    QAction *m_actAbout = nullptr, *m_actShortcuts = nullptr;
    QAction *m_actPreferences = nullptr; // MainWindowAnnotations.cpp puts it in the Edit menu

    AnnotationModel *m_annotationModel = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    QDockWidget *m_annotationDock = nullptr;
    AnnotationLayer *m_annotWaveLayer = nullptr, *m_annotSpecLayer = nullptr;
    QAction *m_actAnnotate = nullptr, *m_actAnnotEdit = nullptr, *m_actAnnotDelete = nullptr;
    QAction *m_actAnnotUndo = nullptr, *m_actAnnotRedo = nullptr;

    // MainWindowCase.cpp (Help menu): the manual's window and its actions.
    QAction *m_actManual = nullptr, *m_actPrivacy = nullptr;
    ManualWindow *m_manual = nullptr; // a child window, deleted with the main window
};

} // namespace st
