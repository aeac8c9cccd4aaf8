#include "window/MainWindow.h"
#include "common/SafeFileDialog.h"

#include "document/AudioDocument.h"
#include "detection/DetectionPanel.h"
#include "detection/DetectionTask.h"
#include "tracing/EmbeddingMapView.h"
#include "tracing/LibraryPanel.h"
#include "tracing/TracePanel.h"
#include "training/TrainingPanel.h"
#include "tracing/TraceTask.h"
#include "charts/EvaluationPanel.h"
#include "attribution/AttributionData.h"
#include "attribution/AttributionHeatmapLayer.h"
#include "attribution/AttributionLayer.h"
#include "attribution/ExplainPanel.h"
#include "library/FingerprintLibrary.h"
#include "catalog/ModelCatalog.h"
#include "detection/ScoreTimelineLayer.h"
#include "playback/FakeAudioOutput.h"
#include "window/JobsPanel.h"
#include "document/MetadataPanel.h"
#include "view/Pane.h"
#include "playback/PlaybackController.h"
#include "playback/PortAudioOutput.h"
#include "view/SpectrogramSettingsPanel.h"
#include "view/TimeRuler.h"
#include "view/TimeRulerWidget.h"
#include "view/ViewExporter.h"
#include "view/ViewState.h"
#include "view/WaveformLayer.h"
#include "dsp/SpectrogramExport.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "util/Error.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QStandardItemModel>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

// Q_INIT_RESOURCE must be used outside a namespace; the icons live in the static ui library.
static void initUiResources() { Q_INIT_RESOURCE(icons); }

namespace st {

namespace {
constexpr int kMaxRecent = 10;
const char *kRecentKey = "recentFiles";
const char *kModelKey = "models/current";

QSettings settings() { return QSettings(QStringLiteral("SourceTrace"), QStringLiteral("SourceTrace")); }

// A dock's content in a scroll area, so that a tall panel does not force the window's minimum height.
QWidget *scrollable(QWidget *w)
{
    auto *area = new QScrollArea;
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

SpectrogramSettings defaultSpectrogramSettings()
{
    SpectrogramSettings s;
    s.params.fftSize = 512;
    s.params.hop = 128;
    s.params.window = WindowType::Hann;
    s.scale = DbColourScale{-110.0, -20.0, 0.0, true};
    return s;
}

SpectrogramSettings loadSpectrogramSettings()
{
    SpectrogramSettings s = defaultSpectrogramSettings();
    QSettings st = settings();
    st.beginGroup(QStringLiteral("spectrogram"));
    s.params.window = WindowType(st.value("window", int(s.params.window)).toInt());
    s.params.fftSize = st.value("fftSize", s.params.fftSize).toInt();
    s.params.hop = st.value("hop", s.params.hop).toInt();
    s.params.scale = FrequencyScale(st.value("scale", int(s.params.scale)).toInt());
    s.params.melBands = st.value("melBands", s.params.melBands).toInt();
    s.colourMap = ColourMap::fromName(st.value("colourMap", ColourMap::name(s.colourMap)).toString());
    s.scale.floorDb = st.value("floorDb", s.scale.floorDb).toDouble();
    s.scale.ceilingDb = st.value("ceilingDb", s.scale.ceilingDb).toDouble();
    s.scale.gainDb = st.value("gainDb", s.scale.gainDb).toDouble();
    s.scale.fixedRange = st.value("fixedRange", s.scale.fixedRange).toBool();
    try {
        s.params.validate();
    } catch (const Error &) {
        return defaultSpectrogramSettings();
    }
    return s;
}

void saveSpectrogramSettings(const SpectrogramSettings &s)
{
    QSettings st = settings();
    st.beginGroup(QStringLiteral("spectrogram"));
    st.setValue("window", int(s.params.window));
    st.setValue("fftSize", s.params.fftSize);
    st.setValue("hop", s.params.hop);
    st.setValue("scale", int(s.params.scale));
    st.setValue("melBands", s.params.melBands);
    st.setValue("colourMap", ColourMap::name(s.colourMap));
    st.setValue("floorDb", s.scale.floorDb);
    st.setValue("ceilingDb", s.scale.ceilingDb);
    st.setValue("gainDb", s.scale.gainDb);
    st.setValue("fixedRange", s.scale.fixedRange);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<AudioOutput> output, QWidget *parent)
    : QMainWindow(parent), m_jobs(new JobManager(std::max(1, QThread::idealThreadCount() - 1), this)),
      m_view(new ViewState(this)), m_output(output ? std::move(output) : std::make_unique<PortAudioOutput>()),
      m_catalog(new ModelCatalog(this)), m_modelCache(std::make_shared<ModelCache>())
{
    initUiResources();
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
    m_scroll = new QScrollBar(Qt::Horizontal);
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

    for (Pane *p : {m_wavePane, m_specPane, m_scorePane}) {
        connect(p, &Pane::readoutChanged, m_readout, &QLabel::setText);
        connect(p, &Pane::clicked, this, [this](qint64 f) {
            m_playback->seek(f);
            if (m_playback->state() != PlaybackController::State::Playing)
                m_view->setPlayFrame(f);
        });
    }
    connect(m_ruler, &TimeRulerWidget::clicked, this, [this](qint64 f) {
        m_playback->seek(f);
        if (m_playback->state() != PlaybackController::State::Playing)
            m_view->setPlayFrame(f);
    });
    connect(m_view, &ViewState::rangeChanged, this, &MainWindow::updateScrollBar);
    connect(m_view, &ViewState::selectionChanged, this, &MainWindow::updateSelectionLabel);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int value) {
        m_view->setRange(value * m_scrollUnit, m_view->framesPerPixel());
    });
    connect(m_playback, &PlaybackController::positionChanged, this, [this](qint64 f) {
        if (m_playback->state() == PlaybackController::State::Playing) {
            m_view->setPlayFrame(f);
            m_view->ensureVisible(double(f));
        }
    });
    connect(m_playback, &PlaybackController::stateChanged, this, [this](PlaybackController::State s) {
        if (s == PlaybackController::State::Stopped)
            m_view->setPlayFrame(m_playback->position() > 0 ? m_playback->position() : -1);
        updatePlaybackUi();
    });
    connect(m_playback, &PlaybackController::errorOccurred, this,
            [this](const QString &msg) { showError(tr("Playback"), msg); });

