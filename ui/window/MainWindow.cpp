// MainWindow: construction, the central panes, the toolbar, the menu bar, the docks and the Window menu.
// The features live in MainWindow<Feature>.cpp (see MainWindow.h).
#include "window/MainWindow.h"

#include "examination/CasePanel.h"
#include "examination/CaseSession.h"
#include "attribution/ExplainPanel.h"
#include "catalog/ModelCatalog.h"
#include "charts/EvaluationPanel.h"
#include "detection/DetectionTask.h"
#include "detection/ScoreTimelineLayer.h"
#include "document/AudioDocument.h"
#include "document/MetadataPanel.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "playback/PlaybackController.h"
#include "playback/PortAudioOutput.h"
#include "training/TrainingPanel.h"
#include "view/Pane.h"
#include "view/SpectrogramSettingsPanel.h"
#include "view/SpectrogramSettingsStore.h"
#include "view/TimeRulerWidget.h"
#include "view/TimeScrollBar.h"
#include "view/ViewState.h"
#include "window/JobsPanel.h"
#include "window/RecentFiles.h"

#include <QDir>
#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be used outside a namespace; the icons live in the static ui library.
static void initUiResources() { Q_INIT_RESOURCE(icons); }

namespace st {


MainWindow::MainWindow(std::unique_ptr<AudioOutput> output, QWidget *parent)
    : QMainWindow(parent), m_jobs(new JobManager(std::max(1, QThread::idealThreadCount() - 1), this)),
      m_view(new ViewState(this)), m_output(output ? std::move(output) : std::make_unique<PortAudioOutput>()),
      m_catalog(new ModelCatalog(this)), m_modelCache(std::make_shared<ModelCache>())
{
    initUiResources();
    m_case = new CaseSession(this);
    setWindowTitle(tr("SourceTrace"));
    setAcceptDrops(true);
    m_playback = new PlaybackController(m_output.get(), this);
    m_specSettings = loadSpectrogramSettings();

    auto *central = new QWidget;
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    m_ruler = new TimeRulerWidget(m_view);
    m_wavePane = new Pane(m_view);
    m_specPane = new Pane(m_view);
    m_wavePane->setObjectName(QStringLiteral("waveformPane"));
    m_specPane->setObjectName(QStringLiteral("spectrogramPane"));
    m_scorePane = new Pane(m_view);
    m_scorePane->setObjectName(QStringLiteral("scorePane"));
    m_scoreLayer = new ScoreTimelineLayer(this);
    m_scorePane->addLayer(m_scoreLayer);
    m_scorePane->setMinimumHeight(120);
    m_scorePane->hide(); // shown once a detection is running or done
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_wavePane);
    split->addWidget(m_specPane);
    split->addWidget(m_scorePane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    split->setHandleWidth(3);
    split->setChildrenCollapsible(false);
    m_scroll = new TimeScrollBar(m_view);
    v->addWidget(m_ruler);
    v->addWidget(split, 1);
    v->addWidget(m_scroll);
    m_centralTabs = new QTabWidget;
    m_centralTabs->setObjectName(QStringLiteral("centralTabs"));
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->addTab(central, tr("Clip"));
    setCentralWidget(m_centralTabs);

    m_readout = new QLabel;
    m_readout->setTextFormat(Qt::PlainText);
    QFont mono = m_readout->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_readout->setFont(mono);
    m_readout->setMinimumWidth(200);
    m_selectionLabel = new QLabel;
    m_selectionLabel->setFont(mono);
    m_playbackLabel = new QLabel;
    statusBar()->addWidget(m_readout, 1);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_playbackLabel);

    buildActions();
    buildMenus();
    buildDocks();

    for (Pane *p : {m_wavePane, m_specPane, m_scorePane})
        connect(p, &Pane::readoutChanged, m_readout, &QLabel::setText);
    connectPlayback();
    connect(m_view, &ViewState::selectionChanged, this, &MainWindow::updateSelectionLabel);
    connectModelCatalog();

