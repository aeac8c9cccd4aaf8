// MainWindow, tracing: the Library, Library map and Trace docks, the Library menu (with its undo stack), opening a
// library and tracing the open clip to its sources.
#include "window/MainWindow.h"

#include "common/SafeFileDialog.h"
#include "document/AudioDocument.h"
#include "jobs/JobManager.h"
#include "library/FingerprintLibrary.h"
#include "tracing/EmbeddingMapView.h"
#include "tracing/LibraryPanel.h"
#include "tracing/LibrarySourceModel.h"
#include "tracing/TracePanel.h"
#include "tracing/TraceTask.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUndoStack>

namespace st {

void MainWindow::buildTracingDocks(QDockWidget *raiseAfter)
{
    m_traceDock = new QDockWidget(tr("Trace"), this);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_tracePanel = new TracePanel;
    m_traceDock->setWidget(scrollable(m_tracePanel));
    addDockWidget(Qt::RightDockWidgetArea, m_traceDock);
    tabifyDockWidget(m_detectDock, m_traceDock);
    raiseAfter->raise();
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
            parts << QStringLiteral("%1: %2").arg(LibrarySourceModel::levelTitle(d.level), d.decision);
        statusBar()->showMessage(tr("Trace (%1): %2").arg(r->backend, parts.join(QStringLiteral(", "))), 15000);
        updateTraceUi();
    });
    connect(m_libraryPanel, &LibraryPanel::traceFailed, this, [this](const QString &msg) {
        m_tracePanel->setStatus(msg);
        m_lastError = msg;
        updateTraceUi();
    });
}

void MainWindow::buildLibraryMenu()
{
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
    // Ctrl+Y only: the platform's other Redo key (Ctrl+Shift+Z) is View > Zoom to selection.
    redo->setShortcut(QKeySequence(tr("Ctrl+Y")));
    library->addAction(undo);
    library->addAction(redo);
    addAction(undo);
    addAction(redo);
}

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

} // namespace st