    connect(m_catalog, &ModelCatalog::ready, this, &MainWindow::rebuildModelChooser);
    connect(m_catalog, &ModelCatalog::ready, this, &MainWindow::updateTraceUi);
    connect(m_catalog, &ModelCatalog::ready, this, [this]() {
        if (!m_explainPanel)
            return;
        QList<ModelManifest> usable;
        for (const CatalogEntry &e : m_catalog->entries())
            if (e.usable)
                usable << e.manifest;
        m_explainPanel->setModels(usable);
    });
    connect(m_catalog, &ModelCatalog::ready, this, [this]() {
        const QString pending = m_pendingDefaultAnalysis;
        m_pendingDefaultAnalysis.clear();
        if (!pending.isEmpty() && m_doc && m_doc->file() && m_doc->file()->info().path == pending)
            runDefaultAnalysis(false);
    });
    connect(m_catalog, &ModelCatalog::failed, this,
            [this](const QString &msg) { showError(tr("Models"), msg); });
    m_preferredModel = settings().value(kModelKey).toString();
    m_catalog->refresh(m_jobs);

    updatePlaybackUi();
    updateSelectionLabel();
    updateScrollBar();
    rebuildModelChooser();
    resize(1400, 860);
}

MainWindow::~MainWindow()
{
    m_playback->stop();
    closeDocument();
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

void MainWindow::buildActions()
{
    QStyle *st = style();
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_actOpen = make(tr("&Open..."), QKeySequence::Open, [this]() { chooseOpen(); });
    m_actOpen->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_actOpenDemo = make(tr("Open &demo clip"), QKeySequence(), [this]() { openDemo(); });
    m_actExportImage = make(tr("Export view as &image (PNG/SVG)..."), QKeySequence(tr("Ctrl+Shift+E")), [this]() { chooseExportImage(); });
    m_actExportSpec = make(tr("Export &spectrogram of selection (CSV/npy)..."), QKeySequence(tr("Ctrl+E")), [this]() { chooseExportSpectrogram(); });
    m_actQuit = make(tr("&Quit"), QKeySequence::Quit, [this]() { close(); });

    m_actZoomIn = make(tr("Zoom &in"), QKeySequence(Qt::Key_Plus), [this]() { m_view->zoomIn(); });
    m_actZoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    m_actZoomIn->setIcon(QIcon(QStringLiteral(":/icons/zoom-in.svg")));
    m_actZoomOut = make(tr("Zoom &out"), QKeySequence(Qt::Key_Minus), [this]() { m_view->zoomOut(); });
    m_actZoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    m_actZoomOut->setIcon(QIcon(QStringLiteral(":/icons/zoom-out.svg")));
    m_actFit = make(tr("&Fit all"), QKeySequence(Qt::Key_0), [this]() { m_view->fitAll(); });
    m_actFit->setIcon(QIcon(QStringLiteral(":/icons/zoom-fit.svg")));
    m_actZoomSel = make(tr("Zoom to &selection"), QKeySequence(tr("Ctrl+Shift+Z")), [this]() { m_view->zoomToSelection(); });
    m_actZoomSel->setIcon(QIcon(QStringLiteral(":/icons/zoom-selection.svg")));
    m_actPanLeft = make(tr("Pan left"), QKeySequence(Qt::Key_Left), [this]() { m_view->panByPixels(-m_view->width() / 8.0); });
    m_actPanRight = make(tr("Pan right"), QKeySequence(Qt::Key_Right), [this]() { m_view->panByPixels(m_view->width() / 8.0); });
    m_actHome = make(tr("Go to start"), QKeySequence(Qt::Key_Home), [this]() { m_view->panByFrames(-1e18); });
    m_actEnd = make(tr("Go to end"), QKeySequence(Qt::Key_End), [this]() { m_view->panByFrames(1e18); });
    m_actGainUp = make(tr("Waveform gain &up"), QKeySequence(tr("Shift+Up")), [this]() {
        if (m_waveLayer)
            m_waveLayer->setVerticalGain(m_waveLayer->verticalGain() * 2);
    });
    m_actGainDown = make(tr("Waveform gain &down"), QKeySequence(tr("Shift+Down")), [this]() {
        if (m_waveLayer)
            m_waveLayer->setVerticalGain(m_waveLayer->verticalGain() / 2);
    });
    m_actSelectAll = make(tr("Select &all"), QKeySequence::SelectAll, [this]() { m_view->setSelection(0, m_view->totalFrames()); });
    m_actClearSel = make(tr("&Clear selection"), QKeySequence(Qt::Key_Escape), [this]() { m_view->clearSelection(); });

    m_actPlay = make(tr("&Play / pause"), QKeySequence(Qt::Key_Space), [this]() { m_playback->togglePlayPause(); });
    m_actPlay->setIcon(st->standardIcon(QStyle::SP_MediaPlay));
    m_actPlaySel = make(tr("Play s&election"), QKeySequence(Qt::Key_P), [this]() {
        if (m_view->hasSelection())
            m_playback->playRange(m_view->selectionStart(), m_view->selectionEnd());
        else
            m_playback->play();
    });
    m_actPlaySel->setIcon(QIcon(QStringLiteral(":/icons/play-selection.svg")));
    m_actStop = make(tr("&Stop"), QKeySequence(Qt::Key_S), [this]() { m_playback->stop(); });
    m_actStop->setIcon(st->standardIcon(QStyle::SP_MediaStop));
    m_actLoop = make(tr("&Loop"), QKeySequence(Qt::Key_L), [this]() { m_playback->setLoop(m_actLoop->isChecked()); });
    m_actLoop->setCheckable(true);
    m_actLoop->setIcon(QIcon(QStringLiteral(":/icons/loop.svg")));

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

    m_actDetect = make(tr("&Detect"), QKeySequence(tr("Ctrl+D")), [this]() { detect(); });
    m_actRescanModels = make(tr("&Rescan models"), QKeySequence(), [this]() { m_catalog->refresh(m_jobs); });
    tb->addSeparator();
    auto *modelLabel = new QLabel(tr(" Model "));
    tb->addWidget(modelLabel);
    m_modelCombo = new QComboBox;
    m_modelCombo->setObjectName(QStringLiteral("modelCombo"));
    m_modelCombo->setMinimumContentsLength(12);
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setToolTip(tr("The model Detect runs"));
    tb->addWidget(m_modelCombo);
    connect(m_modelCombo, &QComboBox::activated, this, [this](int i) {
        const QString name = m_modelCombo->itemData(i).toString();
        if (!name.isEmpty())
            setCurrentModel(name);
    });
    tb->addAction(m_actDetect);
    if (auto *button = qobject_cast<QToolButton *>(tb->widgetForAction(m_actDetect)))
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actOpen);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(m_actOpenDemo);
    file->addSeparator();
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
    metaDock->setWidget(m_metadata);
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
    m_detectDock = new QDockWidget(tr("Detection"), this);
    m_detectDock->setObjectName(QStringLiteral("detectionDock"));
    m_detectPanel = new DetectionPanel;
    m_detectDock->setWidget(scrollable(m_detectPanel));
    addDockWidget(Qt::RightDockWidgetArea, m_detectDock);
    tabifyDockWidget(specDock, m_detectDock);
    specDock->raise();
    connect(m_detectPanel, &DetectionPanel::windowActivated, this, [this](qint64 a, qint64 b) {
        m_view->setSelection(a, b);
        m_view->ensureVisible(double(a));
    });

    m_traceDock = new QDockWidget(tr("Trace"), this);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_tracePanel = new TracePanel;
    m_traceDock->setWidget(scrollable(m_tracePanel));
    addDockWidget(Qt::RightDockWidgetArea, m_traceDock);
    tabifyDockWidget(m_detectDock, m_traceDock);
    specDock->raise();
    connect(m_tracePanel, &TracePanel::traceRequested, this, [this](const QString &b) { trace(b); });

    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryPanel = new LibraryPanel(m_jobs, m_catalog, m_modelCache);
    m_libraryDock->setWidget(scrollable(m_libraryPanel));
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    m_mapDock = new QDockWidget(tr("Library map"), this);
    m_mapDock->setObjectName(QStringLiteral("mapDock"));
    m_mapView = new EmbeddingMapView;
    m_mapDock->setWidget(m_mapView);
    addDockWidget(Qt::LeftDockWidgetArea, m_mapDock);
    splitDockWidget(m_libraryDock, m_mapDock, Qt::Vertical);
    m_libraryDock->hide(); // shown when a library is opened
    m_mapDock->hide();
    connect(m_libraryPanel, &LibraryPanel::libraryChanged, this, &MainWindow::updateTraceUi);
    connect(m_libraryPanel, &LibraryPanel::mapReady, this, [this](std::shared_ptr<const LibraryMap> m) {
        m_mapView->setMap(std::move(m));
    });
    connect(m_libraryPanel, &LibraryPanel::errorOccurred, this, [this](const QString &, const QString &msg) {
        m_lastError = msg;
        statusBar()->showMessage(msg, 15000);
    });
    connect(m_libraryPanel, &LibraryPanel::enrolFinished, this,
            [this](const QString &summary) { statusBar()->showMessage(tr("Enrolled: %1").arg(summary.section(QLatin1Char('\n'), 0, 0)), 15000); });
    connect(m_libraryPanel, &LibraryPanel::traceFinished, this, [this](std::shared_ptr<const TraceResult> r) {
        if (!m_doc || r->clipPath != m_doc->info().path)
            return; // a trace of a clip closed since
        m_trace = r;
        m_tracePanel->setResult(r);
        m_mapView->setQuery(r->embedding, tr("traced clip"));
        QStringList parts;
        for (const LevelDecision &d : r->decisions)
            parts << QStringLiteral("%1: %2").arg(sourceLevelName(d.level), d.decision);
        statusBar()->showMessage(tr("Trace (%1): %2").arg(r->backend, parts.join(QStringLiteral(", "))), 15000);
        updateTraceUi();
    });
    connect(m_libraryPanel, &LibraryPanel::traceFailed, this, [this](const QString &msg) {
        m_tracePanel->setStatus(msg);
        m_lastError = msg;
        updateTraceUi();
    });

    // Integrated Gradients (ui/attribution): its layers go over the waveform and the spectrogram while it
    // holds attributions (the pane's key is then the attribution legend).
    m_explainDock = new QDockWidget(tr("Explain"), this);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainPanel = new ExplainPanel(m_jobs);
    m_explainDock->setWidget(scrollable(m_explainPanel));
    addDockWidget(Qt::RightDockWidgetArea, m_explainDock);
    tabifyDockWidget(m_traceDock, m_explainDock);
    specDock->raise();
    connect(m_explainPanel->data(), &AttributionData::changed, this, &MainWindow::updateAttributionLayers);
    connect(m_explainPanel, &ExplainPanel::finished, this, [this](bool ok) {
        statusBar()->showMessage(ok ? tr("Attributions ready: %1").arg(m_explainPanel->completenessText())
                                    : m_explainPanel->statusText(),
                                 10000);
    });
    connect(m_view, &ViewState::selectionChanged, this, [this]() {
        if (m_explainPanel)
            m_explainPanel->setSelection(m_view->selectionStart(), m_view->selectionEnd());
    });
    connect(m_libraryPanel, &LibraryPanel::libraryChanged, this, &MainWindow::offerFingerprintsToExplain);

    // Training (ui/training/TrainingPanel): corpus-level and long, so a wide dock at the bottom, shown on demand. A finished
    // run's model is copied into the user's model folder; the chooser is rescanned (with that folder added when
    // the window was given other folders).
    m_trainingDock = new QDockWidget(tr("Training"), this);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    m_trainingPanel = new TrainingPanel(m_jobs);
    m_trainingPanel->setInteractive(m_interactive);
    m_trainingPanel->setExistingModelLookup([this](const QString &name) {
        const CatalogEntry *e = m_catalog->find(name);
        return e ? (e->manifest.manifestPath.isEmpty() ? name : e->manifest.manifestPath) : QString();
    });
    m_trainingDock->setWidget(m_trainingPanel);
    // The side docks keep the full height; the training dock spans the width between them.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_trainingDock->hide();
    connect(m_trainingDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // The first time it is shown, give it about half the height (its curves need it).
        if (!visible || m_trainingDock->property("sized").toBool() || m_trainingDock->isFloating())
            return;
        m_trainingDock->setProperty("sized", true);
        resizeDocks({m_trainingDock}, {std::max(320, height() / 2)}, Qt::Vertical);
    });
    connect(m_trainingPanel, &TrainingPanel::statusMessage, this, [this](const QString &msg) {
        statusBar()->showMessage(msg, 15000);
    });
    connect(m_trainingPanel, &TrainingPanel::errorOccurred, this, [this](const QString &, const QString &msg) {
        m_lastError = msg; // the panel shows its own message box when interactive
    });
    connect(m_trainingPanel, &TrainingPanel::modelInstalled, this, [this](const QString &, const QString &) {
        const QString folder = m_trainingPanel->modelFolder();
        QStringList dirs = m_catalog->folders();
        if (!dirs.contains(folder)) {
            dirs.prepend(folder);
            m_catalog->setFolders(dirs);
        }
        m_catalog->refresh(m_jobs);
    });