    updatePlaybackUi();
    updateSelectionLabel();
    m_scroll->sync();
    rebuildModelChooser();
    QSize size = defaultSize();
    // A real screen smaller than that bounds it (the offscreen platform's nominal 800x600 screen does not).
    if (const QScreen *screen = QGuiApplication::primaryScreen(); screen && QGuiApplication::platformName() != QLatin1String("offscreen"))
        size = size.boundedTo(screen->availableGeometry().size() - QSize(0, 32));
    resize(size);
}

QSize MainWindow::defaultSize() { return QSize(1360, 700); }

MainWindow::~MainWindow()
{
    m_playback->stop();
    closeDocument();
    if (!m_demoTempDir.isEmpty())
        QDir(m_demoTempDir).removeRecursively();
    // These panels wait for their jobs in their destructors: they go while the job manager (a child
    // created before them, so deleted before them) still exists.
    delete m_explainDock;
    m_explainDock = nullptr;
    m_explainPanel = nullptr;
    delete m_evalTab;
    m_evalTab = nullptr;
    m_evalPanel = nullptr;
    // The controller talks to m_output, a member destroyed before QObject children are.
    delete m_playback;
    m_playback = nullptr;
    m_jobs->cancelAll();
}

QAction *MainWindow::makeAction(const QString &text, const QKeySequence &key, std::function<void()> slot)
{
    auto *a = new QAction(text, this);
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, std::move(slot));
    addAction(a);
    return a;
}

