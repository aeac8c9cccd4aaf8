// MainWindow, detection: the Detection dock and the score-timeline pane, running the chosen detector on the open
// clip, and the first-start analysis with the default model (detection, and tracing when a library is there). Under
// the Detection panel, the fused detectors (FusedDetectorBox).
#include "window/MainWindow.h"
#include "common/LocaleFormat.h"

#include "catalog/ModelCatalog.h"
#include "detection/DetectionPanel.h"
#include "detection/DetectionTask.h"
#include "detection/FusedDetectorBox.h"
#include "detection/ScoreTimelineLayer.h"
#include "document/AudioDocument.h"
#include "jobs/JobManager.h"
#include "models/ModelRegistry.h"
#include "tracing/LibraryPanel.h"
#include "view/Pane.h"
#include "view/ViewState.h"

#include <QLocale>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>

namespace st {

void MainWindow::buildDetectionDock(QDockWidget *tabWith)
{
    m_detectDock = new QDockWidget(tr("Detection"), this);
    m_detectDock->setObjectName(QStringLiteral("detectionDock"));
    m_detectPanel = new DetectionPanel;
    // Under the panel: the fused detectors (fusion models of registry detectors, ui/detection/FusedDetectorBox).
    auto *detectContent = new QWidget;
    auto *detectLayout = new QVBoxLayout(detectContent);
    detectLayout->setContentsMargins(0, 0, 0, 0);
    detectLayout->addWidget(m_detectPanel);
    auto *fused = new FusedDetectorBox(
        m_jobs, m_modelCache, [this]() { return m_doc ? m_doc->file() : std::shared_ptr<const AudioFile>(); },
        [this]() {
            std::vector<ModelManifest> usable;
            for (const CatalogEntry &e : m_catalog->entries())
                if (e.usable)
                    usable.push_back(e.manifest);
            return usable;
        });
    fused->setObjectName(QStringLiteral("fusedDetectorBox"));
    // Each fusion model is also a "Fused: <name>" entry of the toolbar's model chooser (MainWindowModels.cpp).
    connect(fused, &FusedDetectorBox::entriesChanged, this, &MainWindow::rebuildModelChooser);
    detectLayout->addWidget(fused);
    m_detectDock->setWidget(scrollable(detectContent));
    addDockWidget(Qt::RightDockWidgetArea, m_detectDock);
    tabifyDockWidget(tabWith, m_detectDock);
    tabWith->raise();
    connect(m_detectPanel, &DetectionPanel::windowActivated, this, [this](qint64 a, qint64 b) {
        m_view->setSelection(a, b);
        m_view->ensureVisible(double(a));
    });
}

void MainWindow::updateDetectUi()
{
    if (!m_actDetect)
        return;
    if (isFusedChoice(currentModel())) {
        // A fused detector: Detect runs it through the Detection dock's FusedDetectorBox (core runFusedDetection).
        const QString why = !m_doc ? tr("Open a clip first") : QString();
        m_actDetect->setEnabled(why.isEmpty());
        m_actDetect->setToolTip(why.isEmpty() ? tr("Run the fused detector %1 on the open clip: every component detector, the fused score "
                                                   "in the Detection panel (Ctrl+D)").arg(m_modelCombo->currentText())
                                              : why);
        return;
    }
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
    if (isFusedChoice(currentModel())) {
        auto *box = findChild<FusedDetectorBox *>(QStringLiteral("fusedDetectorBox"));
        const int k = box ? int(box->paths().indexOf(currentModel().mid(int(qstrlen(kFusedChoicePrefix))))) : -1;
        if (!m_doc || k < 0) {
            updateDetectUi();
            m_lastError = !m_doc ? m_actDetect->toolTip() : tr("The fused detector %1 is no longer listed").arg(m_modelCombo->currentText());
            return false;
        }
        box->setCurrent(k);
        clearDetection(); // an earlier single detector's result would read as this one's
        m_detectPanel->setStatus(tr("%1: see the fused detector below").arg(m_modelCombo->currentText()));
        m_detectDock->show();
        m_detectDock->raise();
        const bool ok = box->run(wait);
        if (auto *area = qobject_cast<QScrollArea *>(m_detectDock->widget())) {
            QCoreApplication::processEvents();
            if (area->widget()) // scrolled down to the fused result (vertically only)
                area->verticalScrollBar()->setValue(box->mapTo(area->widget(), QPoint(0, 0)).y());
        }
        if (!ok)
            m_lastError = box->status();
        return ok;
    }
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
    m_scoreLayer->setWindows(windowsInFrames(*m_detection), m_detection->clip.higherIsBonafide,
                             m_detection->manifest.name);
    m_detectPanel->setResult(m_detection.get());
    m_scorePane->show();
    statusBar()->showMessage(tr("%1: score %2 (%3)")
                                 .arg(m_detection->manifest.name)
                                 .arg(shownLocale().toString(m_detection->clip.score, 'f', 4))
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

} // namespace st