    // Evaluation runs and plots (ui/charts): corpus-level work, so a tab of its own beside the clip.
    m_evalPanel = new EvaluationPanel(m_jobs);
    m_evalPanel->setObjectName(QStringLiteral("evaluationPanel"));
    m_evalTab = scrollable(m_evalPanel);
    m_centralTabs->addTab(m_evalTab, tr("Evaluation"));

    resizeDocks({metaDock, specDock, jobsDock}, {330, 330, 120}, Qt::Vertical);
    resizeDocks({metaDock}, {340}, Qt::Horizontal);

    QMenu *windows = menuBar()->addMenu(tr("&Window"));
    windows->addAction(metaDock->toggleViewAction());
    windows->addAction(specDock->toggleViewAction());
    windows->addAction(m_detectDock->toggleViewAction());
    windows->addAction(m_traceDock->toggleViewAction());
    windows->addAction(m_libraryDock->toggleViewAction());
    windows->addAction(m_mapDock->toggleViewAction());
    windows->addAction(m_explainDock->toggleViewAction());
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

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    library->setToolTipsVisible(true);
    QMenu *fileMenu = menuBar()->actions().first()->menu();
    auto addLib = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        library->addAction(a);
        addAction(a);
        return a;
    };
    addLib(tr("&New library..."), QKeySequence(), [this]() {
        showLibraryDocks();
        m_libraryPanel->chooseCreate();
    });
    addLib(tr("&Open library..."), QKeySequence(), [this]() {
        const QString path = safeOpenFileName(this, tr("Open library"), {}, tr("Fingerprint library (*.db);;All files (*)"));
        if (!path.isEmpty())
            openLibrary(path);
    });
    m_actEnrol = addLib(tr("&Enrol..."), QKeySequence(), [this]() {
        showLibraryDocks();
        m_libraryPanel->chooseEnrol();
    });
    if (fileMenu) {
        QAction *before = fileMenu->actions().value(fileMenu->actions().indexOf(m_actQuit) - 1);
        fileMenu->insertAction(before, m_actEnrol);
    }
    library->addSeparator();
    m_actTrace = addLib(tr("&Trace the clip"), QKeySequence(tr("Ctrl+T")), [this]() { trace(); });
    library->addSeparator();
    QAction *undo = m_libraryPanel->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_libraryPanel->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Y")), QKeySequence::Redo});
    library->addAction(undo);
    library->addAction(redo);
    addAction(undo);
    addAction(redo);
    windows->addAction(jobsDock->toggleViewAction());
}