void MainWindow::buildActions()
{
    buildFileActions();
    buildViewActions();
    buildPlaybackActions();
    buildCaseActions();

    auto *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setMovable(false);
    tb->setIconSize(QSize(20, 20));
    tb->addAction(m_actOpen);
    tb->addSeparator();
    tb->addAction(m_actPlay);
    tb->addAction(m_actPlaySel);
    tb->addAction(m_actStop);
    tb->addAction(m_actLoop);
    tb->addSeparator();
    tb->addAction(m_actZoomIn);
    tb->addAction(m_actZoomOut);
    tb->addAction(m_actFit);
    tb->addAction(m_actZoomSel);

    buildModelActions(tb);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recent = new RecentFilesMenu(m_recentMenu, this);
    connect(m_recent, &RecentFilesMenu::openRequested, this, [this](const QString &path) { openFile(path); });
    file->addAction(m_actOpenDemo);
    file->addSeparator();
    buildCaseMenu(file);
    file->addAction(m_actExportImage);
    file->addAction(m_actExportSpec);
    file->addSeparator();
    file->addAction(m_actQuit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : {m_actZoomIn, m_actZoomOut, m_actFit, m_actZoomSel})
        view->addAction(a);
    view->addSeparator();
    for (QAction *a : {m_actPanLeft, m_actPanRight, m_actHome, m_actEnd})
        view->addAction(a);
    view->addSeparator();
    view->addAction(m_actGainUp);
    view->addAction(m_actGainDown);
    view->addSeparator();
    view->addAction(m_actSelectAll);
    view->addAction(m_actClearSel);
    view->addSeparator();
    m_channelMenu = view->addMenu(tr("&Channel"));
    rebuildChannelMenu();

    m_modelsMenu = menuBar()->addMenu(tr("&Models"));
    m_modelsMenu->setToolTipsVisible(true);

    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    for (QAction *a : {m_actPlay, m_actPlaySel, m_actStop, m_actLoop})
        play->addAction(a);
    play->addSeparator();
    m_deviceMenu = play->addMenu(tr("Output &device"));
    rebuildDeviceMenu();
}

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    auto *metaDock = new QDockWidget(tr("File"), this);
    metaDock->setObjectName(QStringLiteral("fileDock"));
    m_metadata = new MetadataPanel;
    metaDock->setWidget(scrollable(m_metadata)); // scrolled, like every tall panel: the window fits 1366x768
    addDockWidget(Qt::RightDockWidgetArea, metaDock);

    auto *specDock = new QDockWidget(tr("Spectrogram"), this);
    specDock->setObjectName(QStringLiteral("spectrogramDock"));
    m_specPanel = new SpectrogramSettingsPanel;
    m_specPanel->setSettings(m_specSettings);
    specDock->setWidget(scrollable(m_specPanel)); // scrolled: the window fits 1366x768 with every dock shown
    addDockWidget(Qt::RightDockWidgetArea, specDock);
    connect(m_specPanel, &SpectrogramSettingsPanel::settingsChanged, this, &MainWindow::applySpectrogramSettings);

    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsPanel = new JobsPanel(m_jobs);
    jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::RightDockWidgetArea, jobsDock);

    buildDetectionDock(specDock);
    buildTracingDocks(specDock);
    buildExplainDock(specDock);
    buildAnnotationDock(specDock);
    buildTrainingDock();
    buildCaseDock();

    // Evaluation runs and plots (ui/charts): corpus-level work, so a tab of its own beside the clip.
    m_evalPanel = new EvaluationPanel(m_jobs);
    m_evalPanel->setObjectName(QStringLiteral("evaluationPanel"));
    m_evalTab = scrollable(m_evalPanel);
    m_centralTabs->addTab(m_evalTab, tr("Evaluation"));

    // Two groups on the right at 1366x768 (docs/gui.md, "Layout"): File, Jobs and (after a detection) Detection as
    // tabs above; Spectrogram, Trace, Explain and Annotations below, the taller, so that the trace list and the
    // explanation's settings are seen whole. The column is wide enough for the trace list's names.
    tabifyDockWidget(metaDock, jobsDock);
    metaDock->raise();
    resizeDocks({metaDock, specDock}, {280, 420}, Qt::Vertical);
    resizeDocks({metaDock}, {430}, Qt::Horizontal);

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction *explainCorpus = analysis->addAction(tr("Explain a &corpus…"));
    explainCorpus->setObjectName(QStringLiteral("explainCorpusAction"));
    connect(explainCorpus, &QAction::triggered, this, &MainWindow::showCorpusExplainDialog);

    QMenu *windows = menuBar()->addMenu(tr("&Window"));
    windows->addAction(metaDock->toggleViewAction());
    windows->addAction(specDock->toggleViewAction());
    windows->addAction(m_detectDock->toggleViewAction());
    windows->addAction(m_traceDock->toggleViewAction());
    windows->addAction(m_libraryDock->toggleViewAction());
    windows->addAction(m_mapDock->toggleViewAction());
    windows->addAction(m_explainDock->toggleViewAction());
    windows->addAction(m_annotationDock->toggleViewAction());
    QAction *training = m_trainingDock->toggleViewAction();
    training->setShortcut(QKeySequence(tr("Ctrl+3")));
    windows->addAction(training);
    addAction(training);
    windows->addSeparator();
    QAction *clipTab = windows->addAction(tr("&Clip view"));
    clipTab->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(clipTab, &QAction::triggered, this, [this]() { m_centralTabs->setCurrentIndex(0); });
    QAction *evalTab = windows->addAction(tr("&Evaluation"));
    evalTab->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(evalTab, &QAction::triggered, this, [this]() { m_centralTabs->setCurrentWidget(m_evalTab); });
    addAction(clipTab);
    addAction(evalTab);

    buildLibraryMenu();
    buildAnnotationMenu();
    buildArtefactsAction();
    windows->addAction(jobsDock->toggleViewAction());
    windows->addAction(m_caseDock->toggleViewAction());
    buildHelpMenu();
}

// A dock's content in a scroll area, so that a tall panel does not force the window's minimum height.
QWidget *MainWindow::scrollable(QWidget *w)
{
    auto *area = new QScrollArea;
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void MainWindow::setInteractive(bool on)
{
    m_interactive = on;
    if (m_trainingPanel)
        m_trainingPanel->setInteractive(on);
    if (m_casePanel)
        m_casePanel->setInteractive(on);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    m_playback->stop();
    QMainWindow::closeEvent(e);
}

} // namespace st