void MainWindow::setInteractive(bool on)
{
    m_interactive = on;
    if (m_trainingPanel)
        m_trainingPanel->setInteractive(on);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (m_interactive)
        QMessageBox::warning(this, title, message);
}

void MainWindow::closeDocument()
{
    clearDetection();
    if (m_traceJob && !m_traceJob->isFinished())
        m_traceJob->cancel();
    m_traceJob.reset();
    m_trace.reset();
    if (m_tracePanel) {
        m_tracePanel->setResult(nullptr);
        m_mapView->setQuery({}, {});
    }
    if (m_explainPanel)
        m_explainPanel->setDocument(QString(), 0, 0);
    m_playback->clearSource();
    m_wavePane->clearLayers();
    m_specPane->clearLayers();
    m_metadata->setDocument(nullptr);
    delete m_waveLayer;
    m_waveLayer = nullptr;
    delete m_specLayer;
    m_specLayer = nullptr;
    m_doc.reset();
    rebuildChannelMenu();
}

void MainWindow::rebuildChannelMenu()
{
    if (!m_channelMenu)
        return;
    m_channelMenu->clear();
    qDeleteAll(m_channelMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const int channels = m_doc ? m_doc->info().channels : 0;
    const int current = m_doc ? m_doc->channel() : MixDown;
    auto *group = new QActionGroup(m_channelMenu);
    auto add = [&](const QString &text, int channel) {
        QAction *a = m_channelMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(channel == current);
        a->setData(channel);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, channel]() {
            if (!setChannel(channel))
                showError(tr("Channel"), m_lastError);
        });
    };
    add(tr("&Mix-down"), MixDown);
    for (int c = 0; c < channels; ++c)
        add(tr("Channel &%1").arg(c + 1), c);
    m_channelMenu->setEnabled(channels > 1);
}

bool MainWindow::setChannel(int channel)
{
    if (!m_doc) {
        m_lastError = tr("Open a file first.");
        return false;
    }
    if (channel == m_doc->channel())
        return true;
    try {
        m_doc->setChannel(channel);
    } catch (const std::exception &e) {
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
    const AudioInfo &info = m_doc->info();
    m_playback->stop();
    auto file = m_doc->file();
    m_playback->setSource(info.sampleRate, info.frames, [file, channel](int64_t start, int64_t count) {
        return file->readFrames(start, count, channel);
    });
    m_view->setPlayFrame(-1);
    for (QAction *a : m_channelMenu->actions()) // not rebuilt: this may run inside one of its actions
        a->setChecked(a->data().toInt() == channel);
    updatePlaybackUi();
    statusBar()->showMessage(channel == MixDown ? tr("Showing the mix-down of all channels")
                                                : tr("Showing channel %1").arg(channel + 1),
                             5000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    std::unique_ptr<AudioDocument> doc;
    try {
        doc = std::make_unique<AudioDocument>(QFileInfo(path).absoluteFilePath());
    } catch (const std::exception &e) {
        showError(tr("Cannot open file"), QString::fromUtf8(e.what()));
        return false;
    }
    closeDocument();
    m_doc = std::move(doc);
    m_lastError.clear();
    const AudioInfo &info = m_doc->info();
    m_view->setDocument(info.frames, info.sampleRate);
    m_waveLayer = new WaveformLayer(m_doc.get());
    try {
        m_specLayer = new SpectrogramLayer(m_doc.get(), m_specSettings);
    } catch (const std::exception &e) {
        m_specSettings = defaultSpectrogramSettings();
        m_specPanel->setSettings(m_specSettings);
        m_specLayer = new SpectrogramLayer(m_doc.get(), m_specSettings);
        statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
    }
    m_wavePane->addLayer(m_waveLayer);
    m_specPane->addLayer(m_specLayer);
    m_explainPanel->setDocument(info.path, info.sampleRate, info.frames);
    updateAttributionLayers();
    m_metadata->setDocument(m_doc.get());
    m_doc->startBackgroundWork(m_jobs);
    connect(m_doc.get(), &AudioDocument::backgroundFailed, this, [this](const QString &msg) {
        m_wavePane->invalidate(); // the panes draw the damage banner
        m_specPane->invalidate();
        if (msg != m_lastError) // the same decoding error may come from a view and the overview job
            showError(tr("Background work failed"), msg);
    });
    connect(m_doc.get(), &AudioDocument::readFailed, this, [this](const QString &msg) {
        m_wavePane->invalidate();
        m_specPane->invalidate();
        if (msg != m_lastError)
            showError(tr("Cannot decode the file"), msg);
    });

    auto file = m_doc->file();
    m_playback->setSource(info.sampleRate, info.frames,
                          [file](int64_t start, int64_t count) { return file->readFrames(start, count, MixDown); });
    m_view->setPlayFrame(-1);
    rebuildChannelMenu();
    const bool isDemo = !m_demoPath.isEmpty() && QFileInfo(path) == QFileInfo(m_demoPath);
    setWindowTitle(tr("%1 — SourceTrace").arg(isDemo ? tr("demo clip") : QFileInfo(info.path).fileName()));
    if (!isDemo)
        addRecent(info.path);
    updatePlaybackUi();
    updateScrollBar();
    statusBar()->showMessage(tr("Opened %1 (read-only)").arg(QDir::toNativeSeparators(info.path)), 5000);
    return true;
}

bool MainWindow::openDemo()
{
    if (m_demoPath.isEmpty() || !QFile::exists(m_demoPath)) {
        const QString res = QStringLiteral(":/demo/demo.flac");
        if (!QFile::exists(res)) {
            showError(tr("Demo clip"), tr("This build has no demo clip compiled in."));
            return false;
        }
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                .filePath(QStringLiteral("sourcetrace-demo-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(dir);
        const QString target = QDir(dir).filePath(QStringLiteral("demo.flac"));
        QFile::remove(target);
        if (!QFile::copy(res, target)) {
            showError(tr("Demo clip"), tr("%1: could not extract the demo clip").arg(target));
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        m_demoPath = target;
    }
    return openFile(m_demoPath);
}

QStringList MainWindow::recentFiles() { return settings().value(kRecentKey).toStringList(); }

void MainWindow::addRecent(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings().setValue(kRecentKey, list);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    if (list.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    for (const QString &p : list) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(p));
        a->setEnabled(QFile::exists(p));
        connect(a, &QAction::triggered, this, [this, p]() { openFile(p); });
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear list")), &QAction::triggered, this,
            []() { settings().remove(kRecentKey); });
}

void MainWindow::rebuildDeviceMenu()
{
    m_deviceMenu->clear();
    const QStringList names = m_output->deviceNames();
    if (names.isEmpty()) {
        m_deviceMenu->addAction(tr("(no output device found)"))->setEnabled(false);
        return;
    }
    auto *group = new QActionGroup(m_deviceMenu);
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = m_deviceMenu->addAction(names[i]);
        a->setCheckable(true);
        a->setChecked(i == m_output->currentDevice());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, i]() {
            m_playback->stop();
            m_output->setDevice(i);
            updatePlaybackUi();
        });
    }
}

void MainWindow::updatePlaybackUi()
{
    const bool available = m_output->isAvailable();
    const bool haveDoc = m_doc != nullptr;
    const QString reason = available ? QString() : m_output->unavailableReason();
    for (QAction *a : {m_actPlay, m_actPlaySel, m_actStop, m_actLoop}) {
        a->setEnabled(available && haveDoc);
        a->setToolTip(available ? a->text().remove(QLatin1Char('&')) : reason);
    }
    const bool playing = m_playback->state() == PlaybackController::State::Playing;
    m_actPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (!available) {
        m_playbackLabel->setText(tr("No audio output"));
        m_playbackLabel->setToolTip(reason);
    } else {
        switch (m_playback->state()) {
        case PlaybackController::State::Playing: m_playbackLabel->setText(tr("Playing")); break;
        case PlaybackController::State::Paused: m_playbackLabel->setText(tr("Paused")); break;
        default: m_playbackLabel->setText(tr("Stopped")); break;
        }
        m_playbackLabel->setToolTip(m_output->deviceNames().value(m_output->currentDevice()));
    }
    for (QAction *a : {m_actExportImage, m_actExportSpec, m_actFit, m_actZoomIn, m_actZoomOut, m_actZoomSel})
        a->setEnabled(haveDoc);
    updateDetectUi();
    updateTraceUi();
}

void MainWindow::updateSelectionLabel()
{
    if (!m_view->hasSelection() || m_view->sampleRate() <= 0) {
        m_selectionLabel->setText(tr("No selection"));
        return;
    }
    const double a = m_view->frameToSeconds(double(m_view->selectionStart()));
    const double b = m_view->frameToSeconds(double(m_view->selectionEnd()));
    m_selectionLabel->setText(tr("Selection %1 – %2 (%3 s)")
                                  .arg(TimeRuler::formatTime(a, 3), TimeRuler::formatTime(b, 3))
                                  .arg(b - a, 0, 'f', 3));
}

void MainWindow::updateScrollBar()
{
    const double total = double(m_view->totalFrames());
    const double visible = m_view->framesPerPixel() * m_view->width();
    m_scrollUnit = std::max(1.0, std::ceil(total / 1e9));
    const QSignalBlocker block(m_scroll);
    m_scroll->setRange(0, int(std::max(0.0, (total - visible) / m_scrollUnit)));
    m_scroll->setPageStep(int(std::max(1.0, visible / m_scrollUnit)));
    m_scroll->setSingleStep(int(std::max(1.0, visible / 8 / m_scrollUnit)));
    m_scroll->setValue(int(m_view->startFrame() / m_scrollUnit));
}

void MainWindow::applySpectrogramSettings(const SpectrogramSettings &s)
{
    if (m_specLayer) {
        try {
            m_specLayer->setSettings(s);
        } catch (const std::exception &e) {
            showError(tr("Spectrogram settings"), QString::fromUtf8(e.what()));
            m_specPanel->setSettings(m_specSettings);
            return;
        }
    }
    m_specSettings = s;
    saveSpectrogramSettings(s);
    updateAttributionLayers();
}

QString MainWindow::readoutText() const { return m_readout->text(); }

void MainWindow::chooseOpen()
{
    const QString dir = recentFiles().isEmpty() ? QString() : QFileInfo(recentFiles().first()).absolutePath();
    const QString path = safeOpenFileName(
        this, tr("Open evidence"), dir,
        tr("Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aif *.aiff *.au);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseExportImage()
{
    const QString base = m_doc ? QFileInfo(m_doc->info().path).completeBaseName() + QStringLiteral("-view.png") : QString();
    const QString path = safeSaveFileName(this, tr("Export view"), base, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportViewImage(path);
}

void MainWindow::chooseExportSpectrogram()
{
    if (!m_view->hasSelection()) {
        showError(tr("Export spectrogram"), tr("Select a time range first (drag across a pane)."));
        return;
    }
    const QString base = m_doc ? QFileInfo(m_doc->info().path).completeBaseName() + QStringLiteral("-spectrogram.csv") : QString();
    const QString path = safeSaveFileName(this, tr("Export spectrogram of selection"), base,
                                                      tr("CSV table (*.csv);;NumPy array + JSON sidecar (*.npy)"));
    if (!path.isEmpty())
        exportSelectionSpectrogram(path);
}

bool MainWindow::exportViewImage(const QString &path)
{
    if (!m_doc)
        return false;
    const QString title = QStringLiteral("%1   %2 – %3")
                              .arg(QFileInfo(m_doc->info().path).fileName(),
                                   TimeRuler::formatTime(m_view->frameToSeconds(m_view->startFrame()), 3),
                                   TimeRuler::formatTime(m_view->frameToSeconds(m_view->endFrame()), 3));
    ViewExporter ex(*m_view, visiblePanes(), title);
    ex.waitUntilComplete(10000);
    try {
        if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
            ex.exportSvg(path);
        else
            ex.exportPng(path);
    } catch (const std::exception &e) {
        showError(tr("Export view"), QString::fromUtf8(e.what()));
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::exportSelectionSpectrogram(const QString &path, bool wait)
{
    if (!m_doc || !m_view->hasSelection()) {
        m_lastError = tr("Select a time range first (drag across a pane).");
        return false;
    }
    const SampleSource source = SampleSource::fromAudioFile(m_doc->file(), m_doc->channel());
    const SpectrogramParams params = m_specSettings.params;
    const int64_t a = m_view->selectionStart(), b = m_view->selectionEnd();
    const QString sourceName = m_doc->info().path;
    const bool npy = path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive);
    JobPtr job = std::make_shared<Job>(tr("Export spectrogram to %1").arg(QFileInfo(path).fileName()),
                                       [=](JobContext &ctx) {
                                           ctx.setProgress(0.1, QStringLiteral("analysing"));
                                           const SpectrogramSelection sel = computeSelectionDb(source, params, a, b);
                                           ctx.checkCancelled();
                                           ctx.setProgress(0.7, QStringLiteral("writing"));
                                           if (npy)
                                               exportSpectrogramNpy(path, sel.db, sel.frames, sel.bins, params,
                                                                    source.sampleRate, sel.startSample, sourceName);
                                           else
                                               exportSpectrogramCsv(path, sel.db, sel.frames, sel.bins, params,
                                                                    source.sampleRate, sel.startSample, sourceName);
                                           return QVariant(qint64(sel.frames));
                                       });
    QPointer<MainWindow> self(this);
    job->onFinished([self, path](const Job &j) {
        if (!self)
            return;
        if (j.state() == JobState::Succeeded)
            self->statusBar()->showMessage(tr("Wrote %1 (%2 frames)").arg(QDir::toNativeSeparators(path)).arg(j.result().toLongLong()), 8000);
        else if (j.state() == JobState::Failed)
            self->showError(tr("Export spectrogram"), j.errorMessage());
    });
    m_jobs->submit(job);
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    return job->state() == JobState::Succeeded;
}

bool MainWindow::waitUntilReady(int msecs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // Painting asks the layers for their visible data.
        bool complete = true;
        for (Pane *p : visiblePanes()) {
            p->repaint();
            complete = complete && p->isComplete();
        }
        const bool done = m_jobs->activeJobs().isEmpty() && complete;
        if (done) {
            QCoreApplication::processEvents();
            return true;
        }
        if (t.elapsed() > msecs)
            return false;
        QThread::msleep(20);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls()) {
        if (u.isLocalFile()) {
            openFile(u.toLocalFile());
            e->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    m_playback->stop();
    QMainWindow::closeEvent(e);
}

// --- models and detection -----------------------------------------------------------------------

void MainWindow::setModelFolders(const QStringList &folders)
{
    m_catalog->setFolders(folders);
    m_catalog->refresh(m_jobs);
    rebuildModelChooser();
}

bool MainWindow::waitForModels(int msecs)
{
    QElapsedTimer t;
    t.start();
    while (!m_catalog->isReady() || !m_jobs->activeJobs().isEmpty()) {
        if (m_catalog->isReady()) {
            // Other jobs may run (the clip's hash); the list is what we wait for.
            bool scanning = false;
            for (const JobPtr &j : m_jobs->activeJobs())
                scanning = scanning || j->description() == tr("Check models");
            if (!scanning)
                break;
        }
        if (t.elapsed() > msecs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    return true;
}

QString MainWindow::currentModel() const
{
    return m_modelCombo && m_modelCombo->currentIndex() >= 0 ? m_modelCombo->currentData().toString() : QString();
}

bool MainWindow::setCurrentModel(const QString &name)
{
    const CatalogEntry *e = m_catalog->find(name);
    if (!e || !e->usable)
        return false;
    m_preferredModel = name;
    settings().setValue(kModelKey, name);
    const int i = m_modelCombo->findData(name);
    if (i >= 0 && m_modelCombo->currentIndex() != i) {
        const QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(i);
    }
    for (QAction *a : m_modelsMenu->actions())
        if (a->isCheckable())
            a->setChecked(a->data().toString() == name);
    updateDetectUi();
    return true;
}

void MainWindow::rebuildModelChooser()
{
    const QSignalBlocker block(m_modelCombo);
    m_modelCombo->clear();
    m_modelsMenu->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_modelCombo->model());
    if (!m_catalog->isReady()) {
        m_modelCombo->addItem(tr("(checking models...)"));
        m_modelsMenu->addAction(tr("(checking models...)"))->setEnabled(false);
    } else if (m_catalog->entries().isEmpty()) {
        m_modelCombo->addItem(tr("(no models found)"));
        QAction *none = m_modelsMenu->addAction(tr("(no models found)"));
        none->setEnabled(false);
        none->setToolTip(tr("Searched: %1").arg(m_catalog->folders().join(QStringLiteral(", "))));
    }
    auto *group = new QActionGroup(m_modelsMenu);
    QString chosen;
    QString firstDetector;
    for (const CatalogEntry &e : m_catalog->entries()) {
        QString label = e.name;
        if (!e.usable)
            label += tr(" (refused)");
        else if (!e.manifest.isDetector())
            label += tr(" (not a detector)");
        m_modelCombo->addItem(label, e.usable ? e.name : QString());
        const int row = m_modelCombo->count() - 1;
        m_modelCombo->setItemData(row, e.description(), Qt::ToolTipRole);
        if (items && !e.usable)
            items->item(row)->setEnabled(false);
        QAction *a = m_modelsMenu->addAction(label);
        a->setData(e.usable ? e.name : QString());
        a->setToolTip(e.description());
        a->setEnabled(e.usable);
        a->setCheckable(e.usable);
        if (e.usable) {
            group->addAction(a);
            const QString name = e.name;
            connect(a, &QAction::triggered, this, [this, name]() { setCurrentModel(name); });
            if (e.name == m_preferredModel)
                chosen = e.name;
            if (firstDetector.isEmpty() && e.manifest.isDetector())
                firstDetector = e.name;
        }
    }
    m_modelsMenu->addSeparator();
    m_modelsMenu->addAction(m_actDetect);
    m_modelsMenu->addAction(m_actRescanModels);
    // The user's choice (remembered) wins; then the project's own default model; then the first detector.
    if (chosen.isEmpty()) {
        const CatalogEntry *def = m_catalog->find(defaultModelName());
        chosen = def && def->usable ? def->name : firstDetector;
    }
    if (!chosen.isEmpty()) {
        m_modelCombo->setCurrentIndex(m_modelCombo->findData(chosen));
        for (QAction *a : m_modelsMenu->actions())
            if (a->isCheckable())
                a->setChecked(a->data().toString() == chosen);
    } else {
        m_modelCombo->setCurrentIndex(-1);
    }
    updateDetectUi();
}

void MainWindow::updateDetectUi()
{
    if (!m_actDetect)
        return;
    const CatalogEntry *e = m_catalog->find(currentModel());
    QString why;
    if (!m_doc)
        why = tr("Open a clip first");
    else if (!e)
        why = m_catalog->isReady() ? tr("No usable model: see the Models menu") : tr("Checking the models...");
    else if (!e->manifest.isDetector())
        why = tr("%1 is not a detector (%2)").arg(e->name, e->manifest.scoreConvention());
    else if (m_detectJob && !m_detectJob->isFinished())
        why = tr("A detection is running (cancel it in the Jobs panel)");
    m_actDetect->setEnabled(why.isEmpty());
    m_actDetect->setToolTip(why.isEmpty() ? tr("Run %1 on the open clip: whole-clip score and score timeline (Ctrl+D)").arg(e->name)
                                          : why);
}

bool MainWindow::detect(bool wait)
{
    const CatalogEntry *e = m_catalog->find(currentModel());
    if (!m_doc || !e || !e->isDetector() || (m_detectJob && !m_detectJob->isFinished())) {
        updateDetectUi();
        m_lastError = m_actDetect->toolTip();
        return false;
    }
    return startDetection(*e, wait);
}

bool MainWindow::startDetection(const CatalogEntry &entry, bool wait)
{
    const CatalogEntry *e = &entry;
    clearDetection();
    auto result = std::make_shared<DetectionResult>();
    JobPtr job = DetectionTask::makeJob(e->manifest, m_doc->file(), m_modelCache, result,
                                        std::max(1, QThread::idealThreadCount() - 1));
    m_detectJob = job;
    m_scorePane->show();
    m_detectPanel->setStatus(tr("Running %1...").arg(e->name));
    m_detectDock->show();
    m_detectDock->raise();
    QPointer<MainWindow> self(this);
    job->onFinished([self, result](const Job &j) {
        if (!self || self->m_detectJob.get() != &j)
            return; // the clip was closed or another detection started
        self->updateDetectUi();
        if (j.state() == JobState::Succeeded) {
            self->showDetection(result);
        } else if (j.state() == JobState::Failed) {
            self->m_detectPanel->setStatus(j.errorMessage());
            self->showError(tr("Detection"), j.errorMessage());
        } else {
            self->m_detectPanel->setStatus(tr("Detection cancelled."));
        }
    });
    m_jobs->submit(job);
    updateDetectUi();
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    QCoreApplication::processEvents();
    return job->state() == JobState::Succeeded;
}

bool MainWindow::analyseWithDefaults(bool wait)
{
    if (!m_doc || !m_doc->file())
        return false;
    m_pendingDefaultAnalysis.clear();
    if (!m_catalog->isReady()) {
        if (!wait) {
            m_pendingDefaultAnalysis = m_doc->file()->info().path; // runDefaultAnalysis() when the list is ready
            return true;
        }
        waitForModels(60000);
    }
    return runDefaultAnalysis(wait);
}

bool MainWindow::runDefaultAnalysis(bool wait)
{
    const CatalogEntry *e = m_catalog->find(defaultModelName());
    if (!m_doc || !e || !e->isDetector() || (m_detectJob && !m_detectJob->isFinished()))
        return false;
    if (!startDetection(*e, false))
        return false;
    JobPtr detectJob = m_detectJob;
    // Tracing too when a library is open or the default one exists. Both results are then in view: the Detection
    // dock joins the File dock's tabs (raised) and the Trace dock is raised in the group it shares with Spectrogram.
    JobPtr traceJob;
    if (m_libraryPanel->traceBlocker(true).isEmpty() && trace()) {
        traceJob = m_traceJob;
        if (auto *fileDock = findChild<QDockWidget *>(QStringLiteral("fileDock")); fileDock && !fileDock->isHidden()
            && !fileDock->isFloating() && dockWidgetArea(fileDock) == dockWidgetArea(m_traceDock))
            tabifyDockWidget(fileDock, m_detectDock);
        m_traceDock->show();
        m_traceDock->raise();
    }
    m_detectDock->show();
    m_detectDock->raise();
    if (wait) {
        m_jobs->waitFor(detectJob);
        if (traceJob)
            m_jobs->waitFor(traceJob);
        QCoreApplication::processEvents();
    }
    return true;
}

void MainWindow::showDetection(std::shared_ptr<DetectionResult> r)
{
    m_detection = std::move(r);
    m_scoreLayer->setWindows(m_detection->windowsInFrames(), m_detection->clip.higherIsBonafide,
                             m_detection->manifest.name);
    m_detectPanel->setResult(m_detection.get());
    m_scorePane->show();
    statusBar()->showMessage(tr("%1: score %2 (%3)")
                                 .arg(m_detection->manifest.name)
                                 .arg(m_detection->clip.score, 0, 'f', 4)
                                 .arg(m_detection->manifest.scoreConvention()),
                             10000);
}

void MainWindow::clearDetection()
{
    if (m_detectJob && !m_detectJob->isFinished())
        m_detectJob->cancel();
    m_detectJob.reset();
    m_detection.reset();
    m_scoreLayer->clear();
    if (m_detectPanel)
        m_detectPanel->setResult(nullptr);
    m_scorePane->hide();
    updateDetectUi();
}

QList<Pane *> MainWindow::visiblePanes() const
{
    QList<Pane *> panes{m_wavePane, m_specPane};
    if (!m_scorePane->isHidden())
        panes << m_scorePane;
    return panes;
}

// --- source tracing ----------------------------------------------------------------------------------

void MainWindow::showLibraryDocks()
{
    if (!m_libraryDock->isHidden())
        return;
    m_libraryDock->show();
    m_mapDock->show();
    resizeDocks({m_libraryDock}, {300}, Qt::Horizontal);
    resizeDocks({m_libraryDock, m_mapDock}, {330, 420}, Qt::Vertical);
}

bool MainWindow::openLibrary(const QString &path)
{
    showLibraryDocks();
    if (!m_libraryPanel->openLibrary(path)) {
        m_lastError = m_libraryPanel->lastError();
        return false;
    }
    statusBar()->showMessage(tr("Opened library %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::updateTraceUi()
{
    if (!m_actTrace)
        return;
    QString why = m_libraryPanel->traceBlocker(m_doc != nullptr);
    if (why.isEmpty() && m_traceJob && !m_traceJob->isFinished())
        why = tr("A trace is running");
    m_actTrace->setEnabled(why.isEmpty());
    m_actTrace->setToolTip(why.isEmpty() ? tr("Trace the open clip to the library's sources (Ctrl+T)") : why);
    m_tracePanel->setTraceEnabled(why.isEmpty(), m_actTrace->toolTip());
    m_actEnrol->setEnabled(m_libraryPanel->library() != nullptr);
    m_libraryPanel->setOpenClip(m_doc && m_doc->file() ? m_doc->file()->info().path : QString()); // "Enrol open clip..."
}

bool MainWindow::trace(const QString &backend, bool wait)
{
    if (m_traceJob && !m_traceJob->isFinished()) {
        m_lastError = tr("A trace is running");
        return false;
    }
    const QString b = backend.isEmpty() ? m_tracePanel->backend() : backend;
    JobPtr job = m_libraryPanel->trace(m_doc ? m_doc->file() : nullptr, b);
    if (!job) {
        m_lastError = m_libraryPanel->lastError();
        return false;
    }
    m_traceJob = job;
    m_trace.reset();
    m_tracePanel->setResult(nullptr);
    m_tracePanel->setStatus(tr("Tracing with %1...").arg(b));
    m_traceDock->show();
    m_traceDock->raise();
    updateTraceUi();
    if (!wait)
        return true;
    m_jobs->waitFor(job);
    QCoreApplication::processEvents();
    return job->state() == JobState::Succeeded;
}

// --- explanations -----------------------------------------------------------------------------------

void MainWindow::updateAttributionLayers()
{
    if (!m_explainPanel)
        return;
    AttributionLayer *wave = m_explainPanel->waveformLayer();
    AttributionHeatmapLayer *heat = m_explainPanel->heatmapLayer();
    m_wavePane->removeLayer(wave);
    m_specPane->removeLayer(heat);
    if (!m_doc || m_explainPanel->data()->isEmpty())
        return;
    if (m_specLayer)
        heat->setFrequencyAxis(m_specLayer->frequencyAxis());
    m_wavePane->addLayer(wave);
    m_specPane->addLayer(heat);
}

void MainWindow::offerFingerprintsToExplain()
{
    if (!m_explainPanel)
        return;
    QStringList names;
    std::vector<std::vector<float>> vectors;
    if (FingerprintLibrary *lib = m_libraryPanel->library()) {
        try {
            for (const SourceInfo &s : lib->sources()) {
                names << (s.level == SourceLevel::Attack ? s.name : sourceLevelName(s.level) + QLatin1Char('/') + s.name);
                vectors.push_back(lib->fingerprint(s.level, s.name));
            }
        } catch (const Error &) {
            names.clear();
            vectors.clear();
        }
    }
    m_explainPanel->setFingerprints(names, vectors);
}

} // namespace st
